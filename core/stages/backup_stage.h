#pragma once

#include "pipeline/stage.h"

#include <QCoreApplication>

namespace sluice {

/// Stage `backup` (group Output): a verified copy of the file in a dated folder,
/// `<dir>/YYYY-MM-DD/<folder relative to the watch root>/<name>` (local date of Item::jobStarted, so a job
/// resumed after midnight still uses its first date).
///
/// Parameters: dir (required), on_conflict (default unique: a changed file backed up again the same day
/// becomes "name (2).ext"; an identical one is not copied again), on_events (default ["created"]) and
/// on_explicit (default true) — see triggerfilter: on a modified file in a watch folder the node is
/// "skipped" with {"skipped": "not a created event", "trigger": "modified"}. Copy, fsync, read-back check by
/// size and SHA-256 and atomic naming as in fileops::copyVerified. Output: see transferFile(). Side effects:
/// journaled, idempotent when run again. Meant for files as they arrive.
class BackupStage : public Stage {
    Q_DECLARE_TR_FUNCTIONS(sluice::BackupStage)
public:
    QString id() const override { return QStringLiteral("backup"); }
    QString displayName() const override;
    QString group() const override;
    QString description() const override;
    QList<ParamSpec> parameters() const override;
    QStringList checkParameters(const QJsonObject& params) const override;
    bool hasSideEffects() const override { return true; }
    StageResult process(Item& item, const QJsonObject& params, Feedback& feedback) override;
};

} // namespace sluice
