#include "pdf_page_extractor.h"

#include "pdf_page_raster.h"
#include "pdf_reading_order.h"
#include "pdf_text_layer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>
#include <cstring>
#include <numeric>

namespace sluice {

namespace {

/// Calls `f` with each whitespace-separated token of `text` (views into it).
template <typename F> void forEachToken(const QString& text, F f) {
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool space = i == text.size() || text.at(i).isSpace();
        if (space && start >= 0) {
            f(QStringView(text).mid(start, i - start));
            start = -1;
        } else if (!space && start < 0) {
            start = i;
        }
    }
}

double round2(double v) {
    return std::round(v * 100.0) / 100.0;
}

/// U+FFFD or a control character (general category Cc: U+0000–U+001F, U+007F–U+009F) that is not a space.
bool isUnmapped(QChar c) {
    const char16_t u = c.unicode();
    return u == QChar::ReplacementCharacter || ((u < 0x20 || (u >= 0x7F && u <= 0x9F)) && !c.isSpace());
}

/// The counts of `text` the page JSON holds, in one pass: code points (a surrogate pair counts once, as
/// codePointCount), words (runs of non-space characters, as wordCount), characters that are not white space
/// (UTF-16 units) and those of them that are unmapped (isUnmapped).
struct TextCounts {
    qint64 chars = 0;
    qint64 words = 0;
    int visible = 0;
    int unmapped = 0;
};

TextCounts countText(const QString& text) {
    TextCounts n;
    const QChar* p = text.constData();
    const qsizetype size = text.size();
    qsizetype pairs = 0;
    bool inWord = false;
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = p[i];
        const char16_t u = c.unicode();
        if (u > 0x20 && u < 0x7F) {
            ++n.visible;
            n.words += inWord ? 0 : 1;
            inWord = true;
            continue;
        }
        if (c.isSpace()) {
            inWord = false;
            continue;
        }
        ++n.visible;
        n.words += inWord ? 0 : 1;
        inWord = true;
        n.unmapped += isUnmapped(c) ? 1 : 0;
        if (c.isHighSurrogate() && i + 1 < size && p[i + 1].isLowSurrogate())
            ++pairs;
    }
    n.chars = size - pairs;
    return n;
}

} // namespace

double pointsToMm(double points) {
    return std::round(points * 25.4 / 72.0 * 10.0) / 10.0;
}

QString searchText(const QString& text) {
    // A space, a tab and a line break are their own NFKC form, and no character composes with one before it:
    // there is a normalisation boundary before each of them (UAX #15), so the text can be normalised piece
    // by piece, each piece from one of them to the next. Characters below U+00A0 are their own NFKC form
    // and combine with nothing before them: only the pieces holding another character (usually one word)
    // go through Qt's NFKC.
    const QChar* const chars = text.constData();
    const qsizetype size = text.size();
    QString out;
    qsizetype done = 0; // text[0, done) is in `out`
    qsizetype pieceStart = 0;
    bool plain = true;
    for (qsizetype i = 0; i <= size; ++i) {
        const char16_t u = i < size ? chars[i].unicode() : u'\n';
        if (u == u' ' || u == u'\n' || u == u'\t') {
            if (!plain) {
                if (out.isNull())
                    out.reserve(size + 16);
                out += QStringView(text).mid(done, pieceStart - done);
                out += text.mid(pieceStart, i - pieceStart).normalized(QString::NormalizationForm_KC);
                done = i;
            }
            pieceStart = i;
            plain = true;
        } else if (u >= 0xA0) {
            plain = false;
        }
    }
    if (done == 0)
        return text;
    out += QStringView(text).mid(done);
    return out;
}

int PdfPageContent::replacementChars() const {
    return countText(text).unmapped;
}

bool PdfPageContent::needsOcr() const {
    const TextCounts n = countText(text);
    return n.visible == 0 || n.unmapped * 2 > n.visible;
}

