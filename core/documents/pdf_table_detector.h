#pragma once

#include "gray_image.h"
#include "word_box.h"

#include <QList>
#include <QRectF>
#include <QStringList>
#include <vector>

namespace sluice {

/// A ruling line found on a rendered page, in points (page coordinates, y down).
struct PdfRuling {
    bool horizontal = true;
    double position = 0; ///< y of a horizontal ruling, x of a vertical one (centre of its thickness)
    double from = 0;     ///< start along the line: x0 (horizontal) or y0 (vertical)
    double to = 0;       ///< end along the line: x1 or y1
    double thickness = 0;
};

/// A table found on one page: its cells as rows × columns of text, and its geometry in points.
struct PdfTable {
    QRectF box;                ///< bounding box of the table's rulings and words, points
    QList<double> rowEdges;    ///< y of the row boundaries, top to bottom (rows + 1 values), points
    QList<double> columnEdges; ///< x of the column boundaries, left to right (columns + 1 values), points
    QList<QStringList> cells; ///< rows × columns of cell text (a spanning cell's text sits in its first cell)
    int rows() const { return int(cells.size()); }
    int columns() const { return cells.isEmpty() ? 0 : int(cells.first().size()); }
};

/// Finds tables on a PDF page from its ruling lines and the alignment of its words — the "lattice" method
/// of Camelot (camelot-py, `lattice.py`: rulings found in a rendered image of the page) combined with the
/// column gaps of its "stream" method for rulings that only run across the table (booktabs style).
///
/// 1. Rulings: the page is rendered (Poppler, no antialiasing, thin lines solid) and the words' boxes are
///    blanked out; runs of dark pixels at least `minRulingLength` points long (horizontal) or
///    `minVerticalLength` points (vertical) and at most `maxThickness` thick are rulings.
/// 2. Grouping: rulings that cross or touch (2 pt tolerance) belong to one table, and so do two horizontal
///    rulings that overlap by half their length with nothing but table rows between them: at most
///    `maxRowGap` median word heights apart. A group needs two horizontal rulings; the page's frame and
///    boxes that hold one cell are not tables.
/// 3. Structure: row edges are the horizontal rulings; a band between two rulings whose text lines each
///    reach two or more columns is split into one row per line. Column edges are the vertical rulings
///    inside the table plus the whitespace gaps of the words' x projection (Camelot stream).
/// 4. Cells: each word goes to the cell that holds its centre; a cell's words are read line by line.
class PdfTableDetector {
public:
    double minRulingLength = 24.0;  ///< points
    double minVerticalLength = 6.0; ///< points
    double maxThickness = 4.0;      ///< points
    double maxRowGap = 2.6;         ///< median word heights
    int darkThreshold = 170;        ///< gray level (0–255) below which a pixel is ink

    /// Rulings of a page rendered in gray at `scale` pixels per point (renderPageGray); `words` are blanked
    /// out first.
    QList<PdfRuling> rulings(const GrayImage& page, double scale, const QList<WordBox>& words) const;

    /// Tables made of `rulings` and `words` (both in points), top to bottom.
    QList<PdfTable> tables(const QList<PdfRuling>& rulings, const QList<WordBox>& words) const;

    /// Tables without rulings, found from the alignment of the text alone (Camelot's "stream" flavour with
    /// the text-edge test of A. Nurminen, "Algorithmic extraction of data in tables in PDF documents", 2013,
    /// as in Tabula's and Camelot's `TextEdges`). Words whose centre lies in one of `taken` (the boxes of the
    /// ruled tables) are left out. Points in, points out.
    ///
    /// 1. Lines: the horizontal words (not taller than wide, unless a single character) grouped into text
    /// lines (PdfReadingOrder::lines); each line is cut into chunks
    ///    where two words are more than `minCellGap` median word heights apart (a cell's text is one chunk).
    /// 2. Rows: a run of consecutive lines, at most `maxStreamRowGap` median word heights apart, that starts
    ///    with a line of three or more chunks and goes on while every line has two or more chunks and the
    ///    x projection of all the run's chunks keeps two or more whitespace gaps (column boundaries) that no
    ///    chunk crosses. A line whose text crosses them (prose, a caption) ends the run.
    /// 3. Text edges: in every column, at least three cells (or all, when fewer) share their left, right or
    ///    centre x within 2 pt, and at least three rows fill three or more columns.
    /// 4. Not prose: a column whose cells hold a median of `maxCellWords` words or more is a text column, and
    ///    a run that has one is not a table (two prose columns side by side, a list beside a column).
    /// Cells: one row per line, one column per gap; a cell's words are read left to right.
    QList<PdfTable> streamTables(const QList<WordBox>& words, const QList<QRectF>& taken) const;

    double minCellGap = 0.8;      ///< median word heights: a wider gap in a line separates two cells
    double maxStreamRowGap = 2.0; ///< median word heights between two rows of a rule-less table
    int maxCellWords = 6;         ///< median words per cell from which a column counts as prose

    /// A cheap test of whether a page may hold a table, so that it is rendered only then: at least two text
    /// lines that have a gap wider than 1.5 median word heights between two of their words.
    static bool mayHoldTable(const QList<WordBox>& words);
};

} // namespace sluice
