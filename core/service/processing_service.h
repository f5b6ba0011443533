#pragma once

#include "batch_run.h"
#include "log/event_log.h"
#include "pipeline/executor.h"
#include "pipeline/pipeline.h"
#include "pipeline/run_metrics.h"
#include "store/state_store.h"
#include "watch/folder_watcher.h"
#include "watch/watch_config.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QThread>
#include <QThreadPool>
#include <QTimer>
#include <functional>
#include <map>
#include <memory>

namespace sluice {

class Runner;

/// Counts for one watch folder, shown in its pane (the older, flat form of WatchFolderStatus; kept for
/// the pane's model). `root` is the watch folder's name: for a folder added by path, that path.
struct WatchFolderStats {
    QString root;
    int processed = 0;
    int failed = 0;
    int waiting = 0; ///< files at the stability gate
    QString status; ///< fixed code, not translated: "watching", "polling: " / "paused: " / "error: " + reason
};

/// The engine both front doors share: a StateStore, an EventLog, one Runner per pipeline in use and one
/// FolderWatcher per watch folder (all on one watch thread), wired together. Files that become ready in a
/// watch folder run through that folder's pipeline (WatchFolderConfig::pipeline, empty = the default
/// pipeline of Config); files handed to processFiles() run through the default pipeline. Files already
/// processed with the same size and mtime (by the store's registry) are not run again, and what changed
/// in a folder while Sluice was stopped is reported as events with `while_stopped` at start.
///
/// Watch-folder API (used by the GUI's pane and dialog; every call from the service's thread):
/// - addWatchFolder(config) / updateWatchFolder(config) / removeWatchFolder(name); watchFolderConfigs();
/// - pauseWatchFolder(name, reason) / resumeWatchFolder(name): while paused, events are still seen and
///   reported but ready files are held (WaitState::Ready in waitingFiles) and run on resume;
/// - status(name) and the signal statusChanged(status); waitingFiles(name) and the signal
///   waitingFilesChanged(name, files) (at most about 4 times a second per folder);
/// - watchEvent(event): every created/modified/content_changed/deleted/renamed event of every folder.
/// Events also go to the EventLog (kind = event type, data = WatchEvent::toJson()).
/// Lives on the GUI (or CLI main) thread; does no file I/O there except opening the store.
class ProcessingService : public QObject {
    Q_OBJECT
public:
    struct Config {
        QString pipeline = QStringLiteral("inbox"); ///< default pipeline: file or built-in name
        QString statePath;                          ///< SQLite file; empty = StateStore::defaultPath()
        QString resultDir;                          ///< empty = <AppDataLocation>/results
        int jobs = 0;                               ///< worker threads; 0 = ideal thread count
        WatchOptions watch; ///< timings of the watchers; settleMs is the default of folders added by path
        /// Finished jobs older than this many days are deleted from the store (with their results and
        /// journal rows) at start and every pruneIntervalMs; 0 keeps them whatever their age.
        int keepJobsDays = 30;
        /// At most this many finished jobs are kept (0 = no limit). Unfinished jobs and the latest job of
        /// each known file are always kept (StateStore::pruneFinishedJobs).
        int keepJobs = 100000;
        int pruneIntervalMs =
            3600000; ///< how often the store is pruned while running (ms); 0 = at start only
    };

    explicit ProcessingService(QObject* parent = nullptr);
    ~ProcessingService() override;

    /// Loads and validates the pipeline, opens the store, starts the watcher thread.
    /// Returns false with a message naming the problem.
    bool start(const Config& config, QString* error);
    /// Cancels running items, stops the watcher thread. Called by the destructor.
    void stop();

    EventLog* eventLog() { return &m_log; }
    /// The default pipeline.
    const Pipeline& pipeline() const { return m_pipeline; }
    QString resultDir() const { return m_config.resultDir; }

    /// Adds a watch folder and starts watching it. False with the reason (translated) when the config is
    /// not valid (WatchFolderConfig::validate), its name is taken, or its pipeline cannot be loaded.
    /// A root that does not exist yet is not an error: the folder shows state Error and is watched as
    /// soon as the root appears.
    bool addWatchFolder(const WatchFolderConfig& config, QString* error = nullptr);
    /// Replaces the config of the watch folder named `config.name` (roots, filters, gate, pipeline,
    /// paused); its watcher restarts and rescans (files already processed are not run again).
    bool updateWatchFolder(const WatchFolderConfig& config, QString* error = nullptr);
    /// Watches `root` as a watch folder named after its absolute path, with default filters and the
    /// settle time of Config::watch. Does nothing when already watched.
    void addWatchFolder(const QString& root);
    /// Stops watching the folder named `name` (or added by that path); held files are dropped.
    void removeWatchFolder(const QString& name);
    /// Names of the watch folders, in the order they were added.
    QStringList watchFolders() const { return m_roots; }
    QList<WatchFolderConfig> watchFolderConfigs() const;
    /// The config of `name`; a default config with an empty name when there is none.
    WatchFolderConfig watchFolderConfig(const QString& name) const;
    /// Holds processing of the folder's ready files until resumeWatchFolder; `reason` (translated, may
    /// be empty = "paused by the user") is shown with the Paused state. Also used for automatic pauses.
    void pauseWatchFolder(const QString& name, const QString& reason = {});
    /// Resumes processing; files held while paused are queued, oldest first.
    void resumeWatchFolder(const QString& name);
    /// Current status of `name` (an empty-named status when unknown).
    WatchFolderStatus status(const QString& name) const;
    /// Files at the stability gate of `name` (including ready files held while paused), oldest first.
    QList<WaitingFile> waitingFiles(const QString& name) const { return m_waiting.value(name); }
    WatchFolderStats stats(const QString& name) const { return m_stats.value(name); }

