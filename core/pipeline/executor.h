#pragma once

#include "feedback.h"
#include "item.h"
#include "pipeline.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <functional>

namespace sluice {

/// The outcome of running one item through a pipeline: the result document written as
/// `<out>/<input name>.sluice.json`.
struct ItemResult {
    Item item;
    QString status;         ///< "ok", "failed" or "skipped"
    QJsonArray errors;      ///< [{stage (node id), stage_type, message, transient}]
    QJsonObject nodeStatus; ///< node id → "done" | "failed" | "skipped" | "not_reached"
    QDateTime started;
    qint64 durationMs = 0;
    QStringList
        followUps; ///< files the stages asked to be run as items of their own (StageResult::followUps)
    QStringList nodeOrder; ///< ids of the nodes that ran (done or failed), in the order they ran

    bool ok() const { return status == QStringLiteral("ok"); }
    /// {source, status, pipeline, stages, errors, node_status, node_order, started, duration_ms}; stages is
    /// keyed by node id (JSON objects keep no order), node_order gives the order they ran in.
    QJsonObject toJson(const QString& pipelineName) const;
};

/// Runs one item through a validated pipeline, synchronously, on the calling thread.
///
/// Nodes run in topological order. A node with no incoming edges always runs; any other node runs when at
/// least one incoming edge comes from a node that finished and activated that edge's port. A failed node
/// stops the item: nodes after it are "skipped", except stages that declare runsAfterFailure() (a log
/// recording every file). Cancellation is checked before every node.
class PipelineExecutor {
public:
    /// Called after each node: node id, status ("done"/"failed"/"skipped"), milliseconds.
    using NodeCallback = std::function<void(const QString&, const QString&, qint64)>;

    explicit PipelineExecutor(const Pipeline& pipeline);
    ItemResult run(Item item, Feedback& feedback, const NodeCallback& onNode = {}) const;

private:
    Pipeline m_pipeline;
    QStringList m_order;
};

} // namespace sluice
