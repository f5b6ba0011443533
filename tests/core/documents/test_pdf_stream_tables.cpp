// Tables without ruling lines (PdfTableDetector::streamTables, through the pdf stage) on pages written by the
// test with QPdfWriter at 72 dpi (1 unit = 1 point): text set in columns with no line drawn is a table with
// exact cells; prose in two columns, a numbered list and a page header and footer are not.

#include "../stages/stage_test_util.h"
#include "documents/pdf_table_detector.h"
#include "stages/pdf_stage.h"

#include <QFont>
#include <QJsonArray>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace sluice;

namespace {

/// Writes one A4 page to `path`; `draw` paints on it in points.
template <typename F> void writePage(const QString& path, F draw) {
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(72);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter(&writer);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(10);
    painter.setFont(font);
    draw(painter);
}

/// Draws `text` with its right edge at `right` and its baseline at `y`.
void drawRight(QPainter& p, double right, double y, const QString& text) {
    p.drawText(QPointF(right - p.fontMetrics().horizontalAdvance(text), y), text);
}

QList<QStringList> cells(const QJsonObject& table) {
    QList<QStringList> out;
    for (const QJsonValue& row : table.value("cells").toArray()) {
        QStringList r;
        for (const QJsonValue& v : row.toArray())
            r << v.toString();
        out << r;
    }
    return out;
}

} // namespace

