#include "hash_stage.h"

#include "builtin_stages.h"

#include <QFile>
#include <QJsonArray>
#include <memory>
#include <openssl/evp.h>
#include <vector>

namespace sluice {

namespace {

struct MdCtxDeleter {
    void operator()(EVP_MD_CTX* ctx) const { EVP_MD_CTX_free(ctx); }
};
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, MdCtxDeleter>;

const EVP_MD* digestFor(const QString& name) {
    if (name == QLatin1String("sha256"))
        return EVP_sha256();
    if (name == QLatin1String("sha1"))
        return EVP_sha1();
    if (name == QLatin1String("md5"))
        return EVP_md5();
    if (name == QLatin1String("sha512"))
        return EVP_sha512();
    return nullptr;
}

struct Digest {
    QString name;
    MdCtxPtr ctx;
};

} // namespace

QStringList HashStage::supportedAlgorithms() {
    return {QStringLiteral("sha256"), QStringLiteral("sha1"), QStringLiteral("md5"),
            QStringLiteral("sha512")};
}

QString HashStage::displayName() const {
    return tr("Hash");
}
QString HashStage::group() const {
    return tr("Inspect");
}
QString HashStage::description() const {
    return tr(
        "Computes cryptographic digests (SHA-256, SHA-1, MD5, SHA-512) of the file's bytes in one pass, "
        "with OpenSSL.");
}

QList<ParamSpec> HashStage::parameters() const {
    ParamSpec algorithms;
    algorithms.name = QStringLiteral("algorithms");
    algorithms.type = ParamType::StringList;
    algorithms.defaultValue = QJsonArray{QStringLiteral("sha256")};
    algorithms.help =
        tr("Digests to compute, any of: %1.").arg(supportedAlgorithms().join(QStringLiteral(", ")));
    return {algorithms};
}

QStringList HashStage::checkParameters(const QJsonObject& params) const {
    QStringList problems;
    const QJsonValue value = params.value(QStringLiteral("algorithms"));
    if (value.isUndefined())
        return problems;
    const QString allowed = supportedAlgorithms().join(QStringLiteral(", "));
    if (!value.isArray()) {
        problems << tr("algorithms: must be a list of algorithm names (%1)").arg(allowed);
        return problems;
    }
    const QJsonArray list = value.toArray();
    if (list.isEmpty())
        problems << tr("algorithms: choose at least one of %1").arg(allowed);
    for (const QJsonValue& v : list) {
        if (!v.isString() || !supportedAlgorithms().contains(v.toString()))
            problems << tr("algorithms: unknown algorithm \"%1\"; choose from %2")
                            .arg(v.isString() ? v.toString() : v.toVariant().toString(), allowed);
    }
    return problems;
}

StageResult HashStage::process(Item& item, const QJsonObject& params, Feedback& feedback) {
    const QStringList problems = checkParameters(params);
    if (!problems.isEmpty())
        return StageResult::failure(problems.join(QStringLiteral("; ")));

    QStringList names;
    for (const QJsonValue& v : params.value(QStringLiteral("algorithms")).toArray())
        if (!names.contains(v.toString()))
            names << v.toString();
    if (names.isEmpty())
        names << QStringLiteral("sha256");

    std::vector<Digest> digests;
    for (const QString& name : names) {
        Digest d{name, MdCtxPtr(EVP_MD_CTX_new())};
        if (!d.ctx || EVP_DigestInit_ex(d.ctx.get(), digestFor(name), nullptr) != 1)
            return StageResult::failure(
                tr("cannot start the %1 digest: OpenSSL failed to initialise it").arg(name));
        digests.push_back(std::move(d));
    }

    QFile file(item.path);
    bool transient = false;
    const QString openError = stageutil::openForReading(file, &transient);
    if (!openError.isEmpty())
        return StageResult::failure(openError, transient);

    const qint64 expected = file.size();
    QByteArray buffer(static_cast<int>(kChunkBytes), Qt::Uninitialized);
    qint64 total = 0;
    feedback.setProgress(0);
    for (;;) {
        if (feedback.isCanceled())
            return stageutil::canceledResult();
        const qint64 n = file.read(buffer.data(), kChunkBytes);
        if (n < 0)
            return StageResult::failure(
                tr("cannot read %1 after %2 bytes: %3").arg(item.path).arg(total).arg(file.errorString()));
        if (n == 0)
            break;
        for (Digest& d : digests)
            if (EVP_DigestUpdate(d.ctx.get(), buffer.constData(), static_cast<size_t>(n)) != 1)
                return StageResult::failure(tr("cannot compute the %1 digest: OpenSSL failed").arg(d.name));
        total += n;
        if (expected > 0)
            feedback.setProgress(
                qMin(99.0, 100.0 * static_cast<double>(total) / static_cast<double>(expected)));
    }

    QJsonObject out;
    for (Digest& d : digests) {
        unsigned char md[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        if (EVP_DigestFinal_ex(d.ctx.get(), md, &length) != 1)
            return StageResult::failure(tr("cannot finish the %1 digest: OpenSSL failed").arg(d.name));
        const QString hex = QString::fromLatin1(
            QByteArray(reinterpret_cast<const char*>(md), static_cast<int>(length)).toHex());
        out.insert(d.name, hex);
        if (d.name == QLatin1String("sha256"))
            item.sha256 = hex;
    }
    out.insert(QStringLiteral("bytes"), total);
    feedback.setProgress(100);
    return StageResult::success(out);
}

} // namespace sluice
