#pragma once

#include "pipeline/stage.h"

#include <QCoreApplication>

namespace sluice {

/// Stage `image_analyze` (group Images): properties, quality, content, perceptual hashes, faces and
/// duplicates of an image, read safely through loadImage() (core/images/image_loader.h): bombs refused from
/// the header, truncated files a clear error, EXIF orientation applied before any measurement.
///
/// Output:
/// - properties: width, height (pixels as displayed), stored_width, stored_height, channels, depth (bits
///   per channel), format, color_mode, has_alpha, frames, file_size (bytes), dpi {x, y} when stated,
///   orientation (EXIF 1–8) and exif {orientation, camera, date_taken, gps} when the file has EXIF.
/// - quality {sharpness (variance of the Laplacian, Pech-Pacheco et al. 2000), is_blurry (sharpness <
///   `blur_threshold`), brightness (mean gray 0–255), is_dark (brightness < `dark_threshold`), contrast
///   (standard deviation of gray, 0–255), noise (σ in gray levels, Immerkær 1996)}, on the full image.
/// - content {dominant_colors [{hex "#rrggbb", share 0–1}] (k-means in Lab), channels {r, g, b[, a]:
///   {mean, std}} (0–255), edge_density (Canny, share of pixels), corners (goodFeaturesToTrack count)},
///   edges and corners on a copy reduced to `analysis_max_side`.
/// - hashes {average, perceptual, difference, wavelet}: 16 hex digits each, as Python's imagehash.
/// - faces {count, boxes [{x, y, w, h}] in displayed pixels} (Haar cascade, on a copy of at most 640 px)
///   when `faces` is on.
/// - duplicates {sha256, group, exact_duplicate_of, near_duplicates [{path, distance}]} and duplicate_of
///   (the earlier image this one duplicates, "" for none) when `duplicates` is on. Duplicates are found
///   among the images analysed before in the same scope (the watch folder, or the batch for files given
///   directly; `duplicate_scope` names a scope explicitly) — searched in memory by DuplicateRegistry;
///   watch-folder and named scopes are also kept in the Runner's StateStore, so they survive a restart
///   (the "batch" scope does not). With `duplicate_ports` the stage has the ports "unique" and "duplicate"
///   and sends each image down one of them, so that a pipeline can skip duplicates.
/// Errors: as loadImage(): "decompression bomb: …", "corrupt or truncated image: …", "the image is still
/// arriving: …" (transient), "not a readable image: …".
class ImageAnalyzeStage : public Stage {
    Q_DECLARE_TR_FUNCTIONS(sluice::ImageAnalyzeStage)
public:
    QString id() const override { return QStringLiteral("image_analyze"); }
    QString displayName() const override;
    QString group() const override;
    QString description() const override;
    QList<ParamSpec> parameters() const override;
    QList<PortSpec> inputs() const override;
    QList<PortSpec> outputs(const QJsonObject& params) const override;
    StageResult process(Item& item, const QJsonObject& params, Feedback& feedback) override;
};

} // namespace sluice
