#pragma once

#include "pipeline/stage.h"

#include <QCoreApplication>

namespace sluice {

/// Stage `hash` (group Inspect): cryptographic digests of the file's bytes.
///
/// Parameter `algorithms`: any of sha256, sha1, md5, sha512 (default ["sha256"]). The file is streamed in
/// 1 MiB chunks through OpenSSL's EVP interface (EVP_DigestInit_ex/Update/Final_ex), every requested
/// digest in one pass; progress is reported per chunk and cancellation checked between chunks.
/// Output: {<algorithm>: lower-case hex digest, ..., bytes (number of bytes hashed)}. Sets Item::sha256
/// when sha256 was computed. Errors: the file cannot be opened or read (the OS reason is named; transient
/// only when the file is busy or locked), or OpenSSL fails.
class HashStage : public Stage {
    Q_DECLARE_TR_FUNCTIONS(sluice::HashStage)
public:
    /// Algorithm names accepted in `algorithms`, in the order they are listed to users.
    static QStringList supportedAlgorithms();
    /// Read size per chunk: 1 MiB.
    static constexpr qint64 kChunkBytes = 1 << 20;

    QString id() const override { return QStringLiteral("hash"); }
    QString displayName() const override;
    QString group() const override;
    QString description() const override;
    QList<ParamSpec> parameters() const override;
    QStringList checkParameters(const QJsonObject& params) const override;
    StageResult process(Item& item, const QJsonObject& params, Feedback& feedback) override;
};

} // namespace sluice
