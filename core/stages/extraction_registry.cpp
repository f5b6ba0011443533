#include "extraction_registry.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <sys/stat.h>

namespace sluice {

namespace {

QString hashText(quint64 hash) {
    return QStringLiteral("%1").arg(hash, 16, 16, QLatin1Char('0'));
}

qint64 ctimeNs(const struct stat& st) {
    return qint64(st.st_ctim.tv_sec) * 1000000000LL + qint64(st.st_ctim.tv_nsec);
}

/// The folder's device and inode, and over the folder and everything below it (symbolic links not
/// followed) the number of entries and the latest status-change time (ns), or false when it is not a
/// folder. Writing to a file, changing its mode or renaming, adding or removing an entry anywhere in the
/// tree updates some entry's ctime (POSIX st_ctim) to "now", so any such change after the record moves the
/// latest ctime or the count.
bool folderStamp(const QString& folder, QJsonObject* stamp) {
    struct stat st {};
    if (::lstat(QFile::encodeName(folder).constData(), &st) != 0 || !S_ISDIR(st.st_mode))
        return false;
    qint64 latest = ctimeNs(st);
    qint64 entries = 0;
    QDirIterator it(folder, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        struct stat entry {};
        if (::lstat(QFile::encodeName(it.next()).constData(), &entry) != 0)
            return false; // vanished or unreadable while we looked: not provably unchanged
        latest = qMax(latest, ctimeNs(entry));
        ++entries;
    }
    *stamp = QJsonObject{{QStringLiteral("device"), QString::number(quint64(st.st_dev))},
                         {QStringLiteral("inode"), QString::number(quint64(st.st_ino))},
                         {QStringLiteral("entries"), QString::number(entries)},
                         {QStringLiteral("tree_ctime_ns"), QString::number(latest)}};
    return true;
}

QJsonObject archiveJson(const ArchiveIdentity& archive) {
    QJsonObject json{{QStringLiteral("archive"), archive.path},
                     {QStringLiteral("size"), QString::number(archive.size)},
                     {QStringLiteral("mtime"), archive.mtime.toUTC().toString(Qt::ISODateWithMs)}};
    if (archive.contentHash)
        json.insert(QStringLiteral("xxh3"), hashText(*archive.contentHash));
    return json;
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
    if (record.value(QStringLiteral("archive")).toString() != archive.path ||
        record.value(QStringLiteral("size")).toString() != QString::number(archive.size))
        return false;
    // The content decides when both sides know it; the times only for records without a hash.
    const QString recordedHash = record.value(QStringLiteral("xxh3")).toString();
    if (!recordedHash.isEmpty() && archive.contentHash)
        return recordedHash == hashText(*archive.contentHash);
    return record.value(QStringLiteral("mtime")).toString() ==
           archive.mtime.toUTC().toString(Qt::ISODateWithMs);
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
