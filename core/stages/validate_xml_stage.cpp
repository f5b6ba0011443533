#include "validate_xml_stage.h"

#include "builtin_stages.h"

#include <QFile>
#include <QXmlStreamReader>

namespace sluice {

QString ValidateXmlStage::displayName() const {
    return tr("Validate XML");
}
QString ValidateXmlStage::group() const {
    return tr("Inspect");
}
QString ValidateXmlStage::description() const {
    return tr("Checks that the file is well-formed XML and names the line and column of the first error.");
}
QList<ParamSpec> ValidateXmlStage::parameters() const {
    return {makeParam(QStringLiteral("fail_invalid"), ParamType::Bool, true,
                      tr("Fail the file when it is not well-formed XML (otherwise only record it)."))};
}

StageResult ValidateXmlStage::process(Item& item, const QJsonObject& params, Feedback& feedback) {
    if (feedback.isCanceled())
        return stageutil::canceledResult();
    QFile file(item.path);
    bool transient = false;
    const QString openError = stageutil::openForReading(file, &transient);
    if (!openError.isEmpty())
        return StageResult::failure(openError, transient);
    const qint64 total = file.size();
    QXmlStreamReader reader(&file);
    QString root;
    qint64 elements = 0;
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (root.isEmpty())
                root = reader.name().toString();
            if ((++elements & 0xfff) == 0) {
                if (feedback.isCanceled())
                    return stageutil::canceledResult();
                if (total > 0)
                    feedback.setProgress(
                        qMin(99.0, 100.0 * double(reader.characterOffset()) / double(total)));
            }
        }
    }
    QJsonObject out;
    if (!reader.hasError()) {
        out.insert(QStringLiteral("valid"), true);
        out.insert(QStringLiteral("root"), root);
        out.insert(QStringLiteral("elements"), elements);
        feedback.setProgress(100);
        return StageResult::success(out);
    }
    const qint64 line = reader.lineNumber();
    const qint64 column = reader.columnNumber();
    out.insert(QStringLiteral("valid"), false);
    out.insert(QStringLiteral("error"), reader.errorString());
    out.insert(QStringLiteral("line"), line);
    out.insert(QStringLiteral("column"), column);
    if (!params.value(QStringLiteral("fail_invalid")).toBool(true))
        return StageResult::success(out);
    StageResult r = StageResult::failure(
        tr("not well-formed XML at line %1, column %2: %3").arg(line).arg(column).arg(reader.errorString()));
    r.output = out;
    return r;
}

} // namespace sluice
