#include "pdf_reading_order.h"

#include <algorithm>

namespace sluice {

namespace {

struct Gap {
    double start = 0; ///< end of the covered interval before the gap
    double end = 0;   ///< start of the covered interval after the gap
    double width() const { return end - start; }
    double middle() const { return (start + end) / 2; }
};

/// Sorts [first, last) stably by `less`, the same order as std::stable_sort. Short or nearly sorted ranges
/// (a line's words come mostly left to right, a block's lines mostly top to bottom) are sorted in place by
/// insertion, without the temporary buffer std::stable_sort allocates.
template <typename It, typename Less> void stableSort(It first, It last, Less less) {
    if (last - first > 64 && !std::is_sorted(first, last, less)) {
        std::stable_sort(first, last, less);
        return;
    }
    for (It i = first + (first == last ? 0 : 1); i < last; ++i) {
        if (!less(*i, *(i - 1)))
            continue;
        auto value = std::move(*i);
        It j = i;
        do {
            *j = std::move(*(j - 1));
            --j;
        } while (j > first && less(value, *(j - 1)));
        *j = std::move(value);
    }
}

/// Whether PdfReadingOrder::lines(words, indices) would give more than one line: the same grouping, stopped
/// at the second line. Sorts `indices`.
bool moreThanOneLine(const QList<WordBox>& words, std::vector<int>& indices) {
    stableSort(indices.begin(), indices.end(), [&words](int a, int b) {
        return words.at(a).box.center().y() < words.at(b).box.center().y();
    });
    QRectF line;
    bool any = false;
    for (int i : indices) {
        const QRectF& r = words.at(i).box;
        if (any) {
            const double overlap = std::min(line.bottom(), r.bottom()) - std::max(line.top(), r.top());
            if (!(overlap > 0.5 * std::min(line.height(), r.height()) || r.isEmpty()))
                return true;
        }
        any = true;
        if (!r.isEmpty())
            uniteBox(line, r);
    }
    return false;
}

/// A range [begin, end) of one of XyCut's index lists.
struct Span {
    size_t begin = 0;
    size_t end = 0;
    size_t size() const { return end - begin; }
};

/// The recursive X-Y cut of one page (PdfReadingOrder::blocks). A region is three spans, one in each of three
/// index lists: its words in input order, and those with a non-empty box sorted by left edge and by top edge
/// (for the projections). A cut reorders each span in place, stably, into the part before the cut and the
/// part after it, so every part keeps its parent's orders and no level sorts or allocates again.
class XyCut {
public:
    XyCut(const QList<WordBox>& words, double minColumnGap, double minBlockGap, QList<TextBlock>& out)
        : words_(words), columnGap_(minColumnGap), blockGap_(minBlockGap), out_(out) {
        const size_t n = size_t(words.size());
        order_.reserve(n);
        byLeft_.reserve(n);
        for (int i = 0; i < int(n); ++i) {
            order_.push_back(i);
            if (!words.at(i).box.isEmpty())
                byLeft_.push_back(i);
        }
        byTop_ = byLeft_;
        std::sort(byLeft_.begin(), byLeft_.end(),
                  [&words](int a, int b) { return words.at(a).box.left() < words.at(b).box.left(); });
        std::sort(byTop_.begin(), byTop_.end(),
                  [&words](int a, int b) { return words.at(a).box.top() < words.at(b).box.top(); });
        scratch_.reserve(n);
    }

    /// Cuts the whole page into blocks appended to `out`; `unit` is the median word height, points.
    void run(double unit) {
        unit_ = unit;
        cut(Span{0, order_.size()}, Span{0, byLeft_.size()}, Span{0, byTop_.size()}, 0);
    }

private:
    /// The coordinate of word `i`'s box centre on one axis (x when `horizontal`).
    double centre(int i, bool horizontal) const {
        const QPointF c = words_.at(i).box.center();
        return horizontal ? c.x() : c.y();
    }

    /// Reorders `list[span]` stably: the indices whose box centre lies before `at` first, then the others.
    /// Returns the spans of the two parts.
    std::pair<Span, Span> partition(std::vector<int>& list, Span span, bool horizontal, double at) {
        scratch_.clear();
        size_t mid = span.begin;
        for (size_t k = span.begin; k < span.end; ++k) {
            const int i = list[k];
            if (centre(i, horizontal) < at)
                list[mid++] = i;
            else
                scratch_.push_back(i);
        }
        std::copy(scratch_.begin(), scratch_.end(), list.begin() + ptrdiff_t(mid));
        return {Span{span.begin, mid}, Span{mid, span.end}};
    }

