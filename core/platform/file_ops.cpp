#include "file_ops.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <cerrno>
#include <cstring>
#include <memory>
#include <openssl/evp.h>

#ifdef Q_OS_UNIX
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace sluice::fileops {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("sluice::fileops", text);
}

constexpr qint64 kChunk = 1 << 20;

struct MdCtxDeleter {
    void operator()(EVP_MD_CTX* ctx) const { EVP_MD_CTX_free(ctx); }
};

bool isTransientErrno(int code) {
    return code == EBUSY || code == EAGAIN || code == ETXTBSY || code == ENOSPC || code == EINTR ||
           code == EDQUOT;
}

/// Serialises choosing and claiming final names within this process; across processes link(2)'s
/// refusal to replace does the same.
QMutex& nameMutex() {
    static QMutex mutex;
    return mutex;
}

bool syncFile(QFile& file) {
#ifdef Q_OS_UNIX
    return file.flush() && ::fsync(file.handle()) == 0;
#else
    return file.flush();
#endif
}

void syncDir(const QString& dir) {
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    (void)dir;
#endif
}

/// Gives `temp` the name `final` without replacing an existing file; false with errno EEXIST when taken.
bool linkNoReplace(const QString& temp, const QString& final, int* errorCode) {
#ifdef Q_OS_UNIX
    if (::link(QFile::encodeName(temp).constData(), QFile::encodeName(final).constData()) == 0) {
        ::unlink(QFile::encodeName(temp).constData());
        return true;
    }
    *errorCode = errno;
    if (*errorCode != EPERM && *errorCode != ENOTSUP && *errorCode != EOPNOTSUPP)
        return false;
        // File systems without hard links (FAT, some network shares): check, then rename.
#endif
    if (QFileInfo::exists(final)) {
        *errorCode = EEXIST;
        return false;
    }
    if (QFile::rename(temp, final))
        return true;
    *errorCode = EIO;
    return false;
}

bool renameReplace(const QString& temp, const QString& final, int* errorCode) {
#ifdef Q_OS_UNIX
    if (::rename(QFile::encodeName(temp).constData(), QFile::encodeName(final).constData()) == 0)
        return true;
    *errorCode = errno;
    return false;
#else
    QFile::remove(final);
    *errorCode = EIO;
    return QFile::rename(temp, final);
#endif
}

/// True when `candidate` exists with the source's size and SHA-256 (computed lazily into `sourceSha`).
bool sameContent(const QString& source, const QString& candidate, qint64 sourceSize, QString* sourceSha,
                 Feedback& feedback) {
    const QFileInfo info(candidate);
    if (!info.exists() || !info.isFile() || info.size() != sourceSize)
        return false;
    QString err;
    qint64 bytes = 0;
    if (sourceSha->isEmpty() && !sha256File(source, sourceSha, &bytes, &err, &feedback))
        return false;
    QString candidateSha;
    if (!sha256File(candidate, &candidateSha, &bytes, &err, &feedback))
        return false;
    return candidateSha == *sourceSha;
}

} // namespace

QStringList conflictPolicyNames() {
    return {QStringLiteral("unique"), QStringLiteral("overwrite"), QStringLiteral("skip"),
            QStringLiteral("fail")};
}

ConflictPolicy conflictPolicyFromName(const QString& name) {
    if (name == QLatin1String("overwrite"))
        return ConflictPolicy::Overwrite;
    if (name == QLatin1String("skip"))
        return ConflictPolicy::Skip;
    if (name == QLatin1String("fail"))
        return ConflictPolicy::Fail;
    return ConflictPolicy::Unique;
}

