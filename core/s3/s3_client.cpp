#include "s3_client.h"

#include <QCoreApplication>
#include <QUrl>
#include <QXmlStreamReader>

namespace sluice {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("sluice::S3Client", text);
}

/// Text of every element called `name` anywhere in `xml`, in document order.
QStringList elementTexts(const QByteArray& xml, const QString& name) {
    QStringList out;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == name)
            out << reader.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
    }
    return out;
}

/// The <Part> entries of a ListParts answer.
QList<S3Part> partsOf(const QByteArray& xml) {
    QList<S3Part> parts;
    QXmlStreamReader reader(xml);
    S3Part current;
    bool inPart = false;
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (reader.name() == QLatin1String("Part")) {
                inPart = true;
                current = S3Part();
            } else if (inPart && reader.name() == QLatin1String("PartNumber")) {
                current.number = reader.readElementText().toInt();
            } else if (inPart && reader.name() == QLatin1String("ETag")) {
                current.etag = unquoteEtag(reader.readElementText());
            } else if (inPart && reader.name() == QLatin1String("Size")) {
                current.size = reader.readElementText().toLongLong();
            }
        } else if (token == QXmlStreamReader::EndElement && reader.name() == QLatin1String("Part")) {
            inPart = false;
            parts << current;
        }
    }
    return parts;
}

QList<BytePair> objectHeaders(const S3ObjectHeaders& h) {
    QList<BytePair> out;
    if (!h.contentType.isEmpty())
        out.append({"content-type", h.contentType.toLatin1()});
    for (const auto& m : h.metadata)
        out.append({"x-amz-meta-" + m.first.toLower().toLatin1(), m.second.toLatin1()});
    if (!h.serverSideEncryption.isEmpty())
        out.append({"x-amz-server-side-encryption", h.serverSideEncryption.toLatin1()});
    if (h.serverSideEncryption == QLatin1String("aws:kms") && !h.kmsKeyId.isEmpty())
        out.append({"x-amz-server-side-encryption-aws-kms-key-id", h.kmsKeyId.toLatin1()});
    return out;
}

bool fail(S3Error* error, const S3Error& e) {
    if (error)
        *error = e;
    return false;
}

} // namespace

QString unquoteEtag(const QString& etag) {
    QString e = etag.trimmed();
    if (e.startsWith(QLatin1String("W/")))
        e = e.mid(2);
    e.remove(QLatin1Char('"'));
    e.remove(QStringLiteral("&quot;"));
    return e;
}

S3Client::S3Client(S3Location location, const S3Credentials& credentials)
    : m_location(std::move(location)),
      m_signer(credentials.accessKeyId.toUtf8(), credentials.secretAccessKey.toUtf8(),
               credentials.sessionToken.toUtf8(), m_location.region.toUtf8()),
      m_clock([] { return QDateTime::currentDateTimeUtc(); }) {
    if (m_location.endpoint.isEmpty()) {
        m_scheme = QStringLiteral("https");
        m_host = QStringLiteral("s3.%1.amazonaws.com").arg(m_location.region);
        m_pathStyle = m_location.bucket.contains(QLatin1Char('.'));
        if (!m_pathStyle)
            m_host = m_location.bucket + QLatin1Char('.') + m_host;
    } else {
        const QUrl url(m_location.endpoint);
        m_scheme = url.scheme().isEmpty() ? QStringLiteral("https") : url.scheme().toLower();
        m_host = url.host();
        m_port = url.port(-1);
        m_basePath = url.path(QUrl::FullyEncoded);
        while (m_basePath.endsWith(QLatin1Char('/')))
            m_basePath.chop(1);
        m_pathStyle = true;
    }
}

void S3Client::setTimeouts(long connectMs, long stallS) {
    m_connectTimeoutMs = connectMs;
    m_stallTimeoutS = stallS;
}

QByteArray S3Client::pathFor(const QString& key) const {
    QByteArray path = m_basePath.toLatin1();
    if (m_pathStyle)
        path += '/' + sigv4::uriEncode(m_location.bucket.toUtf8(), false);
    path += '/' + sigv4::uriEncode(key.toUtf8(), true);
    return path;
}

