#pragma once

#include <QGraphicsItem>
#include <QString>

namespace sluice {

class NodeItem;

/// A typed input or output port drawn on the edge of a NodeItem (a child item). Connections are dragged
/// from one port to another; the scene handles the drag, the port only draws itself, its name and its
/// state (hovered, dimmed while an incompatible connection is dragged).
class PortItem : public QGraphicsItem {
public:
    enum { Type = UserType + 2 };

    /// `type` is the PortSpec type ("file", "document", "image", "text").
    PortItem(NodeItem* node, QString name, QString type, bool isOutput);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    NodeItem* node() const { return m_node; }
    QString name() const { return m_name; }
    QString portType() const { return m_type; }
    bool isOutput() const { return m_isOutput; }
    /// Centre of the port circle in scene coordinates (where edges attach).
    QPointF anchor() const { return scenePos(); }

    /// Greyed out while a connection drag is under way and this port cannot take it.
    void setDimmed(bool dimmed);
    void setConnected(bool connected);

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent* event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent* event) override;

private:
    NodeItem* m_node;
    QString m_name;
    QString m_type;
    bool m_isOutput;
    bool m_hovered = false;
    bool m_dimmed = false;
    bool m_connected = false;
};

} // namespace sluice
