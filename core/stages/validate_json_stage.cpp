#include "validate_json_stage.h"

#include "builtin_stages.h"

#include <QFile>
#include <QJsonDocument>

namespace sluice {

QString ValidateJsonStage::displayName() const {
    return tr("Validate JSON");
}
QString ValidateJsonStage::group() const {
    return tr("Inspect");
}
QString ValidateJsonStage::description() const {
    return tr("Checks that the file is well-formed JSON and names the line and column of the first error.");
}
QList<ParamSpec> ValidateJsonStage::parameters() const {
    return {makeParam(QStringLiteral("fail_invalid"), ParamType::Bool, true,
                      tr("Fail the file when it is not valid JSON (otherwise only record it).")),
            makeParam(QStringLiteral("max_bytes"), ParamType::Int, 64 * 1024 * 1024,
                      tr("Larger files are refused."), 1, QJsonValue(), QStringLiteral("bytes"))};
}

StageResult ValidateJsonStage::process(Item& item, const QJsonObject& params, Feedback& feedback) {
    if (feedback.isCanceled())
        return stageutil::canceledResult();
    QFile file(item.path);
    bool transient = false;
    const QString openError = stageutil::openForReading(file, &transient);
    if (!openError.isEmpty())
        return StageResult::failure(openError, transient);
    const qint64 maxBytes = params.value(QStringLiteral("max_bytes")).toInteger(64 * 1024 * 1024);
    if (file.size() > maxBytes)
        return StageResult::failure(tr("%1 is %2 bytes, over the limit of %3 bytes for JSON validation")
                                        .arg(item.path)
                                        .arg(file.size())
                                        .arg(maxBytes));
    const QByteArray bytes = file.readAll();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    QJsonObject out;
    if (parseError.error == QJsonParseError::NoError) {
        out.insert(QStringLiteral("valid"), true);
        out.insert(QStringLiteral("type"),
                   doc.isArray() ? QStringLiteral("array") : QStringLiteral("object"));
        feedback.setProgress(100);
        return StageResult::success(out);
    }
    const qint64 offset = qBound(qint64(0), qint64(parseError.offset), qint64(bytes.size()));
    const QByteArray before = bytes.left(offset);
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const int line = int(before.count('\n')) + 1;
    const int column = int(QString::fromUtf8(before.mid(lineStart)).size()) + 1;
    out.insert(QStringLiteral("valid"), false);
    out.insert(QStringLiteral("error"), parseError.errorString());
    out.insert(QStringLiteral("line"), line);
    out.insert(QStringLiteral("column"), column);
    out.insert(QStringLiteral("offset"), offset);
    if (!params.value(QStringLiteral("fail_invalid")).toBool(true))
        return StageResult::success(out);
    StageResult r = StageResult::failure(
        tr("not valid JSON at line %1, column %2: %3").arg(line).arg(column).arg(parseError.errorString()));
    r.output = out;
    return r;
}

} // namespace sluice
