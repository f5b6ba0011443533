#pragma once

// Internal to sluice-core (OpenCV types): rewrites the boxes in Tesseract's hOCR, TSV and ALTO output from
// the pixels of the image Tesseract read to the pixels of the page as given.

#include "page_geometry.h"

#include <QByteArray>
#include <QList>
#include <opencv2/core.hpp>

namespace sluice::ocr {

/// How one page Tesseract read relates to the page as given.
struct RenderedPageGeometry {
    PageTransform transform; ///< pixels of the page as given → pixels of the image Tesseract read
    cv::Size original;       ///< width × height of the page as given, pixels

    /// True when the image Tesseract read has the page's own pixel grid (no scaling, turning or deskew):
    /// then the renderers' boxes already are pixels of the page as given.
    bool unchanged() const;
    /// The linear scale from original to read pixels (√|det| of the transform's 2×2 part); 1 when unchanged.
    double scale() const;
};

/// Rewrites the hOCR document `hocr` (TessHOcrRenderer's output, one `ocr_page` per page in order,
/// matched to `pages` by position) so that every `bbox x0 y0 x1 y1` of a page whose geometry changed is
/// the box in pixels of the page as given that holds the read box (PageTransform::toOriginal(), clipped to
/// the page; ocr_page gets `bbox 0 0 W H`). On such pages `x_size`, `x_descenders` and `x_ascenders` are
/// divided by RenderedPageGeometry::scale(), `scan_res` too (the page's own resolution), and `baseline`
/// (relative to the line box, in read pixels) is scaled likewise when the page was only scaled and
/// dropped when it was turned or deskewed, since it no longer describes the rewritten box. Pages whose
/// geometry is unchanged, and everything else, are kept byte for byte.
QByteArray remapHocr(const QByteArray& hocr, const QList<RenderedPageGeometry>& pages);

/// Rewrites Tesseract's TSV (TessTsvRenderer: `level page_num block_num par_num line_num word_num left top
/// width height conf text`; page_num counts from 1 and picks the element of `pages`) so that left, top,
/// width and height are the box in pixels of the page as given; level-1 (page) rows get 0 0 W H. Other
/// columns and rows of unchanged pages are kept as they are.
QByteArray remapTsv(const QByteArray& tsv, const QList<RenderedPageGeometry>& pages);

/// Rewrites Tesseract's ALTO XML (TessAltoRenderer; `Page` elements in order, matched to `pages` by
/// position): Page WIDTH/HEIGHT become the page's own size, and every element holding HPOS, VPOS and
/// WIDTH (PrintSpace, ComposedBlock, TextBlock, TextLine, String; SP, which has no HEIGHT, as a box of
/// height 0) gets the box in pixels of the page as given.
QByteArray remapAlto(const QByteArray& alto, const QList<RenderedPageGeometry>& pages);

} // namespace sluice::ocr
