#pragma once

// Helpers shared by the archive stage tests: archives written with libarchive inside the test (hostile
// names, links, devices) and a recursive listing of a folder to prove that nothing was written elsewhere.

#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>
#include <archive.h>
#include <archive_entry.h>

namespace sluice::test {

/// One entry of an archive written by writeTestArchive. `name` and `link` are raw bytes.
struct TestEntry {
    TestEntry(QByteArray name_, QByteArray data_ = {}, int type_ = AE_IFREG, QByteArray link_ = {},
              bool hard_ = false, int mode_ = 0644)
        : name(std::move(name_)), data(std::move(data_)), type(type_), link(std::move(link_)), hard(hard_),
          mode(mode_) {}
    QByteArray name;
    QByteArray data;
    int type = AE_IFREG; ///< AE_IFREG, AE_IFDIR, AE_IFLNK, AE_IFIFO, AE_IFCHR
    QByteArray link;     ///< symlink target, or hard link target when `hard`
    bool hard = false;
    int mode = 0644;
};

/// Writes `entries` with libarchive: `format` is an ARCHIVE_FORMAT_* code (ZIP, TAR_PAX_RESTRICTED,
/// TAR_GNUTAR), `filter` an ARCHIVE_FILTER_* code (NONE, GZIP, BZIP2, XZ). Returns false on any error.
inline bool writeTestArchive(const QString& path, int format, int filter, const QList<TestEntry>& entries) {
    archive* a = archive_write_new();
    bool ok = archive_write_set_format(a, format) == ARCHIVE_OK &&
              archive_write_add_filter(a, filter) == ARCHIVE_OK &&
              archive_write_open_filename(a, QFile::encodeName(path).constData()) == ARCHIVE_OK;
    for (const TestEntry& e : entries) {
        if (!ok)
            break;
        archive_entry* entry = archive_entry_new();
        archive_entry_copy_pathname(entry, e.name.constData());
        archive_entry_set_mtime(entry, 1700000000, 0);
        if (e.hard) {
            archive_entry_set_filetype(entry, AE_IFREG);
            archive_entry_copy_hardlink(entry, e.link.constData());
            archive_entry_set_size(entry, 0);
        } else {
            archive_entry_set_filetype(entry, static_cast<unsigned>(e.type));
            if (e.type == AE_IFLNK)
                archive_entry_copy_symlink(entry, e.link.constData());
            if (e.type == AE_IFCHR)
                archive_entry_set_rdev(entry, 0x0103);
            archive_entry_set_size(entry, e.type == AE_IFREG ? e.data.size() : 0);
        }
        archive_entry_set_perm(entry, static_cast<mode_t>(e.mode));
        ok = archive_write_header(a, entry) == ARCHIVE_OK;
        if (ok && e.type == AE_IFREG && !e.hard && !e.data.isEmpty())
            ok = archive_write_data(a, e.data.constData(), static_cast<size_t>(e.data.size())) ==
                 e.data.size();
        archive_entry_free(entry);
    }
    ok = archive_write_close(a) == ARCHIVE_OK && ok;
    archive_write_free(a);
    return ok;
}

/// Every entry below `dir` (files, folders, links, hidden ones), relative and sorted; links not followed.
inline QStringList tree(const QString& dir) {
    QStringList out;
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        out << QDir(dir).relativeFilePath(it.next());
    out.sort();
    return out;
}

/// The bytes of a file ("<missing>" when it cannot be read).
inline QByteArray contents(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

} // namespace sluice::test
