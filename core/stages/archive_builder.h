#pragma once

#include "pipeline/feedback.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace sluice {

/// Archive kinds the creation stage writes.
enum class ArchiveKind { Zip, Tar, TarGz, TarBz2, TarXz };

/// One member to write: a file on disk or bytes in memory (the manifest).
struct BuildMember {
    QString name;       ///< relative path inside the archive, '/'-separated, never absolute, never ".."
    QString sourcePath; ///< file to read; empty when `data` is used
    QByteArray data;    ///< content when sourcePath is empty
    qint64 size = 0;    ///< filled by writeArchive: bytes written
    QString sha256;     ///< filled by writeArchive: lower-case hex SHA-256 of the bytes written
};

/// Writing and verifying archives with libarchive (one library for zip and tar: ZIP64 when needed, the
/// UTF-8 name flag (APPNOTE 4.4.4 bit 11) for non-ASCII names, pax headers for long or non-ASCII tar names,
/// and the same reader the extraction stage uses for the check).
class ArchiveBuilder {
    Q_DECLARE_TR_FUNCTIONS(sluice::ArchiveBuilder)
public:
    /// File name extension of a kind: ".zip", ".tar", ".tar.gz", ".tar.bz2", ".tar.xz".
    static QString extension(ArchiveKind kind);
    /// Parses "zip", "tar", "tar.gz", "tar.bz2", "tar.xz"; false for anything else.
    static bool parseKind(const QString& name, ArchiveKind* kind);

    /// Writes `members` in order to the open file descriptor `fd` (not closed), compressing with `level`
    /// 0–9 (zip: 0 = stored, else deflate at that level; tar.*: the filter's level, xz capped at 9).
    /// Streams each source in 1 MiB chunks while hashing it (OpenSSL SHA-256) and fills size/sha256.
    /// With `manifest`, a last member `_manifest.json` is appended to `members` and written:
    /// {"format": "sluice-manifest", "version": 1, "members": [{name, size, sha256}, ...]}.
    /// Returns "" on success, else a sentence naming the member and the reason.
    static QString writeArchive(int fd, ArchiveKind kind, int level, QList<BuildMember>& members,
                                bool manifest, Feedback& feedback);

    /// Name of the manifest member.
    static QString manifestName() { return QStringLiteral("_manifest.json"); }

    /// Re-reads the archive at `path` and checks it holds exactly `expected` (names in order, sizes and
    /// SHA-256 of every member; zip CRCs are checked by libarchive on the way). Returns "" when identical,
    /// else which member differs and how.
    static QString verifyArchive(const QString& path, const QList<BuildMember>& expected, Feedback& feedback);
};

} // namespace sluice
