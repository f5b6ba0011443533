#pragma once

#include "watch/watch_config.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QTimer>

namespace sluice {

/// The files of one watch folder that wait at the stability gate, oldest first: file name, why it waits
/// ("Still growing", "Locked", "Ready"), its size at the last check, and for how long it has waited
/// (updated every second while the list is not empty). Fed with ProcessingService::waitingFiles() and
/// its waitingFilesChanged signal.
class WaitingFilesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { FileColumn, StateColumn, SizeColumn, WaitingColumn, ColumnCount };
    enum Role {
        PathRole = Qt::UserRole + 1, ///< full path
        StateRole,                   ///< int (WaitState)
        StateCodeRole, ///< the core's code: "waiting: still growing", "waiting: locked", "ready"
        SizeRole,      ///< qint64 bytes
        SinceRole,     ///< QDateTime (UTC) the file entered the gate
    };

    explicit WaitingFilesModel(QObject* parent = nullptr);

    /// The folder whose files are shown; clears the list when it changes.
    void setFolder(const QString& name);
    QString folder() const { return m_folder; }
    /// Replaces the list when `name` is the shown folder (ignored otherwise). Rows whose path stays keep
    /// their place and only change their data, so that a selection survives the 4 updates a second.
    void setFiles(const QString& name, const QList<sluice::WaitingFile>& files);
    /// The time "waiting for" is measured to; the current time unless set (tests).
    void setNow(const QDateTime& now) { m_now = now; }

    const WaitingFile& fileAt(int row) const { return m_files.at(row); }
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QDateTime now() const { return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc(); }

    QString m_folder;
    QList<WaitingFile> m_files;
    QTimer m_tick;
    QDateTime m_now;
};

} // namespace sluice
