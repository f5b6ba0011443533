// The `ocr` stage on scanned PDFs from the field (tests/data/ocr, from OCRmyPDF's test resources): a
// page drawn in all four orientations, an old book page with an illustration, and an image drawn at
// 200 × 100 dpi with a soft mask. One searchable PDF for the whole document.

#include "ocr_test_util.h"
#include "stage_test_util.h"
#include "stages/ocr_stage.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <poppler-qt6.h>

using namespace sluice;

namespace {

/// Keeps every progress report.
class RecordingFeedback : public Feedback {
public:
    QList<double> reports;
    void setProgress(double percent) override {
        Feedback::setProgress(percent);
        reports.append(percent);
    }
};

StageResult runOcr(const QString& file, const QJsonObject& params, const QString& resultDir = {},
                   Feedback* feedback = nullptr) {
    OcrStage stage;
    Item item = Item::fromPath(test::data(file));
    item.resultDir = resultDir;
    Feedback local;
    return stage.process(item, StageRegistry::withDefaults(stage, params), feedback ? *feedback : local);
}

QJsonObject stepOf(const QJsonObject& page, const QString& name) {
    for (const QJsonValue& s : page.value(QStringLiteral("preprocessing")).toArray()) {
        if (s.toObject().value(QStringLiteral("step")).toString() == name)
            return s.toObject();
    }
    return {};
}

} // namespace

class TestOcrFieldPdf : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cardinalFourOrientations();
    void oldBookPage();
    void aspect();
    void noBlankWords();
};

void TestOcrFieldPdf::cardinalFourOrientations() {
    QTemporaryDir out;
    RecordingFeedback progress;
    const StageResult r = runOcr(QStringLiteral("ocr/cardinal.pdf"),
                                 {{"pdf_dpi", 150},
                                  {"upscale", false},
                                  {"outputs", QJsonArray{"pdf", "tsv"}},
                                  {"keep_preprocessed", false}},
                                 out.path(), &progress);
    QVERIFY2(r.ok, qPrintable(r.error));
    const QJsonArray pages = r.output.value(QStringLiteral("pages")).toArray();
    QCOMPARE(pages.size(), 4);
    QCOMPARE(r.output.value(QStringLiteral("stats")).toObject().value(QStringLiteral("pages")).toInt(), 4);
    // Progress per page: reaches 25, 50, 75 and 100 % at the page ends, with reports within pages.
    for (double mark : {25.0, 50.0, 75.0, 100.0})
        QVERIFY(progress.reports.contains(mark));
    QVERIFY(progress.reports.size() > 8);
    // The scan is drawn upright, then turned 90° clockwise, 180° and 270°: each is turned back.
    const int expectedTurn[4] = {0, 270, 180, 90};
    for (int i = 0; i < 4; ++i) {
        const QJsonObject page = pages[i].toObject();
        QCOMPARE(page.value(QStringLiteral("page")).toInt(), i + 1);
        QCOMPARE(page.value(QStringLiteral("dpi")).toInt(), 150);
        QCOMPARE(page.value(QStringLiteral("source_image")).toString(), QString());
        QCOMPARE(stepOf(page, QStringLiteral("orientation")).value(QStringLiteral("rotation_deg")).toInt(),
                 expectedTurn[i]);
        const QString text = page.value(QStringLiteral("text")).toString();
        QVERIFY2(text.contains(QStringLiteral("32 Track MIDI Sequence Recorder")),
                 qPrintable(text.left(300)));
        QVERIFY(page.value(QStringLiteral("mean_confidence")).toDouble() > 80);
    }
    // Page 2 is on its side: the title's box is tall, not wide, in the rendered page's pixels.
    for (const QJsonValue& l : pages[1].toObject().value(QStringLiteral("lines")).toArray()) {
        if (l.toObject()
                .value(QStringLiteral("text"))
                .toString()
                .contains(QStringLiteral("Sequence Recorder"))) {
            const QJsonArray b = l.toObject().value(QStringLiteral("bbox")).toArray();
            QVERIFY(b[3].toInt() > 3 * b[2].toInt());
        }
    }
    // One searchable PDF for the whole document, every page's words in its text layer.
    const QString pdfPath =
        r.output.value(QStringLiteral("files")).toObject().value(QStringLiteral("pdf")).toString();
    std::unique_ptr<Poppler::Document> pdf = Poppler::Document::load(pdfPath);
    QVERIFY(pdf);
    QCOMPARE(pdf->numPages(), 4);
    for (int i = 0; i < 4; ++i)
        QVERIFY2(pdf->page(i)->text(QRectF()).contains(QStringLiteral("LinnSequencer")),
                 qPrintable(QString::number(i)));
    // Tesseract's TSV of the whole document: each page's word rows are that page's JSON words and boxes,
    // mapped back from the page turned upright to the page as rendered.
    QFile tsv(r.output.value(QStringLiteral("files")).toObject().value(QStringLiteral("tsv")).toString());
    QVERIFY(tsv.open(QIODevice::ReadOnly));
    QList<QStringList> rows[4];
    for (const QByteArray& line : tsv.readAll().split('\n')) {
        const QStringList c = QString::fromUtf8(line).split(QLatin1Char('\t'));
        if (c.size() == 12 && c[0] == QLatin1String("5") && c[1].toInt() >= 1 && c[1].toInt() <= 4)
            rows[c[1].toInt() - 1].append(c);
    }
    for (int i = 0; i < 4; ++i) {
        const QJsonArray words = pages[i].toObject().value(QStringLiteral("words")).toArray();
        QCOMPARE(rows[i].size(), words.size());
        for (int w = 0; w < words.size(); ++w) {
            const QJsonObject word = words[w].toObject();
            const QJsonArray b = word.value(QStringLiteral("bbox")).toArray();
            QCOMPARE(rows[i][w][11], word.value(QStringLiteral("text")).toString());
            QCOMPARE((QList<int>{rows[i][w][6].toInt(), rows[i][w][7].toInt(), rows[i][w][8].toInt(),
                                 rows[i][w][9].toInt()}),
                     (QList<int>{b[0].toInt(), b[1].toInt(), b[2].toInt(), b[3].toInt()}));
        }
    }
}

