#pragma once

#include "log/event.h"

#include <QModelIndex>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace sluice {

class EventFilterProxyModel;
class EventLogModel;
class EventLogView;

/// The centre pane: a filter box, a level choice and the event table, newest first.
/// Emits the selected event (as an index of the EventLogModel) for the result pane.
class EventLogPane : public QWidget {
    Q_OBJECT
public:
    explicit EventLogPane(EventLogModel* model, QWidget* parent = nullptr);

    EventLogView* view() const { return m_view; }
    EventFilterProxyModel* proxy() const { return m_proxy; }
    QLineEdit* filterEdit() const { return m_filter; }

    /// Puts the keyboard focus in the filter box and selects its text.
    void focusFilter();
    /// Selects the first visible row for `path` whose event carries a result (or any row for it).
    bool selectEventFor(const QString& path);

Q_SIGNALS:
    /// The current event changed; `sourceIndex` is an index of the EventLogModel, invalid for none.
    void currentEventChanged(const QModelIndex& sourceIndex);

private:
    void updateCount();

    EventLogModel* m_model;
    EventFilterProxyModel* m_proxy;
    EventLogView* m_view;
    QLineEdit* m_filter;
    QComboBox* m_level;
    QLabel* m_count;
};

} // namespace sluice
