#include "pipeline_document.h"

#include "pipeline/stage_registry.h"
#include "snapshot_command.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace sluice {

namespace {

PipelineNode* findNode(Pipeline& p, const QString& id) {
    for (PipelineNode& n : p.nodes)
        if (n.id == id)
            return &n;
    return nullptr;
}

const PortSpec* findPort(const QList<PortSpec>& ports, const QString& name) {
    for (const PortSpec& p : ports)
        if (p.name == name)
            return &p;
    return nullptr;
}

QString uniqueIdIn(const Pipeline& pipeline, const QString& base) {
    QString clean = base;
    clean.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]")), QStringLiteral("_"));
    if (clean.isEmpty())
        clean = QStringLiteral("node");
    if (!pipeline.node(clean))
        return clean;
    static const QRegularExpression suffix(QStringLiteral("_\\d+$"));
    const QString stem = QString(clean).remove(suffix);
    for (int i = 2;; ++i) {
        const QString candidate = QStringLiteral("%1_%2").arg(stem).arg(i);
        if (!pipeline.node(candidate))
            return candidate;
    }
}

} // namespace

PipelineDocument::PipelineDocument(QObject* parent) : QObject(parent) {
    m_pipeline.name = tr("untitled");
}

QByteArray PipelineDocument::snapshot() const {
    return QJsonDocument(m_pipeline.toJsonObject()).toJson(QJsonDocument::Compact);
}

void PipelineDocument::reset(const Pipeline& pipeline, const QString& path) {
    m_pipeline = pipeline;
    m_path = path;
    m_undo.clear();
    Q_EMIT changed();
}

void PipelineDocument::apply(const Pipeline& after, const QString& text, const QString& mergeKey) {
    const QByteArray before = snapshot();
    const QByteArray next = QJsonDocument(after.toJsonObject()).toJson(QJsonDocument::Compact);
    if (before == next)
        return;
    m_undo.push(new SnapshotCommand(this, before, next, text, mergeKey));
}

void PipelineDocument::restoreSnapshot(const QByteArray& json) {
    Pipeline p;
    if (Pipeline::fromJson(json, p, nullptr)) {
        m_pipeline = p;
        Q_EMIT changed();
    }
}

QList<PortSpec> PipelineDocument::inputsOf(const QString& nodeId) const {
    const PipelineNode* node = m_pipeline.node(nodeId);
    const std::unique_ptr<Stage> stage = node ? StageRegistry::instance().create(node->stage) : nullptr;
    return stage ? stage->inputs() : QList<PortSpec>{};
}

QList<PortSpec> PipelineDocument::outputsOf(const QString& nodeId) const {
    const PipelineNode* node = m_pipeline.node(nodeId);
    const std::unique_ptr<Stage> stage = node ? StageRegistry::instance().create(node->stage) : nullptr;
    return stage ? stage->outputs(StageRegistry::withDefaults(*stage, node->params)) : QList<PortSpec>{};
}

QString PipelineDocument::uniqueId(const QString& base) const {
    return uniqueIdIn(m_pipeline, base);
}

QString PipelineDocument::addNode(const QString& stage, const QPointF& position) {
    const std::unique_ptr<Stage> s = StageRegistry::instance().create(stage);
    if (!s)
        return {};
    Pipeline p = m_pipeline;
    PipelineNode node;
    node.id = uniqueId(stage);
    node.stage = stage;
    node.position = position;
    p.nodes.append(node);
    apply(p, tr("Add %1").arg(s->displayName()));
    return node.id;
}

QString PipelineDocument::connectionProblem(const PipelineEdge& edge) const {
    if (!m_pipeline.node(edge.from) || !m_pipeline.node(edge.to))
        return tr("both ends must be nodes of this pipeline");
    if (edge.from == edge.to)
        return tr("a node cannot feed itself");
    const QList<PortSpec> outs = outputsOf(edge.from);
    const QList<PortSpec> ins = inputsOf(edge.to);
    const PortSpec* out = findPort(outs, edge.fromPort);
    const PortSpec* in = findPort(ins, edge.toPort);
    if (!out)
        return tr("node '%1' has no output '%2'").arg(edge.from, edge.fromPort);
    if (!in)
        return tr("node '%1' has no input '%2'").arg(edge.to, edge.toPort);
    if (!portTypesCompatible(out->type, in->type))
        return tr("a '%1' output cannot feed a '%2' input (only equal types, or 'file' on either side, "
                  "connect)")
            .arg(out->type, in->type);
    if (m_pipeline.edges.contains(edge))
        return tr("these ports are already connected");
    Pipeline p = m_pipeline;
    p.edges.append(edge);
    QStringList cycle;
    if (p.topologicalOrder(&cycle).isEmpty())
        return tr("this connection would make a cycle through: %1").arg(cycle.join(QStringLiteral(", ")));
    return {};
}

