#include "image_info_stage.h"

#include "builtin_stages.h"
#include "images/cv_codecs.h"
#include "images/exif_reader.h"
#include "images/image_header.h"

#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QMutex>
#include <QSet>
#include <QtMath>
#include <algorithm>
#include <cstring>
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <optional>
#include <vector>

namespace sluice {

namespace {

using namespace imageheader;

QString transformName(QImageIOHandler::Transformations t) {
    switch (static_cast<int>(t)) {
    case QImageIOHandler::TransformationMirror:
        return QStringLiteral("mirror");
    case QImageIOHandler::TransformationFlip:
        return QStringLiteral("flip");
    case QImageIOHandler::TransformationRotate180:
        return QStringLiteral("rotate_180");
    case QImageIOHandler::TransformationRotate90:
        return QStringLiteral("rotate_90");
    case QImageIOHandler::TransformationMirrorAndRotate90:
        return QStringLiteral("mirror_rotate_90");
    case QImageIOHandler::TransformationFlipAndRotate90:
        return QStringLiteral("flip_rotate_90");
    case QImageIOHandler::TransformationRotate270:
        return QStringLiteral("rotate_270");
    default:
        return {};
    }
}

/// Bits per channel of a decoded QImage format.
int depthOf(QImage::Format f) {
    switch (f) {
    case QImage::Format_Mono:
    case QImage::Format_MonoLSB:
        return 1;
    case QImage::Format_RGB444:
    case QImage::Format_ARGB4444_Premultiplied:
        return 4;
    case QImage::Format_RGB16:
    case QImage::Format_RGB555:
    case QImage::Format_ARGB8555_Premultiplied:
        return 5;
    case QImage::Format_RGB666:
    case QImage::Format_ARGB6666_Premultiplied:
        return 6;
    case QImage::Format_RGB30:
    case QImage::Format_BGR30:
    case QImage::Format_A2RGB30_Premultiplied:
    case QImage::Format_A2BGR30_Premultiplied:
        return 10;
    case QImage::Format_Grayscale16:
    case QImage::Format_RGBX64:
    case QImage::Format_RGBA64:
    case QImage::Format_RGBA64_Premultiplied:
    case QImage::Format_RGBX16FPx4:
    case QImage::Format_RGBA16FPx4:
    case QImage::Format_RGBA16FPx4_Premultiplied:
        return 16;
    case QImage::Format_RGBX32FPx4:
    case QImage::Format_RGBA32FPx4:
    case QImage::Format_RGBA32FPx4_Premultiplied:
        return 32;
    default:
        return 8;
    }
}

bool isIndexed(QImage::Format f) {
    return f == QImage::Format_Mono || f == QImage::Format_MonoLSB || f == QImage::Format_Indexed8;
}

/// Channels of a decoded QImage format: 1 for gray and alpha-only formats, else 3 colour channels plus
/// alpha. Indexed (palette) formats count the channels of their palette: 1 (+ alpha) when it is all gray.
int channelsOf(QImage::Format f, bool hasAlpha, bool gray) {
    switch (f) {
    case QImage::Format_Grayscale8:
    case QImage::Format_Grayscale16:
    case QImage::Format_Alpha8:
        return 1;
    default:
        break;
    }
    if (isIndexed(f) && gray)
        return hasAlpha ? 2 : 1;
    return hasAlpha ? 4 : 3;
}

/// True when every pixel has equal red, green and blue: gray formats, palettes of gray entries only (an
/// empty palette of a 1-bit image means black and white), otherwise a scan of every pixel.
bool isGray(const QImage& image, const Feedback& feedback) {
    const QImage::Format f = image.format();
    if (f == QImage::Format_Grayscale8 || f == QImage::Format_Grayscale16)
        return true;
    if (isIndexed(f)) {
        const QList<QRgb> table = image.colorTable();
        return std::all_of(table.cbegin(), table.cend(),
                           [](QRgb c) { return qRed(c) == qGreen(c) && qGreen(c) == qBlue(c); });
    }
    if (image.depth() != 64)
        return image.isGrayscale(); // every pixel for 16/24/32-bit formats
    if (f != QImage::Format_RGBX64 && f != QImage::Format_RGBA64 && f != QImage::Format_RGBA64_Premultiplied)
        return false; // 16-bit float formats: not worth a scan
    for (int y = 0; y < image.height(); ++y) {
        if ((y & 255) == 0 && feedback.isCanceled())
            return false;
        const auto* line = reinterpret_cast<const QRgba64*>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            if (line[x].red() != line[x].green() || line[x].green() != line[x].blue())
                return false;
    }
    return true;
}

} // namespace

QString ImageInfoStage::displayName() const {
    return tr("Image info");
}
QString ImageInfoStage::group() const {
    return tr("Images");
}
QString ImageInfoStage::description() const {
    return tr("Reads an image's size, format, frame count and pixel layout from its header, refuses "
              "decompression bombs before decoding, and decodes the first frame to detect truncated files.");
}

QList<ParamSpec> ImageInfoStage::parameters() const {
    ParamSpec maxMp;
    maxMp.name = QStringLiteral("max_megapixels");
    maxMp.type = ParamType::Double;
    maxMp.defaultValue = 100.0;
    maxMp.minimum = 0.001;
    maxMp.maximum = 10000.0;
    maxMp.unit = tr("MP");
    maxMp.help = tr("Refuse images with more pixels than this (millions of pixels), without decoding them.");

    ParamSpec verify;
    verify.name = QStringLiteral("verify");
    verify.type = ParamType::Bool;
    verify.defaultValue = true;
    verify.help = tr("Decode the first frame to detect truncated or corrupt files (slower).");
    return {maxMp, verify};
}

QList<PortSpec> ImageInfoStage::inputs() const {
    return {PortSpec{QStringLiteral("in"), QStringLiteral("image")}};
}

StageResult ImageInfoStage::process(Item& item, const QJsonObject& params, Feedback& feedback) {
    const double maxMegapixels =
        qBound(0.001, params.value(QStringLiteral("max_megapixels")).toDouble(100.0), 10000.0);
    const bool verify = params.value(QStringLiteral("verify")).toBool(true);
    const double maxPixels = maxMegapixels * 1e6;
    feedback.setProgress(0);

    QFile file(item.path);
    bool transient = false;
    const QString openError = stageutil::openForReading(file, &transient);
    if (!openError.isEmpty())
        return StageResult::failure(openError, transient);
    if (file.size() == 0)
        return StageResult::failure(tr("not a readable image: the file is empty (0 bytes)"));
    FileBytes bytes(file);

    auto bomb = [&](qint64 w, qint64 h) {
        return StageResult::failure(tr("decompression bomb: %1×%2 pixels exceeds the limit of %3 megapixels")
                                        .arg(w)
                                        .arg(h)
                                        .arg(maxMegapixels));
    };

    ensureAllocationLimit(maxMegapixels);
    QImageReader reader(item.path);
    reader.setDecideFormatFromContent(true);
    reader.setAutoTransform(false);

    QJsonObject out;
    if (reader.canRead()) {
        const QString format = QString::fromLatin1(reader.format()).toLower();
        const QSize size = reader.size();
        qint64 checkW = size.width();
        qint64 checkH = size.height();
        int frames = reader.imageCount();
        if (format == QLatin1String("gif")) {
            if (const std::optional<HeaderInfo> gif = scanGif(bytes)) {
                checkW = qMax(checkW, gif->width);
                checkH = qMax(checkH, gif->height);
            }
        }
        if (checkW > 0 && checkH > 0 && static_cast<double>(checkW) * static_cast<double>(checkH) > maxPixels)
            return bomb(checkW, checkH);
        const QStringList keys = reader.textKeys();
        for (const QString& key : keys) {
            const qsizetype length = reader.text(key).size();
            if (length > kMaxTextChars)
                return StageResult::failure(tr("decompression bomb: text metadata \"%1\" inflates to %2 "
                                               "characters, over the limit of %3")
                                                .arg(key)
                                                .arg(length)
                                                .arg(kMaxTextChars));
        }
        feedback.setProgress(20);

        out.insert(QStringLiteral("width"), size.width());
        out.insert(QStringLiteral("height"), size.height());
        if (size.isValid())
            out.insert(QStringLiteral("megapixels"), static_cast<double>(size.width()) * size.height() / 1e6);
        out.insert(QStringLiteral("format"), format);
        out.insert(QStringLiteral("frames"), qMax(1, frames));
        out.insert(QStringLiteral("decoder"), QStringLiteral("qt"));
        QImageIOHandler::Transformations transform = reader.transformation();
        if (transform == QImageIOHandler::TransformationNone && format != QLatin1String("jpeg")) {
            // Qt 6.4 reads EXIF orientation from JPEG only; a PNG's eXIf chunk (or ImageMagick's "Raw
            // profile type exif" text), a WebP's EXIF chunk and a TIFF's tag 274 are read here.
            const int orientation = parseExif(readExifBlock(file)).orientation;
            if (orientation > 1)
                transform = transformForExif(orientation);
        }
        if (transform != QImageIOHandler::TransformationNone) {
            out.insert(QStringLiteral("orientation_transform"), transformName(transform));
            out.insert(QStringLiteral("exif_orientation"), exifOrientationFor(transform));
        }

        if (!verify) {
            // Header only: the pixel format Qt would decode to, when the handler knows it.
            const QImage::Format fmt = reader.imageFormat();
            if (fmt != QImage::Format_Invalid) {
                const bool alpha = QImage(1, 1, fmt).hasAlphaChannel();
                if (!isIndexed(fmt)) // a palette's colours are known only after reading it
                    out.insert(QStringLiteral("channels"), channelsOf(fmt, alpha, false));
                out.insert(QStringLiteral("depth"), depthOf(fmt));
                out.insert(QStringLiteral("has_alpha"), alpha);
                if (fmt == QImage::Format_Grayscale8 || fmt == QImage::Format_Grayscale16)
                    out.insert(QStringLiteral("grayscale"), true);
            }
            feedback.setProgress(100);
            return StageResult::success(out);
        }
        if (feedback.isCanceled())
            return stageutil::canceledResult();
        if (format == QLatin1String("png") && !pngHasEndChunk(bytes))
            return StageResult::failure(
                tr("corrupt or truncated image: the PNG data ends before its IEND chunk"));
        if (format == QLatin1String("jpeg") && !jpegHasEndMarker(bytes))
            return StageResult::failure(
                tr("corrupt or truncated image: the JPEG data ends without its end-of-image marker"));
        QImage image;
        if (!reader.read(&image) || image.isNull())
            return StageResult::failure(tr("corrupt or truncated image: %1").arg(reader.errorString()));
        feedback.setProgress(80);
        if (size.width() <= 0 || size.height() <= 0) {
            out.insert(QStringLiteral("width"), image.width());
            out.insert(QStringLiteral("height"), image.height());
            out.insert(QStringLiteral("megapixels"),
                       static_cast<double>(image.width()) * image.height() / 1e6);
        }
        const bool alpha = image.hasAlphaChannel();
        const bool gray = isGray(image, feedback);
        if (feedback.isCanceled())
            return stageutil::canceledResult();
        out.insert(QStringLiteral("channels"), channelsOf(image.format(), alpha, gray));
        out.insert(QStringLiteral("depth"), depthOf(image.format()));
        out.insert(QStringLiteral("has_alpha"), alpha);
        out.insert(QStringLiteral("grayscale"), gray);
        feedback.setProgress(100);
        return StageResult::success(out);
    }

    // Qt has no plugin for it (Debian installs TIFF and WebP plugins only with qt6-image-formats-plugins):
    // parse the header here, then let OpenCV decode once the size is known to be safe.
    std::optional<HeaderInfo> header = parseTiff(bytes);
    if (!header)
        header = parseWebp(bytes);
    if (!header)
        return StageResult::failure(tr("not a readable image: %1").arg(reader.errorString()));
    if (static_cast<double>(header->width) * static_cast<double>(header->height) > maxPixels)
        return bomb(header->width, header->height);
    // A multi-page TIFF: every page's header, before anything is decoded.
    if (static_cast<double>(header->largestPageWidth) * static_cast<double>(header->largestPageHeight) >
        maxPixels)
        return bomb(header->largestPageWidth, header->largestPageHeight);
    feedback.setProgress(20);

    out.insert(QStringLiteral("width"), header->width);
    out.insert(QStringLiteral("height"), header->height);
    out.insert(QStringLiteral("megapixels"), static_cast<double>(header->width) * header->height / 1e6);
    out.insert(QStringLiteral("format"), header->format);
    out.insert(QStringLiteral("frames"), qMax(1, header->frames));
    out.insert(QStringLiteral("decoder"), QStringLiteral("opencv"));
    if (header->exifOrientation > 1) {
        out.insert(QStringLiteral("orientation_transform"),
                   transformName(transformForExif(header->exifOrientation)));
        out.insert(QStringLiteral("exif_orientation"), header->exifOrientation);
    }

    int channels = header->channels;
    int depth = header->depth;
    std::optional<bool> alpha = header->alpha;
    std::optional<bool> gray = header->grayscale;
    if (verify) {
        if (feedback.isCanceled())
            return stageutil::canceledResult();
        const std::string path = QFile::encodeName(item.path).toStdString();
        if (!cvcodecs::haveImageReader(path))
            return StageResult::failure(tr("not a readable image: no decoder for %1 is installed (Qt has no "
                                           "plugin and OpenCV cannot read it)")
                                            .arg(header->format));
        cv::Mat mat;
        const bool palette = header->photometric == 3;
        try {
            // A palette page comes out of IMREAD_UNCHANGED as its indices (one channel, read as gray);
            // IMREAD_COLOR expands it through the palette, whose colours then decide.
            mat = cvcodecs::imread(path, palette ? cv::IMREAD_COLOR : cv::IMREAD_UNCHANGED);
        } catch (const cv::Exception& e) {
            return StageResult::failure(
                tr("corrupt or truncated image: %1").arg(QString::fromStdString(e.what())));
        }
        if (mat.empty())
            return StageResult::failure(
                tr("corrupt or truncated image: OpenCV cannot decode the %1 data").arg(header->format));
        feedback.setProgress(80);
        if (palette)
            out.insert(QStringLiteral("palette"), true);
        if (depth == 0) {
            const int d = mat.depth();
            depth = (d == CV_8U || d == CV_8S)                    ? 8
                    : (d == CV_16U || d == CV_16S || d == CV_16F) ? 16
                    : d == CV_64F                                 ? 64
                                                                  : 32;
        }
        if (!alpha)
            alpha = mat.channels() == 2 || mat.channels() == 4;
        // Content decides, as on the Qt path: colour channels that are equal everywhere are gray.
        if (mat.channels() <= 2) {
            gray = true;
        } else {
            std::vector<cv::Mat> planes;
            cv::split(mat, planes);
            gray = cv::countNonZero(planes[0] != planes[1]) == 0 &&
                   cv::countNonZero(planes[1] != planes[2]) == 0;
        }
        if (channels == 0) // a palette: its colours decide, as for indexed images on the Qt path
            channels = palette && *gray ? 1 : mat.channels();
    }
    if (channels > 0)
        out.insert(QStringLiteral("channels"), channels);
    if (depth > 0)
        out.insert(QStringLiteral("depth"), depth);
    if (alpha)
        out.insert(QStringLiteral("has_alpha"), *alpha);
    if (gray)
        out.insert(QStringLiteral("grayscale"), *gray);
    feedback.setProgress(100);
    return StageResult::success(out);
}

} // namespace sluice
