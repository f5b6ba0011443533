#pragma once

#include "pipeline/stage.h"
#include "platform/file_ops.h"

namespace sluice {

/// The shared work of the copy, move and backup stages: copy the item's file to `folder`/`relative`
/// with fileops::copyVerified (temporary name, fsync, read-back SHA-256 check, atomic final name) and, for
/// a move, delete the source only after that check.
///
/// `relative` must stay inside `folder` (checked after resolving links). A move sets Item::path to the
/// target. Output: {target, source, sha256, bytes, verified (true when the target's bytes were checked
/// against the source), already_present, skipped, moved (move only)}. A move run again after an
/// interruption that finds its source gone but a target of the item's recorded size and mtime reports
/// that target (already_present, moved). Errors: missing source, target outside the folder or equal to the
/// source, conflict under policy "fail", I/O (transient when busy, locked or disk full).
StageResult transferFile(Item& item, const QString& folder, const QString& relative,
                         fileops::ConflictPolicy policy, bool move, Feedback& feedback);

/// The parameter "on_conflict" (enum unique/overwrite/skip/fail) with `defaultPolicy`.
ParamSpec conflictParam(const QString& defaultPolicy);

/// What the copy and move stages share (defined in copy_stage.cpp): they differ only in deleting the source.
namespace transferstage {
/// folder (required path), name (template, default "{name}"), on_conflict (default unique).
QList<ParamSpec> parameters();
/// Problems with the name template or an empty folder, each starting with the parameter name.
QStringList check(const QJsonObject& params);
/// Expands the template (hashing first when it uses {sha8}) at Item::jobStarted and runs transferFile().
StageResult run(Item& item, const QJsonObject& params, Feedback& feedback, bool move);
} // namespace transferstage

} // namespace sluice
