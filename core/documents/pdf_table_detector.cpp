#include "pdf_table_detector.h"

#include "pdf_reading_order.h"

#include <QMap>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <cstring>
#include <numeric>
#include <vector>

namespace sluice {

namespace {

struct Segment {
    int firstLine = 0; ///< pixel row (horizontal) or column (vertical) where the run starts
    int lastLine = 0;
    int a = 0; ///< start of the run along the line, pixels
    int b = 0; ///< end (exclusive), pixels
};

/// Runs of ink at least `minLength` pixels long on each of the `lines` lines of `length` pixels of `mask`
/// (row-major, 1 for ink, 0 for none), merged across adjacent lines into segments.
QList<Segment> segments(const uint8_t* mask, int lines, int length, int minLength) {
    QList<Segment> done;
    QList<Segment> open;
    for (int l = 0; l < lines; ++l) {
        const uint8_t* const line = mask + size_t(l) * size_t(length);
        QList<Segment> next;
        // The runs' ends found with memchr: most of a page is blank.
        for (int p = 0; p < length;) {
            const auto* ink = static_cast<const uint8_t*>(std::memchr(line + p, 1, size_t(length - p)));
            if (!ink)
                break;
            const int start = int(ink - line);
            const auto* blank = static_cast<const uint8_t*>(std::memchr(ink, 0, size_t(length - start)));
            p = blank ? int(blank - line) : length;
            if (p - start < minLength)
                continue;
            Segment run{l, l, start, p};
            for (qsizetype k = 0; k < open.size(); ++k) {
                const Segment& s = open.at(k);
                const int overlap = std::min(s.b, p) - std::max(s.a, start);
                if (overlap >= 0.8 * std::min(s.b - s.a, p - start)) {
                    run = Segment{s.firstLine, l, std::min(s.a, start), std::max(s.b, p)};
                    open.removeAt(k);
                    break;
                }
            }
            next.append(run);
        }
        done.append(open);
        open = next;
    }
    done.append(open);
    return done;
}

double medianHeight(const QList<WordBox>& words) {
    std::vector<double> h;
    h.reserve(size_t(words.size()));
    for (const WordBox& w : words)
        if (w.box.height() > 0)
            h.push_back(w.box.height());
    if (h.empty())
        return 10.0;
    std::nth_element(h.begin(), h.begin() + h.size() / 2, h.end());
    return h[h.size() / 2];
}

/// Sorted values with neighbours closer than `tolerance` merged into their mean.
QList<double> cluster(QList<double> values, double tolerance) {
    std::sort(values.begin(), values.end());
    QList<double> out;
    double sum = 0;
    int n = 0;
    for (double v : values) {
        if (n > 0 && v - sum / n > tolerance) {
            out.append(sum / n);
            sum = 0;
            n = 0;
        }
        sum += v;
        ++n;
    }
    if (n > 0)
        out.append(sum / n);
    return out;
}

int findRoot(std::vector<int>& parent, int i) {
    while (parent[size_t(i)] != i) {
        parent[size_t(i)] = parent[size_t(parent[size_t(i)])];
        i = parent[size_t(i)];
    }
    return i;
}

int indexOfInterval(const QList<double>& edges, double v) {
    for (qsizetype i = 0; i + 1 < edges.size(); ++i)
        if (v >= edges.at(i) && v < edges.at(i + 1))
            return int(i);
    return -1;
}

} // namespace

bool PdfTableDetector::mayHoldTable(const QList<WordBox>& words) {
    const double unit = medianHeight(words);
    std::vector<int> all(size_t(words.size()));
    std::iota(all.begin(), all.end(), 0);
    int gappy = 0;
    for (const TextLine& line : PdfReadingOrder::lines(words, all.data(), qsizetype(all.size()))) {
        for (qsizetype k = 1; k < line.words.size(); ++k) {
            if (words.at(line.words.at(k)).box.left() - words.at(line.words.at(k - 1)).box.right() >
                1.5 * unit) {
                ++gappy;
                break;
            }
        }
        if (gappy >= 2)
            return true;
    }
    return false;
}

QList<PdfRuling> PdfTableDetector::rulings(const GrayImage& page, double scale,
                                           const QList<WordBox>& words) const {
    const int w = page.width;
    const int h = page.height;
    if (w <= 0 || h <= 0 || scale <= 0)
        return {};
    std::vector<uint8_t> dark(size_t(w) * size_t(h), 0);
    for (int y = 0; y < h; ++y) {
        const uint8_t* line = page.row(y);
        for (int x = 0; x < w; ++x)
            dark[size_t(y) * w + x] = line[x] < darkThreshold ? 1 : 0;
    }
    // Blank the glyphs: their strokes are not rulings. Shrink the boxes a little vertically, since a ruling
    // under a line of text may touch the box's descent.
    for (const WordBox& word : words) {
        const QRectF r = word.box.adjusted(0, 0.15 * word.box.height(), 0, -0.15 * word.box.height());
        const int x0 = std::clamp(int(r.left() * scale), 0, w);
        const int x1 = std::clamp(int(r.right() * scale) + 1, 0, w);
        const int y0 = std::clamp(int(r.top() * scale), 0, h);
        const int y1 = std::clamp(int(r.bottom() * scale) + 1, 0, h);
        for (int y = y0; y < y1; ++y)
            std::fill(dark.begin() + size_t(y) * w + x0, dark.begin() + size_t(y) * w + x1, 0);
    }
    // Vertical rulings are found as horizontal ones in the transposed mask (one column a line).
    std::vector<uint8_t> columns(dark.size());
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
            columns[size_t(x) * size_t(h) + size_t(y)] = dark[size_t(y) * size_t(w) + size_t(x)];
    QList<PdfRuling> out;
    const double maxThick = maxThickness * scale;
    for (const bool horizontal : {true, false}) {
        const int minLength = std::max(3, int((horizontal ? minRulingLength : minVerticalLength) * scale));
        const QList<Segment> found =
            horizontal ? segments(dark.data(), h, w, minLength) : segments(columns.data(), w, h, minLength);
        for (const Segment& s : found) {
            const int thickness = s.lastLine - s.firstLine + 1;
            if (thickness > maxThick)
                continue;
            PdfRuling r;
            r.horizontal = horizontal;
            r.position = (s.firstLine + s.lastLine + 1) / 2.0 / scale;
            r.from = s.a / scale;
            r.to = s.b / scale;
            r.thickness = thickness / scale;
            out.append(r);
        }
    }
    return out;
}

QList<PdfTable> PdfTableDetector::tables(const QList<PdfRuling>& rulings, const QList<WordBox>& words) const {
    const double unit = medianHeight(words);
    const double tol = 2.0;
    const int n = int(rulings.size());
    std::vector<int> parent(static_cast<size_t>(n));
    std::iota(parent.begin(), parent.end(), 0);
    auto join = [&parent](int a, int b) {
        parent[size_t(findRoot(parent, a))] = findRoot(parent, b);
    };
    for (int i = 0; i < n; ++i) {
        const PdfRuling& a = rulings.at(i);
        for (int j = i + 1; j < n; ++j) {
            const PdfRuling& b = rulings.at(j);
            if (a.horizontal != b.horizontal) {
                const PdfRuling& hr = a.horizontal ? a : b;
                const PdfRuling& vr = a.horizontal ? b : a;
                if (vr.position >= hr.from - tol && vr.position <= hr.to + tol &&
                    hr.position >= vr.from - tol && hr.position <= vr.to + tol)
                    join(i, j);
            } else if (a.horizontal) {
                const double overlap = std::min(a.to, b.to) - std::max(a.from, b.from);
                if (overlap >= 0.5 * std::min(a.to - a.from, b.to - b.from) &&
                    std::abs(a.position - b.position) <= maxRowGap * unit)
                    join(i, j);
            } else {
                // Collinear pieces of one vertical ruling (broken by a blanked word box).
                if (std::abs(a.position - b.position) <= tol &&
                    std::max(a.from, b.from) - std::min(a.to, b.to) <= tol)
                    join(i, j);
            }
        }
    }
    QMap<int, QList<int>> groups;
    for (int i = 0; i < n; ++i)
        groups[findRoot(parent, i)].append(i);

    QList<PdfTable> out;
    for (const QList<int>& group : std::as_const(groups)) {
        QList<double> hPos;
        QList<double> vPos;
        QRectF box;
        for (int i : group) {
            const PdfRuling& r = rulings.at(i);
            const QRectF rr = r.horizontal ? QRectF(r.from, r.position, r.to - r.from, 0.01)
                                           : QRectF(r.position, r.from, 0.01, r.to - r.from);
            box = box.isNull() ? rr : box.united(rr);
            (r.horizontal ? hPos : vPos).append(r.position);
        }
        QList<double> rowEdges = cluster(hPos, tol);
        if (rowEdges.size() < 2)
            continue;
        rowEdges.first() = std::min(rowEdges.first(), box.top());
        rowEdges.last() = std::max(rowEdges.last(), box.bottom());

        QList<int> inside;
        for (int i = 0; i < words.size(); ++i) {
            const QPointF c = words.at(i).box.center();
            if (c.x() > box.left() - tol && c.x() < box.right() + tol && c.y() > rowEdges.first() &&
                c.y() < rowEdges.last())
                inside.append(i);
        }
        if (inside.isEmpty())
            continue;

        // Column edges: vertical rulings inside the table, then whitespace columns of the words (an x
        // crossed by words on at most a quarter of the table's text lines).
        QList<double> separators;
        for (double x : cluster(vPos, 3.0))
            if (x > box.left() + 3 && x < box.right() - 3)
                separators.append(x);
        const QList<TextLine> tableLines = PdfReadingOrder::lines(words, inside);
        const int x0 = int(std::floor(box.left()));
        const int width = int(std::ceil(box.right())) - x0 + 1;
        std::vector<int> crossed(size_t(std::max(width, 1)), 0);
        for (const TextLine& line : tableLines) {
            std::vector<uint8_t> hit(crossed.size(), 0);
            for (int i : line.words) {
                const QRectF& r = words.at(i).box;
                for (int x = std::max(0, int(r.left()) - x0); x < std::min(width, int(r.right()) - x0 + 1);
                     ++x)
                    hit[size_t(x)] = 1;
            }
            for (size_t x = 0; x < crossed.size(); ++x)
                crossed[x] += hit[x];
        }
        const int allowed = int(tableLines.size()) / 4;
        int runStart = -1;
        for (int x = 0; x <= width; ++x) {
            const bool free = x < width && crossed[size_t(x)] <= allowed;
            if (free && runStart < 0)
                runStart = x;
            if (!free && runStart >= 0) {
                // Ignore the margins left and right of all words, and narrow gaps (word spaces).
                const bool margin = runStart == 0 || x == width;
                if (!margin && x - runStart >= 0.5 * unit) {
                    int best = runStart;
                    for (int k = runStart; k < x; ++k)
                        if (crossed[size_t(k)] < crossed[size_t(best)])
                            best = k;
                    double at = x0 + (runStart + x) / 2.0;
                    if (crossed[size_t(best)] > 0)
                        at = x0 + best + 0.5;
                    bool nearRuling = false;
                    for (double s : separators)
                        nearRuling = nearRuling || (s >= x0 + runStart - 3 && s <= x0 + x + 3);
                    if (!nearRuling)
                        separators.append(at);
                }
                runStart = -1;
            }
        }
        std::sort(separators.begin(), separators.end());
        QList<double> columnEdges;
        columnEdges << box.left() << separators << box.right();

        // Rows: the bands between rulings, split per text line when every line of the band is a row.
        QList<double> edges{rowEdges.first()};
        for (qsizetype b = 0; b + 1 < rowEdges.size(); ++b) {
            QList<int> band;
            for (int i : inside) {
                const double cy = words.at(i).box.center().y();
                if (cy >= rowEdges.at(b) && cy < rowEdges.at(b + 1))
                    band.append(i);
            }
            const QList<TextLine> bandLines = PdfReadingOrder::lines(words, band);
            bool split = bandLines.size() >= 2;
            for (const TextLine& line : bandLines) {
                QSet<int> cols;
                for (int i : line.words)
                    cols.insert(indexOfInterval(columnEdges, words.at(i).box.center().x()));
                split = split && cols.size() >= 2;
            }
            if (split)
                for (qsizetype l = 1; l < bandLines.size(); ++l)
                    edges.append((bandLines.at(l - 1).box.bottom() + bandLines.at(l).box.top()) / 2);
            edges.append(rowEdges.at(b + 1));
        }

        // Cells.
        const int rows = int(edges.size()) - 1;
        const int cols = int(columnEdges.size()) - 1;
        QList<QList<QList<int>>> cellWords(rows, QList<QList<int>>(cols));
        for (int i : inside) {
            const QPointF c = words.at(i).box.center();
            const int r = indexOfInterval(edges, c.y());
            const int col = indexOfInterval(columnEdges, c.x());
            if (r >= 0 && col >= 0)
                cellWords[r][col].append(i);
        }
        PdfTable table;
        QList<double> keptRowEdges{edges.first()};
        for (int r = 0; r < rows; ++r) {
            QStringList row;
            bool any = false;
            for (int col = 0; col < cols; ++col) {
                const QList<int>& ws = cellWords.at(r).at(col);
                any = any || !ws.isEmpty();
                QString text;
                TextBlock block;
                block.lines = PdfReadingOrder::lines(words, ws);
                text = PdfReadingOrder::text(words, {block}).trimmed();
                text.replace(QLatin1Char('\n'), QLatin1Char(' '));
                row.append(text);
            }
            if (any) {
                table.cells.append(row);
                keptRowEdges.append(edges.at(r + 1));
            } else if (!table.cells.isEmpty()) {
                keptRowEdges.last() = edges.at(r + 1);
            } else {
                keptRowEdges.first() = edges.at(r + 1);
            }
        }
        table.rowEdges = keptRowEdges;
        table.columnEdges = columnEdges;
        table.box = QRectF(QPointF(columnEdges.first(), rowEdges.first()),
                           QPointF(columnEdges.last(), rowEdges.last()));
        if (table.rows() * table.columns() < 2)
            continue;
        out.append(table);
    }
    std::sort(out.begin(), out.end(),
              [](const PdfTable& a, const PdfTable& b) { return a.box.top() < b.box.top(); });
    return out;
}

namespace {

struct Span {
    double left = 0;
    double right = 0;
};

/// The whitespace gaps inside the union of `spans` (sorted by left), at least `minWidth` wide.
QList<Span> unionGaps(QList<Span> spans, double minWidth) {
    std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) { return a.left < b.left; });
    QList<Span> gaps;
    if (spans.isEmpty())
        return gaps;
    double reach = spans.first().right;
    for (qsizetype i = 1; i < spans.size(); ++i) {
        if (spans.at(i).left - reach >= minWidth)
            gaps.append(Span{reach, spans.at(i).left});
        reach = std::max(reach, spans.at(i).right);
    }
    return gaps;
}

