#include "event_log_model.h"

#include "event_labels.h"
#include "log/event_log.h"

#include <QLocale>

namespace sluice {

namespace {

const QString kResultKey = QStringLiteral("result");

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
    m_flushTimer.setInterval(50);
    connect(&m_flushTimer, &QTimer::timeout, this, &EventLogModel::flush);
}

void EventLogModel::attach(EventLog* log) {
    // Connect first, then read the snapshot: an event added in between is in both and is kept once.
    connect(log, &EventLog::eventAdded, this, &EventLogModel::addEvent, Qt::QueuedConnection);
    setEvents(log->snapshot());
}

void EventLogModel::setEvents(const QList<Event>& oldestFirst) {
    beginResetModel();
    m_rows.clear();
    m_queued.clear();
    m_snapshotMaxId = 0;
    const int first = qMax(0, int(oldestFirst.size()) - m_capacity);
    for (int i = first; i < oldestFirst.size(); ++i)
        m_rows.push_front(oldestFirst.at(i));
    for (const Event& e : oldestFirst)
        m_snapshotMaxId = qMax(m_snapshotMaxId, e.id);
    endResetModel();
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
    if (batch.size() > m_capacity)
        batch = batch.mid(batch.size() - m_capacity);
    beginInsertRows({}, 0, int(batch.size()) - 1);
    for (const Event& e : std::as_const(batch))
        m_rows.push_front(e);
    endInsertRows();
    trimToCapacity();
}

void EventLogModel::clear() {
    beginResetModel();
    m_rows.clear();
    m_queued.clear();
    endResetModel();
}

void EventLogModel::trimToCapacity() {
    const int count = int(m_rows.size());
    if (count <= m_capacity)
        return;
    beginRemoveRows({}, m_capacity, count - 1);
    m_rows.resize(std::size_t(m_capacity));
    endRemoveRows();
}

QJsonObject EventLogModel::latestResultFor(const QString& path) const {
    if (path.isEmpty())
        return {};
    for (const Event& e : m_rows) {
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
    const Event& e = m_rows.at(std::size_t(index.row()));
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn: {
            const QDateTime local = e.time.toLocalTime();
            if (local.date() == QDate::currentDate())
                return local.toString(QStringLiteral("HH:mm:ss"));
            return local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        }
        case LevelColumn:
            return EventLabels::levelLabel(e.level);
        case KindColumn:
            return EventLabels::kindLabel(e.kind);
        case FileColumn:
            return fileNameOf(e.path);
        case MessageColumn:
            return oneLine(e.message);
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(e.time.toLocalTime(), QLocale::LongFormat);
        case LevelColumn:
            return EventLabels::levelLabel(e.level);
        case KindColumn:
            return e.kind;
        case FileColumn:
            return e.path.isEmpty() ? QVariant() : QVariant(e.path);
        case MessageColumn:
            return e.message.isEmpty() ? QVariant() : QVariant(e.message);
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == LevelColumn)
            return EventLabels::levelIcon(e.level);
        break;
    case Qt::ForegroundRole:
        if (e.level == EventLevel::Debug)
            return EventLabels::levelColor(e.level);
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
    case FileColumn:
        return tr("File");
    case MessageColumn:
        return tr("Message");
    }
    return {};
}

} // namespace sluice
