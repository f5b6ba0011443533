#pragma once

#include <QList>
#include <QPixmap>
#include <QRectF>
#include <QScrollArea>
#include <QSizeF>

namespace sluice {

/// The page canvas inside PdfPageView: paints the rendered page scaled to the zoom, the table outlines
/// and the highlighted words. Geometry comes in points (page coordinates, y down) and is scaled here.
class PdfPageCanvas : public QWidget {
    Q_OBJECT
public:
    explicit PdfPageCanvas(QWidget* parent = nullptr);

    void setPage(const QSizeF& sizePt, double zoom);
    void setImage(const QPixmap& pixmap) {
        m_pixmap = pixmap;
        update();
    }
    void setTables(const QList<QRectF>& tables) {
        m_tables = tables;
        update();
    }
    void setHighlights(const QList<QRectF>& words) {
        m_highlights = words;
        update();
    }
    void setMessage(const QString& message) {
        m_message = message;
        update();
    }
    const QPixmap& pixmap() const { return m_pixmap; }
    const QList<QRectF>& tables() const { return m_tables; }
    const QList<QRectF>& highlights() const { return m_highlights; }
    QString message() const { return m_message; }
    /// The widget rectangle (pixels) of a rectangle in points.
    QRectF toWidget(const QRectF& points) const;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QSizeF m_sizePt{612, 792};
    double m_zoom = 1.0;
    QPixmap m_pixmap;
    QList<QRectF> m_tables;
    QList<QRectF> m_highlights;
    QString m_message;
};

/// A scrollable view of one PDF page (PdfPageCanvas) at a zoom factor (1.0 = 72 dpi on a standard screen:
/// one point per pixel). It shows what it is given; the page image is rendered elsewhere (off the GUI
/// thread) and set with setImage.
class PdfPageView : public QScrollArea {
    Q_OBJECT
public:
    explicit PdfPageView(QWidget* parent = nullptr);

    PdfPageCanvas* canvas() const { return m_canvas; }
    /// Sets the page size in points and the zoom; the canvas resizes to sizePt × zoom pixels.
    void setPage(const QSizeF& sizePt, double zoom);
    /// Scrolls so that `points` (page coordinates) is visible.
    void reveal(const QRectF& points);

private:
    PdfPageCanvas* m_canvas;
};

} // namespace sluice
