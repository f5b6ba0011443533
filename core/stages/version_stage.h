#pragma once

#include "pipeline/stage.h"

#include <QCoreApplication>

namespace sluice {

/// Stage `version` (group Output): keeps numbered versions of a file that changes, `<stem>_vN.<ext>`, and
/// only the newest `keep` of them.
///
/// Versions go to `dir` (default: a hidden ".sluice-versions" folder beside the file, which watch folders
/// skip as hidden) under the file's folder relative to the watch root. N is one more than the highest
/// existing version; when the newest version has the same bytes (size and SHA-256) no new one is made
/// (already_present), which also makes a run after an interruption idempotent. Each copy is verified as in
/// fileops::copyVerified; then versions older than the newest `keep` are deleted. on_events (default
/// ["modified", "content_changed"]) and on_explicit (default true) say which runs it acts on
/// (triggerfilter); on a file just created in a watch folder it is "skipped": "not a modified or
/// content_changed event". Output: {target, version
/// (N), sha256, bytes, verified, already_present, pruned: [deleted paths]}.
class VersionStage : public Stage {
    Q_DECLARE_TR_FUNCTIONS(sluice::VersionStage)
public:
    QString id() const override { return QStringLiteral("version"); }
    QString displayName() const override;
    QString group() const override;
    QString description() const override;
    QList<ParamSpec> parameters() const override;
    QStringList checkParameters(const QJsonObject& params) const override;
    bool hasSideEffects() const override { return true; }
    StageResult process(Item& item, const QJsonObject& params, Feedback& feedback) override;
};

} // namespace sluice