QJsonObject PdfPageContent::toJson(bool withWordBoxes, Totals* totals) const {
    const TextCounts n = countText(text);
    Totals own;
    Totals& t = totals ? *totals : own;
    t.searchText = searchText(text);
    t.chars = n.chars;
    t.words = n.words;
    t.replacementChars = n.unmapped;
    t.needsOcr = n.visible == 0 || n.unmapped * 2 > n.visible;
    QJsonObject p;
    p.insert(QStringLiteral("number"), number);
    if (!error.isEmpty())
        p.insert(QStringLiteral("error"), error);
    p.insert(QStringLiteral("width_pt"), round2(sizePt.width()));
    p.insert(QStringLiteral("height_pt"), round2(sizePt.height()));
    p.insert(QStringLiteral("width_mm"), pointsToMm(sizePt.width()));
    p.insert(QStringLiteral("height_mm"), pointsToMm(sizePt.height()));
    p.insert(QStringLiteral("rotation"), rotation);
    p.insert(QStringLiteral("text"), text);
    p.insert(QStringLiteral("text_source"), textSource);
    p.insert(QStringLiteral("search_text"), t.searchText);
    p.insert(QStringLiteral("chars"), t.chars);
    p.insert(QStringLiteral("words"), t.words);
    p.insert(QStringLiteral("lines"), lineCount);
    p.insert(QStringLiteral("blocks"), int(blocks.size()));
    p.insert(QStringLiteral("replacement_chars"), t.replacementChars);
    p.insert(QStringLiteral("needs_ocr"), t.needsOcr);
    p.insert(QStringLiteral("tables"), int(tables.size()));
    p.insert(QStringLiteral("words_outside_page"), wordsOutsidePage);
    if (withWordBoxes) {
        QJsonArray boxes;
        for (const WordBox& w : words)
            boxes.append(QJsonArray{w.text, round2(w.box.x()), round2(w.box.y()), round2(w.box.width()),
                                    round2(w.box.height())});
        p.insert(QStringLiteral("word_boxes"), boxes);
    }
    return p;
}

QJsonObject PdfPageContent::tableJson(int index) const {
    const PdfTable& t = tables.at(index);
    QJsonObject o;
    o.insert(QStringLiteral("page"), number);
    o.insert(QStringLiteral("index"), index + 1);
    o.insert(QStringLiteral("bbox"),
             QJsonArray{round2(t.box.x()), round2(t.box.y()), round2(t.box.width()), round2(t.box.height())});
    o.insert(QStringLiteral("rows"), t.rows());
    o.insert(QStringLiteral("columns"), t.columns());
    QJsonArray rowEdges;
    for (double v : t.rowEdges)
        rowEdges.append(round2(v));
    QJsonArray columnEdges;
    for (double v : t.columnEdges)
        columnEdges.append(round2(v));
    o.insert(QStringLiteral("row_edges"), rowEdges);
    o.insert(QStringLiteral("column_edges"), columnEdges);
    QJsonArray cells;
    for (const QStringList& row : t.cells)
        cells.append(QJsonArray::fromStringList(row));
    o.insert(QStringLiteral("cells"), cells);
    return o;
}

