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

/// Whitespace gaps of the projection of `indices` on one axis (x when `horizontal`), widest first.
QList<Gap> projectionGaps(const QList<WordBox>& words, const QList<int>& indices, bool horizontal) {
    QList<QPair<double, double>> spans;
    spans.reserve(indices.size());
    for (int i : indices) {
        const QRectF& r = words.at(i).box;
        if (r.isEmpty())
            continue;
        spans.append(horizontal ? qMakePair(r.left(), r.right()) : qMakePair(r.top(), r.bottom()));
    }
    std::sort(spans.begin(), spans.end());
    QList<Gap> gaps;
    double reach = spans.isEmpty() ? 0 : spans.first().second;
    for (qsizetype i = 1; i < spans.size(); ++i) {
        if (spans.at(i).first > reach)
            gaps.append(Gap{reach, spans.at(i).first});
        reach = std::max(reach, spans.at(i).second);
    }
    std::stable_sort(gaps.begin(), gaps.end(),
                     [](const Gap& a, const Gap& b) { return a.width() > b.width(); });
    return gaps;
}

double medianHeight(const QList<WordBox>& words) {
    QList<double> heights;
    for (const WordBox& w : words)
        if (w.box.height() > 0)
            heights.append(w.box.height());
    if (heights.isEmpty())
        return 10.0;
    std::nth_element(heights.begin(), heights.begin() + heights.size() / 2, heights.end());
    return heights.at(heights.size() / 2);
}

QRectF unite(const QList<WordBox>& words, const QList<int>& indices) {
    QRectF r;
    for (int i : indices)
        r = r.isNull() ? words.at(i).box : r.united(words.at(i).box);
    return r;
}

} // namespace

QList<TextLine> PdfReadingOrder::lines(const QList<WordBox>& words, QList<int> indices) {
    // Top to bottom by centre, then each word joins the last line it overlaps by more than half its height.
    std::stable_sort(indices.begin(), indices.end(), [&words](int a, int b) {
        return words.at(a).box.center().y() < words.at(b).box.center().y();
    });
    QList<TextLine> result;
    for (int i : indices) {
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
        std::stable_sort(line.words.begin(), line.words.end(),
                         [&words](int a, int b) { return words.at(a).box.left() < words.at(b).box.left(); });
    std::stable_sort(result.begin(), result.end(),
                     [](const TextLine& a, const TextLine& b) { return a.box.top() < b.box.top(); });
    return result;
}

void PdfReadingOrder::cut(const QList<WordBox>& words, const QList<int>& indices, double unit,
                          QList<TextBlock>& out, int depth) const {
    if (indices.isEmpty())
        return;
    auto split = [&](bool horizontal, double at) {
        QList<int> before;
        QList<int> after;
        for (int i : indices) {
            const QPointF c = words.at(i).box.center();
            ((horizontal ? c.x() : c.y()) < at ? before : after).append(i);
        }
        cut(words, before, unit, out, depth + 1);
        cut(words, after, unit, out, depth + 1);
    };
    if (indices.size() > 1 && depth < 200) {
        const QList<Gap> xGaps = projectionGaps(words, indices, true);
        if (!xGaps.isEmpty() && xGaps.first().width() >= minColumnGap * unit) {
            // A gutter only when both sides hold more than one line: a wide gap inside one line (a table
            // row, a tab stop) is not a column break.
            const double at = xGaps.first().middle();
            QList<int> left;
            QList<int> right;
            for (int i : indices)
                (words.at(i).box.center().x() < at ? left : right).append(i);
            if (lines(words, left).size() > 1 && lines(words, right).size() > 1) {
                split(true, at);
                return;
            }
        }
        const QList<Gap> yGaps = projectionGaps(words, indices, false);
        if (!yGaps.isEmpty() && yGaps.first().width() >= minBlockGap * unit) {
            split(false, yGaps.first().middle());
            return;
        }
    }
    TextBlock block;
    block.lines = lines(words, indices);
    block.box = unite(words, indices);
    out.append(block);
}

QList<TextBlock> PdfReadingOrder::blocks(const QList<WordBox>& words) const {
    QList<int> all;
    all.reserve(words.size());
    for (int i = 0; i < words.size(); ++i)
        all.append(i);
    QList<TextBlock> out;
    cut(words, all, medianHeight(words), out, 0);
    return out;
}

QString PdfReadingOrder::text(const QList<WordBox>& words, const QList<TextBlock>& blocks) {
    QString out;
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
