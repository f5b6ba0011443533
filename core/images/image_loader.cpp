#include "image_loader.h"

#include "cv_image.h"
#include "image_header.h"
#include "images/cv_codecs.h"
#include "jpeg_codec.h"

#include <QColorSpace>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QTransform>
#include <QtEndian>
#include <cerrno>
#include <opencv2/imgcodecs.hpp>
#include <vector>

namespace sluice {

namespace {

using namespace imageheader;
using Status = ImageLoadResult::Status;

// lupdate files tr() calls in free functions of namespace sluice under the context "sluice"; look them
// up there.
QString tr(const char* text) {
    return QCoreApplication::translate("sluice", text);
}

ImageLoadResult fail(Status status, const QString& error, bool transient = false) {
    ImageLoadResult r;
    r.status = status;
    r.error = error;
    r.transient = transient;
    return r;
}

/// What the JPEG frame header (SOFn, ITU-T T.81 B.2.2) and an Adobe APP14 segment say about the pixels.
struct JpegLayout {
    int components = 0;
    int precision = 8;
    int adobeTransform = -1; ///< 0 none (CMYK or RGB), 1 YCbCr, 2 YCCK; -1 when there is no APP14 Adobe
};

JpegLayout readJpegLayout(FileBytes& f) {
    JpegLayout l;
    qint64 pos = 2;
    for (int i = 0; i < 256; ++i) {
        quint8 m[4];
        if (!f.read(pos, m, 4) || m[0] != 0xFF)
            break;
        const int len = (m[2] << 8) | m[3];
        const quint8 marker = m[1];
        if (marker == 0xEE && len >= 14) {
            quint8 a[12];
            if (f.read(pos + 4, a, 12) && std::memcmp(a, "Adobe", 5) == 0)
                l.adobeTransform = a[11];
        }
        const bool sof =
            marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
        if (sof) {
            quint8 s[6];
            if (f.read(pos + 4, s, 6)) {
                l.precision = s[0];
                l.components = s[5];
            }
        }
        if (marker == 0xDA)
            break;
        pos += 2 + len;
    }
    return l;
}

/// PNG IHDR (PNG spec 11.2.2): bit depth and colour type.
bool readPngLayout(FileBytes& f, int* depth, int* colorType) {
    quint8 h[29];
    if (!f.read(0, h, 29) || std::memcmp(h + 12, "IHDR", 4) != 0)
        return false;
    *depth = h[24];
    *colorType = h[25];
    return true;
}

void describePng(int depth, int colorType, LoadedImage& li) {
    li.depth = depth;
    switch (colorType) {
    case 0:
        li.colorMode = depth == 1 ? QStringLiteral("bilevel") : QStringLiteral("gray");
        li.channels = 1;
        break;
    case 2:
        li.colorMode = QStringLiteral("rgb");
        li.channels = 3;
        break;
    case 3:
        li.colorMode = QStringLiteral("palette");
        li.channels = 1;
        break;
    case 4:
        li.colorMode = QStringLiteral("gray_alpha");
        li.channels = 2;
        break;
    case 6:
        li.colorMode = QStringLiteral("rgba");
        li.channels = 4;
        break;
    default:
        break;
    }
}

/// Colour mode of a decoded QImage when the file's own header said nothing more precise.
void describeDecoded(const QImage& image, LoadedImage& li) {
    const QImage::Format f = image.format();
    li.hasAlpha = image.hasAlphaChannel();
    if (f == QImage::Format_Mono || f == QImage::Format_MonoLSB) {
        li.colorMode = QStringLiteral("bilevel");
        li.channels = 1;
        li.depth = 1;
    } else if (f == QImage::Format_Indexed8) {
        li.colorMode = QStringLiteral("palette");
        li.channels = 1;
    } else if (f == QImage::Format_Grayscale8 || f == QImage::Format_Grayscale16) {
        li.colorMode = QStringLiteral("gray");
        li.channels = 1;
        li.depth = f == QImage::Format_Grayscale16 ? 16 : 8;
    } else {
        li.colorMode = li.hasAlpha ? QStringLiteral("rgba") : QStringLiteral("rgb");
        li.channels = li.hasAlpha ? 4 : 3;
        li.depth = image.depth() == 64 ? 16 : 8;
    }
}

/// Resolution the file states, in dots per inch: a JPEG's JFIF APP0 density, else its Photoshop APP13
/// ResolutionInfo (resource 0x03ED, 16.16 fixed-point pixels per inch); a PNG's pHYs chunk (pixels per
/// metre). False when the file states none (Qt then reports its 96 dpi default, which is not the file's).
bool readStatedDpi(FileBytes& f, const QString& format, double* x, double* y) {
    if (format == QLatin1String("png")) {
        qint64 pos = 8;
        for (int i = 0; i < 64; ++i) {
            quint8 h[8];
            if (!f.read(pos, h, 8))
                return false;
            const quint32 len = qFromBigEndian<quint32>(h);
            if (std::memcmp(h + 4, "pHYs", 4) == 0 && len == 9) {
                quint8 d[9];
                if (!f.read(pos + 8, d, 9) || d[8] != 1)
                    return false;
                *x = qRound(qFromBigEndian<quint32>(d) * 0.0254 * 10) / 10.0;
                *y = qRound(qFromBigEndian<quint32>(d + 4) * 0.0254 * 10) / 10.0;
                return *x > 0 && *y > 0;
            }
            if (std::memcmp(h + 4, "IDAT", 4) == 0)
                return false;
            pos += 12 + qint64(len);
        }
        return false;
    }
    if (format != QLatin1String("jpeg"))
        return false;
    qint64 pos = 2;
    for (int i = 0; i < 64; ++i) {
        quint8 m[4];
        if (!f.read(pos, m, 4) || m[0] != 0xFF || m[1] == 0xDA)
            return false;
        const int len = (m[2] << 8) | m[3];
        if (m[1] == 0xE0 && len >= 16) {
            quint8 j[12];
            if (f.read(pos + 4, j, 12) && std::memcmp(j, "JFIF\0", 5) == 0 && (j[7] == 1 || j[7] == 2)) {
                const double unit = j[7] == 1 ? 1.0 : 2.54;
                *x = ((j[8] << 8) | j[9]) * unit;
                *y = ((j[10] << 8) | j[11]) * unit;
                if (*x > 0 && *y > 0)
                    return true;
            }
        }
        if (m[1] == 0xED && len > 16) {
            QByteArray seg(len - 2, '\0');
            if (f.read(pos + 4, seg.data(), len - 2) && seg.startsWith(QByteArray("Photoshop 3.0\0", 14))) {
                qsizetype p = 14;
                while (p + 12 <= seg.size() && seg.mid(p, 4) == "8BIM") {
                    const auto* b = reinterpret_cast<const uchar*>(seg.constData());
                    const int id = (b[p + 4] << 8) | b[p + 5];
                    qsizetype q = p + 6;
                    const int nameLen = b[q];
                    q += 1 + nameLen;
                    if ((1 + nameLen) % 2)
                        ++q;
                    if (q + 4 > seg.size())
                        break;
                    const quint32 size = qFromBigEndian<quint32>(b + q);
                    q += 4;
                    if (id == 0x03ED && size >= 16 && q + 16 <= seg.size()) {
                        *x = qFromBigEndian<quint32>(b + q) / 65536.0;
                        *y = qFromBigEndian<quint32>(b + q + 8) / 65536.0;
                        return *x > 0 && *y > 0;
                    }
                    p = q + qsizetype(size) + (size % 2);
                }
            }
        }
        pos += 2 + len;
    }
    return false;
}

/// True when the file's size or mtime differ from what was seen before reading: it is still being written.
bool changedSince(const QString& path, qint64 size, const QDateTime& mtime) {
    const QFileInfo fi(path);
    return !fi.exists() || fi.size() != size || fi.lastModified() != mtime;
}

bool canceled(const ImageLoadOptions& o) {
    return o.cancel && o.cancel->load();
}

/// The colour mode, depth and channels of a JPEG as stored, from its frame header and Adobe segment.
void describeJpeg(const JpegLayout& layout, LoadedImage& li) {
    li.depth = layout.precision;
    li.channels = qMax(1, layout.components);
    li.colorMode = layout.components == 1 ? QStringLiteral("gray")
                   : layout.components == 4
                       ? (layout.adobeTransform == 2 ? QStringLiteral("ycck") : QStringLiteral("cmyk"))
                       : QStringLiteral("rgb");
}

/// What loadImage() needs from its own context to report a failure of the reduced JPEG path.
struct FailureReports {
    std::function<ImageLoadResult(qint64, qint64)> bomb;
    std::function<ImageLoadResult(const QString&)> corrupt;
};

/// A gray, YCbCr or RGB JPEG decoded straight by libjpeg-turbo at the smallest of 1/8, 1/4 and 1/2 of its
/// size whose longest side stays at least options.minLongestSide, or at full size when none does
/// (jpegcodec::scaleFor; the resize, preview and thumbnail path: no Qt image plugin,
/// no OpenCV module, pixels straight in RGB order). std::nullopt when the file is left to the general
/// path: no JPEG signature, a header libjpeg cannot parse (the general path reports it), CMYK, YCCK or
/// 12-bit data. `result` arrives with the file size and EXIF filled in.
std::optional<ImageLoadResult> loadReducedJpeg(QFile& file, FileBytes& bytes, const ImageLoadOptions& options,
                                               double maxPixels, ImageLoadResult result,
                                               const FailureReports& report) {
    quint8 soi[3];
    if (!bytes.read(0, soi, 3) || soi[0] != 0xFF || soi[1] != 0xD8 || soi[2] != 0xFF)
        return std::nullopt;
    if (!file.seek(0))
        return std::nullopt;
    const QByteArray data = file.readAll();
    jpegcodec::JpegReader reader(data);
    if (!reader.readHeader() || !reader.supported())
        return std::nullopt;
    const qint64 w = reader.width();
    const qint64 h = reader.height();
    if (double(w) * double(h) > maxPixels)
        return report.bomb(w, h);
    if (canceled(options))
        return fail(Status::Canceled, tr("canceled"));
    LoadedImage& li = result.loaded;
    li.format = QStringLiteral("jpeg");
    li.decoder = QStringLiteral("libjpeg");
    li.frames = 1;
    li.exifOrientation = li.exif.orientation > 0 ? li.exif.orientation : 0;
    if (options.beforeDecode)
        options.beforeDecode();
    if (!jpegHasEndMarker(bytes))
        return report.corrupt(tr("the JPEG data ends without its end-of-image marker"));
    const int scale = jpegcodec::scaleFor(int(qMax(w, h)), options.minLongestSide);
    QImage image = reader.decode(scale, options.cancel);
    if (image.isNull()) {
        if (reader.canceled())
            return fail(Status::Canceled, tr("canceled"));
        return report.corrupt(reader.error());
    }
    li.scaleEighths = scale;
    li.storedWidth = int(w);
    li.storedHeight = int(h);
    describeDecoded(image, li);
    describeJpeg(readJpegLayout(bytes), li);
    if (!readStatedDpi(bytes, li.format, &li.dpiX, &li.dpiY) && li.exif.xDpi > 0) {
        li.dpiX = li.exif.xDpi;
        li.dpiY = li.exif.yDpi > 0 ? li.exif.yDpi : li.exif.xDpi;
    }
    li.iccProfile = reader.iccProfile();
    if (!li.iccProfile.isEmpty())
        image.setColorSpace(QColorSpace::fromIccProfile(li.iccProfile));
    li.image = applyExifOrientation(image, li.exifOrientation);
    return result;
}

} // namespace

QImage applyExifOrientation(const QImage& image, int orientation) {
    switch (orientation) {
    case 2:
        return image.mirrored(true, false);
    case 3:
        return image.transformed(QTransform().rotate(180));
    case 4:
        return image.mirrored(false, true);
    case 5: // transpose: rotate 90° clockwise, then mirror left-right
        return image.transformed(QTransform().rotate(90)).mirrored(true, false);
    case 6:
        return image.transformed(QTransform().rotate(90));
    case 7: // transverse: rotate 90° counter-clockwise, then mirror left-right
        return image.transformed(QTransform().rotate(270)).mirrored(true, false);
    case 8:
        return image.transformed(QTransform().rotate(270));
    default:
        return image;
    }
}

ImageLoadResult loadImage(const QString& path, const ImageLoadOptions& options) {
    const double maxMegapixels = qBound(0.001, options.maxMegapixels, 100000.0);
    const double maxPixels = maxMegapixels * 1e6;
    QFile file(path);
    errno = 0;
    if (!file.open(QIODevice::ReadOnly)) {
        const bool busy = errno == EBUSY || errno == ETXTBSY || errno == EAGAIN;
        return fail(Status::CannotOpen, tr("cannot open %1: %2").arg(path, file.errorString()), busy);
    }
    const QFileInfo info(path);
    const qint64 sizeBefore = info.size();
    const QDateTime mtimeBefore = info.lastModified();
    if (file.size() == 0)
        return fail(Status::NotAnImage, tr("not a readable image: the file is empty (0 bytes)"));

    auto bomb = [&](qint64 w, qint64 h) {
        return fail(Status::Bomb, tr("decompression bomb: %1×%2 pixels exceeds the limit of %3 megapixels")
                                      .arg(w)
                                      .arg(h)
                                      .arg(maxMegapixels));
    };
    auto corrupt = [&](const QString& why) {
        if (changedSince(path, sizeBefore, mtimeBefore))
            return fail(Status::StillArriving,
                        tr("the image is still arriving: the file changed while it was read"), true);
        return fail(Status::Truncated, tr("corrupt or truncated image: %1").arg(why));
    };

    FileBytes bytes(file);
    ImageLoadResult result;
    LoadedImage& li = result.loaded;
    li.fileSize = file.size();
    li.exifBlock = readExifBlock(file);
    li.exif = parseExif(li.exifBlock);

    if (options.minLongestSide > 0) {
        const FailureReports report{bomb, corrupt};
        if (std::optional<ImageLoadResult> reduced =
                loadReducedJpeg(file, bytes, options, maxPixels, result, report))
            return *reduced;
    }

    ensureAllocationLimit(maxMegapixels);
    QImageReader reader(path);
    reader.setDecideFormatFromContent(true);
    reader.setAutoTransform(false);

    if (reader.canRead()) {
        li.format = QString::fromLatin1(reader.format()).toLower();
        li.decoder = QStringLiteral("qt");
        const QSize size = reader.size();
        qint64 checkW = size.width();
        qint64 checkH = size.height();
        li.frames = qMax(1, reader.imageCount());
        if (li.format == QLatin1String("gif")) {
            if (const std::optional<HeaderInfo> gif = scanGif(bytes)) {
                checkW = qMax(checkW, gif->width);
                checkH = qMax(checkH, gif->height);
                li.frames = qMax(li.frames, gif->frames);
            }
        }
        if (li.format == QLatin1String("tiff")) {
            // Qt's TIFF plugin reports the first page; every page is decoded with allPages.
            if (const std::optional<HeaderInfo> tiff = parseTiff(bytes)) {
                if (double(tiff->largestPageWidth) * double(tiff->largestPageHeight) > maxPixels)
                    return bomb(tiff->largestPageWidth, tiff->largestPageHeight);
            }
        }
        if (checkW > 0 && checkH > 0 && double(checkW) * double(checkH) > maxPixels)
            return bomb(checkW, checkH);
        const QStringList keys = reader.textKeys();
        for (const QString& key : keys) {
            const qsizetype length = reader.text(key).size();
            if (length > (1 << 20))
                return fail(Status::Bomb, tr("decompression bomb: text metadata \"%1\" inflates to %2 "
                                             "characters, over the limit of %3")
                                              .arg(key)
                                              .arg(length)
                                              .arg(1 << 20));
        }
        if (canceled(options))
            return fail(Status::Canceled, tr("canceled"));

        const QImageIOHandler::Transformations qtTransform = reader.transformation();
        li.exifOrientation = li.exif.orientation > 0 ? li.exif.orientation : 0;
        if (li.exifOrientation == 0 && qtTransform != QImageIOHandler::TransformationNone)
            li.exifOrientation = exifOrientationFor(qtTransform);

        if (options.beforeDecode)
            options.beforeDecode();
        const bool jpeg = li.format == QLatin1String("jpeg");
        JpegLayout layout;
        if (li.format == QLatin1String("png") && !pngHasEndChunk(bytes))
            return corrupt(tr("the PNG data ends before its IEND chunk"));
        if (jpeg) {
            if (!jpegHasEndMarker(bytes))
                return corrupt(tr("the JPEG data ends without its end-of-image marker"));
            layout = readJpegLayout(bytes);
        }
        QImage image;
        int reduction = 1;
        if (jpeg && options.minLongestSide > 0 && size.isValid()) {
            const int longest = qMax(size.width(), size.height());
            for (int r : {8, 4, 2}) {
                if ((longest + r - 1) / r >= options.minLongestSide) {
                    reduction = r;
                    break;
                }
            }
        }
        if (reduction > 1) {
            // libjpeg DCT-domain scaling (ITU-T T.81 allows decoding the low-frequency coefficients only).
            const int flag = reduction == 8   ? cv::IMREAD_REDUCED_COLOR_8
                             : reduction == 4 ? cv::IMREAD_REDUCED_COLOR_4
                                              : cv::IMREAD_REDUCED_COLOR_2;
            cv::Mat mat;
            try {
                mat = cvcodecs::imread(QFile::encodeName(path).toStdString(),
                                       flag | cv::IMREAD_IGNORE_ORIENTATION);
            } catch (const cv::Exception& e) {
                return corrupt(QString::fromStdString(e.what()));
            }
            if (mat.empty())
                return corrupt(tr("OpenCV cannot decode the JPEG data"));
            image = cvimage::toQImage(mat);
            li.decoder = QStringLiteral("opencv");
        } else if (!reader.read(&image) || image.isNull()) {
            return corrupt(reader.errorString());
        }
        li.scaleEighths = 8 / reduction;
        li.storedWidth = size.isValid() ? size.width() : image.width() * reduction;
        li.storedHeight = size.isValid() ? size.height() : image.height() * reduction;
        describeDecoded(image, li);
        int pngDepth = 0;
        int pngType = 0;
        if (li.format == QLatin1String("png") && readPngLayout(bytes, &pngDepth, &pngType)) {
            describePng(pngDepth, pngType, li);
            li.hasAlpha = image.hasAlphaChannel();
        }
        if (jpeg)
            describeJpeg(layout, li);
        if (li.format == QLatin1String("gif"))
            li.colorMode = QStringLiteral("palette");
        if (!readStatedDpi(bytes, li.format, &li.dpiX, &li.dpiY) && li.exif.xDpi > 0) {
            li.dpiX = li.exif.xDpi;
            li.dpiY = li.exif.yDpi > 0 ? li.exif.yDpi : li.exif.xDpi;
        }
        li.iccProfile = image.colorSpace().iccProfile();
        li.image = applyExifOrientation(image, li.exifOrientation);
        return result;
    }

    // Qt has no plugin for it (Debian installs TIFF and WebP plugins only with qt6-image-formats-plugins):
    // parse the header here, then let OpenCV decode once the size is known to be safe.
    std::optional<HeaderInfo> header = parseTiff(bytes);
    if (!header)
        header = parseWebp(bytes);
    if (!header)
        return fail(Status::NotAnImage, tr("not a readable image: %1").arg(reader.errorString()));
    if (double(header->width) * double(header->height) > maxPixels)
        return bomb(header->width, header->height);
    // Every page of a multi-page TIFF, not only the first: OpenCV's imread may pick any of them.
    if (double(header->largestPageWidth) * double(header->largestPageHeight) > maxPixels)
        return bomb(header->largestPageWidth, header->largestPageHeight);
    if (canceled(options))
        return fail(Status::Canceled, tr("canceled"));
    li.format = header->format;
    li.decoder = QStringLiteral("opencv");
    li.frames = qMax(1, header->frames);
    li.storedWidth = int(header->width);
    li.storedHeight = int(header->height);
    li.exifOrientation = header->exifOrientation > 0 ? header->exifOrientation : li.exif.orientation;
    if (options.beforeDecode)
        options.beforeDecode();
    const std::string cvPath = QFile::encodeName(path).toStdString();
    if (!cvcodecs::haveImageReader(cvPath))
        return fail(Status::NotAnImage,
                    tr("not a readable image: no decoder for %1 is installed").arg(li.format));
    std::vector<cv::Mat> mats;
    try {
        const int flags = cv::IMREAD_UNCHANGED;
        if (options.allPages && li.frames > 1) {
            if (!cvcodecs::imreadmulti(cvPath, mats, flags))
                mats.clear();
        } else {
            cv::Mat m = cvcodecs::imread(cvPath, flags);
            if (!m.empty())
                mats.push_back(m);
        }
    } catch (const cv::Exception& e) {
        return corrupt(QString::fromStdString(e.what()));
    }
    if (mats.empty() || mats.front().empty())
        return corrupt(tr("OpenCV cannot decode the %1 data").arg(li.format));
    // IMREAD_UNCHANGED gives one channel for palette TIFF pages (the colour is lost); decoded as colour
    // they are expanded through the palette. Keep the colour version of a page whose channels differ.
    bool anySingleChannel = false;
    bool expandedPalette = false;
    for (const cv::Mat& m : mats)
        anySingleChannel |= m.channels() == 1;
    if (anySingleChannel) {
        try {
            std::vector<cv::Mat> colour;
            if (options.allPages && li.frames > 1)
                cvcodecs::imreadmulti(cvPath, colour, cv::IMREAD_COLOR);
            else
                colour.push_back(cvcodecs::imread(cvPath, cv::IMREAD_COLOR));
            for (size_t i = 0; i < mats.size() && i < colour.size(); ++i) {
                const cv::Mat& c = colour[i];
                if (mats[i].channels() != 1 || c.empty() || c.channels() != 3)
                    continue;
                std::vector<cv::Mat> bgr;
                cv::split(c, bgr);
                if (cv::norm(bgr[0], bgr[1], cv::NORM_INF) > 0 ||
                    cv::norm(bgr[1], bgr[2], cv::NORM_INF) > 0) {
                    mats[i] = c;
                    expandedPalette = true;
                }
            }
        } catch (const cv::Exception&) {
            // keep the single-channel pages
        }
    }
    for (const cv::Mat& m : mats) {
        cv::Mat use = m;
        if (m.depth() != CV_8U && m.depth() != CV_16U)
            m.convertTo(use, CV_8U); // float or 32-bit TIFF: shown at 8 bits
        QImage page = applyExifOrientation(cvimage::toQImage(use), li.exifOrientation);
        if (page.isNull())
            return corrupt(tr("unsupported pixel layout"));
        li.pages.append(page);
    }
    li.image = li.pages.front();
    if (!options.allPages)
        li.pages.clear();
    describeDecoded(li.image, li);
    if (header->depth > 0)
        li.depth = header->depth;
    if (header->channels > 0)
        li.channels = header->channels;
    if (header->alpha)
        li.hasAlpha = *header->alpha;
    if (header->depth == 1)
        li.colorMode = QStringLiteral("bilevel");
    if (expandedPalette)
        li.colorMode = QStringLiteral("palette"); // indices in the file, colours in li.image
    if (li.exif.xDpi > 0) {
        li.dpiX = li.exif.xDpi;
        li.dpiY = li.exif.yDpi > 0 ? li.exif.yDpi : li.exif.xDpi;
    }
    return result;
}

} // namespace sluice
