#pragma once

#include "exif_reader.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QString>
#include <atomic>
#include <functional>

namespace sluice {

/// How loadImage() decodes.
struct ImageLoadOptions {
    /// Refuse images with more pixels than this (millions), judged from the header before decoding.
    double maxMegapixels = 100.0;
    /// Multi-page TIFF: decode every page into LoadedImage::pages (otherwise the first only).
    bool allPages = false;
    /// > 0: a JPEG may be decoded at 1/2, 1/4 or 1/8 of its size (libjpeg-turbo's DCT scaling, straight
    /// through libjpeg for gray, YCbCr and RGB JPEGs, through OpenCV for CMYK and YCCK ones) as long as its
    /// longest side stays at least this many pixels. 0: full size.
    int minLongestSide = 0;
    /// Set from another thread to stop between steps; loadImage then fails with Status::Canceled.
    const std::atomic<bool>* cancel = nullptr;
    /// Called after the header checks, right before the pixels are read (a seam for tests that change the
    /// file meanwhile, and for progress reports). May be empty.
    std::function<void()> beforeDecode;
};

/// A decoded image, upright (EXIF orientation applied), with what its file says about it.
struct LoadedImage {
    QImage image;         ///< first frame or page, upright; 16-bit sources stay 16-bit (RGBA64 / Grayscale16)
    QList<QImage> pages;  ///< every page of a multi-page TIFF when asked (pages[0] is `image`), else empty
    QString format;       ///< lower case: "jpeg", "png", "gif", "tiff", "webp", …
    QString decoder;      ///< "qt" or "opencv"
    int storedWidth = 0;  ///< pixels as stored in the file, before orientation
    int storedHeight = 0; ///< pixels as stored in the file, before orientation
    int frames = 1;       ///< animation frames (GIF) or pages (TIFF)
    int exifOrientation = 0; ///< 1–8 as found in the file; 0 when it has none
    int depth = 8;           ///< bits per channel as stored (1, 8, 16, …)
    int channels = 3;        ///< channels as stored: 1 gray, 2 gray+alpha, 3 colour, 4 colour+alpha or CMYK
    bool hasAlpha = false;
    /// "bilevel", "gray", "gray_alpha", "palette", "rgb", "rgba", "cmyk" or "ycck" (as stored)
    QString colorMode;
    double dpiX = 0; ///< dots per inch from JFIF / pHYs / TIFF / EXIF; 0 when the file states none
    double dpiY = 0;
    int scaleEighths = 8;  ///< 1–8: the JPEG was decoded at scaleEighths/8 of its stored size
    ExifSummary exif;      ///< summary of the EXIF block (present = false when there is none)
    QByteArray exifBlock;  ///< the raw TIFF-structured EXIF block, for writing it back
    QByteArray iccProfile; ///< the embedded ICC profile, empty when none
    qint64 fileSize = 0;   ///< bytes
};

/// The outcome of loadImage().
struct ImageLoadResult {
    enum class Status {
        Ok,
        CannotOpen,    ///< the OS refused to open it (transient when busy or locked)
        NotAnImage,    ///< no decoder recognises the content, or the file is empty
        Bomb,          ///< more pixels (or metadata) than allowed; nothing was decoded
        Truncated,     ///< corrupt or cut short, and not growing: permanent
        StillArriving, ///< size or mtime changed while reading: transient, retry later
        Canceled
    };
    Status status = Status::Ok;
    QString error; ///< a translated sentence for a failure, e.g. "corrupt or truncated image: …"
    LoadedImage loaded;
    bool ok() const { return status == Status::Ok; }
    /// True for failures worth a retry (StillArriving, a busy file).
    bool transient = false;
};

/// Reads an image file safely: the header is checked first (size against `maxMegapixels`, including GIF
/// frames outside the canvas, TIFF and WebP headers parsed here, PNG text metadata over 1 Mi characters),
/// so a decompression bomb is refused before any pixel is decoded; a JPEG without its end-of-image marker
/// and any decoder failure are "corrupt or truncated" unless the file changed meanwhile ("still
/// arriving", transient). CMYK and YCCK JPEGs come out as RGB with the Adobe inversion handled by the
/// decoder; 16-bit PNG and TIFF keep 16 bits; alpha, gray and palette images keep their content; an
/// animated GIF gives its first frame and frame count; a multi-page TIFF every page when asked.
/// Safe to call from any thread.
ImageLoadResult loadImage(const QString& path, const ImageLoadOptions& options = {});

/// `image` turned upright for EXIF orientation `orientation` (1–8; others return it unchanged).
QImage applyExifOrientation(const QImage& image, int orientation);

} // namespace sluice
