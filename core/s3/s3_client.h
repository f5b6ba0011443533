#pragma once

#include "http_transport.h"
#include "s3_credentials.h"
#include "s3_error.h"
#include "sigv4.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <functional>

namespace sluice {

/// Where the bucket lives.
struct S3Location {
    /// Base URL of an S3-compatible service ("http://127.0.0.1:9000"); empty for AWS
    /// (https://s3.<region>.amazonaws.com). A custom endpoint is addressed path-style (/bucket/key);
    /// AWS virtual-hosted style (bucket.s3.<region>.amazonaws.com/key) unless the bucket name has a dot.
    QString endpoint;
    QString region = QStringLiteral("us-east-1");
    QString bucket;
};

/// One uploaded part of a multipart upload.
struct S3Part {
    int number = 0;   ///< 1–10000
    QString etag;     ///< without quotes
    qint64 size = -1; ///< bytes, -1 when unknown
};

/// What HEAD tells about an object.
struct S3ObjectInfo {
    qint64 size = -1;
    QString etag; ///< without quotes
    QString contentType;
    QString serverSideEncryption;    ///< x-amz-server-side-encryption, empty when the service says nothing
    QMap<QString, QString> metadata; ///< x-amz-meta-* without the prefix, names lower-case
};

/// Headers that describe an object on upload.
struct S3ObjectHeaders {
    QString contentType;
    QList<QPair<QString, QString>> metadata; ///< sent as x-amz-meta-<name>; US-ASCII only
    QString serverSideEncryption;            ///< "", "AES256" or "aws:kms"
    QString kmsKeyId;                        ///< with aws:kms; empty = the bucket's default key
};

/// A small S3 REST client over libcurl that signs every request itself (see SigV4Request for why).
///
/// Each call is one HTTP exchange on a fresh easy handle, so one client may be used from one thread at a
/// time and several clients from several threads. Every call checks the HTTP status (libcurl reports 4xx
/// as success) and returns false with an S3Error naming the S3 code and message. Body bytes are signed with
/// their SHA-256 (x-amz-content-sha256). Error texts may still contain the access key id: redact them.
class S3Client {
public:
    S3Client(S3Location location, const S3Credentials& credentials);

    /// The object's URL (no credentials), e.g. http://127.0.0.1:9000/bucket/a%20b.pdf.
    QString objectUrl(const QString& key) const;
    /// Connect timeout (ms) and stall timeout (s, < 1 byte/s) of every request.
    void setTimeouts(long connectMs, long stallS);
    /// Replaces the clock used for x-amz-date (tests).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    /// HEAD object. `exists` is false (and true returned) on 404.
    bool headObject(const QString& key, bool* exists, S3ObjectInfo* info, S3Error* error);
    /// GET object into memory (small objects; tests and checks).
    bool getObject(const QString& key, QByteArray* body, S3Error* error);
    /// PUT object from bytes [offset, offset+length) of `file`, with Content-MD5 `md5` (16 raw bytes) and
    /// x-amz-content-sha256 `sha256Hex`. `etag` receives the answer's ETag without quotes.
    bool putObject(const QString& key, const QString& file, qint64 offset, qint64 length,
                   const QByteArray& md5, const QByteArray& sha256Hex, const S3ObjectHeaders& headers,
                   QString* etag, S3Error* error, const std::function<bool(qint64)>& progress = {});
    /// POST ?uploads: starts a multipart upload; `uploadId` receives its id.
    bool createMultipartUpload(const QString& key, const S3ObjectHeaders& headers, QString* uploadId,
                               S3Error* error);
    /// PUT ?partNumber=N&uploadId=ID with a file range, Content-MD5 and payload SHA-256.
    bool uploadPart(const QString& key, const QString& uploadId, int partNumber, const QString& file,
                    qint64 offset, qint64 length, const QByteArray& md5, const QByteArray& sha256Hex,
                    QString* etag, S3Error* error, const std::function<bool(qint64)>& progress = {});
    /// GET ?uploadId=ID, following part-number markers until the list is complete.
    bool listParts(const QString& key, const QString& uploadId, QList<S3Part>* parts, S3Error* error);
    /// POST ?uploadId=ID with the part list. Also fails on a 200 answer that carries an <Error> document
    /// (S3 may report a failed completion that way). `etag` receives the object's ETag.
    bool completeMultipartUpload(const QString& key, const QString& uploadId, const QList<S3Part>& parts,
                                 QString* etag, S3Error* error);
    /// DELETE ?uploadId=ID.
    bool abortMultipartUpload(const QString& key, const QString& uploadId, S3Error* error);

    /// Builds and sends one signed request (exposed for tests of odd requests).
    HttpResponse send(const QByteArray& method, const QString& key, const QList<BytePair>& query,
                      QList<BytePair> headers, const QByteArray& body, const QByteArray& payloadHash,
                      const QString& bodyFile = {}, qint64 bodyOffset = 0, qint64 bodyLength = 0,
                      const std::function<bool(qint64)>& progress = {});

private:
    QByteArray pathFor(const QString& key) const; ///< percent-encoded path, '/' kept
    QByteArray hostHeader() const;
    QByteArray baseUrl() const; ///< scheme://host[:port]

    S3Location m_location;
    SigV4Signer m_signer;
    QString m_scheme;
    QString m_host;
    int m_port = -1;
    QString m_basePath;
    bool m_pathStyle = true;
    long m_connectTimeoutMs = 10000;
    long m_stallTimeoutS = 60;
    std::function<QDateTime()> m_clock;
};

/// Strips the quotes around an ETag value.
QString unquoteEtag(const QString& etag);

} // namespace sluice
