#pragma once

#include "word_box.h"

#include <vector>

namespace sluice {

/// Orders the words of one page for reading, column by column, with the recursive X-Y cut
/// (G. Nagy and S. Seth, "Hierarchical representation of optically scanned documents", ICPR 1984;
/// the variant of Ha, Haralick and Phillips, ICDAR 1995, that cuts at projection-profile gaps).
///
/// The page's words are split recursively at whitespace gaps of their projections:
/// - a vertical cut (a gutter) is taken when the x projection has a gap at least `minColumnGap` times the
///   median word height wide that has words on both sides — so columns are read one after the other;
/// - otherwise a horizontal cut is taken at the widest y gap that is at least `minBlockGap` times the median
///   word height high — so a title across both columns is read before the columns below it;
/// - a region with no cut left is a block: its words are grouped into lines by vertical overlap (more than
///   half the smaller height), lines sorted top to bottom and words left to right.
/// Taking one horizontal cut at a time (the widest) and re-checking for gutters in each part keeps lines of
/// two columns that happen to line up from being read across the gutter.
/// Works on any input; words with an empty box are put at the end of the block they fall in.
class PdfReadingOrder {
public:
    double minColumnGap = 1.0; ///< gutter width, in multiples of the median word height
    double minBlockGap = 0.6;  ///< block separation, in multiples of the median word height

    /// The blocks of `words` in reading order.
    QList<TextBlock> blocks(const QList<WordBox>& words) const;

    /// The text of `blocks`: words joined by a space where poppler saw one or where they are apart by more
    /// than 15 % of the line height, lines by "\n", blocks by "\n" as well. When `starts` is given, it
    /// receives for each of `words` the offset (UTF-16 units) of its text in the result, -1 for a word in no
    /// line.
    static QString text(const QList<WordBox>& words, const QList<TextBlock>& blocks,
                        std::vector<qsizetype>* starts = nullptr);

    /// Groups the words `indices` into lines (vertical overlap) sorted top to bottom, words left to right.
    static QList<TextLine> lines(const QList<WordBox>& words, const QList<int>& indices);
    /// The same for the `count` word indices at `indices`.
    static QList<TextLine> lines(const QList<WordBox>& words, const int* indices, qsizetype count);
};

/// `into` united with `box` — the same rectangle, to the last bit, as `into = into.united(box)` (Qt 6's
/// QRectF::operator|: a null rectangle takes the other one, negative sizes count from the far edge), computed
/// inline for the loops that unite thousands of word boxes a page.
inline void uniteBox(QRectF& into, const QRectF& box) {
    if (into.width() > 0 && into.height() > 0 && box.width() > 0 && box.height() > 0) {
        // The usual case, two boxes of positive size: the same arithmetic as below without the branches.
        const double left = qMin(into.x(), box.x());
        const double top = qMin(into.y(), box.y());
        into = QRectF(left, top, qMax(into.x() + into.width(), box.x() + box.width()) - left,
                      qMax(into.y() + into.height(), box.y() + box.height()) - top);
        return;
    }
    if (into.isNull()) {
        into = box;
        return;
    }
    if (box.isNull())
        return;
    const bool flipX = into.width() < 0;
    const bool flipY = into.height() < 0;
    double left = flipX ? into.x() + into.width() : into.x();
    double right = flipX ? into.x() : into.x() + into.width();
    double top = flipY ? into.y() + into.height() : into.y();
    double bottom = flipY ? into.y() : into.y() + into.height();
    if (box.width() < 0) {
        left = qMin(left, box.x() + box.width());
        right = qMax(right, box.x());
    } else {
        left = qMin(left, box.x());
        right = qMax(right, box.x() + box.width());
    }
    if (box.height() < 0) {
        top = qMin(top, box.y() + box.height());
        bottom = qMax(bottom, box.y());
    } else {
        top = qMin(top, box.y());
        bottom = qMax(bottom, box.y() + box.height());
    }
    into = QRectF(left, top, right - left, bottom - top);
}

} // namespace sluice
