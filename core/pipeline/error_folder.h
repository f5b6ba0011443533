#pragma once

#include "executor.h"

#include <QString>

namespace sluice {

/// Where files that failed for good are set aside, and whether they are: off unless a watch folder's or a
/// run's configuration turns it on (moving a user's file by default would surprise).
struct ErrorFolderPolicy {
    bool enabled = false;
    /// Target folder; empty = `<watch root>/.sluice-errors` for files from a watch folder (a hidden folder,
    /// which watch folders skip), `<result dir>/errors` for files given directly.
    QString dir;

    /// The folder for `item` under this policy, or empty when there is none (no dir, no root, no result
    /// folder).
    QString folderFor(const Item& item, const QString& resultDir) const;
};

/// True when `result` failed permanently: failed, and no error is transient or "canceled".
bool failedPermanently(const ItemResult& result);

/// Moves the failed item's file (result.item.path) into `folder` — copy, verify by SHA-256, then delete the
/// source (fileops::copyVerified; a different file with that name makes "name (2).ext") — and writes
/// `<moved name>.error.json` beside it atomically: {source, file, pipeline, stage, stage_type, attempts,
/// reason, transient, errors (all), time (ISO 8601 UTC)}. Returns false with `error` when any step fails
/// (the source is then left where it was). Fills `movedTo` with the new path.
bool moveToErrorFolder(const ItemResult& result, const QString& folder, const QString& pipelineName,
                       QString* movedTo, QString* error);

} // namespace sluice