    /// The widest whitespace gap of the projection of `sorted[span]` (words with a non-empty box, sorted by
    /// their left or top edge) on one axis (x when `horizontal`), the leftmost (topmost) of equally wide
    /// ones. Returns a gap of width 0 when there is none.
    Gap widestGap(const std::vector<int>& sorted, Span span, bool horizontal) const {
        Gap best;
        if (span.size() == 0)
            return best;
        const auto lo = [&](int i) {
            return horizontal ? words_.at(i).box.left() : words_.at(i).box.top();
        };
        const auto hi = [&](int i) {
            return horizontal ? words_.at(i).box.right() : words_.at(i).box.bottom();
        };
        double reach = hi(sorted[span.begin]);
        for (size_t k = span.begin + 1; k < span.end; ++k) {
            const int i = sorted[k];
            if (lo(i) > reach && lo(i) - reach > best.width())
                best = Gap{reach, lo(i)};
            reach = std::max(reach, hi(i));
        }
        return best;
    }

    /// Whether a gutter at x `at` has more than one line of the region `order` on each side: a wide gap
    /// inside one line (a table row, a tab stop) is not a column break.
    bool linesOnBothSides(Span order, double at) {
        left_.clear();
        right_.clear();
        for (size_t k = order.begin; k < order.end; ++k)
            (centre(order_[k], true) < at ? left_ : right_).push_back(order_[k]);
        return moreThanOneLine(words_, left_) && moreThanOneLine(words_, right_);
    }

    void cut(Span order, Span byLeft, Span byTop, int depth) {
        if (order.size() == 0)
            return;
        const auto split = [&](bool horizontal, double at) {
            const auto [orderBefore, orderAfter] = partition(order_, order, horizontal, at);
            const auto [leftBefore, leftAfter] = partition(byLeft_, byLeft, horizontal, at);
            const auto [topBefore, topAfter] = partition(byTop_, byTop, horizontal, at);
            cut(orderBefore, leftBefore, topBefore, depth + 1);
            cut(orderAfter, leftAfter, topAfter, depth + 1);
        };
        if (order.size() > 1 && depth < 200) {
            const Gap xGap = widestGap(byLeft_, byLeft, true);
            if (xGap.width() > 0 && xGap.width() >= columnGap_ * unit_ &&
                linesOnBothSides(order, xGap.middle())) {
                split(true, xGap.middle());
                return;
            }
            const Gap yGap = widestGap(byTop_, byTop, false);
            if (yGap.width() > 0 && yGap.width() >= blockGap_ * unit_) {
                split(false, yGap.middle());
                return;
            }
        }
        TextBlock block;
        const int* indices = order_.data() + order.begin;
        block.lines = PdfReadingOrder::lines(words_, indices, qsizetype(order.size()));
        for (size_t k = 0; k < order.size(); ++k)
            uniteBox(block.box, words_.at(indices[k]).box);
        out_.append(std::move(block));
    }

