#pragma once

// The table of functions that the image-codecs module (cv_codecs_module.cpp) hands to core
// (cv_codecs.cpp). Private to those two files; bump kCvCodecsApiVersion when the table changes.

#include <opencv2/core.hpp>
#include <string>
#include <vector>

namespace sluice {

constexpr int kCvCodecsApiVersion = 1;

/// Each function catches OpenCV's exceptions and returns false with the message in `error`.
struct CvCodecsApi {
    int version;
    bool (*imread)(const std::string& path, int flags, cv::Mat* image, std::string* error);
    bool (*imreadmulti)(const std::string& path, int flags, std::vector<cv::Mat>* pages, std::string* error);
    bool (*imencode)(const std::string& ext, const cv::Mat& image, const std::vector<int>& params,
                     std::vector<uchar>* bytes, std::string* error);
    bool (*haveImageReader)(const std::string& path);
    bool (*detectMultiScale)(const std::string& cascadeFile, const cv::Mat& gray, double scaleFactor,
                             int minNeighbors, cv::Size minSize, std::vector<cv::Rect>* found,
                             std::string* error);
};

} // namespace sluice

/// The one symbol the module exports.
extern "C" const sluice::CvCodecsApi* sluice_cv_codecs_api();
