#pragma once

#include <QString>
#include <opencv2/core.hpp>
#include <string>
#include <vector>

namespace sluice::cvcodecs {

/// OpenCV's image reading and writing (imgcodecs) and Haar cascades (objdetect), reached through a module
/// (libsluice-cvcodecs) that is loaded on first use, so that a process which never decodes an image does
/// not pay for loading the hundred libraries Debian's imgcodecs depends on. Same behaviour and arguments
/// as the OpenCV functions of the same names; thread-safe. A failure with a reason (OpenCV's message, or
/// the module cannot be loaded — saying where it was looked for) goes into `error` when one is given, and
/// is otherwise thrown as a cv::Exception, as the OpenCV functions do.

/// Loads the module if not done yet; false with the reason when it cannot be loaded.
bool load(QString* error = nullptr);

/// cv::imread. Empty matrix when the file cannot be read (`error` holds OpenCV's message, if any).
cv::Mat imread(const std::string& path, int flags, QString* error = nullptr);
/// cv::imreadmulti: every page of a multi-page file (TIFF).
bool imreadmulti(const std::string& path, std::vector<cv::Mat>& pages, int flags, QString* error = nullptr);
/// cv::imencode: `ext` such as ".jpg", ".png", ".webp", ".tiff"; `params` as cv::IMWRITE_* pairs.
bool imencode(const std::string& ext, const cv::Mat& image, std::vector<uchar>& bytes,
              const std::vector<int>& params = {}, QString* error = nullptr);
/// cv::haveImageReader: whether OpenCV recognises the file's signature.
bool haveImageReader(const std::string& path);
/// cv::CascadeClassifier(cascadeFile).detectMultiScale(gray, …) with one classifier per thread and file,
/// loaded once. Boxes in pixels of `gray`.
bool detectMultiScale(const std::string& cascadeFile, const cv::Mat& gray, std::vector<cv::Rect>& found,
                      double scaleFactor, int minNeighbors, cv::Size minSize, QString* error = nullptr);

} // namespace sluice::cvcodecs
