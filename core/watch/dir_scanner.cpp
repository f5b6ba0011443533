#include "dir_scanner.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace sluice {

#ifdef Q_OS_LINUX
namespace {

FileStat fromStat(const struct stat& st) {
    FileStat s;
    s.size = qint64(st.st_size);
    s.mtimeNs = qint64(st.st_mtim.tv_sec) * 1000000000LL + qint64(st.st_mtim.tv_nsec);
    s.inode = quint64(st.st_ino);
    s.device = quint64(st.st_dev);
    s.isDir = S_ISDIR(st.st_mode);
    return s;
}

} // namespace

std::optional<FileStat> statPath(const QString& path) {
    struct stat st;
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0 || S_ISLNK(st.st_mode))
        return std::nullopt;
    return fromStat(st);
}

DirListing listDirectory(const QString& dir, bool statFiles) {
    return listDirectory(dir, statFiles, DirFileSink());
}

DirListing listDirectory(const QString& dir, bool statFiles, const DirFileSink& onFile) {
    DirListing listing;
    const int fd =
        ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) {
        listing.error = errno;
        listing.errorString = QString::fromLocal8Bit(std::strerror(listing.error));
        return listing;
    }
    struct stat self;
    if (::fstat(fd, &self) == 0)
        listing.self = fromStat(self);
    DIR* d = ::fdopendir(fd);
    if (!d) {
        listing.error = errno;
        listing.errorString = QString::fromLocal8Bit(std::strerror(listing.error));
        ::close(fd);
        return listing;
    }
    listing.ok = true;
    while (dirent* e = ::readdir(d)) {
        const char* raw = e->d_name;
        if (raw[0] == '.' && (raw[1] == 0 || (raw[1] == '.' && raw[2] == 0)))
            continue;
        unsigned char type = e->d_type;
        if (type == DT_LNK)
            continue;
        const size_t length = std::strlen(raw);
        bool ascii = true;
        for (size_t i = 0; i < length && ascii; ++i)
            ascii = static_cast<unsigned char>(raw[i]) < 0x80;
        QString name;
        if (ascii) {
            name = QString::fromLatin1(raw, qsizetype(length));
        } else {
            const QByteArray bytes(raw, qsizetype(length));
            name = QFile::decodeName(bytes);
            if (QFile::encodeName(name) != bytes) { // not valid in the locale's encoding (UTF-8)
                listing.undecodable.append(bytes);
                continue;
            }
        }
        DirEntry entry;
        entry.name = name;
        // A folder is not statted here: d_type says what it is, and its own listing (fstat of the open
        // folder) gives its identity. On a cold cache that stat would read each sub-folder's inode one
        // after another on this thread; the walk's threads read them in parallel when they open them.
        const bool needStat = type == DT_UNKNOWN || (statFiles && type != DT_DIR);
        if (needStat) {
            struct stat st;
            if (::fstatat(fd, raw, &st, AT_SYMLINK_NOFOLLOW) != 0)
                continue; // gone since readdir
            if (S_ISLNK(st.st_mode))
                continue;
            if (!S_ISDIR(st.st_mode) && !S_ISREG(st.st_mode))
                continue; // sockets, fifos, devices are never processed
            entry.stat = fromStat(st);
            entry.statted = true;
            entry.isDir = entry.stat.isDir;
        } else if (type == DT_DIR) {
            entry.isDir = true;
            entry.stat.isDir = true;
            entry.stat.inode = quint64(e->d_ino);
        } else {
            if (type != DT_REG)
                continue;
            entry.stat.inode = quint64(e->d_ino);
        }
        if (onFile && !entry.isDir)
            onFile(std::move(entry));
        else
            listing.entries.append(std::move(entry));
    }
    ::closedir(d);
    return listing;
}

#else

std::optional<FileStat> statPath(const QString& path) {
    const QFileInfo info(path);
    if (!info.exists() || info.isSymLink())
        return std::nullopt;
    FileStat s;
    s.size = info.size();
    s.mtimeNs = info.lastModified().toMSecsSinceEpoch() * 1000000LL;
    s.isDir = info.isDir();
    return s;
}

DirListing listDirectory(const QString& dir, bool statFiles) {
    return listDirectory(dir, statFiles, DirFileSink());
}

DirListing listDirectory(const QString& dir, bool statFiles, const DirFileSink& onFile) {
    Q_UNUSED(statFiles);
    DirListing listing;
    const QFileInfo dirInfo(dir);
    if (!dirInfo.isDir() || !dirInfo.isReadable()) {
        listing.errorString = QStringLiteral("not a readable folder");
        return listing;
    }
    listing.ok = true;
    listing.self.isDir = true;
    QDirIterator it(dir, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        if (info.isSymLink())
            continue;
        DirEntry entry;
        entry.name = info.fileName();
        entry.isDir = info.isDir();
        entry.statted = true;
        entry.stat.size = info.size();
        entry.stat.mtimeNs = info.lastModified().toMSecsSinceEpoch() * 1000000LL;
        entry.stat.isDir = entry.isDir;
        if (onFile && !entry.isDir)
            onFile(std::move(entry));
        else
            listing.entries.append(entry);
    }
    return listing;
}

#endif

} // namespace sluice
