#include "ocr_word_overlay_view.h"

#include <QGraphicsPixmapItem>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>

namespace sluice {

namespace {

constexpr double kMinZoom = 0.02;
constexpr double kMaxZoom = 8.0;
/// Points above the threshold still drawn as "near" (amber).
constexpr double kNearBand = 15.0;

} // namespace

OcrWordOverlayView::OcrWordOverlayView(QWidget* parent)
    : QGraphicsView(parent), m_pixmap(new QGraphicsPixmapItem) {
    setScene(new QGraphicsScene(this));
    scene()->addItem(m_pixmap);
    m_pixmap->setTransformationMode(Qt::SmoothTransformation);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setRenderHint(QPainter::SmoothPixmapTransform);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setBackgroundBrush(palette().color(QPalette::Dark));
    setAccessibleName(tr("Page image with word boxes"));
    setFocusPolicy(Qt::StrongFocus);
}

void OcrWordOverlayView::setImage(const QImage& image, const QSizeF& pageSize) {
    closeEditor(false);
    m_pageSize = pageSize.isEmpty() ? QSizeF(image.size()) : pageSize;
    m_pixmap->setPixmap(image.isNull() ? QPixmap() : QPixmap::fromImage(image));
    QTransform stretch;
    if (!image.isNull())
        stretch.scale(m_pageSize.width() / image.width(), m_pageSize.height() / image.height());
    m_pixmap->setTransform(stretch);
    scene()->setSceneRect(QRectF(QPointF(0, 0), m_pageSize));
    if (!image.isNull())
        m_message.clear();
    if (m_fit)
        fitToWindow();
    viewport()->update();
}

bool OcrWordOverlayView::hasImage() const {
    return !m_pixmap->pixmap().isNull();
}

void OcrWordOverlayView::setMessage(const QString& message) {
    m_message = message;
    viewport()->update();
}

void OcrWordOverlayView::setBoxes(const QList<Box>& boxes) {
    closeEditor(false);
    m_boxes = boxes;
    m_current = -1;
    viewport()->update();
}

void OcrWordOverlayView::setBox(int index, const Box& box) {
    if (index < 0 || index >= m_boxes.size())
        return;
    m_boxes[index] = box;
    viewport()->update();
}

void OcrWordOverlayView::setThreshold(double threshold) {
    m_threshold = threshold;
    viewport()->update();
}

void OcrWordOverlayView::setCurrentWord(int index, bool reveal) {
    m_current = index >= 0 && index < m_boxes.size() ? index : -1;
    if (m_current >= 0 && reveal)
        ensureVisible(m_boxes.at(m_current).rect, 60, 60);
    viewport()->update();
}

double OcrWordOverlayView::zoom() const {
    return transform().m11();
}

void OcrWordOverlayView::setZoom(double zoom) {
    m_fit = false;
    zoom = qBound(kMinZoom, zoom, kMaxZoom);
    setTransform(QTransform::fromScale(zoom, zoom));
    if (m_current >= 0)
        ensureVisible(m_boxes.at(m_current).rect, 60, 60);
    Q_EMIT zoomChanged(zoom);
}

void OcrWordOverlayView::fitToWindow() {
    m_fit = true;
    if (!m_pageSize.isEmpty()) {
        resetTransform();
        fitInView(QRectF(QPointF(0, 0), m_pageSize), Qt::KeepAspectRatio);
    }
    Q_EMIT zoomChanged(zoom());
}

QColor OcrWordOverlayView::colorFor(double confidence, double threshold) {
    if (confidence < threshold)
        return QColor(220, 30, 30);
    if (confidence < threshold + kNearBand)
        return QColor(230, 150, 0);
    return QColor(20, 160, 60);
}

void OcrWordOverlayView::drawForeground(QPainter* painter, const QRectF& rect) {
    painter->save();
    for (int i = 0; i < m_boxes.size(); ++i) {
        const Box& b = m_boxes.at(i);
        if (!b.rect.intersects(rect) || i == m_current)
            continue;
        const QColor c = b.corrected ? QColor(40, 90, 230) : colorFor(b.confidence, m_threshold);
        QPen pen(c, 1.5);
        pen.setCosmetic(true);
        painter->setPen(pen);
        QColor fill = c;
        fill.setAlpha(b.corrected || b.confidence < m_threshold ? 60 : 22);
        painter->setBrush(fill);
        painter->drawRect(b.rect);
    }
    if (m_current >= 0) {
        QPen pen(QColor(0, 70, 200), 3);
        pen.setCosmetic(true);
        painter->setPen(pen);
        painter->setBrush(QColor(255, 220, 0, 110));
        painter->drawRect(m_boxes.at(m_current).rect.adjusted(-2, -2, 2, 2));
    }
    painter->restore();
    if (!m_message.isEmpty()) {
        painter->save();
        painter->resetTransform();
        painter->setPen(palette().color(QPalette::BrightText));
        painter->drawText(viewport()->rect(), Qt::AlignCenter | Qt::TextWordWrap, m_message);
        painter->restore();
    }
}

int OcrWordOverlayView::wordAt(const QPointF& scenePos) const {
    int best = -1;
    double bestArea = 0;
    for (int i = 0; i < m_boxes.size(); ++i) {
        const QRectF& r = m_boxes.at(i).rect;
        const double area = r.width() * r.height();
        if (r.contains(scenePos) && (best < 0 || area < bestArea)) {
            best = i;
            bestArea = area;
        }
    }
    return best;
}

QRect OcrWordOverlayView::viewportRectOf(int index) const {
    if (index < 0 || index >= m_boxes.size())
        return {};
    return mapFromScene(m_boxes.at(index).rect).boundingRect();
}

void OcrWordOverlayView::mousePressEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton) {
        const int word = wordAt(mapToScene(event->position().toPoint()));
        if (word >= 0) {
            closeEditor(false);
            setCurrentWord(word, false);
            Q_EMIT wordClicked(word);
            event->accept();
            return;
        }
    }
    QGraphicsView::mousePressEvent(event);
}

