#pragma once

#include <QString>
#include <QStringList>

namespace sluice {

struct S3Credentials;

/// Removes secrets from text before it reaches a result, an event or a log.
///
/// Replaces every occurrence of a registered secret (the secret access key, the session token) with
/// "[redacted]", shortens a registered access key id to its first four characters + "…", and scrubs any
/// SigV4 `Signature=<hex>` and `X-Amz-Security-Token=` / `X-Amz-Credential=` value that an error body may
/// echo. Thread-safe for concurrent redact() calls once set up.
class SecretRedactor {
public:
    SecretRedactor() = default;
    explicit SecretRedactor(const S3Credentials& credentials);

    /// Registers a value that must never appear (ignored when shorter than 4 characters).
    void addSecret(const QString& secret);
    /// Registers an identifier that may appear only shortened.
    void addIdentifier(const QString& id);

    /// `text` with every registered value and every signature-like value replaced.
    QString redact(const QString& text) const;

private:
    QStringList m_secrets;
    QStringList m_identifiers;
};

} // namespace sluice
