#include "multipart_state.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace sluice {

bool MultipartState::sameUpload(const MultipartState& other) const {
    return url == other.url && sourcePath == other.sourcePath && size == other.size &&
           mtimeMs == other.mtimeMs && partSize == other.partSize;
}

MultipartStateFile::MultipartStateFile(const QString& dir, const QString& url, const QString& sourcePath) {
    const QString folder = dir.isEmpty() ? defaultDirectory() : dir;
    const QByteArray id =
        QCryptographicHash::hash((url + QLatin1Char('\n') + sourcePath).toUtf8(), QCryptographicHash::Sha256)
            .toHex();
    m_path = QDir(folder).filePath(QString::fromLatin1(id) + QStringLiteral(".json"));
}

QString MultipartStateFile::defaultDirectory() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/s3-uploads");
}

std::optional<MultipartState> MultipartStateFile::load() const {
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    MultipartState s;
    s.url = o.value(QStringLiteral("url")).toString();
    s.uploadId = o.value(QStringLiteral("upload_id")).toString();
    s.sourcePath = o.value(QStringLiteral("source")).toString();
    s.size = o.value(QStringLiteral("size")).toInteger(-1);
    s.mtimeMs = o.value(QStringLiteral("mtime_ms")).toInteger(-1);
    s.partSize = o.value(QStringLiteral("part_size")).toInteger(0);
    s.started = o.value(QStringLiteral("started")).toString();
    const QJsonObject parts = o.value(QStringLiteral("parts")).toObject();
    for (auto it = parts.begin(); it != parts.end(); ++it) {
        bool ok = false;
        const int n = it.key().toInt(&ok);
        if (ok && n >= 1 && n <= 10000 && it.value().isString())
            s.parts.insert(n, it.value().toString());
    }
    if (s.uploadId.isEmpty() || s.url.isEmpty() || s.partSize <= 0)
        return std::nullopt;
    return s;
}

bool MultipartStateFile::save(const MultipartState& state, QString* error) const {
    QJsonObject parts;
    for (auto it = state.parts.cbegin(); it != state.parts.cend(); ++it)
        parts.insert(QString::number(it.key()), it.value());
    const QJsonObject o{
        {QStringLiteral("url"), state.url},           {QStringLiteral("upload_id"), state.uploadId},
        {QStringLiteral("source"), state.sourcePath}, {QStringLiteral("size"), state.size},
        {QStringLiteral("mtime_ms"), state.mtimeMs},  {QStringLiteral("part_size"), state.partSize},
        {QStringLiteral("started"), state.started},   {QStringLiteral("parts"), parts}};
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(o).toJson(QJsonDocument::Compact)) < 0 ||
        !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("sluice::MultipartStateFile",
                                                 "cannot save the multipart upload state %1: %2")
                         .arg(m_path, file.errorString());
        return false;
    }
    return true;
}

void MultipartStateFile::remove() const {
    QFile::remove(m_path);
}

} // namespace sluice