void OcrWordOverlayView::mouseDoubleClickEvent(QMouseEvent* event) {
    const int word = wordAt(mapToScene(event->position().toPoint()));
    if (event->button() == Qt::LeftButton && word >= 0) {
        editWord(word);
        event->accept();
        return;
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

void OcrWordOverlayView::wheelEvent(QWheelEvent* event) {
    if (event->modifiers() & Qt::ControlModifier) {
        const double step = event->angleDelta().y() > 0 ? 1.25 : 0.8;
        setZoom(zoom() * step);
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void OcrWordOverlayView::resizeEvent(QResizeEvent* event) {
    QGraphicsView::resizeEvent(event);
    if (m_fit)
        fitToWindow();
}

void OcrWordOverlayView::editWord(int index) {
    if (index < 0 || index >= m_boxes.size())
        return;
    closeEditor(false);
    setCurrentWord(index);
    m_editing = index;
    m_editor = new QLineEdit(viewport());
    m_editor->setAccessibleName(tr("Correct the word"));
    m_editor->setText(m_boxes.at(index).text);
    m_editor->selectAll();
    const QRect r = viewportRectOf(index);
    QFont f = m_editor->font();
    f.setPixelSize(qBound(11, int(r.height() * 0.7), 40));
    m_editor->setFont(f);
    const int height = qMax(r.height() + 4, m_editor->fontMetrics().height() + 8);
    const int width = qMax(r.width() + 40, m_editor->fontMetrics().horizontalAdvance(m_editor->text()) + 40);
    m_editor->setGeometry(r.x() - 2, r.center().y() - height / 2, qMax(width, 100), height);
    m_editor->installEventFilter(this);
    connect(m_editor, &QLineEdit::returnPressed, this, [this] { closeEditor(true, true); });
    m_editor->show();
    m_editor->setFocus();
}

bool OcrWordOverlayView::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_editor) {
        if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape) {
            closeEditor(false, true);
            return true;
        }
        if (event->type() == QEvent::FocusOut) {
            closeEditor(false, false);
            return false;
        }
    }
    return QGraphicsView::eventFilter(watched, event);
}

void OcrWordOverlayView::closeEditor(bool keep, bool refocus) {
    if (!m_editor)
        return;
    QLineEdit* editor = m_editor;
    m_editor = nullptr;
    const int index = m_editing;
    m_editing = -1;
    const QString text = editor->text().simplified();
    editor->removeEventFilter(this);
    editor->hide();
    editor->deleteLater();
    if (refocus)
        setFocus();
    if (keep && index >= 0 && index < m_boxes.size() && text != m_boxes.at(index).text)
        Q_EMIT wordEdited(index, text);
}

} // namespace sluice
