#include "waiting_files_model.h"

#include "event_labels.h"
#include "watch_labels.h"

#include <QLocale>

namespace sluice {

WaitingFilesModel::WaitingFilesModel(QObject* parent) : QAbstractTableModel(parent) {
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        if (!m_files.isEmpty())
            Q_EMIT dataChanged(index(0, WaitingColumn), index(rowCount() - 1, WaitingColumn));
    });
}

void WaitingFilesModel::setFolder(const QString& name) {
    if (name == m_folder)
        return;
    beginResetModel();
    m_folder = name;
    m_files.clear();
    endResetModel();
    m_tick.stop();
}

void WaitingFilesModel::setFiles(const QString& name, const QList<sluice::WaitingFile>& files) {
    if (name != m_folder)
        return;
    bool samePaths = files.size() == m_files.size();
    for (int i = 0; samePaths && i < files.size(); ++i)
        samePaths = files.at(i).path == m_files.at(i).path;
    if (samePaths) {
        m_files = files;
        if (!m_files.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    } else {
        // Remove the rows that went, then insert the new ones, so that views keep what stays.
        for (int i = int(m_files.size()) - 1; i >= 0; --i) {
            bool stays = false;
            for (const WaitingFile& f : files) {
                if (f.path == m_files.at(i).path) {
                    stays = true;
                    break;
                }
            }
            if (!stays) {
                beginRemoveRows({}, i, i);
                m_files.removeAt(i);
                endRemoveRows();
            }
        }
        // What is left is in the new list's order (both are oldest first); insert the newcomers where
        // they belong.
        for (int i = 0; i < files.size(); ++i) {
            if (i < m_files.size() && m_files.at(i).path == files.at(i).path) {
                m_files[i] = files.at(i);
                continue;
            }
            beginInsertRows({}, i, i);
            m_files.insert(i, files.at(i));
            endInsertRows();
        }
        if (m_files.size() > files.size()) { // order differed: fall back to a reset
            beginResetModel();
            m_files = files;
            endResetModel();
        }
        if (!m_files.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
    if (m_files.isEmpty())
        m_tick.stop();
    else if (!m_tick.isActive())
        m_tick.start();
}

int WaitingFilesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_files.size());
}

int WaitingFilesModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WaitingFilesModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_files.size() || index.column() >= ColumnCount)
        return {};
    const WaitingFile& f = m_files.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case FileColumn: {
            const int slash = f.path.lastIndexOf(QLatin1Char('/'));
            return slash >= 0 ? f.path.mid(slash + 1) : f.path;
        }
        case StateColumn:
            return WatchLabels::waitStateLabel(f.state);
        case SizeColumn:
            return WatchLabels::size(f.size);
        case WaitingColumn:
            return WatchLabels::durationSince(f.since, now());
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == StateColumn)
            return EventLabels::kindIcon(f.state == WaitState::Ready ? QStringLiteral("ready")
                                                                     : QStringLiteral("waiting"));
        break;
    case Qt::ToolTipRole:
        if (index.column() == StateColumn)
            return WatchLabels::waitStateHint(f.state);
        if (index.column() == SizeColumn)
            return tr("%1 bytes").arg(QLocale().toString(f.size));
        if (index.column() == WaitingColumn)
            return QLocale().toString(f.since.toLocalTime(), QLocale::LongFormat);
        return f.path;
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn || index.column() == WaitingColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case PathRole:
        return f.path;
    case StateRole:
        return int(f.state);
    case StateCodeRole:
        return waitStateName(f.state);
    case SizeRole:
        return f.size;
    case SinceRole:
        return f.since;
    default:
        break;
    }
    return {};
}

QVariant WaitingFilesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FileColumn:
        return tr("File");
    case StateColumn:
        return tr("Waiting because");
    case SizeColumn:
        return tr("Size");
    case WaitingColumn:
        return tr("For");
    }
    return {};
}

} // namespace sluice