QByteArray S3Client::hostHeader() const {
    QByteArray host = m_host.toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    const bool defaultPort = m_port < 0 || (m_scheme == QLatin1String("http") && m_port == 80) ||
                             (m_scheme == QLatin1String("https") && m_port == 443);
    if (!defaultPort)
        host += ':' + QByteArray::number(m_port);
    return host;
}

QByteArray S3Client::baseUrl() const {
    return m_scheme.toLatin1() + "://" + hostHeader();
}

QString S3Client::objectUrl(const QString& key) const {
    return QString::fromLatin1(baseUrl() + pathFor(key));
}

HttpResponse S3Client::send(const QByteArray& method, const QString& key, const QList<BytePair>& query,
                            QList<BytePair> headers, const QByteArray& body, const QByteArray& payloadHash,
                            const QString& bodyFile, qint64 bodyOffset, qint64 bodyLength,
                            const std::function<bool(qint64)>& progress) {
    SigV4Request sig;
    sig.method = method;
    sig.canonicalUri = pathFor(key);
    sig.query = query;
    headers.prepend({"host", hostHeader()});
    sig.headers = headers;
    sig.payloadHash = payloadHash;
    const SigV4Signature signature = m_signer.prepare(sig, m_clock());

    HttpRequest request;
    request.method = method;
    request.url = baseUrl() + sig.canonicalUri;
    // The query goes on the wire in the order given: the signature does not depend on it.
    QByteArray queryString;
    for (const BytePair& q : query) {
        queryString += queryString.isEmpty() ? '?' : '&';
        queryString += sigv4::uriEncode(q.first, false);
        if (!q.second.isEmpty() || q.first != "uploads")
            queryString += '=' + sigv4::uriEncode(q.second, false);
    }
    request.url += queryString;
    request.headers = sig.headers;
    request.headers.append({"Authorization", signature.authorization});
    request.body = body;
    request.bodyFile = bodyFile;
    request.bodyOffset = bodyOffset;
    request.bodyLength = bodyLength;
    request.connectTimeoutMs = m_connectTimeoutMs;
    request.stallTimeoutS = m_stallTimeoutS;
    request.progress = progress;
    return performHttp(request);
}

bool S3Client::headObject(const QString& key, bool* exists, S3ObjectInfo* info, S3Error* error) {
    const HttpResponse r = send("HEAD", key, {}, {}, {}, sigv4::sha256Hex({}));
    if (r.curlCode == 0 && r.status == 404) {
        if (exists)
            *exists = false;
        return true;
    }
    if (!r.ok())
        return fail(error, S3Error::fromResponse(r));
    if (exists)
        *exists = true;
    if (info) {
        *info = S3ObjectInfo();
        info->size = r.headers.value("content-length", "-1").toLongLong();
        info->etag = unquoteEtag(QString::fromLatin1(r.headers.value("etag")));
        info->contentType = QString::fromLatin1(r.headers.value("content-type"));
        info->serverSideEncryption = QString::fromLatin1(r.headers.value("x-amz-server-side-encryption"));
        for (auto it = r.headers.cbegin(); it != r.headers.cend(); ++it)
            if (it.key().startsWith("x-amz-meta-"))
                info->metadata.insert(QString::fromLatin1(it.key().mid(11)), QString::fromUtf8(it.value()));
    }
    return true;
}

bool S3Client::getObject(const QString& key, QByteArray* body, S3Error* error) {
    const HttpResponse r = send("GET", key, {}, {}, {}, sigv4::sha256Hex({}));
    if (!r.ok())
        return fail(error, S3Error::fromResponse(r));
    if (body)
        *body = r.body;
    return true;
}

bool S3Client::putObject(const QString& key, const QString& file, qint64 offset, qint64 length,
                         const QByteArray& md5, const QByteArray& sha256Hex, const S3ObjectHeaders& headers,
                         QString* etag, S3Error* error, const std::function<bool(qint64)>& progress) {
    QList<BytePair> h = objectHeaders(headers);
    h.append({"content-md5", md5.toBase64()});
    const HttpResponse r = send("PUT", key, {}, h, {}, sha256Hex, file, offset, length, progress);
    if (!r.ok())
        return fail(error, S3Error::fromResponse(r));
    if (etag)
        *etag = unquoteEtag(QString::fromLatin1(r.headers.value("etag")));
    return true;
}

