// The Tesseract side of OCR on pages rendered here: installed languages, one engine per thread reused,
// the expected words back from text turned 10° and upside down, inverted, noised and shrunk, confidences
// within 0–100, word boxes in the page's own pixels, and cancellation through the monitor callback.

#include "ocr/page_ocr.h"
#include "ocr/tess_data.h"
#include "ocr/tess_recognizer.h"
#include "ocr_test_util.h"

#include <QJsonArray>
#include <QTest>
#include <QThread>
#include <dlfcn.h>

using namespace sluice;
using namespace sluice::ocr;

namespace {

TessRecognizer* engine() {
    QString error;
    TessRecognizer* e = TessRecognizer::forThread(tessdataDir(), QStringLiteral("eng"), 1, &error);
    if (!e)
        qWarning("%s", qPrintable(error));
    return e;
}

QStringList wordsOf(const QJsonObject& page) {
    QStringList words;
    for (const QJsonValue& w : page.value(QStringLiteral("words")).toArray())
        words << w.toObject().value(QStringLiteral("text")).toString();
    return words;
}

QJsonObject stepOf(const QJsonObject& page, const QString& name) {
    for (const QJsonValue& s : page.value(QStringLiteral("preprocessing")).toArray()) {
        if (s.toObject().value(QStringLiteral("step")).toString() == name)
            return s.toObject();
    }
    return {};
}

/// Centre of the box of `word` in a page result; (-1, -1) when the word is not there.
QPointF centreOf(const QJsonObject& page, const QString& word) {
    for (const QJsonValue& w : page.value(QStringLiteral("words")).toArray()) {
        const QJsonObject o = w.toObject();
        if (o.value(QStringLiteral("text")).toString() == word) {
            const QJsonArray b = o.value(QStringLiteral("bbox")).toArray();
            return {b[0].toDouble() + b[2].toDouble() / 2, b[1].toDouble() + b[3].toDouble() / 2};
        }
    }
    return {-1, -1};
}

PageOcrOutcome read(const QImage& image, double fileDpi, PageOcrOptions options = {}) {
    TessRecognizer* e = engine();
    return ocrPage(*e, test::grayMat(image), fileDpi, 0, {}, options, {});
}

const QStringList kExpected{QStringLiteral("Invoice"), QStringLiteral("Sluice"), QStringLiteral("quick"),
                            QStringLiteral("brown"),   QStringLiteral("lazy"),   QStringLiteral("river")};

} // namespace

class TestOcrEngine : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void languages();
    void oneEnginePerThread();
    void plainPage();
    void scans_data();
    void scans();
    void meanConfidenceCountsWordsOnly();
    void canceledThroughMonitor();
    void openMpHeldToOneThread();

private:
    QJsonObject m_plain; ///< the upright page's result, for box positions
};

void TestOcrEngine::initTestCase() {
    QVERIFY2(!tessdataDir().isEmpty(), "no tessdata folder (tesseract-ocr-eng)");
    QVERIFY(engine());
}

void TestOcrEngine::languages() {
    const QStringList installed = installedLanguages();
    QVERIFY(installed.contains(QStringLiteral("eng")));
    QVERIFY(!installed.contains(QStringLiteral("osd")));
    QVERIFY(hasOrientationData());
    QVERIFY(checkLanguageSpec(QStringLiteral("eng"), installed).isEmpty());
    QVERIFY(checkLanguageSpec(QStringLiteral("eng+eng"), installed).isEmpty());
    const QString missing = checkLanguageSpec(QStringLiteral("eng+xyz"), installed);
    QVERIFY(missing.contains(QStringLiteral("'xyz'")) && missing.contains(QStringLiteral("eng")));
    QVERIFY(!checkLanguageSpec(QString(), installed).isEmpty());
    QString error;
    QVERIFY(!TessRecognizer::forThread(tessdataDir(), QStringLiteral("xyz"), 1, &error));
    QVERIFY(error.contains(QStringLiteral("xyz")));
}

