#include "image_analyze_stage.h"

#include "builtin_stages.h"
#include "images/cv_image.h"
#include "images/duplicate_registry.h"
#include "images/image_hashes.h"
#include "images/image_loader.h"
#include "images/image_measures.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <opencv2/imgproc.hpp>

namespace sluice {

namespace {

const QString kDefaultCascade =
    QStringLiteral("/usr/share/opencv4/haarcascades/haarcascade_frontalface_default.xml");

double round3(double v) {
    return std::round(v * 1000.0) / 1000.0;
}

QString sha256Of(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return QString::fromLatin1(h.result().toHex());
}

} // namespace

QString ImageAnalyzeStage::displayName() const {
    return tr("Image analysis");
}
QString ImageAnalyzeStage::group() const {
    return tr("Images");
}
QString ImageAnalyzeStage::description() const {
    return tr("Measures an image's sharpness, brightness, contrast and noise, finds its dominant colours, "
              "edges, corners and faces, computes perceptual hashes and finds duplicates among the images "
              "seen before in the same folder or batch.");
}

QList<ParamSpec> ImageAnalyzeStage::parameters() const {
    QList<ParamSpec> ps;
    ps << makeParam(
        QStringLiteral("max_megapixels"), ParamType::Double, 100.0,
        tr("Refuse images with more pixels than this (millions of pixels), without decoding them."), 0.001,
        10000.0, tr("MP"));
    ps << makeParam(QStringLiteral("blur_threshold"), ParamType::Double, 100.0,
                    tr("Images whose variance of the Laplacian is below this are flagged as blurry."), 0.0,
                    1e9);
    ps << makeParam(QStringLiteral("dark_threshold"), ParamType::Double, 40.0,
                    tr("Images whose mean brightness (0–255) is below this are flagged as dark."), 0.0,
                    255.0);
    ps << makeParam(QStringLiteral("colors"), ParamType::Int, 5, tr("Number of dominant colours to find."), 1,
                    16);
    ps << makeParam(QStringLiteral("analysis_max_side"), ParamType::Int, 1024,
                    tr("Edges, corners and faces are found on a copy reduced to this longest side."), 64,
                    16384, tr("px"));
    ps << makeParam(QStringLiteral("faces"), ParamType::Bool, true, tr("Detect faces with a Haar cascade."));
    ps << makeParam(QStringLiteral("face_cascade"), ParamType::Path, kDefaultCascade,
                    tr("OpenCV Haar cascade file used for face detection."));
    ps << makeParam(
        QStringLiteral("duplicates"), ParamType::Bool, true,
        tr("Look for exact and near duplicates among the images analysed before in the same scope."));
    ps << makeParam(QStringLiteral("duplicate_distance"), ParamType::Int, 8,
                    tr("Largest Hamming distance between perceptual hashes that counts as a near duplicate."),
                    0, 64, tr("bits"));
    ParamSpec hashChoice =
        makeParam(QStringLiteral("duplicate_hash"), ParamType::Enum, QStringLiteral("perceptual"),
                  tr("Which perceptual hash decides near duplicates."));
    hashChoice.choices = {QStringLiteral("perceptual"), QStringLiteral("average"),
                          QStringLiteral("difference"), QStringLiteral("wavelet")};
    ps << hashChoice;
    ps << makeParam(QStringLiteral("duplicate_scope"), ParamType::String, QString(),
                    tr("Name of the set of images compared; empty: the watch folder, or the batch."));
    ps << makeParam(QStringLiteral("duplicate_ports"), ParamType::Bool, false,
                    tr("Send images down the port \"unique\" or \"duplicate\" instead of \"out\"."));
    return ps;
}

QList<PortSpec> ImageAnalyzeStage::inputs() const {
    return {PortSpec{QStringLiteral("in"), QStringLiteral("image")}};
}

QList<PortSpec> ImageAnalyzeStage::outputs(const QJsonObject& params) const {
    if (params.value(QStringLiteral("duplicate_ports")).toBool(false))
        return {PortSpec{QStringLiteral("unique"), QStringLiteral("image")},
                PortSpec{QStringLiteral("duplicate"), QStringLiteral("image")}};
    return {PortSpec{QStringLiteral("out"), QStringLiteral("image")}};
}

StageResult ImageAnalyzeStage::process(Item& item, const QJsonObject& params, Feedback& feedback) {
    feedback.setProgress(0);
    ImageLoadOptions options;
    options.maxMegapixels = params.value(QStringLiteral("max_megapixels")).toDouble(100.0);
    const ImageLoadResult load = loadImage(item.path, options);
    if (!load.ok())
        return StageResult::failure(load.error, load.transient);
    const LoadedImage& li = load.loaded;
    if (feedback.isCanceled())
        return stageutil::canceledResult();
    feedback.setProgress(30);

    QJsonObject out;
    out.insert(QStringLiteral("width"), li.image.width());
    out.insert(QStringLiteral("height"), li.image.height());
    out.insert(QStringLiteral("stored_width"), li.storedWidth);
    out.insert(QStringLiteral("stored_height"), li.storedHeight);
    out.insert(QStringLiteral("channels"), li.channels);
    out.insert(QStringLiteral("depth"), li.depth);
    out.insert(QStringLiteral("format"), li.format);
    out.insert(QStringLiteral("color_mode"), li.colorMode);
    out.insert(QStringLiteral("has_alpha"), li.hasAlpha);
    out.insert(QStringLiteral("frames"), li.frames);
    out.insert(QStringLiteral("file_size"), li.fileSize);
    if (li.dpiX > 0)
        out.insert(QStringLiteral("dpi"),
                   QJsonObject{{QStringLiteral("x"), li.dpiX}, {QStringLiteral("y"), li.dpiY}});
    if (li.exifOrientation > 0)
        out.insert(QStringLiteral("orientation"), li.exifOrientation);
    if (li.exif.present)
        out.insert(QStringLiteral("exif"), li.exif.toJson());

    // Quality on the full upright image.
    const cv::Mat gray = cvimage::toGrayPil(li.image);
    const double sharpness = measure::laplacianVariance(gray);
    double brightness = 0;
    double contrast = 0;
    measure::meanStdDev(gray, &brightness, &contrast);
    const double noise = measure::noiseSigma(gray);
    out.insert(QStringLiteral("quality"),
               QJsonObject{{QStringLiteral("sharpness"), round3(sharpness)},
                           {QStringLiteral("is_blurry"),
                            sharpness < params.value(QStringLiteral("blur_threshold")).toDouble(100.0)},
                           {QStringLiteral("brightness"), round3(brightness)},
                           {QStringLiteral("is_dark"),
                            brightness < params.value(QStringLiteral("dark_threshold")).toDouble(40.0)},
                           {QStringLiteral("contrast"), round3(contrast)},
                           {QStringLiteral("noise"), round3(noise)}});
    if (feedback.isCanceled())
        return stageutil::canceledResult();
    feedback.setProgress(50);

    // Content.
    const cv::Mat bgr = cvimage::toBgr8(li.image);
    QJsonArray colors;
    for (const measure::DominantColor& c :
         measure::dominantColors(bgr, params.value(QStringLiteral("colors")).toInt(5))) {
        colors.append(QJsonObject{{QStringLiteral("hex"), QStringLiteral("#%1%2%3")
                                                              .arg(c.r, 2, 16, QLatin1Char('0'))
                                                              .arg(c.g, 2, 16, QLatin1Char('0'))
                                                              .arg(c.b, 2, 16, QLatin1Char('0'))},
                                  {QStringLiteral("share"), round3(c.share)}});
    }
    QJsonObject channels;
    {
        const cv::Mat all = cvimage::toMat(li.image, false, true);
        cv::Scalar mean, sd;
        cv::meanStdDev(all, mean, sd);
        if (all.channels() == 1) {
            channels.insert(QStringLiteral("gray"), QJsonObject{{QStringLiteral("mean"), round3(mean[0])},
                                                                {QStringLiteral("std"), round3(sd[0])}});
        } else {
            const char* names[] = {"b", "g", "r", "a"};
            for (int i = 0; i < all.channels() && i < 4; ++i)
                channels.insert(QLatin1String(names[i]),
                                QJsonObject{{QStringLiteral("mean"), round3(mean[i])},
                                            {QStringLiteral("std"), round3(sd[i])}});
        }
    }
    double scale = 1.0;
    const cv::Mat small =
        measure::limitSize(gray, params.value(QStringLiteral("analysis_max_side")).toInt(1024), &scale);
    out.insert(QStringLiteral("content"),
               QJsonObject{{QStringLiteral("dominant_colors"), colors},
                           {QStringLiteral("channels"), channels},
                           {QStringLiteral("edge_density"), round3(measure::edgeDensity(small))},
                           {QStringLiteral("corners"), measure::cornerCount(small)}});
    if (feedback.isCanceled())
        return stageutil::canceledResult();
    feedback.setProgress(70);

    const ImageHashes hashes = computeImageHashes(li.image);
    out.insert(QStringLiteral("hashes"),
               QJsonObject{{QStringLiteral("average"), ImageHashes::hex(hashes.average)},
                           {QStringLiteral("perceptual"), ImageHashes::hex(hashes.perceptual)},
                           {QStringLiteral("difference"), ImageHashes::hex(hashes.difference)},
                           {QStringLiteral("wavelet"), ImageHashes::hex(hashes.wavelet)}});

    if (params.value(QStringLiteral("faces")).toBool(true)) {
        std::vector<QRect> faces;
        QString error;
        const QString cascade = params.value(QStringLiteral("face_cascade")).toString(kDefaultCascade);
        // Faces on a copy of at most 640 px (Haar detection time grows with the area; a face smaller than
        // 24 px there, 4% of the longest side, is not looked for).
        double faceScale = 1.0;
        const cv::Mat faceImage = measure::limitSize(small, 640, &faceScale);
        if (measure::detectFaces(faceImage, cascade, &faces, &error)) {
            QJsonArray boxes;
            for (const QRect& r : faces) {
                const double s = scale * faceScale;
                boxes.append(QJsonObject{{QStringLiteral("x"), qRound(r.x() / s)},
                                         {QStringLiteral("y"), qRound(r.y() / s)},
                                         {QStringLiteral("w"), qRound(r.width() / s)},
                                         {QStringLiteral("h"), qRound(r.height() / s)}});
            }
            out.insert(QStringLiteral("faces"), QJsonObject{{QStringLiteral("count"), int(faces.size())},
                                                            {QStringLiteral("boxes"), boxes}});
        } else {
            out.insert(QStringLiteral("faces"), QJsonObject{{QStringLiteral("error"), error}});
        }
    }
    feedback.setProgress(90);

    StageResult result;
    if (params.value(QStringLiteral("duplicates")).toBool(true)) {
        if (item.sha256.isEmpty())
            item.sha256 = sha256Of(item.path);
        const QString which = params.value(QStringLiteral("duplicate_hash")).toString();
        const quint64 key = which == QLatin1String("average")      ? hashes.average
                            : which == QLatin1String("difference") ? hashes.difference
                            : which == QLatin1String("wavelet")    ? hashes.wavelet
                                                                   : hashes.perceptual;
        QString scope = params.value(QStringLiteral("duplicate_scope")).toString();
        if (scope.isEmpty())
            scope = item.watchRoot.isEmpty() ? QStringLiteral("batch")
                                             : QStringLiteral("watch:") + item.watchRoot;
        const DuplicateRegistry::Match m = DuplicateRegistry::instance().record(
            scope, item.path, item.sha256, key, params.value(QStringLiteral("duplicate_distance")).toInt(8),
            scope != QLatin1String("batch")); // a batch is one run; watch folders and named scopes persist
        QJsonArray near;
        for (const DuplicateRegistry::Neighbour& n : m.near)
            near.append(
                QJsonObject{{QStringLiteral("path"), n.path}, {QStringLiteral("distance"), n.distance}});
        QJsonObject dup{{QStringLiteral("sha256"), item.sha256},
                        {QStringLiteral("group"), m.group},
                        {QStringLiteral("near_duplicates"), near}};
        if (!m.exactOf.isEmpty())
            dup.insert(QStringLiteral("exact_duplicate_of"), m.exactOf);
        out.insert(QStringLiteral("duplicates"), dup);
        out.insert(QStringLiteral("duplicate_of"), m.duplicateOf());
        if (params.value(QStringLiteral("duplicate_ports")).toBool(false))
            result.activePorts = {m.duplicateOf().isEmpty() ? QStringLiteral("unique")
                                                            : QStringLiteral("duplicate")};
    }
    result.output = out;
    feedback.setProgress(100);
    return result;
}

} // namespace sluice
