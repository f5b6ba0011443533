#pragma once

#include "pipeline/stage.h"

#include <QCoreApplication>

namespace sluice {

/// Stage `move` (group Output): moves the file (copy, verify, then delete the source) into a folder under a
/// name made from a template (NameTemplate fields: {name} {stem} {ext} {date} {time} {sha8} {parent} {reldir}
/// …).
///
/// Parameters: folder (required), name (template, default "{name}"), on_conflict (unique / overwrite / skip /
/// fail, default unique). The copy is written to a temporary name beside the target, fsync'ed, read back
/// and compared by size and SHA-256 with the source, and only then given its name
/// (fileops::copyVerified); it works across file systems and never writes outside `folder`.
/// The source is deleted only after that check, and Item::path becomes the target.
/// Output: see transferFile(). Has side effects: journaled, and idempotent when run again.
class MoveStage : public Stage {
    Q_DECLARE_TR_FUNCTIONS(sluice::MoveStage)
public:
    QString id() const override { return QStringLiteral("move"); }
    QString displayName() const override;
    QString group() const override;
    QString description() const override;
    QList<ParamSpec> parameters() const override;
    QStringList checkParameters(const QJsonObject& params) const override;
    bool hasSideEffects() const override { return true; }
    StageResult process(Item& item, const QJsonObject& params, Feedback& feedback) override;
};

} // namespace sluice
