#pragma once

#include "pipeline/stage.h"

#include <QCoreApplication>

namespace sluice {

/// Stage `s3_upload` (group Output): uploads the file to an S3 bucket (AWS or any S3-compatible service)
/// and verifies the copy before the source may be deleted.
///
/// Key: `prefix` + the file name, or its path relative to the watch folder (`key_from`). Content type from
/// `content_type`, else the item's MIME type, else QMimeDatabase. User metadata (`metadata`, an object of
/// US-ASCII name → value pairs, sent as x-amz-meta-<name>), server-side encryption (`sse`: none, AES256,
/// aws:kms with optional `kms_key_id`). Files of `multipart_threshold` bytes or more go up in parts of
/// `part_size` bytes (≥ 8 MiB), resumable after a crash (S3Uploader). Requests are signed with SigV4 by
/// Sluice itself (core/s3/sigv4.h says why not libcurl's). Credentials come from the environment
/// (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN) or the shared credentials file
/// (`credentials_file`, AWS_SHARED_CREDENTIALS_FILE or ~/.aws/credentials; `profile`, AWS_PROFILE or
/// default) — never from the pipeline, which is why no parameter holds a secret.
/// With `delete_after_upload` the source is deleted only after the object was verified (size and ETag by
/// HEAD) and the file did not change meanwhile.
/// Output: {bucket, key, url, etag, verified, verification, sha256, bytes, parts, parts_resumed,
/// already_present, content_type, sse, credentials (where they came from, never their value), deleted,
/// delete_error}. Errors: transient for network trouble, 5xx, 429/SlowDown, timeouts; permanent for
/// refused credentials or signatures, a missing bucket, a bad key — each naming the S3 code and message.
class S3UploadStage : public Stage {
    Q_DECLARE_TR_FUNCTIONS(sluice::S3UploadStage)
public:
    QString id() const override { return QStringLiteral("s3_upload"); }
    QString displayName() const override;
    QString group() const override;
    QString description() const override;
    QList<ParamSpec> parameters() const override;
    QStringList checkParameters(const QJsonObject& params) const override;
    /// Uploads (and may delete): journaled by the executor; a replay finds the identical object and sends
    /// nothing.
    bool hasSideEffects() const override { return true; }
    StageResult process(Item& item, const QJsonObject& params, Feedback& feedback) override;
};

} // namespace sluice
