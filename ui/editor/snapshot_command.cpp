#include "snapshot_command.h"

#include "pipeline_document.h"

namespace sluice {

SnapshotCommand::SnapshotCommand(PipelineDocument* document, QByteArray before, QByteArray after,
                                 const QString& text, QString mergeKey)
    : m_document(document), m_before(std::move(before)), m_after(std::move(after)),
      m_mergeKey(std::move(mergeKey)) {
    setText(text);
}

void SnapshotCommand::undo() {
    m_document->restoreSnapshot(m_before);
}

void SnapshotCommand::redo() {
    m_document->restoreSnapshot(m_after);
}

int SnapshotCommand::id() const {
    return m_mergeKey.isEmpty() ? -1 : 1;
}

bool SnapshotCommand::mergeWith(const QUndoCommand* other) {
    const auto* next = dynamic_cast<const SnapshotCommand*>(other);
    if (!next || next->m_mergeKey != m_mergeKey || m_mergeKey.isEmpty())
        return false;
    m_after = next->m_after;
    return true;
}

} // namespace sluice
