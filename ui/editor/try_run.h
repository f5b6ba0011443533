#pragma once

#include "pipeline/executor.h"
#include "pipeline/pipeline.h"

#include <QFutureWatcher>
#include <QObject>
#include <memory>

namespace sluice {

class Feedback;

/// Runs one sample file through a pipeline off the GUI thread (QtConcurrent, PipelineExecutor) and
/// reports each node's status as it happens, for the editor's "Try it". Nothing is written to the
/// state store or the results folder; stages with side effects (a log, an extraction) do run, into the
/// folders their parameters name.
class TryRun : public QObject {
    Q_OBJECT
public:
    explicit TryRun(QObject* parent = nullptr);
    /// Cancels a run under way and waits for it.
    ~TryRun() override;

    /// Starts a run of `pipeline` (which must validate) on `path`. Returns false with `error` when it
    /// cannot start (a run is under way, the pipeline has problems, the file cannot be read).
    bool start(const Pipeline& pipeline, const QString& path, QString* error);
    bool isRunning() const;
    void cancel();
    /// The result of the last finished run.
    const ItemResult& result() const { return m_result; }

Q_SIGNALS:
    /// A node changed state: "running", then "done", "failed" or "skipped"; `ms` for done/failed.
    void nodeStatus(const QString& nodeId, const QString& status, qint64 ms);
    void finished(const sluice::ItemResult& result);

private:
    QFutureWatcher<ItemResult> m_watcher;
    std::shared_ptr<Feedback> m_feedback;
    ItemResult m_result;
};

} // namespace sluice
