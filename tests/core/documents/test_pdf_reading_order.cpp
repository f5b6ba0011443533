// Reading order (PdfReadingOrder, recursive X-Y cut) on word boxes and on a two-column PDF page written by
// the test with QPdfWriter: the title across both columns, then column one top to bottom, then column two.

#include "../stages/stage_test_util.h"
#include "documents/pdf_page_extractor.h"
#include "documents/pdf_reading_order.h"
#include "documents/pdf_text_layer.h"
#include "stages/pdf_stage.h"

#include <QFont>
#include <QJsonArray>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <cstring>

using namespace sluice;

namespace {

WordBox word(const QString& text, double x, double y, double w = 40, double h = 12) {
    return WordBox{text, QRectF(x, y, w, h), true};
}

/// The words of every page of the test PDFs that have a text layer, as poppler reads them.
QList<QList<WordBox>> testPages() {
    QList<QList<WordBox>> pages;
    for (const char* file : {"issue-598-example.pdf", "issue-336-example.pdf", "issue-463-example.pdf",
                             "issue-71-duplicate-chars.pdf", "nics-background-checks-2015-11-rotated.pdf",
                             "shared-fonts-3-pages.pdf"}) {
        const std::unique_ptr<PdfTextDocument> doc =
            PdfTextDocument::open(test::data(QStringLiteral("pdf/") + QLatin1String(file)), {});
        for (int i = 0; doc && i < doc->pageCount(); ++i)
            pages << doc->words(i);
    }
    return pages;
}

/// Whether two rectangles hold the same four doubles, bit for bit (QRectF::operator== is fuzzy).
bool sameBits(const QRectF& a, const QRectF& b) {
    const double x[4] = {a.x(), a.y(), a.width(), a.height()};
    const double y[4] = {b.x(), b.y(), b.width(), b.height()};
    return std::memcmp(x, y, sizeof x) == 0;
}

QStringList lines(const QString& text) {
    QStringList out = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (QString& l : out)
        l = l.trimmed();
    return out;
}

} // namespace

