#include "event_log_view.h"

#include "empty_state.h"
#include "event_log_model.h"

#include <QHeaderView>
#include <QScopedValueRollback>

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
    // Widths the user sets (or restores from the settings) are kept: the view stops fitting its columns.
    connect(header(), &QHeaderView::sectionResized, this, [this](int logical) {
        if (!m_fitting && logical != EventLogModel::MessageColumn)
            m_fitColumns = false;
    });
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
        return fm.horizontalAdvance(sample) + 18; // cell margins and a little air
    };
    const int icon = iconSize().width() + 6;
    m_defaultFolderWidth = widthFor(QStringLiteral("Inbox-Scans"));
    m_defaultFileWidth = widthFor(QStringLiteral("invoice_2024-0001.pdf"));
    const QScopedValueRollback<bool> fitting(m_fitting, true);
    header()->resizeSection(EventLogModel::TimeColumn, widthFor(QStringLiteral("00:00:00")));
    header()->resizeSection(EventLogModel::LevelColumn, widthFor(tr("Warning")) + icon);
    header()->resizeSection(EventLogModel::KindColumn, widthFor(tr("Content changed")) + icon);
    header()->resizeSection(EventLogModel::FolderColumn, m_defaultFolderWidth);
    header()->resizeSection(EventLogModel::FileColumn, m_defaultFileWidth);
    m_fitColumns = true;
    fitColumnsToWidth();
}

void EventLogView::fitColumnsToWidth() {
    if (!m_fitColumns || m_defaultFileWidth <= 0)
        return;
    const int viewWidth = viewport()->width();
    int others = 0;
    for (int c = EventLogModel::TimeColumn; c < EventLogModel::FolderColumn; ++c)
        others += header()->sectionSize(c);
    // The file and folder columns give way (file first) until the message column has kMessageShare % of
    // the view, but not below a floor that still shows the start of a name.
    const int wanted = others + m_defaultFolderWidth + m_defaultFileWidth + viewWidth * kMessageShare / 100;
    int excess = qMax(0, wanted - viewWidth);
    const int fileFloor = m_defaultFileWidth * 55 / 100;
    const int folderFloor = m_defaultFolderWidth * 65 / 100;
    const int file = m_defaultFileWidth - qMin(excess, m_defaultFileWidth - fileFloor);
    excess -= m_defaultFileWidth - file;
    const int folder = m_defaultFolderWidth - qMin(excess, m_defaultFolderWidth - folderFloor);
    const QScopedValueRollback<bool> fitting(m_fitting, true);
    header()->resizeSection(EventLogModel::FileColumn, file);
    header()->resizeSection(EventLogModel::FolderColumn, folder);
}

void EventLogView::resizeEvent(QResizeEvent* event) {
    QTreeView::resizeEvent(event);
    fitColumnsToWidth();
}

QString EventLogView::emptyStateTitle() const {
    if (model() && model()->rowCount() > 0)
        return {};
    return m_filteredOut ? tr("No events match the filter") : tr("No events yet");
}

QString EventLogView::emptyStateHint() const {
    if (model() && model()->rowCount() > 0)
        return {};
    return m_filteredOut ? tr("Clear the filter box to see every event.")
                         : tr("Add a folder to watch, or drop files here to process them.");
}

void EventLogView::paintEvent(QPaintEvent* event) {
    QTreeView::paintEvent(event);
    // Only an empty table explains itself; once it has rows, they speak (the drop overlay shows while
    // something is dragged over the window).
    const QString title = emptyStateTitle();
    if (!title.isEmpty())
        paintEmptyState(viewport(), title, emptyStateHint());
}

} // namespace sluice
