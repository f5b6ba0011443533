#pragma once

#include <QTreeView>

namespace sluice {

/// The event table: a flat tree view with fixed row heights that, while it has no rows, says why —
/// nothing happened yet (and what to do), or nothing matches the filter.
class EventLogView : public QTreeView {
    Q_OBJECT
public:
    explicit EventLogView(QWidget* parent = nullptr);

    /// Sets the text shown when the view is empty although events exist (the filter hides them all).
    void setFilteredOut(bool filteredOut);

    /// Column widths that suit a 1600-pixel-wide window; the message column takes the rest.
    void applyDefaultColumnWidths();

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    bool m_filteredOut = false;
};

} // namespace sluice
