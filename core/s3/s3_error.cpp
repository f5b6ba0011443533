#include "s3_error.h"

#include "http_transport.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace sluice {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("sluice::S3Error", text);
}

/// Codes S3 sends for a HEAD (no body): the status alone tells.
QString codeForStatus(long status) {
    switch (status) {
    case 301:
        return QStringLiteral("PermanentRedirect");
    case 400:
        return QStringLiteral("BadRequest");
    case 403:
        return QStringLiteral("AccessDenied");
    case 404:
        return QStringLiteral("NotFound");
    case 405:
        return QStringLiteral("MethodNotAllowed");
    case 409:
        return QStringLiteral("Conflict");
    case 500:
        return QStringLiteral("InternalError");
    case 501:
        return QStringLiteral("NotImplemented");
    case 503:
        return QStringLiteral("ServiceUnavailable");
    default:
        return QStringLiteral("HTTP%1").arg(status);
    }
}

} // namespace

bool parseS3ErrorXml(const QByteArray& xml, QString* code, QString* message, QString* requestId) {
    QXmlStreamReader reader(xml);
    bool inError = false;
    bool any = false;
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token != QXmlStreamReader::StartElement)
            continue;
        const auto name = reader.name();
        if (!inError) {
            if (name != QLatin1String("Error"))
                return false;
            inError = true;
            continue;
        }
        if (name == QLatin1String("Code")) {
            any = true;
            if (code)
                *code = reader.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
        } else if (name == QLatin1String("Message")) {
            if (message)
                *message = reader.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
        } else if (name == QLatin1String("RequestId")) {
            if (requestId)
                *requestId = reader.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
        } else {
            reader.skipCurrentElement();
        }
    }
    return inError && any;
}

bool isTransientS3Code(const QString& code) {
    static const QStringList transient = {
        QStringLiteral("SlowDown"),        QStringLiteral("RequestTimeout"),
        QStringLiteral("InternalError"),   QStringLiteral("ServiceUnavailable"),
        QStringLiteral("BadDigest"),       QStringLiteral("OperationAborted"),
        QStringLiteral("TooManyRequests"), QStringLiteral("Throttling"),
        QStringLiteral("IncompleteBody")};
    return transient.contains(code);
}

S3Error S3Error::fromResponse(const HttpResponse& response) {
    S3Error e;
    if (response.aborted) {
        e.canceled = true;
        e.code = QStringLiteral("Canceled");
        e.message = tr("canceled");
        return e;
    }
    if (response.curlCode != 0) {
        e.code = QStringLiteral("curl:%1").arg(response.curlCode);
        e.message = response.curlMessage;
        e.transient = isTransientCurlCode(response.curlCode);
        return e;
    }
    e.httpStatus = response.status;
    if (!parseS3ErrorXml(response.body, &e.code, &e.message, &e.requestId))
        e.code = codeForStatus(response.status);
    if (e.requestId.isEmpty())
        e.requestId = QString::fromLatin1(response.headers.value("x-amz-request-id"));
    e.transient = response.status >= 500 || response.status == 408 || response.status == 429 ||
                  isTransientS3Code(e.code);
    return e;
}

S3Error S3Error::local(const QString& message, bool transient) {
    S3Error e;
    e.code = QStringLiteral("Sluice");
    e.message = message;
    e.transient = transient;
    return e;
}

QString S3Error::describe() const {
    if (canceled)
        return message;
    QString text;
    if (httpStatus > 0)
        text = QStringLiteral("HTTP %1 %2").arg(httpStatus).arg(code);
    else if (code.startsWith(QLatin1String("curl:")))
        text = tr("network error (libcurl %1)").arg(code.mid(5));
    if (!message.isEmpty())
        text = text.isEmpty() ? message : text + QStringLiteral(": ") + message;
    if (!requestId.isEmpty())
        text = tr("%1 (request id %2)").arg(text, requestId);
    return text;
}

} // namespace sluice
