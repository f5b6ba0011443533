#pragma once

// Conversions between QImage and cv::Mat for core's image code. Internal to sluice-core: OpenCV headers
// are not on the include path of the layers above.

#include <QImage>
#include <opencv2/core.hpp>

namespace sluice::cvimage {

/// A deep copy of `mat` (CV_8U or CV_16U; 1 gray, 2 gray+alpha, 3 BGR, 4 BGRA channels) as a QImage:
/// Grayscale8/16, RGB888, ARGB32 (not premultiplied), RGBX64 or RGBA64. A null QImage for other types.
QImage toQImage(const cv::Mat& mat);

/// `image` as BGR or BGRA (alpha kept when `keepAlpha` and the image has it), or 1-channel gray for gray
/// formats; 16 bits per channel when the image has them and `keep16` is set, else 8.
cv::Mat toMat(const QImage& image, bool keep16, bool keepAlpha);

/// 8-bit 3-channel BGR (gray images too), alpha dropped (colour values as stored), 16-bit values scaled to 8
/// (high byte).
cv::Mat toBgr8(const QImage& image);

/// 8-bit luminance as Pillow's convert("L") computes it from RGB: (19595 R + 38470 G + 7471 B + 0x8000) >> 16
/// (ITU-R 601-2 luma in 16-bit fixed point, Pillow's Convert.c); alpha ignored; 16-bit values use their
/// high byte.
cv::Mat toGrayPil(const QImage& image);

} // namespace sluice::cvimage
