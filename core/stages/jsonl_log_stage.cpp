#include "jsonl_log_stage.h"

#include "builtin_stages.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QStandardPaths>

namespace sluice {

namespace {
QMutex& logMutex() {
    static QMutex mutex;
    return mutex;
}
} // namespace

QString JsonlLogStage::defaultDirectory() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/logs");
}

QString JsonlLogStage::displayName() const {
    return tr("Log (JSON Lines)");
}
QString JsonlLogStage::group() const {
    return tr("Output");
}
QString JsonlLogStage::description() const {
    return tr(
        "Appends one JSON line per file (time, path, size, type, SHA-256 and the stages it went through) "
        "to a daily log file.");
}

QList<ParamSpec> JsonlLogStage::parameters() const {
    ParamSpec dir;
    dir.name = QStringLiteral("dir");
    dir.type = ParamType::Path;
    dir.defaultValue = QString();
    dir.help = tr("Folder for the daily files sluice-YYYY-MM-DD.jsonl; empty means the application's data "
                  "folder, subfolder logs.");
    return {dir};
}

StageResult JsonlLogStage::process(Item& item, const QJsonObject& params, Feedback& feedback) {
    if (feedback.isCanceled())
        return stageutil::canceledResult();
    feedback.setProgress(0);
    QString dir = params.value(QStringLiteral("dir")).toString();
    if (dir.isEmpty())
        dir = defaultDirectory();

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString path =
        QDir(dir).filePath(QStringLiteral("sluice-%1.jsonl").arg(now.toString(QStringLiteral("yyyy-MM-dd"))));

    QJsonObject line;
    line.insert(QStringLiteral("time"), now.toString(Qt::ISODateWithMs));
    line.insert(QStringLiteral("path"), item.path);
    line.insert(QStringLiteral("size"), item.size);
    line.insert(QStringLiteral("mtime"),
                item.mtime.isValid() ? item.mtime.toUTC().toString(Qt::ISODateWithMs) : QString());
    line.insert(QStringLiteral("mime"), item.mime);
    line.insert(QStringLiteral("sha256"), item.sha256);
    line.insert(QStringLiteral("nodes"), QJsonArray::fromStringList(item.results.keys()));
    // Failed nodes carry an "error" key in their output (PipelineExecutor); this stage runs after failures.
    QJsonArray errors;
    for (auto it = item.results.constBegin(); it != item.results.constEnd(); ++it) {
        const QJsonValue error = it.value().toObject().value(QStringLiteral("error"));
        if (error.isString())
            errors.append(
                QJsonObject{{QStringLiteral("stage"), it.key()}, {QStringLiteral("message"), error}});
    }
    line.insert(QStringLiteral("status"), errors.isEmpty() ? QStringLiteral("ok") : QStringLiteral("failed"));
    if (!errors.isEmpty())
        line.insert(QStringLiteral("errors"), errors);
    const QByteArray bytes = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';

    {
        const QMutexLocker lock(&logMutex());
        if (!QDir().mkpath(dir))
            return StageResult::failure(tr("cannot create the log folder %1").arg(dir));
        QFile file(path);
        // Unbuffered + Append: the line goes out in one write(2) on an O_APPEND descriptor, so lines from
        // other processes appending to the same file do not interleave within a line.
        if (!file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
            return StageResult::failure(tr("cannot open the log file %1: %2").arg(path, file.errorString()));
        const qint64 written = file.write(bytes);
        const bool flushed = file.flush();
        if (written != bytes.size() || !flushed)
            return StageResult::failure(
                tr("cannot write to the log file %1: %2").arg(path, file.errorString()));
    }

    QJsonObject out;
    out.insert(QStringLiteral("file"), QDir::cleanPath(path));
    feedback.setProgress(100);
    return StageResult::success(out);
}

} // namespace sluice
