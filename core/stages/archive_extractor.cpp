#include "archive_extractor.h"

#include "archive_path_guard.h"
#include "archive_zip_directory.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>
#include <algorithm>
#include <archive.h>
#include <archive_entry.h>
#include <atomic>
#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <fcntl.h>
#include <memory>
#include <mutex>
#include <optional>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>
#include <utility>
#include <vector>
#include <xxhash.h>

namespace sluice {

namespace {

struct ReadDeleter {
    void operator()(archive* a) const { archive_read_free(a); }
};
using ReadPtr = std::unique_ptr<archive, ReadDeleter>;

/// Closes a file descriptor when it goes out of scope.
struct Fd {
    int fd = -1;
    ~Fd() {
        if (fd >= 0)
            ::close(fd);
    }
};

constexpr int kMaxProblems = 20;

/// Runs an archive's outer compression filters (gzip, bzip2, xz, zstd, …) with libarchive on a thread of
/// its own (the raw format: the whole decompressed stream as one entry) and hands the plain stream to the
/// extracting thread through libarchive's read callback, so that decompression and file creation overlap
/// on two cores. At most kMaxChunks chunks of kChunkBytes wait, so the filter thread stays a few MiB ahead
/// and every limit is still checked while streaming. Only for filtered tar/cpio, whose format needs no
/// seeking. The thread reads the archive file itself, front to back, and hashes it on the way (XXH3-64,
/// a few ms per 100 MB on a thread that waits for the writer most of the time): the archive's identity for
/// ExtractionRegistry without a second pass over the file.
class FilterThread {
public:
    static constexpr la_ssize_t kChunkBytes = 256 * 1024;
    static constexpr size_t kMaxChunks = 8;
    static constexpr size_t kReadBytes = 64 * 1024;

    explicit FilterThread(const QString& path)
        : m_fd(::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC)),
          m_openErrno(m_fd < 0 ? errno : 0), m_readBuffer(int(kReadBytes), Qt::Uninitialized),
          m_hash(XXH3_createState()) {
        if (m_hash)
            XXH3_64bits_reset(m_hash);
        m_thread = std::thread([this] { run(); });
    }
    ~FilterThread() {
        stop();
        if (m_fd >= 0)
            ::close(m_fd);
        XXH3_freeState(m_hash);
    }
    FilterThread(const FilterThread&) = delete;
    FilterThread& operator=(const FilterThread&) = delete;

    /// Compressed bytes the filter thread has read from the archive file.
    qint64 compressedBytes() const { return m_compressed.load(); }

    /// Stops the thread, reads what it left of the archive file (trailing padding) and returns the XXH3-64
    /// of the whole file, the value contentHash(path, ContentHashMode::Full) gives; nullopt on a read error.
    std::optional<quint64> stopAndHash() {
        stop();
        if (m_fd < 0 || !m_hash || m_readFailed)
            return std::nullopt;
        for (;;) {
            const ssize_t n = ::read(m_fd, m_readBuffer.data(), kReadBytes);
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0)
                return std::nullopt;
            if (n == 0)
                break;
            XXH3_64bits_update(m_hash, m_readBuffer.constData(), size_t(n));
        }
        return quint64(XXH3_64bits_digest(m_hash));
    }

    /// libarchive's read callback (archive_read_open): the next chunk of the decompressed stream.
    static la_ssize_t read(archive* a, void* self, const void** buffer) {
        auto* t = static_cast<FilterThread*>(self);
        std::unique_lock<std::mutex> lock(t->m_mutex);
        t->m_changed.wait(lock, [t] { return !t->m_chunks.empty() || t->m_done; });
        if (t->m_chunks.empty()) {
            if (!t->m_error.isEmpty()) {
                archive_set_error(a, EIO, "%s", t->m_error.constData());
                return -1;
            }
            return 0;
        }
        t->m_current = std::move(t->m_chunks.front());
        t->m_chunks.pop_front();
        lock.unlock();
        t->m_changed.notify_all();
        *buffer = t->m_current.constData();
        return static_cast<la_ssize_t>(t->m_current.size());
    }

private:
    void stop() {
        if (!m_thread.joinable())
            return;
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
        m_thread.join();
    }

