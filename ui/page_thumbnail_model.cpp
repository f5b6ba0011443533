#include "page_thumbnail_model.h"

namespace sluice {

PageThumbnailModel::PageThumbnailModel(QObject* parent) : QAbstractListModel(parent) {}

void PageThumbnailModel::reset(int pageCount, const QSize& placeholder) {
    beginResetModel();
    m_placeholder = QPixmap(placeholder.isValid() ? placeholder : QSize(60, 80));
    m_placeholder.fill(QColor(0xee, 0xee, 0xee));
    m_pixmaps = QList<QPixmap>(qMax(0, pageCount));
    m_ready = QList<bool>(qMax(0, pageCount), false);
    endResetModel();
}

void PageThumbnailModel::setThumbnail(int index, const QImage& image) {
    if (index < 0 || index >= m_pixmaps.size() || image.isNull())
        return;
    m_pixmaps[index] = QPixmap::fromImage(image);
    m_ready[index] = true;
    const QModelIndex i = this->index(index);
    Q_EMIT dataChanged(i, i, {Qt::DecorationRole});
}

bool PageThumbnailModel::hasThumbnail(int index) const {
    return index >= 0 && index < m_ready.size() && m_ready.at(index);
}

int PageThumbnailModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_pixmaps.size());
}

QVariant PageThumbnailModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_pixmaps.size())
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return QString::number(index.row() + 1);
    case Qt::DecorationRole:
        return m_ready.at(index.row()) ? m_pixmaps.at(index.row()) : m_placeholder;
    case Qt::ToolTipRole:
        return tr("Page %1").arg(index.row() + 1);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignHCenter | Qt::AlignTop);
    default:
        return {};
    }
}

} // namespace sluice
