#include "dry_run.h"

#include "stage_registry.h"
#include "stages/mime_stage.h"
#include "stages/route_rules.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QSet>

namespace sluice {

DryRunPlan planDryRun(const Pipeline& pipeline, const QString& path) {
    DryRunPlan plan;
    plan.path = path;
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable()) {
        plan.error = QCoreApplication::translate("sluice::DryRun", "cannot read '%1'").arg(path);
        return plan;
    }
    plan.size = info.size();
    const QMimeType mime = detectMime(path).type; // as the mime stage does: content, refined by name
    plan.mime = mime.name();

    route::RouteSubject subject;
    subject.fileName = info.fileName();
    subject.size = plan.size;
    subject.mime = mime;

    // node id → (output port → carries the file "for sure" (true) or only maybe (false)).
    QHash<QString, QHash<QString, bool>> active;
    const StageRegistry& registry = StageRegistry::instance();
    for (const QString& id : pipeline.topologicalOrder()) {
        const PipelineNode* node = pipeline.node(id);
        const QList<PipelineEdge> in = pipeline.incoming(id);
        bool reached = in.isEmpty();
        bool sure = in.isEmpty();
        for (const PipelineEdge& e : in) {
            const auto ports = active.value(e.from);
            if (ports.contains(e.fromPort)) {
                reached = true;
                sure = sure || ports.value(e.fromPort);
            }
        }
        if (!reached)
            continue;
        plan.nodes.append(id);
        if (!sure)
            plan.maybeNodes.append(id);
        const std::unique_ptr<Stage> stage = registry.create(node->stage);
        if (!stage)
            continue;
        const QJsonObject params = StageRegistry::withDefaults(*stage, node->params);
        QHash<QString, bool> ports;
        if (node->stage == QLatin1String("route")) {
            RouteDecision decision;
            decision.node = id;
            decision.port = params.value(QStringLiteral("default_port")).toString(QStringLiteral("other"));
            const QJsonArray rules = params.value(QStringLiteral("rules")).toArray();
            for (qsizetype i = 0; i < rules.size(); ++i) {
                const route::RuleMatch match = route::matchRule(rules.at(i).toObject(), subject);
                if (match == route::RuleMatch::NoMatch)
                    continue;
                if (match == route::RuleMatch::AtRunTime) {
                    decision.atRunTime = true;
                    decision.port.clear();
                } else {
                    decision.rule = int(i);
                    decision.port = rules.at(i).toObject().value(QStringLiteral("port")).toString();
                }
                break;
            }
            plan.decisions.append(decision);
            if (decision.atRunTime) {
                for (const PortSpec& p : stage->outputs(params))
                    ports.insert(p.name, false);
            } else {
                ports.insert(decision.port, sure);
            }
        } else {
            for (const PortSpec& p : stage->outputs(params))
                ports.insert(p.name, sure);
        }
        active.insert(id, ports);
    }
    return plan;
}

} // namespace sluice
