#pragma once

#include "pipeline/executor.h"
#include "pipeline/pipeline.h"
#include "pipeline/run_metrics.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QStringList>
#include <QThreadPool>
#include <memory>

namespace sluice {

class EventLog;
class Runner;
class StateStore;

/// One batch of files and folders dropped on the window (or chosen), run once through a pipeline of the
/// user's choice, with pause, resume, cancel, progress and an estimate of the time left.
///
/// It owns a Runner on the shared StateStore and EventLog and feeds it at most `workers` files at a time
/// from its own queue, so that pausing only stops feeding (files already running finish) and cancelling
/// drops the queue and asks running stages to stop. Folders are expanded recursively off the calling
/// thread. Lives on the GUI thread; signals come on it.
class BatchRun : public QObject {
    Q_OBJECT
public:
    /// `pipeline` must be valid; `store` and `log` may be null. `workers` is clamped to 1..64.
    BatchRun(const Pipeline& pipeline, StateStore* store, EventLog* log, const QString& resultDir,
             int workers, QObject* parent = nullptr);
    ~BatchRun() override;

    const Pipeline& pipeline() const { return m_pipeline; }
    int workers() const { return m_workers; }

    /// Adds files and folders (folders recursively); may be called again while the batch runs.
    void start(const QStringList& paths);
    /// Stops handing out new files; running ones finish.
    void pause();
    void resume();
    /// Drops the files not started (they count as canceled) and cancels the running ones.
    void cancel();

    bool isPaused() const { return m_paused; }
    bool isCanceled() const { return m_canceled; }
    /// True once every file of the batch finished (or was dropped by cancel).
    bool isDone() const;

    int total() const { return m_total; }
    int finishedCount() const { return m_finished; }
    int canceledCount() const { return m_canceledCount; }
    /// Files of the batch still waiting in the batch's own queue.
    int queuedCount() const { return int(m_queue.size()); }
    /// Estimated milliseconds until the batch is done, from the pace so far (time running, not paused,
    /// per finished file, times the files left, divided by nothing: the pace already includes the
    /// parallel workers); -1 before the first file finished or when done.
    qint64 etaMs() const;
    /// Milliseconds the batch has been running, not counting pauses.
    qint64 activeMs() const;
    /// Progress (0–100 %) of the stage now running on `path`, -1 when it is not running.
    double progressOf(const QString& path) const;
    RunMetrics metrics() const;
    /// The results of the files that failed, in the order they finished.
    QList<ItemResult> failures() const { return m_failures; }

Q_SIGNALS:
    /// Files of the batch found (after folder expansion), in queue order.
    void filesAdded(const QStringList& paths);
    void itemStarted(const QString& path);
    void itemFinished(const sluice::ItemResult& result);
    /// `finished` of `total` files of this batch.
    void progress(int finished, int total);
    void pausedChanged(bool paused);
    /// Every file is done or was canceled.
    void done();

private:
    /// Queues `files`; `unopenable` (names fileops::filesUnder could not represent) finish at once as
    /// failed items.
    void addFiles(const QStringList& files, const QStringList& unopenable = {});
    void feed();
    void onItemFinished(const ItemResult& result);
    void checkDone();

    Pipeline m_pipeline;
    std::unique_ptr<Runner> m_runner;
    QThreadPool m_expander; ///< expands dropped folders; waited for in the destructor
    int m_workers;
    QStringList m_queue;
    int m_inRunner = 0;
    int m_total = 0;
    int m_finished = 0;
    int m_canceledCount = 0;
    int m_expanding = 0;
    bool m_paused = false;
    bool m_canceled = false;
    bool m_doneSignalled = false;
    QElapsedTimer m_clock;
    qint64 m_pausedMs = 0;
    qint64 m_pausedSince = -1;
    QList<ItemResult> m_failures;
};

} // namespace sluice
