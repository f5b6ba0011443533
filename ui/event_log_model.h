#pragma once

#include "log/event.h"

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QTimer>
#include <deque>

namespace sluice {

class EventLog;

/// A bounded table of events, newest first, over the core's EventLog (the shape of qBittorrent's
/// LogModel). Columns: time, level, event (with its type icon), watch folder, file, message. Custom roles
/// give the raw fields to the filter proxy and to the result pane.
///
/// Built for a busy log: events arriving one by one (a queued signal each) are only appended to a queue;
/// a single-shot timer inserts the whole queue a moment later with one beginInsertRows, so a burst of
/// 100,000 events costs a handful of insertions, not 100,000. The model keeps at most `capacity` rows:
/// the oldest are dropped (droppedCount() says how many, for the pane to show). Only the newest
/// kResultRows rows keep their result documents in memory (a result can be large); older rows keep the
/// event itself.
///
/// Each row carries the watch folder it belongs to: the event's own `data.folder` when the service gives
/// one, else the watch folder whose root contains the path (setWatchFolders()).
class EventLogModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TimeColumn, LevelColumn, KindColumn, FolderColumn, FileColumn, MessageColumn, ColumnCount };
    enum Role {
        EventIdRole = Qt::UserRole + 1, ///< qint64 (negative for events loaded from earlier sessions)
        LevelRole,                      ///< int (EventLevel)
        KindRole,                       ///< fixed, untranslated kind
        PathRole,                       ///< full path, may be empty
        MessageRole,                    ///< full message
        TimeRole,                       ///< QDateTime (UTC)
        ResultRole,                     ///< QJsonObject: the result document for processed/failed, else empty
        FolderRole,                     ///< name of the watch folder the event belongs to; empty for none
        TypeRole,                       ///< filter type of the kind (EventLabels::typeOf)
        EarlierRole,                    ///< bool: loaded from the store, from an earlier session
    };
    /// Default number of rows kept.
    static constexpr int kDefaultCapacity = 100000;
    /// Rows (from the top) that keep their result documents.
    static constexpr int kResultRows = 2000;
    /// Delay between the first queued event and the insertion of the queue (ms).
    static constexpr int kFlushDelayMs = 100;

    /// A watch folder's name and root folders, for rows whose event does not name its folder.
    struct FolderRoots {
        QString name;
        QStringList roots; ///< absolute, without trailing slash
    };

    /// One row: the event, and the watch folder it was resolved to.
    struct Row {
        Event event;
        QString folder;
        bool folderFromEvent = false; ///< `folder` came from the event's data, not from the roots
        bool earlier = false;         ///< loaded from an earlier session
    };

    explicit EventLogModel(int capacity = kDefaultCapacity, QObject* parent = nullptr);

    /// Reads the log's snapshot and then follows its `eventAdded` signal through a queued connection
    /// (events are added on worker threads). Events of the snapshot that are also signalled later are
    /// shown once.
    void attach(EventLog* log);

    /// Replaces every row with `oldestFirst` (the order of EventLog::snapshot()).
    void setEvents(const QList<Event>& oldestFirst);
    /// Queues one event; it appears at the top at the next flush (within kFlushDelayMs, or at flush()).
    void addEvent(const sluice::Event& event);
    /// Inserts every queued event now, in one insertion, and drops the oldest rows past the capacity.
    void flush();
    /// Removes every row (and forgets the dropped count).
    void clear();
    /// Appends events of earlier sessions (newest first) below the current rows, as far as the capacity
    /// allows (never dropping newer rows for them). Returns how many were appended.
    int appendEarlier(const QList<Event>& newestFirst);
    /// The oldest time shown (UTC), invalid when empty. Earlier events are asked for before this.
    QDateTime oldestTime() const;
    /// Rows loaded from earlier sessions that are still shown.
    int earlierCount() const { return m_earlierCount; }

    /// Sets the watch folders used to find the folder of events that do not name theirs, and updates the
    /// folder column of the rows.
    void setWatchFolders(const QList<FolderRoots>& folders);

    int capacity() const { return m_capacity; }
    /// Events dropped from the bottom because the model was full, since the last clear().
    qint64 droppedCount() const { return m_dropped; }
    /// Events queued but not yet inserted.
    int queuedCount() const { return int(m_queued.size()); }
    /// The row `row` (0 = newest); `row` must be valid.
    const Row& rowAt(int row) const { return m_rows.at(std::size_t(row)); }
    /// The event shown in `row` (0 = newest); `row` must be valid.
    const Event& eventAt(int row) const { return m_rows.at(std::size_t(row)).event; }
    /// The result document of the newest processed/failed event for `path` among the rows that keep
    /// results (kResultRows), empty when there is none.
    QJsonObject latestResultFor(const QString& path) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// droppedCount() changed.
    void droppedCountChanged(qint64 dropped);

private:
    Row makeRow(const Event& event, bool earlier) const;
    QString folderForPath(const QString& path) const;
    void trimToCapacity();
    /// Drops the result documents of rows [from, to) (they fell below kResultRows).
    void releaseResults(int from, int to);

    std::deque<Row> m_rows; ///< newest first
    QList<Event> m_queued;  ///< oldest first, not yet inserted
    QTimer m_flushTimer;
    int m_capacity;
    qint64 m_snapshotMaxId = 0; ///< events up to this id came with the snapshot
    qint64 m_dropped = 0;
    int m_earlierCount = 0;
    QList<FolderRoots> m_folders;
};

} // namespace sluice