/// The largest number of `values` within `tolerance` of one of them.
int largestAlignedGroup(const QList<double>& values, double tolerance) {
    int best = 0;
    for (double v : values) {
        int n = 0;
        for (double w : values)
            n += std::abs(v - w) <= tolerance ? 1 : 0;
        best = std::max(best, n);
    }
    return best;
}

} // namespace

QList<PdfTable> PdfTableDetector::streamTables(const QList<WordBox>& words,
                                               const QList<QRectF>& taken) const {
    const double unit = medianHeight(words);
    QList<int> free;
    for (int i = 0; i < words.size(); ++i) {
        const QRectF& r = words.at(i).box;
        // Only horizontal text: a word of two or more characters taller than it is wide runs vertically
        // (rotated text), and stacks of such words are not rows.
        if (r.isEmpty() || (words.at(i).text.size() >= 2 && r.height() > r.width()))
            continue;
        bool inTable = false;
        for (const QRectF& t : taken)
            inTable = inTable || t.contains(r.center());
        if (!inTable)
            free.append(i);
    }
    const QList<TextLine> lines = PdfReadingOrder::lines(words, free);
    // Chunks of each line: runs of words closer than minCellGap.
    QList<QList<Span>> chunks(lines.size());
    for (qsizetype l = 0; l < lines.size(); ++l) {
        for (int i : lines.at(l).words) {
            const QRectF& r = words.at(i).box;
            QList<Span>& c = chunks[l];
            if (!c.isEmpty() && r.left() - c.last().right <= minCellGap * unit)
                c.last().right = std::max(c.last().right, r.right());
            else
                c.append(Span{r.left(), r.right()});
        }
    }
    auto gapsOf = [&](qsizetype from, qsizetype to) {
        QList<Span> spans;
        for (qsizetype l = from; l <= to; ++l)
            spans.append(chunks.at(l));
        return unionGaps(spans, 0.5 * unit);
    };

    QList<PdfTable> out;
    qsizetype first = 0;
    while (first < lines.size()) {
        if (chunks.at(first).size() < 3) {
            ++first;
            continue;
        }
        qsizetype last = first;
        QList<Span> gaps = gapsOf(first, first);
        while (last + 1 < lines.size()) {
            const qsizetype next = last + 1;
            if (chunks.at(next).size() < 2 ||
                lines.at(next).box.top() - lines.at(last).box.bottom() > maxStreamRowGap * unit)
                break;
            const QList<Span> g = gapsOf(first, next);
            if (g.size() < 2)
                break;
            gaps = g;
            last = next;
        }
        if (last - first + 1 < 3 || gaps.size() < 2) {
            ++first;
            continue;
        }

        // Cells: one row per line, one column per gap.
        QList<double> columnEdges;
        double left = lines.at(first).box.left();
        double right = lines.at(first).box.right();
        for (qsizetype l = first; l <= last; ++l) {
            left = std::min(left, lines.at(l).box.left());
            right = std::max(right, lines.at(l).box.right());
        }
        columnEdges << left;
        for (const Span& g : std::as_const(gaps))
            columnEdges << (g.left + g.right) / 2;
        columnEdges << right;
        const int cols = int(columnEdges.size()) - 1;
        const int rows = int(last - first + 1);
        QList<QList<QList<int>>> cellWords(rows, QList<QList<int>>(cols));
        for (int r = 0; r < rows; ++r)
            for (int i : lines.at(first + r).words) {
                const int c = indexOfInterval(columnEdges, words.at(i).box.center().x());
                cellWords[r][std::clamp(c, 0, cols - 1)].append(i);
            }

        // Text edges, rows that fill three columns, and no prose column.
        bool ok = true;
        int fullRows = 0;
        for (int r = 0; r < rows; ++r) {
            int filled = 0;
            for (int c = 0; c < cols; ++c)
                filled += cellWords.at(r).at(c).isEmpty() ? 0 : 1;
            fullRows += filled >= 3 ? 1 : 0;
        }
        ok = fullRows >= 3;
        for (int c = 0; c < cols && ok; ++c) {
            QList<double> lefts;
            QList<double> rights;
            QList<double> centres;
            QList<int> wordCounts;
            for (int r = 0; r < rows; ++r) {
                const QList<int>& ws = cellWords.at(r).at(c);
                if (ws.isEmpty())
                    continue;
                QRectF box;
                int n = 0;
                for (int i : ws) {
                    box = box.isNull() ? words.at(i).box : box.united(words.at(i).box);
                    n += int(words.at(i).text.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
                }
                lefts << box.left();
                rights << box.right();
                centres << box.center().x();
                wordCounts << n;
            }
            const int need = std::min(3, int(lefts.size()));
            const double tol = 2.0;
            ok = lefts.size() >= 2 &&
                 std::max({largestAlignedGroup(lefts, tol), largestAlignedGroup(rights, tol),
                           largestAlignedGroup(centres, tol)}) >= need;
            if (ok) {
                std::nth_element(wordCounts.begin(), wordCounts.begin() + wordCounts.size() / 2,
                                 wordCounts.end());
                ok = wordCounts.at(wordCounts.size() / 2) < maxCellWords;
            }
        }
        if (!ok) {
            ++first;
            continue;
        }

        PdfTable table;
        table.columnEdges = columnEdges;
        table.rowEdges << lines.at(first).box.top();
        for (qsizetype l = first + 1; l <= last; ++l)
            table.rowEdges << (lines.at(l - 1).box.bottom() + lines.at(l).box.top()) / 2;
        table.rowEdges << lines.at(last).box.bottom();
        for (int r = 0; r < rows; ++r) {
            QStringList row;
            for (int c = 0; c < cols; ++c) {
                TextBlock block;
                block.lines = PdfReadingOrder::lines(words, cellWords.at(r).at(c));
                row << PdfReadingOrder::text(words, {block})
                           .trimmed()
                           .replace(QLatin1Char('\n'), QLatin1Char(' '));
            }
            table.cells << row;
        }
        table.box = QRectF(QPointF(columnEdges.first(), table.rowEdges.first()),
                           QPointF(columnEdges.last(), table.rowEdges.last()));
        out.append(table);
        first = last + 1;
    }
    return out;
}

} // namespace sluice
