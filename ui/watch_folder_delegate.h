#pragma once

#include <QStyledItemDelegate>

namespace sluice {

/// Draws one watch folder in four lines: its state icon and name in bold with the state at the right
/// (green watching, amber polling, grey paused, red error), its root folders (elided in the middle), the
/// counts — processed, failed (red when any), waiting — and the reason of a polling, paused or error state
/// (or how many files are tracked when all is well). Reads the roles of WatchFolderModel.
class WatchFolderDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit WatchFolderDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace sluice
