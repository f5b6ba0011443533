#include "s3_upload_stage.h"

#include "s3/object_key.h"
#include "s3/s3_client.h"
#include "s3/s3_credentials.h"
#include "s3/s3_uploader.h"
#include "s3/secret_redactor.h"

#include <QJsonArray>
#include <QMimeDatabase>
#include <QRegularExpression>

namespace sluice {

namespace {

constexpr qint64 kMiB = 1024 * 1024;

QString str(const QJsonObject& params, const char* name) {
    return params.value(QLatin1String(name)).toString().trimmed();
}

} // namespace

QString S3UploadStage::displayName() const {
    return tr("Upload to S3");
}
QString S3UploadStage::group() const {
    return tr("Output");
}
QString S3UploadStage::description() const {
    return tr("Uploads the file to an Amazon S3 (or S3-compatible) bucket, in parts for large files and "
              "resumable after a crash, and verifies the copy (size and ETag) before the source may be "
              "deleted. Credentials come from the environment or the AWS shared credentials file.");
}

QList<ParamSpec> S3UploadStage::parameters() const {
    QList<ParamSpec> p;
    p << makeParam(
        QStringLiteral("endpoint"), ParamType::String, QString(),
        tr("Base URL of an S3-compatible service, e.g. http://127.0.0.1:9000 (addressed path-style); "
           "empty for Amazon S3."));
    p << makeParam(QStringLiteral("region"), ParamType::String, QStringLiteral("us-east-1"),
                   tr("Region the bucket is in (part of the signature)."));
    ParamSpec bucket = makeParam(QStringLiteral("bucket"), ParamType::String,
                                 QJsonValue(QJsonValue::Undefined), tr("Bucket name."));
    bucket.required = true;
    p << bucket;
    p << makeParam(QStringLiteral("prefix"), ParamType::String, QString(),
                   tr("Folder-like prefix put before every key, e.g. incoming/2024 (a '/' is added)."));
    ParamSpec keyFrom =
        makeParam(QStringLiteral("key_from"), ParamType::Enum, QStringLiteral("name"),
                  tr("Key from the file name, or from its path relative to the watch folder."));
    keyFrom.choices = {QStringLiteral("name"), QStringLiteral("relative_path")};
    p << keyFrom;
    p << makeParam(QStringLiteral("content_type"), ParamType::String, QString(),
                   tr("Content-Type of the object; empty: the file's type by content."));
    p << makeParam(QStringLiteral("metadata"), ParamType::Json, QJsonObject(),
                   tr("User metadata, an object of name → value (US-ASCII), stored as x-amz-meta-<name>."));
    ParamSpec sse = makeParam(QStringLiteral("sse"), ParamType::Enum, QStringLiteral("none"),
                              tr("Server-side encryption: none, AES256 (S3-managed keys) or aws:kms."));
    sse.choices = {QStringLiteral("none"), QStringLiteral("AES256"), QStringLiteral("aws:kms")};
    p << sse;
    p << makeParam(QStringLiteral("kms_key_id"), ParamType::String, QString(),
                   tr("KMS key id or ARN for aws:kms; empty: the bucket's default key."));
    p << makeParam(QStringLiteral("multipart_threshold"), ParamType::Int, 64 * kMiB,
                   tr("Files of this size or more are uploaded in parts."), 8 * kMiB, QJsonValue(),
                   QStringLiteral("bytes"));
    p << makeParam(QStringLiteral("part_size"), ParamType::Int, 8 * kMiB,
                   tr("Size of each part of a multipart upload (raised when 10,000 parts would not do)."),
                   8 * kMiB, 5120 * kMiB, QStringLiteral("bytes"));
    p << makeParam(QStringLiteral("delete_after_upload"), ParamType::Bool, false,
                   tr("Delete the source file once the uploaded object has been verified."));
    p << makeParam(QStringLiteral("profile"), ParamType::String, QString(),
                   tr("Profile in the AWS shared credentials file; empty: the environment's keys, else "
                      "AWS_PROFILE, else default."));
    p << makeParam(
        QStringLiteral("credentials_file"), ParamType::Path, QString(),
        tr("AWS shared credentials file; empty: AWS_SHARED_CREDENTIALS_FILE or ~/.aws/credentials."));
    p << makeParam(QStringLiteral("state_dir"), ParamType::Path, QString(),
                   tr("Folder for the state of unfinished multipart uploads; empty: the application's data "
                      "folder, subfolder s3-uploads."));
    p << makeParam(QStringLiteral("stall_timeout"), ParamType::Int, 60,
                   tr("Give up a request (a transient error) when nothing moved for this long."), 1, 3600,
                   QStringLiteral("s"));
    return p;
}

QStringList S3UploadStage::checkParameters(const QJsonObject& params) const {
    QStringList problems;
    const QString bucket = str(params, "bucket");
    static const QRegularExpression bucketName(QStringLiteral("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$"));
    if (params.contains(QStringLiteral("bucket")) && !bucketName.match(bucket).hasMatch())
        problems << tr("bucket: \"%1\" is not a valid bucket name (3–63 characters: a–z, 0–9, '.', '-')")
                        .arg(bucket);
    const QString endpoint = str(params, "endpoint");
    if (!endpoint.isEmpty() && !endpoint.startsWith(QLatin1String("http://")) &&
        !endpoint.startsWith(QLatin1String("https://")))
        problems << tr("endpoint: must start with http:// or https://");
    const QJsonValue metadata = params.value(QStringLiteral("metadata"));
    if (!metadata.isUndefined() && !metadata.isNull()) {
        if (!metadata.isObject()) {
            problems << tr("metadata: must be an object of name → text");
        } else {
            static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9_-]+$"));
            static const QRegularExpression value(QStringLiteral("^[\\x20-\\x7E]*$"));
            const QJsonObject o = metadata.toObject();
            for (auto it = o.begin(); it != o.end(); ++it) {
                if (!name.match(it.key()).hasMatch())
                    problems << tr("metadata: name \"%1\" may only have letters, digits, '-' and '_'")
                                    .arg(it.key());
                if (!it.value().isString() || !value.match(it.value().toString()).hasMatch())
                    problems
                        << tr("metadata: the value of \"%1\" must be printable US-ASCII text").arg(it.key());
            }
        }
    }
    if (!str(params, "kms_key_id").isEmpty() && str(params, "sse") != QLatin1String("aws:kms"))
        problems << tr("kms_key_id: only used with sse aws:kms");
    const qint64 threshold = params.value(QStringLiteral("multipart_threshold")).toInteger(64 * kMiB);
    const qint64 part = params.value(QStringLiteral("part_size")).toInteger(8 * kMiB);
    if (threshold < part)
        problems << tr("multipart_threshold: must be at least part_size (%1 bytes)").arg(part);
    return problems;
}