bool sha256File(const QString& path, QString* hex, qint64* bytes, QString* error, Feedback* feedback,
                double progressFrom, double progressTo, bool* transient) {
    if (transient)
        *transient = false;
    QFile file(path);
    errno = 0;
    if (!file.open(QIODevice::ReadOnly)) {
        if (transient)
            *transient = isTransientErrno(errno);
        *error = tr("cannot open %1: %2").arg(path, file.errorString());
        return false;
    }
    std::unique_ptr<EVP_MD_CTX, MdCtxDeleter> ctx(EVP_MD_CTX_new());
    if (!ctx || EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr) != 1) {
        *error = tr("cannot start SHA-256: OpenSSL failed");
        return false;
    }
    const qint64 expected = file.size();
    QByteArray buffer(int(kChunk), Qt::Uninitialized);
    qint64 total = 0;
    for (;;) {
        if (feedback && feedback->isCanceled()) {
            *error = tr("canceled");
            return false;
        }
        const qint64 n = file.read(buffer.data(), kChunk);
        if (n < 0) {
            *error = tr("cannot read %1: %2").arg(path, file.errorString());
            return false;
        }
        if (n == 0)
            break;
        EVP_DigestUpdate(ctx.get(), buffer.constData(), size_t(n));
        total += n;
        if (feedback && expected > 0)
            feedback->setProgress(progressFrom +
                                  (progressTo - progressFrom) * double(total) / double(expected));
    }
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(ctx.get(), md, &length);
    *hex = QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(md), int(length)).toHex());
    *bytes = total;
    return true;
}

bool isInside(const QString& root, const QString& path, bool allowRoot) {
    auto resolved = [](const QString& p) {
        // Resolve links in the longest existing ancestor, then append the rest as written.
        QString existing = QDir::cleanPath(QFileInfo(p).absoluteFilePath());
        QString rest;
        while (!existing.isEmpty() && !QFileInfo::exists(existing)) {
            const int slash = existing.lastIndexOf(QLatin1Char('/'));
            if (slash <= 0)
                break;
            rest = existing.mid(slash) + rest;
            existing = existing.left(slash);
        }
        const QString canonical = QFileInfo(existing).canonicalFilePath();
        return QDir::cleanPath((canonical.isEmpty() ? existing : canonical) + rest);
    };
    const QString r = resolved(root);
    const QString p = resolved(path);
    if (p == r)
        return allowRoot;
    return p.startsWith(r.endsWith(QLatin1Char('/')) ? r : r + QLatin1Char('/'));
}

QString numberedName(const QString& path, int n) {
    if (n <= 1)
        return path;
    const QFileInfo info(path);
    const QString name = info.fileName();
    const int dot = name.lastIndexOf(QLatin1Char('.'));
    const QString stem = dot > 0 ? name.left(dot) : name;
    const QString ext = dot > 0 ? name.mid(dot) : QString();
    return info.dir().filePath(QStringLiteral("%1 (%2)%3").arg(stem).arg(n).arg(ext));
}

