#include "sigv4.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <algorithm>

namespace sluice {
namespace sigv4 {

namespace {

QByteArray hmac(const QByteArray& key, const QByteArray& message) {
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

/// Header value as SigV4 wants it: trimmed, sequential spaces collapsed to one.
QByteArray canonicalHeaderValue(const QByteArray& value) {
    QByteArray out;
    out.reserve(value.size());
    bool space = false;
    for (char c : value.trimmed()) {
        if (c == ' ' || c == '\t') {
            space = true;
            continue;
        }
        if (space)
            out.append(' ');
        space = false;
        out.append(c);
    }
    return out;
}

} // namespace

QByteArray unsignedPayload() {
    return QByteArrayLiteral("UNSIGNED-PAYLOAD");
}

QByteArray sha256Hex(const QByteArray& bytes) {
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

QByteArray uriEncode(const QByteArray& utf8, bool keepSlash) {
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(utf8.size() * 3);
    for (char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                                c == '-' || c == '.' || c == '_' || c == '~';
        if (unreserved || (keepSlash && c == '/')) {
            out.append(static_cast<char>(c));
        } else {
            out.append('%');
            out.append(hex[c >> 4]);
            out.append(hex[c & 0x0F]);
        }
    }
    return out;
}

QByteArray canonicalQueryString(const QList<BytePair>& query) {
    QList<BytePair> encoded;
    encoded.reserve(query.size());
    for (const BytePair& p : query)
        encoded.append({uriEncode(p.first, false), uriEncode(p.second, false)});
    std::sort(encoded.begin(), encoded.end());
    QByteArray out;
    for (const BytePair& p : encoded) {
        if (!out.isEmpty())
            out.append('&');
        out.append(p.first).append('=').append(p.second);
    }
    return out;
}

QByteArray canonicalRequest(const SigV4Request& request, QByteArray* signedHeaders) {
    QList<BytePair> headers;
    for (const BytePair& h : request.headers)
        headers.append({h.first.trimmed().toLower(), canonicalHeaderValue(h.second)});
    std::stable_sort(headers.begin(), headers.end(),
                     [](const BytePair& a, const BytePair& b) { return a.first < b.first; });
    // Repeated headers are joined with commas, in the order given.
    QByteArray canonicalHeaders;
    QByteArray names;
    for (int i = 0; i < headers.size(); ++i) {
        if (i > 0 && headers[i].first == headers[i - 1].first) {
            canonicalHeaders.chop(1);
            canonicalHeaders.append(',').append(headers[i].second).append('\n');
            continue;
        }
        canonicalHeaders.append(headers[i].first).append(':').append(headers[i].second).append('\n');
        if (!names.isEmpty())
            names.append(';');
        names.append(headers[i].first);
    }
    if (signedHeaders)
        *signedHeaders = names;
    QByteArray out;
    out.append(request.method).append('\n');
    out.append(request.canonicalUri.isEmpty() ? QByteArrayLiteral("/") : request.canonicalUri).append('\n');
    out.append(canonicalQueryString(request.query)).append('\n');
    out.append(canonicalHeaders).append('\n');
    out.append(names).append('\n');
    out.append(request.payloadHash);
    return out;
}

QByteArray credentialScope(const QByteArray& date8, const QByteArray& region, const QByteArray& service) {
    return date8 + '/' + region + '/' + service + QByteArrayLiteral("/aws4_request");
}

QByteArray signingKey(const QByteArray& secret, const QByteArray& date8, const QByteArray& region,
                      const QByteArray& service) {
    const QByteArray kDate = hmac(QByteArrayLiteral("AWS4") + secret, date8);
    const QByteArray kRegion = hmac(kDate, region);
    const QByteArray kService = hmac(kRegion, service);
    return hmac(kService, QByteArrayLiteral("aws4_request"));
}

QByteArray amzDate(const QDateTime& utc) {
    return utc.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

SigV4Signature sign(const SigV4Request& request, const QByteArray& accessKeyId, const QByteArray& secret,
                    const QByteArray& region, const QByteArray& service, const QDateTime& utc) {
    SigV4Signature s;
    const QByteArray date = amzDate(utc);
    const QByteArray date8 = date.left(8);
    const QByteArray scope = credentialScope(date8, region, service);
    s.canonicalRequest = canonicalRequest(request, &s.signedHeaders);
    s.stringToSign =
        QByteArrayLiteral("AWS4-HMAC-SHA256\n") + date + '\n' + scope + '\n' + sha256Hex(s.canonicalRequest);
    s.signature = hmac(signingKey(secret, date8, region, service), s.stringToSign).toHex();
    s.authorization = QByteArrayLiteral("AWS4-HMAC-SHA256 Credential=") + accessKeyId + '/' + scope +
                      QByteArrayLiteral(", SignedHeaders=") + s.signedHeaders +
                      QByteArrayLiteral(", Signature=") + s.signature;
    return s;
}

} // namespace sigv4

SigV4Signer::SigV4Signer(QByteArray accessKeyId, QByteArray secret, QByteArray sessionToken,
                         QByteArray region, QByteArray service)
    : m_accessKeyId(std::move(accessKeyId)), m_secret(std::move(secret)),
      m_sessionToken(std::move(sessionToken)), m_region(std::move(region)), m_service(std::move(service)) {}

SigV4Signature SigV4Signer::prepare(SigV4Request& request, const QDateTime& utc) const {
    request.headers.append({QByteArrayLiteral("x-amz-date"), sigv4::amzDate(utc)});
    request.headers.append({QByteArrayLiteral("x-amz-content-sha256"), request.payloadHash});
    if (!m_sessionToken.isEmpty())
        request.headers.append({QByteArrayLiteral("x-amz-security-token"), m_sessionToken});
    return sigv4::sign(request, m_accessKeyId, m_secret, m_region, m_service, utc);
}

} // namespace sluice
