#pragma once

// Measurements of decoded images for the image_analyze stage. Internal to sluice-core (OpenCV types).

#include <QJsonArray>
#include <QJsonObject>
#include <QRect>
#include <QString>
#include <opencv2/core.hpp>
#include <vector>

namespace sluice::measure {

/// Variance of the Laplacian of an 8-bit gray image (3×3 aperture, CV_64F): a focus measure, higher is
/// sharper (Pech-Pacheco et al., "Diatom autofocusing in brightfield microscopy", ICPR 2000). Units: gray
/// levels² (0–255 scale).
double laplacianVariance(const cv::Mat& gray);

/// Mean (brightness) and standard deviation (RMS contrast) of an 8-bit gray image, 0–255.
void meanStdDev(const cv::Mat& gray, double* mean, double* stddev);

/// Standard deviation of Gaussian noise, 0–255 gray levels, after Immerkær, "Fast Noise Variance
/// Estimation", CVIU 64(2), 1996: σ = √(π/2) / (6 (W−2)(H−2)) · Σ |I ∗ N| with N = [1 −2 1; −2 4 −2; 1 −2 1].
/// 0 for images smaller than 3×3.
double noiseSigma(const cv::Mat& gray);

/// One dominant colour: its sRGB value and the share of pixels nearest to it.
struct DominantColor {
    int r = 0, g = 0, b = 0; ///< 0–255
    double share = 0;        ///< 0–1
};

/// The `k` dominant colours of an 8-bit BGR image by k-means in CIE Lab (OpenCV's 8-bit Lab is converted to
/// float L 0–100, a/b −128–127 first, so that distances are perceptual), k-means++ seeding with a fixed
/// seed (deterministic), 3 attempts; clusters of the same colour merged; sorted by share, largest first. The
/// image is reduced to at most 128 pixels on its longest side (area interpolation) first.
std::vector<DominantColor> dominantColors(const cv::Mat& bgr, int k);

/// Share of pixels (0–1) on Canny edges (Canny 1986) with hysteresis thresholds 100 and 200 on 8-bit gray.
double edgeDensity(const cv::Mat& gray);

/// Number of Shi–Tomasi corners (cv::goodFeaturesToTrack: at most 1000, quality 0.01, at least 10 px apart).
int cornerCount(const cv::Mat& gray);

/// Faces found by a Haar cascade (Viola–Jones 2001) in 8-bit gray, in the image's pixel coordinates.
/// Returns false with `error` set when the cascade file cannot be loaded.
bool detectFaces(const cv::Mat& gray, const QString& cascadePath, std::vector<QRect>* faces, QString* error);

/// `mat` scaled with area interpolation so that its longest side is at most `maxSide` pixels (unchanged when
/// it already fits); `*scale` receives new size / old size.
cv::Mat limitSize(const cv::Mat& mat, int maxSide, double* scale = nullptr);

} // namespace sluice::measure
