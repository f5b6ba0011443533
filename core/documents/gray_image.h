#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace sluice {

/// An 8-bit gray image in memory: `width` × `height` pixels, rows top to bottom, one byte a pixel (0 black,
/// 255 white), no padding between rows. What PdfTableDetector reads rulings from, without QtGui's QImage.
struct GrayImage {
    int width = 0;               ///< pixels
    int height = 0;              ///< pixels
    std::vector<uint8_t> pixels; ///< width × height bytes, row-major

    bool isNull() const { return width <= 0 || height <= 0; }
    /// The first pixel of row `y` (0-based).
    const uint8_t* row(int y) const { return pixels.data() + std::size_t(y) * std::size_t(width); }
};

} // namespace sluice
