#include "docx_stage.h"

#include "builtin_stages.h"
#include "documents/docx_reader.h"

namespace sluice {

QString DocxStage::displayName() const {
    return tr("Word document");
}
QString DocxStage::group() const {
    return tr("Documents");
}
QString DocxStage::description() const {
    return tr("Reads a Word document (.docx) to structure: headings, paragraphs with their styles and "
              "formatted runs, lists, tables with merged cells, headers and footers, footnotes, comments, "
              "text boxes, hyperlinks, tracked changes, sections and document properties.");
}

QList<ParamSpec> DocxStage::parameters() const {
    ParamSpec runs;
    runs.name = QStringLiteral("runs");
    runs.type = ParamType::Bool;
    runs.defaultValue = true;
    runs.help = tr("List the formatted runs (bold, italic, font, size) of each paragraph; turn off to keep "
                   "results small.");
    return {runs};
}

QList<PortSpec> DocxStage::inputs() const {
    return {PortSpec{QStringLiteral("in"), QStringLiteral("document")}};
}

StageResult DocxStage::process(Item& item, const QJsonObject& params, Feedback& feedback) {
    feedback.setProgress(0);
    DocxReader reader;
    reader.includeRuns = params.value(QStringLiteral("runs")).toBool(true);
    QJsonObject out;
    bool transient = false;
    const QString error = reader.read(item.path, out, &feedback, &transient);
    if (feedback.isCanceled())
        return stageutil::canceledResult();
    if (!error.isEmpty())
        return StageResult::failure(error, transient);
    feedback.setProgress(100);
    return StageResult::success(out);
}

} // namespace sluice
