#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QStringList>

namespace sluice {

class BatchRun;
struct ItemResult;

/// The files of one batch as a table: file name, state, progress of the stage running on it, time taken,
/// and the error of a failed file. Follows a core BatchRun through its signals; running rows' progress is
/// refreshed by refreshProgress() (the panel calls it on a timer).
class BatchModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { FileColumn, StateColumn, ProgressColumn, TimeColumn, MessageColumn, ColumnCount };
    enum Role {
        PathRole = Qt::UserRole + 1, ///< absolute path of the file (QString)
        StateRole,                   ///< fixed code: queued, running, ok, failed, skipped, canceled
        ProgressRole,   ///< 0–100 (double): 100 when finished, the stage's progress while running
        ResultFileRole, ///< the file's path after the batch (a move stage's target), QString
        ResultRole      ///< the result document (QJsonObject) once finished, else empty
    };

    explicit BatchModel(QObject* parent = nullptr);

    /// Follows `batch` (null clears the model).
    void setBatch(BatchRun* batch);
    BatchRun* batch() const { return m_batch; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Row of `path`, -1 when not in the batch.
    int rowOf(const QString& path) const { return m_rowOf.value(path, -1); }
    /// Count of rows in state `state` (a StateRole code).
    int countInState(const QString& state) const;
    /// Re-reads the progress of running rows from the batch.
    void refreshProgress();
    /// Translated label of a state code.
    static QString stateLabel(const QString& state);

private:
    struct Row {
        QString path;
        QString state = QStringLiteral("queued");
        double progress = 0;
        qint64 durationMs = -1;
        QString message;
        QString resultPath;
        QJsonObject result;
        int warnings = 0; ///< ItemResult::warnings of an "ok" item: shown as "Done with warnings"
    };
    void onFilesAdded(const QStringList& paths);
    void onStarted(const QString& path);
    void onFinished(const ItemResult& result);
    void onDone();
    void changed(int row);

    QPointer<BatchRun> m_batch;
    QList<Row> m_rows;
    QHash<QString, int> m_rowOf;
};

} // namespace sluice
