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

/// The widest whitespace gap of the projection of `sorted` on one axis (x when `horizontal`), the leftmost
/// (topmost) of equally wide ones; `sorted` holds the words with a non-empty box, sorted by their left (top)
/// edge. Returns a gap of width 0 when there is none.
Gap widestGap(const QList<WordBox>& words, const std::vector<int>& sorted, bool horizontal) {
    Gap best;
    if (sorted.empty())
        return best;
    auto lo = [&](int i) {
        return horizontal ? words.at(i).box.left() : words.at(i).box.top();
    };
    auto hi = [&](int i) {
        return horizontal ? words.at(i).box.right() : words.at(i).box.bottom();
    };
    double reach = hi(sorted.front());
    for (size_t k = 1; k < sorted.size(); ++k) {
        const int i = sorted[k];
        if (lo(i) > reach && lo(i) - reach > best.width())
            best = Gap{reach, lo(i)};
        reach = std::max(reach, hi(i));
    }
    return best;
}

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

/// Splits `list` into the indices whose box centre lies before `at` on one axis and the others, in order.
void partition(const QList<WordBox>& words, const std::vector<int>& list, bool horizontal, double at,
               std::vector<int>& before, std::vector<int>& after) {
    before.reserve(list.size());
    after.reserve(list.size());
    for (int i : list) {
        const QPointF c = words.at(i).box.center();
        ((horizontal ? c.x() : c.y()) < at ? before : after).push_back(i);
    }
}

/// Whether PdfReadingOrder::lines(words, indices) would give more than one line: the same grouping, stopped
/// at the second line.
bool moreThanOneLine(const QList<WordBox>& words, std::vector<int> indices) {
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
            line = line.isNull() ? r : line.united(r);
    }
    return false;
}

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
    // The centres are computed once and sorted with their indices (the same stable order, fewer lookups).
    std::vector<std::pair<double, int>> byCentre;
    byCentre.reserve(size_t(count));
    for (qsizetype k = 0; k < count; ++k)
        byCentre.emplace_back(words.at(indices[k]).box.center().y(), indices[k]);
    stableSort(byCentre.begin(), byCentre.end(),
               [](const auto& a, const auto& b) { return a.first < b.first; });
    QList<TextLine> result;
    for (const auto& [centre, i] : byCentre) {
        const QRectF& r = words.at(i).box;
        TextLine* target = nullptr;
        for (qsizetype l = result.size() - 1; l >= 0 && l >= result.size() - 3; --l) {
            const QRectF& lb = result[l].box;
            const double overlap = std::min(lb.bottom(), r.bottom()) - std::max(lb.top(), r.top());
            if (overlap > 0.5 * std::min(lb.height(), r.height()) ||
                (r.isEmpty() && l == result.size() - 1)) {
                target = &result[l];
                break;
            }
        }
        if (!target) {
            result.append(TextLine{});
            target = &result.last();
        }
        target->words.append(i);
        if (!r.isEmpty())
            target->box = target->box.isNull() ? r : target->box.united(r);
    }
    for (TextLine& line : result)
        stableSort(line.words.begin(), line.words.end(),
                   [&words](int a, int b) { return words.at(a).box.left() < words.at(b).box.left(); });
    stableSort(result.begin(), result.end(),
               [](const TextLine& a, const TextLine& b) { return a.box.top() < b.box.top(); });
    return result;
}

void PdfReadingOrder::cut(const QList<WordBox>& words, const Region& region, double unit,
                          QList<TextBlock>& out, int depth) const {
    const std::vector<int>& indices = region.order;
    if (indices.empty())
        return;
    // Each part keeps the order of its parent's three lists, so no level sorts again.
    auto split = [&](bool horizontal, double at) {
        Region before;
        Region after;
        partition(words, region.order, horizontal, at, before.order, after.order);
        partition(words, region.byLeft, horizontal, at, before.byLeft, after.byLeft);
        partition(words, region.byTop, horizontal, at, before.byTop, after.byTop);
        cut(words, before, unit, out, depth + 1);
        cut(words, after, unit, out, depth + 1);
    };
    if (indices.size() > 1 && depth < 200) {
        const Gap xGap = widestGap(words, region.byLeft, true);
        if (xGap.width() > 0 && xGap.width() >= minColumnGap * unit) {
            // A gutter only when both sides hold more than one line: a wide gap inside one line (a table
            // row, a tab stop) is not a column break.
            const double at = xGap.middle();
            std::vector<int> left;
            std::vector<int> right;
            partition(words, indices, true, at, left, right);
            if (moreThanOneLine(words, left) && moreThanOneLine(words, right)) {
                split(true, at);
                return;
            }
        }
        const Gap yGap = widestGap(words, region.byTop, false);
        if (yGap.width() > 0 && yGap.width() >= minBlockGap * unit) {
            split(false, yGap.middle());
            return;
        }
    }
    TextBlock block;
    block.lines = lines(words, indices.data(), qsizetype(indices.size()));
    for (int i : indices)
        block.box = block.box.isNull() ? words.at(i).box : block.box.united(words.at(i).box);
    out.append(std::move(block));
}

QList<TextBlock> PdfReadingOrder::blocks(const QList<WordBox>& words) const {
    Region all;
    all.order.reserve(size_t(words.size()));
    for (int i = 0; i < words.size(); ++i) {
        all.order.push_back(i);
        if (!words.at(i).box.isEmpty())
            all.byLeft.push_back(i);
    }
    all.byTop = all.byLeft;
    std::sort(all.byLeft.begin(), all.byLeft.end(),
              [&words](int a, int b) { return words.at(a).box.left() < words.at(b).box.left(); });
    std::sort(all.byTop.begin(), all.byTop.end(),
              [&words](int a, int b) { return words.at(a).box.top() < words.at(b).box.top(); });
    QList<TextBlock> out;
    cut(words, all, medianHeight(words), out, 0);
    return out;
}

QString PdfReadingOrder::text(const QList<WordBox>& words, const QList<TextBlock>& blocks) {
    qsizetype size = 0;
    for (const TextBlock& block : blocks)
        for (const TextLine& line : block.lines) {
            size += line.words.size() + 1;
            for (int i : line.words)
                size += words.at(i).text.size();
        }
    QString out;
    out.reserve(size);
    for (const TextBlock& block : blocks) {
        for (const TextLine& line : block.lines) {
            for (qsizetype k = 0; k < line.words.size(); ++k) {
                const WordBox& w = words.at(line.words.at(k));
                if (k > 0) {
                    const WordBox& prev = words.at(line.words.at(k - 1));
                    const double gap = w.box.left() - prev.box.right();
                    if (prev.spaceAfter || gap > 0.15 * line.box.height())
                        out += QLatin1Char(' ');
                }
                out += w.text;
            }
            out += QLatin1Char('\n');
        }
    }
    return out;
}

} // namespace sluice