bool S3Client::createMultipartUpload(const QString& key, const S3ObjectHeaders& headers, QString* uploadId,
                                     S3Error* error) {
    const HttpResponse r =
        send("POST", key, {{"uploads", {}}}, objectHeaders(headers), {}, sigv4::sha256Hex({}));
    if (!r.ok())
        return fail(error, S3Error::fromResponse(r));
    const QStringList ids = elementTexts(r.body, QStringLiteral("UploadId"));
    if (ids.isEmpty() || ids.first().isEmpty())
        return fail(error, S3Error::local(
                               tr("the service answered CreateMultipartUpload without an upload id"), true));
    if (uploadId)
        *uploadId = ids.first();
    return true;
}

bool S3Client::uploadPart(const QString& key, const QString& uploadId, int partNumber, const QString& file,
                          qint64 offset, qint64 length, const QByteArray& md5, const QByteArray& sha256Hex,
                          QString* etag, S3Error* error, const std::function<bool(qint64)>& progress) {
    // Deliberately not in sorted order on the wire: the signature sorts them (libcurl's signer does not).
    const QList<BytePair> query{{"uploadId", uploadId.toUtf8()},
                                {"partNumber", QByteArray::number(partNumber)}};
    const HttpResponse r = send("PUT", key, query, {{"content-md5", md5.toBase64()}}, {}, sha256Hex, file,
                                offset, length, progress);
    if (!r.ok())
        return fail(error, S3Error::fromResponse(r));
    if (etag)
        *etag = unquoteEtag(QString::fromLatin1(r.headers.value("etag")));
    return true;
}

bool S3Client::listParts(const QString& key, const QString& uploadId, QList<S3Part>* parts, S3Error* error) {
    QList<S3Part> all;
    QByteArray marker;
    for (int page = 0; page < 100; ++page) {
        QList<BytePair> query{{"uploadId", uploadId.toUtf8()}};
        if (!marker.isEmpty())
            query.append({"part-number-marker", marker});
        const HttpResponse r = send("GET", key, query, {}, {}, sigv4::sha256Hex({}));
        if (!r.ok())
            return fail(error, S3Error::fromResponse(r));
        all += partsOf(r.body);
        const QStringList truncated = elementTexts(r.body, QStringLiteral("IsTruncated"));
        const QStringList next = elementTexts(r.body, QStringLiteral("NextPartNumberMarker"));
        if (truncated.value(0) != QLatin1String("true") || next.value(0).isEmpty())
            break;
        marker = next.first().toLatin1();
    }
    if (parts)
        *parts = all;
    return true;
}

bool S3Client::completeMultipartUpload(const QString& key, const QString& uploadId,
                                       const QList<S3Part>& parts, QString* etag, S3Error* error) {
    QByteArray xml = "<CompleteMultipartUpload xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">";
    for (const S3Part& p : parts)
        xml += "<Part><PartNumber>" + QByteArray::number(p.number) + "</PartNumber><ETag>\"" +
               p.etag.toLatin1() + "\"</ETag></Part>";
    xml += "</CompleteMultipartUpload>";
    const HttpResponse r = send("POST", key, {{"uploadId", uploadId.toUtf8()}},
                                {{"content-type", "application/xml"}}, xml, sigv4::sha256Hex(xml));
    if (!r.ok())
        return fail(error, S3Error::fromResponse(r));
    QString code, message, requestId;
    if (parseS3ErrorXml(r.body, &code, &message, &requestId)) {
        S3Error e;
        e.httpStatus = r.status;
        e.code = code;
        e.message = message;
        e.requestId = requestId;
        e.transient = isTransientS3Code(code);
        return fail(error, e);
    }
    const QStringList etags = elementTexts(r.body, QStringLiteral("ETag"));
    if (etags.isEmpty())
        return fail(error,
                    S3Error::local(tr("the service answered CompleteMultipartUpload without an ETag"), true));
    if (etag)
        *etag = unquoteEtag(etags.first());
    return true;
}

bool S3Client::abortMultipartUpload(const QString& key, const QString& uploadId, S3Error* error) {
    const HttpResponse r =
        send("DELETE", key, {{"uploadId", uploadId.toUtf8()}}, {}, {}, sigv4::sha256Hex({}));
    if (!r.ok())
        return fail(error, S3Error::fromResponse(r));
    return true;
}

} // namespace sluice
