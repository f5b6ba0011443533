#pragma once

#include "pipeline/pipeline.h"

#include <QGraphicsPathItem>

namespace sluice {

class NodeItem;

/// A connection on the canvas: a cubic curve from an output port to an input port, coloured by the
/// output's type, led around the cards of other nodes (routeEdge). Selectable (to delete it); redrawn
/// when either node moves, and by the scene when another node moves (EditorScene::routeEdges).
class EdgeItem : public QGraphicsPathItem {
public:
    enum { Type = UserType + 3 };

    EdgeItem(const PipelineEdge& edge, NodeItem* from, NodeItem* to);
    ~EdgeItem() override;

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    /// A band 12 px wide around the curve, so that a thin edge is easy to click.
    QPainterPath shape() const override;
    const PipelineEdge& edge() const { return m_edge; }
    /// Recomputes the path from the current port positions and the other nodes of the scene.
    void updatePath();
    /// The cards of the scene's nodes (NodeItem::sceneCardRect), measured once for many edges.
    using NodeCards = QList<std::pair<const NodeItem*, QRectF>>;
    /// updatePath() with the cards already measured (the edge's own two nodes are skipped).
    void updatePath(const NodeCards& cards);
    /// Marks the edge as on the path a try-it item took (drawn thicker) or not.
    void setActive(bool active);

    /// The curve used for edges and for the connection being dragged, from `a` to `b` (scene pixels).
    static QPainterPath curve(const QPointF& a, const QPointF& b);

protected:
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    PipelineEdge m_edge;
    NodeItem* m_from;
    NodeItem* m_to;
    QColor m_color;
    bool m_active = false;
};

} // namespace sluice
