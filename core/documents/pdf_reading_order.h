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
    /// than 15 % of the line height, lines by "\n", blocks by "\n" as well.
    static QString text(const QList<WordBox>& words, const QList<TextBlock>& blocks);

    /// Groups the words `indices` into lines (vertical overlap) sorted top to bottom, words left to right.
    static QList<TextLine> lines(const QList<WordBox>& words, const QList<int>& indices);
    /// The same for the `count` word indices at `indices`.
    static QList<TextLine> lines(const QList<WordBox>& words, const int* indices, qsizetype count);

private:
    /// A region of the page being cut: its word indices in input order, and those with a non-empty box
    /// sorted by left edge and by top edge (for the projections).
    struct Region {
        std::vector<int> order;
        std::vector<int> byLeft;
        std::vector<int> byTop;
    };
    void cut(const QList<WordBox>& words, const Region& region, double unit, QList<TextBlock>& out,
             int depth) const;
};

} // namespace sluice
