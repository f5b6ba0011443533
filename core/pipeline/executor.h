#pragma once

#include "feedback.h"
#include "item.h"
#include "pipeline.h"
#include "retry_policy.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <functional>
#include <memory>
#include <optional>

namespace sluice {

/// The outcome of running one item through a pipeline: the result document written as
/// `<out>/<input name>.sluice.json`.
struct ItemResult {
    Item item;
    QString status;    ///< "ok", "failed" or "skipped"
    QJsonArray errors; ///< [{stage (node id), stage_type, message, transient}]
    /// [{stage (node id), stage_type, message}]: StageResult::warnings of the nodes that succeeded; an "ok"
    /// item with warnings was not done completely (members of an archive left out, …).
    QJsonArray warnings;
    /// node id → "done" | "failed" | "skipped" | "not_reached". "skipped": after an earlier failure, or
    /// the stage chose not to act (StageResult::skipped; its output then has {"skipped": reason}).
    QJsonObject nodeStatus;
    QDateTime started;
    qint64 durationMs = 0;
    QStringList
        followUps; ///< files the stages asked to be run as items of their own (StageResult::followUps)
    QStringList nodeOrder; ///< ids of the nodes that ran (done, failed or skipped by the stage), in order
    int retries = 0;       ///< stage runs repeated after a transient failure, over all nodes
    /// Nodes whose output came from the journal of an interrupted run instead of running again.
    QStringList reusedNodes;
    /// Where the file was set aside after failing for good (ErrorFolderPolicy); empty when it was not.
    QString movedTo;

    bool ok() const { return status == QStringLiteral("ok"); }
    /// "ok" with at least one warning.
    bool okWithWarnings() const { return ok() && !warnings.isEmpty(); }
    /// {source, status, pipeline, stages, errors, node_status, node_order, started, duration_ms}, plus
    /// warnings, retries, resumed_nodes and moved_to when not zero/empty; stages is keyed by node id (JSON
    /// objects keep no order), node_order gives the order they ran in.
    QJsonObject toJson(const QString& pipelineName) const;
};

/// Where the executor records side-effect nodes so that a run cut short (crash, kill -9) can resume
/// without repeating or losing them. Implemented by the Runner over the StateStore; may be called from
/// the executing (worker) thread.
class ExecutionJournal {
public:
    virtual ~ExecutionJournal() = default;
    /// The "after" record of `node` from an earlier, interrupted run of this job, if it finished there:
    /// {output, item: {path, size, mime, sha256}, active_ports, follow_ups}.
    virtual std::optional<QJsonObject> completed(const QString& node) = 0;
    /// Written before attempt `attempt` (1-based) of a side-effect node starts.
    virtual void before(const QString& node, const QString& stage, int attempt) = 0;
    /// Written after a side-effect node succeeded, with the record completed() gives back.
    virtual void after(const QString& node, const QJsonObject& record) = 0;
};

/// Runs one item through a validated pipeline, synchronously, on the calling thread.
///
/// Nodes run in topological order. A node with no incoming edges always runs; any other node runs when at
/// least one incoming edge comes from a node that finished and activated that edge's port. A failed node
/// stops the item: nodes after it are "skipped", except stages that declare runsAfterFailure() (a log
/// recording every file). Cancellation is checked before every node.
///
/// A node that fails transiently (StageResult::transient) is run again, with a fresh stage instance and the
/// item as it was before the attempt, after a backoff delay given by its RetryPolicy: the node's "retry"
/// object in the pipeline, else the executor's default. Its output then carries "attempts". Permanent
/// failures and cancellation are not retried.
///
/// With an ExecutionJournal, a stage with side effects (Stage::hasSideEffects) is recorded before every
/// attempt and after its success; a node the journal lists as completed is not run again: its recorded
/// output, item fields and active ports are reused and its output carries "resumed": true.
class PipelineExecutor {
public:
    /// Called before each node that is about to run with status "running" (0 ms), and after each node
    /// with its status ("done"/"failed"/"skipped") and milliseconds. Runs on the executing thread.
    using NodeCallback = std::function<void(const QString&, const QString&, qint64)>;

    explicit PipelineExecutor(const Pipeline& pipeline);
    ItemResult run(Item item, Feedback& feedback, const NodeCallback& onNode = {},
                   ExecutionJournal* journal = nullptr) const;

    /// The policy for nodes without a "retry" object (default: RetryPolicy()). Not thread-safe: set it
    /// before running.
    void setDefaultRetry(const RetryPolicy& policy) { m_defaultRetry = policy; }
    const RetryPolicy& defaultRetry() const { return m_defaultRetry; }
    /// The clock for backoff delays (default SystemSleeper::instance()); tests pass a fake one.
    void setSleeper(std::shared_ptr<Sleeper> sleeper) { m_sleeper = std::move(sleeper); }
    /// The policy that applies to `node`.
    RetryPolicy retryPolicyFor(const PipelineNode& node) const;

private:
    Pipeline m_pipeline;
    QStringList m_order;
    RetryPolicy m_defaultRetry;
    std::shared_ptr<Sleeper> m_sleeper = SystemSleeper::instance();
};

} // namespace sluice