PdfPageContent PdfPageExtractor::extract(const PdfTextDocument& text, int index) const {
    PdfPageContent c;
    c.number = index + 1;
    if (!text.hasPage(index)) {
        c.error =
            QCoreApplication::translate("sluice::PdfPageExtractor", "page %1 cannot be read").arg(c.number);
        return c;
    }
    c.sizePt = text.pageSize(index);
    c.rotation = text.rotation(index);
    const QRectF pageRect(QPointF(0, 0), c.sizePt);
    c.words = text.words(index);
    for (const WordBox& w : std::as_const(c.words))
        if (!w.box.isEmpty() && !pageRect.intersects(w.box))
            ++c.wordsOutsidePage;

    const bool lookForTables = tableMode == PdfTableMode::Always ||
                               (tableMode == PdfTableMode::Auto && PdfTableDetector::mayHoldTable(c.words));
    if (lookForTables && !c.words.isEmpty()) {
        // Bounded: a huge page is rendered at a lower scale so the image stays under 12 megapixels.
        double scale = tableScale;
        const double area = c.sizePt.width() * c.sizePt.height();
        if (area * scale * scale > 12e6)
            scale = std::sqrt(12e6 / area);
        const GrayImage image = renderPageGray(text, index, 72.0 * scale);
        const PdfTableDetector detector;
        if (!image.isNull())
            c.tables = detector.tables(detector.rulings(image, scale, c.words), c.words);
        // Then tables without rulings among the words left over.
        QList<QRectF> taken;
        for (const PdfTable& t : std::as_const(c.tables))
            taken << t.box;
        c.tables << detector.streamTables(c.words, taken);
        std::sort(c.tables.begin(), c.tables.end(),
                  [](const PdfTable& a, const PdfTable& b) { return a.box.top() < b.box.top(); });
    }

    // Reading order with each table as one block read row by row (cells separated by tabs): the words of a
    // table are replaced by one pseudo-word covering it, so the X-Y cut keeps the table in one piece.
    // `layoutOf` maps each word to its index in the words laid out, -1 for a word in a table; a page without
    // tables lays out its words as they are.
    QList<WordBox> ordered;
    std::vector<int> layoutOf(size_t(c.words.size()));
    if (!c.tables.isEmpty()) {
        ordered.reserve(c.words.size());
        for (qsizetype k = 0; k < c.words.size(); ++k) {
            const WordBox& w = c.words.at(k);
            bool inTable = false;
            for (const PdfTable& t : std::as_const(c.tables))
                inTable = inTable || t.box.contains(w.box.center());
            layoutOf[size_t(k)] = inTable ? -1 : int(ordered.size());
            if (!inTable)
                ordered.append(w);
        }
        for (const PdfTable& t : std::as_const(c.tables)) {
            QStringList rows;
            for (const QStringList& row : t.cells)
                rows << row.join(QLatin1Char('\t'));
            ordered.append(WordBox{rows.join(QLatin1Char('\n')), t.box, true});
        }
    } else {
        std::iota(layoutOf.begin(), layoutOf.end(), 0);
    }
    const QList<WordBox>& laidOut = c.tables.isEmpty() ? c.words : ordered;
    c.blocks = PdfReadingOrder().blocks(laidOut);
    std::vector<qsizetype> starts;
    c.text = PdfReadingOrder::text(laidOut, c.blocks, &starts);
    // Safety net: the layout analysis must not lose or break up words. Every word poppler found on the page
    // (the text boxes above) that stands alone — a space before and after it — must come out of the
    // reading order whole; words joined to a neighbour (CJK runs, hyphenation) and a table's words (joined
    // into cell text) are not checked one by one. When more than 1 % are missing, poppler's own text of the
    // whole page is kept instead (a square over the larger side, so rotated pages are covered). Checked
    // against the boxes already in hand, so poppler lays out the page a second time only then.
    // First the common case: each such word sits in the text between white space (or the text's ends), so
    // its tokens are tokens of the text, each at a place of its own — none is missing.
    const auto isWhole = [&c](qsizetype at, qsizetype size) {
        const qsizetype end = at + size;
        return at >= 0 &&
               (size == 0 ||
                ((at == 0 || c.text.at(at - 1).isSpace() || c.text.at(at).isSpace()) &&
                 (end == c.text.size() || c.text.at(end).isSpace() || c.text.at(end - 1).isSpace())));
    };
    bool allWhole = true;
    bool spaceBefore = true;
    for (qsizetype k = 0; k < c.words.size() && allWhole; ++k) {
        const WordBox& word = c.words.at(k);
        const bool standalone = spaceBefore && word.spaceAfter;
        spaceBefore = word.spaceAfter;
        const int at = layoutOf[size_t(k)];
        if (standalone && at >= 0)
            allWhole = isWhole(starts[size_t(at)], word.text.size());
    }
    // Otherwise the standalone words' tokens that the text lacks: a multiset difference of two sorted lists.
    std::vector<QStringView> have;
    std::vector<QStringView> need;
    if (!allWhole) {
        have.reserve(size_t(c.words.size()) + 16);
        need.reserve(size_t(c.words.size()));
        forEachToken(c.text, [&have](QStringView w) { have.push_back(w); });
        spaceBefore = true;
        for (qsizetype k = 0; k < c.words.size(); ++k) {
            const WordBox& word = c.words.at(k);
            const bool standalone = spaceBefore && word.spaceAfter;
            spaceBefore = word.spaceAfter;
            if (standalone && layoutOf[size_t(k)] >= 0)
                forEachToken(word.text, [&need](QStringView w) { need.push_back(w); });
        }
    }
    // Any strict order does for a multiset difference: by length, then by the UTF-16 bytes.
    const auto less = [](QStringView a, QStringView b) {
        if (a.size() != b.size())
            return a.size() < b.size();
        return std::memcmp(a.data(), b.data(), size_t(a.size()) * sizeof(QChar)) < 0;
    };
    std::sort(have.begin(), have.end(), less);
    std::sort(need.begin(), need.end(), less);
    const int total = int(need.size());
    int missing = 0;
    for (size_t h = 0, n = 0; n < need.size();) {
        if (h == have.size() || less(need[n], have[h])) {
            ++missing;
            ++n;
        } else if (less(have[h], need[n])) {
            ++h;
        } else {
            ++h;
            ++n;
        }
    }
    if (total > 0 && missing * 100 > total) {
        const qreal side = qMax(c.sizePt.width(), c.sizePt.height()) + 1.0;
        const QString plain = text.physicalText(index, side);
        c.text = plain;
        c.textSource = QStringLiteral("poppler");
        c.lineCount = int(plain.count(QLatin1Char('\n'))) + 1;
        return c;
    }
    // Lines as read: one per line of a block, one per row of a table.
    for (const TextBlock& block : std::as_const(c.blocks))
        for (const TextLine& line : block.lines) {
            int rows = 1;
            for (int i : line.words) {
                const QString& t = laidOut.at(i).text;
                rows = std::max(rows, int(std::count(t.cbegin(), t.cend(), QLatin1Char('\n'))) + 1);
            }
            c.lineCount += rows;
        }
    return c;
}

} // namespace sluice
