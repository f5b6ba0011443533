#include "event_log_model.h"

#include "event_labels.h"
#include "log/event_log.h"

#include <QLocale>

namespace sluice {

namespace {

const QString kResultKey = QStringLiteral("result");
const QString kFolderKey = QStringLiteral("folder");

QString oneLine(const QString& text) {
    QString line = text;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    line.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return line;
}

QString fileNameOf(const QString& path) {
    // A string operation only: no file-system access on the GUI thread.
    QString p = path;
    while (p.size() > 1 && p.endsWith(QLatin1Char('/')))
        p.chop(1);
    const int slash = p.lastIndexOf(QLatin1Char('/'));
    return slash >= 0 && slash + 1 < p.size() ? p.mid(slash + 1) : p;
}

} // namespace

EventLogModel::EventLogModel(int capacity, QObject* parent)
    : QAbstractTableModel(parent), m_capacity(qMax(1, capacity)) {
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(kFlushDelayMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &EventLogModel::flush);
}

void EventLogModel::attach(EventLog* log) {
    // Connect first, then read the snapshot: an event added in between is in both and is kept once.
    connect(log, &EventLog::eventAdded, this, &EventLogModel::addEvent, Qt::QueuedConnection);
    setEvents(log->snapshot());
}

EventLogModel::Row EventLogModel::makeRow(const Event& event, bool earlier) const {
    Row row;
    row.event = event;
    row.earlier = earlier;
    const QString folder = event.data.value(kFolderKey).toString();
    if (!folder.isEmpty()) {
        row.folder = folder;
        row.folderFromEvent = true;
    } else {
        row.folder = folderForPath(event.path);
    }
    return row;
}

QString EventLogModel::folderForPath(const QString& path) const {
    if (path.isEmpty())
        return {};
    QString best;
    int bestLength = -1;
    for (const FolderRoots& f : m_folders) {
        for (const QString& root : f.roots) {
            if (root.size() <= bestLength)
                continue;
            const bool under = path.size() == root.size()
                                   ? path == root
                                   : path.startsWith(root) && (root.endsWith(QLatin1Char('/')) ||
                                                               path.at(root.size()) == QLatin1Char('/'));
            if (under) {
                best = f.name;
                bestLength = int(root.size());
            }
        }
    }
    return best;
}

void EventLogModel::setEvents(const QList<Event>& oldestFirst) {
    beginResetModel();
    m_rows.clear();
    m_queued.clear();
    m_snapshotMaxId = 0;
    m_earlierCount = 0;
    const int first = qMax(0, int(oldestFirst.size()) - m_capacity);
    for (int i = first; i < oldestFirst.size(); ++i)
        m_rows.push_front(makeRow(oldestFirst.at(i), false));
    const qint64 droppedBefore = m_dropped;
    m_dropped = first;
    for (const Event& e : oldestFirst)
        m_snapshotMaxId = qMax(m_snapshotMaxId, e.id);
    releaseResults(kResultRows, int(m_rows.size()));
    endResetModel();
    if (m_dropped != droppedBefore)
        Q_EMIT droppedCountChanged(m_dropped);
}

void EventLogModel::addEvent(const sluice::Event& event) {
    if (event.id != 0 && event.id <= m_snapshotMaxId)
        return;
    m_queued.append(event);
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void EventLogModel::flush() {
    m_flushTimer.stop();
    if (m_queued.isEmpty())
        return;
    QList<Event> batch;
    batch.swap(m_queued);
    const qint64 droppedBefore = m_dropped;
    if (batch.size() > m_capacity) {
        m_dropped += batch.size() - m_capacity;
        batch = batch.mid(batch.size() - m_capacity);
    }
    beginInsertRows({}, 0, int(batch.size()) - 1);
    for (const Event& e : std::as_const(batch))
        m_rows.push_front(makeRow(e, false));
    endInsertRows();
    // Rows pushed below kResultRows by this batch let go of their result documents.
    releaseResults(kResultRows, qMin(int(m_rows.size()), kResultRows + int(batch.size())));
    trimToCapacity();
    if (m_dropped != droppedBefore)
        Q_EMIT droppedCountChanged(m_dropped);
}

void EventLogModel::clear() {
    beginResetModel();
    m_rows.clear();
    m_queued.clear();
    m_earlierCount = 0;
    endResetModel();
    if (m_dropped != 0) {
        m_dropped = 0;
        Q_EMIT droppedCountChanged(0);
    }
}

int EventLogModel::appendEarlier(const QList<Event>& newestFirst) {
    const int room = m_capacity - int(m_rows.size());
    const int count = qMin(room, int(newestFirst.size()));
    if (count <= 0)
        return 0;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + count - 1);
    for (int i = 0; i < count; ++i)
        m_rows.push_back(makeRow(newestFirst.at(i), true));
    endInsertRows();
    releaseResults(qMax(first, kResultRows), first + count);
    m_earlierCount += count;
    return count;
}

QDateTime EventLogModel::oldestTime() const {
    return m_rows.empty() ? QDateTime() : m_rows.back().event.time;
}

void EventLogModel::setWatchFolders(const QList<FolderRoots>& folders) {
    m_folders.clear();
    for (FolderRoots f : folders) {
        for (QString& root : f.roots) {
            while (root.size() > 1 && root.endsWith(QLatin1Char('/')))
                root.chop(1);
        }
        m_folders.append(f);
    }
    int firstChanged = -1;
    int lastChanged = -1;
    for (int i = 0; i < int(m_rows.size()); ++i) {
        Row& row = m_rows[std::size_t(i)];
        if (row.folderFromEvent)
            continue;
        QString folder = folderForPath(row.event.path);
        if (folder != row.folder) {
            row.folder = std::move(folder);
            if (firstChanged < 0)
                firstChanged = i;
            lastChanged = i;
        }
    }
    if (firstChanged >= 0)
        Q_EMIT dataChanged(index(firstChanged, FolderColumn), index(lastChanged, FolderColumn));
}

void EventLogModel::trimToCapacity() {
    const int count = int(m_rows.size());
    if (count <= m_capacity)
        return;
    beginRemoveRows({}, m_capacity, count - 1);
    for (int i = m_capacity; i < count; ++i) {
        if (m_rows[std::size_t(i)].earlier)
            --m_earlierCount;
    }
    m_rows.resize(std::size_t(m_capacity));
    endRemoveRows();
    m_dropped += count - m_capacity;
}

void EventLogModel::releaseResults(int from, int to) {
    for (int i = qMax(0, from); i < to && i < int(m_rows.size()); ++i) {
        QJsonObject& data = m_rows[std::size_t(i)].event.data;
        if (data.contains(kResultKey))
            data.remove(kResultKey);
    }
}

QJsonObject EventLogModel::latestResultFor(const QString& path) const {
    if (path.isEmpty())
        return {};
    const int end = qMin(int(m_rows.size()), kResultRows);
    for (int i = 0; i < end; ++i) {
        const Event& e = m_rows[std::size_t(i)].event;
        if (e.path == path && EventLabels::carriesResult(e.kind)) {
            const QJsonObject result = e.data.value(kResultKey).toObject();
            if (!result.isEmpty())
                return result;
        }
    }
    return {};
}

int EventLogModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EventLogModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventLogModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= int(m_rows.size()) || index.column() >= ColumnCount)
        return {};
    const Row& row = m_rows.at(std::size_t(index.row()));
    const Event& e = row.event;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn: {
            const QDateTime local = e.time.toLocalTime();
            if (!row.earlier && local.date() == QDate::currentDate())
                return local.toString(QStringLiteral("HH:mm:ss"));
            return local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        }
        case LevelColumn:
            return EventLabels::levelLabel(e.level);
        case KindColumn:
            return EventLabels::kindLabel(e.kind);
        case FolderColumn:
            // Folders added by path are named after it: the last component is enough here.
            return row.folder.startsWith(QLatin1Char('/')) ? fileNameOf(row.folder) : row.folder;
        case FileColumn:
            return fileNameOf(e.path);
        case MessageColumn:
            return oneLine(e.message);
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TimeColumn: {
            const QString when = QLocale().toString(e.time.toLocalTime(), QLocale::LongFormat);
            return row.earlier ? tr("%1 (earlier session)").arg(when) : when;
        }
        case LevelColumn:
            return EventLabels::levelLabel(e.level);
        case KindColumn:
            return e.kind;
        case FolderColumn:
            return row.folder.isEmpty() ? QVariant() : QVariant(row.folder);
        case FileColumn:
            return e.path.isEmpty() ? QVariant() : QVariant(e.path);
        case MessageColumn:
            return e.message.isEmpty() ? QVariant() : QVariant(e.message);
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == LevelColumn)
            return EventLabels::levelIcon(e.level);
        if (index.column() == KindColumn)
            return EventLabels::kindIcon(e.kind, e.level);
        break;
    case Qt::ForegroundRole:
        if (e.level == EventLevel::Debug || row.earlier)
            return EventLabels::levelColor(EventLevel::Debug);
        if (index.column() == LevelColumn && e.level != EventLevel::Info)
            return EventLabels::levelColor(e.level);
        if (index.column() == MessageColumn && e.level == EventLevel::Error)
            return EventLabels::levelColor(e.level);
        break;
    case EventIdRole:
        return e.id;
    case LevelRole:
        return int(e.level);
    case KindRole:
        return e.kind;
    case PathRole:
        return e.path;
    case MessageRole:
        return e.message;
    case TimeRole:
        return e.time;
    case ResultRole:
        if (EventLabels::carriesResult(e.kind))
            return e.data.value(kResultKey).toObject();
        return QJsonObject();
    case FolderRole:
        return row.folder;
    case TypeRole:
        return EventLabels::typeOf(e.kind);
    case EarlierRole:
        return row.earlier;
    default:
        break;
    }
    return {};
}

QVariant EventLogModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case LevelColumn:
        return tr("Level");
    case KindColumn:
        return tr("Event");
    case FolderColumn:
        return tr("Folder");
    case FileColumn:
        return tr("File");
    case MessageColumn:
        return tr("Message");
    }
    return {};
}

} // namespace sluice
