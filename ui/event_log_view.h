#pragma once

#include <QTreeView>

namespace sluice {

/// The event table: a flat tree view with fixed row heights that, while it has no rows, says why —
/// nothing happened yet (and what to do: add a folder or drop files), or nothing matches the filter.
/// With rows it paints nothing over them.
class EventLogView : public QTreeView {
    Q_OBJECT
public:
    explicit EventLogView(QWidget* parent = nullptr);

    /// Sets the text shown when the view is empty although events exist (the filter hides them all).
    void setFilteredOut(bool filteredOut);

    /// Compact column widths from the font (time, level, event, a short folder name, a typical file name),
    /// so that the message column keeps room at the default pane width; the message column takes the rest.
    void applyDefaultColumnWidths();
    /// Share of the view's width (percent) the message column gets while the view fits its columns.
    static constexpr int kMessageShare = 25;
    /// True while the view narrows the folder and file columns to its width (from applyDefaultColumnWidths
    /// until the user, or a restored header state, sets a column width).
    bool fitsColumns() const { return m_fitColumns; }
    /// Keeps the column widths as they are from now on (call after restoring a saved header state).
    void stopFittingColumns() { m_fitColumns = false; }

    /// The title painted in the empty table ("No events yet", or "No events match the filter" while the
    /// filter hides every event); empty while the table shows rows, which then paints no hint at all.
    QString emptyStateTitle() const;
    /// The line painted below emptyStateTitle() saying what to do; empty while the table shows rows.
    QString emptyStateHint() const;

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void fitColumnsToWidth();

    bool m_filteredOut = false;
    bool m_fitColumns = false;
    bool m_fitting = false; ///< set while the view itself resizes sections
    int m_defaultFolderWidth = 0;
    int m_defaultFileWidth = 0;
};

} // namespace sluice
