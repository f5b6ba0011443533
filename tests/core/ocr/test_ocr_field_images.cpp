// The `ocr` stage on image scans from the field (tests/data/ocr, from OCRmyPDF's test resources): a
// single line on which OSD gives no answer, a typewriter page whose file claims 72 dpi, and a map as
// grayscale PNG and as CMYK JPEG.

#include "ocr_test_util.h"
#include "stage_test_util.h"
#include "stages/ocr_stage.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace sluice;

namespace {

StageResult runOcr(const QString& file, const QJsonObject& params = {}) {
    OcrStage stage;
    Item item = Item::fromPath(test::data(file));
    Feedback feedback;
    return stage.process(item, StageRegistry::withDefaults(stage, params), feedback);
}

QJsonObject stepOf(const QJsonObject& page, const QString& name) {
    for (const QJsonValue& s : page.value(QStringLiteral("preprocessing")).toArray()) {
        if (s.toObject().value(QStringLiteral("step")).toString() == name)
            return s.toObject();
    }
    return {};
}

QSet<QString> wordSet(const QJsonObject& result) {
    QSet<QString> words;
    for (const QJsonValue& w : result.value(QStringLiteral("pages"))
                                   .toArray()[0]
                                   .toObject()
                                   .value(QStringLiteral("words"))
                                   .toArray())
        words.insert(w.toObject().value(QStringLiteral("text")).toString());
    return words;
}

} // namespace

class TestOcrFieldImages : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cromFallsBackToTryingOrientations();
    void typewriter();
    void baionaGrayAndCmyk();
};

void TestOcrFieldImages::cromFallsBackToTryingOrientations() {
    const StageResult r = runOcr(QStringLiteral("ocr/crom.png"));
    QVERIFY2(r.ok, qPrintable(r.error));
    const QJsonObject page = r.output.value(QStringLiteral("pages")).toArray()[0].toObject();
    const QJsonObject orientation = stepOf(page, QStringLiteral("orientation"));
    QCOMPARE(orientation.value(QStringLiteral("method")).toString(), QStringLiteral("fallback"));
    QCOMPARE(orientation.value(QStringLiteral("rotation_deg")).toInt(), 0);
    const QString text = r.output.value(QStringLiteral("text")).toString();
    QVERIFY2(text.contains(QStringLiteral("perfectly cromulent word")), qPrintable(text));
    // No DPI in the file: derived from the text height, and the line enlarged.
    QCOMPARE(page.value(QStringLiteral("dpi_source")).toString(), QStringLiteral("text_height"));
    QVERIFY(!stepOf(page, QStringLiteral("upscale")).isEmpty());
    // Boxes in the 400 × 50 image as given.
    for (const QJsonValue& w : page.value(QStringLiteral("words")).toArray()) {
        const QJsonArray b = w.toObject().value(QStringLiteral("bbox")).toArray();
        QVERIFY(b[0].toInt() + b[2].toInt() <= 400 && b[1].toInt() + b[3].toInt() <= 50 && b[2].toInt() > 0);
    }
}

void TestOcrFieldImages::typewriter() {
    // 4000 × 2864 bilevel; the file says 72 dpi, which is not believed.
    const StageResult r = runOcr(QStringLiteral("ocr/typewriter.png"));
    QVERIFY2(r.ok, qPrintable(r.error));
    const QJsonObject page = r.output.value(QStringLiteral("pages")).toArray()[0].toObject();
    QVERIFY(page.value(QStringLiteral("dpi")).toInt() > 150);
    const QString text = r.output.value(QStringLiteral("text")).toString().toLower();
    QVERIFY2(text.contains(QStringLiteral("linzen")) && text.contains(QStringLiteral("water")),
             qPrintable(text));
    QVERIFY(r.output.value(QStringLiteral("mean_confidence")).toDouble() > 60);
}

void TestOcrFieldImages::baionaGrayAndCmyk() {
    // The same map as grayscale PNG and as CMYK JPEG: both read, and to much the same words (a CMYK
    // decode gone wrong reads as a negative or nothing).
    const StageResult gray = runOcr(QStringLiteral("ocr/baiona_gray.png"));
    QVERIFY2(gray.ok, qPrintable(gray.error));
    const StageResult cmyk = runOcr(QStringLiteral("ocr/baiona_cmyk.jpg"));
    QVERIFY2(cmyk.ok, qPrintable(cmyk.error));
    const QSet<QString> a = wordSet(gray.output);
    const QSet<QString> b = wordSet(cmyk.output);
    QVERIFY2(a.size() >= 5, qPrintable(QStringList(a.values()).join(QLatin1Char(' '))));
    const QSet<QString> common = QSet<QString>(a).intersect(b);
    QVERIFY2(common.size() * 2 >= std::min(a.size(), b.size()),
             qPrintable(QStringLiteral("%1 | %2").arg(QStringList(a.values()).join(QLatin1Char(' ')),
                                                      QStringList(b.values()).join(QLatin1Char(' ')))));
    QCOMPARE(cmyk.output.value(QStringLiteral("pages"))
                 .toArray()[0]
                 .toObject()
                 .value(QStringLiteral("dpi"))
                 .toInt(),
             200);
}

SLUICE_OCR_TEST_MAIN(TestOcrFieldImages)
#include "test_ocr_field_images.moc"
