#include "editor_scene.h"

#include "edge_item.h"
#include "node_item.h"
#include "pipeline/stage_registry.h"
#include "pipeline_document.h"
#include "port_item.h"

#include <QGraphicsPathItem>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QPainter>
#include <QSet>

namespace sluice {

namespace {

QString edgeKey(const PipelineEdge& e) {
    return QStringList{e.from, e.fromPort, e.to, e.toPort}.join(QChar(0x1f));
}

NodeLook lookOf(const PipelineNode& node, const QStringList& problems) {
    NodeLook look;
    look.id = node.id;
    look.problems = problems;
    const std::unique_ptr<Stage> stage = StageRegistry::instance().create(node.stage);
    if (stage) {
        look.title = node.label.isEmpty() ? stage->displayName() : node.label;
        look.group = stage->group();
        look.inputs = stage->inputs();
        look.outputs = stage->outputs(StageRegistry::withDefaults(*stage, node.params));
    } else {
        look.title = node.label.isEmpty() ? node.stage : node.label;
        look.unknownStage = true;
        look.inputs = {PortSpec{QStringLiteral("in"), QStringLiteral("file")}};
    }
    look.subtitle = QStringLiteral("%1 · %2").arg(node.id, node.stage);
    return look;
}

} // namespace

EditorScene::EditorScene(PipelineDocument* document, QObject* parent)
    : QGraphicsScene(parent), m_document(document) {
    setItemIndexMethod(QGraphicsScene::NoIndex); // many moving items: the BSP tree costs more than it saves
    m_routeTimer.setSingleShot(true);
    m_routeTimer.setInterval(0);
    connect(&m_routeTimer, &QTimer::timeout, this, &EditorScene::routeEdges);
    connect(m_document, &PipelineDocument::changed, this, &EditorScene::sync);
    connect(this, &QGraphicsScene::selectionChanged, this, [this] {
        const QStringList ids = selectedNodeIds();
        Q_EMIT nodeSelected(ids.size() == 1 && selectedEdges().isEmpty() ? ids.first() : QString());
    });
    sync();
}

EditorScene::~EditorScene() {
    disconnect(this, nullptr, nullptr, nullptr);
    qDeleteAll(m_edges);
    m_edges.clear();
    qDeleteAll(m_nodes);
    m_nodes.clear();
}

EdgeItem* EditorScene::edgeItem(const PipelineEdge& edge) const {
    return m_edges.value(edgeKey(edge));
}

QStringList EditorScene::selectedNodeIds() const {
    QStringList ids;
    for (const PipelineNode& n : m_document->pipeline().nodes)
        if (NodeItem* item = m_nodes.value(n.id); item && item->isSelected())
            ids.append(n.id);
    return ids;
}

QList<PipelineEdge> EditorScene::selectedEdges() const {
    QList<PipelineEdge> edges;
    for (EdgeItem* e : m_edges)
        if (e->isSelected())
            edges.append(e->edge());
    return edges;
}

void EditorScene::selectNode(const QString& id) {
    clearSelection();
    if (NodeItem* item = m_nodes.value(id))
        item->setSelected(true);
}

void EditorScene::resetRunStatus(bool clear) {
    m_runStatus.clear();
    for (NodeItem* n : std::as_const(m_nodes)) {
        n->setRunStatus(clear ? QString() : QStringLiteral("waiting"));
        if (!clear)
            m_runStatus.insert(n->id(), QStringLiteral("waiting"));
    }
    for (EdgeItem* e : std::as_const(m_edges))
        e->setActive(false);
}

void EditorScene::setRunStatus(const QString& nodeId, const QString& status, qint64 ms) {
    m_runStatus.insert(nodeId, status);
    if (NodeItem* n = m_nodes.value(nodeId))
        n->setRunStatus(status, ms);
    if (status == QLatin1String("running") || status == QLatin1String("done") ||
        status == QLatin1String("failed"))
        for (EdgeItem* e : std::as_const(m_edges))
            if (e->edge().to == nodeId)
                e->setActive(m_runStatus.value(e->edge().from) == QLatin1String("done"));
}

void EditorScene::sync() {
    const Pipeline& pipeline = m_document->pipeline();
    m_issues = pipeline.validate();
    QHash<QString, QStringList> problems;
    for (const ValidationIssue& issue : std::as_const(m_issues))
        if (!issue.node.isEmpty())
            problems[issue.node].append(issue.param.isEmpty()
                                            ? issue.message
                                            : QStringLiteral("%1: %2").arg(issue.param, issue.message));

    QSet<QString> seen;
    for (const PipelineNode& node : pipeline.nodes) {
        if (seen.contains(node.id))
            continue; // a duplicate id (reported by validation) gets no second card
        seen.insert(node.id);
        const NodeLook look = lookOf(node, problems.value(node.id));
        NodeItem* item = m_nodes.value(node.id);
        if (!item) {
            item = new NodeItem(look);
            addItem(item);
            m_nodes.insert(node.id, item);
        } else {
            item->setLook(look);
        }
        if (item->pos() != node.position)
            item->setPos(node.position);
    }

    QSet<QString> wanted;
    for (const PipelineEdge& e : pipeline.edges)
        if (seen.contains(e.from) && seen.contains(e.to))
            wanted.insert(edgeKey(e));
    for (auto it = m_edges.begin(); it != m_edges.end();) {
        if (!wanted.contains(it.key())) {
            delete it.value();
            it = m_edges.erase(it);
        } else {
            it.value()->updatePath();
            ++it;
        }
    }
    for (auto it = m_nodes.begin(); it != m_nodes.end();) {
        if (!seen.contains(it.key())) {
            delete it.value();
            it = m_nodes.erase(it);
        } else {
            ++it;
        }
    }
    for (const PipelineEdge& e : pipeline.edges) {
        const QString key = edgeKey(e);
        if (!wanted.contains(key) || m_edges.contains(key))
            continue;
        auto* item = new EdgeItem(e, m_nodes.value(e.from), m_nodes.value(e.to));
        addItem(item);
        m_edges.insert(key, item);
    }
    updateConnectedFlags();
    routeEdges(); // with every node in place
    Q_EMIT validated(m_issues);
}

void EditorScene::routeEdges() {
    m_routeTimer.stop();
    EdgeItem::NodeCards cards;
    cards.reserve(m_nodes.size());
    for (const NodeItem* n : std::as_const(m_nodes))
        cards.append({n, n->sceneCardRect()});
    for (EdgeItem* e : std::as_const(m_edges))
        e->updatePath(cards);
}

void EditorScene::scheduleEdgeRouting() {
    if (!m_routeTimer.isActive())
        m_routeTimer.start();
}

void EditorScene::updateConnectedFlags() {
    QSet<QString> connected;
    for (const PipelineEdge& e : m_document->pipeline().edges) {
        connected.insert(e.from + QLatin1String("\x1fo\x1f") + e.fromPort);
        connected.insert(e.to + QLatin1String("\x1fi\x1f") + e.toPort);
    }
    for (NodeItem* n : std::as_const(m_nodes))
        for (PortItem* p : n->ports())
            p->setConnected(connected.contains(
                n->id() + (p->isOutput() ? QLatin1String("\x1fo\x1f") : QLatin1String("\x1fi\x1f")) +
                p->name()));
}

QTransform EditorScene::viewTransform() const {
    const QList<QGraphicsView*> v = views();
    return v.isEmpty() ? QTransform() : v.first()->transform();
}

PortItem* EditorScene::portAt(const QPointF& scenePos) const {
    for (QGraphicsItem* item : items(scenePos, Qt::IntersectsItemShape, Qt::DescendingOrder, viewTransform()))
        if (item->type() == PortItem::Type)
            return static_cast<PortItem*>(item);
    return nullptr;
}

PipelineEdge EditorScene::edgeBetween(const PortItem* a, const PortItem* b) const {
    const PortItem* out = a->isOutput() ? a : b;
    const PortItem* in = a->isOutput() ? b : a;
    PipelineEdge e;
    e.from = out->node()->id();
    e.fromPort = out->name();
    e.to = in->node()->id();
    e.toPort = in->name();
    return e;
}

void EditorScene::mousePressEvent(QGraphicsSceneMouseEvent* event) {
    if (event->button() == Qt::LeftButton) {
        if (PortItem* port = portAt(event->scenePos())) {
            m_dragPort = port;
            m_dragLine = new QGraphicsPathItem;
            QPen pen(QColor(0x1e, 0x6f, 0xd9), 2, Qt::DashLine);
            pen.setCapStyle(Qt::RoundCap);
            m_dragLine->setPen(pen);
            m_dragLine->setZValue(3);
            addItem(m_dragLine);
            for (NodeItem* n : std::as_const(m_nodes))
                for (PortItem* p : n->ports()) {
                    const bool candidate = p != port && p->isOutput() != port->isOutput();
                    p->setDimmed(!candidate ||
                                 !m_document->connectionProblem(edgeBetween(port, p)).isEmpty());
                }
            event->accept();
            return;
        }
    }
    QGraphicsScene::mousePressEvent(event);
    m_pressPositions.clear();
    for (QGraphicsItem* item : selectedItems())
        if (item->type() == NodeItem::Type)
            m_pressPositions.insert(static_cast<NodeItem*>(item)->id(), item->pos());
}

void EditorScene::mouseMoveEvent(QGraphicsSceneMouseEvent* event) {
    if (m_dragPort) {
        QPointF end = event->scenePos();
        if (PortItem* target = portAt(end); target && target->isOutput() != m_dragPort->isOutput())
            end = target->anchor();
        const QPointF start = m_dragPort->anchor();
        m_dragLine->setPath(m_dragPort->isOutput() ? EdgeItem::curve(start, end)
                                                   : EdgeItem::curve(end, start));
        event->accept();
        return;
    }
    QGraphicsScene::mouseMoveEvent(event);
}

void EditorScene::finishConnection(const QPointF& scenePos) {
    PortItem* target = portAt(scenePos);
    if (!target) {
        // Dropped on a node's body: take its first port of the opposite direction.
        for (QGraphicsItem* item :
             items(scenePos, Qt::IntersectsItemShape, Qt::DescendingOrder, viewTransform()))
            if (item->type() == NodeItem::Type) {
                for (PortItem* p : static_cast<NodeItem*>(item)->ports())
                    if (p->isOutput() != m_dragPort->isOutput()) {
                        target = p;
                        break;
                    }
                break;
            }
    }
    if (!target)
        return;
    if (target->isOutput() == m_dragPort->isOutput()) {
        Q_EMIT message(tr("Connection refused: connect an output to an input"));
        return;
    }
    const PipelineEdge edge = edgeBetween(m_dragPort, target);
    const QString problem = m_document->connectPorts(edge);
    if (!problem.isEmpty())
        Q_EMIT message(tr("Connection refused: %1").arg(problem));
    else
        Q_EMIT message(tr("Connected %1.%2 → %3.%4").arg(edge.from, edge.fromPort, edge.to, edge.toPort));
}

void EditorScene::mouseReleaseEvent(QGraphicsSceneMouseEvent* event) {
    if (m_dragPort) {
        delete m_dragLine;
        m_dragLine = nullptr;
        for (NodeItem* n : std::as_const(m_nodes))
            for (PortItem* p : n->ports())
                p->setDimmed(false);
        finishConnection(event->scenePos());
        m_dragPort = nullptr;
        event->accept();
        return;
    }
    QGraphicsScene::mouseReleaseEvent(event);
    QHash<QString, QPointF> moved;
    for (auto it = m_pressPositions.constBegin(); it != m_pressPositions.constEnd(); ++it)
        if (NodeItem* n = m_nodes.value(it.key()); n && n->pos() != it.value())
            moved.insert(it.key(), n->pos());
    m_pressPositions.clear();
    if (!moved.isEmpty())
        m_document->moveNodes(moved);
}

void EditorScene::drawBackground(QPainter* painter, const QRectF& rect) {
    painter->fillRect(rect, QColor(0xf3, 0xf4, 0xf6));
    // A dot grid every 20 px, as in n8n; skipped when zoomed far out.
    const double scale = viewTransform().m11();
    if (scale < 0.35)
        return;
    const int step = 20;
    const double left = std::floor(rect.left() / step) * step;
    const double top = std::floor(rect.top() / step) * step;
    QVector<QPointF> dots;
    for (double x = left; x < rect.right(); x += step)
        for (double y = top; y < rect.bottom(); y += step)
            dots.append(QPointF(x, y));
    painter->setPen(QPen(QColor(0xc4, 0xc9, 0xd1), 1.5 / scale));
    painter->drawPoints(dots.constData(), int(dots.size()));
}

} // namespace sluice
