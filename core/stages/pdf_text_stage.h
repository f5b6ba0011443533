#pragma once

#include "pipeline/stage.h"

#include <QCoreApplication>

namespace sluice {

/// Stage `pdf_text` (group Documents): extracts the text, page geometry and metadata of a PDF with
/// poppler-qt6 (Poppler::Document::load, Page::text).
///
/// Parameters: `password` (user or owner password for encrypted files, default empty), `max_pages`
/// (text is extracted from at most this many pages, default 5000).
/// Output: {pages (page count), pdf_version "1.x", encrypted, metadata {title, author, subject, keywords,
/// creator, producer, created, modified (ISO 8601 UTC, "" when absent)}, page_list [{number (1-based),
/// width_pt, height_pt (points, 1/72 inch, as displayed: swapped for /Rotate 90 and 270), rotation
/// (degrees clockwise: 0, 90, 180, 270), text, chars (code points), needs_ocr (no visible text)}],
/// chars, words, needs_ocr (any page without text), pages_truncated (more pages than max_pages),
/// text (page texts joined with form feed "\f")}.
/// Errors: "empty file: 0 bytes"; "not a readable PDF: …" (no %PDF header, or poppler cannot parse it);
/// "encrypted: password required" / "encrypted: wrong password"; the file cannot be opened.
class PdfTextStage : public Stage {
    Q_DECLARE_TR_FUNCTIONS(sluice::PdfTextStage)
public:
    QString id() const override { return QStringLiteral("pdf_text"); }
    QString displayName() const override;
    QString group() const override;
    QString description() const override;
    QList<ParamSpec> parameters() const override;
    QList<PortSpec> inputs() const override;
    StageResult process(Item& item, const QJsonObject& params, Feedback& feedback) override;
};

} // namespace sluice
