#pragma once

#include "log/event.h"

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QList>
#include <QTimer>
#include <deque>

namespace sluice {

class EventLog;

/// A bounded table of events, newest first, over the core's EventLog (the shape of qBittorrent's
/// LogModel). Columns: time, level, event, file, message. Custom roles give the raw fields to the
/// filter proxy and to the result pane.
///
/// Events arriving one by one are gathered and inserted in one batch a moment later, so a burst of
/// hundreds of events costs one insertion. When the model is full the oldest rows are dropped.
class EventLogModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TimeColumn, LevelColumn, KindColumn, FileColumn, MessageColumn, ColumnCount };
    enum Role {
        EventIdRole = Qt::UserRole + 1, ///< qint64
        LevelRole,                      ///< int (EventLevel)
        KindRole,                       ///< fixed, untranslated kind
        PathRole,                       ///< full path, may be empty
        MessageRole,                    ///< full message
        TimeRole,                       ///< QDateTime (UTC)
        ResultRole,                     ///< QJsonObject: the result document for processed/failed, else empty
    };

    explicit EventLogModel(int capacity = 10000, QObject* parent = nullptr);

    /// Reads the log's snapshot and then follows its `eventAdded` signal through a queued connection
    /// (events are added on worker threads). Events of the snapshot that are also signalled later are
    /// shown once.
    void attach(EventLog* log);

    /// Replaces every row with `oldestFirst` (the order of EventLog::snapshot()).
    void setEvents(const QList<Event>& oldestFirst);
    /// Queues one event; it appears at the top at the next flush (within ~50 ms, or at flush()).
    void addEvent(const sluice::Event& event);
    /// Inserts every queued event now.
    void flush();
    /// Removes every row.
    void clear();

    int capacity() const { return m_capacity; }
    /// The event shown in `row` (0 = newest); `row` must be valid.
    const Event& eventAt(int row) const { return m_rows.at(std::size_t(row)); }
    /// The result document of the newest processed/failed event for `path`, empty when there is none.
    QJsonObject latestResultFor(const QString& path) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void trimToCapacity();

    std::deque<Event> m_rows; ///< newest first
    QList<Event> m_queued;    ///< oldest first, not yet inserted
    QTimer m_flushTimer;
    int m_capacity;
    qint64 m_snapshotMaxId = 0; ///< events up to this id came with the snapshot
};

} // namespace sluice