class TestPdfStreamTables : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void tableWithoutRulings() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("stream-table.pdf"));
        const QStringList names{"Region", "North", "South", "East", "West", "Total"};
        const QStringList units{"Units", "1,204", "87", "15,330", "642", "17,263"};
        const QStringList prices{"Price", "3.50", "12.00", "0.99", "7.25", "4.12"};
        const QStringList notes{"Note", "new store", "", "online", "closed", "all"};
        writePage(path, [&](QPainter& p) {
            p.drawText(QPointF(60, 80),
                       QStringLiteral("Sales by region in the first quarter, as reported by the"));
            p.drawText(QPointF(60, 94),
                       QStringLiteral("regional offices. The figures below are not audited."));
            for (int r = 0; r < names.size(); ++r) {
                const double y = 130 + 16 * r;
                p.drawText(QPointF(60, y), names.at(r)); // left-aligned
                drawRight(p, 230, y, units.at(r));       // right-aligned numbers
                drawRight(p, 320, y, prices.at(r));
                p.drawText(QPointF(360, y), notes.at(r));
            }
            p.drawText(QPointF(60, 250),
                       QStringLiteral("The totals include the stores that closed during the"));
            p.drawText(QPointF(60, 264),
                       QStringLiteral("quarter and the online shop of the eastern region."));
        });
        PdfStage stage;
        const StageResult r = test::run(stage, path);
        QVERIFY2(r.ok, qPrintable(r.error));
        const QJsonArray tables = r.output.value("tables").toArray();
        QCOMPARE(tables.size(), 1);
        const QJsonObject t = tables.first().toObject();
        QCOMPARE(t.value("page").toInt(), 1);
        QCOMPARE(t.value("rows").toInt(), 6);
        QCOMPARE(t.value("columns").toInt(), 4);
        QList<QStringList> expected;
        for (int i = 0; i < names.size(); ++i)
            expected << QStringList{names.at(i), units.at(i), prices.at(i), notes.at(i)};
        QCOMPARE(cells(t), expected);
        // The box holds the rows (baselines 130–210 pt, 10 px text) and the columns (60 to past 360 pt).
        const QJsonArray bbox = t.value("bbox").toArray();
        QVERIFY(bbox.at(0).toDouble() > 55 && bbox.at(0).toDouble() <= 60);
        QVERIFY(bbox.at(1).toDouble() > 115 && bbox.at(1).toDouble() < 130);
        QVERIFY(bbox.at(1).toDouble() + bbox.at(3).toDouble() > 210);
        QVERIFY(bbox.at(1).toDouble() + bbox.at(3).toDouble() < 225);
        // The prose around it stays prose; the table is read row by row.
        const QString text = r.output.value("text").toString();
        QVERIFY(
            text.contains(QStringLiteral("not audited.\nRegion\tUnits\tPrice\tNote\nNorth\t1,204\t3.50\tnew "
                                         "store\n")));
        QVERIFY(text.contains(QStringLiteral("Total\t17,263\t4.12\tall\nThe totals include")));
    }

    void proseIsNotATable() {
        // Two columns of prose, a numbered list in the first, a page header and a footer of three parts each:
        // none of it is a table, even when every page is examined.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("prose.pdf"));
        const QStringList left{"Rivers carry water from the hills", "to the sea, and on the way they",
                               "cut valleys, move gravel and sand", "and build the plains where most",
                               "people live. Three things matter:"};
        const QStringList list{"1.", "the slope of the river bed,",  "2.", "the amount of water it carries,",
                               "3.", "the size of the stones in it."};
        const QStringList right{"A flood happens when more water",  "arrives than the channel can hold.",
                                "The water then spreads over the",  "plain beside the river, leaves",
                                "fine mud behind and makes the",    "soil rich for farming again.",
                                "Dams and levees hold floods back", "but they also keep the mud from",
                                "reaching the fields that need it."};
        writePage(path, [&](QPainter& p) {
            p.drawText(QPointF(60, 40), QStringLiteral("Earth Science"));
            p.drawText(QPointF(260, 40), QStringLiteral("Chapter 4"));
            drawRight(p, 535, 40, QStringLiteral("Rivers"));
            for (int i = 0; i < left.size(); ++i)
                p.drawText(QPointF(60, 100 + 14 * i), left.at(i));
            for (int i = 0; i < list.size(); i += 2) {
                p.drawText(QPointF(60, 100 + 14 * (left.size() + i / 2)), list.at(i));
                p.drawText(QPointF(80, 100 + 14 * (left.size() + i / 2)), list.at(i + 1));
            }
            for (int i = 0; i < right.size(); ++i)
                p.drawText(QPointF(310, 100 + 14 * i), right.at(i));
            p.drawText(QPointF(60, 800), QStringLiteral("Draft"));
            p.drawText(QPointF(270, 800), QStringLiteral("page 12"));
            drawRight(p, 535, 800, QStringLiteral("2026"));
        });
        PdfStage stage;
        for (const char* mode : {"auto", "always"}) {
            const StageResult r = test::run(stage, path, {{"tables", mode}});
            QVERIFY2(r.ok, qPrintable(r.error));
            QCOMPARE(r.output.value("tables").toArray().size(), 0);
            const QString text = r.output.value("search_text").toString();
            QVERIFY2(text.contains(QStringLiteral("Three things matter:\n1. the slope")), qPrintable(text));
        }
    }

    void detectorOnWordBoxes() {
        // Three aligned rows of three short cells are a table; the same words spread as one prose line each
        // (no column gaps) are not.
        QList<WordBox> words;
        for (int r = 0; r < 3; ++r)
            for (int c = 0; c < 3; ++c)
                words << WordBox{QStringLiteral("r%1c%2").arg(r).arg(c),
                                 QRectF(50 + 100 * c, 100 + 14 * r, 30, 10), true};
        const PdfTableDetector detector;
        const QList<PdfTable> tables = detector.streamTables(words, {});
        QCOMPARE(tables.size(), 1);
        QCOMPARE(tables.first().cells,
                 (QList<QStringList>{
                     {"r0c0", "r0c1", "r0c2"}, {"r1c0", "r1c1", "r1c2"}, {"r2c0", "r2c1", "r2c2"}}));
        QCOMPARE(tables.first().columnEdges.size(), 4);
        // Words already in a ruled table are left to it.
        QCOMPARE(detector.streamTables(words, {QRectF(0, 0, 600, 600)}).size(), 0);
        // Only two rows: not enough.
        QCOMPARE(detector.streamTables(words.mid(0, 6), {}).size(), 0);
        // Three chunks a row with gaps between them, but no cells aligned on a left, right or centre edge
        // (each row shifted by 12 pt): no text edges, no table.
        QList<WordBox> staggered;
        for (int r = 0; r < 3; ++r)
            for (int c = 0; c < 3; ++c)
                staggered << WordBox{QStringLiteral("s"), QRectF(50 + 100 * c + 12 * r, 100 + 14 * r, 30, 10),
                                     true};
        QCOMPARE(detector.streamTables(staggered, {}).size(), 0);
        QList<WordBox> prose;
        for (int r = 0; r < 3; ++r)
            for (int c = 0; c < 9; ++c)
                prose << WordBox{QStringLiteral("w"), QRectF(50 + 35 * c + 3 * r, 100 + 14 * r, 30, 10),
                                 true};
        QCOMPARE(detector.streamTables(prose, {}).size(), 0);
    }
};

QTEST_MAIN(TestPdfStreamTables)
#include "test_pdf_stream_tables.moc"
