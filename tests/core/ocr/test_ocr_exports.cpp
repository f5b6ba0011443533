// The `ocr` stage's exports line up with the page as given, not with the preprocessed image Tesseract
// read: on a page turned on its side at 150 dpi (turned upright and upscaled to 300 dpi before reading)
// and on one skewed 4°, the hOCR, ALTO and TSV word boxes are the result JSON's boxes, and the searchable
// PDF shows the page as given (compared pixel by pixel after poppler renders it) with its text layer's
// words over the JSON boxes. Review corrections reach the TSV and ALTO files.

#include "ocr/ocr_corrections_save.h"
#include "ocr_test_util.h"
#include "pipeline/runner.h"
#include "stage_test_util.h"
#include "stages/ocr_stage.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>
#include <poppler-qt6.h>

using namespace sluice;

namespace {

struct BoxedWord {
    QString text;
    QRect box; ///< pixels
};

StageResult runOcr(const QString& path, const QString& resultDir, const QJsonObject& params) {
    OcrStage stage;
    Item item = Item::fromPath(path);
    item.resultDir = resultDir;
    Feedback feedback;
    return stage.process(item, StageRegistry::withDefaults(stage, params), feedback);
}

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// The words of the result's first page with text other than white space.
QList<BoxedWord> jsonWords(const QJsonObject& output) {
    QList<BoxedWord> out;
    const QJsonObject page = output.value(QStringLiteral("pages")).toArray().at(0).toObject();
    for (const QJsonValue& v : page.value(QStringLiteral("words")).toArray()) {
        const QJsonObject w = v.toObject();
        const QJsonArray b = w.value(QStringLiteral("bbox")).toArray();
        if (!w.value(QStringLiteral("text")).toString().trimmed().isEmpty())
            out.append({w.value(QStringLiteral("text")).toString(),
                        QRect(b.at(0).toInt(), b.at(1).toInt(), b.at(2).toInt(), b.at(3).toInt())});
    }
    return out;
}

/// ocrx_word spans of an hOCR file: text and bbox (x0 y0 x1 y1 → QRect).
QList<BoxedWord> hocrWords(const QByteArray& hocr, QString* error) {
    QList<BoxedWord> out;
    QXmlStreamReader xml(hocr);
    static const QRegularExpression bbox(QStringLiteral("bbox (\\d+) (\\d+) (\\d+) (\\d+)"));
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement ||
            xml.attributes().value(QStringLiteral("class")) != QLatin1String("ocrx_word"))
            continue;
        const QRegularExpressionMatch m = bbox.match(xml.attributes().value(QStringLiteral("title")));
        const QRect box(QPoint(m.captured(1).toInt(), m.captured(2).toInt()),
                        QPoint(m.captured(3).toInt() - 1, m.captured(4).toInt() - 1));
        out.append({xml.readElementText(), box});
    }
    *error = xml.hasError() ? xml.errorString() : QString();
    return out;
}

/// String elements of an ALTO file: CONTENT and HPOS/VPOS/WIDTH/HEIGHT.
QList<BoxedWord> altoWords(const QByteArray& alto, QString* error) {
    QList<BoxedWord> out;
    QXmlStreamReader xml(alto);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != QLatin1String("String"))
            continue;
        const QXmlStreamAttributes a = xml.attributes();
        out.append(
            {a.value(QStringLiteral("CONTENT")).toString(),
             QRect(a.value(QStringLiteral("HPOS")).toInt(), a.value(QStringLiteral("VPOS")).toInt(),
                   a.value(QStringLiteral("WIDTH")).toInt(), a.value(QStringLiteral("HEIGHT")).toInt())});
    }
    *error = xml.hasError() ? xml.errorString() : QString();
    return out;
}

/// Word rows (level 5) of a TSV file.
QList<BoxedWord> tsvWords(const QByteArray& tsv) {
    QList<BoxedWord> out;
    const QStringList rows = QString::fromUtf8(tsv).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString& row : rows) {
        const QStringList c = row.split(QLatin1Char('\t'));
        if (c.size() == 12 && c.at(0) == QLatin1String("5"))
            out.append({c.at(11), QRect(c.at(6).toInt(), c.at(7).toInt(), c.at(8).toInt(), c.at(9).toInt())});
    }
    return out;
}

} // namespace

class TestOcrExports : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void boxesMatchTheResult_data();
    void boxesMatchTheResult();
    void correctionsReachTsvAndAlto();

private:
    QTemporaryDir m_dir;
};

