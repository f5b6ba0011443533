#pragma once

#include "error_folder.h"
#include "executor.h"
#include "pipeline.h"
#include "run_metrics.h"
#include "store/state_store.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QObject>
#include <QSet>
#include <QThreadPool>
#include <atomic>
#include <memory>

namespace sluice {

class EventLog;
class StateStore;

/// Runs items through one pipeline on a bounded thread pool.
///
/// Each item's job is recorded in the StateStore before its first stage and again when it ends; its
/// result document is written atomically to the result folder; an event goes to the EventLog. Signals are
/// emitted on the Runner's own thread (which needs an event loop).
class Runner : public QObject {
    Q_OBJECT
public:
    /// `store` and `log` may be null (then nothing is recorded there). The pipeline must be valid.
    Runner(const Pipeline& pipeline, StateStore* store, EventLog* log, QObject* parent = nullptr);
    ~Runner() override;

    const Pipeline& pipeline() const { return m_pipeline; }
    /// Worker threads, 1..64; default QThread::idealThreadCount().
    void setMaxThreads(int threads);
    int maxThreads() const;
    /// Folder for `<input name>.sluice.json` results; empty = do not write files.
    void setResultDir(const QString& dir);
    QString resultDir() const { return m_resultDir; }

    /// Queues one file; callable from any thread. A path already queued or running is not queued twice
    /// (returns false): one still queued runs once, with its first trigger and the file's content when it
    /// starts; one already running is queued again when its run ends if `trigger` is a watch event
    /// (created, modified, content_changed: it changed during the run), with this call's trigger. With
    /// `skipIfProcessed`, a file the store's registry lists as processed with the same size and mtime
    /// finishes at once as "skipped" (restart of a watch folder). `trigger` and `whileStopped` say why it
    /// runs (Item::trigger, Item::triggerWhileStopped); they are journaled with the job, so a resumed job
    /// keeps them.
    bool enqueue(const QString& path, const QString& watchRoot = {}, bool skipIfProcessed = false,
                 const QString& trigger = {}, bool whileStopped = false);

    /// Resumes the jobs that a previous process left "running" in the store (crash, kill -9) for this
    /// pipeline and this result folder: each is queued again with its recorded origin and start time, and
    /// the executor reuses the journaled output of every side-effect node that had finished instead of
    /// running it again. Call after setResultDir and before queueing new files. Returns how many were
    /// queued.
    int resumeInterrupted();

    /// Retry policy for nodes without their own "retry" object, and the clock used to wait; not
    /// thread-safe, set before queueing.
    void setDefaultRetry(const RetryPolicy& policy) { m_executor.setDefaultRetry(policy); }
    void setSleeper(std::shared_ptr<Sleeper> sleeper) { m_executor.setSleeper(std::move(sleeper)); }
    /// Whether and where files that failed for good are moved (default: not moved).
    void setErrorFolder(const ErrorFolderPolicy& policy) { m_errorFolder = policy; }
    ErrorFolderPolicy errorFolder() const { return m_errorFolder; }

    /// Counts and throughput of every item this runner finished (thread-safe).
    RunMetrics metrics() const;
    /// The same for the items of one watch folder (files given directly count under "").
    RunMetrics metricsFor(const QString& watchRoot) const;

    /// Files produced by a stage (StageResult::followUps) are queued as items of depth parent + 1, up to
    /// this depth (default 3); deeper ones are dropped with a warning event. 0 turns follow-ups off.
    void setMaxFollowUpDepth(int depth) { m_maxFollowUpDepth = qMax(0, depth); }
    int maxFollowUpDepth() const { return m_maxFollowUpDepth; }

    /// Asks every running stage to stop and drops what has not started. Results of canceled items are
    /// "failed" with the error "canceled".
    void cancelAll();
    /// Items queued or running.
    int pending() const { return m_pending.load(); }
    /// Progress (0–100 %) of the stage now running on the queued path `path`; -1 when it is not queued.
    double itemProgress(const QString& path) const;
    /// Blocks (processing events) until every queued item has finished or `msecs` passed; true when idle.
    bool waitForDone(int msecs = -1);

