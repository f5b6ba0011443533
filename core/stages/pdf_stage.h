#pragma once

#include "pipeline/stage.h"

#include <QCoreApplication>

namespace sluice {

/// Stage `pdf` (group Documents): reads a PDF to structure with poppler — metadata, per page text in
/// column-aware reading order (PdfReadingOrder), words with bounding boxes, tables (PdfTableDetector),
/// NFKC-normalised searchable text next to the raw text, statistics and the pages that need OCR.
///
/// It supersedes `pdf_text` (kept for pipelines that want poppler's flat text only): its output holds every
/// key `pdf_text` writes with the same meaning, so a pipeline can switch from one to the other.
///
/// Parameters: `password` (Password), `passwords` (StringList, tried after `password`), `max_pages`
/// (default 5000), `word_boxes` (Bool, default true: page_list[].word_boxes), `tables` (Enum auto|always|off,
/// default auto: only pages whose text looks tabular are rendered to find rulings), `workers` (Int 1–16,
/// default 1: that many threads each take the next unread page until none is left, each reading from its
/// own PdfTextDocument, poppler's core opened once more for the words; poppler-qt6 opens the file for
/// the checks, metadata and table renderings).
///
/// Output: {pages, pdf_version "1.x", encrypted, metadata {title, author, subject, keywords, creator,
/// producer, created, modified (ISO 8601 UTC, "" when absent)}, page_sizes [{width_pt, height_pt, width_mm,
/// height_mm}] (distinct sizes), page_list [see PdfPageContent::toJson], tables [see
/// PdfPageContent::tableJson], statistics {pages_read, chars, words, lines, tables, replacement_chars,
/// pages_needing_ocr}, chars, words, needs_ocr (any page), pages_needing_ocr [numbers], pages_truncated,
/// text (raw page texts joined by form feed "\f"), search_text (the same, NFKC-normalised: "ﬁ" → "fi")}.
/// Errors: those of PdfOpener ("empty file: 0 bytes", "not a readable PDF: …", "encrypted: password
/// required", "encrypted: wrong password", cannot open); "canceled".
class PdfStage : public Stage {
    Q_DECLARE_TR_FUNCTIONS(sluice::PdfStage)
public:
    QString id() const override { return QStringLiteral("pdf"); }
    QString displayName() const override;
    QString group() const override;
    QString description() const override;
    QList<ParamSpec> parameters() const override;
    QList<PortSpec> inputs() const override;
    StageResult process(Item& item, const QJsonObject& params, Feedback& feedback) override;
};

} // namespace sluice
