#pragma once

#include <QString>

namespace sluice {

struct HttpResponse;

/// Why an S3 request failed, classified for retrying.
///
/// Built from an HttpResponse: a libcurl failure (no answer), or an HTTP status outside 2xx with the S3
/// XML error document (`<Error><Code>…</Code><Message>…</Message><RequestId>…</RequestId></Error>`,
/// https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html) when the body has one.
struct S3Error {
    long httpStatus = 0; ///< 0 when no HTTP answer came
    QString code;        ///< S3 error code, e.g. "NoSuchBucket"; for libcurl failures "curl:<number>"
    QString message;     ///< S3's message or libcurl's error text
    QString requestId;
    /// Worth retrying: 5xx, 408, 429, SlowDown, RequestTimeout, InternalError, ServiceUnavailable,
    /// BadDigest (bytes damaged on the way), connection refused/reset, timeouts. Permanent: every other 4xx
    /// (SignatureDoesNotMatch, InvalidAccessKeyId, AccessDenied, NoSuchBucket, …).
    bool transient = false;
    bool canceled = false; ///< the caller's feedback asked to stop

    /// Fills an error from a response that is not a success.
    static S3Error fromResponse(const HttpResponse& response);
    /// An error of our own making (a bad answer, a mismatching ETag).
    static S3Error local(const QString& message, bool transient);

    /// One sentence for people, e.g. "HTTP 403 SignatureDoesNotMatch: The request signature we calculated
    /// does not match… (request id 4442587FB7D0A2F9)". May still contain identifiers: redact before
    /// showing (SecretRedactor).
    QString describe() const;
};

/// Reads Code, Message and RequestId from an S3 XML error document; false when `xml` is not one.
bool parseS3ErrorXml(const QByteArray& xml, QString* code, QString* message, QString* requestId);

/// True for S3 error codes that a later retry may fix (see S3Error::transient).
bool isTransientS3Code(const QString& code);

} // namespace sluice
