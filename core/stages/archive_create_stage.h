#pragma once

#include "pipeline/stage.h"

#include <QCoreApplication>
#include <QDir>

namespace sluice {

/// Stage `archive_create` (group Archives): builds a zip, tar, tar.gz, tar.bz2 or tar.xz archive, checks it
/// and publishes it atomically.
///
/// Members: the item's file (named by its path relative to the item's watch folder when it lies inside
/// one, else by its file name) or, when the `folder` parameter is set, every regular file below that
/// folder (symbolic links are not followed), named relative to it; or, when `items` is set, the files it
/// selects below the base folder (`folder`, or the item's folder): listed files, every file below a listed
/// folder, and files matching wildcard patterns (selectItems). Names are always relative, '/'-separated
/// and free of ".." (ArchivePathGuard rules). Optional `_manifest.json` with size and SHA-256 per member.
///
/// The archive is written with libarchive (ArchiveBuilder) to a temporary file in the output folder, then
/// (with `verify`, the default) read back member by member and compared by size and SHA-256, then linked
/// to `<output_folder>/<name><extension>` without replacing anything that exists ("name (2).zip", ...).
/// On any error the temporary file is removed and nothing is published.
///
/// Parameters: format (zip|tar|tar.gz|tar.bz2|tar.xz), level (0–9), folder, items, output_folder (empty: the
/// item's folder, or the parent of `folder`), name (empty: the item's file name or the folder's name),
/// manifest, verify. Output: {path, format, level, size (archive bytes), members [{name, size, sha256}],
/// manifest, verified}.
class ArchiveCreateStage : public Stage {
    Q_DECLARE_TR_FUNCTIONS(sluice::ArchiveCreateStage)
public:
    QString id() const override { return QStringLiteral("archive_create"); }
    QString displayName() const override;
    QString group() const override;
    QString description() const override;
    QList<ParamSpec> parameters() const override;
    /// Writes a file outside the result document: journaled so that a resume does not write it twice.
    bool hasSideEffects() const override { return true; }
    StageResult process(Item& item, const QJsonObject& params, Feedback& feedback) override;

    /// Resolves the `items` list against `base` into sorted, unique '/'-separated relative file paths.
    /// An entry is a file, a folder (every regular file below it, symbolic links not followed) or a
    /// wildcard pattern (QRegularExpression::wildcardToRegularExpression: `*` and `?` do not cross '/');
    /// a pattern takes a file when it matches the file's path or the path of one of its folders. Absolute
    /// entries must lie inside `base`. Returns "" or an error naming the entry: outside the base folder,
    /// missing, a symbolic link, an empty folder, a pattern that matches nothing.
    static QString selectItems(const QDir& base, const QStringList& items, QStringList* relatives);
};

} // namespace sluice
