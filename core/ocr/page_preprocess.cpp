#include "page_preprocess.h"

#include <QJsonObject>
#include <algorithm>
#include <cmath>
#include <opencv2/imgproc.hpp>
#include <opencv2/photo.hpp>
#include <vector>

namespace sluice::ocr {

namespace {

/// Ink mask (255 = ink) by Otsu; when more than half the page is "ink", the page is light on dark and the
/// mask is flipped so that the text is the ink.
cv::Mat inkMask(const cv::Mat& gray) {
    cv::Mat mask;
    cv::threshold(gray, mask, 0, 255, cv::THRESH_BINARY_INV | cv::THRESH_OTSU);
    if (size_t(cv::countNonZero(mask)) > mask.total() / 2)
        cv::bitwise_not(mask, mask);
    return mask;
}

/// Postl's criterion on both axes of `mask` (8-bit, ink 255) turned by `deg` counter-clockwise: the sum of
/// squared differences between neighbouring row sums (`rows`) or column sums. Turning the image (with
/// interpolation) rather than projecting the pixel coordinates avoids the aliasing of integer grids at
/// oblique angles.
void profileScores(const cv::Mat& mask, double deg, double* rowScore, double* colScore) {
    // Undo a counter-clockwise skew of `deg`: turn clockwise by as much.
    const cv::Point2f centre(float(mask.cols) / 2.0f, float(mask.rows) / 2.0f);
    const cv::Mat r = cv::getRotationMatrix2D(centre, -deg, 1.0);
    const int side = int(std::ceil(std::hypot(mask.cols, mask.rows)));
    cv::Mat shifted = r.clone();
    shifted.at<double>(0, 2) += (side - mask.cols) / 2.0;
    shifted.at<double>(1, 2) += (side - mask.rows) / 2.0;
    cv::Mat turned;
    cv::warpAffine(mask, turned, shifted, cv::Size(side, side), cv::INTER_LINEAR, cv::BORDER_CONSTANT,
                   cv::Scalar(0));
    auto score = [](const cv::Mat& sums) {
        const cv::Mat v = sums.reshape(1, int(sums.total()));
        double total = 0;
        for (int i = 1; i < v.rows; ++i) {
            const double d = v.at<double>(i) - v.at<double>(i - 1);
            total += d * d;
        }
        return total;
    };
    cv::Mat rowSums, colSums;
    cv::reduce(turned, rowSums, 1, cv::REDUCE_SUM, CV_64F);
    cv::reduce(turned, colSums, 0, cv::REDUCE_SUM, CV_64F);
    *rowScore = score(rowSums);
    *colScore = score(colSums);
}

cv::Mat scaledInkMask(const cv::Mat& gray, int maxSide) {
    const double scale = std::min(1.0, double(maxSide) / std::max(gray.cols, gray.rows));
    cv::Mat small;
    if (scale < 1.0)
        cv::resize(gray, small, cv::Size(), scale, scale, cv::INTER_AREA);
    else
        small = gray;
    return inkMask(small);
}

int backgroundLevel(const cv::Mat& gray) {
    return cv::mean(gray)[0] >= 128 ? 255 : 0;
}

} // namespace

DpiEstimate estimateDpi(const cv::Mat& gray, double fileDpi) {
    if (fileDpi >= 100)
        return {int(std::lround(fileDpi)), QStringLiteral("file")};
    const double w = std::min(gray.cols, gray.rows);
    const double h = std::max(gray.cols, gray.rows);
    struct Paper {
        double w, h; // inches
    };
    const Paper papers[] = {{8.5, 11.0}, {8.5, 14.0}, {8.27, 11.69}, {5.83, 8.27}, {11.69, 16.54}};
    for (const Paper& p : papers) {
        if (std::abs((h / w) / (p.h / p.w) - 1.0) <= 0.015) {
            const double dpi = w / p.w;
            if (dpi >= 100 && dpi <= 1200)
                return {int(std::lround(dpi)), QStringLiteral("paper_size")};
        }
    }
    const cv::Mat mask = inkMask(gray);
    cv::Mat labels, stats, centroids;
    const int n = cv::connectedComponentsWithStats(mask, labels, stats, centroids, 8, CV_32S);
    std::vector<int> heights;
    for (int i = 1; i < n; ++i) {
        const int cw = stats.at<int>(i, cv::CC_STAT_WIDTH);
        const int ch = stats.at<int>(i, cv::CC_STAT_HEIGHT);
        const int area = stats.at<int>(i, cv::CC_STAT_AREA);
        if (area >= 8 && ch >= 4 && ch <= 300 && cw <= 3 * ch && ch <= gray.rows / 2)
            heights.push_back(ch);
    }
    if (heights.size() >= 5) {
        std::nth_element(heights.begin(), heights.begin() + long(heights.size() / 2), heights.end());
        const double median = heights[heights.size() / 2];
        const double dpi = median / (0.6 * 11.0 / 72.0);
        return {int(std::lround(std::clamp(dpi, 50.0, 1200.0))), QStringLiteral("text_height")};
    }
    return {300, QStringLiteral("default")};
}

double measureSkewDeg(const cv::Mat& gray) {
    const cv::Mat coarse = scaledInkMask(gray, 800);
    if (cv::countNonZero(coarse) < 200)
        return 0.0;
    double bestDeg = 0;
    double bestScore = -1;
    bool bestRows = true;
    for (int d = -44; d <= 45; ++d) {
        double rowScore = 0, colScore = 0;
        profileScores(coarse, d, &rowScore, &colScore);
        if (rowScore > bestScore || colScore > bestScore) {
            bestRows = rowScore >= colScore;
            bestScore = std::max(rowScore, colScore);
            bestDeg = d;
        }
    }
    const cv::Mat fine = scaledInkMask(gray, 1600);
    auto scoreAt = [&](double deg) {
        double rowScore = 0, colScore = 0;
        profileScores(fine, deg, &rowScore, &colScore);
        return bestRows ? rowScore : colScore;
    };
    double fineBest = bestDeg;
    double fineScore = -1;
    for (int i = -10; i <= 10; ++i) {
        const double deg = bestDeg + i * 0.1;
        const double s = scoreAt(deg);
        if (s > fineScore) {
            fineScore = s;
            fineBest = deg;
        }
    }
    const double sm = scoreAt(fineBest - 0.1);
    const double sp = scoreAt(fineBest + 0.1);
    const double denom = sm - 2 * fineScore + sp;
    double angle = fineBest;
    if (denom < 0)
        angle += 0.1 * 0.5 * (sm - sp) / denom;
    if (angle > 45.0)
        angle -= 90.0;
    if (angle <= -45.0)
        angle += 90.0;
    return angle;
}

double impulseNoiseFraction(const cv::Mat& gray) {
    cv::Mat kernel = cv::Mat::ones(3, 3, CV_8U);
    kernel.at<uchar>(1, 1) = 0;
    cv::Mat neighMin, neighMax;
    cv::erode(gray, neighMin, kernel);
    cv::dilate(gray, neighMax, kernel);
    cv::Mat darkDot, lightDot;
    cv::subtract(neighMin, gray, darkDot); // saturates at 0
    cv::subtract(gray, neighMax, lightDot);
    const int isolated = cv::countNonZero(darkDot > 80) + cv::countNonZero(lightDot > 80);
    return gray.total() ? double(isolated) / double(gray.total()) : 0.0;
}

int invertDarkRegions(cv::Mat& gray) {
    const double scale = std::min(1.0, 800.0 / std::max(gray.cols, gray.rows));
    cv::Mat small;
    if (scale < 1.0)
        cv::resize(gray, small, cv::Size(), scale, scale, cv::INTER_AREA);
    else
        small = gray;
    cv::Mat ink;
    cv::threshold(small, ink, 0, 1, cv::THRESH_BINARY_INV | cv::THRESH_OTSU);
    const int window = std::max(9, std::min(small.cols, small.rows) / 25) | 1;
    cv::Mat density;
    cv::boxFilter(ink, density, CV_32F, cv::Size(window, window), cv::Point(-1, -1), true,
                  cv::BORDER_REPLICATE);
    const cv::Mat dark = density >= 0.75f;
    if (cv::countNonZero(dark) > int(dark.total() / 2)) {
        cv::bitwise_not(gray, gray);
        return 1;
    }
    cv::Mat labels, stats, centroids;
    const int n = cv::connectedComponentsWithStats(dark, labels, stats, centroids, 8, CV_32S);
    cv::Mat fullInk;
    cv::threshold(gray, fullInk, 0, 1, cv::THRESH_BINARY_INV | cv::THRESH_OTSU);
    int regions = 0;
    for (int i = 1; i < n; ++i) {
        if (stats.at<int>(i, cv::CC_STAT_AREA) < window * window)
            continue;
        // The component, grown by the window, in full-resolution pixels.
        const int x = stats.at<int>(i, cv::CC_STAT_LEFT) - window;
        const int y = stats.at<int>(i, cv::CC_STAT_TOP) - window;
        const int w = stats.at<int>(i, cv::CC_STAT_WIDTH) + 2 * window;
        const int h = stats.at<int>(i, cv::CC_STAT_HEIGHT) + 2 * window;
        cv::Rect r(int(x / scale), int(y / scale), int(w / scale), int(h / scale));
        r &= cv::Rect(0, 0, gray.cols, gray.rows);
        if (r.empty())
            continue;
        // Tighten to the rows and columns that are mostly ink (the banner's own edges).
        const cv::Mat roi = fullInk(r);
        cv::Mat rowSum, colSum;
        cv::reduce(roi, rowSum, 1, cv::REDUCE_SUM, CV_32S);
        cv::reduce(roi, colSum, 0, cv::REDUCE_SUM, CV_32S);
        int top = -1, bottom = -1, left = -1, right = -1;
        for (int j = 0; j < rowSum.rows; ++j) {
            if (rowSum.at<int>(j, 0) * 2 > r.width) {
                if (top < 0)
                    top = j;
                bottom = j;
            }
        }
        for (int j = 0; j < colSum.cols; ++j) {
            if (colSum.at<int>(0, j) * 2 > r.height / 2) {
                if (left < 0)
                    left = j;
                right = j;
            }
        }
        if (top < 0 || left < 0)
            continue;
        const cv::Rect tight(r.x + left, r.y + top, right - left + 1, bottom - top + 1);
        cv::Mat part = gray(tight);
        cv::bitwise_not(part, part);
        ++regions;
    }
    return regions;
}

PreparedPage preprocessPage(const cv::Mat& page, int dpi, const PreprocessOptions& options) {
    PreparedPage out;
    out.dpi = dpi;
    cv::Mat m = page;
    if (options.grayscale && m.channels() != 1) {
        cv::Mat g;
        cv::cvtColor(m, g, m.channels() == 4 ? cv::COLOR_BGRA2GRAY : cv::COLOR_BGR2GRAY);
        m = g;
        out.steps.append(QJsonObject{{QStringLiteral("step"), QStringLiteral("grayscale")}});
    } else if (options.grayscale) {
        out.steps.append(QJsonObject{{QStringLiteral("step"), QStringLiteral("grayscale")}});
    }
    if (m.channels() == 1) {
        // Everything below works on gray levels.
        QString denoise = options.denoise;
        double noise = -1;
        if (denoise == QLatin1String("auto")) {
            noise = impulseNoiseFraction(m);
            denoise = noise > 0.002 ? QStringLiteral("median") : QStringLiteral("none");
        }
        if (denoise == QLatin1String("median")) {
            cv::Mat d;
            cv::medianBlur(m, d, 3);
            m = d;
        } else if (denoise == QLatin1String("nlmeans")) {
            cv::Mat d;
            cv::fastNlMeansDenoising(m, d, 10.0f, 7, 21);
            m = d;
        }
        if (denoise != QLatin1String("none")) {
            QJsonObject step{{QStringLiteral("step"), QStringLiteral("denoise")},
                             {QStringLiteral("method"), denoise}};
            if (noise >= 0)
                step.insert(QStringLiteral("impulse_noise"), noise);
            out.steps.append(step);
        }
        if (options.invert) {
            if (m.data == page.data)
                m = m.clone();
            const int regions = invertDarkRegions(m);
            if (regions > 0)
                out.steps.append(QJsonObject{{QStringLiteral("step"), QStringLiteral("invert")},
                                             {QStringLiteral("regions"), regions}});
        }
    }
    if (options.upscale && dpi < options.upscaleBelowDpi && dpi > 0) {
        double factor = double(options.targetDpi) / dpi;
        // At most 4× and 100 million pixels.
        factor = std::min(factor, 4.0);
        factor = std::min(factor, std::sqrt(100e6 / std::max(1.0, double(m.total()))));
        if (factor > 1.05) {
            cv::Mat up;
            cv::resize(m, up, cv::Size(), factor, factor, cv::INTER_CUBIC);
            m = up;
            out.transform.thenScale(factor);
            out.steps.append(QJsonObject{{QStringLiteral("step"), QStringLiteral("upscale")},
                                         {QStringLiteral("factor"), std::round(factor * 100.0) / 100.0},
                                         {QStringLiteral("from_dpi"), dpi}});
            out.dpi = int(std::lround(dpi * factor));
        }
    }
    if (options.deskew) {
        cv::Mat g;
        if (m.channels() == 1)
            g = m;
        else
            cv::cvtColor(m, g, cv::COLOR_BGR2GRAY);
        const double angle = measureSkewDeg(g);
        out.skewDeg = angle;
        if (std::abs(angle) >= 0.1)
            m = rotateExpand(m, -angle, backgroundLevel(g), &out.transform);
        out.steps.append(QJsonObject{{QStringLiteral("step"), QStringLiteral("deskew")},
                                     {QStringLiteral("angle_deg"), std::round(angle * 100.0) / 100.0}});
    }
    if (options.threshold != QLatin1String("none") && m.channels() == 1) {
        cv::Mat b;
        if (options.threshold == QLatin1String("adaptive")) {
            const int block = std::max(15, out.dpi / 10) | 1; // about 1/10 inch
            cv::adaptiveThreshold(m, b, 255, cv::ADAPTIVE_THRESH_GAUSSIAN_C, cv::THRESH_BINARY, block, 15);
        } else {
            cv::threshold(m, b, 0, 255, cv::THRESH_BINARY | cv::THRESH_OTSU);
        }
        m = b;
        out.steps.append(QJsonObject{{QStringLiteral("step"), QStringLiteral("threshold")},
                                     {QStringLiteral("method"), options.threshold}});
    }
    out.image = m;
    return out;
}

} // namespace sluice::ocr
