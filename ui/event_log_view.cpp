#include "event_log_view.h"

#include "empty_state.h"
#include "event_log_model.h"

#include <QHeaderView>

namespace sluice {

EventLogView::EventLogView(QWidget* parent) : QTreeView(parent) {
    setRootIsDecorated(false);
    setItemsExpandable(false);
    setUniformRowHeights(true); // lets the view lay out 100,000 rows without asking each for its height
    setIconSize(QSize(16, 16));
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAllColumnsShowFocus(true);
    setTextElideMode(Qt::ElideRight);
    setAcceptDrops(false); // drops go to the main window
    header()->setStretchLastSection(true);
    header()->setSectionsMovable(true);
    header()->setHighlightSections(false);
}

void EventLogView::setFilteredOut(bool filteredOut) {
    if (m_filteredOut == filteredOut)
        return;
    m_filteredOut = filteredOut;
    viewport()->update();
}

void EventLogView::applyDefaultColumnWidths() {
    const QFontMetrics fm(font());
    auto widthFor = [&fm](const QString& sample) {
        return fm.horizontalAdvance(sample) + 36;
    };
    header()->resizeSection(EventLogModel::TimeColumn, widthFor(QStringLiteral("00:00:00")));
    header()->resizeSection(EventLogModel::LevelColumn, widthFor(tr("Warning")) + 16);
    header()->resizeSection(EventLogModel::KindColumn, widthFor(tr("Content changed")) + 20);
    header()->resizeSection(EventLogModel::FolderColumn, 110);
    header()->resizeSection(EventLogModel::FileColumn, 200);
}

void EventLogView::paintEvent(QPaintEvent* event) {
    QTreeView::paintEvent(event);
    if (!model())
        return;
    const int rows = model()->rowCount();
    if (rows > 0) {
        // While the log is short, the free space below it says what a drop there does.
        const QRect last = visualRect(model()->index(rows - 1, 0));
        const QRect free(0, last.bottom() + 1, viewport()->width(), viewport()->height() - last.bottom() - 1);
        if (!m_filteredOut && last.isValid() && free.height() >= 160) {
            paintEmptyState(viewport(), tr("Drop files here to process them"),
                            tr("They run through the pipeline once, as one batch. To process every new file "
                               "automatically, add a folder to watch."),
                            free);
        }
        return;
    }
    if (m_filteredOut) {
        paintEmptyState(viewport(), tr("No events match the filter"),
                        tr("Clear the filter box to see every event."));
    } else {
        paintEmptyState(viewport(), tr("No events yet"),
                        tr("Add a folder to watch, or drop files here to process them."));
    }
}

} // namespace sluice
