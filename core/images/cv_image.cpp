#include "cv_image.h"

#include <opencv2/imgproc.hpp>

namespace sluice::cvimage {

QImage toQImage(const cv::Mat& mat) {
    if (mat.empty() || mat.dims != 2)
        return {};
    cv::Mat m;
    QImage::Format format = QImage::Format_Invalid;
    const int depth = mat.depth();
    if (depth != CV_8U && depth != CV_16U)
        return {};
    const bool wide = depth == CV_16U;
    switch (mat.channels()) {
    case 1:
        m = mat;
        format = wide ? QImage::Format_Grayscale16 : QImage::Format_Grayscale8;
        break;
    case 2:
        cv::cvtColor(mat, m, cv::COLOR_GRAY2RGBA);
        {
            std::vector<cv::Mat> planes;
            cv::split(mat, planes);
            std::vector<cv::Mat> rgba;
            cv::split(m, rgba);
            rgba[3] = planes[1];
            cv::merge(rgba, m);
        }
        format = wide ? QImage::Format_RGBA64 : QImage::Format_RGBA8888;
        break;
    case 3:
        if (wide) {
            cv::cvtColor(mat, m, cv::COLOR_BGR2RGBA); // alpha = 65535
            format = QImage::Format_RGBX64;
        } else {
            cv::cvtColor(mat, m, cv::COLOR_BGR2RGB);
            format = QImage::Format_RGB888;
        }
        break;
    case 4:
        cv::cvtColor(mat, m, cv::COLOR_BGRA2RGBA);
        format = wide ? QImage::Format_RGBA64 : QImage::Format_RGBA8888;
        break;
    default:
        return {};
    }
    const QImage view(m.data, m.cols, m.rows, static_cast<qsizetype>(m.step), format);
    return view.copy();
}

cv::Mat toMat(const QImage& image, bool keep16, bool keepAlpha) {
    if (image.isNull())
        return {};
    const QImage::Format f = image.format();
    if (f == QImage::Format_Grayscale8 || (f == QImage::Format_Grayscale16 && !keep16)) {
        const QImage g = image.convertToFormat(QImage::Format_Grayscale8);
        return cv::Mat(g.height(), g.width(), CV_8UC1, const_cast<uchar*>(g.constBits()),
                       static_cast<size_t>(g.bytesPerLine()))
            .clone();
    }
    if (f == QImage::Format_Grayscale16) {
        return cv::Mat(image.height(), image.width(), CV_16UC1, const_cast<uchar*>(image.constBits()),
                       static_cast<size_t>(image.bytesPerLine()))
            .clone();
    }
    const bool alpha = keepAlpha && image.hasAlphaChannel();
    cv::Mat out;
    if (f == QImage::Format_RGB888) { // as the reduced JPEG decoder gives it: one swap, no RGBA detour
        const cv::Mat rgb(image.height(), image.width(), CV_8UC3, const_cast<uchar*>(image.constBits()),
                          static_cast<size_t>(image.bytesPerLine()));
        cv::cvtColor(rgb, out, cv::COLOR_RGB2BGR);
        return out;
    }
    if (keep16 && image.depth() == 64) {
        const QImage c = image.convertToFormat(QImage::Format_RGBA64);
        const cv::Mat rgba(c.height(), c.width(), CV_16UC4, const_cast<uchar*>(c.constBits()),
                           static_cast<size_t>(c.bytesPerLine()));
        cv::cvtColor(rgba, out, alpha ? cv::COLOR_RGBA2BGRA : cv::COLOR_RGBA2BGR);
        return out;
    }
    const QImage c = image.convertToFormat(QImage::Format_RGBA8888);
    const cv::Mat rgba(c.height(), c.width(), CV_8UC4, const_cast<uchar*>(c.constBits()),
                       static_cast<size_t>(c.bytesPerLine()));
    cv::cvtColor(rgba, out, alpha ? cv::COLOR_RGBA2BGRA : cv::COLOR_RGBA2BGR);
    return out;
}

cv::Mat toBgr8(const QImage& image) {
    cv::Mat m = toMat(image, false, false);
    if (m.channels() == 1)
        cv::cvtColor(m, m, cv::COLOR_GRAY2BGR);
    return m;
}

cv::Mat toGrayPil(const QImage& image) {
    if (image.isNull())
        return {};
    const QImage::Format f = image.format();
    if (f == QImage::Format_Grayscale8 || f == QImage::Format_Grayscale16)
        return toMat(image, false, false);
    const QImage c = image.convertToFormat(QImage::Format_RGBA8888);
    cv::Mat gray(c.height(), c.width(), CV_8UC1);
    for (int y = 0; y < c.height(); ++y) {
        const uchar* in = c.constScanLine(y);
        uchar* out = gray.ptr<uchar>(y);
        for (int x = 0; x < c.width(); ++x, in += 4)
            out[x] = static_cast<uchar>((in[0] * 19595u + in[1] * 38470u + in[2] * 7471u + 0x8000u) >> 16);
    }
    return gray;
}

} // namespace sluice::cvimage
