#include "watch_folder_model.h"

#include <QCoreApplication>
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

namespace {

// The service states a folder's status as "watching" or "error: <reason>". It may pass them through its
// own translation (context sluice::ProcessingService), so both forms are recognised.
const char* const kServiceContext = "sluice::ProcessingService";
const char* const kWatching = "watching";
const char* const kErrorFormat = "error: %1";

bool isWatchingStatus(const QString& status) {
    return status == QLatin1String("watching") ||
           status == QCoreApplication::translate(kServiceContext, kWatching);
}

/// The reason of an error status, or a null string when `status` is not an error.
QString errorReason(const QString& status) {
    const QString translatedPrefix =
        QCoreApplication::translate(kServiceContext, kErrorFormat).arg(QString());
    for (const QString& prefix :
         {QStringLiteral("error:"), QStringLiteral("error"), translatedPrefix.trimmed()}) {
        if (!prefix.isEmpty() && status.startsWith(prefix))
            return status.mid(prefix.size()).trimmed();
    }
    return QString(); // null: not an error
}

} // namespace

bool WatchFolderModel::isErrorStatus(const QString& status) {
    return !errorReason(status).isNull();
}

QString WatchFolderModel::statusLabel(const QString& status) {
    if (status.isEmpty())
        return tr("Starting");
    if (isWatchingStatus(status))
        return tr("Watching");
    const QString reason = errorReason(status);
    if (!reason.isNull())
        return reason.isEmpty() ? tr("Error") : tr("Error: %1").arg(reason);
    return status;
}

bool WatchFolderModel::addFolder(const WatchFolderStats& stats) {
    WatchFolderStats row = stats;
    row.root = normalizedPath(stats.root);
    if (row.root.isEmpty() || rowOf(row.root) >= 0)
        return false;
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at);
    m_rows.append(row);
    endInsertRows();
    return true;
}

bool WatchFolderModel::removeFolder(const QString& root) {
    const int row = rowOf(root);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    return true;
}

void WatchFolderModel::updateStats(const sluice::WatchFolderStats& stats) {
    const int row = rowOf(stats.root);
    if (row < 0)
        return;
    WatchFolderStats& current = m_rows[row];
    current.processed = stats.processed;
    current.failed = stats.failed;
    current.waiting = stats.waiting;
    current.status = stats.status;
    const QModelIndex i = index(row);
    Q_EMIT dataChanged(i, i);
}

int WatchFolderModel::rowOf(const QString& root) const {
    const QString key = normalizedPath(root);
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).root == key)
            return i;
    }
    return -1;
}

QStringList WatchFolderModel::folders() const {
    QStringList list;
    list.reserve(m_rows.size());
    for (const WatchFolderStats& s : m_rows)
        list.append(s.root);
    return list;
}

int WatchFolderModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant WatchFolderModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() != 0)
        return {};
    const WatchFolderStats& s = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QString name = QDir(s.root).dirName();
        return name.isEmpty() ? s.root : name;
    }
    case Qt::ToolTipRole:
        return QStringLiteral("%1\n%2\n%3")
            .arg(s.root, data(index, SummaryRole).toString(), statusLabel(s.status));
    case PathRole:
        return s.root;
    case ProcessedRole:
        return s.processed;
    case FailedRole:
        return s.failed;
    case WaitingRole:
        return s.waiting;
    case StatusRole:
        return isErrorStatus(s.status) ? tr("Error") : statusLabel(s.status);
    case HasErrorRole:
        return isErrorStatus(s.status);
    case ErrorRole: {
        const QString reason = errorReason(s.status);
        return reason.isNull() ? QString() : reason;
    }
    case SummaryRole:
        //: Counts of one watch folder: processed files, failed files, files waiting at the stability gate.
        return tr("%1 processed · %2 failed · %3 waiting").arg(s.processed).arg(s.failed).arg(s.waiting);
    default:
        break;
    }
    return {};
}

} // namespace sluice
