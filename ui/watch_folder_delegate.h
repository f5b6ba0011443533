#pragma once

#include <QStyledItemDelegate>

namespace sluice {

/// Draws one watch folder in three lines: its name in bold with the status at the right, the full path
/// (elided in the middle), and the counts — processed, failed, waiting; in red when something failed.
/// A folder in error shows the reason in red instead of the counts.
/// Reads the roles of WatchFolderModel.
class WatchFolderDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit WatchFolderDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace sluice
