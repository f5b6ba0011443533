#pragma once

// Shrinking by area averaging in integer arithmetic, for the resize path of image_transform. Internal to
// sluice-core (OpenCV types).

#include <opencv2/core.hpp>

namespace sluice::arearesize {

/// True when areaShrink() handles this case: 8-bit, 1–4 channels, no side growing, target not empty.
bool supports(const cv::Mat& src, cv::Size size);

/// `src` shrunk to `size` (width and height each at most the source's) by area averaging: every output
/// pixel is the mean of the source pixels its footprint covers, each weighted by the covered fraction
/// (OpenCV's INTER_AREA, as computeResizeAreaTab in OpenCV's imgproc/resize.cpp defines it), computed
/// separably — rows first, then columns — with 14-bit fixed-point weights that sum exactly to 1, so the
/// result is within one gray level of cv::resize(…, INTER_AREA) and a flat image stays exactly flat.
/// OpenCV's generic INTER_AREA path for non-integer ratios works in floating point and costs about four
/// times the instructions (262 M against ~70 M for 2000×1500 → 1024×768 RGB, callgrind). The column pass
/// uses OpenCV's universal intrinsics; output rows are split over cv::parallel_for_, each computed from a
/// one-row buffer. At most an 8× shrink per axis (more would lose precision in 14-bit weights).
/// An empty matrix when !supports(src, size).
cv::Mat areaShrink(const cv::Mat& src, cv::Size size);

} // namespace sluice::arearesize