bool copyVerified(const QString& source, const QString& target, ConflictPolicy policy, Feedback& feedback,
                  CopyOutcome* outcome, QString* error, bool* transient) {
    bool localTransient = false;
    bool& isTransient = transient ? *transient : localTransient;
    isTransient = false;
    *outcome = CopyOutcome();
    const QFileInfo sourceInfo(source);
    if (!sourceInfo.isFile()) {
        *error = tr("source %1 does not exist or is not a regular file").arg(source);
        return false;
    }
    const qint64 sourceSize = sourceInfo.size();
    QString sourceSha;
    const QFileInfo targetInfo(target);
    const QString dir = targetInfo.absolutePath();
    const QString tag = QString::fromLatin1(
        QCryptographicHash::hash(source.toUtf8(), QCryptographicHash::Sha1).toHex().left(12));
    const QString temp =
        QDir(dir).filePath(QStringLiteral(".%1.%2.sluice-part").arg(targetInfo.fileName().left(180), tag));

    // 1. A target with these bytes is there already (a copy that ran before an interruption, or a file the
    //    user copied): nothing to write. Under Unique every numbered name is checked in turn.
    const int maxNumber = policy == ConflictPolicy::Unique ? 10000 : 1;
    for (int n = 1; n <= maxNumber; ++n) {
        const QString candidate = numberedName(target, n);
        if (!QFileInfo::exists(candidate))
            break;
        if (sameContent(source, candidate, sourceSize, &sourceSha, feedback)) {
            outcome->target = candidate;
            outcome->sha256 = sourceSha;
            outcome->bytes = sourceSize;
            outcome->alreadyPresent = true;
            // Killed between naming the copy and removing its temporary: tidy up.
            QFile::remove(temp);
            feedback.setProgress(100);
            return true;
        }
        if (feedback.isCanceled()) {
            *error = tr("canceled");
            return false;
        }
    }
    if (QFileInfo::exists(target) && policy == ConflictPolicy::Skip) {
        outcome->target = target;
        outcome->skipped = true;
        return true;
    }
    if (QFileInfo::exists(target) && policy == ConflictPolicy::Fail) {
        *error = tr("target %1 exists with other content").arg(target);
        return false;
    }

    // 2. Copy into a temporary name beside the target, hashing what is read.
    if (!QDir().mkpath(dir)) {
        *error = tr("cannot create folder %1").arg(dir);
        return false;
    }
    auto failWith = [&](const QString& message, bool isTransientError) {
        QFile::remove(temp);
        *error = message;
        isTransient = isTransientError;
        return false;
    };
    QFile in(source);
    errno = 0;
    if (!in.open(QIODevice::ReadOnly))
        return failWith(tr("cannot open %1: %2").arg(source, in.errorString()), isTransientErrno(errno));
    QFile out(temp);
    errno = 0;
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return failWith(tr("cannot write %1: %2").arg(temp, out.errorString()), isTransientErrno(errno));
    std::unique_ptr<EVP_MD_CTX, MdCtxDeleter> ctx(EVP_MD_CTX_new());
    if (!ctx || EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr) != 1)
        return failWith(tr("cannot start SHA-256: OpenSSL failed"), false);
    QByteArray buffer(int(kChunk), Qt::Uninitialized);
    qint64 copied = 0;
    for (;;) {
        if (feedback.isCanceled())
            return failWith(tr("canceled"), false);
        const qint64 n = in.read(buffer.data(), kChunk);
        if (n < 0)
            return failWith(tr("cannot read %1: %2").arg(source, in.errorString()), false);
        if (n == 0)
            break;
        errno = 0;
        if (out.write(buffer.constData(), n) != n)
            return failWith(tr("cannot write %1: %2").arg(temp, out.errorString()), isTransientErrno(errno));
        EVP_DigestUpdate(ctx.get(), buffer.constData(), size_t(n));
        copied += n;
        if (sourceSize > 0)
            feedback.setProgress(70.0 * double(copied) / double(sourceSize));
    }
    errno = 0;
    if (!syncFile(out))
        return failWith(tr("cannot flush %1 to disk: %2").arg(temp, out.errorString()),
                        isTransientErrno(errno));
    out.close();
    in.close();
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(ctx.get(), md, &length);
    const QString readSha =
        QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(md), int(length)).toHex());
    if (!sourceSha.isEmpty() && sourceSha != readSha)
        return failWith(tr("source %1 changed while it was copied").arg(source), true);

    // 3. Read the copy back: it must match what was read from the source, byte count and digest.
    QString tempSha;
    qint64 tempBytes = 0;
    QString verifyError;
    if (!sha256File(temp, &tempSha, &tempBytes, &verifyError, &feedback, 70, 99))
        return failWith(verifyError, false);
    if (tempBytes != copied || tempSha != readSha)
        return failWith(tr("the copy %1 does not match its source (%2 of %3 bytes, SHA-256 differs)")
                            .arg(temp)
                            .arg(tempBytes)
                            .arg(copied),
                        true);
    if (QFileInfo(source).size() != copied)
        return failWith(tr("source %1 changed while it was copied").arg(source), true);
    {
        QFile stamp(temp);
        if (stamp.open(QIODevice::ReadWrite))
            stamp.setFileTime(sourceInfo.lastModified(), QFileDevice::FileModificationTime);
    }

    // 4. Give it its final name.
    QMutexLocker lock(&nameMutex());
    int code = 0;
    QString final = target;
    if (policy == ConflictPolicy::Overwrite) {
        if (!renameReplace(temp, target, &code))
            return failWith(
                tr("cannot rename %1 to %2: %3").arg(temp, target, QString::fromLocal8Bit(strerror(code))),
                isTransientErrno(code));
    } else {
        bool placed = false;
        for (int n = 1; n <= maxNumber && !placed; ++n) {
            final = numberedName(target, n);
            if (linkNoReplace(temp, final, &code)) {
                placed = true;
                break;
            }
            if (code != EEXIST)
                return failWith(
                    tr("cannot rename %1 to %2: %3").arg(temp, final, QString::fromLocal8Bit(strerror(code))),
                    isTransientErrno(code));
            // Taken meanwhile (another worker or process): identical is as good as ours.
            QString sha = readSha;
            if (sameContent(temp, final, copied, &sha, feedback)) {
                QFile::remove(temp);
                outcome->alreadyPresent = true;
                placed = true;
                break;
            }
            if (policy == ConflictPolicy::Skip) {
                QFile::remove(temp);
                outcome->target = final;
                outcome->skipped = true;
                return true;
            }
            if (policy == ConflictPolicy::Fail)
                return failWith(tr("target %1 exists with other content").arg(final), false);
        }
        if (!placed)
            return failWith(tr("no free name for %1").arg(target), false);
    }
    syncDir(dir);
    outcome->target = final;
    outcome->sha256 = readSha;
    outcome->bytes = copied;
    feedback.setProgress(100);
    return true;
}

