#include "file_digests.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <memory>
#include <openssl/evp.h>

namespace sluice {

namespace {

struct MdCtxDeleter {
    void operator()(EVP_MD_CTX* ctx) const { EVP_MD_CTX_free(ctx); }
};
using MdCtx = std::unique_ptr<EVP_MD_CTX, MdCtxDeleter>;

MdCtx newDigest(const EVP_MD* md) {
    MdCtx ctx(EVP_MD_CTX_new());
    if (ctx && EVP_DigestInit_ex(ctx.get(), md, nullptr) != 1)
        ctx.reset();
    return ctx;
}

QByteArray finish(EVP_MD_CTX* ctx) {
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int n = 0;
    if (EVP_DigestFinal_ex(ctx, out, &n) != 1)
        return {};
    return QByteArray(reinterpret_cast<const char*>(out), static_cast<int>(n));
}

QString tr(const char* text) {
    return QCoreApplication::translate("sluice", text);
}

} // namespace

bool computeFileDigests(const QString& path, qint64 partSize, FileDigests* digests, QString* error,
                        const std::function<bool(qint64)>& progress) {
    auto failWith = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failWith(tr("cannot open %1: %2").arg(path, file.errorString()));
    const qint64 size = file.size();
    if (partSize <= 0)
        partSize = qMax<qint64>(size, 1);

    FileDigests out;
    out.size = size;
    MdCtx whole = newDigest(EVP_md5());
    MdCtx wholeSha = newDigest(EVP_sha256());
    if (!whole || !wholeSha)
        return failWith(tr("OpenSSL cannot start an MD5 digest"));
    constexpr qint64 chunk = 1 << 20;
    QByteArray buffer(static_cast<int>(chunk), Qt::Uninitialized);
    qint64 offset = 0;
    do {
        PartDigest part;
        part.offset = offset;
        part.length = qMin(partSize, size - offset);
        MdCtx md5 = newDigest(EVP_md5());
        MdCtx sha = newDigest(EVP_sha256());
        if (!md5 || !sha)
            return failWith(tr("OpenSSL cannot start a digest"));
        qint64 left = part.length;
        while (left > 0) {
            const qint64 n = file.read(buffer.data(), qMin(chunk, left));
            if (n <= 0)
                return failWith(tr("cannot read %1 at byte %2: %3")
                                    .arg(path)
                                    .arg(offset + part.length - left)
                                    .arg(n == 0 ? tr("the file became shorter") : file.errorString()));
            EVP_DigestUpdate(md5.get(), buffer.constData(), static_cast<size_t>(n));
            EVP_DigestUpdate(sha.get(), buffer.constData(), static_cast<size_t>(n));
            EVP_DigestUpdate(whole.get(), buffer.constData(), static_cast<size_t>(n));
            if (partSize < size) // a single part's SHA-256 is the whole file's
                EVP_DigestUpdate(wholeSha.get(), buffer.constData(), static_cast<size_t>(n));
            left -= n;
            if (progress && !progress(offset + part.length - left))
                return failWith(tr("canceled"));
        }
        part.md5 = finish(md5.get());
        part.sha256 = finish(sha.get());
        out.parts << part;
        offset += part.length;
    } while (offset < size);
    out.md5 = finish(whole.get());
    out.sha256 = partSize < size ? finish(wholeSha.get()) : out.parts.first().sha256;
    if (digests)
        *digests = out;
    return true;
}

QString multipartEtag(const QList<QByteArray>& partMd5s) {
    QByteArray concatenated;
    for (const QByteArray& md5 : partMd5s)
        concatenated += md5;
    return QString::fromLatin1(QCryptographicHash::hash(concatenated, QCryptographicHash::Md5).toHex()) +
           QLatin1Char('-') + QString::number(partMd5s.size());
}

} // namespace sluice
