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
/// with boxes in pixels of the page as given (made from the result, core/ocr/ocr_file_writer.h; the PDF
/// shows the page as given with an invisible text layer over its words); `keep_preprocessed` writes each
/// preprocessed page, mapped back onto the page as given (so word boxes line up), as
/// `<source>.ocr-p<N>.png`.
///
/// Output: {languages, psm, oem, mean_confidence (0–100, over words with confidence ≥ 0), text,
/// stats {pages, words, lines, chars, low_confidence_words}, files {format: path}, pages [{page, width,
/// height, dpi, dpi_source, source_image, preprocessed_image, preprocessing [{step, …}], text,
/// mean_confidence, words [{text, confidence, bbox [x, y, w, h], line, block}], lines [{text, confidence,
/// bbox, block}], blocks [{bbox, confidence, paragraphs}]}]}; boxes in pixels of the page as given
/// (for PDFs, the page rendered at `dpi`). Errors: languages not installed, unreadable image or PDF,
/// files requested without a result folder, a file that cannot be written.
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
