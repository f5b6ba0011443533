#pragma once

#include "pipeline/stage.h"

#include <QCoreApplication>

namespace sluice {

/// Stage `docx` (group Documents): reads a Word .docx (transitional or strict OOXML) to structure with
/// DocxReader — paragraphs with styles, headings and lists, runs with their resolved formatting, tables
/// with merged cells, headers and footers, notes, comments, text boxes, hyperlinks, content controls,
/// tracked changes, sections and core properties, plus statistics and the plain text.
///
/// Parameters: `runs` (Bool, default true: list each paragraph's formatted runs).
/// Output: see DocxReader (keys core_properties, sections, body, headers, footers, footnotes, endnotes,
/// comments, headings, hyperlinks, content_controls, text_boxes, images, tracked_changes, statistics, text).
/// Errors: "empty file: 0 bytes"; "legacy Word 97-2003 document (.doc …)"; "encrypted: …"; "not a .docx: …";
/// "corrupt .docx: …"; "not a Word document: …"; "canceled"; the file cannot be opened.
class DocxStage : public Stage {
    Q_DECLARE_TR_FUNCTIONS(sluice::DocxStage)
public:
    QString id() const override { return QStringLiteral("docx"); }
    QString displayName() const override;
    QString group() const override;
    QString description() const override;
    QList<ParamSpec> parameters() const override;
    QList<PortSpec> inputs() const override;
    StageResult process(Item& item, const QJsonObject& params, Feedback& feedback) override;
};

} // namespace sluice
