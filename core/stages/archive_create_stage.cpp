#include "archive_create_stage.h"

#include "archive_builder.h"
#include "archive_names.h"
#include "archive_path_guard.h"
#include "builtin_stages.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryFile>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace sluice {

namespace {

/// Publishes `temp` as `target` without replacing an existing file: a hard link (atomic, fails with
/// EEXIST), or where the file system has no hard links a rename after an existence check. 0 or errno.
int publishNoReplace(const QString& temp, const QString& target) {
    const QByteArray t = QFile::encodeName(temp);
    const QByteArray f = QFile::encodeName(target);
    if (::link(t.constData(), f.constData()) == 0)
        return 0;
    if (errno == EEXIST)
        return EEXIST;
    if (QFileInfo::exists(target))
        return EEXIST;
    return ::rename(t.constData(), f.constData()) == 0 ? 0 : errno;
}

/// Every regular file below `base` (no symbolic links), as sorted '/'-separated relative paths.
QStringList filesBelow(const QDir& base, const QString& sub = {}) {
    QStringList files;
    QDirIterator it(sub.isEmpty() ? base.absolutePath() : base.filePath(sub),
                    QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << base.relativeFilePath(it.next());
    std::sort(files.begin(), files.end());
    return files;
}

bool isGlob(const QString& s) {
    return s.contains(QLatin1Char('*')) || s.contains(QLatin1Char('?')) || s.contains(QLatin1Char('['));
}

} // namespace

QString ArchiveCreateStage::selectItems(const QDir& base, const QStringList& items, QStringList* relatives) {
    QStringList all;
    bool listed = false;
    QSet<QString> chosen;
    for (const QString& entry : items) {
        QString rel = QDir::isAbsolutePath(entry) ? base.relativeFilePath(entry) : entry;
        rel = QDir::cleanPath(QDir::fromNativeSeparators(rel));
        if (rel == QLatin1String("..") || rel.startsWith(QLatin1String("../")) || QDir::isAbsolutePath(rel))
            return tr("items: \"%1\" is outside the base folder %2").arg(entry, base.absolutePath());
        if (isGlob(rel)) {
            if (!listed) {
                all = filesBelow(base);
                listed = true;
            }
            const QRegularExpression re(QRegularExpression::wildcardToRegularExpression(rel));
            int matched = 0;
            for (const QString& f : all) {
                // A file matches when its path or one of its folders does ("sub/*" takes sub/a/b.txt).
                bool hit = re.match(f).hasMatch();
                for (qsizetype slash = f.indexOf(QLatin1Char('/')); !hit && slash > 0;
                     slash = f.indexOf(QLatin1Char('/'), slash + 1))
                    hit = re.match(f.left(slash)).hasMatch();
                if (hit) {
                    chosen.insert(f);
                    ++matched;
                }
            }
            if (matched == 0)
                return tr("items: the pattern \"%1\" matches no file in %2").arg(entry, base.absolutePath());
            continue;
        }
        const QFileInfo info(base.filePath(rel));
        if (info.isSymLink())
            return tr("items: \"%1\" is a symbolic link, which is not archived").arg(entry);
        if (info.isFile()) {
            chosen.insert(rel);
        } else if (info.isDir()) {
            const QStringList below = filesBelow(base, rel == QLatin1String(".") ? QString() : rel);
            if (below.isEmpty())
                return tr("items: the folder \"%1\" holds no files").arg(entry);
            for (const QString& f : below)
                chosen.insert(f);
        } else {
            return tr("items: \"%1\" does not exist in %2").arg(entry, base.absolutePath());
        }
    }
    *relatives = QStringList(chosen.cbegin(), chosen.cend());
    std::sort(relatives->begin(), relatives->end());
    return {};
}

QString ArchiveCreateStage::displayName() const {
    return tr("Create archive");
}
QString ArchiveCreateStage::group() const {
    return tr("Archives");
}
QString ArchiveCreateStage::description() const {
    return tr("Packs the file, a whole folder or a list of files, folders and patterns into a zip, tar, "
              "tar.gz, tar.bz2 or tar.xz archive with "
              "relative names and an optional SHA-256 manifest, re-reads every member to verify it and "
              "publishes the archive atomically without overwriting anything.");
}

QList<ParamSpec> ArchiveCreateStage::parameters() const {
    ParamSpec format;
    format.name = QStringLiteral("format");
    format.type = ParamType::Enum;
    format.choices = {QStringLiteral("zip"), QStringLiteral("tar"), QStringLiteral("tar.gz"),
                      QStringLiteral("tar.bz2"), QStringLiteral("tar.xz")};
    format.defaultValue = QStringLiteral("zip");
    format.help = tr("Archive format.");
    ParamSpec level;
    level.name = QStringLiteral("level");
    level.type = ParamType::Int;
    level.defaultValue = 6;
    level.minimum = 0;
    level.maximum = 9;
    level.help = tr("Compression level: 0 stores (zip) or compresses fastest, 9 compresses most.");
    ParamSpec folder;
    folder.name = QStringLiteral("folder");
    folder.type = ParamType::Path;
    folder.defaultValue = QString();
    folder.help = tr("Archive every file below this folder instead of the item.");
    ParamSpec items;
    items.name = QStringLiteral("items");
    items.type = ParamType::StringList;
    items.defaultValue = QJsonArray{};
    items.help = tr("Archive only these, relative to the base folder (the folder parameter, or the item's "
                    "folder when that is empty): files, folders (with everything below them) or wildcard "
                    "patterns such as *.pdf or scans/*.tif (* does not cross '/'). Names in the archive stay "
                    "relative to the base folder; anything outside it is refused.");
    ParamSpec output;
    output.name = QStringLiteral("output_folder");
    output.type = ParamType::Path;
    output.defaultValue = QString();
    output.help = tr("Where the archive is written; empty: next to the item, or next to the folder.");
    ParamSpec name;
    name.name = QStringLiteral("name");
    name.type = ParamType::String;
    name.defaultValue = QString();
    name.help = tr("Archive file name without extension; empty: the item's or the folder's name.");
    ParamSpec manifest;
    manifest.name = QStringLiteral("manifest");
    manifest.type = ParamType::Bool;
    manifest.defaultValue = false;
    manifest.help = tr("Add _manifest.json with the size and SHA-256 of every member.");
    ParamSpec verify;
    verify.name = QStringLiteral("verify");
    verify.type = ParamType::Bool;
    verify.defaultValue = true;
    verify.help = tr("Read the archive back and compare every member's SHA-256 before publishing it.");
    return {format, level, folder, items, output, name, manifest, verify};
}

StageResult ArchiveCreateStage::process(Item& item, const QJsonObject& params, Feedback& feedback) {
    if (feedback.isCanceled())
        return stageutil::canceledResult();
    ArchiveKind kind = ArchiveKind::Zip;
    const QString formatName = params.value(QStringLiteral("format")).toString();
    if (!ArchiveBuilder::parseKind(formatName, &kind))
        return StageResult::failure(tr("format: unknown archive format \"%1\"").arg(formatName));
    const int level = params.value(QStringLiteral("level")).toInt(6);
    const bool manifest = params.value(QStringLiteral("manifest")).toBool();
    const bool verify = params.value(QStringLiteral("verify")).toBool(true);
    const QString folderParam = params.value(QStringLiteral("folder")).toString();

    QList<BuildMember> members;
    QString outputFolder = params.value(QStringLiteral("output_folder")).toString();
    QString name = params.value(QStringLiteral("name")).toString();
    const auto addMember = [&](const QString& relative, const QString& source) -> QString {
        QStringList components;
        const QString why = ArchivePathGuard::splitMemberName(relative, &components);
        if (!why.isEmpty())
            return tr("member \"%1\" refused: %2").arg(relative, why);
        BuildMember m;
        m.name = components.join(QLatin1Char('/'));
        if (manifest && m.name == ArchiveBuilder::manifestName())
            return tr("member \"%1\" would clash with the manifest; turn the manifest off or rename the file")
                .arg(m.name);
        m.sourcePath = source;
        members.append(m);
        return {};
    };

    QStringList itemList;
    for (const QJsonValue& v : params.value(QStringLiteral("items")).toArray())
        if (!v.toString().isEmpty())
            itemList << v.toString();

    if (!itemList.isEmpty()) {
        const QString basePath = !folderParam.isEmpty() ? folderParam : QFileInfo(item.path).absolutePath();
        const QFileInfo baseInfo(basePath);
        if (!baseInfo.isDir())
            return StageResult::failure(tr("folder: %1 is not a folder").arg(basePath));
        const QDir base(baseInfo.absoluteFilePath());
        QStringList relatives;
        const QString error = selectItems(base, itemList, &relatives);
        if (!error.isEmpty())
            return StageResult::failure(error);
        for (const QString& r : relatives) {
            const QString e = addMember(r, base.filePath(r));
            if (!e.isEmpty())
                return StageResult::failure(e);
        }
        if (outputFolder.isEmpty())
            outputFolder = QFileInfo(base.absolutePath()).absolutePath();
        if (name.isEmpty())
            name = base.dirName();
    } else if (!folderParam.isEmpty()) {
        const QFileInfo folderInfo(folderParam);
        if (!folderInfo.isDir())
            return StageResult::failure(tr("folder: %1 is not a folder").arg(folderParam));
        const QDir base(folderInfo.absoluteFilePath());
        QStringList files;
        QDirIterator it(base.absolutePath(), QDir::Files | QDir::Hidden | QDir::NoSymLinks,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
        std::sort(files.begin(), files.end());
        for (const QString& f : files) {
            const QString error = addMember(base.relativeFilePath(f), f);
            if (!error.isEmpty())
                return StageResult::failure(error);
        }
        if (members.isEmpty())
            return StageResult::failure(tr("folder: %1 holds no files").arg(folderParam));
        if (outputFolder.isEmpty())
            outputFolder = QFileInfo(base.absolutePath()).absolutePath();
        if (name.isEmpty())
            name = base.dirName();
    } else {
        const QFileInfo info(item.path);
        if (!info.isFile())
            return StageResult::failure(tr("cannot open %1: not a regular file").arg(item.path));
        QString relative = info.fileName();
        if (!item.watchRoot.isEmpty()) {
            const QString r = QDir(item.watchRoot).relativeFilePath(info.absoluteFilePath());
            if (!r.startsWith(QLatin1String("..")) && !QDir::isAbsolutePath(r))
                relative = r;
        }
        const QString error = addMember(relative, info.absoluteFilePath());
        if (!error.isEmpty())
            return StageResult::failure(error);
        if (outputFolder.isEmpty())
            outputFolder = info.absolutePath();
        if (name.isEmpty())
            name = info.fileName();
    }
    name = archivenames::sanitiseComponent(name).replace(QLatin1Char('/'), QLatin1Char('_'));
    if (name.isEmpty() || name == QLatin1String(".."))
        name = QStringLiteral("archive");
    if (!QDir().mkpath(outputFolder))
        return StageResult::failure(tr("cannot create the output folder %1").arg(outputFolder), true);
    outputFolder = QDir(outputFolder).absolutePath();

    QTemporaryFile temp(outputFolder + QStringLiteral("/.") + name + QStringLiteral(".sluice-XXXXXX"));
    if (!temp.open())
        return StageResult::failure(
            tr("cannot create a temporary file in %1: %2").arg(outputFolder, temp.errorString()), true);
    QString error = ArchiveBuilder::writeArchive(temp.handle(), kind, level, members, manifest, feedback);
    if (error.isEmpty() && ::fsync(temp.handle()) != 0)
        error = tr("cannot flush %1: %2").arg(temp.fileName(), QString::fromLocal8Bit(std::strerror(errno)));
    if (feedback.isCanceled())
        return stageutil::canceledResult();
    if (!error.isEmpty())
        return StageResult::failure(error);
    if (verify) {
        error = ArchiveBuilder::verifyArchive(temp.fileName(), members, feedback);
        if (feedback.isCanceled())
            return stageutil::canceledResult();
        if (!error.isEmpty())
            return StageResult::failure(error);
    }
    const qint64 archiveSize = QFileInfo(temp.fileName()).size();
    const QString extension = ArchiveBuilder::extension(kind);
    QString target;
    for (int n = 1; n < 10000; ++n) {
        const QString candidate = outputFolder + QLatin1Char('/') + name +
                                  (n == 1 ? QString() : QStringLiteral(" (%1)").arg(n)) + extension;
        const int err = publishNoReplace(temp.fileName(), candidate);
        if (err == 0) {
            target = candidate;
            break;
        }
        if (err != EEXIST)
            return StageResult::failure(
                tr("cannot publish %1: %2").arg(candidate, QString::fromLocal8Bit(std::strerror(err))), true);
    }
    if (target.isEmpty())
        return StageResult::failure(tr("cannot find a free name for %1 in %2").arg(name, outputFolder));
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                      QFileDevice::ReadOther);

    QJsonArray list;
    for (const BuildMember& m : members)
        list.append(QJsonObject{{QStringLiteral("name"), m.name},
                                {QStringLiteral("size"), m.size},
                                {QStringLiteral("sha256"), m.sha256}});
    feedback.setProgress(100);
    return StageResult::success({{QStringLiteral("path"), target},
                                 {QStringLiteral("format"), formatName},
                                 {QStringLiteral("level"), level},
                                 {QStringLiteral("size"), archiveSize},
                                 {QStringLiteral("members"), list},
                                 {QStringLiteral("manifest"), manifest},
                                 {QStringLiteral("verified"), verify}});
}

} // namespace sluice