    /// The raw reader's read callback (filter thread): the archive file's next bytes, hashed.
    static la_ssize_t readFile(archive* a, void* self, const void** buffer) {
        auto* t = static_cast<FilterThread*>(self);
        for (;;) {
            const ssize_t n = ::read(t->m_fd, t->m_readBuffer.data(), kReadBytes);
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0) {
                t->m_readFailed = true;
                archive_set_error(a, errno, "%s", std::strerror(errno));
                return -1;
            }
            if (t->m_hash)
                XXH3_64bits_update(t->m_hash, t->m_readBuffer.constData(), size_t(n));
            t->m_compressed.fetch_add(n);
            *buffer = t->m_readBuffer.constData();
            return n;
        }
    }

    void run() {
        ReadPtr reader(archive_read_new());
        archive* r = reader.get();
        archive_read_support_filter_all(r);
        archive_read_support_format_raw(r);
        archive_entry* entry = nullptr;
        QByteArray error;
        if (m_fd < 0) {
            error = QByteArray(std::strerror(m_openErrno));
        } else if (archive_read_open(r, this, nullptr, &FilterThread::readFile, nullptr) != ARCHIVE_OK ||
                   archive_read_next_header(r, &entry) < ARCHIVE_WARN) {
            error = archive_error_string(r) ? QByteArray(archive_error_string(r)) : QByteArray("read error");
        } else {
            for (;;) {
                QByteArray chunk(kChunkBytes, Qt::Uninitialized);
                const la_ssize_t n = archive_read_data(r, chunk.data(), size_t(kChunkBytes));
                if (n < 0) {
                    error = archive_error_string(r) ? QByteArray(archive_error_string(r))
                                                    : QByteArray("read error");
                    break;
                }
                if (n == 0)
                    break;
                chunk.resize(n);
                std::unique_lock<std::mutex> lock(m_mutex);
                m_changed.wait(lock, [this] { return m_chunks.size() < kMaxChunks || m_stop; });
                if (m_stop)
                    return;
                m_chunks.push_back(std::move(chunk));
                lock.unlock();
                m_changed.notify_all();
            }
        }
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_error = error;
            m_done = true;
        }
        m_changed.notify_all();
    }

    int m_fd = -1;           ///< the archive file (read by the filter thread until stopAndHash)
    int m_openErrno = 0;     ///< why m_fd could not be opened
    QByteArray m_readBuffer; ///< the compressed bytes libarchive reads now
    XXH3_state_t* m_hash;    ///< XXH3-64 of the bytes read so far; may be null (out of memory)
    bool m_readFailed = false;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QByteArray> m_chunks; ///< guarded by m_mutex
    bool m_done = false;             ///< guarded by m_mutex: no more chunks will come
    bool m_stop = false;             ///< guarded by m_mutex: the reader is gone
    QByteArray m_error;              ///< guarded by m_mutex
    QByteArray m_current;            ///< the chunk libarchive reads now (extracting thread only)
    std::atomic<qint64> m_compressed{0};
};

/// Enables every archive format libarchive reads except mtree. An mtree file is a text manifest of a file
/// tree, not an archive of one, and libarchive's mtree reader bids for any text whose lines look like
/// "name key=value": a plain text file would "extract" to empty files named after its words.
void supportArchiveFormats(archive* a) {
    archive_read_support_format_7zip(a);
    archive_read_support_format_ar(a);
    archive_read_support_format_cab(a);
    archive_read_support_format_cpio(a);
    archive_read_support_format_empty(a);
    archive_read_support_format_iso9660(a);
    archive_read_support_format_lha(a);
    archive_read_support_format_rar(a);
    archive_read_support_format_rar5(a);
    archive_read_support_format_tar(a);
    archive_read_support_format_warc(a);
    archive_read_support_format_xar(a);
    archive_read_support_format_zip(a);
}

/// The outer filters of a tar or cpio archive ("gzip", …, outermost last as libarchive lists them
/// reversed), or empty when `path` is anything else: then it is read on one thread.
QStringList splittableFilters(const QString& path) {
    ReadPtr reader(archive_read_new());
    archive* a = reader.get();
    archive_read_support_filter_all(a);
    supportArchiveFormats(a);
    archive_entry* entry = nullptr;
    if (archive_read_open_filename(a, QFile::encodeName(path).constData(), 64 * 1024) != ARCHIVE_OK ||
        archive_read_next_header(a, &entry) < ARCHIVE_WARN)
        return {};
    const int base = archive_format(a) & ARCHIVE_FORMAT_BASE_MASK;
    if (base != ARCHIVE_FORMAT_TAR && base != ARCHIVE_FORMAT_CPIO)
        return {};
    QStringList filters;
    for (int f = archive_filter_count(a) - 1; f >= 0; --f)
        if (archive_filter_code(a, f) != ARCHIVE_FILTER_NONE)
            filters.prepend(QString::fromLatin1(archive_filter_name(a, f)));
    return filters;
}

QString typeName(const archive_entry* e) {
    if (archive_entry_hardlink(const_cast<archive_entry*>(e)))
        return QStringLiteral("hardlink");
    switch (archive_entry_filetype(const_cast<archive_entry*>(e))) {
    case AE_IFREG:
        return QStringLiteral("file");
    case AE_IFDIR:
        return QStringLiteral("directory");
    case AE_IFLNK:
        return QStringLiteral("symlink");
    case AE_IFIFO:
        return QStringLiteral("fifo");
    case AE_IFCHR:
        return QStringLiteral("character device");
    case AE_IFBLK:
        return QStringLiteral("block device");
    case AE_IFSOCK:
        return QStringLiteral("socket");
    default:
        return QStringLiteral("file"); // libarchive reports 0 for some zip entries: treat as a file
    }
}

QString octal(int mode) {
    return QStringLiteral("0%1").arg(mode & 07777, 3, 8, QLatin1Char('0'));
}

QString osError(int code) {
    return QString::fromLocal8Bit(std::strerror(code));
}

/// "name (2).ext", "name (3).ext", ... for the n-th alternative of `fileName`.
QString numbered(const QString& fileName, int n) {
    const qsizetype dot = fileName.lastIndexOf(QLatin1Char('.'));
    if (dot > 0)
        return fileName.left(dot) + QStringLiteral(" (%1)").arg(n) + fileName.mid(dot);
    return fileName + QStringLiteral(" (%1)").arg(n);
}

