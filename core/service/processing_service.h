#pragma once

#include "log/event_log.h"
#include "pipeline/executor.h"
#include "pipeline/pipeline.h"
#include "store/state_store.h"
#include "watch/folder_watcher.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QThread>
#include <QThreadPool>
#include <functional>
#include <memory>

namespace sluice {

class Runner;

/// Counts for one watch folder, shown in its pane.
struct WatchFolderStats {
    QString root;
    int processed = 0;
    int failed = 0;
    int waiting = 0; ///< files at the stability gate
    QString status;  ///< fixed code, not translated: "watching", or "error: " + the reason
};

/// The engine both front doors share: a StateStore, an EventLog, a Runner for one pipeline and a
/// FolderWatcher on its own thread, wired together. Files that become ready in a watch folder, and
/// files handed to processFiles(), are run through the pipeline; files already processed with the same
/// size and mtime (by the store's registry) are not run again.
/// Lives on the GUI (or CLI main) thread; does no file I/O there except opening the store.
class ProcessingService : public QObject {
    Q_OBJECT
public:
    struct Config {
        QString pipeline = QStringLiteral("inbox"); ///< file or built-in name
        QString statePath;                          ///< SQLite file; empty = StateStore::defaultPath()
        QString resultDir;                          ///< empty = <AppDataLocation>/results
        int jobs = 0;                               ///< worker threads; 0 = ideal thread count
        WatchOptions watch;
    };

    explicit ProcessingService(QObject* parent = nullptr);
    ~ProcessingService() override;

    /// Loads and validates the pipeline, opens the store, starts the watcher thread.
    /// Returns false with a message naming the problem.
    bool start(const Config& config, QString* error);
    /// Cancels running items, stops the watcher thread. Called by the destructor.
    void stop();

    EventLog* eventLog() { return &m_log; }
    const Pipeline& pipeline() const { return m_pipeline; }
    QString resultDir() const { return m_config.resultDir; }

    void addWatchFolder(const QString& root);
    void removeWatchFolder(const QString& root);
    QStringList watchFolders() const { return m_roots; }
    WatchFolderStats stats(const QString& root) const { return m_stats.value(root); }

    /// Processes files (folders are expanded recursively, off the calling thread) as one batch, whether
    /// processed before or not. Returns how many paths were handed over.
    int processFiles(const QStringList& paths);
    int pending() const;
    void cancelAll();

Q_SIGNALS:
    void statsChanged(const sluice::WatchFolderStats& stats);
    void progress(int finished, int total);
    void itemFinished(const sluice::ItemResult& result);
    void idle();

private:
    void onFileChanged(const QString& kind, const QString& path, const QString& root);
    void onWaitingChanged(const QString& root, int waiting);
    void onRootError(const QString& root, const QString& message);
    void onItemFinished(const ItemResult& result);
    void refreshStats(const QString& root);
    void bumpStats(const QString& root, const std::function<void(WatchFolderStats&)>& change);

    Config m_config;
    Pipeline m_pipeline;
    EventLog m_log;
    StateStore m_store;
    std::unique_ptr<Runner> m_runner;
    QThread m_watchThread;
    FolderWatcher* m_watcher = nullptr;
    QStringList m_roots;
    QHash<QString, WatchFolderStats> m_stats;
    QSet<QString> m_statsRefreshPending;
    QHash<QString, int> m_skippedSinceIdle; ///< watch root → files skipped as unchanged in this batch
    QThreadPool
        m_background; ///< work started off this thread (folder expansion, registry reads); stop() waits
};

} // namespace sluice

Q_DECLARE_METATYPE(sluice::WatchFolderStats)
