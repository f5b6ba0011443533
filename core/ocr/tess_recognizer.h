#pragma once

// Internal to sluice-core (Tesseract and OpenCV types): one Tesseract engine per worker thread.

#include <QCoreApplication>
#include <QString>
#include <QVector>
#include <functional>
#include <memory>
#include <opencv2/core.hpp>

namespace tesseract {
class TessBaseAPI;
}

namespace sluice::ocr {

/// One recognised word, line or block, in pixels of the image given to TessRecognizer::recognize.
struct RecognizedWord {
    QString text;
    float confidence = -1;                        ///< 0–100; −1 when Tesseract gives none
    int left = 0, top = 0, right = 0, bottom = 0; ///< right and bottom exclusive
    int line = 0;                                 ///< index into RecognizedPage::lines
    int block = 0;                                ///< index into RecognizedPage::blocks
};
struct RecognizedLine {
    QString text; ///< without the trailing newline
    float confidence = -1;
    int left = 0, top = 0, right = 0, bottom = 0;
    int block = 0;
};
struct RecognizedBlock {
    float confidence = -1;
    int left = 0, top = 0, right = 0, bottom = 0;
    int paragraphs = 0;
    /// Which way the top of the block's text points in the image (tesseract::Orientation): 0 up, 1 right
    /// (text turned 90° clockwise, read downwards), 2 down, 3 left. Tesseract reads turned blocks as they
    /// are, so its boxes can hold vertical lines even after the page was turned upright.
    int orientation = 0;
};
/// What Tesseract read on one image.
struct RecognizedPage {
    QString text; ///< Tesseract's UTF-8 text of the page (lines end in '\n', paragraphs in a blank line)
    QVector<RecognizedWord> words;
    QVector<RecognizedLine> lines;
    QVector<RecognizedBlock> blocks;
    /// Mean of the word confidences that are ≥ 0 (Tesseract reports −1 for rows that are not words);
    /// −1 when there is no such word.
    double meanConfidence() const;
};

/// Orientation as Tesseract's OSD (osd.traineddata) sees it.
struct OrientationGuess {
    bool ok = false;  ///< false: OSD gave no answer (too little text, or no osd.traineddata)
    int rotateCw = 0; ///< degrees (0, 90, 180, 270) to turn the image clockwise to make it upright
    float confidence =
        0; ///< Tesseract's orientation confidence (larger is surer; pages give 10–35, a single line about 3)
};

/// A Tesseract engine (tesseract::TessBaseAPI) kept alive for the calling thread and reused for every page
/// it reads with the same tessdata folder, languages and engine mode: loading the traineddata takes
/// longer than reading a small page. Up to four configurations are cached per thread (least recently used
/// dropped); the engines are destroyed when the thread ends.
///
/// Not thread-safe by design: an instance belongs to the thread that acquired it. Tesseract's own OpenMP
/// threads are held to one: recognize() and detectOrientation() call limitOpenMpOnThisThread()
/// (core/platform/openmp_limit.h) first, since on two cores Tesseract's 4 threads per page make it ~6×
/// slower (shared/DEPENDENCIES.md); pages are parallelised across workers instead.
class TessRecognizer {
    Q_DECLARE_TR_FUNCTIONS(sluice::ocr::TessRecognizer)
public:
    /// Called between words while recognising with the percent done (0–100) of the current image; returns
    /// true to stop (Tesseract's ETEXT_DESC cancel callback).
    using CancelCheck = std::function<bool(int percent)>;

    ~TessRecognizer();

    /// The calling thread's engine for `languages` ("eng", "eng+deu") and `oem` (tesseract::OcrEngineMode,
    /// 0–3) from `tessdataDir`, created on first use. Null with `*error` set when Tesseract cannot load
    /// the languages (missing traineddata, engine mode the data does not support).
    static TessRecognizer* forThread(const QString& tessdataDir, const QString& languages, int oem,
                                     QString* error);
    /// Engines created so far by all threads (each creation loads traineddata); for tests of the reuse.
    static int enginesCreated();

    /// Reads `image` (8-bit, 1 channel gray/binary or 3 channels BGR) of `dpi` dots per inch with page
    /// segmentation mode `psm` (tesseract::PageSegMode, 0–13). Returns false when canceled or Tesseract
    /// fails (`*error` says which). The engine keeps the result for TessRecognizer::api() users (the
    /// renderers) until the next call.
    bool recognize(const cv::Mat& image, int dpi, int psm, const CancelCheck& cancel, QString* error);

    /// True when the last recognize() stopped because `cancel` asked it to.
    bool wasCanceled() const { return m_canceled; }

    /// Words, lines and blocks of the last recognize(), in its image's pixels.
    RecognizedPage collect() const;

    /// Tesseract's orientation detection on `image` (as for recognize()), with the thread's OSD engine.
    OrientationGuess detectOrientation(const cv::Mat& image, int dpi);

    /// The engine, for Tesseract's result renderers (TessResultRenderer::AddImage).
    tesseract::TessBaseAPI& api() { return *m_api; }
    QString tessdataDir() const { return m_tessdata; }

private:
    TessRecognizer() = default;
    std::unique_ptr<tesseract::TessBaseAPI> m_api;
    std::unique_ptr<tesseract::TessBaseAPI> m_osd; ///< created on the first detectOrientation()
    bool m_osdFailed = false;
    bool m_canceled = false;
    QString m_tessdata;
};

} // namespace sluice::ocr