QString quoted(const QString& name) {
    return QLatin1Char('"') + name + QLatin1Char('"');
}

/// The process's file-mode creation mask, from the "Umask:" line of /proc/self/status (Linux 4.7+); -1 when
/// unknown. umask(2) cannot read it without setting it, which would race with other threads creating files.
int currentUmask() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (QByteArray line = status.readLine(); !line.isEmpty(); line = status.readLine()) {
        if (line.startsWith("Umask:")) {
            bool ok = false;
            const int mask = line.mid(6).trimmed().toInt(&ok, 8);
            return ok ? mask : -1;
        }
    }
    return -1;
}

/// Descriptors of the folders an extraction made, by relative path ('/'-joined), at most kMaxCached open
/// at a time (all closed when full: members mostly come folder by folder); a deep path walked beyond that
/// uses descriptors that live until the next walk.
struct DirFds {
    static constexpr int kMaxCached = 256;
    int rootFd = -1;
    QHash<QString, int> fds;
    std::vector<int> transient; ///< descriptors of the current walk not kept in `fds`

    DirFds() = default;
    DirFds(const DirFds&) = delete;
    DirFds& operator=(const DirFds&) = delete;
    ~DirFds() {
        closeAll();
        if (rootFd >= 0)
            ::close(rootFd);
    }
    int cached(const QString& key) const { return fds.value(key, -1); }
    /// Before a walk: drops the descriptors of the previous one, and all when the cache is full.
    void beginWalk() {
        for (int fd : transient)
            ::close(fd);
        transient.clear();
        if (fds.size() >= kMaxCached)
            closeAll();
    }
    /// Takes ownership of `fd` (the folder `key`) and returns it.
    int keep(const QString& key, int fd) {
        if (fds.size() < kMaxCached)
            fds.insert(key, fd);
        else
            transient.push_back(fd);
        return fd;
    }
    void closeAll() {
        for (int fd : std::as_const(fds))
            ::close(fd);
        fds.clear();
    }
};

} // namespace

ArchiveExtractor::ArchiveExtractor(const QString& archivePath, const ExtractOptions& options,
                                   Feedback& feedback)
    : m_archivePath(archivePath), m_options(options), m_feedback(feedback) {
    for (const QString& g : options.include)
        m_include.append(QRegularExpression(QRegularExpression::wildcardToRegularExpression(g)));
    for (const QString& g : options.exclude)
        m_exclude.append(QRegularExpression(QRegularExpression::wildcardToRegularExpression(g)));
}

bool ArchiveExtractor::matchesAny(const QList<QRegularExpression>& globs, const QString& relativePath) const {
    const QString fileName = relativePath.section(QLatin1Char('/'), -1);
    for (const QRegularExpression& re : globs)
        if (re.match(relativePath).hasMatch() || re.match(fileName).hasMatch())
            return true;
    return false;
}

