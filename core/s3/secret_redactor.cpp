#include "secret_redactor.h"

#include "s3_credentials.h"

#include <QRegularExpression>
#include <QUrl>

namespace sluice {

SecretRedactor::SecretRedactor(const S3Credentials& credentials) {
    addSecret(credentials.secretAccessKey);
    addSecret(credentials.sessionToken);
    addIdentifier(credentials.accessKeyId);
}

void SecretRedactor::addSecret(const QString& secret) {
    if (secret.size() >= 4 && !m_secrets.contains(secret))
        m_secrets << secret;
}

void SecretRedactor::addIdentifier(const QString& id) {
    if (id.size() >= 4 && !m_identifiers.contains(id))
        m_identifiers << id;
}

QString SecretRedactor::redact(const QString& text) const {
    QString out = text;
    for (const QString& s : m_secrets) {
        out.replace(s, QStringLiteral("[redacted]"));
        // Secrets may reach an error text percent-encoded (a token in a query string).
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(s));
        if (encoded != s)
            out.replace(encoded, QStringLiteral("[redacted]"));
    }
    for (const QString& id : m_identifiers)
        out.replace(id, id.left(4) + QChar(0x2026));
    static const QRegularExpression signature(QStringLiteral("(Signature=)[0-9a-fA-F]{16,}"));
    static const QRegularExpression queryAuth(
        QStringLiteral("((?:X-Amz-Security-Token|X-Amz-Credential|X-Amz-Signature)=)[^&\\s\"<]+"),
        QRegularExpression::CaseInsensitiveOption);
    out.replace(signature, QStringLiteral("\\1[redacted]"));
    out.replace(queryAuth, QStringLiteral("\\1[redacted]"));
    return out;
}

} // namespace sluice
