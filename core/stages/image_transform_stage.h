#pragma once

#include "pipeline/stage.h"

#include <QCoreApplication>

namespace sluice {

/// Stage `image_transform` (group Images): resizes, corrects and re-encodes an image into a new file.
///
/// Reads through loadImage() (bombs refused, orientation applied; a JPEG that only needs to shrink is
/// decoded at 1/2, 1/4 or 1/8 size by libjpeg when that still leaves at least the target size), then in
/// this order: resize (`resize`: none, longest_side to `size` px, exact `width`×`height`, or `percent`;
/// area interpolation when shrinking, Lanczos-4 when enlarging), gray-world white balance (the mean a* and
/// b* of CIE Lab moved to neutral), brightness (added, −255–255 gray levels) and contrast (factor around
/// mid-gray 128), saturation (factor on Lab chroma), CLAHE on Lab lightness (Zuiderveld 1994, clip limit
/// `clahe_clip`, 8×8 tiles), Gaussian blur (`blur_sigma` px), unsharp-mask sharpening (`sharpen` amount,
/// σ 1 px), edge enhancement (Pillow's EDGE_ENHANCE kernel). 16-bit sources stay 16-bit in PNG and TIFF
/// when no colour operation (white balance, saturation, CLAHE) is asked for.
///
/// Output file: `output_dir`/`name_template` ({name} source base name, {ext} of the output format,
/// {width}, {height}), as JPEG (`quality`), PNG (`png_compression`), WebP (`quality`) or TIFF; with
/// `keep_metadata` the source's EXIF (orientation reset to 1, the pixels being upright) and ICC profile are
/// written into JPEG and PNG output (OpenCV's encoders drop them; WebP and TIFF output carry none). Written
/// atomically (QSaveFile); refused when it would replace the source.
/// A JPEG resized to a longest side is decoded at the smallest libjpeg scale 1/8, 1/4 or 1/2 that keeps at
/// least that side (1/2 of 4000 px = 2000 px for 1024), then area-shrunk.
/// Output: {output (absolute path), width, height, format, bytes, decode_scale ("N/8"), decode_reduction
/// (stored size / decoded size: 1, 2, 4, 8), exif_kept, icc_kept}.
class ImageTransformStage : public Stage {
    Q_DECLARE_TR_FUNCTIONS(sluice::ImageTransformStage)
public:
    QString id() const override { return QStringLiteral("image_transform"); }
    QString displayName() const override;
    QString group() const override;
    QString description() const override;
    QList<ParamSpec> parameters() const override;
    QList<PortSpec> inputs() const override;
    QList<PortSpec> outputs(const QJsonObject& params) const override;
    QStringList checkParameters(const QJsonObject& params) const override;
    /// Writes a file outside the result document: journaled so that a resume does not write it twice.
    bool hasSideEffects() const override { return true; }
    StageResult process(Item& item, const QJsonObject& params, Feedback& feedback) override;
};

} // namespace sluice
