#include "ocr_stage.h"

#include "builtin_stages.h"
#include "documents/pdf_open.h"
#include "documents/pdf_page_renderer.h"
#include "images/cv_codecs.h"
#include "images/cv_image.h"
#include "images/image_loader.h"
#include "ocr/ocr_file_writer.h"
#include "ocr/page_ocr.h"
#include "ocr/tess_data.h"
#include "ocr/tess_recognizer.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QMimeDatabase>
#include <QPainter>
#include <cmath>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <poppler-qt6.h>

namespace sluice {

namespace {

/// Under this rendering resolution (dpi) a PDF page's text is often misread: a page rendered lower because
/// of the pixel budget gets a warning.
constexpr int kReadableDpi = 150;
/// Most pixels a rendered PDF page may have (60 MP, 240 MB as 32-bit RGB).
constexpr qint64 kPagePixelBudget = 60'000'000;

/// Shared with poppler's abort callback: the stage's feedback.
bool abortRendering(const QVariant& payload) {
    auto* feedback = reinterpret_cast<Feedback*>(payload.value<quintptr>());
    return feedback && feedback->isCanceled();
}

/// An 8-bit gray (for gray content, palette or not) or BGR matrix of `image`, transparent parts composed
/// over white. Gray stays one channel: Tesseract then skips its per-channel thresholding work.
cv::Mat pageMatrix(const QImage& image) {
    if (!image.hasAlphaChannel() && image.format() != QImage::Format_Grayscale16 && image.isGrayscale())
        return cvimage::toMat(image.convertToFormat(QImage::Format_Grayscale8), false, false);
    if (image.hasAlphaChannel()) {
        QImage flat(image.size(), QImage::Format_RGB888);
        flat.fill(Qt::white);
        QPainter p(&flat);
        p.drawImage(0, 0, image);
        p.end();
        return cvimage::toMat(flat, false, false);
    }
    return cvimage::toMat(image, false, false);
}

/// The preprocessed page mapped back onto the page as given (so the result's boxes line up with it),
/// PNG-encoded.
QByteArray alignedPreprocessedPng(const ocr::PageOcrOutcome& page, int width, int height,
                                  const ocr::PageTransform& transform) {
    cv::Mat back;
    const cv::Matx33d m = transform.m;
    const cv::Mat affine = (cv::Mat_<double>(2, 3) << m(0, 0), m(0, 1), m(0, 2), m(1, 0), m(1, 1), m(1, 2));
    cv::warpAffine(page.prepared, back, affine, cv::Size(width, height),
                   cv::INTER_LINEAR | cv::WARP_INVERSE_MAP, cv::BORDER_REPLICATE);
    std::vector<uchar> bytes;
    if (!cvcodecs::imencode(".png", back, bytes))
        return {};
    return QByteArray(reinterpret_cast<const char*>(bytes.data()), qsizetype(bytes.size()));
}

} // namespace

QString OcrStage::displayName() const {
    return tr("OCR");
}
QString OcrStage::group() const {
    return tr("Documents");
}
QString OcrStage::description() const {
    return tr("Reads the text of scanned images and PDFs with Tesseract, after straightening, turning, "
              "cleaning and enlarging each page as needed; reports every word with its box and "
              "confidence, and writes text, hOCR, TSV, ALTO and searchable PDF files on request.");
}

QList<ParamSpec> OcrStage::parameters() const {
    const QStringList installed = ocr::installedLanguages();
    QList<ParamSpec> ps;
    ParamSpec langs =
        makeParam(QStringLiteral("languages"), ParamType::String, QStringLiteral("eng"),
                  tr("Tesseract languages, combined with '+' (e.g. eng+deu). Installed: %1.")
                      .arg(installed.isEmpty() ? tr("none") : installed.join(QStringLiteral(", "))));
    langs.choices = installed; // the installed ones, for pickers; combinations are allowed too
    ps << langs;
    ps << makeParam(QStringLiteral("psm"), ParamType::Int, 3,
                    tr("Page segmentation mode (Tesseract --psm): 3 automatic, 4 one column, 6 one block, "
                       "7 one line, 11 sparse text; 2 and 0 are not supported."),
                    1, 13);
    ps << makeParam(QStringLiteral("oem"), ParamType::Int, 1,
                    tr("Engine mode (Tesseract --oem): 1 LSTM, 0 legacy, 2 both, 3 default; the installed "
                       "data must support it."),
                    0, 3);
    ps << makeParam(QStringLiteral("dpi"), ParamType::Int, 0,
                    tr("Resolution of the input; 0 takes it from the file, or derives it from the paper "
                       "size or the text height."),
                    0, 2400, tr("dpi"));
    ps << makeParam(QStringLiteral("pdf_dpi"), ParamType::Int, 300,
                    tr("Resolution PDF pages are rendered at; a page too large for 60 megapixels at it is "
                       "rendered lower, with a warning when that is under 150 dpi."),
                    72, 600, tr("dpi"));
    ps << makeParam(QStringLiteral("preprocess"), ParamType::Bool, true,
                    tr("Prepare each page with the steps below; off gives Tesseract the page as it is."));
    ps << makeParam(QStringLiteral("grayscale"), ParamType::Bool, true,
                    tr("Convert colour pages to gray (needed by denoise, invert and threshold)."));
    ParamSpec denoise = makeParam(QStringLiteral("denoise"), ParamType::Enum, QStringLiteral("auto"),
                                  tr("Noise removal: median filter for salt-and-pepper specks, non-local "
                                     "means for grain, auto (median when specks are found), or none."));
    denoise.choices = {QStringLiteral("auto"), QStringLiteral("none"), QStringLiteral("median"),
                       QStringLiteral("nlmeans")};
    ps << denoise;
    ps << makeParam(QStringLiteral("invert"), ParamType::Bool, true,
                    tr("Turn light-on-dark regions (banners, negative pages) dark-on-light."));
    ps << makeParam(QStringLiteral("upscale"), ParamType::Bool, true,
                    tr("Enlarge pages under 200 dpi to the target resolution."));
    ps << makeParam(QStringLiteral("target_dpi"), ParamType::Int, 300,
                    tr("Resolution pages are enlarged to."), 150, 600, tr("dpi"));
    ps << makeParam(QStringLiteral("deskew"), ParamType::Bool, true,
                    tr("Measure the skew of the text (up to 45°) and straighten the page."));
    ParamSpec orientation =
        makeParam(QStringLiteral("orientation"), ParamType::Enum, QStringLiteral("auto"),
                  tr("Turn pages upright: Tesseract's orientation detection, falling back to reading all "
                     "four turns (auto), detection only (osd), or not at all (none)."));
    orientation.choices = {QStringLiteral("auto"), QStringLiteral("osd"), QStringLiteral("none")};
    ps << orientation;
    ParamSpec threshold = makeParam(QStringLiteral("threshold"), ParamType::Enum, QStringLiteral("none"),
                                    tr("Binarisation before Tesseract: none (Tesseract's own), Otsu "
                                       "(one global level) or adaptive (local levels, for uneven light)."));
    threshold.choices = {QStringLiteral("none"), QStringLiteral("otsu"), QStringLiteral("adaptive")};
    ps << threshold;
    ParamSpec outputs =
        makeParam(QStringLiteral("outputs"), ParamType::StringList, QJsonArray(),
                  tr("Files to write beside the result, made by Tesseract's renderers: any of "
                     "txt, hocr, tsv, alto, pdf (searchable PDF, one for the whole document). "
                     "Boxes are pixels of the page as given. A page that was turned upright, "
                     "deskewed or enlarged appears in the PDF turned upright and deskewed, "
                     "at the resolution it was read, so the text layer lies on its words."));
    outputs.choices = ocr::OcrFileWriter::formats();
    ps << outputs;
    ps << makeParam(QStringLiteral("keep_preprocessed"), ParamType::Bool, true,
                    tr("Write each preprocessed page as a PNG beside the result, for review."));
    ps << makeParam(QStringLiteral("low_confidence"), ParamType::Double, 60.0,
                    tr("Words under this confidence are counted as low-confidence."), 0.0, 100.0,
                    QStringLiteral("%"));
    ps << makeParam(QStringLiteral("max_pages"), ParamType::Int, 500,
                    tr("Most pages of a PDF that are read."), 1, 100000);
    ps << makeParam(QStringLiteral("max_megapixels"), ParamType::Double, 100.0,
                    tr("Refuse images with more pixels than this (millions), without decoding them."), 0.001,
                    10000.0, tr("MP"));
    return ps;
}

QStringList OcrStage::checkParameters(const QJsonObject& params) const {
    QStringList problems;
    const QString languages = params.value(QStringLiteral("languages")).toString(QStringLiteral("eng"));
    const QString langProblem = ocr::checkLanguageSpec(languages, ocr::installedLanguages());
    if (!langProblem.isEmpty())
        problems << tr("languages: %1").arg(langProblem);
    if (params.value(QStringLiteral("psm")).toInt(3) == 2)
        problems << tr("psm: mode 2 (layout analysis only) reads no text");
    const QStringList formats = ocr::OcrFileWriter::formats();
    const QJsonArray outputs = params.value(QStringLiteral("outputs")).toArray();
    for (const QJsonValue& v : outputs) {
        if (!formats.contains(v.toString()))
            problems
                << tr("outputs: '%1' is not one of %2").arg(v.toString(), formats.join(QStringLiteral(", ")));
    }
    return problems;
}

StageResult OcrStage::process(Item& item, const QJsonObject& params, Feedback& feedback) {
    feedback.setProgress(0);
    const QStringList problems = checkParameters(params);
    if (!problems.isEmpty())
        return StageResult::failure(problems.first());
    const QString languages = params.value(QStringLiteral("languages")).toString(QStringLiteral("eng"));
    const int psm = params.value(QStringLiteral("psm")).toInt(3);
    const int oem = params.value(QStringLiteral("oem")).toInt(1);
    QStringList outputs;
    for (const QJsonValue& v : params.value(QStringLiteral("outputs")).toArray())
        outputs.append(v.toString());
    outputs.removeDuplicates();
    const bool keepPreprocessed = params.value(QStringLiteral("keep_preprocessed")).toBool(true);
    if (!outputs.isEmpty() && item.resultDir.isEmpty())
        return StageResult::failure(
            tr("OCR files (%1) were asked for but this run writes no results (no result folder)")
                .arg(outputs.join(QStringLiteral(", "))));

    ocr::PageOcrOptions options;
    options.preprocess = params.value(QStringLiteral("preprocess")).toBool(true);
    options.steps.grayscale = params.value(QStringLiteral("grayscale")).toBool(true);
    options.steps.denoise = params.value(QStringLiteral("denoise")).toString(QStringLiteral("auto"));
    options.steps.invert = params.value(QStringLiteral("invert")).toBool(true);
    options.steps.upscale = params.value(QStringLiteral("upscale")).toBool(true);
    options.steps.targetDpi = params.value(QStringLiteral("target_dpi")).toInt(300);
    options.steps.deskew = params.value(QStringLiteral("deskew")).toBool(true);
    options.steps.threshold = params.value(QStringLiteral("threshold")).toString(QStringLiteral("none"));
    options.orientation = params.value(QStringLiteral("orientation")).toString(QStringLiteral("auto"));
    options.psm = psm;
    options.dpi = params.value(QStringLiteral("dpi")).toInt(0);
    options.lowConfidence = params.value(QStringLiteral("low_confidence")).toDouble(60.0);

    // What is it: a PDF or an image (by content, as the mime stage would say).
    QString mime = item.mime;
    if (mime.isEmpty())
        mime = QMimeDatabase().mimeTypeForFile(item.path, QMimeDatabase::MatchContent).name();
    const bool isPdf = mime == QLatin1String("application/pdf");

    const QString tessdata = ocr::tessdataDir();
    QString error;
    ocr::TessRecognizer* engine = ocr::TessRecognizer::forThread(tessdata, languages, oem, &error);
    if (!engine)
        return StageResult::failure(error);

    // The pages: images decoded now, PDF pages rendered one at a time.
    QList<QImage> images;
    double fileDpi = 0;
    std::unique_ptr<Poppler::Document> pdf;
    int pageCount = 0;
    const int pdfDpi = params.value(QStringLiteral("pdf_dpi")).toInt(300);
    if (isPdf) {
        PdfOpenResult opened = PdfOpener::open(item.path, {});
        if (!opened.document)
            return StageResult::failure(opened.error, opened.transient);
        pdf = std::move(opened.document);
        pdf->setRenderHint(Poppler::Document::Antialiasing, true);
        pdf->setRenderHint(Poppler::Document::TextAntialiasing, true);
        pageCount = std::min(pdf->numPages(), params.value(QStringLiteral("max_pages")).toInt(500));
    } else {
        ImageLoadOptions load;
        load.maxMegapixels = params.value(QStringLiteral("max_megapixels")).toDouble(100.0);
        load.allPages = true;
        const ImageLoadResult loaded = loadImage(item.path, load);
        if (!loaded.ok())
            return StageResult::failure(loaded.error, loaded.transient);
        images = loaded.loaded.pages.isEmpty() ? QList<QImage>{loaded.loaded.image} : loaded.loaded.pages;
        fileDpi = loaded.loaded.dpiY > 0 ? loaded.loaded.dpiY : loaded.loaded.dpiX;
        pageCount = int(images.size());
    }
    if (pageCount <= 0)
        return StageResult::failure(tr("the document has no pages"));

    ocr::OcrFileWriter writer;
    const bool writeFiles = !item.resultDir.isEmpty() && (!outputs.isEmpty() || keepPreprocessed);
    if (writeFiles && !writer.begin(item.resultDir, QFileInfo(item.path).fileName(), outputs, tessdata,
                                    QFileInfo(item.path).fileName(), &error))
        return StageResult::failure(error);

    QJsonArray pages;
    QStringList texts;
    QStringList warnings;
    int words = 0, lines = 0, chars = 0, low = 0;
    double confidenceSum = 0;
    for (int i = 0; i < pageCount; ++i) {
        if (feedback.isCanceled())
            return stageutil::canceledResult();
        QImage pageImage;
        int knownDpi = 0;
        if (pdf) {
            const std::unique_ptr<Poppler::Page> page = pdf->page(i);
            if (!page)
                return StageResult::failure(tr("page %1 cannot be read").arg(i + 1));
            const double scale =
                PdfPageRenderer::boundedScale(page->pageSizeF(), pdfDpi / 72.0, kPagePixelBudget);
            pageImage = page->renderToImage(72.0 * scale, 72.0 * scale, -1, -1, -1, -1,
                                            Poppler::Page::Rotate0, nullptr, nullptr, abortRendering,
                                            QVariant::fromValue(reinterpret_cast<quintptr>(&feedback)));
            if (feedback.isCanceled())
                return stageutil::canceledResult();
            if (pageImage.isNull())
                return StageResult::failure(tr("page %1 cannot be rendered").arg(i + 1));
            knownDpi = int(std::lround(72.0 * scale));
            if (knownDpi < std::min(pdfDpi, kReadableDpi))
                warnings << tr("page %1 is too large for the pixel budget: rendered at %2 dpi instead of %3 "
                               "(under %4 dpi text is often misread)")
                                .arg(i + 1)
                                .arg(knownDpi)
                                .arg(pdfDpi)
                                .arg(kReadableDpi);
        } else {
            pageImage = images[i];
        }
        const cv::Mat matrix = pageMatrix(pageImage);
        pageImage = QImage();
        if (matrix.empty())
            return StageResult::failure(tr("page %1: unsupported pixel format").arg(i + 1));
        const auto cancel = [&feedback, i, pageCount](int percent) {
            feedback.setProgress(100.0 * (i + percent / 100.0) / pageCount);
            return feedback.isCanceled();
        };
        ocr::PageOcrOutcome read =
            ocr::ocrPage(*engine, matrix, fileDpi, knownDpi, QStringLiteral("pdf"), options, cancel);
        if (read.canceled || feedback.isCanceled())
            return stageutil::canceledResult();
        if (!read.ok)
            return StageResult::failure(tr("page %1: %2").arg(i + 1).arg(read.error));
        if (writeFiles &&
            !writer.addPage(engine->api(), matrix, cv::Size(read.prepared.cols, read.prepared.rows),
                            read.transform, &error))
            return StageResult::failure(tr("page %1: %2").arg(i + 1).arg(error));
        QString preprocessedPath;
        if (writeFiles && keepPreprocessed && options.preprocess) {
            const QByteArray png = alignedPreprocessedPng(read, matrix.cols, matrix.rows, read.transform);
            preprocessedPath = png.isEmpty() ? QString() : writer.writePageImage(i + 1, png, &error);
            if (preprocessedPath.isEmpty())
                return StageResult::failure(error.isEmpty() ? tr("cannot encode page %1").arg(i + 1) : error);
        }
        QJsonObject pageJson = read.json;
        pageJson.insert(QStringLiteral("page"), i + 1);
        pageJson.insert(QStringLiteral("source_image"),
                        pdf ? QString() : QFileInfo(item.path).absoluteFilePath());
        pageJson.insert(QStringLiteral("preprocessed_image"), preprocessedPath);
        const cv::Matx33d& m = read.transform.m;
        pageJson.insert(QStringLiteral("read_image"),
                        QJsonObject{{QStringLiteral("width"), read.prepared.cols},
                                    {QStringLiteral("height"), read.prepared.rows},
                                    {QStringLiteral("transform"),
                                     QJsonArray{m(0, 0), m(0, 1), m(0, 2), m(1, 0), m(1, 1), m(1, 2)}}});
        pages.append(pageJson);
        texts.append(pageJson.value(QStringLiteral("text")).toString());
        words += read.words;
        lines += read.lines;
        chars += read.chars;
        low += read.lowConfidenceWords;
        confidenceSum += read.confidenceSum;
        feedback.setProgress(100.0 * (i + 1) / pageCount);
        if (pageCount > 1)
            feedback.info(tr("OCR page %1 of %2").arg(i + 1).arg(pageCount));
    }

    const double mean = words ? confidenceSum / words : 0.0;
    QJsonObject o{{QStringLiteral("languages"), languages},
                  {QStringLiteral("psm"), psm},
                  {QStringLiteral("oem"), oem},
                  {QStringLiteral("mean_confidence"), std::round(mean * 10.0) / 10.0},
                  {QStringLiteral("text"), texts.join(QStringLiteral("\n"))},
                  {QStringLiteral("stats"), QJsonObject{{QStringLiteral("pages"), pageCount},
                                                        {QStringLiteral("words"), words},
                                                        {QStringLiteral("lines"), lines},
                                                        {QStringLiteral("chars"), chars},
                                                        {QStringLiteral("low_confidence_words"), low}}},
                  {QStringLiteral("pages"), pages}};
    QJsonObject files;
    if (writeFiles && !writer.finish(&files, &error))
        return StageResult::failure(error);
    o.insert(QStringLiteral("files"), files);
    feedback.setProgress(100);
    StageResult result = StageResult::success(o);
    result.warnings = warnings;
    return result;
}

} // namespace sluice
