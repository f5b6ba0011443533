#include "extraction_registry.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <sys/stat.h>

namespace sluice {

namespace {

/// The folder's device, inode and status-change time (ns), or false when it is not a folder.
bool folderStamp(const QString& folder, QJsonObject* stamp) {
    struct stat st {};
    if (::lstat(QFile::encodeName(folder).constData(), &st) != 0 || !S_ISDIR(st.st_mode))
        return false;
    *stamp =
        QJsonObject{{QStringLiteral("device"), QString::number(quint64(st.st_dev))},
                    {QStringLiteral("inode"), QString::number(quint64(st.st_ino))},
                    {QStringLiteral("ctime_ns"),
                     QString::number(qint64(st.st_ctim.tv_sec) * 1000000000LL + qint64(st.st_ctim.tv_nsec))}};
    return true;
}

QJsonObject archiveJson(const ArchiveIdentity& archive) {
    return QJsonObject{{QStringLiteral("archive"), archive.path},
                       {QStringLiteral("size"), QString::number(archive.size)},
                       {QStringLiteral("mtime"), archive.mtime.toUTC().toString(Qt::ISODateWithMs)}};
}

} // namespace

ExtractionRegistry::ExtractionRegistry(QString dir) : m_dir(std::move(dir)) {}

QString ExtractionRegistry::defaultDir() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/extractions");
}

QString ExtractionRegistry::recordPath(const QString& folder) const {
    const QByteArray key =
        QCryptographicHash::hash(QDir::cleanPath(folder).toUtf8(), QCryptographicHash::Sha1).toHex();
    return m_dir + QLatin1Char('/') + QString::fromLatin1(key) + QStringLiteral(".json");
}

bool ExtractionRegistry::isOwnExtraction(const QString& folder, const ArchiveIdentity& archive) const {
    QFile file(recordPath(folder));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QJsonObject record = QJsonDocument::fromJson(file.read(64 * 1024)).object();
    QJsonObject now;
    if (!folderStamp(folder, &now))
        return false;
    if (record.value(QStringLiteral("folder")).toString() != QDir::cleanPath(folder))
        return false;
    for (auto it = now.constBegin(); it != now.constEnd(); ++it)
        if (record.value(it.key()) != it.value())
            return false;
    const QJsonObject wanted = archiveJson(archive);
    for (auto it = wanted.constBegin(); it != wanted.constEnd(); ++it)
        if (record.value(it.key()) != it.value())
            return false;
    return true;
}

bool ExtractionRegistry::remember(const QString& folder, const ArchiveIdentity& archive,
                                  QString* error) const {
    QJsonObject record;
    if (!folderStamp(folder, &record)) {
        if (error)
            *error = tr("%1 is not a folder").arg(folder);
        return false;
    }
    record.insert(QStringLiteral("folder"), QDir::cleanPath(folder));
    const QJsonObject a = archiveJson(archive);
    for (auto it = a.constBegin(); it != a.constEnd(); ++it)
        record.insert(it.key(), it.value());
    if (!QDir().mkpath(m_dir)) {
        if (error)
            *error = tr("cannot create %1").arg(m_dir);
        return false;
    }
    QSaveFile file(recordPath(folder));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(record).toJson()) < 0 ||
        !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace sluice
