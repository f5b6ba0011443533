#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <optional>

namespace sluice {

/// The archive an extraction folder was made from: its absolute path, size (bytes), modification time and
/// the XXH3-64 of its bytes. Two archives are "the same" when path, size and content hash are equal — a
/// `touch` or a copy with new times does not make another archive. Records written before the hash was
/// kept (or an identity without one) fall back to path, size and mtime (the make/rsync rule).
struct ArchiveIdentity {
    QString path;
    qint64 size = -1;
    QDateTime mtime;
    std::optional<quint64> contentHash; ///< XXH3-64 of the whole file (core/watch/content_hash.h)
};

/// Remembers which folders the archive_extract stage made, from which archive, so that extracting the same
/// archive again replaces its own earlier folder instead of adding "name (2)", while a folder Sluice did not
/// make — or one changed since (a file in it edited, an entry added, removed or renamed) — is never touched.
///
/// One small JSON file per folder, `<registry dir>/<SHA-1 of the folder path>.json` = {folder, archive,
/// size, mtime, xxh3 (16 hex digits), device, inode, entries, tree_ctime_ns}, written atomically (QSaveFile),
/// so several processes never share a file. A folder counts as Sluice's own only while its device and inode,
/// the number of entries in its tree and their latest status-change time (POSIX st_ctim, which writing to a
/// file, changing its mode or name, or adding or removing an entry updates) are those recorded right after
/// Sluice finished it: a file edited anywhere in the folder makes it the user's.
class ExtractionRegistry {
    Q_DECLARE_TR_FUNCTIONS(sluice::ExtractionRegistry)
public:
    /// `dir` holds the records; default: <AppDataLocation>/extractions (QStandardPaths).
    explicit ExtractionRegistry(QString dir = defaultDir());
    static QString defaultDir();

    /// True when `folder` exists, was made by Sluice from `archive` and is unchanged since.
    bool isOwnExtraction(const QString& folder, const ArchiveIdentity& archive) const;
    /// Records `folder` (as it is now) as extracted from `archive`. False with `error` when the record
    /// cannot be written (the extraction itself stands; a later run then makes a new folder).
    bool remember(const QString& folder, const ArchiveIdentity& archive, QString* error = nullptr) const;

private:
    QString recordPath(const QString& folder) const;
    QString m_dir;
};

} // namespace sluice
