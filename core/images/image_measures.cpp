#include "image_measures.h"

#include "images/cv_codecs.h"

#include <QFile>
#include <QHash>
#include <QtMath>
#include <algorithm>
#include <memory>
#include <opencv2/imgproc.hpp>

namespace sluice::measure {

double laplacianVariance(const cv::Mat& gray) {
    cv::Mat lap;
    cv::Laplacian(gray, lap, CV_64F);
    cv::Scalar mean, sd;
    cv::meanStdDev(lap, mean, sd);
    return sd[0] * sd[0];
}

void meanStdDev(const cv::Mat& gray, double* mean, double* stddev) {
    cv::Scalar m, sd;
    cv::meanStdDev(gray, m, sd);
    *mean = m[0];
    *stddev = sd[0];
}

double noiseSigma(const cv::Mat& gray) {
    if (gray.cols < 3 || gray.rows < 3)
        return 0;
    const cv::Mat kernel = (cv::Mat_<double>(3, 3) << 1, -2, 1, -2, 4, -2, 1, -2, 1);
    cv::Mat response;
    cv::filter2D(gray, response, CV_64F, kernel);
    const cv::Mat inner = response(cv::Rect(1, 1, gray.cols - 2, gray.rows - 2));
    const double sum = cv::norm(inner, cv::NORM_L1);
    return std::sqrt(M_PI / 2.0) * sum / (6.0 * double(gray.cols - 2) * double(gray.rows - 2));
}

cv::Mat limitSize(const cv::Mat& mat, int maxSide, double* scale) {
    const int longest = std::max(mat.cols, mat.rows);
    if (longest <= maxSide || maxSide <= 0) {
        if (scale)
            *scale = 1.0;
        return mat;
    }
    const double s = double(maxSide) / longest;
    cv::Mat out;
    cv::resize(
        mat, out,
        cv::Size(std::max(1, int(std::lround(mat.cols * s))), std::max(1, int(std::lround(mat.rows * s)))), 0,
        0, cv::INTER_AREA);
    if (scale)
        *scale = double(out.cols) / mat.cols;
    return out;
}

std::vector<DominantColor> dominantColors(const cv::Mat& bgr, int k) {
    std::vector<DominantColor> out;
    if (bgr.empty())
        return out;
    const cv::Mat small = limitSize(bgr, 128);
    cv::Mat f;
    small.convertTo(f, CV_32F, 1.0 / 255.0);
    cv::Mat lab;
    cv::cvtColor(f, lab, cv::COLOR_BGR2Lab); // float input: L 0–100, a and b about −127–127
    const cv::Mat samples = lab.reshape(1, lab.rows * lab.cols);
    k = std::clamp(k, 1, std::min(16, samples.rows));
    cv::Mat labels, centers;
    cv::theRNG().state = 0x5eed; // deterministic k-means++ seeding
    cv::kmeans(samples, k, labels, cv::TermCriteria(cv::TermCriteria::EPS + cv::TermCriteria::COUNT, 20, 0.5),
               3, cv::KMEANS_PP_CENTERS, centers);
    std::vector<int> counts(size_t(k), 0);
    for (int i = 0; i < labels.rows; ++i)
        ++counts[size_t(labels.at<int>(i))];
    cv::Mat centerLab = centers.reshape(3, k);
    cv::Mat centerBgr;
    cv::cvtColor(centerLab, centerBgr, cv::COLOR_Lab2BGR);
    for (int i = 0; i < k; ++i) {
        if (counts[size_t(i)] == 0)
            continue;
        const cv::Vec3f c = centerBgr.at<cv::Vec3f>(i);
        DominantColor d;
        d.b = std::clamp(int(std::lround(c[0] * 255)), 0, 255);
        d.g = std::clamp(int(std::lround(c[1] * 255)), 0, 255);
        d.r = std::clamp(int(std::lround(c[2] * 255)), 0, 255);
        d.share = double(counts[size_t(i)]) / labels.rows;
        out.push_back(d);
    }
    std::sort(out.begin(), out.end(),
              [](const DominantColor& a, const DominantColor& b) { return a.share > b.share; });
    // Clusters that k-means split from one colour (a flat image still yields k centres) are merged when
    // their sRGB values are within 2 levels per channel.
    std::vector<DominantColor> merged;
    for (const DominantColor& d : out) {
        auto same = std::find_if(merged.begin(), merged.end(), [&d](const DominantColor& m) {
            return std::abs(m.r - d.r) <= 2 && std::abs(m.g - d.g) <= 2 && std::abs(m.b - d.b) <= 2;
        });
        if (same != merged.end())
            same->share += d.share;
        else
            merged.push_back(d);
    }
    return merged;
}

double edgeDensity(const cv::Mat& gray) {
    if (gray.empty())
        return 0;
    cv::Mat edges;
    cv::Canny(gray, edges, 100, 200);
    return double(cv::countNonZero(edges)) / double(gray.total());
}

int cornerCount(const cv::Mat& gray) {
    if (gray.cols < 3 || gray.rows < 3)
        return 0;
    std::vector<cv::Point2f> corners;
    cv::goodFeaturesToTrack(gray, corners, 1000, 0.01, 10);
    return int(corners.size());
}

bool detectFaces(const cv::Mat& gray, const QString& cascadePath, std::vector<QRect>* faces, QString* error) {
    if (!QFile::exists(cascadePath)) {
        *error = QStringLiteral("cannot load the Haar cascade %1").arg(cascadePath);
        return false;
    }
    cv::Mat eq;
    cv::equalizeHist(gray, eq);
    std::vector<cv::Rect> found;
    // The classifier is loaded once per thread and cascade file (it keeps per-call state), in the codecs
    // module.
    if (!cvcodecs::detectMultiScale(QFile::encodeName(cascadePath).toStdString(), eq, found, 1.1, 5,
                                    cv::Size(24, 24), error))
        return false;
    faces->clear();
    for (const cv::Rect& r : found)
        faces->push_back(QRect(r.x, r.y, r.width, r.height));
    return true;
}

} // namespace sluice::measure
