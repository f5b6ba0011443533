#include "file_transfer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace sluice {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("sluice", text);
}

} // namespace

ParamSpec conflictParam(const QString& defaultPolicy) {
    ParamSpec p = makeParam(QStringLiteral("on_conflict"), ParamType::Enum, defaultPolicy,
                            tr("When the target name holds a different file: unique (add \" (2)\"), "
                               "overwrite, skip, or fail. An identical file counts as done."));
    p.choices = fileops::conflictPolicyNames();
    return p;
}

StageResult transferFile(Item& item, const QString& folder, const QString& relative,
                         fileops::ConflictPolicy policy, bool move, Feedback& feedback) {
    if (folder.trimmed().isEmpty())
        return StageResult::failure(tr("no target folder given"));
    const QString root = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    const QString target = QDir::cleanPath(root + QLatin1Char('/') + relative);
    if (!fileops::isInside(root, target))
        return StageResult::failure(tr("target %1 would lie outside the folder %2").arg(target, root));
    const QString source = QFileInfo(item.path).absoluteFilePath();
    if (QFileInfo(target).absoluteFilePath() == source)
        return StageResult::failure(tr("target %1 is the source itself").arg(target));

    QJsonObject out;
    out.insert(QStringLiteral("source"), source);
    if (!QFileInfo(source).isFile()) {
        if (move) {
            // Moved before an interruption (source gone after the verified copy): find that copy by the
            // size and mtime the copy kept.
            for (int n = 1; n <= 10000; ++n) {
                const QFileInfo candidate(fileops::numberedName(target, n));
                if (!candidate.exists())
                    break;
                if (candidate.size() == item.size && item.mtime.isValid() &&
                    candidate.lastModified().toUTC() == item.mtime) {
                    QString sha;
                    qint64 bytes = 0;
                    QString error;
                    if (!fileops::sha256File(candidate.absoluteFilePath(), &sha, &bytes, &error, &feedback))
                        return StageResult::failure(error);
                    out.insert(QStringLiteral("target"), candidate.absoluteFilePath());
                    out.insert(QStringLiteral("sha256"), sha);
                    out.insert(QStringLiteral("bytes"), bytes);
                    out.insert(QStringLiteral("verified"), true);
                    out.insert(QStringLiteral("already_present"), true);
                    out.insert(QStringLiteral("skipped"), false);
                    out.insert(QStringLiteral("moved"), true);
                    item.path = candidate.absoluteFilePath();
                    item.sha256 = sha;
                    return StageResult::success(out);
                }
            }
        }
        return StageResult::failure(tr("source %1 does not exist or is not a regular file").arg(source));
    }

    fileops::CopyOutcome outcome;
    QString error;
    bool transient = false;
    if (!fileops::copyVerified(source, target, policy, feedback, &outcome, &error, &transient))
        return StageResult::failure(error, transient);
    out.insert(QStringLiteral("target"), outcome.target);
    out.insert(QStringLiteral("sha256"), outcome.sha256);
    out.insert(QStringLiteral("bytes"), outcome.bytes);
    out.insert(QStringLiteral("verified"), !outcome.skipped);
    out.insert(QStringLiteral("already_present"), outcome.alreadyPresent);
    out.insert(QStringLiteral("skipped"), outcome.skipped);
    if (!outcome.skipped && item.sha256.isEmpty())
        item.sha256 = outcome.sha256;
    if (move) {
        bool moved = false;
        if (!outcome.skipped) {
            if (!fileops::removeFile(source, &error))
                return StageResult::failure(
                    tr("copied and verified to %1, but %2").arg(outcome.target, error), true);
            item.path = outcome.target;
            moved = true;
        }
        out.insert(QStringLiteral("moved"), moved);
    }
    return StageResult::success(out);
}

} // namespace sluice
