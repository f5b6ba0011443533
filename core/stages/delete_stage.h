#pragma once

#include "pipeline/stage.h"

#include <QCoreApplication>

namespace sluice {

/// Stage `delete` (group Output): deletes the source file, but only when an earlier node of this item
/// verified a copy of it.
///
/// It looks through the outputs of the nodes that ran before for one with "verified": true and a
/// "sha256" (copy, backup, version, move to elsewhere, an upload) whose SHA-256 equals the file's SHA-256
/// now, and — when that output names a local "target" — whose target still exists with the same size.
/// Without one it refuses with a permanent error saying so; a file whose contents changed after the copy is
/// not deleted. Output: {deleted (path), verified_by (node id), sha256, already_deleted}.
class DeleteStage : public Stage {
    Q_DECLARE_TR_FUNCTIONS(sluice::DeleteStage)
public:
    QString id() const override { return QStringLiteral("delete"); }
    QString displayName() const override;
    QString group() const override;
    QString description() const override;
    QList<ParamSpec> parameters() const override;
    bool hasSideEffects() const override { return true; }
    StageResult process(Item& item, const QJsonObject& params, Feedback& feedback) override;
};

} // namespace sluice
