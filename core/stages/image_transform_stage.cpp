#include "image_transform_stage.h"

#include "builtin_stages.h"
#include "images/area_resize.h"
#include "images/cv_image.h"
#include "images/exif_reader.h"
#include "images/image_encoder.h"
#include "images/image_loader.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <opencv2/imgproc.hpp>

namespace sluice {

namespace {

/// Target size for the resize parameters from the upright full size; the input size when none.
cv::Size targetSize(const QJsonObject& p, int w, int h) {
    const QString mode = p.value(QStringLiteral("resize")).toString();
    if (mode == QLatin1String("longest_side")) {
        const double s = double(p.value(QStringLiteral("size")).toInt(1024)) / qMax(w, h);
        return {qMax(1, int(std::lround(w * s))), qMax(1, int(std::lround(h * s)))};
    }
    if (mode == QLatin1String("exact"))
        return {p.value(QStringLiteral("width")).toInt(w), p.value(QStringLiteral("height")).toInt(h)};
    if (mode == QLatin1String("percent")) {
        const double s = p.value(QStringLiteral("percent")).toDouble(100.0) / 100.0;
        return {qMax(1, int(std::lround(w * s))), qMax(1, int(std::lround(h * s)))};
    }
    return {w, h};
}

/// Applies white balance, saturation and CLAHE in 8-bit Lab (OpenCV scales L to 0–255, a and b around 128).
void colourOps(cv::Mat& bgr, bool whiteBalance, double saturation, bool clahe, double clip) {
    cv::Mat bgr3;
    cv::Mat alpha;
    if (bgr.channels() == 4) {
        cv::extractChannel(bgr, alpha, 3);
        cv::cvtColor(bgr, bgr3, cv::COLOR_BGRA2BGR);
    } else if (bgr.channels() == 1) {
        cv::cvtColor(bgr, bgr3, cv::COLOR_GRAY2BGR);
    } else {
        bgr3 = bgr;
    }
    cv::Mat lab;
    cv::cvtColor(bgr3, lab, cv::COLOR_BGR2Lab);
    std::vector<cv::Mat> ch;
    cv::split(lab, ch);
    if (whiteBalance) { // gray world: the average colour is neutral (a = b = 128 in 8-bit Lab)
        for (int i = 1; i <= 2; ++i) {
            const double shift = 128.0 - cv::mean(ch[size_t(i)])[0];
            ch[size_t(i)].convertTo(ch[size_t(i)], CV_8U, 1.0, shift);
        }
    }
    if (saturation != 1.0) {
        for (int i = 1; i <= 2; ++i)
            ch[size_t(i)].convertTo(ch[size_t(i)], CV_8U, saturation, 128.0 * (1.0 - saturation));
    }
    if (clahe) {
        cv::Ptr<cv::CLAHE> c = cv::createCLAHE(clip, cv::Size(8, 8));
        c->apply(ch[0], ch[0]);
    }
    cv::merge(ch, lab);
    cv::cvtColor(lab, bgr3, cv::COLOR_Lab2BGR);
    if (!alpha.empty()) {
        cv::cvtColor(bgr3, bgr, cv::COLOR_BGR2BGRA);
        cv::insertChannel(alpha, bgr, 3);
    } else {
        bgr = bgr3;
    }
}

} // namespace

QString ImageTransformStage::displayName() const {
    return tr("Image transform");
}
QString ImageTransformStage::group() const {
    return tr("Images");
}
QString ImageTransformStage::description() const {
    return tr("Resizes, sharpens, blurs, corrects colour and contrast, and writes the image as a new JPEG, "
              "PNG, WebP or TIFF file, keeping EXIF and ICC profile when asked; never over the source.");
}

QList<ParamSpec> ImageTransformStage::parameters() const {
    QList<ParamSpec> ps;
    ParamSpec resize = makeParam(QStringLiteral("resize"), ParamType::Enum, QStringLiteral("none"),
                                 tr("How to resize: not at all, longest side, exact size, or percentage."));
    resize.choices = {QStringLiteral("none"), QStringLiteral("longest_side"), QStringLiteral("exact"),
                      QStringLiteral("percent")};
    ps << resize;
    ps << makeParam(QStringLiteral("size"), ParamType::Int, 1024, tr("Longest side after resizing."), 1,
                    65535, tr("px"));
    ps << makeParam(QStringLiteral("width"), ParamType::Int, 1024, tr("Width for an exact resize."), 1, 65535,
                    tr("px"));
    ps << makeParam(QStringLiteral("height"), ParamType::Int, 768, tr("Height for an exact resize."), 1,
                    65535, tr("px"));
    ps << makeParam(QStringLiteral("percent"), ParamType::Double, 50.0, tr("Scale for a percentage resize."),
                    1.0, 1000.0, QStringLiteral("%"));
    ps << makeParam(QStringLiteral("white_balance"), ParamType::Bool, false,
                    tr("Automatic white balance (gray world in Lab)."));
    ps << makeParam(QStringLiteral("brightness"), ParamType::Double, 0.0,
                    tr("Added to every channel (gray levels)."), -255.0, 255.0);
    ps << makeParam(QStringLiteral("contrast"), ParamType::Double, 1.0,
                    tr("Contrast factor around mid-gray; 1 keeps it."), 0.0, 4.0);
    ps << makeParam(QStringLiteral("saturation"), ParamType::Double, 1.0,
                    tr("Saturation factor; 1 keeps it, 0 is gray."), 0.0, 4.0);
    ps << makeParam(QStringLiteral("clahe"), ParamType::Bool, false,
                    tr("Contrast-limited adaptive histogram equalisation of the lightness."));
    ps << makeParam(QStringLiteral("clahe_clip"), ParamType::Double, 2.0, tr("CLAHE clip limit."), 0.1, 40.0);
    ps << makeParam(QStringLiteral("blur_sigma"), ParamType::Double, 0.0,
                    tr("Gaussian blur radius (sigma); 0 is off."), 0.0, 100.0, tr("px"));
    ps << makeParam(QStringLiteral("sharpen"), ParamType::Double, 0.0, tr("Unsharp-mask amount; 0 is off."),
                    0.0, 10.0);
    ps << makeParam(QStringLiteral("edge_enhance"), ParamType::Bool, false, tr("Enhance edges."));
    ParamSpec format =
        makeParam(QStringLiteral("format"), ParamType::Enum, QStringLiteral("same"),
                  tr("Output format; \"same\" keeps the source's when it can be written, else PNG."));
    format.choices = {QStringLiteral("same"), QStringLiteral("jpeg"), QStringLiteral("png"),
                      QStringLiteral("webp"), QStringLiteral("tiff")};
    ps << format;
    ps << makeParam(QStringLiteral("quality"), ParamType::Int, 90, tr("JPEG and WebP quality."), 1, 100);
    ps << makeParam(QStringLiteral("png_compression"), ParamType::Int, 6, tr("PNG compression level."), 0, 9);
    ps << makeParam(QStringLiteral("keep_metadata"), ParamType::Bool, true,
                    tr("Keep the EXIF data and ICC profile (JPEG and PNG output)."));
    ParamSpec dir = makeParam(QStringLiteral("output_dir"), ParamType::Path, QJsonValue(),
                              tr("Folder the new files are written to."));
    dir.required = true;
    ps << dir;
    ps << makeParam(QStringLiteral("name_template"), ParamType::String, QStringLiteral("{name}.{ext}"),
                    tr("Output file name: {name}, {ext}, {width}, {height}."));
    ps << makeParam(
        QStringLiteral("max_megapixels"), ParamType::Double, 100.0,
        tr("Refuse images with more pixels than this (millions of pixels), without decoding them."), 0.001,
        10000.0, tr("MP"));
    return ps;
}

QList<PortSpec> ImageTransformStage::inputs() const {
    return {PortSpec{QStringLiteral("in"), QStringLiteral("image")}};
}

QList<PortSpec> ImageTransformStage::outputs(const QJsonObject& params) const {
    (void)params;
    return {PortSpec{QStringLiteral("out"), QStringLiteral("image")}};
}

QStringList ImageTransformStage::checkParameters(const QJsonObject& params) const {
    QStringList problems;
    const QString t = params.value(QStringLiteral("name_template")).toString(QStringLiteral("{name}.{ext}"));
    if (t.isEmpty() || t.contains(QLatin1Char('/')) || t.contains(QLatin1Char('\\')) ||
        t.contains(QStringLiteral("..")))
        problems << tr("name_template: must be a plain file name (no folders, no \"..\")");
    return problems;
}

StageResult ImageTransformStage::process(Item& item, const QJsonObject& params, Feedback& feedback) {
    feedback.setProgress(0);
    const QString outDir = params.value(QStringLiteral("output_dir")).toString();
    if (outDir.isEmpty())
        return StageResult::failure(tr("output_dir is not set"));
    const QStringList problems = checkParameters(params);
    if (!problems.isEmpty())
        return StageResult::failure(problems.first());

    const bool colour = params.value(QStringLiteral("white_balance")).toBool() ||
                        params.value(QStringLiteral("saturation")).toDouble(1.0) != 1.0 ||
                        params.value(QStringLiteral("clahe")).toBool();
    const QString mode = params.value(QStringLiteral("resize")).toString();

    ImageLoadOptions options;
    options.maxMegapixels = params.value(QStringLiteral("max_megapixels")).toDouble(100.0);
    if (mode == QLatin1String("longest_side")) // the longest side does not change with orientation
        options.minLongestSide = params.value(QStringLiteral("size")).toInt(1024);
    const ImageLoadResult load = loadImage(item.path, options);
    if (!load.ok())
        return StageResult::failure(load.error, load.transient);
    const LoadedImage& li = load.loaded;
    if (feedback.isCanceled())
        return stageutil::canceledResult();
    feedback.setProgress(40);

    QString format = params.value(QStringLiteral("format")).toString(QStringLiteral("same"));
    if (format == QLatin1String("same"))
        format = QStringList{QStringLiteral("jpeg"), QStringLiteral("png"), QStringLiteral("webp"),
                             QStringLiteral("tiff")}
                         .contains(li.format)
                     ? li.format
                     : QStringLiteral("png");
    const bool keep16 = (format == QLatin1String("png") || format == QLatin1String("tiff")) && !colour;

    // The full upright size, from which the target is computed even when the JPEG was decoded reduced.
    const bool swapped = li.exifOrientation >= 5 && li.exifOrientation <= 8;
    const int fullW = swapped ? li.storedHeight : li.storedWidth;
    const int fullH = swapped ? li.storedWidth : li.storedHeight;
    const cv::Size target = targetSize(params, fullW, fullH);

    cv::Mat m;
    const QImage& image = li.image;
    if (image.format() == QImage::Format_RGB888 && target != cv::Size(image.width(), image.height())) {
        // The reduced JPEG decoder's RGB pixels, shrunk where they are (area averaging does not care about
        // the channel order); only the small result is turned to BGR.
        const cv::Mat rgb(image.height(), image.width(), CV_8UC3, const_cast<uchar*>(image.constBits()),
                          static_cast<size_t>(image.bytesPerLine()));
        if (arearesize::supports(rgb, target))
            cv::cvtColor(arearesize::areaShrink(rgb, target), m, cv::COLOR_RGB2BGR);
    }
    if (m.empty())
        m = cvimage::toMat(image, keep16, true);
    if (m.empty())
        return StageResult::failure(tr("corrupt or truncated image: nothing was decoded"));
    if (target.width != m.cols || target.height != m.rows) {
        const bool shrink = double(target.width) * target.height < double(m.cols) * m.rows;
        cv::Mat r;
        if (shrink && arearesize::supports(m, target))
            r = arearesize::areaShrink(m, target); // INTER_AREA in integer arithmetic, 4× fewer instructions
        else
            cv::resize(m, r, target, 0, 0, shrink ? cv::INTER_AREA : cv::INTER_LANCZOS4);
        m = r;
    }
    const double scale16 = m.depth() == CV_16U ? 257.0 : 1.0;
    const double contrast = params.value(QStringLiteral("contrast")).toDouble(1.0);
    const double brightness = params.value(QStringLiteral("brightness")).toDouble(0.0);
    if (colour) {
        if (m.depth() != CV_8U)
            m.convertTo(m, CV_8U, 1.0 / 257.0);
        colourOps(m, params.value(QStringLiteral("white_balance")).toBool(),
                  params.value(QStringLiteral("saturation")).toDouble(1.0),
                  params.value(QStringLiteral("clahe")).toBool(),
                  params.value(QStringLiteral("clahe_clip")).toDouble(2.0));
    }
    if (contrast != 1.0 || brightness != 0.0) {
        std::vector<cv::Mat> ch;
        cv::split(m, ch);
        const size_t colourChannels = ch.size() == 4 ? 3 : ch.size();
        for (size_t i = 0; i < colourChannels; ++i)
            ch[i].convertTo(ch[i], ch[i].type(), contrast, (128.0 * (1.0 - contrast) + brightness) * scale16);
        cv::merge(ch, m);
    }
    if (feedback.isCanceled())
        return stageutil::canceledResult();
    const double sigma = params.value(QStringLiteral("blur_sigma")).toDouble();
    if (sigma > 0)
        cv::GaussianBlur(m, m, cv::Size(0, 0), sigma);
    const double amount = params.value(QStringLiteral("sharpen")).toDouble();
    if (amount > 0) { // unsharp mask: m + amount · (m − blur(m))
        cv::Mat blurred;
        cv::GaussianBlur(m, blurred, cv::Size(0, 0), 1.0);
        cv::addWeighted(m, 1.0 + amount, blurred, -amount, 0, m);
    }
    if (params.value(QStringLiteral("edge_enhance")).toBool()) {
        const cv::Mat k = (cv::Mat_<float>(3, 3) << -1, -1, -1, -1, 10, -1, -1, -1, -1) / 2.0f;
        cv::filter2D(m, m, -1, k);
    }
    feedback.setProgress(70);

    imageenc::EncodeOptions enc;
    enc.format = format;
    enc.quality = params.value(QStringLiteral("quality")).toInt(90);
    enc.pngCompression = params.value(QStringLiteral("png_compression")).toInt(6);
    const bool keep = params.value(QStringLiteral("keep_metadata")).toBool(true);
    const bool carries = format == QLatin1String("jpeg") || format == QLatin1String("png");
    if (keep && carries) {
        if (!li.exifBlock.isEmpty())
            enc.exif = exifWithOrientationReset(li.exifBlock);
        enc.icc = li.iccProfile;
    }
    QString error;
    const QByteArray bytes = imageenc::encode(m, enc, &error);
    if (bytes.isEmpty())
        return StageResult::failure(tr("cannot encode the image as %1: %2").arg(format, error));

    QString name = params.value(QStringLiteral("name_template")).toString(QStringLiteral("{name}.{ext}"));
    name.replace(QStringLiteral("{name}"), QFileInfo(item.path).completeBaseName())
        .replace(QStringLiteral("{ext}"), imageenc::extensionFor(format))
        .replace(QStringLiteral("{width}"), QString::number(m.cols))
        .replace(QStringLiteral("{height}"), QString::number(m.rows));
    if (!QDir().mkpath(outDir))
        return StageResult::failure(tr("cannot create the output folder %1").arg(outDir));
    const QString outPath = QDir(outDir).absoluteFilePath(name);
    const QString sourceCanonical = QFileInfo(item.path).canonicalFilePath();
    if (QFileInfo(outPath).absoluteFilePath() == QFileInfo(item.path).absoluteFilePath() ||
        (QFileInfo::exists(outPath) && QFileInfo(outPath).canonicalFilePath() == sourceCanonical))
        return StageResult::failure(tr("refused to write %1: it is the source file").arg(outPath));
    QSaveFile out(outPath);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        return StageResult::failure(tr("cannot write %1: %2").arg(outPath, out.errorString()));

    QJsonObject o{{QStringLiteral("output"), outPath},
                  {QStringLiteral("width"), m.cols},
                  {QStringLiteral("height"), m.rows},
                  {QStringLiteral("format"), format},
                  {QStringLiteral("depth"), m.depth() == CV_16U && keep16 ? 16 : 8},
                  {QStringLiteral("bytes"), bytes.size()},
                  {QStringLiteral("decode_scale"), QStringLiteral("%1/8").arg(li.scaleEighths)},
                  {QStringLiteral("decode_reduction"), 8 / li.scaleEighths},
                  {QStringLiteral("exif_kept"), !enc.exif.isEmpty()},
                  {QStringLiteral("icc_kept"), !enc.icc.isEmpty()}};
    feedback.setProgress(100);
    return StageResult::success(o);
}

} // namespace sluice
