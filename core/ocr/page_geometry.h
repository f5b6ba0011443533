#pragma once

// Internal to sluice-core (OpenCV types): the affine bookkeeping that maps boxes found on a preprocessed
// page back to the pixels of the page as given.

#include <opencv2/core.hpp>

namespace sluice::ocr {

/// An affine map between two pixel grids as a 3×3 matrix (last row 0 0 1): p' = M · (x, y, 1).
/// Composes the steps of preprocessing (scale, deskew rotation, 90° turns) in the order they are applied.
struct PageTransform {
    cv::Matx33d m = cv::Matx33d::eye(); ///< original pixels → transformed pixels

    /// Appends a step given as a 2×3 matrix (as cv::getRotationMatrix2D / cv::warpAffine take it).
    void then(const cv::Mat& affine2x3);
    /// Appends a uniform scale by `factor` (a pixel's top-left corner (x, y) goes to factor·(x, y)).
    void thenScale(double factor);

    /// The rectangle [x, y, w, h] in original pixels that holds the transformed rectangle (left, top,
    /// right, bottom exclusive, in transformed pixels): the bounding box of its four mapped corners,
    /// clipped to `original` (width × height of the page as given).
    cv::Rect toOriginal(int left, int top, int right, int bottom, const cv::Size& original) const;
    /// The point (x, y) of transformed pixels in original pixels (not clipped).
    cv::Point2d pointToOriginal(double x, double y) const;
};

/// Rotates `image` by `angleDeg` counter-clockwise (as seen on screen) about its centre onto a canvas
/// large enough to hold all of it, filling the new corners with `fill` (gray level, or the same level
/// in every channel); bilinear interpolation. Appends the step to `transform` when given.
cv::Mat rotateExpand(const cv::Mat& image, double angleDeg, int fill, PageTransform* transform);

/// Turns `image` by `quarterTurnsCw` × 90° clockwise (0–3) without resampling and appends the step to
/// `transform` when given.
cv::Mat rotateQuarter(const cv::Mat& image, int quarterTurnsCw, PageTransform* transform);

} // namespace sluice::ocr