void TestOcrEngine::oneEnginePerThread() {
    TessRecognizer* first = engine();
    const int created = TessRecognizer::enginesCreated();
    QCOMPARE(engine(), first); // same thread, same settings: the same engine, nothing loaded again
    QCOMPARE(TessRecognizer::enginesCreated(), created);
    TessRecognizer* other = nullptr;
    QThread* t = QThread::create([&other] { other = engine(); });
    t->start();
    QVERIFY(t->wait(60000));
    delete t;
    QVERIFY(other && other != first); // another thread gets its own
    QCOMPARE(TessRecognizer::enginesCreated(), created + 1);
}

void TestOcrEngine::plainPage() {
    const PageOcrOutcome r = read(test::renderText(), 300);
    QVERIFY2(r.ok, qPrintable(r.error));
    const QStringList words = wordsOf(r.json);
    for (const QString& w : kExpected)
        QVERIFY2(words.contains(w), qPrintable(words.join(QLatin1Char(' '))));
    QCOMPARE(r.json.value(QStringLiteral("dpi")).toInt(), 300);
    QCOMPARE(r.lines, 3);
    QCOMPARE(r.json.value(QStringLiteral("lines")).toArray().size(), 3);
    QVERIFY(r.json.value(QStringLiteral("blocks")).toArray().size() >= 1);
    QVERIFY(r.json.value(QStringLiteral("mean_confidence")).toDouble() > 80);
    // "Invoice" is drawn at the left margin (100 px) on the first line.
    const QPointF invoice = centreOf(r.json, QStringLiteral("Invoice"));
    QVERIFY(invoice.x() > 100 && invoice.x() < 400 && invoice.y() > 100 && invoice.y() < 200);
    m_plain = r.json;
}

void TestOcrEngine::scans_data() {
    QTest::addColumn<QImage>("image");
    QTest::addColumn<double>("fileDpi");
    QTest::addColumn<QString>("step");      // a preprocessing step that must be reported
    QTest::addColumn<double>("qtDegrees");  // how the page was turned (clockwise), to check the boxes
    QTest::addColumn<QStringList>("extra"); // words that must come back besides the sample's
    const QImage plain = test::renderText();
    QTest::newRow("turned 10 ccw") << test::rotated(plain, -10) << 300.0 << "deskew" << -10.0
                                   << QStringList();
    QTest::newRow("turned 10 cw") << test::rotated(plain, 10) << 300.0 << "deskew" << 10.0 << QStringList();
    QTest::newRow("upside down") << test::rotated(plain, 180) << 300.0 << "orientation" << 180.0
                                 << QStringList();
    QImage negative = plain;
    negative.invertPixels();
    QTest::newRow("inverted") << negative << 300.0 << "invert" << 0.0 << QStringList();
    QTest::newRow("dark banner above text")
        << test::bannerPage() << 300.0 << "invert" << 0.0 << QStringList{"WARNING", "Quarterly", "Report"};
    QTest::newRow("salt and pepper") << test::saltAndPepper(plain, 0.03) << 300.0 << "denoise" << 0.0
                                     << QStringList();
    QTest::newRow("shrunk, dpi stated")
        << plain.scaled(plain.size() / 3, Qt::IgnoreAspectRatio, Qt::SmoothTransformation) << 100.0
        << "upscale" << 0.0 << QStringList();
    QTest::newRow("shrunk, no dpi") << plain.scaled(plain.size() / 3, Qt::IgnoreAspectRatio,
                                                    Qt::SmoothTransformation)
                                    << 0.0 << "upscale" << 0.0 << QStringList();
}

