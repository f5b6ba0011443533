#pragma once

#include <QList>
#include <QRectF>
#include <QString>

namespace sluice {

/// One word of a PDF page as poppler's text layer reports it (Poppler::TextBox), in the page's displayed
/// coordinate system: points (1/72 inch), origin at the top-left corner, y growing downwards.
struct WordBox {
    QString text;           ///< the word's characters as extracted (ligatures such as U+FB01 kept)
    QRectF box;             ///< bounding box in points
    bool spaceAfter = true; ///< poppler saw a space after the word (false inside CJK runs and hyphenations)
};

/// A line of words in reading order: indices into the page's word list, left to right.
struct TextLine {
    QList<int> words;
    QRectF box; ///< union of the words' boxes, points
};

/// A block of lines read top to bottom (a paragraph, a column piece, a title).
struct TextBlock {
    QList<TextLine> lines;
    QRectF box; ///< union of the lines' boxes, points
};

} // namespace sluice
