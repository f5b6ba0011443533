#pragma once

// Internal to sluice-core (OpenCV types): the OpenCV preprocessing of a page before Tesseract reads it.

#include "page_geometry.h"

#include <QJsonArray>
#include <QString>
#include <opencv2/core.hpp>

namespace sluice::ocr {

/// Which preprocessing steps run (each is reported in PreparedPage::steps when it changed the page).
struct PreprocessOptions {
    bool grayscale = true; ///< colour → 8-bit luminance (needed by every step below)
    QString denoise =
        QStringLiteral("auto"); ///< "none", "median" (3×3, salt-and-pepper), "nlmeans" (non-local means),
                                ///< "auto" (median when impulse noise is measured, see impulseNoiseFraction)
    bool invert = true;         ///< light-on-dark regions (banners, negative pages) turned dark-on-light
    bool upscale = true;        ///< pages under `upscaleBelowDpi` enlarged to `targetDpi`
    int upscaleBelowDpi = 200;  ///< dots per inch
    int targetDpi = 300;        ///< dots per inch
    bool deskew = true;         ///< skew measured and undone (±45°)
    QString threshold = QStringLiteral("none"); ///< "none" (Tesseract binarises itself), "otsu", "adaptive"
};

/// A page ready for Tesseract and the way back to the page as given.
struct PreparedPage {
    cv::Mat image;           ///< 8-bit, 1 channel (gray/binary) or 3 channels BGR when not grayscaled
    PageTransform transform; ///< original pixels → `image` pixels
    QJsonArray steps;        ///< {"step": …} objects in the order applied (see the ocr stage's result)
    int dpi = 300;           ///< dots per inch of `image` (after upscaling)
    double skewDeg = 0;      ///< measured skew, counter-clockwise positive; 0 when not measured
};

/// Where a page's DPI came from and its value.
struct DpiEstimate {
    int dpi = 300;
    QString source; ///< "file", "pdf", "paper_size", "text_height", "default" or "parameter"
};

/// The DPI of a page image: `fileDpi` when ≥ 100 (72 and 96 are the screen defaults written by software
/// that knows nothing about the scan); else the DPI at which the image's aspect ratio matches a standard
/// paper size (Letter, Legal, A3, A4, A5, within 1.5 %) with a result of 100–1200; else from the median
/// height of the glyph-sized connected components taken as 0.6 em of 11 pt type (typical body text);
/// else 300 ("default"). `gray` is 8-bit single channel.
DpiEstimate estimateDpi(const cv::Mat& gray, double fileDpi);

/// Skew of the text on an 8-bit gray page in degrees, counter-clockwise positive as seen on screen,
/// within (−45°, 45°]. The page's ink (Otsu) is turned by each candidate angle (with interpolation, so
/// that oblique angles do not alias) and the row and column sums are scored by Postl's criterion, the sum
/// of squared differences between neighbouring sums: 1° steps on a copy of at most 800 px, then 0.1° steps
/// around the best on a copy of at most 1600 px, refined by a parabola through the best three. Rows and
/// columns both count, so a page on its side measures its small skew, not 90° (quarter turns are left to
/// orientation detection). 0 for a page with too little ink to tell.
double measureSkewDeg(const cv::Mat& gray);

/// Share (0–1) of pixels of an 8-bit gray image that differ by more than 80 gray levels from all eight
/// neighbours in the same direction (isolated dots: salt-and-pepper noise).
double impulseNoiseFraction(const cv::Mat& gray);

/// Turns light-on-dark regions of an 8-bit gray page dark-on-light in place: regions where at least 75 %
/// of a window (1/25 of the page side) is ink after Otsu binarisation, tightened to the rows and columns
/// that are mostly ink; the whole page when such regions cover more than half of it. Returns the number
/// of regions inverted (1 for a whole page).
int invertDarkRegions(cv::Mat& gray);

/// Runs the enabled steps on `page` (8-bit BGR or gray, as given) of `dpi` dots per inch, in this order:
/// grayscale, denoise, invert, upscale, deskew, threshold.
PreparedPage preprocessPage(const cv::Mat& page, int dpi, const PreprocessOptions& options);

} // namespace sluice::ocr
