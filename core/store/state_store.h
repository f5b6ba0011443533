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

/// One image remembered for duplicate search (DuplicateRegistry): its perceptual hash within a scope.
struct ImageHashRecord {
    QString scope;    ///< "watch:<folder>", "batch" or a pipeline's duplicate_scope
    QString path;     ///< the image file
    QString sha256;   ///< lower-case hex, empty when unknown
    quint64 hash = 0; ///< the 64-bit perceptual hash the scope compares
    QString group;    ///< duplicate group id: the path of the group's first image
};

/// A job left "running" by a process that stopped without finishing it (crash, kill -9, power cut).
struct InterruptedJob {
    qint64 id = 0;
    QString path;     ///< the source file as it was when the job started
    QString pipeline; ///< pipeline name
    /// What the Runner recorded at the start (recordJobOrigin): {watch_root, depth, parent, trigger,
    /// while_stopped, result_dir, started (ISO 8601 UTC), item: {path, size, mtime, mime, sha256}}.
    QJsonObject origin;
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
    /// Records a job as running together with its origin (as recordJobOrigin takes it) in one
    /// transaction, so that a kill between the two never leaves a running job that no restart can resume.
    /// Returns the job's id, 0 on failure (then nothing was written).
    qint64 beginJobWithOrigin(const QString& path, const QString& pipeline, const QJsonObject& origin);
    /// Records the job's end: status ok|failed|skipped, the full result document.
    void finishJob(qint64 jobId, const QString& status, const QJsonObject& result);
    /// The same with the document already serialised as compact JSON (UTF-8), so that a caller that
    /// also writes it elsewhere serialises a large document once.
    void finishJobCompact(qint64 jobId, const QString& status, const QByteArray& compactResult);
    /// A job to begin: its source path and its origin (as recordJobOrigin takes it).
    struct JobStart {
        QString path;
        QJsonObject origin;
    };
    /// Finishes `jobId` like finishJob and, in the same transaction, begins one "running" job of
    /// `pipeline` per entry of `followUps` with its origin journaled: files a stage produced (archive
    /// members) are then resumed by interruptedJobs after a kill at any moment, and never run twice (before
    /// the commit the parent itself is still running and resumes). Returns the new job ids in the order
    /// given; empty when there were none or the store failed (then nothing was written).
    QList<qint64> finishJobBeginFollowUps(qint64 jobId, const QString& status,
                                          const QByteArray& compactResult, const QString& pipeline,
                                          const QList<JobStart>& followUps);
    /// The result document of the latest finished job for `path`, empty when none.
    QJsonObject latestResult(const QString& path) const;
    /// Ids of jobs still marked running (left by a crash).
    QList<qint64> unfinishedJobs() const;
    int jobCount(const QString& status = {}) const;
    /// Deletes finished jobs (status not "running") with their result and journal rows: those that
    /// finished before `finishedBefore` (invalid = no age limit), and those beyond the newest `keepNewest`
    /// finished jobs (0 = no count limit). Never an unfinished job (a later start resumes it), and never
    /// the latest job of a known file (its result is what a skipped unchanged file shows). Deletes in
    /// transactions of at most `batchSize` jobs, letting other writers in between; no VACUUM (the
    /// freed pages are reused). Returns how many jobs were deleted.
    int pruneFinishedJobs(const QDateTime& finishedBefore, int keepNewest, int batchSize = 500);

    // Journal ----------------------------------------------------------------------------------------
    // Rows of table `journal` (job_id, node, phase, attempt, data, time). Phase "job" holds the job's
    // origin; "before" is written before each attempt of a node with side effects, "after" once it
    // succeeded, with the record the executor reuses on resume. Each call is its own committed
    // transaction, so a kill -9 right after it returns loses nothing.
    /// Records where a job's item came from, so that a later process can resume it.
    void recordJobOrigin(qint64 jobId, const QJsonObject& origin);
    void journalBefore(qint64 jobId, const QString& node, const QString& stage, int attempt);
    void journalAfter(qint64 jobId, const QString& node, const QJsonObject& record);
    /// node id → its "after" record, for the nodes of `jobId` that finished.
    QHash<QString, QJsonObject> journalCompleted(qint64 jobId) const;
    /// Every journal row of a job, oldest first: {node, phase, attempt, data, time}.
    QList<QJsonObject> journalEntries(qint64 jobId) const;
    /// Jobs still "running" that have an origin record and ran `pipeline`, oldest first.
    QList<InterruptedJob> interruptedJobs(const QString& pipeline) const;

    // Image hashes (near-duplicate search across restarts) ------------------------------------------------
    /// The newest `limit` records of `scope`, oldest first.
    QList<ImageHashRecord> imageHashes(const QString& scope, int limit) const;
    /// Adds or replaces the record of (scope, path).
    void upsertImageHash(const ImageHashRecord& record);
    /// Forgets the records of `scope`, or of every scope when it is empty.
    void removeImageHashes(const QString& scope);

    // Events -----------------------------------------------------------------------------------------
    void appendEvent(const Event& event);
    /// The newest `limit` events, newest first, as JSON objects (see Event::toJson).
    QList<QJsonObject> recentEvents(int limit) const;
    /// Up to `limit` events recorded before `before` (exclusive), newest first: the log of earlier
    /// sessions, read a page at a time. Empty when the store is closed or the query fails.
    QList<Event> eventsBefore(const QDateTime& before, int limit) const;

private:
    QString connectionName() const;
    bool ensureSchema(QString* error);

    QString m_path;
    QString m_connectionPrefix;
    mutable QMutex m_mutex;
    mutable QStringList m_connections;
};

} // namespace sluice
