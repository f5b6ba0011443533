#pragma once

#include "editor_style.h"
#include "pipeline/pipeline.h"
#include "pipeline/stage.h"

#include <QGraphicsObject>
#include <QList>
#include <QString>

namespace sluice {

class EdgeItem;
class PortItem;

/// What a NodeItem shows; built by the scene from the pipeline node and its stage.
struct NodeLook {
    QString id;
    QString title;    ///< the node's label, or the stage's display name
    QString subtitle; ///< "id · stage"
    QString group;    ///< the stage's palette group (header colour)
    QList<PortSpec> inputs;
    QList<PortSpec> outputs;
    QStringList problems; ///< validation problems of this node (red outline, tooltip)
    bool unknownStage = false;

    bool operator==(const NodeLook& o) const;
};

/// A pipeline node on the canvas: a card with a coloured header, its title, id and stage (the card grows
/// to show them, see width()), input ports on the left and output ports on the right, a problem marker and —
/// while a sample file is tried — a status badge with the node's time. Moving it updates only its own edges.
class NodeItem : public QGraphicsObject {
    Q_OBJECT
public:
    enum { Type = UserType + 1 };

    explicit NodeItem(const NodeLook& look);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    QString id() const { return m_look.id; }
    const NodeLook& look() const { return m_look; }
    /// Updates what the node shows; rebuilds its ports only when they changed.
    void setLook(const NodeLook& look);

    /// The port with that name, or nullptr.
    PortItem* port(const QString& name, bool output) const;
    QList<PortItem*> ports() const { return m_ports; }
    /// Where an edge to `name` attaches, in scene coordinates; the node's side centre when the port is
    /// missing (an edge to a port the stage no longer has).
    QPointF anchor(const QString& name, bool output) const;

    void attachEdge(EdgeItem* edge);
    void detachEdge(EdgeItem* edge);
    QList<EdgeItem*> edges() const { return m_edges; }

    /// Try-it status: "" (none), "waiting", "running", "done", "failed" or "skipped"; `ms` for done/failed.
    void setRunStatus(const QString& status, qint64 ms = -1);
    QString runStatus() const { return m_status; }

    double height() const;
    /// The card's width in scene pixels: kNodeWidth, wider for a long title, subtitle or port names, at
    /// most kMaxNodeWidth.
    double width() const { return m_width; }
    /// The card (without shadow, badges and selection outline) in scene coordinates.
    QRectF sceneCardRect() const { return mapRectToScene(QRectF(0, 0, m_width, height())); }
    /// Whether the title or subtitle had to be shortened (they are then shown in full in the tooltip).
    bool textElided() const { return m_elided; }

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant& value) override;

private:
    void rebuildPorts();
    /// Sets m_width and m_elided from the texts and port names of m_look.
    void measure();
    void updateToolTip();

    NodeLook m_look;
    QList<PortItem*> m_ports;
    QList<EdgeItem*> m_edges;
    QString m_status;
    qint64 m_ms = -1;
    double m_width = editorstyle::kNodeWidth;
    bool m_elided = false;
};

} // namespace sluice