    const QList<WordBox>& words_;
    const double columnGap_;
    const double blockGap_;
    QList<TextBlock>& out_;
    double unit_ = 10.0;
    std::vector<int> order_;
    std::vector<int> byLeft_;
    std::vector<int> byTop_;
    std::vector<int> scratch_; // the part after a cut, while partition reorders a span
    std::vector<int> left_;    // linesOnBothSides
    std::vector<int> right_;
};

double medianHeight(const QList<WordBox>& words) {
    std::vector<double> heights;
    heights.reserve(size_t(words.size()));
    for (const WordBox& w : words)
        if (w.box.height() > 0)
            heights.push_back(w.box.height());
    if (heights.empty())
        return 10.0;
    std::nth_element(heights.begin(), heights.begin() + ptrdiff_t(heights.size() / 2), heights.end());
    return heights[heights.size() / 2];
}

} // namespace

QList<TextLine> PdfReadingOrder::lines(const QList<WordBox>& words, const QList<int>& indices) {
    return lines(words, indices.constData(), indices.size());
}

QList<TextLine> PdfReadingOrder::lines(const QList<WordBox>& words, const int* indices, qsizetype count) {
    // Top to bottom by centre, then each word joins the last line it overlaps by more than half its height.
    // The centres are computed once and sorted with their indices (the same stable order, fewer lookups);
    // the lines are first found with their sizes, then filled, each allocated once.
    struct Entry {
        double centre;
        int word;
        int line;
    };
    std::vector<Entry> byCentre;
    byCentre.reserve(size_t(count));
    for (qsizetype k = 0; k < count; ++k)
        byCentre.push_back(Entry{words.at(indices[k]).box.center().y(), indices[k], -1});
    stableSort(byCentre.begin(), byCentre.end(),
               [](const Entry& a, const Entry& b) { return a.centre < b.centre; });
    struct Found {
        QRectF box;
        qsizetype words = 0;
    };
    std::vector<Found> found;
    for (Entry& e : byCentre) {
        const QRectF& r = words.at(e.word).box;
        const int last = int(found.size()) - 1;
        for (int l = last; l >= 0 && l >= last - 2; --l) {
            const QRectF& lb = found[size_t(l)].box;
            const double overlap = std::min(lb.bottom(), r.bottom()) - std::max(lb.top(), r.top());
            if (overlap > 0.5 * std::min(lb.height(), r.height()) || (r.isEmpty() && l == last)) {
                e.line = l;
                break;
            }
        }
        if (e.line < 0) {
            e.line = int(found.size());
            found.push_back(Found{});
        }
        Found& line = found[size_t(e.line)];
        ++line.words;
        if (!r.isEmpty())
            uniteBox(line.box, r);
    }
    QList<TextLine> result(qsizetype(found.size()));
    TextLine* const out = result.data();
    std::vector<int*> next(found.size()); // where each line's next word goes
    for (size_t l = 0; l < found.size(); ++l) {
        out[l].box = found[l].box;
        out[l].words.resize(found[l].words);
        next[l] = out[l].words.data();
    }
    for (const Entry& e : byCentre)
        *next[size_t(e.line)]++ = e.word;
    for (TextLine& line : result)
        stableSort(line.words.begin(), line.words.end(),
                   [&words](int a, int b) { return words.at(a).box.left() < words.at(b).box.left(); });
    stableSort(result.begin(), result.end(),
               [](const TextLine& a, const TextLine& b) { return a.box.top() < b.box.top(); });
    return result;
}

QList<TextBlock> PdfReadingOrder::blocks(const QList<WordBox>& words) const {
    QList<TextBlock> out;
    XyCut cut(words, minColumnGap, minBlockGap, out);
    cut.run(medianHeight(words));
    return out;
}

QString PdfReadingOrder::text(const QList<WordBox>& words, const QList<TextBlock>& blocks,
                              std::vector<qsizetype>* starts) {
    if (starts)
        starts->assign(size_t(words.size()), -1);
    qsizetype size = 0;
    for (const TextBlock& block : blocks)
        for (const TextLine& line : block.lines) {
            size += line.words.size() + 1;
            for (int i : line.words)
                size += words.at(i).text.size();
        }
    if (size == 0)
        return QString(0, Qt::Uninitialized); // empty, not null
    // Written in place into a string of the largest size it can have (a space between every two words).
    QString out(size, Qt::Uninitialized);
    QChar* const begin = out.data();
    QChar* p = begin;
    for (const TextBlock& block : blocks) {
        for (const TextLine& line : block.lines) {
            for (qsizetype k = 0; k < line.words.size(); ++k) {
                const WordBox& w = words.at(line.words.at(k));
                if (k > 0) {
                    const WordBox& prev = words.at(line.words.at(k - 1));
                    const double gap = w.box.left() - prev.box.right();
                    if (prev.spaceAfter || gap > 0.15 * line.box.height())
                        *p++ = QLatin1Char(' ');
                }
                if (starts)
                    (*starts)[size_t(line.words.at(k))] = p - begin;
                std::copy(w.text.cbegin(), w.text.cend(), p);
                p += w.text.size();
            }
            *p++ = QLatin1Char('\n');
        }
    }
    out.truncate(p - begin);
    return out;
}

} // namespace sluice
