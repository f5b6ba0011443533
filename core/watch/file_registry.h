#pragma once

#include "dir_scanner.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace sluice {

/// What the watcher remembers of one file: 32 bytes plus its name and the hash node.
/// A natively watched folder's files are listed without a stat (readdir gives name and inode): their
/// size and mtime are unknown (-1) until a notification, a rescan or the gate needs them — any change
/// after the folder's watch was set is notified, so nothing is missed.
struct TrackedFile {
    qint64 size = -1;    ///< bytes, -1 = not statted yet
    qint64 mtimeNs = -1; ///< ns since the epoch, -1 = not statted yet
    quint64 inode = 0;
    quint64 contentHash = 0; ///< XXH3-64 when content hashing is on, else 0
};

/// The files a watcher knows, grouped by folder (absolute folder path → file name → TrackedFile), so
/// that the full path is stored once per folder rather than once per file: about 120–160 bytes per
/// file with a 10–20 character name (bench/watch measures it). Not thread-safe; used on the watcher's
/// thread.
class FileRegistry {
public:
    using Files = QHash<QString, TrackedFile>;

    /// Splits an absolute path into folder and name ("/a/b/c.pdf" → "/a/b", "c.pdf").
    static void split(const QString& path, QString* dir, QString* name);

    const TrackedFile* find(const QString& dir, const QString& name) const;
    const TrackedFile* find(const QString& path) const;
    void insert(const QString& dir, const QString& name, const TrackedFile& file);
    /// Removes one file; false when it was not tracked.
    bool remove(const QString& dir, const QString& name);
    /// Files directly in `dir`, or null.
    const Files* filesIn(const QString& dir) const;
    /// Removes `dir` and everything below it; returns how many files were forgotten.
    int removeTree(const QString& dir);
    /// Moves `from` and everything below it to `to` (a folder renamed); returns the files moved.
    int moveTree(const QString& from, const QString& to);
    /// Every tracked file's path under `dir` (itself included), for a rescan of a folder.
    QStringList pathsUnder(const QString& dir) const;
    int count() const { return m_count; }
    void clear();

    /// Pre-sizes the table of `dir` for `files` entries (a folder's first listing).
    void reserve(const QString& dir, qsizetype files) { m_dirs[dir].reserve(files); }
    /// The table of `dir`, created when missing, for a folder's first listing: insert(Files*, …) then
    /// adds its files without hashing the folder path once per file. Valid until another folder is added
    /// or removed.
    Files* table(const QString& dir) { return &m_dirs[dir]; }
    /// Adds or replaces `name` in `table` (from table()), keeping count().
    void insert(Files* table, const QString& name, const TrackedFile& file) {
        const auto before = table->size();
        table->insert(name, file);
        m_count += int(table->size() - before);
    }

    /// Adds `files` (a table built off the watcher's thread, e.g. by a scan thread) as the files of `dir`:
    /// moved in whole when `dir` has no table yet, else merged (a listed name replaces a tracked one).
    void adopt(const QString& dir, Files&& files);

    /// What changed in `dir` since it was last listed, by comparing with `listing` (statted).
    struct Diff {
        QList<DirEntry> created; ///< files not tracked yet
        QList<DirEntry> changed; ///< size, mtime or inode differs
        QStringList gone;        ///< names tracked but no longer listed
        QList<DirEntry> filled;  ///< tracked without a stat until now: to update silently
    };
    Diff diff(const QString& dir, const QList<DirEntry>& files) const;

private:
    QHash<QString, Files> m_dirs;
    int m_count = 0;
};

} // namespace sluice
