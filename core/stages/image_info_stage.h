#pragma once

#include "pipeline/stage.h"

#include <QCoreApplication>

namespace sluice {

/// Stage `image_info` (group Images): dimensions, format and pixel layout of an image, with protection
/// against decompression bombs and detection of truncated files.
///
/// Reads the header first (QImageReader, without automatic EXIF rotation). When width × height exceeds
/// `max_megapixels` (default 100 MP) the image is refused without decoding any pixel; for GIF the bound
/// is the union of the canvas and every frame rectangle (a frame may claim to lie far outside a small
/// canvas). Text metadata longer than 1 MiB characters (PNG zTXt/iTXt "metadata bombs") is refused too.
/// With `verify` (default true) the first frame is decoded to catch truncated or corrupt files; a JPEG
/// must also have its end-of-image marker after the scan data (libjpeg only warns and pads).
/// TIFF and WebP are read through OpenCV (cv::imread) when Qt has no plugin for them, after their own
/// header (parsed here) proved the size safe.
///
/// Output: {width, height (pixels, as stored, before any EXIF rotation), megapixels, format (lower case:
/// "png", "jpeg", "gif", "tiff", "webp", …), frames, decoder ("qt" or "opencv"), and when known: channels
/// (of the decoded pixel format: 1 gray, 3 colour, 4 colour with alpha; a palette image counts its
/// palette's channels: 1 or 2 when all its entries are gray), depth (bits per channel), has_alpha,
/// grayscale (every pixel has equal red, green and blue), orientation_transform ("rotate_90", "mirror", …)
/// and exif_orientation (1–8) when the file asks for a rotation or mirror}.
/// Errors: "decompression bomb: W×H pixels exceeds the limit of N megapixels"; "corrupt or truncated
/// image: <reason>"; "not a readable image: <reason>"; the file cannot be opened.
class ImageInfoStage : public Stage {
    Q_DECLARE_TR_FUNCTIONS(sluice::ImageInfoStage)
public:
    /// Longest accepted text metadata value, in characters (Pillow's MAX_TEXT_CHUNK is the same 1 MiB).
    static constexpr qsizetype kMaxTextChars = 1 << 20;

    QString id() const override { return QStringLiteral("image_info"); }
    QString displayName() const override;
    QString group() const override;
    QString description() const override;
    QList<ParamSpec> parameters() const override;
    QList<PortSpec> inputs() const override;
    StageResult process(Item& item, const QJsonObject& params, Feedback& feedback) override;
};

} // namespace sluice