QString PipelineDocument::connectPorts(const PipelineEdge& edge) {
    const QString problem = connectionProblem(edge);
    if (!problem.isEmpty())
        return problem;
    Pipeline p = m_pipeline;
    p.edges.append(edge);
    apply(p, tr("Connect %1 → %2").arg(edge.from, edge.to));
    return {};
}

void PipelineDocument::removeItems(const QStringList& nodeIds, const QList<PipelineEdge>& edges) {
    Pipeline p = m_pipeline;
    const QSet<QString> gone(nodeIds.begin(), nodeIds.end());
    p.nodes.removeIf([&](const PipelineNode& n) { return gone.contains(n.id); });
    p.edges.removeIf([&](const PipelineEdge& e) {
        return gone.contains(e.from) || gone.contains(e.to) || edges.contains(e);
    });
    apply(p, nodeIds.isEmpty() ? tr("Delete connection")
                               : tr("Delete %n node(s)", nullptr, int(nodeIds.size())));
}

void PipelineDocument::moveNodes(const QHash<QString, QPointF>& positions, const QString& text) {
    Pipeline p = m_pipeline;
    for (auto it = positions.constBegin(); it != positions.constEnd(); ++it)
        if (PipelineNode* n = findNode(p, it.key()))
            n->position = it.value();
    apply(p, text.isEmpty() ? tr("Move %n node(s)", nullptr, int(positions.size())) : text);
}

void PipelineDocument::setParameter(const QString& nodeId, const QString& name, const QJsonValue& value) {
    Pipeline p = m_pipeline;
    PipelineNode* n = findNode(p, nodeId);
    if (!n)
        return;
    if (value.isUndefined())
        n->params.remove(name);
    else
        n->params.insert(name, value);
    apply(p, tr("Set %1.%2").arg(nodeId, name), QStringLiteral("param:%1:%2").arg(nodeId, name));
}

void PipelineDocument::setLabel(const QString& nodeId, const QString& label) {
    Pipeline p = m_pipeline;
    if (PipelineNode* n = findNode(p, nodeId))
        n->label = label;
    apply(p, tr("Rename %1").arg(nodeId), QStringLiteral("label:%1").arg(nodeId));
}

QString PipelineDocument::renameNode(const QString& nodeId, const QString& newId) {
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9_-]+$"));
    if (newId == nodeId)
        return {};
    if (!idPattern.match(newId).hasMatch())
        return tr("a node id is letters, digits, '_' or '-'");
    if (m_pipeline.node(newId))
        return tr("another node is called '%1'").arg(newId);
    Pipeline p = m_pipeline;
    if (PipelineNode* n = findNode(p, nodeId))
        n->id = newId;
    for (PipelineEdge& e : p.edges) {
        if (e.from == nodeId)
            e.from = newId;
        if (e.to == nodeId)
            e.to = newId;
    }
    apply(p, tr("Rename node %1 to %2").arg(nodeId, newId));
    return {};
}

void PipelineDocument::setInfo(const QString& name, const QString& description) {
    Pipeline p = m_pipeline;
    p.name = name;
    p.description = description;
    apply(p, tr("Edit pipeline name"), QStringLiteral("info"));
}

Pipeline PipelineDocument::fragment(const QStringList& nodeIds) const {
    Pipeline f;
    f.name = m_pipeline.name;
    const QSet<QString> ids(nodeIds.begin(), nodeIds.end());
    for (const PipelineNode& n : m_pipeline.nodes)
        if (ids.contains(n.id))
            f.nodes.append(n);
    for (const PipelineEdge& e : m_pipeline.edges)
        if (ids.contains(e.from) && ids.contains(e.to))
            f.edges.append(e);
    return f;
}

QStringList PipelineDocument::insertFragment(const Pipeline& fragment, const QPointF& offset) {
    Pipeline p = m_pipeline;
    QHash<QString, QString> newIds;
    QStringList added;
    for (PipelineNode n : fragment.nodes) {
        const QString id = uniqueIdIn(p, n.id);
        newIds.insert(n.id, id);
        n.id = id;
        n.position += offset;
        p.nodes.append(n);
        added.append(id);
    }
    for (PipelineEdge e : fragment.edges) {
        if (!newIds.contains(e.from) || !newIds.contains(e.to))
            continue;
        e.from = newIds.value(e.from);
        e.to = newIds.value(e.to);
        p.edges.append(e);
    }
    apply(p, tr("Paste %n node(s)", nullptr, int(added.size())));
    return added;
}

} // namespace sluice
