#pragma once

// Internal to sluice-core (OpenCV types): one page through preprocessing, orientation and Tesseract.

#include "page_preprocess.h"
#include "tess_recognizer.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <opencv2/core.hpp>

namespace sluice::ocr {

/// How one page is read.
struct PageOcrOptions {
    bool preprocess = true;  ///< false: the page goes to Tesseract as given (no step below runs)
    PreprocessOptions steps; ///< the OpenCV steps
    QString orientation = QStringLiteral("auto"); ///< "auto" (OSD, else try all four), "osd", "none"
    int psm = 3;                                  ///< tesseract::PageSegMode
    int dpi = 0;                ///< > 0: the page's DPI as given by the user (overrides every estimate)
    double lowConfidence = 60;  ///< words under this confidence (0–100) are counted as low
    float osdMinConfidence = 5; ///< OSD answers less sure than this count as no answer (crom.png: 2.9)
};

/// A page read by ocrPage().
struct PageOcrOutcome {
    bool ok = false;
    bool canceled = false;
    QString error;
    /// The page's result object as the `ocr` stage reports it (width, height, dpi, dpi_source,
    /// preprocessing, text, mean_confidence, words, lines, blocks), boxes in pixels of the page as given;
    /// without page, source_image and preprocessed_image (the caller's).
    QJsonObject json;
    cv::Mat prepared;          ///< the image Tesseract read (after preprocessing and orientation)
    PageTransform transform;   ///< pixels of the page as given → pixels of `prepared`
    RecognizedPage recognized; ///< what Tesseract read, in pixels of `prepared`
    int words = 0;             ///< words with a confidence ≥ 0
    int lines = 0;
    int chars = 0; ///< non-space characters (code points) of those words
    int lowConfidenceWords = 0;
    double confidenceSum = 0; ///< sum of the confidences of `words`
};

/// Reads `page` (8-bit BGR or gray, upright as displayed) with `engine`: DPI from `options.dpi`, else
/// `knownDpi` (> 0, e.g. the rendering DPI of a PDF page; reported with `knownDpiSource`), else
/// estimateDpi() from `fileDpi` and the pixels; then preprocessPage(), then orientation: Tesseract OSD
/// when it answers with at least `osdMinConfidence`, else (mode "auto") the page is read in all four
/// quarter turns and the one with the highest mean word confidence is kept. Confidences are 0–100; boxes
/// are mapped back through every step to `page`'s pixels. When it returns ok, `engine` still holds this
/// page's result (for Tesseract's renderers).
PageOcrOutcome ocrPage(TessRecognizer& engine, const cv::Mat& page, double fileDpi, int knownDpi,
                       const QString& knownDpiSource, const PageOcrOptions& options,
                       const TessRecognizer::CancelCheck& cancel);

} // namespace sluice::ocr
