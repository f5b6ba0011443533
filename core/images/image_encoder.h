#pragma once

// Encoding of processed pixels for the image_transform stage, with EXIF and ICC put back (OpenCV's encoders
// write neither). Internal to sluice-core (OpenCV types).

#include <QByteArray>
#include <QString>
#include <opencv2/core.hpp>

namespace sluice::imageenc {

/// Output settings.
struct EncodeOptions {
    QString format = QStringLiteral("jpeg"); ///< "jpeg", "png", "webp" or "tiff"
    int quality = 90;                        ///< JPEG and WebP quality, 1–100
    int pngCompression = 6;                  ///< PNG zlib level, 0–9
    QByteArray exif;                         ///< TIFF-structured EXIF block to embed (JPEG APP1, PNG eXIf)
    QByteArray icc;                          ///< ICC profile to embed (JPEG APP2 ICC_PROFILE, PNG iCCP)
};

/// Encodes `mat` (8-bit BGR/BGRA/gray; 16-bit kept for PNG and TIFF, reduced to 8 bits for JPEG and
/// WebP). EXIF and ICC are inserted into JPEG (APP1 "Exif", APP2 "ICC_PROFILE" chunks per ICC.1 B.4) and
/// PNG (eXIf, iCCP chunks); WebP and TIFF output carry no metadata. 8-bit gray or BGR(A) JPEG output goes
/// straight through libjpeg-turbo (jpegcodec::encode, same settings as OpenCV's encoder) without loading
/// the OpenCV codec module. Returns empty with `error` on failure.
QByteArray encode(const cv::Mat& mat, const EncodeOptions& options, QString* error);

/// File name extension for a format: "jpg", "png", "webp", "tif".
QString extensionFor(const QString& format);

} // namespace sluice::imageenc
