#pragma once

#include <QImage>
#include <QPixmap>
#include <QPointF>
#include <QWidget>

namespace sluice {

/// Shows an image before and after a transformation: in Split mode one picture with the "before" left of
/// a vertical divider and the "after" right of it (drag the divider); in SideBySide mode the two next to
/// each other. Zoom (wheel, or setZoom) and pan (drag with the left button away from the divider) are one
/// state shared by both pictures, so they stay in step. The "after" picture is drawn scaled to the
/// "before" size, so a resized output lines up with its source. Without an "after" only "before" is shown.
class ImageCompareView : public QWidget {
    Q_OBJECT
public:
    enum class Mode { Split, SideBySide };

    explicit ImageCompareView(QWidget* parent = nullptr);

    /// Sets the pictures (converted to pixmaps here, on the GUI thread); a null `after` shows `before` only.
    void setImages(const QImage& before, const QImage& after);
    void clear();
    bool hasBefore() const { return !m_before.isNull(); }
    bool hasAfter() const { return !m_after.isNull(); }

    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    /// Divider position in Split mode, 0–1 of the picture's width.
    double divider() const { return m_divider; }
    void setDivider(double fraction);
    /// Zoom factor (1 = one image pixel per screen pixel); 0 means "fit to the view".
    double zoom() const { return m_zoom; }
    void setZoom(double zoom);
    /// Pan offset in screen pixels, shared by both pictures.
    QPointF pan() const { return m_pan; }
    /// The rectangles the two pictures are drawn into, in widget coordinates (for tests and hit testing).
    QRectF beforeRect() const;
    QRectF afterRect() const;

Q_SIGNALS:
    void viewChanged();

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;

private:
    double effectiveZoom() const;
    QRectF pictureRect(int slot, int slots) const;
    double dividerX() const;

    QPixmap m_before;
    QPixmap m_after;
    Mode m_mode = Mode::Split;
    double m_divider = 0.5;
    double m_zoom = 0.0;
    QPointF m_pan;
    bool m_draggingDivider = false;
    bool m_panning = false;
    QPointF m_lastPos;
};

} // namespace sluice
