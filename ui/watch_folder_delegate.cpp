#include "watch_folder_delegate.h"

#include "event_labels.h"
#include "watch_folder_model.h"

#include <QApplication>
#include <QPainter>

namespace sluice {

namespace {

constexpr int kPadding = 6;
constexpr int kIconSize = 24;
constexpr int kLineGap = 2;

QFont nameFont(const QFont& base) {
    QFont f = base;
    f.setBold(true);
    return f;
}

QFont smallFont(const QFont& base) {
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * 0.9);
    return f;
}

} // namespace

WatchFolderDelegate::WatchFolderDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

QSize WatchFolderDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    (void)index;
    const QFontMetrics name(nameFont(option.font));
    const QFontMetrics small(smallFont(option.font));
    const int height = 2 * kPadding + name.height() + 2 * (kLineGap + small.height());
    return {200, qMax(height, kIconSize + 2 * kPadding)};
}

void WatchFolderDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                const QModelIndex& index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();

    // Background and selection, as the style draws them; the text is ours.
    opt.text.clear();
    opt.icon = QIcon();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        (opt.state & QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
    const QColor text = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor soft = text;
    soft.setAlphaF(0.7);

    const bool hasError = index.data(WatchFolderModel::HasErrorRole).toBool();
    const int failed = index.data(WatchFolderModel::FailedRole).toInt();

    painter->save();
    const QRect r = opt.rect.adjusted(kPadding, kPadding, -kPadding, -kPadding);
    const QIcon icon =
        style->standardIcon(hasError ? QStyle::SP_MessageBoxWarning : QStyle::SP_DirIcon, nullptr, widget);
    icon.paint(painter, QRect(r.left(), r.top(), kIconSize, kIconSize));
    const int left = r.left() + kIconSize + kPadding;
    const int width = r.right() - left;

    // Line 1: name (bold), status at the right.
    const QFont nf = nameFont(opt.font);
    const QFont sf = smallFont(opt.font);
    const QFontMetrics nm(nf);
    const QFontMetrics sm(sf);
    const QString status = index.data(WatchFolderModel::StatusRole).toString();
    const int statusWidth = qMin(sm.horizontalAdvance(status) + 4, width / 2);
    int y = r.top();
    painter->setFont(sf);
    QColor statusColor = hasError ? EventLabels::levelColor(EventLevel::Error) : QColor(0x2e, 0x7d, 0x32);
    painter->setPen(selected ? text : statusColor);
    painter->drawText(QRect(r.right() - statusWidth, y, statusWidth, nm.height()),
                      Qt::AlignRight | Qt::AlignVCenter, sm.elidedText(status, Qt::ElideRight, statusWidth));
    painter->setFont(nf);
    painter->setPen(text);
    const int nameWidth = width - statusWidth - kPadding;
    painter->drawText(QRect(left, y, nameWidth, nm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      nm.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, nameWidth));
    y += nm.height() + kLineGap;

    // Line 2: full path, elided in the middle.
    painter->setFont(sf);
    painter->setPen(soft);
    painter->drawText(
        QRect(left, y, width, sm.height()), Qt::AlignLeft | Qt::AlignVCenter,
        sm.elidedText(index.data(WatchFolderModel::PathRole).toString(), Qt::ElideMiddle, width));
    y += sm.height() + kLineGap;

    // Line 3: the error's reason, or the counts (red when something failed).
    const bool red = (hasError || failed > 0) && !selected;
    painter->setPen(red ? EventLabels::levelColor(EventLevel::Error) : soft);
    const QString line3 = hasError ? index.data(WatchFolderModel::ErrorRole).toString()
                                   : index.data(WatchFolderModel::SummaryRole).toString();
    painter->drawText(QRect(left, y, width, sm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      sm.elidedText(line3, Qt::ElideRight, width));
    painter->restore();
}

} // namespace sluice
