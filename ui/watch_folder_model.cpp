#include "watch_folder_model.h"

#include "watch_labels.h"

#include <QDir>

namespace sluice {

WatchFolderModel::WatchFolderModel(QObject* parent) : QAbstractListModel(parent) {}

QString WatchFolderModel::normalizedPath(const QString& path) {
    if (path.isEmpty())
        return {};
    QString clean =
        QDir::cleanPath(QDir::isAbsolutePath(path) ? path : QDir::current().absoluteFilePath(path));
    while (clean.size() > 1 && clean.endsWith(QLatin1Char('/')))
        clean.chop(1);
    return clean;
}

bool WatchFolderModel::isErrorStatus(const QString& status) {
    return WatchLabels::parseStatusCode(status) == WatchState::Error;
}

QString WatchFolderModel::statusLabel(const QString& status) {
    if (status.isEmpty())
        return tr("Starting");
    QString reason;
    const WatchState state = WatchLabels::parseStatusCode(status, &reason);
    const QString label = WatchLabels::stateLabel(state);
    return reason.isEmpty() ? label : tr("%1: %2").arg(label, reason);
}

bool WatchFolderModel::addFolder(const WatchFolderConfig& config, const WatchFolderStatus& status) {
    if (config.name.isEmpty() || rowOf(config.name) >= 0)
        return false;
    Row row{config, status};
    row.status.name = config.name;
    if (config.paused && status.state == WatchState::Watching)
        row.status.state = WatchState::Paused;
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at);
    m_rows.append(row);
    endInsertRows();
    return true;
}

bool WatchFolderModel::addFolder(const WatchFolderStats& stats) {
    WatchFolderConfig config;
    config.name = normalizedPath(stats.root);
    config.roots = {config.name};
    WatchFolderStatus status;
    status.processed = stats.processed;
    status.failed = stats.failed;
    status.waiting = stats.waiting;
    status.state = WatchLabels::parseStatusCode(stats.status, &status.reason);
    return addFolder(config, status);
}

bool WatchFolderModel::removeFolder(const QString& name) {
    const int row = rowOf(name);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    return true;
}

bool WatchFolderModel::updateConfig(const WatchFolderConfig& config, const QString& oldName) {
    const int row = rowOf(oldName.isEmpty() ? config.name : oldName);
    if (row < 0)
        return false;
    Row& r = m_rows[row];
    r.config = config;
    r.status.name = config.name;
    const QModelIndex i = index(row);
    Q_EMIT dataChanged(i, i);
    return true;
}

void WatchFolderModel::updateStatus(const sluice::WatchFolderStatus& status) {
    const int row = rowOf(status.name);
    if (row < 0)
        return;
    Row& r = m_rows[row];
    r.status = status;
    r.status.name = r.config.name;
    const QModelIndex i = index(row);
    Q_EMIT dataChanged(i, i);
}

void WatchFolderModel::updateStats(const sluice::WatchFolderStats& stats) {
    const int row = rowOf(stats.root);
    if (row < 0)
        return;
    WatchFolderStatus& current = m_rows[row].status;
    current.processed = stats.processed;
    current.failed = stats.failed;
    current.waiting = stats.waiting;
    if (!stats.status.isEmpty())
        current.state = WatchLabels::parseStatusCode(stats.status, &current.reason);
    const QModelIndex i = index(row);
    Q_EMIT dataChanged(i, i);
}

int WatchFolderModel::rowOf(const QString& name) const {
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).config.name == name)
            return i;
    }
    if (name.isEmpty())
        return -1;
    // Folders added by path are named after the normalised path.
    const QString key = normalizedPath(name);
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).config.name == key)
            return i;
    }
    return -1;
}

QStringList WatchFolderModel::folders() const {
    QStringList list;
    list.reserve(m_rows.size());
    for (const Row& r : m_rows)
        list.append(r.config.name);
    return list;
}

QList<WatchFolderConfig> WatchFolderModel::configs() const {
    QList<WatchFolderConfig> list;
    list.reserve(m_rows.size());
    for (const Row& r : m_rows)
        list.append(r.config);
    return list;
}

int WatchFolderModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString WatchFolderModel::displayName(const Row& row) const {
    const QString& name = row.config.name;
    if (row.config.roots.size() == 1 && name == row.config.roots.first()) {
        const QString dir = QDir(name).dirName();
        return dir.isEmpty() ? name : dir;
    }
    return name;
}

QVariant WatchFolderModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() != 0)
        return {};
    const Row& r = m_rows.at(index.row());
    const WatchFolderStatus& s = r.status;
    switch (role) {
    case Qt::DisplayRole:
        return displayName(r);
    case Qt::DecorationRole:
        return WatchLabels::stateIcon(s.state);
    case Qt::ToolTipRole: {
        QString state = WatchLabels::stateLabel(s.state);
        if (!s.reason.isEmpty())
            state = tr("%1: %2").arg(state, s.reason);
        return QStringLiteral("%1\n%2\n%3\n%4")
            .arg(r.config.name, r.config.roots.join(QLatin1Char('\n')), data(index, SummaryRole).toString(),
                 state);
    }
    case PathRole:
        return r.config.roots.value(0);
    case ProcessedRole:
        return s.processed;
    case FailedRole:
        return s.failed;
    case WaitingRole:
        return s.waiting;
    case StatusRole:
        return WatchLabels::stateLabel(s.state);
    case HasErrorRole:
        return s.state == WatchState::Error;
    case ErrorRole:
        return s.state == WatchState::Error ? s.reason : QString();
    case SummaryRole:
        //: Counts of one watch folder: processed files, failed files, files waiting at the stability gate.
        return tr("%1 processed · %2 failed · %3 waiting").arg(s.processed).arg(s.failed).arg(s.waiting);
    case NameRole:
        return r.config.name;
    case RootsRole:
        return r.config.roots;
    case StateRole:
        return int(s.state);
    case ReasonRole:
        return s.reason;
    case PausedRole:
        return s.state == WatchState::Paused || r.config.paused;
    case TrackedRole:
        return s.tracked;
    case PipelineRole:
        return r.config.pipeline;
    default:
        break;
    }
    return {};
}

} // namespace sluice
