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
    o.insert(QStringLiteral("node_status"), nodeStatus);
    o.insert(QStringLiteral("node_order"), QJsonArray::fromStringList(nodeOrder));
    o.insert(QStringLiteral("started"), started.toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("duration_ms"), durationMs);
    return o;
}

PipelineExecutor::PipelineExecutor(const Pipeline& pipeline)
    : m_pipeline(pipeline), m_order(pipeline.topologicalOrder()) {}

ItemResult PipelineExecutor::run(Item item, Feedback& feedback, const NodeCallback& onNode) const {
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

    auto addError = [&](const PipelineNode& node, const QString& message, bool transient) {
        result.errors.append(QJsonObject{{QStringLiteral("stage"), node.id},
                                         {QStringLiteral("stage_type"), node.stage},
                                         {QStringLiteral("message"), message},
                                         {QStringLiteral("transient"), transient}});
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
        QElapsedTimer timer;
        timer.start();
        StageResult out;
        if (!stage) {
            out = StageResult::failure(tr("unknown stage '%1'").arg(node->stage));
        } else {
            feedback.setProgress(0);
            const QJsonObject params = StageRegistry::withDefaults(*stage, node->params);
            if (feedback.isCanceled()) {
                out = StageResult::failure(tr("canceled"));
            } else {
                try {
                    out = stage->process(item, params, feedback);
                } catch (const std::exception& ex) {
                    out =
                        StageResult::failure(tr("internal error: %1").arg(QString::fromLocal8Bit(ex.what())));
                } catch (...) {
                    out = StageResult::failure(tr("internal error"));
                }
                if (out.ok && feedback.isCanceled())
                    out = StageResult::failure(tr("canceled"));
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
        if (!out.ok) {
            output.insert(QStringLiteral("error"), out.error);
            addError(*node, out.error, out.transient);
            failed = true;
        }
        output.insert(QStringLiteral("duration_ms"), ms);
        item.results.insert(id, output);
        result.nodeOrder.append(id);
        if (out.ok)
            result.followUps += out.followUps;
        const QString status = out.ok ? QStringLiteral("done") : QStringLiteral("failed");
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
