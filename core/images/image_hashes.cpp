#include "image_hashes.h"

#include "cv_image.h"

#include <QtAlgorithms>
#include <QtMath>
#include <algorithm>
#include <cmath>

namespace sluice {

namespace {

constexpr int kPrecisionBits = 32 - 8 - 2;

double sinc(double x) {
    if (x == 0.0)
        return 1.0;
    x *= M_PI;
    return std::sin(x) / x;
}

double lanczos(double x) {
    return (-3.0 <= x && x < 3.0) ? sinc(x) * sinc(x / 3.0) : 0.0;
}

/// Pillow's precompute_coeffs + normalize_coeffs_8bpc for one axis.
struct Coeffs {
    int ksize = 0;
    std::vector<int> bounds; ///< xmin, count per output pixel
    std::vector<qint32> k;   ///< ksize fixed-point weights per output pixel
};

Coeffs precompute(int inSize, int outSize) {
    Coeffs c;
    const double scale = double(inSize) / outSize;
    const double filterscale = qMax(1.0, scale);
    const double support = 3.0 * filterscale;
    c.ksize = int(std::ceil(support)) * 2 + 1;
    c.bounds.resize(size_t(outSize) * 2);
    c.k.assign(size_t(outSize) * size_t(c.ksize), 0);
    std::vector<double> w(size_t(c.ksize));
    for (int xx = 0; xx < outSize; ++xx) {
        const double center = (xx + 0.5) * scale;
        const double ss = 1.0 / filterscale;
        int xmin = int(center - support + 0.5);
        if (xmin < 0)
            xmin = 0;
        int xmax = int(center + support + 0.5);
        if (xmax > inSize)
            xmax = inSize;
        xmax -= xmin;
        double ww = 0.0;
        for (int x = 0; x < xmax; ++x) {
            w[size_t(x)] = lanczos((x + xmin - center + 0.5) * ss);
            ww += w[size_t(x)];
        }
        for (int x = 0; x < xmax; ++x) {
            const double v = ww != 0.0 ? w[size_t(x)] / ww : w[size_t(x)];
            c.k[size_t(xx) * size_t(c.ksize) + size_t(x)] =
                v < 0 ? qint32(-0.5 + v * (1 << kPrecisionBits)) : qint32(0.5 + v * (1 << kPrecisionBits));
        }
        c.bounds[size_t(xx) * 2] = xmin;
        c.bounds[size_t(xx) * 2 + 1] = xmax;
    }
    return c;
}

quint8 clip8(qint64 in) {
    if (in >= (qint64(1) << kPrecisionBits << 8))
        return 255;
    if (in <= 0)
        return 0;
    return quint8(in >> kPrecisionBits);
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

/// The 8-bit "L" image imagehash works on, as Pillow makes it from what it decodes:
/// - 16-bit gray (Pillow mode "I;16" or "I"): convert("L") clips each value to 0–255 (Convert.c I16_L /
///   i2l), it does not scale — a 16-bit gray photo is mostly 255 there, and so it is here;
/// - 16-bit colour (PNG/TIFF RGB(A) 16): Pillow's decoder keeps the high byte of each sample ("RGB;16B"
///   unpackers), then the ITU-R 601-2 luma of cvimage::toGrayPil;
/// - everything else: cvimage::toGrayPil.
cv::Mat pilLuminance(const QImage& image) {
    const QImage::Format f = image.format();
    if (f == QImage::Format_Grayscale16) {
        cv::Mat gray(image.height(), image.width(), CV_8UC1);
        for (int y = 0; y < image.height(); ++y) {
            const auto* in = reinterpret_cast<const quint16*>(image.constScanLine(y));
            auto* out = gray.ptr<quint8>(y);
            for (int x = 0; x < image.width(); ++x)
                out[x] = quint8(qMin<quint16>(in[x], 255));
        }
        return gray;
    }
    if (f == QImage::Format_RGBX64 || f == QImage::Format_RGBA64 ||
        f == QImage::Format_RGBA64_Premultiplied) {
        const QImage c =
            f == QImage::Format_RGBA64_Premultiplied ? image.convertToFormat(QImage::Format_RGBA64) : image;
        cv::Mat gray(c.height(), c.width(), CV_8UC1);
        for (int y = 0; y < c.height(); ++y) {
            const auto* in = reinterpret_cast<const QRgba64*>(c.constScanLine(y));
            auto* out = gray.ptr<quint8>(y);
            for (int x = 0; x < c.width(); ++x) {
                const quint32 r = in[x].red() >> 8;
                const quint32 g = in[x].green() >> 8;
                const quint32 b = in[x].blue() >> 8;
                out[x] = quint8((r * 19595u + g * 38470u + b * 7471u + 0x8000u) >> 16);
            }
        }
        return gray;
    }
    return cvimage::toGrayPil(image);
}

quint64 bitsOf(const std::vector<bool>& bits) {
    quint64 h = 0;
    for (bool b : bits)
        h = (h << 1) | (b ? 1u : 0u);
    return h;
}

} // namespace

namespace pil {

std::vector<quint8> resizeLanczos(const std::vector<quint8>& src, int w, int h, int outW, int outH) {
    if (w == outW && h == outH)
        return src;
    std::vector<quint8> cur = src;
    int cw = w;
    if (outW != w) {
        const Coeffs c = precompute(w, outW);
        std::vector<quint8> tmp(size_t(outW) * size_t(h));
        for (int y = 0; y < h; ++y) {
            for (int xx = 0; xx < outW; ++xx) {
                const int xmin = c.bounds[size_t(xx) * 2];
                const int n = c.bounds[size_t(xx) * 2 + 1];
                const qint32* k = &c.k[size_t(xx) * size_t(c.ksize)];
                qint64 ss = qint64(1) << (kPrecisionBits - 1);
                for (int x = 0; x < n; ++x)
                    ss += qint64(cur[size_t(y) * size_t(cw) + size_t(x + xmin)]) * k[x];
                tmp[size_t(y) * size_t(outW) + size_t(xx)] = clip8(ss);
            }
        }
        cur.swap(tmp);
        cw = outW;
    }
    if (outH != h) {
        const Coeffs c = precompute(h, outH);
        std::vector<quint8> tmp(size_t(cw) * size_t(outH));
        for (int yy = 0; yy < outH; ++yy) {
            const int ymin = c.bounds[size_t(yy) * 2];
            const int n = c.bounds[size_t(yy) * 2 + 1];
            const qint32* k = &c.k[size_t(yy) * size_t(c.ksize)];
            for (int x = 0; x < cw; ++x) {
                qint64 ss = qint64(1) << (kPrecisionBits - 1);
                for (int y = 0; y < n; ++y)
                    ss += qint64(cur[size_t(y + ymin) * size_t(cw) + size_t(x)]) * k[y];
                tmp[size_t(yy) * size_t(cw) + size_t(x)] = clip8(ss);
            }
        }
        cur.swap(tmp);
    }
    return cur;
}

std::vector<double> dct2(const std::vector<double>& x) {
    const size_t n = x.size();
    std::vector<double> y(n, 0.0);
    for (size_t k = 0; k < n; ++k) {
        double s = 0.0;
        for (size_t i = 0; i < n; ++i)
            s += x[i] * std::cos(M_PI * double(k) * double(2 * i + 1) / double(2 * n));
        y[k] = 2.0 * s;
    }
    return y;
}

} // namespace pil

QString ImageHashes::hex(quint64 hash) {
    return QStringLiteral("%1").arg(hash, 16, 16, QLatin1Char('0'));
}

ImageHashes computeImageHashes(const QImage& image) {
    ImageHashes out;
    if (image.isNull())
        return out;
    const cv::Mat gray = pilLuminance(image);
    const int w = gray.cols;
    const int h = gray.rows;
    std::vector<quint8> px(size_t(w) * size_t(h));
    for (int y = 0; y < h; ++y)
        std::copy_n(gray.ptr<quint8>(y), w, px.begin() + std::ptrdiff_t(y) * w);

    { // average_hash
        const std::vector<quint8> s = pil::resizeLanczos(px, w, h, 8, 8);
        double mean = 0;
        for (quint8 v : s)
            mean += v;
        mean /= 64.0;
        std::vector<bool> bits;
        for (quint8 v : s)
            bits.push_back(v > mean);
        out.average = bitsOf(bits);
    }
    { // phash: DCT along axis 0 (columns), then axis 1 (rows); low 8×8 against their median
        const std::vector<quint8> s = pil::resizeLanczos(px, w, h, 32, 32);
        std::vector<double> m(32 * 32);
        for (int c = 0; c < 32; ++c) {
            std::vector<double> col(32);
            for (int r = 0; r < 32; ++r)
                col[size_t(r)] = s[size_t(r * 32 + c)];
            const std::vector<double> d = pil::dct2(col);
            for (int r = 0; r < 32; ++r)
                m[size_t(r * 32 + c)] = d[size_t(r)];
        }
        std::vector<double> low;
        for (int r = 0; r < 8; ++r) {
            const std::vector<double> row(m.begin() + r * 32, m.begin() + r * 32 + 32);
            const std::vector<double> d = pil::dct2(row);
            low.insert(low.end(), d.begin(), d.begin() + 8);
        }
        const double med = median(low);
        std::vector<bool> bits;
        for (double v : low)
            bits.push_back(v > med);
        out.perceptual = bitsOf(bits);
    }
    { // dhash: 9 wide, 8 high; right neighbour brighter than left
        const std::vector<quint8> s = pil::resizeLanczos(px, w, h, 9, 8);
        std::vector<bool> bits;
        for (int r = 0; r < 8; ++r)
            for (int c = 0; c < 8; ++c)
                bits.push_back(s[size_t(r * 9 + c + 1)] > s[size_t(r * 9 + c)]);
        out.difference = bitsOf(bits);
    }
    { // whash (haar): scale = largest power of two <= the shorter side (at least 8); removing the Haar
      // LL of the top level subtracts the mean; the Haar LL at 8×8 is each block's sum / 2^level.
        const int natural = 1 << int(std::log2(double(qMin(w, h))));
        const int scale = qMax(natural, 8);
        const std::vector<quint8> s = pil::resizeLanczos(px, w, h, scale, scale);
        double mean = 0;
        std::vector<double> p(s.size());
        for (size_t i = 0; i < s.size(); ++i) {
            p[i] = s[i] / 255.0;
            mean += p[i];
        }
        mean /= double(s.size());
        const int block = scale / 8;
        std::vector<double> ll;
        for (int by = 0; by < 8; ++by) {
            for (int bx = 0; bx < 8; ++bx) {
                double sum = 0;
                for (int y = by * block; y < (by + 1) * block; ++y)
                    for (int x = bx * block; x < (bx + 1) * block; ++x)
                        sum += p[size_t(y) * size_t(scale) + size_t(x)] - mean;
                ll.push_back(sum / block);
            }
        }
        const double med = median(ll);
        std::vector<bool> bits;
        for (double v : ll)
            bits.push_back(v > med);
        out.wavelet = bitsOf(bits);
    }
    return out;
}

} // namespace sluice
