#include "pdf_page_raster.h"

#include "pdf_text_layer.h"

#include <PDFDoc.h>
#include <SplashOutputDev.h>
#include <algorithm>
#include <array>
#include <cmath>
#include <splash/SplashBitmap.h>

namespace sluice {

namespace {

/// The sRGB transfer function (IEC 61966-2-1) and its inverse, in float as Qt's QColorTransferFunction.
float srgbToLinear(float x) {
    return x < 0.04045f ? x / 12.92f : std::pow((x + 0.055f) / 1.055f, 2.4f);
}
float linearToSrgb(float x) {
    return x < 0.04045f / 12.92f ? x * 12.92f : std::pow(x, 1.0f / 2.4f) * 1.055f - 0.055f;
}

/// Qt's QColorTrcLut for sRGB: 4081 steps over [0, 1], values scaled to 0–65280 (255 × 256).
struct SrgbTables {
    static constexpr int kSteps = 4080;
    std::array<float, 256> toLinear{}; ///< 8-bit sRGB → linear light, 0–1
    std::array<uint16_t, kSteps + 1> fromLinear{};

    SrgbTables() {
        for (int c = 0; c < 256; ++c)
            toLinear[size_t(c)] =
                float(std::lround(srgbToLinear(float(c * 16) / kSteps) * 65280.0f)) / 65280.0f;
        for (int i = 0; i <= kSteps; ++i)
            fromLinear[size_t(i)] = uint16_t(std::lround(linearToSrgb(float(i) / kSteps) * 65280.0f));
    }
    uint8_t gray(uint8_t r, uint8_t g, uint8_t b) const {
        // Y row of sRGB → XYZ (D50) as an ICC profile stores it (s15Fixed16).
        const float y = 0.22248840f * toLinear[r] + 0.71690369f * toLinear[g] + 0.06060791f * toLinear[b];
        const int index = std::clamp(int(y * kSteps + 0.5f), 0, kSteps);
        return uint8_t((fromLinear[size_t(index)] + 0x80) >> 8);
    }
};

} // namespace

GrayImage renderPageGray(const PdfTextDocument& doc, int index, double dpi) {
    GrayImage out;
    if (index < 0 || index >= doc.pageCount() || dpi <= 0)
        return out;
    // As poppler-qt6's Page::renderToImage with the Splash backend: XBGR8, rows padded to 4 bytes, white
    // paper, top-down; the thin-line mode from the ThinLineSolid hint, antialiasing and hinting off.
    SplashColor paper;
    paper[0] = paper[1] = paper[2] = paper[3] = 255;
    SplashOutputDev dev(splashModeXBGR8, 4, false, paper, true, splashThinLineSolid, false);
    dev.setFontAntialias(false);
    dev.setVectorAntialias(false);
    dev.setFreeTypeHinting(false, false);
    PDFDoc& pdf = doc.pdfDoc();
    dev.startDoc(&pdf);
    pdf.displayPageSlice(&dev, index + 1, dpi, dpi, 0, false, true, false, -1, -1, -1, -1, nullptr, nullptr,
                         nullptr, nullptr, true);
    SplashBitmap* bitmap = dev.getBitmap();
    if (!bitmap || bitmap->getWidth() <= 0 || bitmap->getHeight() <= 0)
        return out;
    static const SrgbTables tables;
    out.width = bitmap->getWidth();
    out.height = bitmap->getHeight();
    out.pixels.resize(size_t(out.width) * size_t(out.height));
    const SplashColorConstPtr data = static_cast<const SplashBitmap*>(bitmap)->getDataPtr();
    const int rowSize = bitmap->getRowSize();
    for (int y = 0; y < out.height; ++y) {
        // XBGR8 in memory: blue, green, red, pad (what Qt reads as Format_RGB32 on a little-endian CPU).
        const unsigned char* p = data + size_t(y) * size_t(rowSize);
        uint8_t* d = out.pixels.data() + size_t(y) * size_t(out.width);
        for (int x = 0; x < out.width; ++x, p += 4)
            d[x] = tables.gray(p[2], p[1], p[0]);
    }
    return out;
}

} // namespace sluice
