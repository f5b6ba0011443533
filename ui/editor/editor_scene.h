#pragma once

#include "pipeline/pipeline.h"

#include <QGraphicsScene>
#include <QHash>
#include <QPointF>
#include <QPointer>
#include <QTimer>

class QGraphicsPathItem;

namespace sluice {

class EdgeItem;
class NodeItem;
class PipelineDocument;
class PortItem;

/// The canvas of the pipeline editor: one NodeItem per pipeline node and one EdgeItem per edge, kept in
/// step with a PipelineDocument (sync() updates, adds and removes only what changed, so moving one
/// node redraws only its edges). Dragging from a port to another port connects them through the
/// document, which refuses incompatible types and cycles; the reason goes out through message().
/// Moving nodes with the mouse becomes one undoable "move" on release.
class EditorScene : public QGraphicsScene {
    Q_OBJECT
public:
    explicit EditorScene(PipelineDocument* document, QObject* parent = nullptr);
    /// Deletes edges before nodes (an edge detaches itself from its nodes) without selection signals.
    ~EditorScene() override;

    NodeItem* nodeItem(const QString& id) const { return m_nodes.value(id); }
    QList<NodeItem*> nodeItems() const { return m_nodes.values(); }
    EdgeItem* edgeItem(const PipelineEdge& edge) const;
    QList<EdgeItem*> edgeItems() const { return m_edges.values(); }
    /// Ids of the selected nodes, in pipeline order.
    QStringList selectedNodeIds() const;
    QList<PipelineEdge> selectedEdges() const;
    /// Problems of the pipeline as of the last sync (Pipeline::validate()).
    const QList<ValidationIssue>& issues() const { return m_issues; }

    /// Selects only the node `id` (none for an empty id).
    void selectNode(const QString& id);

    /// Recomputes the path of every edge around the current node positions (EdgeItem::updatePath).
    void routeEdges();
    /// routeEdges() once the event loop runs again; many calls in a row (a node dragged, a tidy layout
    /// moving every node) cost one routing.
    void scheduleEdgeRouting();

    /// Try-it: every node "waiting" (clear = no badge at all).
    void resetRunStatus(bool clear);
    void setRunStatus(const QString& nodeId, const QString& status, qint64 ms);

public Q_SLOTS:
    /// Brings the items in line with the document.
    void sync();

Q_SIGNALS:
    /// A one-line message for the status bar, e.g. why a connection was refused.
    void message(const QString& text);
    /// The selection became exactly one node (its id), or something else (empty id).
    void nodeSelected(const QString& id);
    /// sync() found these problems.
    void validated(const QList<sluice::ValidationIssue>& issues);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent* event) override;
    void drawBackground(QPainter* painter, const QRectF& rect) override;

private:
    PortItem* portAt(const QPointF& scenePos) const;
    QTransform viewTransform() const;
    PipelineEdge edgeBetween(const PortItem* a, const PortItem* b) const;
    void finishConnection(const QPointF& scenePos);
    void updateConnectedFlags();

    PipelineDocument* m_document;
    QHash<QString, NodeItem*> m_nodes;
    QHash<QString, EdgeItem*> m_edges; ///< key: from/fromPort/to/toPort joined by '\x1f'
    QList<ValidationIssue> m_issues;
    QHash<QString, QString> m_runStatus;

    PortItem* m_dragPort = nullptr;
    QGraphicsPathItem* m_dragLine = nullptr;
    QHash<QString, QPointF> m_pressPositions;
    QTimer m_routeTimer;
};

} // namespace sluice
