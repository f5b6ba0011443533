#pragma once

#include <QGraphicsView>

namespace sluice {

/// The MIME type a palette drag carries: the stage id as UTF-8.
inline constexpr char kStageMimeType[] = "application/x-sluice-stage";

/// The pipeline canvas view: wheel zooms around the cursor (Ctrl not needed), the middle button or
/// Space + left button pans, the left button on empty canvas draws a rubber band to select many.
/// Accepts stages dragged from the palette and announces where they were dropped.
class EditorView : public QGraphicsView {
    Q_OBJECT
public:
    explicit EditorView(QGraphicsScene* scene, QWidget* parent = nullptr);

    /// Current zoom factor (1 = 100 %).
    double zoom() const { return transform().m11(); }
    /// Zooms by `factor` around the view centre, kept within 10 %–400 %.
    void zoomBy(double factor);
    void resetZoom();
    /// Fits every item into the view (never above 100 %).
    void fitAll();
    /// Centres the view on a scene point without changing the zoom.
    void centreOn(const QPointF& scenePos);

Q_SIGNALS:
    /// A stage from the palette was dropped at `scenePos`.
    void stageDropped(const QString& stageId, const QPointF& scenePos);
    void zoomChanged(double zoom);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void keyReleaseEvent(QKeyEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void dragLeaveEvent(QDragLeaveEvent* event) override;

private:
    bool m_panning = false;
    bool m_spaceHeld = false;
    bool m_stageDrag = false; ///< a palette stage is being dragged over the view (not passed to the scene)
    QPoint m_lastPan;
};

} // namespace sluice
