#pragma once

#include "pipeline/pipeline.h"

#include <QGraphicsPathItem>

namespace sluice {

class NodeItem;

/// A connection on the canvas: a cubic curve from an output port to an input port, coloured by the
/// output's type. Selectable (to delete it); redrawn when either node moves.
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
    /// Recomputes the curve from the current port positions.
    void updatePath();
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
