#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace sluice {

/// What a stat of one file or folder gave: size in bytes, mtime in nanoseconds since the Unix epoch,
/// and its identity (device and inode numbers; on systems without them, 0).
struct FileStat {
    qint64 size = 0;
    qint64 mtimeNs = 0;
    quint64 inode = 0;
    quint64 device = 0;
    bool isDir = false;
};

/// lstat() of `path`: nullopt when it does not exist, cannot be read, or is a symbolic link (links are
/// never followed, so link loops cannot trap a watcher).
std::optional<FileStat> statPath(const QString& path);

/// One entry of a folder listing.
struct DirEntry {
    QString name;
    bool isDir = false;
    bool statted = false; ///< `stat` holds data (files are statted when asked); else only inode and isDir
    FileStat stat;
};

} // namespace sluice

// A QString and plain data: a listing of thousands of entries grows by realloc, not element by element.
Q_DECLARE_TYPEINFO(sluice::DirEntry, Q_RELOCATABLE_TYPE);

namespace sluice {

/// A folder's entries without "." and "..", symbolic links and names that are not valid in the
/// platform's file-name encoding (those are counted in `undecodable`, with the raw bytes, so the
/// caller can report them once). On Linux: openat + readdir (d_type) + fstatat relative to the open
/// folder, so a listing costs one getdents per 32 KiB and one fstatat per file only when
/// `statFiles` is set; elsewhere QDirIterator.
struct DirListing {
    bool ok = false;
    int error = 0;       ///< errno when !ok
    QString errorString; ///< strerror text when !ok
    FileStat self;       ///< the folder's own stat (device, inode)
    QList<DirEntry> entries;
    QList<QByteArray> undecodable;
};

/// Lists `dir` (absolute). Sub-folders are not statted (d_type tells them apart; a folder's identity,
/// which guards against bind-mount loops, is `self` of its own listing) unless the file system gives no
/// d_type.
DirListing listDirectory(const QString& dir, bool statFiles);

/// Receives one regular file of a listing (name decoded, stat filled when asked or needed).
using DirFileSink = std::function<void(DirEntry&& file)>;
/// Like listDirectory(), but hands each regular file to `onFile` as it is read instead of keeping it in
/// `entries` (which then holds the folders only): a scan that builds its own table of a folder's files
/// skips the intermediate list. `onFile` runs on the calling thread.
DirListing listDirectory(const QString& dir, bool statFiles, const DirFileSink& onFile);

} // namespace sluice
