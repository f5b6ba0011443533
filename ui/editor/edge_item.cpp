#include "edge_item.h"

#include "edge_route.h"
#include "editor_scene.h"
#include "editor_style.h"
#include "node_item.h"
#include "port_item.h"

#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

namespace sluice {

EdgeItem::EdgeItem(const PipelineEdge& edge, NodeItem* from, NodeItem* to)
    : m_edge(edge), m_from(from), m_to(to) {
    setFlag(ItemIsSelectable);
    setZValue(0);
    const PortItem* port = from->port(edge.fromPort, true);
    m_color = editorstyle::portColor(port ? port->portType() : QStringLiteral("file"));
    setToolTip(QStringLiteral("%1.%2 → %3.%4").arg(edge.from, edge.fromPort, edge.to, edge.toPort));
    from->attachEdge(this);
    to->attachEdge(this);
    updatePath();
}

EdgeItem::~EdgeItem() {
    m_from->detachEdge(this);
    m_to->detachEdge(this);
}

QRectF EdgeItem::boundingRect() const {
    return QGraphicsPathItem::boundingRect().adjusted(-6, -6, 6, 6);
}

QPainterPath EdgeItem::shape() const {
    QPainterPathStroker stroker;
    stroker.setWidth(12);
    return stroker.createStroke(path());
}

QPainterPath EdgeItem::curve(const QPointF& a, const QPointF& b) {
    return routeEdge(a, b, {});
}

void EdgeItem::updatePath() {
    NodeCards cards;
    if (const auto* editorScene = qobject_cast<const EditorScene*>(scene())) {
        const QList<NodeItem*> nodes = editorScene->nodeItems();
        cards.reserve(nodes.size());
        for (const NodeItem* n : nodes)
            cards.append({n, n->sceneCardRect()});
    }
    updatePath(cards);
}

void EdgeItem::updatePath(const NodeCards& cards) {
    const bool missing = !m_from->port(m_edge.fromPort, true) || !m_to->port(m_edge.toPort, false);
    const QColor color = missing ? QColor(0xd0, 0x3b, 0x3b) : m_color;
    QPen pen(color, m_active ? 3.2 : 2.0);
    pen.setCapStyle(Qt::RoundCap);
    if (missing)
        pen.setStyle(Qt::DashLine);
    if (pen != this->pen())
        setPen(pen);
    // Around the cards of the other nodes, so that no edge hides behind a node it does not belong to.
    QList<QRectF> obstacles;
    obstacles.reserve(cards.size());
    for (const auto& [node, card] : cards)
        if (node != m_from && node != m_to)
            obstacles.append(card);
    const QPainterPath routed =
        routeEdge(m_from->anchor(m_edge.fromPort, true), m_to->anchor(m_edge.toPort, false), obstacles);
    if (routed != path()) // an unchanged edge is not repainted
        setPath(routed);
}

void EdgeItem::setActive(bool active) {
    m_active = active;
    updatePath();
}

void EdgeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
    painter->setRenderHint(QPainter::Antialiasing);
    QPen p = pen();
    if (option->state & QStyle::State_Selected) {
        QPen halo(QColor(0x1e, 0x6f, 0xd9, 90), p.widthF() + 5);
        halo.setCapStyle(Qt::RoundCap);
        painter->setPen(halo);
        painter->drawPath(path());
        p.setColor(QColor(0x1e, 0x6f, 0xd9));
    }
    painter->setPen(p);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(path());
}

} // namespace sluice
