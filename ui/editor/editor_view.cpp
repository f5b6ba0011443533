#include "editor_view.h"

#include <QDragEnterEvent>
#include <QGraphicsItem>
#include <QMimeData>
#include <QScrollBar>
#include <QWheelEvent>

namespace sluice {

EditorView::EditorView(QGraphicsScene* scene, QWidget* parent) : QGraphicsView(scene, parent) {
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setDragMode(QGraphicsView::RubberBandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setAcceptDrops(true);
    setFrameShape(QFrame::NoFrame);
    setSceneRect(-20000, -20000, 40000, 40000);
}

void EditorView::zoomBy(double factor) {
    const double target = std::clamp(zoom() * factor, 0.1, 4.0);
    const double f = target / zoom();
    scale(f, f);
    Q_EMIT zoomChanged(zoom());
}

void EditorView::resetZoom() {
    setTransform(QTransform());
    Q_EMIT zoomChanged(zoom());
}

void EditorView::fitAll() {
    QRectF bounds;
    for (QGraphicsItem* item : scene()->items())
        if (!item->parentItem())
            bounds |= item->sceneBoundingRect();
    if (bounds.isEmpty())
        return;
    fitInView(bounds.adjusted(-40, -40, 40, 40), Qt::KeepAspectRatio);
    if (zoom() > 1.0)
        resetZoom();
    centerOn(bounds.center());
    Q_EMIT zoomChanged(zoom());
}

void EditorView::centreOn(const QPointF& scenePos) {
    centerOn(scenePos);
}

void EditorView::wheelEvent(QWheelEvent* event) {
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    zoomBy(std::pow(1.15, steps));
    event->accept();
}

void EditorView::mousePressEvent(QMouseEvent* event) {
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld)) {
        m_panning = true;
        m_lastPan = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void EditorView::mouseMoveEvent(QMouseEvent* event) {
    if (m_panning) {
        const QPoint delta = event->position().toPoint() - m_lastPan;
        m_lastPan = event->position().toPoint();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void EditorView::mouseReleaseEvent(QMouseEvent* event) {
    if (m_panning) {
        m_panning = false;
        viewport()->setCursor(m_spaceHeld ? Qt::OpenHandCursor : Qt::ArrowCursor);
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void EditorView::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = true;
        viewport()->setCursor(Qt::OpenHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void EditorView::keyReleaseEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        viewport()->setCursor(Qt::ArrowCursor);
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void EditorView::dragEnterEvent(QDragEnterEvent* event) {
    m_stageDrag = event->mimeData()->hasFormat(QString::fromLatin1(kStageMimeType));
    if (m_stageDrag)
        event->acceptProposedAction();
    else
        QGraphicsView::dragEnterEvent(event);
}

void EditorView::dragLeaveEvent(QDragLeaveEvent* event) {
    // A stage drag never reached QGraphicsView's drag handling, so its leave must not either (it would
    // warn about a leave without an enter).
    if (m_stageDrag) {
        m_stageDrag = false;
        event->accept();
        return;
    }
    QGraphicsView::dragLeaveEvent(event);
}

void EditorView::dragMoveEvent(QDragMoveEvent* event) {
    if (event->mimeData()->hasFormat(QString::fromLatin1(kStageMimeType)))
        event->acceptProposedAction();
    else
        QGraphicsView::dragMoveEvent(event);
}

void EditorView::dropEvent(QDropEvent* event) {
    const QMimeData* data = event->mimeData();
    if (!data->hasFormat(QString::fromLatin1(kStageMimeType))) {
        QGraphicsView::dropEvent(event);
        return;
    }
    m_stageDrag = false;
    const QString stage = QString::fromUtf8(data->data(QString::fromLatin1(kStageMimeType)));
    Q_EMIT stageDropped(stage, mapToScene(event->position().toPoint()));
    event->acceptProposedAction();
}

} // namespace sluice
