#pragma once

#include "pipeline/stage.h"

#include <QCoreApplication>

namespace sluice {

/// Stage `ocr` (group Documents): reads the text of a scanned image or PDF with Tesseract.
///
/// Images are read through loadImage() (upright after EXIF orientation; every page of a multi-page
/// TIFF); PDFs are rendered page by page with poppler at `pdf_dpi`. Each page goes through the OpenCV
/// preprocessing of core/ocr/page_preprocess.h (grayscale, denoise, inverted regions, upscaling of
/// pages under 200 dpi to `target_dpi`, deskew within ±45°, threshold), orientation in quarter turns
/// (Tesseract OSD, else all four read and the surest kept), then one Tesseract engine per worker thread
/// (core/ocr/tess_recognizer.h) with `languages`, `psm`, `oem`. `preprocess` false hands the page to
/// Tesseract as given. Progress is per page; cancellation stops Tesseract through its monitor callback.
///
/// Files (in Item::resultDir, atomically, never over an existing file): `outputs` selects
/// `<source>.ocr.txt`, `.hocr`, `.tsv`, `.alto.xml` and a searchable `.pdf` (one for the whole document),
/// made by Tesseract's renderers (core/ocr/ocr_file_writer.h) with boxes mapped to pixels of the page as
/// given; the PDF shows the page as given with Tesseract's invisible text layer over its words — turned
/// upright and deskewed (not thresholded) when preprocessing changed its geometry, as OCRmyPDF does with
/// --rotate-pages --deskew, since Tesseract lays its text out in the pixels it read. `keep_preprocessed`
/// writes each preprocessed page, mapped back onto the page as given (so word boxes line up), as
/// `<source>.ocr-p<N>.png`.
///
/// Output: {languages, psm, oem, mean_confidence (0–100, over words with confidence ≥ 0), text,
/// stats {pages, words, lines, chars, low_confidence_words}, files {format: path}, pages [{page, width,
/// height, dpi, dpi_source, source_image, preprocessed_image, read_image {width, height, transform [a, b,
/// c, d, e, f]: page pixels (x, y) → (a·x + b·y + c, d·x + e·y + f) in the image Tesseract read, which is
/// the searchable PDF's page at its resolution}, preprocessing [{step, …}], text,
/// mean_confidence, words [{text, confidence, bbox [x, y, w, h], line, block}], lines [{text, confidence,
/// bbox, block}], blocks [{bbox, confidence, paragraphs}]}]}; boxes in pixels of the page as given
/// (for PDFs, the page rendered at `dpi`). Warnings: a PDF page rendered under 150 dpi (and under
/// `pdf_dpi`) because of the pixel budget, with the dpi used. Errors: languages not installed, unreadable
/// image or PDF, files requested without a result folder, a file that cannot be written.
class OcrStage : public Stage {
    Q_DECLARE_TR_FUNCTIONS(sluice::OcrStage)
public:
    QString id() const override { return QStringLiteral("ocr"); }
    QString displayName() const override;
    QString group() const override;
    QString description() const override;
    QList<ParamSpec> parameters() const override;
    QStringList checkParameters(const QJsonObject& params) const override;
    StageResult process(Item& item, const QJsonObject& params, Feedback& feedback) override;
};

} // namespace sluice