void TestOcrFieldPdf::oldBookPage() {
    const StageResult r = runOcr(QStringLiteral("ocr/c02-22.pdf"), {{"pdf_dpi", 200}});
    QVERIFY2(r.ok, qPrintable(r.error));
    const QString text = r.output.value(QStringLiteral("text")).toString();
    QVERIFY2(text.contains(QStringLiteral(" the ")) &&
                 r.output.value(QStringLiteral("stats")).toObject().value(QStringLiteral("words")).toInt() >
                     50,
             qPrintable(text.left(400)));
}

void TestOcrFieldPdf::aspect() {
    const StageResult r = runOcr(QStringLiteral("ocr/aspect.pdf"), {{"pdf_dpi", 200}});
    QVERIFY2(r.ok, qPrintable(r.error));
    const QString text = r.output.value(QStringLiteral("text")).toString();
    QVERIFY2(text.contains(QStringLiteral("perfect circle")), qPrintable(text));
}

// Tesseract returns "words" of spaces only over this photo (confidence 95, boxes over the picture): they are
// not words (its hOCR/TSV/ALTO leave them out) and must not lift the mean confidence (66 instead of 58.7).
void TestOcrFieldPdf::noBlankWords() {
    const StageResult r = runOcr(QStringLiteral("ocr/baiona_cmyk.jpg"), {});
    QVERIFY2(r.ok, qPrintable(r.error));
    double sum = 0;
    int count = 0;
    for (const QJsonValue& page : r.output.value(QStringLiteral("pages")).toArray()) {
        for (const QJsonValue& w : page.toObject().value(QStringLiteral("words")).toArray()) {
            const QJsonObject word = w.toObject();
            QVERIFY2(!word.value(QStringLiteral("text")).toString().trimmed().isEmpty(),
                     qPrintable(QString::fromUtf8(QJsonDocument(word).toJson(QJsonDocument::Compact))));
            sum += word.value(QStringLiteral("confidence")).toDouble();
            ++count;
        }
    }
    QVERIFY(count > 5);
    QVERIFY2(qAbs(r.output.value(QStringLiteral("mean_confidence")).toDouble() - sum / count) < 0.1,
             qPrintable(QStringLiteral("%1 vs %2")
                            .arg(r.output.value(QStringLiteral("mean_confidence")).toDouble())
                            .arg(sum / count)));
}

SLUICE_OCR_TEST_MAIN(TestOcrFieldPdf)
#include "test_ocr_field_pdf.moc"
