// Reading order (PdfReadingOrder, recursive X-Y cut) on word boxes and on a two-column PDF page written by
// the test with QPdfWriter: the title across both columns, then column one top to bottom, then column two.

#include "../stages/stage_test_util.h"
#include "documents/pdf_page_extractor.h"
#include "documents/pdf_reading_order.h"
#include "stages/pdf_stage.h"

#include <QFont>
#include <QJsonArray>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>

using namespace sluice;

namespace {

WordBox word(const QString& text, double x, double y, double w = 40, double h = 12) {
    return WordBox{text, QRectF(x, y, w, h), true};
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

    void searchTextIsNfkc() {
        // searchText normalises only the lines that need it; the result is Qt's NFKC of the whole text.
        QCOMPARE(searchText(QString::fromUtf8("scienti\xef\xac\x81"
                                              "c method\nplain line")),
                 QStringLiteral("scientific method\nplain line"));
        QCOMPARE(searchText(QStringLiteral("only ASCII\n\tand tabs")),
                 QStringLiteral("only ASCII\n\tand tabs"));
        for (const QString& s :
             {QString(), QString::fromUtf8("e\xcc\x81 at the start\nx\xc2\xb2 \xc2\xbd\xc2\xa0no-break"),
              QString::fromUtf8("line\n\xcc\x81"
                                "combining mark after a break\n\xef\xbc\xa1\xef\xbc\x91"),
              QString::fromUtf8("\xe8\xb7\xaf\xe6\xae\xb5\n\n\xe2\x84\xab trailing")})
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