StageResult S3UploadStage::process(Item& item, const QJsonObject& params, Feedback& feedback) {
    if (feedback.isCanceled())
        return StageResult::failure(tr("canceled"));
    QStringList problems = checkParameters(params);
    if (str(params, "bucket").isEmpty())
        problems << tr("bucket: required");
    if (!problems.isEmpty())
        return StageResult::failure(problems.join(QStringLiteral("; ")));

    S3CredentialOptions credentialOptions;
    credentialOptions.profile = str(params, "profile");
    credentialOptions.credentialsFile = str(params, "credentials_file");
    QString credentialError;
    const std::optional<S3Credentials> credentials = loadS3Credentials(credentialOptions, &credentialError);
    if (!credentials)
        return StageResult::failure(credentialError);

    QString keyError;
    const QString key = makeObjectKey(str(params, "prefix"), item.path, item.watchRoot,
                                      str(params, "key_from") == QLatin1String("relative_path")
                                          ? ObjectKeySource::RelativePath
                                          : ObjectKeySource::FileName,
                                      &keyError);
    if (key.isEmpty())
        return StageResult::failure(keyError);

    S3UploadOptions options;
    options.key = key;
    options.headers.contentType = str(params, "content_type");
    if (options.headers.contentType.isEmpty())
        options.headers.contentType =
            item.mime.isEmpty() ? QMimeDatabase().mimeTypeForFile(item.path).name() : item.mime;
    const QJsonObject metadata = params.value(QStringLiteral("metadata")).toObject();
    for (auto it = metadata.begin(); it != metadata.end(); ++it)
        options.headers.metadata.append({it.key(), it.value().toString()});
    const QString sse = str(params, "sse");
    if (sse != QLatin1String("none"))
        options.headers.serverSideEncryption = sse;
    options.headers.kmsKeyId = str(params, "kms_key_id");
    options.multipartThreshold = params.value(QStringLiteral("multipart_threshold")).toInteger(64 * kMiB);
    options.partSize = params.value(QStringLiteral("part_size")).toInteger(8 * kMiB);
    options.stateDir = str(params, "state_dir");
    options.deleteAfterUpload = params.value(QStringLiteral("delete_after_upload")).toBool();

    S3Location location;
    location.endpoint = str(params, "endpoint");
    location.region = str(params, "region");
    if (location.region.isEmpty())
        location.region = QStringLiteral("us-east-1");
    location.bucket = str(params, "bucket");
    S3Client client(location, *credentials);
    client.setTimeouts(10000, params.value(QStringLiteral("stall_timeout")).toInt(60));
    S3Uploader uploader(client, SecretRedactor(*credentials));
    const S3UploadResult r = uploader.upload(item.path, options, feedback);
    if (!r.ok)
        return StageResult::failure(r.error, r.transient);

    const QString sha256 = QString::fromLatin1(r.sha256.toHex());
    if (item.sha256.isEmpty())
        item.sha256 = sha256;
    QJsonObject out{{QStringLiteral("bucket"), location.bucket},
                    {QStringLiteral("key"), key},
                    {QStringLiteral("url"), r.url},
                    {QStringLiteral("target"), r.url},
                    {QStringLiteral("etag"), r.etag},
                    {QStringLiteral("verified"), r.verified},
                    {QStringLiteral("verification"), r.verification},
                    {QStringLiteral("sha256"), sha256},
                    {QStringLiteral("bytes"), r.bytes},
                    {QStringLiteral("parts"), r.parts},
                    {QStringLiteral("parts_resumed"), r.partsResumed},
                    {QStringLiteral("already_present"), r.alreadyPresent},
                    {QStringLiteral("content_type"), options.headers.contentType},
                    {QStringLiteral("sse"), sse},
                    {QStringLiteral("credentials"), credentials->source},
                    {QStringLiteral("deleted"), r.deleted}};
    if (!r.deleteError.isEmpty())
        out.insert(QStringLiteral("delete_error"), r.deleteError);
    return StageResult::success(out);
}

} // namespace sluice
