#pragma once

#include "gray_image.h"

namespace sluice {

class PdfTextDocument;

/// Renders page `index` (0-based) of `doc` at `dpi` pixels per inch (72 × scale) with poppler's Splash
/// rasteriser and returns it in 8-bit gray, for ruling detection (PdfTableDetector::rulings).
///
/// The pixels are those poppler-qt6 gives for Page::renderToImage(dpi, dpi) on a document whose only render
/// hint is ThinLineSolid (thin lines drawn one pixel wide and solid; no vector or text antialiasing, no
/// font hinting; white paper, crop box, annotations shown), turned to gray as QImage::convertToFormat(
/// Format_Grayscale8) does in Qt 6: sRGB to linear light through a 4080-step table, the luminance Y of CIE
/// XYZ (D50, sRGB's primaries adapted with Bradford), back to sRGB through a 4080-step table — within one
/// gray level of Qt (measured over all 2^24 colours). Null when poppler cannot render the page.
GrayImage renderPageGray(const PdfTextDocument& doc, int index, double dpi);

} // namespace sluice