bool removeFile(const QString& path, QString* error) {
    QFile file(path);
    if (!file.exists() || file.remove()) {
        syncDir(QFileInfo(path).absolutePath());
        return true;
    }
    *error = tr("cannot delete %1: %2").arg(path, file.errorString());
    return false;
}

namespace {

/// Length of the valid UTF-8 sequence (RFC 3629: no overlongs, no surrogates, ≤ U+10FFFF) starting at
/// `i`, or 0 when the bytes there are not one.
int utf8SequenceAt(const QByteArray& s, qsizetype i) {
    const auto b = [&s](qsizetype k) {
        return k < s.size() ? uchar(s.at(k)) : 0u;
    };
    const uint c = b(i);
    const auto cont = [&b](qsizetype k) {
        return (b(k) & 0xC0u) == 0x80u;
    };
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF)
        return cont(i + 1) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        const uint lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
        return b(i + 1) >= lo && b(i + 1) <= hi && cont(i + 2) ? 3 : 0;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        const uint lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
        return b(i + 1) >= lo && b(i + 1) <= hi && cont(i + 2) && cont(i + 3) ? 4 : 0;
    }
    return 0;
}

#ifdef Q_OS_UNIX
/// Walks `dir` (raw bytes; empty for "/") like QDirIterator(Files | NoSymLinks, Subdirectories): hidden
/// files and folders left out, symbolic links not followed; and lists the entries whose names do not
/// survive QFile::decodeName/encodeName in `unrepresentable`.
void walk(const QByteArray& dir, QStringList* found, QStringList* unrepresentable) {
    DIR* d = ::opendir(dir.isEmpty() ? "/" : dir.constData());
    if (!d)
        return;
    while (const dirent* e = ::readdir(d)) {
        const QByteArray name(e->d_name);
        if (name.startsWith('.')) // hidden (and "." / ".."), as QDir::Files without QDir::Hidden
            continue;
        const QByteArray path = dir + '/' + name;
        struct stat st;
        if (::lstat(path.constData(), &st) != 0 || !(S_ISREG(st.st_mode) || S_ISDIR(st.st_mode)))
            continue;
        if (QFile::encodeName(QFile::decodeName(name)) != name) {
            if (unrepresentable)
                unrepresentable->append(displayNameOf(path));
            continue;
        }
        if (S_ISDIR(st.st_mode))
            walk(path, found, unrepresentable);
        else
            found->append(QFile::decodeName(path));
    }
    ::closedir(d);
}
#endif

} // namespace

QString displayNameOf(const QByteArray& rawPath) {
    QString text;
    qsizetype validFrom = 0;
    for (qsizetype i = 0; i < rawPath.size();) {
        const int n = utf8SequenceAt(rawPath, i);
        if (n > 0) {
            i += n;
            continue;
        }
        text += QString::fromUtf8(rawPath.mid(validFrom, i - validFrom));
        text += QStringLiteral("\\x") +
                QString::number(uchar(rawPath.at(i)), 16).toUpper().rightJustified(2, QLatin1Char('0'));
        validFrom = ++i;
    }
    return text + QString::fromUtf8(rawPath.mid(validFrom));
}

QStringList filesUnder(const QString& folder, QStringList* unrepresentable) {
    QStringList found;
#ifdef Q_OS_UNIX
    QByteArray root = QFile::encodeName(QFileInfo(folder).absoluteFilePath());
    while (root.size() > 1 && root.endsWith('/'))
        root.chop(1);
    walk(root == "/" ? QByteArray() : root, &found, unrepresentable);
    if (unrepresentable)
        unrepresentable->sort();
#else
    Q_UNUSED(unrepresentable)
    QDirIterator it(QFileInfo(folder).absoluteFilePath(), QDir::Files | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        found.append(it.next());
#endif
    found.sort();
    return found;
}

} // namespace sluice::fileops
