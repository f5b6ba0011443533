#include "watch_folder_delegate.h"

#include "event_labels.h"
#include "watch/watch_config.h"
#include "watch_folder_model.h"
#include "watch_labels.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>

namespace sluice {

namespace {

constexpr int kPadding = 6;
constexpr int kIconSize = 20;
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

QColor stateColor(WatchState state) {
    switch (state) {
    case WatchState::Watching:
        return QColor(0x2e, 0x7d, 0x32);
    case WatchState::Polling:
        return EventLabels::levelColor(EventLevel::Warning);
    case WatchState::Paused:
        return EventLabels::levelColor(EventLevel::Debug);
    case WatchState::Error:
        return EventLabels::levelColor(EventLevel::Error);
    }
    return {};
}

} // namespace

WatchFolderDelegate::WatchFolderDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

QSize WatchFolderDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    (void)index;
    const QFontMetrics name(nameFont(option.font));
    const QFontMetrics small(smallFont(option.font));
    const int height = 2 * kPadding + name.height() + 3 * (kLineGap + small.height());
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

    const auto state = WatchState(index.data(WatchFolderModel::StateRole).toInt());
    const int failed = index.data(WatchFolderModel::FailedRole).toInt();
    const QString reason = index.data(WatchFolderModel::ReasonRole).toString();

    painter->save();
    const QRect r = opt.rect.adjusted(kPadding, kPadding, -kPadding, -kPadding);
    const QFont nf = nameFont(opt.font);
    const QFont sf = smallFont(opt.font);
    const QFontMetrics nm(nf);
    const QFontMetrics sm(sf);
    WatchLabels::stateIcon(state).paint(
        painter, QRect(r.left(), r.top() + (nm.height() - kIconSize) / 2, kIconSize, kIconSize));
    const int left = r.left() + kIconSize + kPadding;
    const int width = r.right() - left;

    // Line 1: name (bold), state at the right.
    const QString status = index.data(WatchFolderModel::StatusRole).toString();
    const int statusWidth = qMin(sm.horizontalAdvance(status) + 4, width / 2);
    int y = r.top();
    painter->setFont(sf);
    painter->setPen(selected ? text : stateColor(state));
    painter->drawText(QRect(r.right() - statusWidth, y, statusWidth, nm.height()),
                      Qt::AlignRight | Qt::AlignVCenter, sm.elidedText(status, Qt::ElideRight, statusWidth));
    painter->setFont(nf);
    painter->setPen(text);
    const int nameWidth = width - statusWidth - kPadding;
    painter->drawText(QRect(left, y, nameWidth, nm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      nm.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, nameWidth));
    y += nm.height() + kLineGap;

    // Line 2: the roots, elided in the middle.
    const QStringList roots = index.data(WatchFolderModel::RootsRole).toStringList();
    QString rootsText = roots.value(0);
    if (roots.size() > 1)
        rootsText = tr("%1 and %n more", nullptr, int(roots.size() - 1)).arg(rootsText);
    painter->setFont(sf);
    painter->setPen(soft);
    painter->drawText(QRect(left, y, width, sm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      sm.elidedText(rootsText, Qt::ElideMiddle, width));
    y += sm.height() + kLineGap;

    // Line 3: the counts (red when something failed).
    painter->setPen(failed > 0 && !selected ? EventLabels::levelColor(EventLevel::Error) : soft);
    painter->drawText(
        QRect(left, y, width, sm.height()), Qt::AlignLeft | Qt::AlignVCenter,
        sm.elidedText(index.data(WatchFolderModel::SummaryRole).toString(), Qt::ElideRight, width));
    y += sm.height() + kLineGap;

    // Line 4: why it is polling, paused or in error; else how much is tracked.
    QString line4;
    if (state != WatchState::Watching) {
        line4 = reason.isEmpty() ? WatchLabels::stateLabel(state) : reason;
        painter->setPen(selected ? text : stateColor(state));
    } else {
        const int tracked = index.data(WatchFolderModel::TrackedRole).toInt();
        if (tracked > 0)
            line4 = tr("%1 files tracked").arg(QLocale().toString(tracked));
        painter->setPen(soft);
    }
    painter->drawText(QRect(left, y, width, sm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      sm.elidedText(line4, Qt::ElideRight, width));
    painter->restore();
}

} // namespace sluice
