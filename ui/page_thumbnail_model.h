#pragma once

#include <QAbstractListModel>
#include <QImage>
#include <QList>
#include <QPixmap>

namespace sluice {

/// The pages of a PDF as a list of thumbnails: one row per page, DisplayRole "1", "2", … (the page number),
/// DecorationRole the thumbnail once it has been rendered (a blank placeholder before), ToolTipRole
/// "Page N". Thumbnails arrive from a worker (PdfPageRenderer::thumbnails) through setThumbnail on the GUI
/// thread, where the QImage becomes a QPixmap.
class PageThumbnailModel : public QAbstractListModel {
    Q_OBJECT
public:
    explicit PageThumbnailModel(QObject* parent = nullptr);

    /// Starts over with `pageCount` pages, none rendered; `placeholder` is the size of the blank icon
    /// (pixels).
    void reset(int pageCount, const QSize& placeholder);
    /// Sets the thumbnail of page `index` (0-based); ignored when out of range.
    void setThumbnail(int index, const QImage& image);
    /// True when page `index` has its thumbnail.
    bool hasThumbnail(int index) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

private:
    QList<QPixmap> m_pixmaps;
    QList<bool> m_ready;
    QPixmap m_placeholder;
};

} // namespace sluice
