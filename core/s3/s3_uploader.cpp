#include "s3_uploader.h"

#include "file_digests.h"
#include "multipart_state.h"
#include "pipeline/feedback.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

namespace sluice {

namespace {

constexpr int kMaxParts = 10000;

QString hex(const QByteArray& raw) {
    return QString::fromLatin1(raw.toHex());
}

/// Progress over 2 × size bytes: hashing is the first half, sending the second.
struct ProgressMap {
    Feedback* feedback = nullptr;
    qint64 size = 0;
    bool report(qint64 done) const {
        const double total = 2.0 * static_cast<double>(qMax<qint64>(size, 1));
        feedback->setProgress(qMin(99.0, 100.0 * static_cast<double>(done) / total));
        return !feedback->isCanceled();
    }
};

bool sameFile(const QString& path, qint64 size, const QDateTime& mtime) {
    const QFileInfo info(path);
    return info.exists() && info.size() == size && info.lastModified().toUTC() == mtime;
}

} // namespace

S3Uploader::S3Uploader(S3Client& client, SecretRedactor redactor)
    : m_client(client), m_redactor(std::move(redactor)) {}

S3UploadResult S3Uploader::failure(const S3Error& error, const QString& context) const {
    S3UploadResult r;
    r.canceled = error.canceled;
    r.transient = error.transient;
    r.error = m_redactor.redact(error.canceled ? error.describe()
                                               : context + QStringLiteral(": ") + error.describe());
    return r;
}

S3UploadResult S3Uploader::failure(const QString& message, bool transient) const {
    S3UploadResult r;
    r.transient = transient;
    r.error = m_redactor.redact(message);
    return r;
}

S3UploadResult S3Uploader::upload(const QString& path, const S3UploadOptions& options, Feedback& feedback) {
    const QFileInfo info(path);
    if (!info.isFile())
        return failure(tr("%1 is not a readable file").arg(path), false);
    const qint64 size = info.size();
    const QDateTime mtime = info.lastModified().toUTC();
    const QString url = m_client.objectUrl(options.key);
    const bool kms = options.headers.serverSideEncryption == QLatin1String("aws:kms");

    qint64 partSize = qMax<qint64>(options.partSize, 5LL * 1024 * 1024);
    const bool multipart = size >= options.multipartThreshold && size > partSize;
    if (multipart && (size + partSize - 1) / partSize > kMaxParts)
        partSize = (size + kMaxParts - 1) / kMaxParts;

    // 1. Digests, one pass.
    ProgressMap progress{&feedback, size};
    FileDigests digests;
    QString digestError;
    if (!computeFileDigests(path, multipart ? partSize : 0, &digests, &digestError,
                            [&progress](qint64 done) { return progress.report(done); })) {
        if (feedback.isCanceled()) {
            S3UploadResult r = failure(tr("canceled"), false);
            r.canceled = true;
            return r;
        }
        return failure(digestError, false);
    }
    QList<QByteArray> partMd5s;
    for (const PartDigest& p : digests.parts)
        partMd5s << p.md5;
    const QString wholeMd5 = hex(digests.md5);
    const QString expectedEtag = multipart ? multipartEtag(partMd5s) : wholeMd5;
    // Some S3-compatible services (s3rver) give a multipart object the MD5 of the whole file instead.
    auto etagMatches = [&](const QString& etag) {
        return etag.compare(expectedEtag, Qt::CaseInsensitive) == 0 ||
               etag.compare(wholeMd5, Qt::CaseInsensitive) == 0;
    };

    S3UploadResult result;
    result.url = url;
    result.bytes = size;
    result.sha256 = digests.sha256;
    result.parts = multipart ? static_cast<int>(digests.parts.size()) : 1;

    MultipartStateFile stateFile(options.stateDir, url, QFileInfo(path).absoluteFilePath());
    std::optional<MultipartState> saved = multipart ? stateFile.load() : std::nullopt;

    // 2. Is the identical object there already (a replay after a crash)?
    bool exists = false;
    S3ObjectInfo before;
    S3Error headError;
    if (!m_client.headObject(options.key, &exists, &before, &headError)) {
        if (headError.transient || headError.canceled || headError.httpStatus != 403)
            return failure(headError, tr("cannot look up the object %1").arg(url));
        // 403 on HEAD: the credentials may upload but not read; verification then rests on ETags.
    }
    if (exists && !saved && before.size == size && !kms && etagMatches(before.etag)) {
        result.alreadyPresent = true;
        result.etag = before.etag;
        feedback.info(tr("%1 is already at %2 with the same content; nothing sent").arg(path, url));
    } else if (!multipart) {
        // 3a. One PUT.
        QString etag;
        S3Error error;
        if (!m_client.putObject(options.key, path, 0, size, digests.md5, digests.parts.first().sha256.toHex(),
                                options.headers, &etag, &error,
                                [&](qint64 sent) { return progress.report(size + sent); }))
            return failure(error, tr("cannot upload to %1").arg(url));
        if (!kms && !etag.isEmpty() && !etagMatches(etag))
            return failure(tr("upload of %1 damaged: the service's ETag %2 is not the file's MD5 %3")
                               .arg(url, etag, wholeMd5),
                           true);
        result.etag = etag;
    } else {
        // 3b. Multipart, resuming an earlier attempt when its state is still valid.
        MultipartState state;
        state.url = url;
        state.sourcePath = QFileInfo(path).absoluteFilePath();
        state.size = size;
        state.mtimeMs = mtime.toMSecsSinceEpoch();
        state.partSize = partSize;
        QMap<int, QString> confirmed;
        if (saved && saved->sameUpload(state)) {
            QList<S3Part> listed;
            S3Error error;
            if (m_client.listParts(options.key, saved->uploadId, &listed, &error)) {
                for (const S3Part& p : listed)
                    if (p.number >= 1 && p.number <= digests.parts.size() &&
                        (p.size < 0 || p.size == digests.parts[p.number - 1].length) &&
                        (kms || p.etag.compare(hex(partMd5s[p.number - 1]), Qt::CaseInsensitive) == 0))
                        confirmed.insert(p.number, p.etag);
                state = *saved;
            } else if (error.httpStatus == 404) {
                feedback.info(
                    tr("the interrupted upload of %1 is gone from the service; starting again").arg(url));
                stateFile.remove();
                saved.reset();
            } else if (error.httpStatus == 405 || error.httpStatus == 501) {
                // The service cannot list parts: trust the parts it confirmed before, as recorded.
                for (auto it = saved->parts.cbegin(); it != saved->parts.cend(); ++it)
                    if (it.key() <= digests.parts.size() &&
                        (kms || it.value().compare(hex(partMd5s[it.key() - 1]), Qt::CaseInsensitive) == 0))
                        confirmed.insert(it.key(), it.value());
                state = *saved;
            } else {
                return failure(error, tr("cannot list the parts of the interrupted upload to %1").arg(url));
            }
        } else if (saved) {
            // The file changed since: drop the old upload.
            S3Error ignored;
            m_client.abortMultipartUpload(options.key, saved->uploadId, &ignored);
            stateFile.remove();
            saved.reset();
        }
        if (!saved) {
            S3Error error;
            if (!m_client.createMultipartUpload(options.key, options.headers, &state.uploadId, &error))
                return failure(error, tr("cannot start a multipart upload to %1").arg(url));
            state.started = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        }
        state.parts = confirmed;
        QString saveError;
        if (!stateFile.save(state, &saveError))
            feedback.info(m_redactor.redact(saveError));
        result.partsResumed = static_cast<int>(confirmed.size());
        if (result.partsResumed > 0)
            feedback.info(tr("resuming the upload to %1: %2 of %3 parts are there already")
                              .arg(url)
                              .arg(result.partsResumed)
                              .arg(digests.parts.size()));

        auto giveUp = [&](const S3Error& error, const QString& context) {
            if (!error.transient && !error.canceled) {
                S3Error ignored;
                m_client.abortMultipartUpload(options.key, state.uploadId, &ignored);
                stateFile.remove();
            }
            return failure(error, context);
        };

        qint64 done = size;
        for (const int n : confirmed.keys())
            done += digests.parts[n - 1].length;
        progress.report(done);
        for (int i = 0; i < digests.parts.size(); ++i) {
            const int number = i + 1;
            if (confirmed.contains(number))
                continue;
            const PartDigest& part = digests.parts[i];
            QString etag;
            S3Error error;
            if (!m_client.uploadPart(options.key, state.uploadId, number, path, part.offset, part.length,
                                     part.md5, part.sha256.toHex(), &etag, &error,
                                     [&](qint64 sent) { return progress.report(done + sent); }))
                return giveUp(
                    error,
                    tr("cannot upload part %1 of %2 to %3").arg(number).arg(digests.parts.size()).arg(url));
            if (!kms && etag.compare(hex(part.md5), Qt::CaseInsensitive) != 0)
                return failure(tr("part %1 of the upload to %2 damaged: ETag %3, MD5 %4")
                                   .arg(number)
                                   .arg(url, etag, hex(part.md5)),
                               true);
            confirmed.insert(number, etag);
            state.parts.insert(number, etag);
            if (!stateFile.save(state, &saveError))
                feedback.info(m_redactor.redact(saveError));
            done += part.length;
            progress.report(done);
        }
        QList<S3Part> parts;
        for (auto it = confirmed.cbegin(); it != confirmed.cend(); ++it)
            parts << S3Part{it.key(), it.value(), -1};
        QString etag;
        S3Error error;
        if (!m_client.completeMultipartUpload(options.key, state.uploadId, parts, &etag, &error)) {
            if (error.code == QLatin1String("NoSuchUpload") || error.code == QLatin1String("InvalidPart")) {
                // The recorded parts are not there after all: the next attempt starts over.
                stateFile.remove();
                error.transient = true;
            }
            return giveUp(error, tr("cannot complete the multipart upload to %1").arg(url));
        }
        stateFile.remove();
        if (!kms && !etagMatches(etag))
            return failure(tr("upload of %1 damaged: the service's ETag %2 is neither %3 nor %4")
                               .arg(url, etag, expectedEtag, wholeMd5),
                           true);
        result.etag = etag;
    }

    // 4. Verify what the service holds now.
    if (!sameFile(path, size, mtime))
        return failure(tr("%1 changed during the upload to %2; it will be uploaded again").arg(path, url),
                       true);
    S3ObjectInfo after;
    S3Error verifyError;
    exists = false;
    bool sizeChecked = false;
    if (m_client.headObject(options.key, &exists, &after, &verifyError)) {
        if (!exists)
            return failure(tr("the upload to %1 reported success but the object is not there").arg(url),
                           true);
        if (after.size != size)
            return failure(
                tr("the object at %1 has %2 bytes, the file %3").arg(url).arg(after.size).arg(size), true);
        if (!kms && !etagMatches(after.etag))
            return failure(tr("the object at %1 has ETag %2, expected %3").arg(url, after.etag, expectedEtag),
                           true);
        sizeChecked = true;
        result.etag = after.etag;
    } else if (verifyError.httpStatus != 403) {
        return failure(verifyError, tr("cannot verify the object at %1").arg(url));
    }
    if (kms)
        result.verification = QStringLiteral("content-md5");
    else
        result.verification = result.etag.contains(QLatin1Char('-')) ? QStringLiteral("etag-multipart")
                                                                     : QStringLiteral("etag-md5");
    if (sizeChecked)
        result.verification += QStringLiteral("+size");
    result.verified = true;
    result.ok = true;

    // 5. Only now may the source go.
    if (options.deleteAfterUpload) {
        if (!sameFile(path, size, mtime)) {
            result.deleteError = tr("not deleted: %1 changed after its upload").arg(path);
        } else {
            QFile file(path);
            result.deleted = file.remove();
            if (!result.deleted)
                result.deleteError = tr("cannot delete %1: %2").arg(path, file.errorString());
        }
    }
    feedback.setProgress(100);
    return result;
}

} // namespace sluice
