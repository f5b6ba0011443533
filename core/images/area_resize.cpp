#include "area_resize.h"

#include <cmath>
#include <cstdint>
#include <opencv2/core/hal/intrin.hpp>
#include <vector>

namespace sluice::arearesize {

namespace {

constexpr int kWeightBits = 14; // weights of one axis sum to 1 << 14
constexpr int kColumnShift = 7; // after the column pass: values × 128 (7 fraction bits), at most 32640,
                                // so that they pack into 16-bit signed lanes
constexpr int kMaxTaps = 9;     // source pixels per output pixel and axis: a shrink by at most 8

/// For each output index along one axis: the first source index, how many source indices it covers and
/// their weights (fixed point, summing exactly to 1 << kWeightBits).
struct Taps {
    std::vector<int> first;
    std::vector<int> count;
    std::vector<int> offset; ///< into weight
    std::vector<int32_t> weight;
    int maxCount = 0;
};

/// The footprint of each output cell as OpenCV's computeResizeAreaTab (imgproc/resize.cpp) sets it out:
/// cell dx covers [dx·scale, (dx+1)·scale) of the source; partial source pixels at both ends weigh their
/// covered fraction (below 1e-3 dropped), whole ones 1, all divided by the cell's width.
Taps computeTaps(int ssize, int dsize) {
    Taps t;
    const double scale = double(ssize) / dsize;
    t.first.resize(size_t(dsize));
    t.count.resize(size_t(dsize));
    t.offset.resize(size_t(dsize));
    std::vector<int> index;
    std::vector<double> alpha;
    for (int dx = 0; dx < dsize; ++dx) {
        const double fsx1 = dx * scale;
        const double fsx2 = fsx1 + scale;
        const double cellWidth = std::min(scale, ssize - fsx1);
        int sx2 = std::min(int(std::floor(fsx2)), ssize - 1);
        const int sx1 = std::min(int(std::ceil(fsx1)), sx2);
        index.clear();
        alpha.clear();
        if (sx1 - fsx1 > 1e-3) {
            index.push_back(sx1 - 1);
            alpha.push_back((sx1 - fsx1) / cellWidth);
        }
        for (int sx = sx1; sx < sx2; ++sx) {
            index.push_back(sx);
            alpha.push_back(1.0 / cellWidth);
        }
        if (fsx2 - sx2 > 1e-3) {
            index.push_back(sx2);
            alpha.push_back(std::min(std::min(fsx2 - sx2, 1.0), cellWidth) / cellWidth);
        }
        // Rounded weights, the rounding residue given to the heaviest so that the sum is exactly one.
        t.first[size_t(dx)] = index.front();
        t.count[size_t(dx)] = int(index.size());
        t.offset[size_t(dx)] = int(t.weight.size());
        int32_t sum = 0;
        size_t heaviest = t.weight.size();
        for (size_t k = 0; k < alpha.size(); ++k) {
            const auto w = int32_t(std::lround(alpha[k] * (1 << kWeightBits)));
            if (heaviest == t.weight.size() || w > t.weight[heaviest])
                heaviest = t.weight.size();
            t.weight.push_back(w);
            sum += w;
        }
        t.weight[heaviest] += (1 << kWeightBits) - sum;
        t.maxCount = std::max(t.maxCount, int(index.size()));
    }
    return t;
}

/// `t` with every footprint padded to the same number of taps K (t.maxCount rounded up to 2, 3, 4 or
/// kMaxTaps), weights at dx·K: zero weights after the real ones, the first index moved back where the
/// padding would run past the end of the source (its leading taps then get the zero weights).
Taps padded(const Taps& t, int ssize) {
    Taps p = t;
    const int k = t.maxCount <= 2 ? 2 : t.maxCount <= 4 ? t.maxCount : kMaxTaps;
    p.maxCount = k;
    p.weight.assign(t.first.size() * size_t(k), 0);
    for (size_t dx = 0; dx < t.first.size(); ++dx) {
        const int first = std::min(t.first[dx], ssize - k);
        const int skip = t.first[dx] - first;
        for (int i = 0; i < t.count[dx]; ++i)
            p.weight[dx * size_t(k) + size_t(skip + i)] = t.weight[size_t(t.offset[dx] + i)];
        p.first[dx] = first;
        p.count[dx] = k;
        p.offset[dx] = int(dx) * k;
    }
    return p;
}

/// The column pass for output row `dy`: the weighted sum of its K source rows (zero weights padding the
/// shorter footprints), for every sample of the row, kept with 8 fraction bits.
template <int K> void shrinkColumn(const cv::Mat& src, uint16_t* out, const Taps& t, int dy) {
    const int width = src.cols * src.channels();
    const int32_t* w = t.weight.data() + size_t(dy) * K;
    const uchar* in[K];
    int32_t weight[K];
    for (int k = 0; k < K; ++k) {
        in[k] = src.ptr<uchar>(t.first[size_t(dy)] + k);
        weight[k] = w[k];
    }
    int x = 0;
#if CV_SIMD128
    // OpenCV's universal intrinsics, 8 samples at a time: two source rows interleaved and multiplied by
    // their weight pair with one 16-bit multiply-add (v_dotprod, SSE2 pmaddwd); samples <= 255 and weights
    // <= 1 << 14 fit 16-bit lanes, the sums 32-bit ones.
    constexpr int pairs = (K + 1) / 2;
    cv::v_int16x8 pairWeight[pairs];
    for (int k = 0; k < K; k += 2) {
        const auto w0 = short(weight[k]);
        const auto w1 = k + 1 < K ? short(weight[k + 1]) : short(0);
        pairWeight[k / 2] = cv::v_int16x8(w0, w1, w0, w1, w0, w1, w0, w1);
    }
    const cv::v_int32x4 half = cv::v_setall_s32(1 << (kColumnShift - 1));
    for (; x + 8 <= width; x += 8) {
        cv::v_int32x4 lo = half;
        cv::v_int32x4 hi = half;
        for (int k = 0; k < K; k += 2) {
            const cv::v_int16x8 a = cv::v_reinterpret_as_s16(cv::v_load_expand(in[k] + x));
            const cv::v_int16x8 b =
                k + 1 < K ? cv::v_reinterpret_as_s16(cv::v_load_expand(in[k + 1] + x)) : cv::v_setzero_s16();
            cv::v_int16x8 ab0;
            cv::v_int16x8 ab1;
            cv::v_zip(a, b, ab0, ab1);
            lo += cv::v_dotprod(ab0, pairWeight[k / 2]);
            hi += cv::v_dotprod(ab1, pairWeight[k / 2]);
        }
        cv::v_store(reinterpret_cast<short*>(out + x), cv::v_pack(lo >> kColumnShift, hi >> kColumnShift));
    }
#endif
    for (; x < width; ++x) {
        int32_t acc = 1 << (kColumnShift - 1);
#pragma GCC unroll 9
        for (int k = 0; k < K; ++k)
            acc += weight[k] * in[k][x];
        out[x] = uint16_t(acc >> kColumnShift);
    }
}

void shrinkColumn(const cv::Mat& src, uint16_t* out, const Taps& t, int dy) {
    switch (t.maxCount) {
    case 2:
        shrinkColumn<2>(src, out, t, dy);
        break;
    case 3:
        shrinkColumn<3>(src, out, t, dy);
        break;
    case 4:
        shrinkColumn<4>(src, out, t, dy);
        break;
    default:
        shrinkColumn<kMaxTaps>(src, out, t, dy);
        break;
    }
}

/// The row pass for one row of the column pass's result: `out` gets dw·CN 8-bit values. K is the largest
/// number of taps of any output pixel (shorter footprints have zero weights appended), so that the loops
/// have fixed bounds and unroll.
template <int CN, int K> void shrinkRow(const uint16_t* in, uchar* out, const Taps& t, int dw) {
    constexpr int shift = 2 * kWeightBits - kColumnShift;
    // Local copies of the tables' addresses: `out` is a char pointer, which may alias anything, so the
    // compiler would otherwise reload them after every store.
    const int32_t* weights = t.weight.data();
    const int* firsts = t.first.data();
    for (int dx = 0; dx < dw; ++dx) {
        const int32_t* w = weights + size_t(dx) * K;
        const uint16_t* p = in + firsts[dx] * CN;
        int32_t acc[CN];
        for (int c = 0; c < CN; ++c)
            acc[c] = 1 << (shift - 1);
#pragma GCC unroll 9
        for (int k = 0; k < K; ++k) {
#pragma GCC unroll 4
            for (int c = 0; c < CN; ++c)
                acc[c] += w[k] * p[k * CN + c];
        }
        for (int c = 0; c < CN; ++c)
            out[dx * CN + c] = uchar(std::min(255, acc[c] >> shift));
    }
}

template <int CN> void shrinkRow(const uint16_t* in, uchar* out, const Taps& t, int dw) {
    switch (t.maxCount) {
    case 2:
        shrinkRow<CN, 2>(in, out, t, dw);
        break;
    case 3:
        shrinkRow<CN, 3>(in, out, t, dw);
        break;
    case 4:
        shrinkRow<CN, 4>(in, out, t, dw);
        break;
    default:
        shrinkRow<CN, kMaxTaps>(in, out, t, dw);
        break;
    }
}

/// Output rows `range`: each one's column pass into a one-row buffer (kept in cache), then its row pass.
void shrinkBand(const cv::Mat& src, cv::Mat& dst, const Taps& vertical, const Taps& horizontal,
                const cv::Range& range) {
    std::vector<uint16_t> row(static_cast<size_t>(src.cols) * size_t(src.channels()));
    for (int dy = range.start; dy < range.end; ++dy) {
        shrinkColumn(src, row.data(), vertical, dy);
        uchar* out = dst.ptr<uchar>(dy);
        switch (dst.channels()) {
        case 1:
            shrinkRow<1>(row.data(), out, horizontal, dst.cols);
            break;
        case 2:
            shrinkRow<2>(row.data(), out, horizontal, dst.cols);
            break;
        case 3:
            shrinkRow<3>(row.data(), out, horizontal, dst.cols);
            break;
        default:
            shrinkRow<4>(row.data(), out, horizontal, dst.cols);
            break;
        }
    }
}

} // namespace

bool supports(const cv::Mat& src, cv::Size size) {
    return !src.empty() && src.dims == 2 && src.depth() == CV_8U && src.channels() >= 1 &&
           src.channels() <= 4 && size.width >= 1 && size.height >= 1 && size.width <= src.cols &&
           size.height <= src.rows && src.cols <= (kMaxTaps - 1) * size.width &&
           src.rows <= (kMaxTaps - 1) * size.height;
}

cv::Mat areaShrink(const cv::Mat& src, cv::Size size) {
    if (!supports(src, size))
        return {};
    const Taps vertical = padded(computeTaps(src.rows, size.height), src.rows);
    const Taps horizontal = padded(computeTaps(src.cols, size.width), src.cols);
    cv::Mat dst(size, src.type());
    cv::parallel_for_(cv::Range(0, size.height),
                      [&](const cv::Range& r) { shrinkBand(src, dst, vertical, horizontal, r); });
    return dst;
}

} // namespace sluice::arearesize