    /// Processes files (folders are expanded recursively, off the calling thread) as one batch, whether
    /// processed before or not, with Item::trigger "dropped". Returns how many paths were handed over.
    int processFiles(const QStringList& paths);
    int pending() const;
    void cancelAll();

    /// Reads up to `limit` events recorded before `before` (earlier sessions' log) from the store, off
    /// this thread; the answer comes as earlierEventsLoaded.
    void requestEarlierEvents(const QDateTime& before, int limit);

    /// A batch of files and folders run once through `pipeline` (a file or name; empty = the default
    /// pipeline) with `workers` files at once, on this service's store, event log and result folder, with
    /// Item::trigger "manual". Its progress, finished items and end also come out of this service's
    /// progress/itemFinished/idle signals; pending() and cancelAll() include it. The service owns it (deleted
    /// when a newer batch is done, or at stop). Null with `error` when the pipeline cannot be loaded or is
    /// not valid.
    BatchRun* startBatch(const QStringList& paths, const QString& pipeline, int workers, QString* error);
    /// Worker threads for the runners of watch folders from now on, 1..64.
    void setWorkerCount(int workers);

    /// Counts and throughput of the files of watch folder `name` run since start, summed over its roots
    /// and pipelines (RunMetrics).
    RunMetrics metrics(const QString& name) const;
    /// When a watch folder pauses itself: of its last `window` finished files (at least `minimum`), more
    /// than `threshold` (0–1) failed. It is then paused with a reason naming the counts, and the event log
    /// gets an "auto_paused" warning. A threshold above 1 turns this off.
    struct FailureGuard {
        double threshold = 0.5;
        int window = 20;
        int minimum = 10;
    };
    void setFailureGuard(const FailureGuard& guard) { m_guard = guard; }
    FailureGuard failureGuard() const { return m_guard; }

Q_SIGNALS:
    void statsChanged(const sluice::WatchFolderStats& stats);
    /// A watch folder's state, reason or counts changed.
    void statusChanged(const sluice::WatchFolderStatus& status);
    /// The files waiting at the gate of watch folder `name` changed (the whole list, oldest first).
    void waitingFilesChanged(const QString& name, const QList<sluice::WaitingFile>& files);
    /// An event of a watch folder (also in the EventLog).
    void watchEvent(const sluice::WatchEvent& event);
    /// A watch folder was added, updated or removed (configs changed).
    void watchFoldersChanged();
    void progress(int finished, int total);
    void itemFinished(const sluice::ItemResult& result);
    void idle();
    /// The answer to requestEarlierEvents: newest first; fewer than `asked` means there are no more.
    void earlierEventsLoaded(const QList<sluice::Event>& newestFirst, int asked);

private:
    /// What the watch thread needs of a folder, shared with it under a mutex: whether it is paused, the
    /// files held meanwhile and the runner of its pipeline.
    struct FolderShared {
        QMutex mutex;
        bool paused = false;
        QList<WatchEvent> held; ///< events of files ready while paused, oldest first
        Runner* runner = nullptr;
    };
    struct Folder {
        WatchFolderConfig config;
        FolderWatcher* watcher = nullptr; ///< lives on m_watchThread
        std::shared_ptr<FolderShared> shared;
        QString pauseReason;
        WatchFolderStatus watcherStatus; ///< as the watcher last reported it
        QList<WaitingFile> gate;         ///< as the watcher last reported it
    };

    /// The runner of pipeline `spec` (empty = default), created on first use; null with `error` set when
    /// the pipeline cannot be loaded or is not valid.
    Runner* runnerFor(const QString& spec, QString* error);
    void connectRunner(Runner* runner);
    void startWatcher(Folder& folder);
    void stopWatcher(Folder& folder);
    /// Folders never watched: the result folder and the output folders named in the pipelines.
    QStringList excludedPaths() const;
    QString folderOfRoot(const QString& root) const;
    void onWatchEvent(const WatchEvent& event); ///< on the watch thread
    void onItemFinished(const ItemResult& result);
    /// Deletes old finished jobs from the store (Config::keepJobsDays, keepJobs), off this thread.
    void pruneJobs();
    void publishStatus(const QString& name);
    void publishWaiting(const QString& name);
    void refreshStats(const QString& name);
    void bumpStats(const QString& name, const std::function<void(WatchFolderStats&)>& change);

    Config m_config;
    Pipeline m_pipeline;
    EventLog m_log;
    StateStore m_store;
    std::unique_ptr<Runner> m_runner;                     ///< the default pipeline's
    std::map<QString, std::unique_ptr<Runner>> m_runners; ///< other pipelines, by file or name
    QThread m_watchThread;
    QStringList m_roots; ///< watch folder names, in the order added
    QHash<QString, Folder> m_folders;
    QHash<QString, QList<WaitingFile>> m_waiting;
    QHash<QString, WatchFolderStats> m_stats;
    QSet<QString> m_statsRefreshPending;
    FailureGuard m_guard;
    QHash<QString, QList<bool>>
        m_recentFailures; ///< watch folder → outcomes of its last files (true = failed)
    QList<QPointer<BatchRun>> m_batches;
    QThreadPool
        m_background;    ///< work started off this thread (folder expansion, registry reads); stop() waits
    QTimer m_pruneTimer; ///< pruneJobs() every Config::pruneIntervalMs
};

} // namespace sluice

Q_DECLARE_METATYPE(sluice::WatchFolderStats)
