#pragma once

// JPEG decoding at a reduced scale and JPEG encoding straight through libjpeg-turbo (the library that Qt's
// and OpenCV's JPEG plugins wrap), for the resize path of image_transform and for thumbnails: libjpeg's
// DCT-domain scaling by any N/8 (jpeg_core_output_dimensions; ITU-T T.81 allows reconstructing a block
// from its low-frequency coefficients only), output straight in the colour order wanted, and no codec
// plugin or OpenCV imgcodecs module to load. Internal to sluice-core (OpenCV types).

#include <QByteArray>
#include <QImage>
#include <QString>
#include <atomic>
#include <memory>
#include <opencv2/core.hpp>

namespace sluice::jpegcodec {

/// The numerator N of the smallest libjpeg scale N/8 among 1/8, 2/8 and 4/8 at which an image whose
/// longest side is `longest` pixels keeps a longest side of at least `minLongestSide` pixels (libjpeg rounds
/// the scaled size up: ceil(longest · N / 8)). 8 (full size) when `minLongestSide` <= 0 or none fits.
/// The odd scales are left out on purpose: on a detailed photo (the corpus photo tiled to 3000×2250,
/// shrunk to 1024×768, compared with ImageMagick's Lanczos `-resize`) decoding at 3/8 then area-shrinking
/// gave 25.8 dB PSNR / SSIM 0.976 and 5/8 24.8 dB, as bad as bilinear from the full image (26.5 dB), where
/// 4/8 gives 29.5 dB / 0.989 and the full decode 33.5 dB / 0.995; on a noisy gradient 3/8 and 4/8 were
/// equal (46.1 and 46.4 dB), and 3/8 would have saved only 5 % of the instructions.
int scaleFor(int longest, int minLongestSide);

/// Reads one JPEG held in memory: the header first (size, components, colour space, ICC profile), then
/// the pixels at N/8 of the stored size. libjpeg errors (corrupt data, a premature end of the entropy-coded
/// data) come back as a false / null result with libjpeg's message in error(); nothing is thrown.
/// Not thread-safe itself; use one reader per thread.
class JpegReader {
public:
    /// `data` must outlive the reader.
    explicit JpegReader(const QByteArray& data);
    ~JpegReader();
    JpegReader(const JpegReader&) = delete;
    JpegReader& operator=(const JpegReader&) = delete;

    /// Parses the markers up to the first scan (no pixels decoded). False with error() when it is no JPEG
    /// or the header is corrupt.
    bool readHeader();
    int width() const;      ///< stored width in pixels (after readHeader)
    int height() const;     ///< stored height in pixels (after readHeader)
    int components() const; ///< 1 gray, 3 YCbCr or RGB, 4 CMYK or YCCK
    /// True for gray, YCbCr and RGB JPEGs of 8-bit precision, which decode() handles; CMYK, YCCK and
    /// 12-bit JPEGs are left to the general decoders.
    bool supported() const;
    /// The embedded ICC profile (APP2 "ICC_PROFILE" chunks reassembled by readHeader(), ICC.1 B.4);
    /// empty when none or when its chunks are inconsistent.
    QByteArray iccProfile() const;

    /// Decodes at `scaleNum`/8 (1–8) of the stored size: ceil(width · scaleNum / 8) ×
    /// ceil(height · scaleNum / 8) pixels, Format_Grayscale8 for gray JPEGs, Format_RGB888 otherwise, EXIF
    /// orientation not applied. `cancel` (may be null) is read between bands of rows. Null image with
    /// error() on failure or when canceled (canceled() tells which).
    QImage decode(int scaleNum, const std::atomic<bool>* cancel = nullptr);
    bool canceled() const;

    /// libjpeg's message for the last failure.
    QString error() const;

private:
    struct State;
    std::unique_ptr<State> m_state;
};

/// Encodes an 8-bit BGR (3 channels) or gray (1 channel) matrix as a baseline JFIF JPEG at `quality`
/// (1–100, libjpeg's IJG scaling of the Annex K tables), chroma subsampled 2×2 (libjpeg's default, as
/// OpenCV's encoder writes it), accurate integer DCT. Empty with `error` on failure or another layout.
QByteArray encode(const cv::Mat& image, int quality, QString* error);

} // namespace sluice::jpegcodec
