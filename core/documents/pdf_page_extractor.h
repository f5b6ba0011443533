#pragma once

#include "pdf_table_detector.h"
#include "word_box.h"

#include <QJsonObject>
#include <QSizeF>

namespace sluice {

class PdfTextDocument;

/// What the `pdf` stage extracts from one page.
struct PdfPageContent {
    int number = 0;   ///< 1-based page number
    QSizeF sizePt;    ///< page size as displayed (width and height swapped for /Rotate 90 and 270), points
    int rotation = 0; ///< degrees clockwise: 0, 90, 180, 270
    QList<WordBox> words;     ///< poppler's words, points, origin top-left
    QList<TextBlock> blocks;  ///< reading order (PdfReadingOrder); a table is one block of one pseudo-word
    QString text;             ///< raw text in reading order, ligatures and all; tables row by row, cells
                              ///< separated by tabs
    int lineCount = 0;        ///< lines in reading order: a block's lines, plus a line per table row
    QList<PdfTable> tables;   ///< PdfTableDetector's tables
    int wordsOutsidePage = 0; ///< words whose box lies entirely outside the page (a malformed file)
    /// Where `text` comes from: "layout" (reading order and tables above), or "poppler" when that order
    /// lost words that poppler's own page text has (rotated or vertical text): no text is ever dropped.
    QString textSource = QStringLiteral("layout");
    QString error; ///< set when the page could not be read

    /// Words whose characters are U+FFFD or control characters (no Unicode mapping in the font).
    int replacementChars() const;
    /// True when the page has no usable text layer: no visible character, or more than half of them
    /// unmapped (U+FFFD or control characters) — such a page needs OCR.
    bool needsOcr() const;

    /// What toJson computes besides the JSON, for a caller that totals the pages of a document: the same
    /// values as the JSON's search_text, chars, words, replacement_chars and needs_ocr.
    struct Totals {
        QString searchText; ///< `text` in NFKC (searchText); shares `text` when that has nothing to fold
        qint64 chars = 0;   ///< code points of `text`
        qint64 words = 0;   ///< white-space separated words of `text`
        int replacementChars = 0; ///< unmapped characters (replacementChars())
        bool needsOcr = false;    ///< needsOcr()
    };

    /// JSON of the page for the stage's page_list: {number, width_pt, height_pt, width_mm, height_mm,
    /// rotation, text, search_text (NFKC), chars, words, lines, blocks, replacement_chars, needs_ocr,
    /// tables (count), words_outside_page, word_boxes [[text, x, y, w, h] in points, 0.01 pt] when
    /// `withWordBoxes`}. When `totals` is given it receives the search text and counts written into the
    /// JSON, so that a caller need not read them back out of it.
    QJsonObject toJson(bool withWordBoxes, Totals* totals = nullptr) const;
    /// JSON of table `index` for the stage's table list: {page, index (1-based on the page), bbox [x, y, w,
    /// h] in points, rows, columns, row_edges, column_edges (points), cells [[text]]}.
    QJsonObject tableJson(int index) const;
};

/// How PdfPageExtractor finds tables.
enum class PdfTableMode {
    Off,    ///< no table detection
    Auto,   ///< look for tables (rulings in a rendering, then text alignment) only on pages whose text
            ///< looks tabular (PdfTableDetector::mayHoldTable; fast on prose)
    Always, ///< render every page and look for rulings, then for tables without rulings
};

/// Extracts one page's words (poppler's TextOutputDev through PdfTextDocument), reading order, text and
/// tables.
///
/// Ruled tables need the page rendered at `tableScale` pixels per point (1.5 = 108 dpi) to find its rulings;
/// tables without rulings are then found among the remaining words (PdfTableDetector::streamTables).
class PdfPageExtractor {
public:
    PdfTableMode tableMode = PdfTableMode::Auto;
    double tableScale = 1.5;

    /// Reads page `index` (0-based) of `text`. A page that may hold a table is rendered from `text` too
    /// (renderPageGray) to find its rulings; a page poppler cannot render has no ruled tables. Never throws;
    /// a page poppler cannot read has `error` set.
    PdfPageContent extract(const PdfTextDocument& text, int index) const;
};

/// `text` in Unicode normalisation form NFKC (ligatures such as U+FB01 split, compatibility characters
/// folded) for search: the same string as QString::normalized(NormalizationForm_KC), computed only on the
/// pieces between spaces, tabs and line breaks that hold a character at or above U+00A0.
QString searchText(const QString& text);

/// Points to millimetres (1 pt = 25.4 / 72 mm), rounded to 0.1 mm.
double pointsToMm(double points);

} // namespace sluice