ExtractOutcome ArchiveExtractor::extractInto(const QString& targetDir) {
    ExtractOutcome out;
    QStringList problems;
    const auto refuse = [&](const QString& member, const QString& reason) {
        if (problems.size() < kMaxProblems)
            problems << tr("member %1 refused: %2").arg(quoted(member), reason);
    };

    const ArchivePathGuard guard(targetDir);
    if (guard.root().isEmpty()) {
        out.error = tr("the extraction folder %1 does not exist").arg(targetDir);
        return out;
    }
    const QString root = guard.root();
    const qint64 archiveSize = QFileInfo(m_archivePath).size();
    const int creationMask = currentUmask();

    // A compressed tar decompresses on a second thread (declared first: it outlives the reader).
    const QStringList splitFilters = splittableFilters(m_archivePath);
    std::unique_ptr<FilterThread> filterThread;
    if (!splitFilters.isEmpty())
        filterThread = std::make_unique<FilterThread>(m_archivePath);
    ReadPtr reader(archive_read_new());
    archive* a = reader.get();
    archive_read_support_filter_all(a);
    supportArchiveFormats(a);
    archive_read_support_format_raw(a); // a single .gz/.bz2/.xz file; accepted only behind a filter
    if (!m_options.password.isEmpty())
        archive_read_add_passphrase(a, m_options.password.toUtf8().constData());
    // Archive bytes read so far, for the ratio limit and the progress.
    const auto archiveBytesRead = [&]() -> qint64 {
        return filterThread ? filterThread->compressedBytes() : archive_filter_bytes(a, -1);
    };
    if ((filterThread ? archive_read_open(a, filterThread.get(), nullptr, &FilterThread::read, nullptr)
                      : archive_read_open_filename(a, QFile::encodeName(m_archivePath).constData(),
                                                   64 * 1024)) != ARCHIVE_OK) {
        out.error = tr("cannot open %1 as an archive: %2")
                        .arg(m_archivePath, QString::fromLocal8Bit(archive_error_string(a)));
        return out;
    }

    ArchiveBudget budget(m_options.limits);
    QList<ZipDirectoryEntry> zipDir;
    bool zipDirRead = false;
    bool zipDirUsable = false;
    // Member path → how often it occurred and, for a regular file, the relative path it was written as
    // (hard links may point to it).
    struct NameUse {
        int seen = 0;
        QString written;
    };
    QHash<QString, NameUse> names;
    struct PendingLink {
        QString member;
        QStringList components;
        QString target;
        int listIndex;
    };
    QList<PendingLink> links;
    qint64 compressedSum = 0;
    bool compressedKnown = false;
    int index = -1;
    bool stopped = false; // a limit or a read error: no further headers
    QByteArray scratch;
    // Every member object has these keys (values set per member); the others are added when they apply.
    const QJsonObject memberTemplate{{QLatin1String("name"), QString()},
                                     {QLatin1String("type"), QString()},
                                     {QLatin1String("size"), 0},
                                     {QLatin1String("compressed_size"), QJsonValue()},
                                     {QLatin1String("method"), QJsonValue()},
                                     {QLatin1String("mode"), QString()},
                                     {QLatin1String("name_encoding"), QString()},
                                     {QLatin1String("status"), QString()}};
    QHash<qint64, QString> mtimeTexts; // seconds since the epoch → ISO 8601 (UTC)

    // Folders are made and opened one component at a time relative to their parent's descriptor, with
    // O_NOFOLLOW|O_DIRECTORY, starting from the extraction folder's own descriptor: the kernel refuses to
    // leave through a symbolic link or to treat a file as a folder, so no path is ever resolved outside the
    // target (and symbolic links from the archive only come into being after every file). Files are then
    // created relative to their folder's descriptor: a lookup of one name instead of the whole path.
    DirFds dirs;
    dirs.rootFd = ::open(QFile::encodeName(root).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirs.rootFd < 0) {
        out.error = tr("cannot open the extraction folder %1: %2").arg(root, osError(errno));
        return out;
    }
    // The folder made of the first `depth` entries of `components` ('/'-joined: `key`), created when
    // missing. Its descriptor stays valid until the next call; -1 with `reason` when a component exists
    // as something other than a folder or cannot be created.
    const auto ensureDirs = [&](const QStringList& components, qsizetype depth, const QString& key,
                                QString* reason) -> int {
        if (depth == 0)
            return dirs.rootFd;
        if (const int cached = dirs.cached(key); cached >= 0)
            return cached;
        dirs.beginWalk();
        int fd = dirs.rootFd;
        QString walked;
        for (qsizetype i = 0; i < depth; ++i) {
            const QString& name = components.at(i);
            if (i > 0)
                walked += QLatin1Char('/');
            walked += name;
            if (const int cached = dirs.cached(walked); cached >= 0) {
                fd = cached;
                continue;
            }
            if (name.isEmpty() || name == QLatin1String(".") || name == QLatin1String("..")) {
                *reason = tr("it contains a '..' component that leaves the extraction folder");
                return -1; // splitMemberName refuses these already; never walked, whatever comes in
            }
            const QByteArray native = QFile::encodeName(name);
            if (::mkdirat(fd, native.constData(), 0755) != 0 && errno != EEXIST) {
                *reason = tr("cannot create the folder %1: %2")
                              .arg(root + QLatin1Char('/') + walked, osError(errno));
                return -1;
            }
            const int child =
                ::openat(fd, native.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
            if (child < 0) {
                *reason =
                    errno == ENOTDIR || errno == ELOOP
                        ? tr("its folder %1 clashes with another member of that name").arg(quoted(walked))
                        : tr("cannot open the folder %1: %2")
                              .arg(root + QLatin1Char('/') + walked, osError(errno));
                return -1;
            }
            fd = dirs.keep(walked, child);
        }
        return fd;
    };
    // The '/'-joined first `depth` components of a member whose relative path is `relative`.
    const auto folderKey = [](const QStringList& components, const QString& relative) {
        return components.size() < 2 ? QString()
                                     : relative.left(relative.size() - components.last().size() - 1);
    };

    for (;;) {
        if (m_feedback.isCanceled()) {
            out.canceled = true;
            out.error = tr("canceled");
            return out;
        }
        archive_entry* entry = nullptr;
        const int r = archive_read_next_header(a, &entry);
        if (r == ARCHIVE_EOF)
            break;
        ++index;
        if (r < ARCHIVE_WARN) {
            problems << (index == 0 ? tr("cannot read %1 as an archive: %2")
                                          .arg(m_archivePath, QString::fromLocal8Bit(archive_error_string(a)))
                                    : tr("the archive is damaged after member %1: %2")
                                          .arg(index)
                                          .arg(QString::fromLocal8Bit(archive_error_string(a))));
            stopped = true;
            break;
        }
        if (r == ARCHIVE_WARN && archive_error_string(a))
            out.warnings << QString::fromLocal8Bit(archive_error_string(a));
        if (index == 0) {
            out.format = QString::fromLatin1(archive_format_name(a));
            for (int f = archive_filter_count(a) - 1; f >= 0; --f)
                if (archive_filter_code(a, f) != ARCHIVE_FILTER_NONE)
                    out.filters.prepend(QString::fromLatin1(archive_filter_name(a, f)));
            if (filterThread)
                out.filters = splitFilters + out.filters;
            if (archive_format(a) == ARCHIVE_FORMAT_RAW && out.filters.isEmpty()) {
                out.error =
                    tr("%1 is not an archive or compressed file that libarchive can read").arg(m_archivePath);
                return out;
            }
        }
        const bool isZip = (archive_format(a) & ARCHIVE_FORMAT_BASE_MASK) == ARCHIVE_FORMAT_ZIP;
        if (isZip && !zipDirRead) {
            zipDirRead = true;
            QString why;
            zipDirUsable = readZipDirectory(m_archivePath, &zipDir, &why);
            if (zipDirUsable)
                std::stable_sort(zipDir.begin(), zipDir.end(),
                                 [](const ZipDirectoryEntry& x, const ZipDirectoryEntry& y) {
                                     return x.localHeaderOffset < y.localHeaderOffset;
                                 });
            else
                out.warnings << tr("the zip central directory cannot be read (%1): names and sizes come from "
                                   "the local headers")
                                    .arg(why);
        }

        // --- name -------------------------------------------------------------------------------------
        const char* rawPath = archive_entry_pathname(entry);
        QByteArray raw = rawPath ? QByteArray(rawPath) : QByteArray();
        NameDecoding how = NameDecoding::Ascii;
        QString name;
        const ZipDirectoryEntry* dirEntry = nullptr;
        QString inconsistency;
        if (isZip && zipDirUsable && index < zipDir.size()) {
            dirEntry = &zipDir.at(index);
            QByteArray central = dirEntry->rawName;
            if (!dirEntry->utf8Name())
                central.replace('\\', '/'); // libarchive turns backslashes of unflagged names into '/'
            if (central != raw && QString::fromUtf8(central) != QString::fromLocal8Bit(raw))
                inconsistency = archivenames::decodeZipName(dirEntry->rawName, dirEntry->utf8Name(),
                                                            m_options.zipNames, nullptr);
            name = archivenames::decodeZipName(inconsistency.isEmpty() ? dirEntry->rawName : raw,
                                               dirEntry->utf8Name(), m_options.zipNames, &how);
        } else if (isZip) {
            if (zipDirUsable && index == zipDir.size())
                out.warnings << tr("the archive holds more entries than its central directory lists");
            name = archivenames::decodeZipName(raw, false, m_options.zipNames, &how);
        } else {
            name = archivenames::decodeUtf8Name(raw, &how);
        }
        if (archive_format(a) == ARCHIVE_FORMAT_RAW)
            name = archivenames::baseNameWithoutArchiveExtension(QFileInfo(m_archivePath).fileName());

        const QString type = typeName(entry);
        const int mode = static_cast<int>(archive_entry_mode(entry));
        const qint64 declared = archive_entry_size_is_set(entry) ? archive_entry_size(entry) : -1;
        // Keys as Latin-1, the form QJsonObject stores them in, and the keys every member has already in
        // place (memberTemplate), so that each insert replaces a value instead of growing the object: a
        // third of the cost, which adds up over 10,000 members of a dozen keys each.
        QJsonObject m = memberTemplate;
        m.insert(QLatin1String("name"), name);
        m.insert(QLatin1String("type"), type);
        m.insert(QLatin1String("size"), declared);
        if (dirEntry) {
            m.insert(QLatin1String("compressed_size"), dirEntry->compressedSize);
            compressedSum += dirEntry->compressedSize;
            compressedKnown = true;
            const quint16 method =
                dirEntry->method == 99 && dirEntry->aesMethod ? dirEntry->aesMethod : dirEntry->method;
            m.insert(QLatin1String("method"), zipMethodName(method));
        } else {
            // Only a zip's central directory records what each member takes in the archive: tar has no
            // per-member compression (a filter compresses the whole stream) and libarchive 3.6 does not
            // expose 7z/rar packed sizes. Those members say null; the totals carry the archive's ratio.
            m.insert(QLatin1String("compressed_size"), QJsonValue(QJsonValue::Null));
            const int base = archive_format(a) & ARCHIVE_FORMAT_BASE_MASK;
            if (base == ARCHIVE_FORMAT_7ZIP || base == ARCHIVE_FORMAT_RAR || base == ARCHIVE_FORMAT_RAR_V5)
                m.insert(QLatin1String("method"), QJsonValue(QJsonValue::Null)); // not exposed
            else
                m.insert(QLatin1String("method"), out.filters.isEmpty()
                                                      ? (isZip ? out.format : QStringLiteral("stored"))
                                                      : out.filters.join(QLatin1Char('+')));
        }
        if (archive_entry_mtime_is_set(entry)) {
            // Members of one archive mostly share a few mtimes (in any order); formatting one costs ~10,000
            // instructions, a lookup a few hundred.
            const qint64 seconds = archive_entry_mtime(entry);
            auto it = mtimeTexts.constFind(seconds);
            if (it == mtimeTexts.constEnd()) {
                if (mtimeTexts.size() >= 4096)
                    mtimeTexts.clear();
                it = mtimeTexts.insert(seconds,
                                       QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate));
            }
            m.insert(QLatin1String("mtime"), *it);
        }
        m.insert(QLatin1String("mode"), octal(mode));
        m.insert(QLatin1String("name_encoding"), archivenames::decodingName(how));
        const bool encrypted = archive_entry_is_encrypted(entry);
        if (encrypted)
            m.insert(QLatin1String("encrypted"), true);
        const auto finish = [&](const QString& status, const QString& reason = {}) {
            m.insert(QLatin1String("status"), status);
            if (!reason.isEmpty())
                m.insert(QLatin1String("reason"), reason);
            out.members.append(m);
        };

        QString reason = budget.addMember();
        if (!reason.isEmpty()) {
            problems << reason;
            stopped = true;
            break;
        }
        if (!inconsistency.isEmpty()) {
            const QString why = tr("its local header names it %1 but the central directory says %2 (tools "
                                   "would disagree on what it is)")
                                    .arg(quoted(name), quoted(inconsistency));
            refuse(name, why);
            finish(QStringLiteral("refused"), why);
            continue;
        }

        if (type == QLatin1String("directory") && ArchivePathGuard::isRootName(name)) {
            m.insert(QLatin1String("path"), QString());
            finish(QStringLiteral("extracted")); // the extraction folder itself
            continue;
        }
        QStringList components;
        reason = ArchivePathGuard::splitMemberName(name, &components);
        if (!reason.isEmpty()) {
            refuse(name, reason);
            finish(QStringLiteral("refused"), reason);
            continue;
        }
        QStringList safe;
        for (const QString& c : components)
            safe << archivenames::sanitiseComponent(c);
        if (safe != components)
            out.warnings << tr("member %1: characters not allowed in file names were replaced by '_'")
                                .arg(quoted(name));
        QString relative = safe.join(QLatin1Char('/'));

        const int fileType = archive_entry_filetype(entry);
        if (fileType == AE_IFCHR || fileType == AE_IFBLK || fileType == AE_IFIFO || fileType == AE_IFSOCK) {
            reason = tr("it is a %1, which is never extracted").arg(type);
            refuse(name, reason);
            finish(QStringLiteral("refused"), reason);
            continue;
        }
        if (mode & (S_ISUID | S_ISGID | S_ISVTX)) {
            m.insert(QLatin1String("setuid_stripped"), true);
            out.warnings << tr("member %1: setuid/setgid/sticky bits removed").arg(quoted(name));
        }

        // Once anything was refused, nothing more is written: the rest is only listed for the report.
        if (!problems.isEmpty()) {
            finish(QStringLiteral("skipped"), tr("not extracted: the archive was refused"));
            continue;
        }

        if (type == QLatin1String("directory")) {
            if (matchesAny(m_exclude, relative) || !m_include.isEmpty()) {
                finish(QStringLiteral("skipped"), tr("excluded by the include/exclude globs"));
                continue;
            }
            QString why;
            if (ensureDirs(safe, safe.size(), relative, &why) < 0) {
                refuse(name, why);
                finish(QStringLiteral("refused"), why);
                continue;
            }
            m.insert(QLatin1String("path"), relative);
            ++out.directoryCount;
            finish(QStringLiteral("extracted"));
            continue;
        }

        if (type == QLatin1String("symlink")) {
            const QString target =
                QString::fromUtf8(archive_entry_symlink_utf8(entry) ? archive_entry_symlink_utf8(entry)
                                                                    : archive_entry_symlink(entry));
            m.insert(QLatin1String("link"), target);
            reason = ArchivePathGuard::checkLinkTarget(safe, target);
            if (!reason.isEmpty()) {
                refuse(name, reason);
                finish(QStringLiteral("refused"), reason);
                continue;
            }
            if (matchesAny(m_exclude, relative) ||
                (!m_include.isEmpty() && !matchesAny(m_include, relative))) {
                finish(QStringLiteral("skipped"), tr("excluded by the include/exclude globs"));
                continue;
            }
            links.append({name, safe, target, int(out.members.size())});
            finish(QStringLiteral("extracted"));
            continue;
        }

        if (matchesAny(m_exclude, relative) || (!m_include.isEmpty() && !matchesAny(m_include, relative))) {
            finish(QStringLiteral("skipped"), tr("excluded by the include/exclude globs"));
            continue;
        }
        if (encrypted && m_options.password.isEmpty()) {
            reason = tr("it is encrypted and no password is configured (set the stage's password parameter)");
            if (m_options.skipUnreadableEncrypted) {
                out.unextracted << tr("member %1: %2").arg(quoted(name), reason);
                finish(QStringLiteral("failed"), reason);
            } else {
                refuse(name, reason);
                finish(QStringLiteral("refused"), reason);
            }
            continue;
        }
        const qint64 maxMember = m_options.limits.maxMemberBytes;
        if (maxMember > 0 && declared > maxMember) {
            reason = tr("larger than %1 bytes (max_member_size)").arg(maxMember);
            out.unextracted << tr("member %1: %2").arg(quoted(name), reason);
            finish(QStringLiteral("skipped"), reason);
            continue;
        }
        reason = budget.checkDeclaredSize(declared);
        if (!reason.isEmpty()) {
            problems << tr("member %1: %2").arg(quoted(name), reason);
            finish(QStringLiteral("refused"), reason);
            stopped = true;
            break;
        }

        // --- the file itself ------------------------------------------------------------------------------
        QString why;
        const QString folder = folderKey(safe, relative);
        const int dirFd = ensureDirs(safe, safe.size() - 1, folder, &why);
        if (dirFd < 0) {
            refuse(name, why);
            finish(QStringLiteral("refused"), why);
            continue;
        }
        // No insert into `names` until this member is done: the reference stays valid.
        NameUse& use = names[relative];
        const int seen = ++use.seen;
        // Created with its final mode (the folder being filled is private until the rename), so that
        // only a umask that would strip some of its bits costs an fchmod after the data.
        const mode_t fileMode = static_cast<mode_t>((mode & 0777) | 0600);
        const QString& fileName = safe.last();
        QString writtenName = fileName;
        QByteArray nativeName = QFile::encodeName(writtenName);
        Fd fd;
        for (int n = 2;; ++n) {
            fd.fd = ::openat(dirFd, nativeName.constData(),
                             O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, fileMode);
            if (fd.fd >= 0 || errno != EEXIST || n > 10000)
                break;
            writtenName = numbered(fileName, n);
            nativeName = QFile::encodeName(writtenName);
        }
        const QString writtenRelative =
            folder.isEmpty() ? writtenName : folder + QLatin1Char('/') + writtenName;
        const QString path = root + QLatin1Char('/') + writtenRelative; // for messages and hard links
        if (fd.fd < 0) {
            why = tr("cannot create %1: %2").arg(path, osError(errno));
            refuse(name, why);
            finish(QStringLiteral("refused"), why);
            continue;
        }
        if (seen > 1 || writtenRelative != relative) {
            out.duplicates.append(
                QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("written_as"), writtenRelative}});
            out.warnings
                << tr("member %1 occurs more than once (or clashes with another name): written as %2")
                       .arg(quoted(name), quoted(writtenRelative));
        }
        m.insert(QLatin1String("path"), writtenRelative);

        if (const char* hard = archive_entry_hardlink(entry)) {
            NameDecoding ignored;
            const QString targetName =
                isZip ? QString::fromUtf8(hard) : archivenames::decodeUtf8Name(hard, &ignored);
            m.insert(QLatin1String("link"), targetName);
            QStringList targetComponents;
            QString targetPath;
            if (ArchivePathGuard::splitMemberName(targetName, &targetComponents).isEmpty()) {
                QStringList t;
                for (const QString& c : targetComponents)
                    t << archivenames::sanitiseComponent(c);
                const QString targetWritten = names.value(t.join(QLatin1Char('/'))).written;
                if (!targetWritten.isEmpty())
                    targetPath = root + QLatin1Char('/') + targetWritten;
            }
            ::close(fd.fd);
            fd.fd = -1;
            ::unlinkat(dirFd, nativeName.constData(), 0);
            if (targetPath.isEmpty()) {
                why = tr("it is a hard link to %1, which is not a file extracted earlier from this archive")
                          .arg(quoted(targetName));
                refuse(name, why);
                finish(QStringLiteral("refused"), why);
                continue;
            }
            if (::link(QFile::encodeName(targetPath).constData(), QFile::encodeName(path).constData()) != 0 &&
                !QFile::copy(targetPath, path)) {
                why = tr("cannot create the hard link %1: %2").arg(path, osError(errno));
                refuse(name, why);
                finish(QStringLiteral("refused"), why);
                continue;
            }
            use.written = writtenRelative;
            out.files << writtenRelative;
            ++out.fileCount;
            finish(QStringLiteral("extracted"));
            continue;
        }

        qint64 position = 0;
        qint64 end = 0;
        qint64 fileSize = 0; // bytes actually written up to; less than `end` after a trailing sparse hole
        QString dataError;
        bool overLimit = false;
        bool tooLarge = false;
        for (;;) {
            const void* block = nullptr;
            size_t blockSize = 0;
            la_int64_t offset = 0;
            const int dr = archive_read_data_block(a, &block, &blockSize, &offset);
            if (dr == ARCHIVE_EOF)
                break;
            if (dr < ARCHIVE_WARN) {
                const QString libError = QString::fromLocal8Bit(archive_error_string(a));
                if (encrypted && (libError.contains(QLatin1String("passphrase"), Qt::CaseInsensitive)))
                    dataError = tr("it cannot be decrypted with the configured password (%1)").arg(libError);
                else
                    dataError = tr("its data cannot be read: %1").arg(libError);
                break;
            }
            if (m_feedback.isCanceled())
                break;
            const qint64 grow = qMax<qint64>(0, offset + static_cast<qint64>(blockSize) - end);
            if (maxMember > 0 && offset + static_cast<qint64>(blockSize) > maxMember) {
                tooLarge = true;
                break;
            }
            const QString limit = budget.addBytes(grow, archiveBytesRead());
            if (!limit.isEmpty()) {
                dataError = limit;
                overLimit = true;
                break;
            }
            if (offset != position) {
                if (::lseek(fd.fd, offset, SEEK_SET) < 0) {
                    dataError = tr("cannot seek in %1: %2").arg(path, osError(errno));
                    break;
                }
                position = offset;
            }
            const char* p = static_cast<const char*>(block);
            size_t left = blockSize;
            while (left > 0) {
                const ssize_t n = ::write(fd.fd, p, left);
                if (n < 0 && errno == EINTR)
                    continue;
                if (n <= 0) {
                    dataError = tr("cannot write %1: %2").arg(path, osError(errno));
                    break;
                }
                p += n;
                left -= static_cast<size_t>(n);
            }
            if (!dataError.isEmpty())
                break;
            position += static_cast<qint64>(blockSize);
            end = qMax(end, position);
            if (blockSize > 0)
                fileSize = qMax(fileSize, position);
        }
        if (m_feedback.isCanceled()) {
            out.canceled = true;
            out.error = tr("canceled");
            return out;
        }
        if (tooLarge) {
            ::close(fd.fd);
            fd.fd = -1;
            ::unlinkat(dirFd, nativeName.constData(), 0);
            reason = tr("larger than %1 bytes (max_member_size)").arg(maxMember);
            out.unextracted << tr("member %1: %2").arg(quoted(name), reason);
            m.remove(QStringLiteral("path"));
            finish(QStringLiteral("skipped"), reason);
            if (archive_read_data_skip(a) < ARCHIVE_WARN) {
                problems << tr("the archive is damaged after member %1: %2")
                                .arg(quoted(name), QString::fromLocal8Bit(archive_error_string(a)));
                stopped = true;
                break;
            }
            continue;
        }
        if (!dataError.isEmpty() && encrypted && !overLimit && m_options.skipUnreadableEncrypted) {
            // A wrong password: nothing of this member stays on disk, the others go on.
            ::close(fd.fd);
            fd.fd = -1;
            ::unlinkat(dirFd, nativeName.constData(), 0);
            m.remove(QStringLiteral("path"));
            out.unextracted << tr("member %1: %2").arg(quoted(name), dataError);
            finish(QStringLiteral("failed"), dataError);
            continue;
        }
        if (!dataError.isEmpty()) {
            problems << tr("member %1: %2").arg(quoted(name), dataError);
            finish(QStringLiteral("refused"), dataError);
            if (overLimit || !encrypted) {
                stopped = true;
                break;
            }
            continue;
        }
        // Only a trailing hole needs the size set (a truncate per file costs a journalled metadata update).
        if (fileSize != end && ::ftruncate(fd.fd, end) != 0) {
            problems << tr("member %1: cannot write %2: %3").arg(quoted(name), path, osError(errno));
            stopped = true;
            break;
        }
        if (archive_entry_mtime_is_set(entry)) {
            struct timespec times[2];
            times[0].tv_sec = 0;
            times[0].tv_nsec = UTIME_OMIT;
            times[1].tv_sec = static_cast<time_t>(archive_entry_mtime(entry));
            times[1].tv_nsec = archive_entry_mtime_nsec(entry);
            ::futimens(fd.fd, times);
        }
        if (creationMask < 0 || (fileMode & static_cast<mode_t>(creationMask)) != 0)
            ::fchmod(fd.fd, fileMode);
        if (::close(fd.fd) != 0) {
            fd.fd = -1;
            problems << tr("member %1: cannot write %2: %3").arg(quoted(name), path, osError(errno));
            stopped = true;
            break;
        }
        fd.fd = -1;
        m.insert(QLatin1String("size"), end);
        use.written = writtenRelative;
        out.files << writtenRelative;
        ++out.fileCount;
        finish(QStringLiteral("extracted"));
        if (archiveSize > 0)
            m_feedback.setProgress(qMin(99.0, 100.0 * static_cast<double>(archiveBytesRead()) /
                                                  static_cast<double>(archiveSize)));
    }
    Q_UNUSED(stopped);

    // Symbolic links last: no later member can be written through them.
    if (problems.isEmpty()) {
        for (const PendingLink& link : links) {
            QString why;
            const QString folder =
                link.components.size() < 2
                    ? QString()
                    : QStringList(link.components.mid(0, link.components.size() - 1)).join(QLatin1Char('/'));
            const int dirFd = ensureDirs(link.components, link.components.size() - 1, folder, &why);
            if (dirFd < 0) {
                refuse(link.member, why);
                continue;
            }
            const QByteArray target = QFile::encodeName(link.target);
            QString linkName = link.components.last();
            int n = 2;
            while (::symlinkat(target.constData(), dirFd, QFile::encodeName(linkName).constData()) != 0) {
                if (errno != EEXIST || n > 10000) {
                    refuse(link.member,
                           tr("cannot create the symbolic link %1: %2")
                               .arg(root + QLatin1Char('/') +
                                        (folder.isEmpty() ? linkName : folder + QLatin1Char('/') + linkName),
                                    osError(errno)));
                    break;
                }
                linkName = numbered(link.components.last(), n++);
            }
            const QString relativePath = folder.isEmpty() ? linkName : folder + QLatin1Char('/') + linkName;
            const QString path = root + QLatin1Char('/') + relativePath;
            const QString resolved = QFileInfo(path).canonicalFilePath();
            if (!resolved.isEmpty() && !ArchivePathGuard::isCanonicalInside(root, resolved)) {
                ::unlinkat(dirFd, QFile::encodeName(linkName).constData(), 0);
                refuse(link.member, tr("its link target %1 resolves outside the extraction folder (through "
                                       "other links)")
                                        .arg(quoted(link.target)));
                continue;
            }
            QJsonObject m = out.members.at(link.listIndex).toObject();
            m.insert(QLatin1String("path"), relativePath);
            out.members[link.listIndex] = m;
        }
    }

    out.totalBytes = budget.totalBytes();
    out.compressedBytes = compressedKnown ? compressedSum : -1;
    if (!problems.isEmpty()) {
        out.error = problems.join(QStringLiteral("; "));
        return out;
    }
    if (index < 0 && out.format.isEmpty())
        out.format = QString::fromLatin1(archive_format_name(a) ? archive_format_name(a) : "");
    if (filterThread)
        out.archiveHash = filterThread->stopAndHash();
    out.ok = true;
    m_feedback.setProgress(100);
    return out;
}

} // namespace sluice
