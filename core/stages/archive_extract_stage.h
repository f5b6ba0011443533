#pragma once

#include "pipeline/stage.h"

#include <QCoreApplication>

namespace sluice {

/// Stage `archive_extract` (group Archives): lists an archive and extracts it safely.
///
/// The archive is streamed with libarchive (see ArchiveExtractor for formats and rules) into a private
/// temporary folder `<destination>/.sluice-extract-XXXXXX`, which is renamed to
/// `<destination>/<archive name without extension>` only when every member passed (an existing folder of
/// that name is never replaced: "name (2)", "name (3)", … are used). On any refusal — traversal, absolute
/// or drive-letter names, links leaving the folder, devices/fifos, a limit crossed while streaming — the
/// temporary folder is removed, nothing stays behind and the result fails with one sentence per problem
/// naming the member and the reason. Encrypted members that cannot be decrypted (no password, or a wrong
/// one) are left out by default (`encrypted_members` = skip): the other members are extracted, the result
/// is marked `partial` and lists each left-out member with its reason in `unextracted`; the item fails
/// only when no file at all could be extracted. With `encrypted_members` = refuse they fail the archive.
///
/// Parameters: destination (folder; empty = QStandardPaths::AppDataLocation + "/extracted"), feed_back
/// (extracted files become StageResult::followUps), password, include/exclude (globs on the member path or
/// file name), encrypted_members (skip|refuse), zip_name_encoding (guess|cp437|utf8), max_total_size,
/// max_member_size (bytes, 0 = no limit), max_ratio, max_members, max_nesting (an archive reached through
/// this many follow-ups is not opened).
///
/// Output: {archive {format, filters, size}, destination, members [...], totals {members, files,
/// directories, size, compressed_size, compressed_size_from ("members": the zip members' sum; "archive":
/// the archive file's size, for tar.*, 7z, rar and single compressed files), ratio (size /
/// compressed_size)}, duplicates [...], warnings [...], partial, unextracted [...]}; on failure the same
/// listing (as far as it got) plus the error.
class ArchiveExtractStage : public Stage {
    Q_DECLARE_TR_FUNCTIONS(sluice::ArchiveExtractStage)
public:
    QString id() const override { return QStringLiteral("archive_extract"); }
    QString displayName() const override;
    QString group() const override;
    QString description() const override;
    QList<ParamSpec> parameters() const override;
    QStringList checkParameters(const QJsonObject& params) const override;
    StageResult process(Item& item, const QJsonObject& params, Feedback& feedback) override;

    /// The destination used when the parameter is empty: `<AppDataLocation>/extracted`.
    static QString defaultDestination();
};

} // namespace sluice
