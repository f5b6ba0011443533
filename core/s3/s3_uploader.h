#pragma once

#include "s3_client.h"
#include "secret_redactor.h"

#include <QCoreApplication>
#include <QString>

namespace sluice {

class Feedback;

/// How one file is uploaded.
struct S3UploadOptions {
    QString key;                                    ///< object key (UTF-8, no leading '/')
    S3ObjectHeaders headers;                        ///< content type, user metadata, server-side encryption
    qint64 multipartThreshold = 64LL * 1024 * 1024; ///< bytes; files this large or larger go multipart
    qint64 partSize = 8LL * 1024 * 1024; ///< bytes per part (raised when 10,000 parts would not do)
    QString stateDir;                    ///< multipart state folder; empty = the default
    bool deleteAfterUpload = false;      ///< delete the source once the upload is verified
};

/// What happened. Holds no credentials.
struct S3UploadResult {
    bool ok = false;
    QString error;          ///< when !ok: one sentence, redacted
    bool transient = false; ///< when !ok: worth retrying
    bool canceled = false;
    QString etag;          ///< the object's ETag, without quotes
    bool verified = false; ///< see `verification`
    /// How the copy was checked: "etag-md5" (ETag == MD5 of the file), "etag-multipart" (ETag == MD5 of
    /// the part MD5s + "-N"), "content-md5" (aws:kms, whose ETag is no MD5: every request carried
    /// Content-MD5 the service checked) — each followed by "+size" when HEAD confirmed the size.
    QString verification;
    int parts = 1;               ///< 1 for a single PUT
    int partsResumed = 0;        ///< parts of an earlier, interrupted attempt that were kept
    qint64 bytes = 0;            ///< size of the object
    QByteArray sha256;           ///< SHA-256 of the file that was uploaded, 32 raw bytes
    QString url;                 ///< object URL without credentials
    bool alreadyPresent = false; ///< the identical object was there already: nothing was sent
    bool deleted = false;        ///< the source was deleted (only after verification)
    QString deleteError;         ///< why the verified source could not be deleted
};

/// Uploads one file to S3 and proves the copy before anything is deleted.
///
/// Steps: one pass over the file for MD5 + SHA-256 per part (OpenSSL); HEAD — when the identical object
/// (same size, matching ETag) is there already, nothing is sent (so a job replayed after a crash uploads
/// nothing twice); a single PutObject with Content-MD5 below `multipartThreshold`, else a multipart upload
/// whose id and confirmed parts are kept in a MultipartStateFile so a later attempt resumes it (ListParts;
/// a service without ListParts resumes from the parts recorded locally); every part's returned ETag is
/// compared with its MD5; then HEAD again to check size and ETag, and only then the optional delete (and
/// only if the file's size and mtime did not change meanwhile). Progress: hashing is the first half,
/// sending the second. Errors are classified transient/permanent (S3Error) and redacted.
class S3Uploader {
    Q_DECLARE_TR_FUNCTIONS(sluice::S3Uploader)
public:
    S3Uploader(S3Client& client, SecretRedactor redactor);

    S3UploadResult upload(const QString& path, const S3UploadOptions& options, Feedback& feedback);

private:
    S3UploadResult failure(const S3Error& error, const QString& context) const;
    S3UploadResult failure(const QString& message, bool transient) const;

    S3Client& m_client;
    SecretRedactor m_redactor;
};

} // namespace sluice