    /// Where the result of `path` is written in `dir`: `<dir>/<file name>.sluice.json` (a second source with
    /// the same file name gets `<file name> (2).sluice.json`, and so on).
    /// A file produced by a stage from `parent` (an archive member) is named `<parent name>!<file name>`.
    static QString resultPathFor(const QString& dir, const QString& path, const QString& parent = {});
    /// The file-name part of a result path without ".sluice.json": the input's name, or for names over
    /// 200 bytes (UTF-8) a shortened name plus "~" and 10 hex digits of its SHA-1. Control characters
    /// (U+0000–U+001F, U+007F–U+009F), line/paragraph separators and bidi controls become '_', and such a
    /// name gets the "~" tag too ("a\nb.txt" → "a_b.txt~" + 10 hex digits), so that a sanitised name never
    /// equals a genuine one ("a_b.txt" keeps "a_b.txt.sluice.json" whichever runs first).
    static QString resultBaseName(const QString& path, const QString& parent = {});

Q_SIGNALS:
    void itemStarted(const QString& path);
    void itemFinished(const sluice::ItemResult& result);
    /// Batch progress since the runner was last idle: finished and total items.
    void progress(int finished, int total);
    /// Emitted when the last pending item finished.
    void idle();

private:
    /// Where a queued file comes from: its watch root and, for follow-ups, its depth and parent.
    struct Origin {
        QString watchRoot;
        int depth = 0;
        QString parent;
        QString trigger;           ///< Item::trigger
        bool whileStopped = false; ///< Item::triggerWhileStopped
        qint64 resumeJob = 0;      ///< an interrupted job to continue (its id in the store), 0 for a new job
        QJsonObject resumeOrigin;  ///< that job's recorded origin (InterruptedJob::origin)
        /// resumeJob was begun in the store by its parent (a follow-up) and has not run yet: no journal
        /// of finished nodes to read.
        bool notStarted = false;
    };
    /// Metrics with the time of the first item queued (ms on m_clock, -1 before) and the last finished.
    struct MetricsAccumulator {
        RunMetrics metrics;
        qint64 firstQueuedMs = -1;
        qint64 lastFinishedMs = 0;
        RunMetrics snapshot() const;
    };
    bool enqueueWithOrigin(const QString& path, const Origin& origin, bool skipIfProcessed);
    void runOne(const QString& path, const Origin& origin, bool skipIfProcessed,
                std::shared_ptr<Feedback> feedback);
    /// The follow-ups of `result` as jobs to begin (origin with depth, parent, start time and a size/mtime
    /// snapshot), or none past the depth limit (with a warning event).
    QList<StateStore::JobStart> followUpJobs(const ItemResult& result) const;
    /// Queues follow-ups whose jobs `jobIds` were begun in the store (same order; empty: begin each itself).
    void queueFollowUps(const QList<StateStore::JobStart>& jobs, const QList<qint64>& jobIds);
    bool alreadyProcessed(const Item& item) const;
    /// `path` is the queued path (a move stage changes the item's path to its target).
    void finishOne(const QString& path, const ItemResult& result);
    /// Writes `document` (the result's JSON; `compact` is it serialised compactly) atomically.
    bool writeResult(const ItemResult& result, const QJsonObject& document, const QByteArray& compact,
                     QString* writtenPath, QString* error);
    static QString resultSourceOf(const QString& resultPath);

    Pipeline m_pipeline;
    PipelineExecutor m_executor;
    StateStore* m_store;
    EventLog* m_log;
    QThreadPool m_pool;
    QString m_resultDir;
    std::atomic<int> m_pending{0};
    int m_batchFinished = 0;
    int m_batchTotal = 0;
    mutable QMutex m_mutex;
    QMutex m_resultMutex; ///< serialises choosing result file names
    QSet<QString> m_active;
    /// Active paths whose job has started (runOne reached them); a file queued again while its job runs
    /// is remembered in m_rerun and queued once more when that job ends (it changed mid-run).
    QSet<QString> m_started;
    struct Rerun {
        Origin origin;
        bool skipIfProcessed = false;
    };
    QHash<QString, Rerun> m_rerun; ///< guarded by m_mutex
    QHash<QString, std::shared_ptr<Feedback>> m_feedbacks;
    std::atomic<int> m_maxFollowUpDepth{3};
    ErrorFolderPolicy m_errorFolder;
    QElapsedTimer m_clock;
    MetricsAccumulator m_total;                   ///< guarded by m_mutex
    QHash<QString, MetricsAccumulator> m_perRoot; ///< guarded by m_mutex
};

} // namespace sluice

Q_DECLARE_METATYPE(sluice::ItemResult)
