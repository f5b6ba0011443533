#pragma once

#include <QByteArray>
#include <QString>
#include <QUndoCommand>

namespace sluice {

class PipelineDocument;

/// One undoable edit of a pipeline, kept as the whole pipeline JSON before and after (the shape of
/// QGIS's QgsModelUndoCommand: simple and always correct). Consecutive commands with the same non-empty
/// merge key (e.g. "param:ocr:language") merge into one, so typing into a field is one undo step.
class SnapshotCommand : public QUndoCommand {
public:
    /// `before`/`after` are compact pipeline JSON (Pipeline::toJson of the document).
    SnapshotCommand(PipelineDocument* document, QByteArray before, QByteArray after, const QString& text,
                    QString mergeKey = {});

    void undo() override;
    void redo() override;
    /// 1 for mergeable commands, -1 (never merge) otherwise.
    int id() const override;
    /// Takes over `other`'s after-state when both have the same merge key.
    bool mergeWith(const QUndoCommand* other) override;

    QString mergeKey() const { return m_mergeKey; }

private:
    PipelineDocument* m_document;
    QByteArray m_before;
    QByteArray m_after;
    QString m_mergeKey;
};

} // namespace sluice
