// The image-codecs module: OpenCV's imgcodecs and objdetect behind a table of functions, built as a
// shared module that core loads on first use (cv_codecs.cpp). Debian's libopencv_imgcodecs pulls in
// GDAL, GDCM, HDF5 and OpenEXR — about a hundred libraries whose relocation and initialisation cost
// every process start roughly 0.1 s (LD_DEBUG=statistics: 263 M cycles with it, 46 M without), which
// sluice-cli paid even for a hash or a PDF.

#include "cv_codecs_api.h"

#include <memory>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/objdetect.hpp>
#include <unordered_map>

namespace {

using sluice::CvCodecsApi;

bool imreadImpl(const std::string& path, int flags, cv::Mat* image, std::string* error) {
    try {
        *image = cv::imread(path, flags);
        return !image->empty();
    } catch (const cv::Exception& e) {
        *error = e.what();
        return false;
    }
}

bool imreadmultiImpl(const std::string& path, int flags, std::vector<cv::Mat>* pages, std::string* error) {
    try {
        return cv::imreadmulti(path, *pages, flags);
    } catch (const cv::Exception& e) {
        *error = e.what();
        return false;
    }
}

bool imencodeImpl(const std::string& ext, const cv::Mat& image, const std::vector<int>& params,
                  std::vector<uchar>* bytes, std::string* error) {
    try {
        return cv::imencode(ext, image, *bytes, params);
    } catch (const cv::Exception& e) {
        *error = e.what();
        return false;
    }
}

bool haveImageReaderImpl(const std::string& path) {
    try {
        return cv::haveImageReader(path);
    } catch (const cv::Exception&) {
        return false;
    }
}

bool detectMultiScaleImpl(const std::string& cascadeFile, const cv::Mat& gray, double scaleFactor,
                          int minNeighbors, cv::Size minSize, std::vector<cv::Rect>* found,
                          std::string* error) {
    // One classifier per thread and cascade file: CascadeClassifier keeps per-call state.
    thread_local std::unordered_map<std::string, std::unique_ptr<cv::CascadeClassifier>> cache;
    try {
        std::unique_ptr<cv::CascadeClassifier>& cascade = cache[cascadeFile];
        if (!cascade) {
            auto loaded = std::make_unique<cv::CascadeClassifier>();
            if (!loaded->load(cascadeFile)) {
                cache.erase(cascadeFile);
                *error = "cannot load the Haar cascade " + cascadeFile;
                return false;
            }
            cascade = std::move(loaded);
        }
        cascade->detectMultiScale(gray, *found, scaleFactor, minNeighbors, 0, minSize);
        return true;
    } catch (const cv::Exception& e) {
        *error = e.what();
        return false;
    }
}

const CvCodecsApi api{sluice::kCvCodecsApiVersion, &imreadImpl,          &imreadmultiImpl, &imencodeImpl,
                      &haveImageReaderImpl,        &detectMultiScaleImpl};

} // namespace

extern "C" __attribute__((visibility("default"))) const sluice::CvCodecsApi* sluice_cv_codecs_api() {
    return &api;
}
