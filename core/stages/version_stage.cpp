#include "version_stage.h"

#include "name_template.h"
#include "platform/file_ops.h"
#include "trigger_filter.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QMap>
#include <QRegularExpression>

namespace sluice {

QString VersionStage::displayName() const {
    return tr("Version");
}
QString VersionStage::group() const {
    return tr("Output");
}
QString VersionStage::description() const {
    return tr("Keeps numbered versions (name_vN.ext) of a file each time its contents change, and only the "
              "newest ones.");
}

QList<ParamSpec> VersionStage::parameters() const {
    QList<ParamSpec> params{
        makeParam(QStringLiteral("dir"), ParamType::Path, QString(),
                  tr("Folder for the versions; empty means a hidden .sluice-versions folder beside the "
                     "file.")),
        makeParam(QStringLiteral("keep"), ParamType::Int, 10, tr("How many versions to keep."), 1, 10000)};
    params += triggerfilter::parameters({QStringLiteral("modified"), QStringLiteral("content_changed")});
    return params;
}

QStringList VersionStage::checkParameters(const QJsonObject& params) const {
    return triggerfilter::check(params);
}

StageResult VersionStage::process(Item& item, const QJsonObject& params, Feedback& feedback) {
    if (feedback.isCanceled())
        return StageResult::failure(tr("canceled"));
    const QString skip = triggerfilter::skipReason(item, params);
    if (!skip.isEmpty())
        return StageResult::skip(skip, QJsonObject{{QStringLiteral("trigger"), item.trigger}});
    const QFileInfo source(item.path);
    if (!source.isFile())
        return StageResult::failure(tr("source %1 does not exist or is not a regular file").arg(item.path));
    QString dir = params.value(QStringLiteral("dir")).toString();
    if (dir.isEmpty()) {
        dir = source.absoluteDir().filePath(QStringLiteral(".sluice-versions"));
    } else {
        const QString reldir = NameTemplate::relativeDir(item);
        dir = QDir::cleanPath(QFileInfo(dir).absoluteFilePath() +
                              (reldir.isEmpty() ? QString() : QLatin1Char('/') + reldir));
    }
    const QString name = source.fileName();
    const int dot = name.lastIndexOf(QLatin1Char('.'));
    const QString stem = dot > 0 ? name.left(dot) : name;
    const QString ext = dot > 0 ? name.mid(dot) : QString();
    const QRegularExpression pattern(
        QStringLiteral("^%1_v(\\d+)%2$")
            .arg(QRegularExpression::escape(stem), QRegularExpression::escape(ext)));
    auto versions = [&] {
        QMap<qint64, QString> found;
        const QStringList entries = QDir(dir).entryList(QDir::Files | QDir::Hidden);
        for (const QString& e : entries) {
            const QRegularExpressionMatch m = pattern.match(e);
            if (m.hasMatch())
                found.insert(m.captured(1).toLongLong(), QDir(dir).filePath(e));
        }
        return found;
    };

    QJsonObject out;
    fileops::CopyOutcome outcome;
    qint64 number = 0;
    QString error;
    bool transient = false;
    for (int tries = 0; tries < 5; ++tries) {
        const QMap<qint64, QString> existing = versions();
        const qint64 latest = existing.isEmpty() ? 0 : existing.lastKey();
        if (latest > 0) {
            // Same bytes as the newest version: nothing changed since (or this ran before a crash).
            if (!fileops::copyVerified(item.path, existing.last(), fileops::ConflictPolicy::Skip, feedback,
                                       &outcome, &error, &transient))
                return StageResult::failure(error, transient);
            if (outcome.alreadyPresent) {
                number = latest;
                break;
            }
        }
        number = latest + 1;
        const QString target = QDir(dir).filePath(QStringLiteral("%1_v%2%3").arg(stem).arg(number).arg(ext));
        if (!fileops::copyVerified(item.path, target, fileops::ConflictPolicy::Skip, feedback, &outcome,
                                   &error, &transient))
            return StageResult::failure(error, transient);
        if (!outcome.skipped)
            break; // written (or identical already)
        // Another writer took that number meanwhile: look again.
    }
    if (outcome.skipped)
        return StageResult::failure(tr("could not claim a free version number in %1").arg(dir), true);

    QJsonArray pruned;
    const int keep = params.value(QStringLiteral("keep")).toInt(10);
    const QMap<qint64, QString> all = versions();
    int surplus = int(all.size()) - keep;
    for (auto it = all.constBegin(); it != all.constEnd() && surplus > 0; ++it, --surplus) {
        if (it.key() == number)
            continue;
        if (!fileops::removeFile(it.value(), &error))
            return StageResult::failure(error, true);
        pruned.append(it.value());
    }
    if (item.sha256.isEmpty())
        item.sha256 = outcome.sha256;
    out.insert(QStringLiteral("target"), outcome.target);
    out.insert(QStringLiteral("version"), number);
    out.insert(QStringLiteral("sha256"), outcome.sha256);
    out.insert(QStringLiteral("bytes"), outcome.bytes);
    out.insert(QStringLiteral("verified"), true);
    out.insert(QStringLiteral("already_present"), outcome.alreadyPresent);
    out.insert(QStringLiteral("pruned"), pruned);
    return StageResult::success(out);
}

} // namespace sluice
