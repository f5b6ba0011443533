#include "image_compare_view.h"

#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

namespace sluice {

ImageCompareView::ImageCompareView(QWidget* parent) : QWidget(parent) {
    setMinimumSize(200, 150);
    setMouseTracking(true);
    setAccessibleName(tr("Before and after"));
}

void ImageCompareView::setImages(const QImage& before, const QImage& after) {
    m_before = QPixmap::fromImage(before);
    m_after = QPixmap::fromImage(after);
    m_pan = {};
    update();
    Q_EMIT viewChanged();
}

void ImageCompareView::clear() {
    setImages({}, {});
}

void ImageCompareView::setMode(Mode mode) {
    m_mode = mode;
    m_pan = {};
    update();
    Q_EMIT viewChanged();
}

void ImageCompareView::setDivider(double fraction) {
    m_divider = qBound(0.0, fraction, 1.0);
    update();
    Q_EMIT viewChanged();
}

void ImageCompareView::setZoom(double zoom) {
    m_zoom = zoom <= 0 ? 0.0 : qBound(0.05, zoom, 32.0);
    if (m_zoom == 0.0)
        m_pan = {};
    update();
    Q_EMIT viewChanged();
}

double ImageCompareView::effectiveZoom() const {
    if (m_before.isNull())
        return 1.0;
    if (m_zoom > 0)
        return m_zoom;
    const int slots = (m_mode == Mode::SideBySide && !m_after.isNull()) ? 2 : 1;
    const double w = double(width()) / slots - 8;
    const double h = double(height()) - 8;
    return qMax(0.01, qMin(w / m_before.width(), h / m_before.height()));
}

QRectF ImageCompareView::pictureRect(int slot, int slots) const {
    const double z = effectiveZoom();
    const QSizeF size(m_before.width() * z, m_before.height() * z);
    const double cellW = double(width()) / slots;
    const QPointF centre(cellW * slot + cellW / 2, height() / 2.0);
    return QRectF(centre - QPointF(size.width() / 2, size.height() / 2) + m_pan, size);
}

QRectF ImageCompareView::beforeRect() const {
    if (m_before.isNull())
        return {};
    const bool two = m_mode == Mode::SideBySide && !m_after.isNull();
    return pictureRect(0, two ? 2 : 1);
}

QRectF ImageCompareView::afterRect() const {
    if (m_after.isNull())
        return {};
    return m_mode == Mode::SideBySide ? pictureRect(1, 2) : pictureRect(0, 1);
}

double ImageCompareView::dividerX() const {
    const QRectF r = beforeRect();
    return r.left() + r.width() * m_divider;
}

void ImageCompareView::paintEvent(QPaintEvent* event) {
    (void)event;
    QPainter p(this);
    p.fillRect(rect(), palette().window().color().darker(115));
    if (m_before.isNull()) {
        p.drawText(rect(), Qt::AlignCenter, tr("No image"));
        return;
    }
    p.setRenderHint(QPainter::SmoothPixmapTransform, effectiveZoom() < 2.0);
    const QRectF b = beforeRect();
    if (m_after.isNull()) {
        p.drawPixmap(b, m_before, m_before.rect());
        return;
    }
    if (m_mode == Mode::SideBySide) {
        p.drawPixmap(b, m_before, m_before.rect());
        p.drawPixmap(afterRect(), m_after, m_after.rect());
        p.setPen(Qt::white);
        p.drawText(b.adjusted(6, 6, 0, 0), Qt::AlignLeft | Qt::AlignTop, tr("Before"));
        p.drawText(afterRect().adjusted(6, 6, 0, 0), Qt::AlignLeft | Qt::AlignTop, tr("After"));
        return;
    }
    const double x = dividerX();
    p.save();
    p.setClipRect(QRectF(QPointF(rect().left(), rect().top()), QPointF(x, rect().bottom() + 1)));
    p.drawPixmap(b, m_before, m_before.rect());
    p.restore();
    p.save();
    p.setClipRect(QRectF(QPointF(x, rect().top()), QPointF(rect().right() + 1, rect().bottom() + 1)));
    p.drawPixmap(b, m_after, m_after.rect());
    p.restore();
    p.setPen(QPen(Qt::white, 2));
    p.drawLine(QPointF(x, b.top()), QPointF(x, b.bottom()));
    p.setBrush(Qt::white);
    p.drawEllipse(QPointF(x, b.center().y()), 7, 7);
    p.drawText(QRectF(b.left() + 6, b.top() + 4, 100, 20), Qt::AlignLeft, tr("Before"));
    p.drawText(QRectF(b.right() - 106, b.top() + 4, 100, 20), Qt::AlignRight, tr("After"));
}

void ImageCompareView::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton)
        return;
    m_lastPos = event->position();
    if (m_mode == Mode::Split && !m_after.isNull() && qAbs(event->position().x() - dividerX()) <= 8)
        m_draggingDivider = true;
    else
        m_panning = true;
}

void ImageCompareView::mouseMoveEvent(QMouseEvent* event) {
    if (m_draggingDivider) {
        const QRectF b = beforeRect();
        if (b.width() > 0)
            setDivider((event->position().x() - b.left()) / b.width());
    } else if (m_panning) {
        m_pan += event->position() - m_lastPos;
        m_lastPos = event->position();
        update();
        Q_EMIT viewChanged();
    } else {
        const bool near =
            m_mode == Mode::Split && !m_after.isNull() && qAbs(event->position().x() - dividerX()) <= 8;
        setCursor(near ? Qt::SplitHCursor : Qt::ArrowCursor);
    }
}

void ImageCompareView::mouseReleaseEvent(QMouseEvent* event) {
    (void)event;
    m_draggingDivider = false;
    m_panning = false;
}

void ImageCompareView::wheelEvent(QWheelEvent* event) {
    const double z = effectiveZoom();
    const double factor = event->angleDelta().y() > 0 ? 1.25 : 0.8;
    m_zoom = qBound(0.05, z * factor, 32.0);
    m_pan *= factor;
    update();
    Q_EMIT viewChanged();
    event->accept();
}

} // namespace sluice
