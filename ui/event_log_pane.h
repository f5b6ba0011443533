#pragma once

#include "log/event.h"

#include <QDateTime>
#include <QList>
#include <QModelIndex>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace sluice {

class EventFilterProxyModel;
class EventLogModel;
class EventLogView;
class EventTypeFilterButton;

/// The centre pane: filters on top (text, event types, watch folder, minimum level), the event table
/// newest first, and a status line below that counts the shown events, says when the oldest were dropped
/// because the log is full, and offers to load events of earlier sessions.
/// Emits the selected event (as an index of the EventLogModel) for the result pane.
class EventLogPane : public QWidget {
    Q_OBJECT
public:
    /// Events asked for per click on "Load earlier events".
    static constexpr int kEarlierBatch = 1000;
    /// Pause in typing after which the text filter applies, on logs above EventFilterProxyModel::kResetAbove
    /// rows (ms).
    static constexpr int kTypingPauseMs = 200;

    explicit EventLogPane(EventLogModel* model, QWidget* parent = nullptr);

    EventLogView* view() const { return m_view; }
    EventFilterProxyModel* proxy() const { return m_proxy; }
    QLineEdit* filterEdit() const { return m_filter; }
    EventTypeFilterButton* typeFilter() const { return m_types; }
    QComboBox* folderCombo() const { return m_folder; }
    QLabel* countLabel() const { return m_count; }
    QPushButton* earlierButton() const { return m_earlier; }

    /// Puts the keyboard focus in the filter box and selects its text.
    void focusFilter();
    /// Selects the first visible row for `path` whose event carries a result (or any row for it).
    bool selectEventFor(const QString& path);
    /// The watch folder names offered by the folder filter (keeps the current choice when still listed).
    void setFolders(const QStringList& names);
    /// Shows or hides "Load earlier events" (shown only when someone answers earlierEventsRequested).
    void setEarlierEventsAvailable(bool available);

public Q_SLOTS:
    /// Appends events of earlier sessions (newest first), the answer to earlierEventsRequested. Fewer
    /// than asked means there are no more: the button says so and is disabled.
    void addEarlierEvents(const QList<sluice::Event>& newestFirst, int asked);

Q_SIGNALS:
    /// The current event changed; `sourceIndex` is an index of the EventLogModel, invalid for none.
    void currentEventChanged(const QModelIndex& sourceIndex);
    /// "Load earlier events" was clicked: up to `limit` events older than `before` (UTC) are wanted.
    void earlierEventsRequested(const QDateTime& before, int limit);

private:
    void updateCount();
    void applyFolderChoice();

    EventLogModel* m_model;
    EventFilterProxyModel* m_proxy;
    EventLogView* m_view;
    QLineEdit* m_filter;
    EventTypeFilterButton* m_types;
    QComboBox* m_folder;
    QComboBox* m_level;
    QLabel* m_count;
    QPushButton* m_earlier;
};

} // namespace sluice
