#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace sluice {

/// A name/value pair of bytes: an HTTP header or a decoded query parameter.
using BytePair = QPair<QByteArray, QByteArray>;

/// What AWS Signature Version 4 needs to know about one HTTP request.
///
/// Sluice signs its own requests instead of using libcurl's CURLOPT_AWS_SIGV4: libcurl 7.88 neither
/// percent-encodes the object key nor sorts the query parameters, and sends no `x-amz-content-sha256`
/// header, so keys with spaces, `+` or non-ASCII characters and every multipart request
/// (`?partNumber=…&uploadId=…`) would be refused by S3. Correct signing is the product here.
/// Format: https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html and
/// https://docs.aws.amazon.com/AmazonS3/latest/API/sig-v4-header-based-auth.html.
struct SigV4Request {
    QByteArray method;       ///< "GET", "PUT", …
    QByteArray canonicalUri; ///< the path as sent, already percent-encoded once (sigv4::uriEncode, `/` kept)
    QList<BytePair> query;   ///< decoded query parameters in any order; a valueless one has an empty value
    QList<BytePair> headers; ///< every header to sign (names in any case); must include `host`
    QByteArray payloadHash;  ///< lower-case hex SHA-256 of the body, or "UNSIGNED-PAYLOAD"
};

/// The pieces of a signature, for tests and for the Authorization header.
struct SigV4Signature {
    QByteArray canonicalRequest;
    QByteArray stringToSign;
    QByteArray signedHeaders; ///< e.g. "host;range;x-amz-content-sha256;x-amz-date"
    QByteArray signature;     ///< lower-case hex HMAC-SHA256, 64 characters
    QByteArray authorization; ///< the whole Authorization header value
};

namespace sigv4 {

/// "UNSIGNED-PAYLOAD": the x-amz-content-sha256 value when the body is not hashed.
QByteArray unsignedPayload();
/// Lower-case hex SHA-256 of `bytes` (e3b0c442… for an empty body).
QByteArray sha256Hex(const QByteArray& bytes);

/// RFC 3986 percent-encoding as SigV4 wants it: A–Z a–z 0–9 `-` `.` `_` `~` stay, every other byte of the
/// UTF-8 input becomes %XX with upper-case hex; `/` stays only when `keepSlash` (object key paths).
QByteArray uriEncode(const QByteArray& utf8, bool keepSlash);

/// Query parameters encoded with uriEncode (slash encoded), sorted by name then value, joined
/// "a=1&b=&c=3" (a valueless parameter keeps its `=`).
QByteArray canonicalQueryString(const QList<BytePair>& query);

/// The canonical request (method, URI, query, headers, signed headers, payload hash joined by "\n"); header
/// names lower-cased and sorted, values trimmed with inner runs of spaces collapsed. Sets `signedHeaders`.
QByteArray canonicalRequest(const SigV4Request& request, QByteArray* signedHeaders);

/// "<yyyyMMdd>/<region>/<service>/aws4_request".
QByteArray credentialScope(const QByteArray& date8, const QByteArray& region, const QByteArray& service);

/// The derived signing key: HMAC chain over "AWS4"+secret, date, region, service, "aws4_request".
QByteArray signingKey(const QByteArray& secret, const QByteArray& date8, const QByteArray& region,
                      const QByteArray& service);

/// "yyyyMMddTHHmmssZ" for `utc` (the x-amz-date format).
QByteArray amzDate(const QDateTime& utc);

/// Signs `request` at time `utc` (the request's headers must already carry x-amz-date with amzDate(utc),
/// x-amz-content-sha256, and x-amz-security-token when a session token is used; see SigV4Signer).
SigV4Signature sign(const SigV4Request& request, const QByteArray& accessKeyId, const QByteArray& secret,
                    const QByteArray& region, const QByteArray& service, const QDateTime& utc);

} // namespace sigv4

/// Adds the SigV4 headers to a request and signs it with one set of credentials.
///
/// prepare() sets x-amz-date, x-amz-content-sha256 (the request's payloadHash) and, when `sessionToken`
/// is non-empty, x-amz-security-token; then returns the Authorization value. The secret stays inside.
class SigV4Signer {
public:
    SigV4Signer(QByteArray accessKeyId, QByteArray secret, QByteArray sessionToken, QByteArray region,
                QByteArray service = QByteArrayLiteral("s3"));

    /// Adds the x-amz-* headers to `request` for time `utc` and returns the whole signature.
    SigV4Signature prepare(SigV4Request& request, const QDateTime& utc) const;

private:
    QByteArray m_accessKeyId;
    QByteArray m_secret;
    QByteArray m_sessionToken;
    QByteArray m_region;
    QByteArray m_service;
};

} // namespace sluice
