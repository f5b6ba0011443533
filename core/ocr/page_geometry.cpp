#include "page_geometry.h"

#include <algorithm>
#include <cmath>
#include <opencv2/imgproc.hpp>

namespace sluice::ocr {

void PageTransform::then(const cv::Mat& affine2x3) {
    cv::Mat a;
    affine2x3.convertTo(a, CV_64F);
    const cv::Matx33d step(a.at<double>(0, 0), a.at<double>(0, 1), a.at<double>(0, 2), a.at<double>(1, 0),
                           a.at<double>(1, 1), a.at<double>(1, 2), 0, 0, 1);
    m = step * m;
}

void PageTransform::thenScale(double factor) {
    const cv::Matx33d step(factor, 0, 0, 0, factor, 0, 0, 0, 1);
    m = step * m;
}

cv::Rect PageTransform::toOriginal(int left, int top, int right, int bottom, const cv::Size& original) const {
    const cv::Matx33d inv = m.inv();
    double x0 = 1e18, y0 = 1e18, x1 = -1e18, y1 = -1e18;
    const double xs[2] = {double(left), double(right)};
    const double ys[2] = {double(top), double(bottom)};
    for (double x : xs) {
        for (double y : ys) {
            const cv::Vec3d p = inv * cv::Vec3d(x, y, 1.0);
            x0 = std::min(x0, p[0]);
            y0 = std::min(y0, p[1]);
            x1 = std::max(x1, p[0]);
            y1 = std::max(y1, p[1]);
        }
    }
    const int l = std::clamp(int(std::floor(x0)), 0, original.width);
    const int t = std::clamp(int(std::floor(y0)), 0, original.height);
    const int r = std::clamp(int(std::ceil(x1)), 0, original.width);
    const int b = std::clamp(int(std::ceil(y1)), 0, original.height);
    return {l, t, std::max(0, r - l), std::max(0, b - t)};
}

cv::Point2d PageTransform::pointToOriginal(double x, double y) const {
    const cv::Vec3d p = m.inv() * cv::Vec3d(x, y, 1.0);
    return {p[0], p[1]};
}

cv::Mat rotateExpand(const cv::Mat& image, double angleDeg, int fill, PageTransform* transform) {
    const cv::Point2f centre(float(image.cols) / 2.0f, float(image.rows) / 2.0f);
    cv::Mat r = cv::getRotationMatrix2D(centre, angleDeg, 1.0);
    const double rad = angleDeg * CV_PI / 180.0;
    const double c = std::abs(std::cos(rad));
    const double s = std::abs(std::sin(rad));
    const int w = int(std::ceil(image.cols * c + image.rows * s));
    const int h = int(std::ceil(image.cols * s + image.rows * c));
    r.at<double>(0, 2) += w / 2.0 - centre.x;
    r.at<double>(1, 2) += h / 2.0 - centre.y;
    cv::Mat out;
    cv::warpAffine(image, out, r, cv::Size(w, h), cv::INTER_LINEAR, cv::BORDER_CONSTANT,
                   cv::Scalar::all(fill));
    if (transform)
        transform->then(r);
    return out;
}

cv::Mat rotateQuarter(const cv::Mat& image, int quarterTurnsCw, PageTransform* transform) {
    const int q = ((quarterTurnsCw % 4) + 4) % 4;
    if (q == 0)
        return image;
    cv::Mat out;
    cv::rotate(image, out,
               q == 1   ? cv::ROTATE_90_CLOCKWISE
               : q == 2 ? cv::ROTATE_180
                        : cv::ROTATE_90_COUNTERCLOCKWISE);
    if (transform) {
        // Pixel-edge coordinates: a W×H image turned 90° clockwise maps (x, y) to (H − y, x).
        const double w = image.cols;
        const double h = image.rows;
        cv::Mat a = (q == 1)   ? (cv::Mat_<double>(2, 3) << 0, -1, h, 1, 0, 0)
                    : (q == 2) ? (cv::Mat_<double>(2, 3) << -1, 0, w, 0, -1, h)
                               : (cv::Mat_<double>(2, 3) << 0, 1, 0, -1, 0, w);
        transform->then(a);
    }
    return out;
}

} // namespace sluice::ocr