void TestOcrEngine::scans() {
    QFETCH(QImage, image);
    QFETCH(double, fileDpi);
    QFETCH(QString, step);
    QFETCH(double, qtDegrees);
    QFETCH(QStringList, extra);
    const PageOcrOutcome r = read(image, fileDpi);
    QVERIFY2(r.ok, qPrintable(r.error));
    const QStringList words = wordsOf(r.json);
    int found = 0;
    for (const QString& w : kExpected)
        found += words.contains(w) ? 1 : 0;
    QVERIFY2(found >= 5, qPrintable(words.join(QLatin1Char(' '))));
    for (const QString& w : extra)
        QVERIFY2(words.contains(w), qPrintable(words.join(QLatin1Char(' '))));
    const QJsonObject s = stepOf(r.json, step);
    QVERIFY2(!s.isEmpty(), qPrintable(step));
    if (step == QLatin1String("deskew")) // counter-clockwise positive; Qt turns clockwise
        QVERIFY2(std::abs(s.value(QStringLiteral("angle_deg")).toDouble() + qtDegrees) < 1.0,
                 qPrintable(QString::number(s.value(QStringLiteral("angle_deg")).toDouble())));
    if (step == QLatin1String("orientation"))
        QCOMPARE(s.value(QStringLiteral("rotation_deg")).toInt(), 180);
    for (const QJsonValue& w : r.json.value(QStringLiteral("words")).toArray()) {
        const double c = w.toObject().value(QStringLiteral("confidence")).toDouble();
        QVERIFY(c >= 0 && c <= 100);
        const QJsonArray b = w.toObject().value(QStringLiteral("bbox")).toArray();
        QVERIFY(b[0].toInt() >= 0 && b[1].toInt() >= 0 && b[0].toInt() + b[2].toInt() <= image.width() &&
                b[1].toInt() + b[3].toInt() <= image.height());
    }
    // The box of "brown" lies where the word is on this page: its place on the upright page, turned.
    if (qtDegrees != 0.0 && !m_plain.isEmpty()) {
        QTransform t;
        test::rotated(test::renderText(), qtDegrees, &t);
        const QPointF expected = t.map(centreOf(m_plain, QStringLiteral("brown")));
        const QPointF got = centreOf(r.json, QStringLiteral("brown"));
        QVERIFY2(QLineF(expected, got).length() < 20,
                 qPrintable(QStringLiteral("expected (%1, %2), got (%3, %4)")
                                .arg(expected.x())
                                .arg(expected.y())
                                .arg(got.x())
                                .arg(got.y())));
    }
}

void TestOcrEngine::meanConfidenceCountsWordsOnly() {
    RecognizedPage p;
    RecognizedWord a;
    a.confidence = 90;
    RecognizedWord b;
    b.confidence = 70;
    RecognizedWord none; // Tesseract's −1 for a row that is no word
    p.words = {a, b, none};
    QCOMPARE(p.meanConfidence(), 80.0);
    QCOMPARE(RecognizedPage().meanConfidence(), -1.0);
}

void TestOcrEngine::canceledThroughMonitor() {
    TessRecognizer* e = engine();
    int calls = 0;
    QString error;
    const bool ok = e->recognize(
        test::grayMat(test::renderText()), 300, 3, [&calls](int) { return ++calls >= 1; }, &error);
    QVERIFY(!ok);
    QVERIFY(e->wasCanceled());
    QVERIFY(calls >= 1);
    // The engine is usable again afterwards.
    QVERIFY(e->recognize(test::grayMat(test::renderText()), 300, 3, {}, &error));
    QVERIFY(!e->wasCanceled());
    QVERIFY(e->collect().text.contains(QStringLiteral("quick")));
}

void TestOcrEngine::openMpHeldToOneThread() {
    // Tesseract's parallel regions run inactive on a worker once the recogniser has been used on it.
    using GetMaxActiveLevels = int (*)();
    const auto get = reinterpret_cast<GetMaxActiveLevels>(::dlsym(RTLD_DEFAULT, "omp_get_max_active_levels"));
    QVERIFY2(get, "libgomp is not loaded with libtesseract");
    int levels = -1;
    QThread* t = QThread::create([&levels, get] {
        QString error;
        TessRecognizer* e = engine();
        e->recognize(test::grayMat(test::renderText({QStringLiteral("one line")})), 300, 7, {}, &error);
        levels = get();
    });
    t->start();
    QVERIFY(t->wait(120000));
    delete t;
    QCOMPARE(levels, 0);
}

SLUICE_OCR_TEST_MAIN(TestOcrEngine)
#include "test_ocr_engine.moc"