void TestOcrExports::initTestCase() {
    QVERIFY(m_dir.isValid());
    // On its side (turned 90° clockwise) at 150 dpi: turned back and upscaled ×2 before reading.
    QVERIFY(test::rotated(test::renderText(test::sampleLines(), 150), 90)
                .save(m_dir.filePath(QStringLiteral("side150.png"))));
    QVERIFY(test::rotated(test::renderText(), -4).save(m_dir.filePath(QStringLiteral("skew4.png"))));
}

void TestOcrExports::boxesMatchTheResult_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("step"); // the preprocessing step that must have run
    // Share of the JSON box the PDF text box covers: a skewed word's JSON box is the upright box around it,
    // taller than the word laid level in the PDF (174×51 px around a 171×38 px word at 4°).
    QTest::addColumn<double>("minCover");
    QTest::newRow("on its side, 150 dpi")
        << QStringLiteral("side150.png") << QStringLiteral("upscale") << 0.8;
    QTest::newRow("skewed 4 degrees") << QStringLiteral("skew4.png") << QStringLiteral("deskew") << 0.65;
}

void TestOcrExports::boxesMatchTheResult() {
    QFETCH(QString, name);
    QFETCH(QString, step);
    QFETCH(double, minCover);
    const QString source = m_dir.filePath(name);
    QTemporaryDir out;
    const StageResult r = runOcr(source, out.path(), {{"outputs", QJsonArray{"hocr", "tsv", "alto", "pdf"}}});
    QVERIFY2(r.ok, qPrintable(r.error));
    const QJsonObject page = r.output.value(QStringLiteral("pages")).toArray().at(0).toObject();
    bool stepRan = false;
    for (const QJsonValue& s : page.value(QStringLiteral("preprocessing")).toArray())
        stepRan = stepRan || s.toObject().value(QStringLiteral("step")).toString() == step;
    QVERIFY2(stepRan, qPrintable(step));
    const QList<BoxedWord> expected = jsonWords(r.output);
    QVERIFY(expected.size() >= 15);
    const QImage original(source);
    QCOMPARE(page.value(QStringLiteral("width")).toInt(), original.width());

    // hOCR, ALTO and TSV: the same words with the same boxes as the JSON.
    const QJsonObject files = r.output.value(QStringLiteral("files")).toObject();
    QString error;
    const QList<BoxedWord> hocr = hocrWords(readAll(files.value(QStringLiteral("hocr")).toString()), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QList<BoxedWord> alto = altoWords(readAll(files.value(QStringLiteral("alto")).toString()), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QList<BoxedWord> tsv = tsvWords(readAll(files.value(QStringLiteral("tsv")).toString()));
    QCOMPARE(hocr.size(), expected.size());
    QCOMPARE(alto.size(), expected.size());
    QCOMPARE(tsv.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        for (const QList<BoxedWord>* got : {&hocr, &alto, &tsv}) {
            QCOMPARE(got->at(i).text, expected[i].text);
            QCOMPARE(got->at(i).box, expected[i].box);
        }
    }
    // The boxes lie on the page as given: all inside it, spread over its long side for the turned page.
    QRect all;
    for (const BoxedWord& w : expected)
        all |= w.box;
    QVERIFY(original.rect().contains(all));
    if (name.startsWith(QLatin1String("side")))
        QVERIFY2(all.height() > all.width(), "the text runs down the page as given");

    // The PDF: one page the size of the image at its DPI, showing the page as given.
    std::unique_ptr<Poppler::Document> pdf =
        Poppler::Document::load(files.value(QStringLiteral("pdf")).toString());
    QVERIFY(pdf);
    QCOMPARE(pdf->numPages(), 1);
    const std::unique_ptr<Poppler::Page> pdfPage = pdf->page(0);
    const double dpi = page.value(QStringLiteral("dpi")).toDouble();
    const QSizeF points = pdfPage->pageSizeF();
    QVERIFY(std::abs(points.width() - original.width() * 72.0 / dpi) < 0.01);
    QVERIFY(std::abs(points.height() - original.height() * 72.0 / dpi) < 0.01);
    const QImage shown =
        pdfPage->renderToImage(dpi, dpi).convertToFormat(QImage::Format_Grayscale8).scaled(original.size());
    const QImage given = original.convertToFormat(QImage::Format_Grayscale8);
    qint64 diff = 0;
    for (int y = 0; y < given.height(); ++y)
        for (int x = 0; x < given.width(); ++x)
            diff += std::abs(int(shown.constScanLine(y)[x]) - int(given.constScanLine(y)[x]));
    const double meanDiff = double(diff) / (qint64(given.width()) * given.height());
    QVERIFY2(meanDiff < 4.0, qPrintable(QString::number(meanDiff)));

    // Its text layer: every word of the JSON over the JSON's box (poppler's boxes are in points; they span
    // the word's line across the text, so they hold the word's box rather than equal it).
    const auto boxes = pdfPage->textList();
    QCOMPARE(int(boxes.size()), expected.size());
    const double toPixels = dpi / 72.0;
    for (const BoxedWord& want : expected) {
        const QRectF wanted(want.box);
        double best = -1;
        QRectF bestBox;
        for (const auto& box : boxes) {
            const QRectF b = box->boundingBox();
            const QRectF px(b.x() * toPixels, b.y() * toPixels, b.width() * toPixels, b.height() * toPixels);
            const double cover = px.intersected(wanted).width() * px.intersected(wanted).height() /
                                 (wanted.width() * wanted.height());
            if (box->text() == want.text && cover > best) {
                best = cover;
                bestBox = px;
            }
        }
        const QString what = QStringLiteral("%1: PDF box %2,%3 %4x%5 vs JSON %6,%7 %8x%9")
                                 .arg(want.text)
                                 .arg(bestBox.x())
                                 .arg(bestBox.y())
                                 .arg(bestBox.width())
                                 .arg(bestBox.height())
                                 .arg(want.box.x())
                                 .arg(want.box.y())
                                 .arg(want.box.width())
                                 .arg(want.box.height());
        QVERIFY2(best >= minCover, qPrintable(what));
        QVERIFY2(bestBox.contains(wanted.center()), qPrintable(what));
        QVERIFY2(bestBox.width() * bestBox.height() <= 3.0 * wanted.width() * wanted.height(),
                 qPrintable(what));
    }
    const QString layer = pdfPage->text(QRectF());
    for (const QString& w : {QStringLiteral("Invoice"), QStringLiteral("quick"), QStringLiteral("river")})
        QVERIFY2(layer.contains(w), qPrintable(layer));
}

void TestOcrExports::correctionsReachTsvAndAlto() {
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("letter.png"));
    QVERIFY(test::renderText().save(source));
    const QString results = dir.filePath(QStringLiteral("results"));
    const StageResult r = runOcr(source, results, {{"outputs", QJsonArray{"tsv", "alto"}}});
    QVERIFY2(r.ok, qPrintable(r.error));
    // The result document as the runner saves it.
    const QJsonObject doc{
        {QStringLiteral("source"), QJsonObject{{QStringLiteral("path"), source}}},
        {QStringLiteral("stages"), QJsonObject{{QStringLiteral("read"), r.output}}},
    };
    const QString resultFile = Runner::resultPathFor(results, source);
    QSaveFile f(resultFile);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(doc).toJson());
    QVERIFY(f.commit());

    const QList<BoxedWord> before = jsonWords(r.output);
    int quick = -1;
    const QJsonArray words = r.output.value(QStringLiteral("pages"))
                                 .toArray()
                                 .at(0)
                                 .toObject()
                                 .value(QStringLiteral("words"))
                                 .toArray();
    for (int i = 0; i < words.size(); ++i)
        if (words.at(i).toObject().value(QStringLiteral("text")).toString() == QLatin1String("quick"))
            quick = i;
    QVERIFY(quick >= 0);
    OcrSaveRequest request;
    request.result = doc;
    request.resultDir = results;
    request.corrections = {{1, quick, QStringLiteral("quick"), QStringLiteral("quack")}};
    const OcrSaveResult saved = saveOcrCorrections(request);
    QVERIFY2(saved.ok, qPrintable(saved.error));
    const QJsonObject files = r.output.value(QStringLiteral("files")).toObject();
    QCOMPARE(saved.tsvPath, files.value(QStringLiteral("tsv")).toString());
    QCOMPARE(saved.altoPath, files.value(QStringLiteral("alto")).toString());

    const QList<BoxedWord> tsv = tsvWords(readAll(saved.tsvPath));
    QString error;
    const QList<BoxedWord> alto = altoWords(readAll(saved.altoPath), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(tsv.size(), before.size());
    QCOMPARE(alto.size(), before.size());
    int corrected = 0;
    for (int i = 0; i < before.size(); ++i) {
        const QString want =
            before[i].text == QLatin1String("quick") ? QStringLiteral("quack") : before[i].text;
        corrected += want == QLatin1String("quack");
        QCOMPARE(tsv[i].text, want);
        QCOMPARE(alto[i].text, want);
        QCOMPARE(tsv[i].box, before[i].box);
        QCOMPARE(alto[i].box, before[i].box);
    }
    QCOMPARE(corrected, 1);
    QVERIFY(!readAll(saved.tsvPath).contains("\tquick\n"));
}

SLUICE_OCR_TEST_MAIN(TestOcrExports)
#include "test_ocr_exports.moc"