class TestPdfReadingOrder : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void singleColumn() {
        const QList<WordBox> words{word("world", 60, 10), word("Hello", 10, 10), word("again", 10, 30)};
        const PdfReadingOrder order;
        QCOMPARE(lines(PdfReadingOrder::text(words, order.blocks(words))),
                 (QStringList{"Hello world", "again"}));
    }

    void twoColumnsWithTitle() {
        // Column lines at the same heights in both columns: a line-by-line reader would interleave them.
        QList<WordBox> words{word("Title", 150, 10, 60, 16), word("across", 215, 10, 60, 16),
                             word("columns", 280, 10, 80, 16)};
        for (int i = 0; i < 4; ++i) {
            words << word(QStringLiteral("left%1").arg(i), 20, 60 + 15 * i, 150);
            words << word(QStringLiteral("right%1").arg(i), 250, 60 + 15 * i, 150);
        }
        const PdfReadingOrder order;
        QCOMPARE(lines(PdfReadingOrder::text(words, order.blocks(words))),
                 (QStringList{"Title across columns", "left0", "left1", "left2", "left3", "right0", "right1",
                              "right2", "right3"}));
    }

    void cjkWordsWithoutSpaces() {
        QList<WordBox> words{word(QString::fromUtf8("路段"), 10, 10, 20),
                             word(QString::fromUtf8("交通"), 30, 10, 20)};
        words[0].spaceAfter = false;
        QCOMPARE(PdfReadingOrder::text(words, PdfReadingOrder().blocks(words)),
                 QString::fromUtf8("路段交通\n"));
    }

    void textStartsOfWords() {
        // PdfReadingOrder::text reports where each word's text starts; on real pages every word is in
        // exactly one line and its text is at that offset.
        const QList<QList<WordBox>> pages = testPages();
        QVERIFY(pages.size() >= 8);
        for (const QList<WordBox>& words : pages) {
            const QList<TextBlock> blocks = PdfReadingOrder().blocks(words);
            std::vector<qsizetype> starts;
            const QString text = PdfReadingOrder::text(words, blocks, &starts);
            QCOMPARE(text, PdfReadingOrder::text(words, blocks));
            QCOMPARE(qsizetype(starts.size()), words.size());
            QList<int> seen(words.size(), 0);
            for (const TextBlock& block : blocks)
                for (const TextLine& line : block.lines)
                    for (int i : line.words)
                        ++seen[i];
            for (qsizetype i = 0; i < words.size(); ++i) {
                QCOMPARE(seen.at(i), 1);
                QVERIFY(starts[size_t(i)] >= 0);
                QCOMPARE(text.mid(starts[size_t(i)], words.at(i).text.size()), words.at(i).text);
            }
        }
    }

    void uniteBoxIsQRectFUnited() {
        // uniteBox gives the very bits of QRectF::united: on the word boxes of real pages united in turn,
        // and on boxes with zero, negative and mixed sizes.
        for (const QList<WordBox>& words : testPages()) {
            QRectF ours;
            QRectF qt;
            for (const WordBox& w : words) {
                uniteBox(ours, w.box);
                qt = qt.united(w.box);
                QVERIFY(sameBits(ours, qt));
            }
        }
        QRandomGenerator random(7);
        const auto pick = [&random] {
            const double values[] = {0.0, -0.0, 1.5, -2.25, 0.1, 1e-300, 612.0, 1e16, -7.3};
            return random.bounded(3) == 0 ? values[random.bounded(9)] : random.bounded(200.0) - 100.0;
        };
        for (int n = 0; n < 20000; ++n) {
            QRectF a(pick(), pick(), pick(), pick());
            const QRectF b(pick(), pick(), pick(), pick());
            const QRectF expected = a.united(b);
            uniteBox(a, b);
            QVERIFY2(sameBits(a, expected), qPrintable(QString::number(n)));
        }
    }

    void searchTextIsNfkc() {
        // searchText normalises only the pieces that need it; the result is Qt's NFKC of the whole text.
        QCOMPARE(searchText(QString::fromUtf8("scienti\xef\xac\x81"
                                              "c method\nplain line")),
                 QStringLiteral("scientific method\nplain line"));
        QCOMPARE(searchText(QStringLiteral("only ASCII\n\tand tabs")),
                 QStringLiteral("only ASCII\n\tand tabs"));
        for (const QString& s :
             {QString(), QString::fromUtf8("e\xcc\x81 at the start\nx\xc2\xb2 \xc2\xbd\xc2\xa0no-break"),
              QString::fromUtf8("line\n\xcc\x81"
                                "combining mark after a break\n\xef\xbc\xa1\xef\xbc\x91"),
              QString::fromUtf8("\xe8\xb7\xaf\xe6\xae\xb5\n\n\xe2\x84\xab trailing"),
              // It works piece by piece between spaces, tabs and line breaks: combining marks right after
              // them, Hangul jamo and half-width kana that compose, and marks that reorder, next to them.
              QString::fromUtf8("a \xcc\x81"
                                "b\t\xcc\x81"
                                "c \xc2\xa0\xcc\x81 x\xef\xac\x81 \xef\xac\x81\t\xef\xac\x81\n"),
              QString::fromUtf8("\xe1\x84\x80\xe1\x85\xa1 \xe1\x86\xa8 \xe1\x84\x80\xe1\x85\xa1\xe1\x86\xa8"),
              QString::fromUtf8(
                  "\xef\xbd\xb6\xef\xbe\x9e \xef\xbe\x9e\xe3\x82\xab\xe3\x82\x9b q\xcc\xa3\xcc\x87 "
                  "\xe1\xba\x9b\xcc\xa3 \xcc\xa3\xcc\x87")})
            QCOMPARE(searchText(s), s.normalized(QString::NormalizationForm_KC));
    }

    void twoColumnPdfPage() {
        // Field case: a two-column page with a title across both columns, made here with QPdfWriter at 72
        // dpi (1 unit = 1 point) on A4.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("two-columns.pdf"));
        {
            QPdfWriter writer(path);
            writer.setPageSize(QPageSize(QPageSize::A4));
            writer.setResolution(72);
            writer.setPageMargins(QMarginsF(0, 0, 0, 0));
            writer.setTitle(QStringLiteral("Two columns"));
            QPainter painter(&writer);
            QFont title(QStringLiteral("DejaVu Sans"));
            title.setPixelSize(20);
            painter.setFont(title);
            painter.drawText(QPointF(90, 80), QStringLiteral("A Title That Runs Across Both Columns"));
            QFont body(QStringLiteral("DejaVu Sans"));
            body.setPixelSize(11);
            painter.setFont(body);
            const QStringList left{"Column one starts here", "and continues down", "to its last line"};
            const QStringList right{"Column two begins", "beside the first", "and ends the page"};
            for (int i = 0; i < left.size(); ++i) {
                painter.drawText(QPointF(60, 150 + 16 * i), left.at(i));
                painter.drawText(QPointF(320, 150 + 16 * i), right.at(i));
            }
        }
        PdfStage stage;
        const StageResult r = test::run(stage, path);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.output.value("metadata").toObject().value("title").toString(),
                 QStringLiteral("Two columns"));
        // DejaVu Sans sets "fi" as the ligature U+FB01: compare the NFKC search text.
        QCOMPARE(lines(r.output.value("search_text").toString()),
                 (QStringList{"A Title That Runs Across Both Columns", "Column one starts here",
                              "and continues down", "to its last line", "Column two begins",
                              "beside the first", "and ends the page"}));
        QCOMPARE(r.output.value("page_list").toArray().first().toObject().value("lines").toInt(), 7);
    }
};

QTEST_MAIN(TestPdfReadingOrder)
#include "test_pdf_reading_order.moc"
