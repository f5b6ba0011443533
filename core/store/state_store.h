#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <optional>

namespace sluice {

struct Event;

/// What the store knows of one file: the registry row the watcher diffs against.
struct KnownFile {
    QString path;
    qint64 size = 0;
    QDateTime mtime;
    QString sha256;
    QString
        status; ///< "processed", "failed" (permanent: not retried until the file changes), "failed_transient"
    qint64 lastJob = 0;
};

/// The persistent state of Sluice: known files, jobs, results and events, in SQLite (WAL journal) through
/// QtSql. Survives crashes and reopening. Thread-safe: each thread gets its own connection (QtSql forbids
/// sharing one), and a mutex serialises writers.
class StateStore {
public:
    StateStore();
    ~StateStore();
    StateStore(const StateStore&) = delete;
    StateStore& operator=(const StateStore&) = delete;

    /// Opens or creates the database at `path` (its folder is created), sets WAL and creates the schema.
    bool open(const QString& path, QString* error = nullptr);
    void close();
    bool isOpen() const { return !m_path.isEmpty(); }
    QString path() const { return m_path; }

    /// Default location: <AppDataLocation>/state.sqlite (QStandardPaths).
    static QString defaultPath();

    // Registry -----------------------------------------------------------------------------------------
    std::optional<KnownFile> knownFile(const QString& path) const;
    void upsertKnownFile(const KnownFile& file);
    void removeKnownFile(const QString& path);
    /// Known files whose path lies under `root` (a folder path, without trailing slash).
    QList<KnownFile> knownFilesUnder(const QString& root) const;
    /// How many known files under `root` have each status ("processed", "failed", …).
    QHash<QString, int> statusCountsUnder(const QString& root) const;

    // Jobs -------------------------------------------------------------------------------------------
    /// Records a job as running before any stage runs; returns its id (0 on failure).
    qint64 beginJob(const QString& path, const QString& pipeline);
    /// Records the job's end: status ok|failed|skipped, the full result document.
    void finishJob(qint64 jobId, const QString& status, const QJsonObject& result);
    /// The result document of the latest finished job for `path`, empty when none.
    QJsonObject latestResult(const QString& path) const;
    /// Ids of jobs still marked running (left by a crash).
    QList<qint64> unfinishedJobs() const;
    int jobCount(const QString& status = {}) const;

    // Events -----------------------------------------------------------------------------------------
    void appendEvent(const Event& event);
    /// The newest `limit` events, newest first, as JSON objects (see Event::toJson).
    QList<QJsonObject> recentEvents(int limit) const;

private:
    QString connectionName() const;
    bool ensureSchema(QString* error);

    QString m_path;
    QString m_connectionPrefix;
    mutable QMutex m_mutex;
    mutable QStringList m_connections;
};

} // namespace sluice
