#include "executor.h"

#include "stage_registry.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QSet>

namespace sluice {

QJsonObject ItemResult::toJson(const QString& pipelineName) const {
    QJsonObject o;
    o.insert(QStringLiteral("source"), item.sourceJson());
    o.insert(QStringLiteral("status"), status);
    o.insert(QStringLiteral("pipeline"), pipelineName);
    o.insert(QStringLiteral("stages"), item.results);
    o.insert(QStringLiteral("errors"), errors);
    if (!warnings.isEmpty())
        o.insert(QStringLiteral("warnings"), warnings);
    o.insert(QStringLiteral("node_status"), nodeStatus);
    o.insert(QStringLiteral("node_order"), QJsonArray::fromStringList(nodeOrder));
    o.insert(QStringLiteral("started"), started.toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("duration_ms"), durationMs);
    if (retries > 0)
        o.insert(QStringLiteral("retries"), retries);
    if (!reusedNodes.isEmpty())
        o.insert(QStringLiteral("resumed_nodes"), QJsonArray::fromStringList(reusedNodes));
    if (!movedTo.isEmpty())
        o.insert(QStringLiteral("moved_to"), movedTo);
    return o;
}

PipelineExecutor::PipelineExecutor(const Pipeline& pipeline)
    : m_pipeline(pipeline), m_order(pipeline.topologicalOrder()) {}

RetryPolicy PipelineExecutor::retryPolicyFor(const PipelineNode& node) const {
    return node.retry.isEmpty() ? m_defaultRetry : RetryPolicy::fromJson(node.retry, m_defaultRetry);
}

ItemResult PipelineExecutor::run(Item item, Feedback& feedback, const NodeCallback& onNode,
                                 ExecutionJournal* journal) const {
    auto tr = [](const char* text) {
        return QCoreApplication::translate("sluice::PipelineExecutor", text);
    };
    ItemResult result;
    result.started = QDateTime::currentDateTimeUtc();
    QElapsedTimer total;
    total.start();

    // Which output ports of each finished node carry the item on.
    QHash<QString, QSet<QString>> activePorts;
    bool failed = false;

    auto addError = [&](const PipelineNode& node, const QString& message, bool transient, int attempts) {
        result.errors.append(QJsonObject{{QStringLiteral("stage"), node.id},
                                         {QStringLiteral("stage_type"), node.stage},
                                         {QStringLiteral("message"), message},
                                         {QStringLiteral("transient"), transient},
                                         {QStringLiteral("attempts"), attempts}});
    };

    for (const QString& id : m_order) {
        const PipelineNode* node = m_pipeline.node(id);
        const QList<PipelineEdge> in = m_pipeline.incoming(id);
        bool reached = in.isEmpty();
        for (const PipelineEdge& e : in)
            if (activePorts.value(e.from).contains(e.fromPort))
                reached = true;
        if (!reached) {
            result.nodeStatus.insert(id, QStringLiteral("not_reached"));
            continue;
        }
        std::unique_ptr<Stage> stage = StageRegistry::instance().create(node->stage);
        if (failed && !(stage && stage->runsAfterFailure())) {
            // Skipped nodes pass reach on, so that a later node that runs after failures (the log) is
            // reached however many nodes lie between it and the failure.
            if (stage) {
                QSet<QString> ports;
                for (const PortSpec& p : stage->outputs(StageRegistry::withDefaults(*stage, node->params)))
                    ports.insert(p.name);
                activePorts.insert(id, ports);
            }
            result.nodeStatus.insert(id, QStringLiteral("skipped"));
            if (onNode)
                onNode(id, QStringLiteral("skipped"), 0);
            continue;
        }
        if (onNode)
            onNode(id, QStringLiteral("running"), 0);
        QElapsedTimer timer;
        timer.start();
        StageResult out;
        int attempts = 0;
        if (!stage) {
            out = StageResult::failure(tr("unknown stage '%1'").arg(node->stage));
        } else {
            feedback.setProgress(0);
            const QJsonObject params = StageRegistry::withDefaults(*stage, node->params);
            const bool journaled = journal && stage->hasSideEffects();
            const std::optional<QJsonObject> recorded =
                journaled ? journal->completed(id) : std::optional<QJsonObject>();
            if (recorded) {
                // Finished before the interruption: reuse what it did instead of doing it twice.
                out = StageResult::success(recorded->value(QStringLiteral("output")).toObject());
                out.output.insert(QStringLiteral("resumed"), true);
                const QJsonObject state = recorded->value(QStringLiteral("item")).toObject();
                item.path = state.value(QStringLiteral("path")).toString(item.path);
                item.size = state.value(QStringLiteral("size")).toInteger(item.size);
                item.mime = state.value(QStringLiteral("mime")).toString(item.mime);
                item.sha256 = state.value(QStringLiteral("sha256")).toString(item.sha256);
                for (const QJsonValue& p : recorded->value(QStringLiteral("active_ports")).toArray())
                    out.activePorts.append(p.toString());
                for (const QJsonValue& f : recorded->value(QStringLiteral("follow_ups")).toArray())
                    out.followUps.append(f.toString());
                for (const QJsonValue& w : recorded->value(QStringLiteral("warnings")).toArray())
                    out.warnings.append(w.toString());
                result.reusedNodes.append(id);
            } else {
                const RetryPolicy policy = retryPolicyFor(*node);
                const Item before = item;
                for (attempts = 1;; ++attempts) {
                    if (feedback.isCanceled()) {
                        out = StageResult::failure(tr("canceled"));
                        break;
                    }
                    if (attempts > 1) {
                        item = before; // a failed attempt may have changed fields; start clean
                        stage = StageRegistry::instance().create(node->stage);
                    }
                    if (journaled)
                        journal->before(id, node->stage, attempts);
                    try {
                        out = stage->process(item, params, feedback);
                    } catch (const std::exception& ex) {
                        out = StageResult::failure(
                            tr("internal error: %1").arg(QString::fromLocal8Bit(ex.what())));
                    } catch (...) {
                        out = StageResult::failure(tr("internal error"));
                    }
                    if (out.ok && feedback.isCanceled())
                        out = StageResult::failure(tr("canceled"));
                    if (out.ok || !out.transient || feedback.isCanceled() || attempts >= policy.attempts)
                        break;
                    const qint64 delay = policy.delayMs(attempts, m_sleeper->random());
                    feedback.info(tr("%1: %2; retry %3 of %4 in %5 ms")
                                      .arg(id, out.error)
                                      .arg(attempts)
                                      .arg(policy.attempts - 1)
                                      .arg(delay));
                    ++result.retries;
                    if (!m_sleeper->sleep(delay, feedback)) {
                        out = StageResult::failure(tr("canceled"));
                        break;
                    }
                }
                if (out.ok && out.skipped.isEmpty() && journaled) {
                    QJsonObject record;
                    record.insert(QStringLiteral("output"), out.output);
                    record.insert(QStringLiteral("item"),
                                  QJsonObject{{QStringLiteral("path"), item.path},
                                              {QStringLiteral("size"), item.size},
                                              {QStringLiteral("mime"), item.mime},
                                              {QStringLiteral("sha256"), item.sha256}});
                    record.insert(QStringLiteral("active_ports"),
                                  QJsonArray::fromStringList(out.activePorts));
                    record.insert(QStringLiteral("follow_ups"), QJsonArray::fromStringList(out.followUps));
                    if (!out.warnings.isEmpty())
                        record.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(out.warnings));
                    journal->after(id, record);
                }
            }
            {
                // A failed node reaches all its successors, so that they are reported as skipped.
                QSet<QString> ports;
                if (!out.ok || out.activePorts.isEmpty()) {
                    for (const PortSpec& p : stage->outputs(params))
                        ports.insert(p.name);
                } else {
                    for (const QString& p : out.activePorts)
                        ports.insert(p);
                }
                activePorts.insert(id, ports);
            }
        }
        const qint64 ms = timer.elapsed();
        QJsonObject output = out.output;
        if (attempts > 1)
            output.insert(QStringLiteral("attempts"), attempts);
        if (!out.ok) {
            output.insert(QStringLiteral("error"), out.error);
            addError(*node, out.error, out.transient, qMax(1, attempts));
            failed = true;
        }
        const bool skippedByStage = out.ok && !out.skipped.isEmpty();
        if (skippedByStage)
            output.insert(QStringLiteral("skipped"), out.skipped);
        output.insert(QStringLiteral("duration_ms"), ms);
        item.results.insert(id, output);
        result.nodeOrder.append(id);
        if (out.ok) {
            result.followUps += out.followUps;
            // A stage may list warnings only in its output ("warnings": ["…"], e.g. a truncated zip read
            // from its local headers); they are warnings of the item all the same, so that the CLI and the
            // event log show "OK with warnings" and not a plain "ok".
            QStringList warnings = out.warnings;
            for (const QJsonValue& w : out.output.value(QStringLiteral("warnings")).toArray())
                if (w.isString() && !warnings.contains(w.toString()))
                    warnings.append(w.toString());
            for (const QString& w : std::as_const(warnings))
                result.warnings.append(QJsonObject{{QStringLiteral("stage"), node->id},
                                                   {QStringLiteral("stage_type"), node->stage},
                                                   {QStringLiteral("message"), w}});
        }
        const QString status = skippedByStage ? QStringLiteral("skipped")
                               : out.ok       ? QStringLiteral("done")
                                              : QStringLiteral("failed");
        result.nodeStatus.insert(id, status);
        if (onNode)
            onNode(id, status, ms);
    }

    result.status = failed ? QStringLiteral("failed") : QStringLiteral("ok");
    result.item = std::move(item);
    result.durationMs = total.elapsed();
    return result;
}

} // namespace sluice
