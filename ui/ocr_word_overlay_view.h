#pragma once

#include <QGraphicsView>
#include <QImage>
#include <QLineEdit>
#include <QList>
#include <QPointer>
#include <QRectF>

class QGraphicsPixmapItem;

namespace sluice {

/// A page image with the OCR word boxes drawn over it, for the OCR review.
///
/// The scene is in page pixels (the `ocr` stage's width × height; boxes [x, y, w, h] in the same
/// pixels), and the image — whatever size it was decoded or rendered at — is stretched onto that page
/// rectangle, so boxes line up whatever the image's own resolution. Each box is coloured by its
/// confidence relative to the threshold: red below it, amber up to 15 points above, green above that,
/// blue when corrected; the current word is filled yellow and outlined thick. Click a box: wordClicked;
/// double-click: an editor over the box (Enter keeps the text, Escape drops it) and wordEdited. Ctrl+wheel
/// zooms; dragging elsewhere pans.
class OcrWordOverlayView : public QGraphicsView {
    Q_OBJECT
public:
    /// One word box as drawn.
    struct Box {
        QRectF rect;            ///< page pixels
        double confidence = 0;  ///< 0–100
        bool corrected = false; ///< changed in review
        QString text;
    };

    explicit OcrWordOverlayView(QWidget* parent = nullptr);

    /// Shows `image` stretched onto a page of `pageSize` pixels (the image's own size when empty).
    void setImage(const QImage& image, const QSizeF& pageSize);
    /// A message over an empty view ("Loading…", an error); empty to hide it.
    void setMessage(const QString& message);
    QString message() const { return m_message; }
    /// The boxes of the page, in word order (index = word index).
    void setBoxes(const QList<Box>& boxes);
    /// Updates one box after an edit.
    void setBox(int index, const Box& box);
    void setThreshold(double threshold);
    /// Highlights word `index` (-1: none) and, with `reveal`, scrolls it into view.
    void setCurrentWord(int index, bool reveal = true);
    int currentWord() const { return m_current; }
    bool hasImage() const;
    QSizeF pageSize() const { return m_pageSize; }

    /// Scale of view pixels to page pixels (1.0 = 100 %).
    double zoom() const;
    void setZoom(double zoom);
    /// Fits the whole page in the view, and keeps fitting it as the view is resized until zoomed.
    void fitToWindow();
    bool isFitting() const { return m_fit; }

    /// The word whose box holds `scenePos` (the smallest when boxes overlap); -1 when none.
    int wordAt(const QPointF& scenePos) const;
    /// The box of word `index` in viewport coordinates (for clicks in tests and placing the editor).
    QRect viewportRectOf(int index) const;
    /// Opens the in-place editor over word `index`.
    void editWord(int index);
    /// The open editor, or null.
    QLineEdit* editor() const { return m_editor; }

    /// The colour a box of confidence `confidence` gets at `threshold` (uncorrected).
    static QColor colorFor(double confidence, double threshold);

Q_SIGNALS:
    void wordClicked(int index);
    void wordEdited(int index, const QString& text);
    void zoomChanged(double zoom);

protected:
    void drawForeground(QPainter* painter, const QRectF& rect) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void closeEditor(bool keep, bool refocus = false);

    QGraphicsPixmapItem* m_pixmap;
    QSizeF m_pageSize;
    QList<Box> m_boxes;
    double m_threshold = 60;
    int m_current = -1;
    bool m_fit = true;
    QString m_message;
    QPointer<QLineEdit> m_editor;
    int m_editing = -1;
};

} // namespace sluice
