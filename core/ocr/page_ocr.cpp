#include "page_ocr.h"

#include <QJsonArray>
#include <algorithm>
#include <cmath>
#include <opencv2/imgproc.hpp>

namespace sluice::ocr {

namespace {

double round1(double v) {
    return std::round(v * 10.0) / 10.0;
}

QJsonArray bbox(const PageTransform& t, int l, int top, int r, int b, const cv::Size& original) {
    const cv::Rect box = t.toOriginal(l, top, r, b, original);
    return QJsonArray{box.x, box.y, box.width, box.height};
}

} // namespace

PageOcrOutcome ocrPage(TessRecognizer& engine, const cv::Mat& page, double fileDpi, int knownDpi,
                       const QString& knownDpiSource, const PageOcrOptions& options,
                       const TessRecognizer::CancelCheck& cancel) {
    PageOcrOutcome out;
    DpiEstimate dpi;
    if (options.dpi > 0) {
        dpi = {options.dpi, QStringLiteral("parameter")};
    } else if (knownDpi > 0) {
        dpi = {knownDpi, knownDpiSource};
    } else if (fileDpi >= 100) {
        dpi = {int(std::lround(fileDpi)), QStringLiteral("file")};
    } else {
        cv::Mat gray;
        if (page.channels() == 1)
            gray = page;
        else
            cv::cvtColor(page, gray, page.channels() == 4 ? cv::COLOR_BGRA2GRAY : cv::COLOR_BGR2GRAY);
        dpi = estimateDpi(gray, fileDpi);
    }

    PreparedPage prepared;
    if (options.preprocess) {
        prepared = preprocessPage(page, dpi.dpi, options.steps);
    } else {
        prepared.image = page;
        prepared.dpi = dpi.dpi;
    }

    QString error;
    const cv::Size originalSize(page.cols, page.rows);
    cv::Mat image = prepared.image;
    PageTransform transform = prepared.transform;
    bool recognized = false;
    if (options.preprocess && options.orientation != QLatin1String("none")) {
        const OrientationGuess guess = engine.detectOrientation(image, prepared.dpi);
        if (guess.ok && guess.confidence >= options.osdMinConfidence) {
            image = rotateQuarter(image, guess.rotateCw / 90, &transform);
            prepared.steps.append(QJsonObject{{QStringLiteral("step"), QStringLiteral("orientation")},
                                              {QStringLiteral("rotation_deg"), guess.rotateCw},
                                              {QStringLiteral("method"), QStringLiteral("osd")},
                                              {QStringLiteral("osd_confidence"), round1(guess.confidence)}});
        } else if (options.orientation == QLatin1String("auto")) {
            // OSD gave no usable answer: read every quarter turn and keep the surest.
            int best = 0;
            double bestConfidence = -2;
            int last = -1;
            for (int q = 0; q < 4; ++q) {
                const cv::Mat turned = rotateQuarter(prepared.image, q, nullptr);
                if (!engine.recognize(turned, prepared.dpi, options.psm, cancel, &error)) {
                    out.canceled = engine.wasCanceled();
                    out.error = error;
                    return out;
                }
                last = q;
                const double mean = engine.collect().meanConfidence();
                if (mean > bestConfidence + 0.5) {
                    bestConfidence = mean;
                    best = q;
                }
            }
            image = rotateQuarter(prepared.image, best, &transform);
            recognized = best == last;
            prepared.steps.append(QJsonObject{{QStringLiteral("step"), QStringLiteral("orientation")},
                                              {QStringLiteral("rotation_deg"), best * 90},
                                              {QStringLiteral("method"), QStringLiteral("fallback")}});
        } else {
            prepared.steps.append(QJsonObject{{QStringLiteral("step"), QStringLiteral("orientation")},
                                              {QStringLiteral("rotation_deg"), 0},
                                              {QStringLiteral("method"), QStringLiteral("none")}});
        }
    }
    if (!recognized && !engine.recognize(image, prepared.dpi, options.psm, cancel, &error)) {
        out.canceled = engine.wasCanceled();
        out.error = error;
        return out;
    }
    const RecognizedPage r = engine.collect();

    QJsonArray words;
    for (const RecognizedWord& w : r.words) {
        words.append(QJsonObject{
            {QStringLiteral("text"), w.text},
            {QStringLiteral("confidence"), round1(std::clamp(double(w.confidence), -1.0, 100.0))},
            {QStringLiteral("bbox"), bbox(transform, w.left, w.top, w.right, w.bottom, originalSize)},
            {QStringLiteral("line"), w.line},
            {QStringLiteral("block"), w.block}});
        if (w.confidence >= 0) {
            ++out.words;
            out.confidenceSum += w.confidence;
            if (w.confidence < options.lowConfidence)
                ++out.lowConfidenceWords;
            for (const QChar c : w.text)
                out.chars += !c.isSpace() && !c.isLowSurrogate() ? 1 : 0;
        }
    }
    QJsonArray lines;
    for (const RecognizedLine& l : r.lines) {
        lines.append(QJsonObject{
            {QStringLiteral("text"), l.text},
            {QStringLiteral("confidence"), round1(std::clamp(double(l.confidence), -1.0, 100.0))},
            {QStringLiteral("bbox"), bbox(transform, l.left, l.top, l.right, l.bottom, originalSize)},
            {QStringLiteral("block"), l.block}});
    }
    out.lines = int(r.lines.size());
    QJsonArray blocks;
    for (const RecognizedBlock& b : r.blocks) {
        blocks.append(QJsonObject{
            {QStringLiteral("bbox"), bbox(transform, b.left, b.top, b.right, b.bottom, originalSize)},
            {QStringLiteral("confidence"), round1(std::clamp(double(b.confidence), -1.0, 100.0))},
            {QStringLiteral("paragraphs"), b.paragraphs}});
    }
    const double mean = r.meanConfidence();
    out.json = QJsonObject{{QStringLiteral("width"), page.cols},
                           {QStringLiteral("height"), page.rows},
                           {QStringLiteral("dpi"), dpi.dpi},
                           {QStringLiteral("dpi_source"), dpi.source},
                           {QStringLiteral("preprocessing"), prepared.steps},
                           {QStringLiteral("text"), r.text},
                           {QStringLiteral("mean_confidence"), mean < 0 ? 0.0 : round1(mean)},
                           {QStringLiteral("words"), words},
                           {QStringLiteral("lines"), lines},
                           {QStringLiteral("blocks"), blocks}};
    out.prepared = image;
    out.transform = transform;
    out.recognized = r;
    out.ok = true;
    return out;
}

} // namespace sluice::ocr
