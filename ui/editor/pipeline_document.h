#pragma once

#include "pipeline/pipeline.h"
#include "pipeline/stage.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointF>
#include <QUndoStack>

namespace sluice {

/// The pipeline the editor shows, with its undo stack. Every edit goes through here as a whole-pipeline
/// snapshot (SnapshotCommand), so undo and redo restore the exact JSON. The graph itself is
/// sluice::Pipeline from core; this class only adds editing operations and the checks the editor
/// needs before an edit (e.g. whether two ports may be connected).
class PipelineDocument : public QObject {
    Q_OBJECT
public:
    explicit PipelineDocument(QObject* parent = nullptr);

    const Pipeline& pipeline() const { return m_pipeline; }
    QUndoStack* undoStack() { return &m_undo; }
    /// Compact JSON of the current pipeline: what undo/redo snapshots hold.
    QByteArray snapshot() const;

    /// Replaces the pipeline without an undo step and clears the undo history (new / open).
    void reset(const Pipeline& pipeline, const QString& path = {});
    /// The file it was loaded from or saved to; empty for a new pipeline.
    QString filePath() const { return m_path; }
    void setFilePath(const QString& path) { m_path = path; }
    /// True when the pipeline differs from the last reset or save (QUndoStack::isClean()).
    bool isModified() const { return !m_undo.isClean(); }

    /// Replaces the pipeline with `after` as one undoable step named `text`; consecutive steps with the
    /// same non-empty `mergeKey` merge. No step is pushed when nothing changed.
    void apply(const Pipeline& after, const QString& text, const QString& mergeKey = {});
    /// Used by SnapshotCommand: sets the pipeline from snapshot JSON and announces the change.
    void restoreSnapshot(const QByteArray& json);

    /// Input and output ports of a node (outputs depend on its parameters, e.g. route rules); empty
    /// for an unknown node or stage.
    QList<PortSpec> inputsOf(const QString& nodeId) const;
    QList<PortSpec> outputsOf(const QString& nodeId) const;

    /// A free node id derived from `base` ("pdf", "pdf_2", ...).
    QString uniqueId(const QString& base) const;

    /// Adds a node of `stage` at `position` (scene pixels) with the stage's defaults left implicit.
    /// Returns its id, or an empty string for an unknown stage.
    QString addNode(const QString& stage, const QPointF& position);
    /// Empty when `from.fromPort` → `to.toPort` may be added; otherwise the reason, e.g. "a 'text'
    /// output cannot feed an 'image' input" or "this connection would make a cycle: a → b → a".
    QString connectionProblem(const PipelineEdge& edge) const;
    /// Adds the edge when connectionProblem() is empty; returns the problem otherwise.
    QString connectPorts(const PipelineEdge& edge);
    /// Removes nodes (with their edges) and edges in one step.
    void removeItems(const QStringList& nodeIds, const QList<PipelineEdge>& edges);
    /// Moves nodes to new positions (scene pixels) in one step.
    void moveNodes(const QHash<QString, QPointF>& positions, const QString& text = {});
    /// Sets (or, with an Undefined value, removes) one parameter; consecutive edits of one field merge.
    void setParameter(const QString& nodeId, const QString& name, const QJsonValue& value);
    void setLabel(const QString& nodeId, const QString& label);
    /// Renames a node and its edges; returns the problem (bad or taken id) or an empty string.
    QString renameNode(const QString& nodeId, const QString& newId);
    void setInfo(const QString& name, const QString& description);

    /// The selected nodes and the edges among them as a pipeline fragment (for the clipboard).
    Pipeline fragment(const QStringList& nodeIds) const;
    /// Inserts a fragment with fresh ids, shifted by `offset`; returns the new ids.
    QStringList insertFragment(const Pipeline& fragment, const QPointF& offset);

Q_SIGNALS:
    /// The pipeline changed (any edit, undo, redo or reset).
    void changed();

private:
    Pipeline m_pipeline;
    QUndoStack m_undo;
    QString m_path;
};

} // namespace sluice
