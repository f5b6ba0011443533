#pragma once

#include "hamming_distance.h"

#include <QImage>
#include <QString>
#include <QtGlobal>
#include <vector>

namespace sluice {

/// The four 64-bit perceptual hashes of Python's `imagehash` library (J. Buchner, version 4.3), computed
/// with the same steps so that values can be compared with it: Pillow's convert("L") luminance, Pillow's
/// LANCZOS (ANTIALIAS) resampling in 8-bit fixed point, the same comparisons, bits in row-major order with
/// the first bit as the most significant (imagehash's hex string).
struct ImageHashes {
    quint64 average = 0; ///< average_hash: 8×8 pixels > their mean
    quint64 perceptual =
        0; ///< phash: 32×32, DCT-II (scipy.fftpack, rows then columns), top-left 8×8 > median
    quint64 difference = 0; ///< dhash: 9×8, each pixel > its left neighbour
    quint64 wavelet = 0;    ///< whash (haar, remove_max_haar_ll): Haar LL at 8×8 > median

    /// 16 lower-case hex digits, as str(imagehash.ImageHash).
    static QString hex(quint64 hash);
};

/// Hashes of `image` (any QImage format; alpha ignored as Pillow's convert("L") ignores it). 16-bit images
/// are reduced as Pillow reduces them: gray values clipped to 0–255 (convert("L") of mode "I;16"/"I"),
/// colour samples by their high byte (Pillow's 16-bit RGB decoding). A null image gives all zeros.
ImageHashes computeImageHashes(const QImage& image);

namespace pil {

/// Pillow's Image.resize(size, LANCZOS) on an 8-bit single-channel image (`src` row-major, w × h):
/// separable Lanczos-3 with support scaled by the reduction factor, coefficients normalised and rounded to
/// 22-bit fixed point, horizontal pass first then vertical, each rounded and clipped to 0–255
/// (Pillow's libImaging/Resample.c).
std::vector<quint8> resizeLanczos(const std::vector<quint8>& src, int w, int h, int outW, int outH);

/// DCT-II without normalisation, as scipy.fftpack.dct(x) with type 2 and norm None:
/// y[k] = 2 Σ x[n] cos(π k (2n + 1) / (2N)).
std::vector<double> dct2(const std::vector<double>& x);

} // namespace pil
} // namespace sluice
