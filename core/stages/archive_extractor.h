#pragma once

#include "archive_limits.h"
#include "archive_names.h"
#include "pipeline/feedback.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <optional>

namespace sluice {

/// What the extractor is asked to do besides the limits.
struct ExtractOptions {
    QString password;    ///< tried for encrypted members (archive_read_add_passphrase); empty = none
    QStringList include; ///< wildcard globs; when not empty only matching files are written
    QStringList exclude; ///< wildcard globs; matching files and folders are skipped
    ZipNameEncoding zipNames = ZipNameEncoding::Guess;
    ArchiveLimits limits;
    /// true: an encrypted member without a password, or one the password does not open, is left out
    /// (status "failed", listed in ExtractOutcome::unextracted) and the other members are extracted;
    /// false: it refuses the whole archive like any other refusal.
    bool skipUnreadableEncrypted = true;
};

/// What an extraction produced: the listing, what was written and why it stopped.
struct ExtractOutcome {
    bool ok = false;
    bool canceled = false;
    QString error;         ///< when !ok: every problem, each naming the member and the reason
    QString format;        ///< libarchive's name of the format, e.g. "ZIP 2.0 (deflation)", "GNU tar format"
    QStringList filters;   ///< outer compression filters, e.g. ["gzip"]; empty for none
    QJsonArray members;    ///< one object per entry (see ArchiveExtractor)
    QJsonArray duplicates; ///< {name, written_as} for names met more than once
    QStringList warnings;  ///< things that did not stop the extraction (sanitised names, skipped members)
    /// "member "x": reason" for each member left out although the globs selected it: encrypted ones
    /// (ExtractOptions::skipUnreadableEncrypted) and ones over ArchiveLimits::maxMemberBytes; nothing of
    /// these is on disk, and `ok` stays true.
    QStringList unextracted;
    QStringList files;     ///< relative paths ('/'-separated) of the regular files written
    qint64 totalBytes = 0; ///< uncompressed bytes of all members
    qint64 compressedBytes =
        -1; ///< sum of the members' compressed sizes when the format tells (zip), else -1
    int fileCount = 0;
    int directoryCount = 0;
    /// XXH3-64 of the archive file (what contentHash(path, ContentHashMode::Full) returns), when the
    /// extraction read it front to back anyway (a filtered tar or cpio: .tar.gz, .tar.bz2, .tar.xz, …) and
    /// succeeded; nullopt otherwise (zip, 7z, plain tar: libarchive seeks or skips in those).
    std::optional<quint64> archiveHash;
};

/// Streams one archive with libarchive into an existing empty folder, enforcing the path rules of
/// ArchivePathGuard and the limits of ArchiveBudget while the data flows.
///
/// Formats: everything libarchive 3.6 reads (zip incl. ZIP64 and bzip2/lzma/xz members, tar in all its
/// dialects, cpio, 7z, rar, iso9660) through any of its filters (gzip, bzip2, xz, lzma, zstd, ...), and a
/// single compressed file (.gz/.bz2/.xz) as one member named after the archive. Zip names are decoded from
/// the central directory's raw bytes and bit 11 (APPNOTE 4.4.4; CP437 otherwise, Appendix D) — libarchive's
/// own conversion depends on the process locale. Folders are made and opened component by component
/// relative to their parent's descriptor with O_NOFOLLOW|O_DIRECTORY, from the target's own descriptor, so
/// the kernel keeps every path inside; files are created relative to their folder's descriptor with
/// O_EXCL|O_NOFOLLOW, modes without setuid/setgid/sticky bits, mtimes from the archive; nothing is synced
/// (the folder is private until the caller renames it, and an interrupted job extracts again). Symbolic links
/// are created last, after every file, and only when their target stays inside (lexically and then
/// canonically). Hard links must point to an earlier file of the archive. Device, fifo and socket members are
/// refused. Any refusal or limit makes the whole extraction fail; the caller then removes the folder. A
/// compressed tar or cpio is decompressed on a second thread (libarchive's raw format) a few MiB ahead of the
/// one that checks and writes the members, so that decompression and file creation overlap; the ratio limit
/// counts the archive bytes that thread has read.
///
/// Member objects: {name, path (written relative path), type (file|directory|symlink|hardlink|fifo|
/// character device|block device|socket), size (bytes, -1 unknown), compressed_size (bytes from the zip
/// central directory; null for tar, whose filter compresses the whole stream, and for 7z/rar, whose packed
/// sizes libarchive 3.6 does not expose), method (null for 7z/rar), mtime (ISO 8601 UTC), mode (octal
/// string), name_encoding, encrypted, link (target for links), status (extracted|skipped|refused|failed;
/// failed = an encrypted member that could not be decrypted), reason (when not extracted)}.
class ArchiveExtractor {
    Q_DECLARE_TR_FUNCTIONS(sluice::ArchiveExtractor)
public:
    ArchiveExtractor(const QString& archivePath, const ExtractOptions& options, Feedback& feedback);

    /// Extracts into `targetDir`, which must exist and be empty.
    ExtractOutcome extractInto(const QString& targetDir);

private:
    bool matchesAny(const QList<QRegularExpression>& globs, const QString& relativePath) const;

    QString m_archivePath;
    ExtractOptions m_options;
    Feedback& m_feedback;
    QList<QRegularExpression> m_include;
    QList<QRegularExpression> m_exclude;
};

} // namespace sluice
