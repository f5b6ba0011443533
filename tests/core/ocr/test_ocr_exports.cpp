// The `ocr` stage's files come from Tesseract's renderers (hOCR `ocr-system` and ALTO `processingSoftware`
// name Tesseract) and line up with the page as given: on an upright 300 dpi page (geometry unchanged), a
// page on its side at 150 dpi (turned upright and upscaled), one turned and skewed, and one skewed 4°, the
// hOCR, ALTO and TSV word boxes are the result JSON's boxes, word for word in the JSON's order. The
// searchable PDF shows the page as given (turned upright and deskewed when that happened), and poppler
// finds each word of its text layer where the JSON box, mapped onto the PDF page, lies. Review
// corrections reach the txt, hOCR, TSV and ALTO files.

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
#include <opencv2/imgproc.hpp>
#include <poppler-qt6.h>
#include <tesseract/baseapi.h>

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

/// The words of the result's first page, in its order (white-space-only words included).
QList<BoxedWord> jsonWords(const QJsonObject& output) {
    QList<BoxedWord> out;
    const QJsonObject page = output.value(QStringLiteral("pages")).toArray().at(0).toObject();
    for (const QJsonValue& v : page.value(QStringLiteral("words")).toArray()) {
        const QJsonObject w = v.toObject();
        const QJsonArray b = w.value(QStringLiteral("bbox")).toArray();
        out.append({w.value(QStringLiteral("text")).toString(),
                    QRect(b.at(0).toInt(), b.at(1).toInt(), b.at(2).toInt(), b.at(3).toInt())});
    }
    return out;
}

/// The `content` of the first `<meta name='ocr-system'>` of an hOCR file.
QString hocrSystem(const QByteArray& hocr) {
    QXmlStreamReader xml(hocr);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("meta") &&
            xml.attributes().value(QStringLiteral("name")) == QLatin1String("ocr-system"))
            return xml.attributes().value(QStringLiteral("content")).toString();
    }
    return {};
}

/// The text of the first element named `name` of an XML file.
QString elementText(const QByteArray& xmlData, const QString& name) {
    QXmlStreamReader xml(xmlData);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == name)
            return xml.readElementText();
    }
    return {};
}

/// The page as given warped by the page's read_image transform onto the read image's grid (white
/// outside): what the searchable PDF must show.
cv::Mat warpedPage(const QImage& original, const QJsonObject& readImage) {
    const QImage g = original.convertToFormat(QImage::Format_Grayscale8);
    const cv::Mat src(g.height(), g.width(), CV_8UC1, const_cast<uchar*>(g.constBits()),
                      size_t(g.bytesPerLine()));
    const QJsonArray t = readImage.value(QStringLiteral("transform")).toArray();
    const cv::Mat m = (cv::Mat_<double>(2, 3) << t.at(0).toDouble(), t.at(1).toDouble(), t.at(2).toDouble(),
                       t.at(3).toDouble(), t.at(4).toDouble(), t.at(5).toDouble());
    cv::Mat out;
    cv::warpAffine(src, out, m,
                   cv::Size(readImage.value(QStringLiteral("width")).toInt(),
                            readImage.value(QStringLiteral("height")).toInt()),
                   cv::INTER_LINEAR, cv::BORDER_CONSTANT, cv::Scalar::all(255));
    return out;
}

/// The point (x, y) of the page as given mapped by the read_image transform.
QPointF toRead(const QJsonObject& readImage, QPointF p) {
    const QJsonArray t = readImage.value(QStringLiteral("transform")).toArray();
    return {t.at(0).toDouble() * p.x() + t.at(1).toDouble() * p.y() + t.at(2).toDouble(),
            t.at(3).toDouble() * p.x() + t.at(4).toDouble() * p.y() + t.at(5).toDouble()};
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
    void correctionsReachEveryExport();

private:
    QTemporaryDir m_dir;
};

void TestOcrExports::initTestCase() {
    QVERIFY(m_dir.isValid());
    QVERIFY(test::renderText().save(m_dir.filePath(QStringLiteral("upright.png"))));
    // On its side (turned 90° clockwise) at 150 dpi: turned back and upscaled ×2 before reading.
    QVERIFY(test::rotated(test::renderText(test::sampleLines(), 150), 90)
                .save(m_dir.filePath(QStringLiteral("side150.png"))));
    QVERIFY(test::rotated(test::renderText(), 184).save(m_dir.filePath(QStringLiteral("turned184.png"))));
    QVERIFY(test::rotated(test::renderText(), -4).save(m_dir.filePath(QStringLiteral("skew4.png"))));
}

void TestOcrExports::boxesMatchTheResult_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("steps"); // the preprocessing steps that must have changed the geometry
    QTest::newRow("upright, 300 dpi") << QStringLiteral("upright.png") << QStringList();
    // Tesseract reads the turned lines of this one as vertical text: the page is upscaled, not turned.
    QTest::newRow("on its side, 150 dpi")
        << QStringLiteral("side150.png") << QStringList{QStringLiteral("upscale")};
    QTest::newRow("upside down and skewed 4 degrees")
        << QStringLiteral("turned184.png")
        << QStringList{QStringLiteral("deskew"), QStringLiteral("orientation")};
    QTest::newRow("skewed 4 degrees") << QStringLiteral("skew4.png") << QStringList{QStringLiteral("deskew")};
}

void TestOcrExports::boxesMatchTheResult() {
    QFETCH(QString, name);
    QFETCH(QStringList, steps);
    const QString source = m_dir.filePath(name);
    QTemporaryDir out;
    const StageResult r =
        runOcr(source, out.path(), {{"outputs", QJsonArray{"txt", "hocr", "tsv", "alto", "pdf"}}});
    QVERIFY2(r.ok, qPrintable(r.error));
    const QJsonObject page = r.output.value(QStringLiteral("pages")).toArray().at(0).toObject();
    const QJsonObject readImage = page.value(QStringLiteral("read_image")).toObject();
    const QJsonArray t = readImage.value(QStringLiteral("transform")).toArray();
    QCOMPARE(t.size(), 6);
    const bool unchanged = t == QJsonArray{1.0, 0.0, 0.0, 0.0, 1.0, 0.0};
    QCOMPARE(unchanged, steps.isEmpty());
    for (const QString& step : steps) {
        bool ran = false;
        for (const QJsonValue& s : page.value(QStringLiteral("preprocessing")).toArray()) {
            const QJsonObject o = s.toObject();
            ran = ran ||
                  (o.value(QStringLiteral("step")).toString() == step &&
                   (step != QLatin1String("orientation") || o.value(QStringLiteral("rotation_deg")).toInt()));
        }
        QVERIFY2(ran,
                 QJsonDocument(page.value(QStringLiteral("preprocessing")).toArray()).toJson().constData());
    }
    const QList<BoxedWord> expected = jsonWords(r.output);
    QVERIFY(expected.size() >= 15);
    const QImage original(source);
    QCOMPARE(page.value(QStringLiteral("width")).toInt(), original.width());

    // hOCR and ALTO: well-formed and Tesseract's own.
    const QJsonObject files = r.output.value(QStringLiteral("files")).toObject();
    const QByteArray hocrData = readAll(files.value(QStringLiteral("hocr")).toString());
    const QByteArray altoData = readAll(files.value(QStringLiteral("alto")).toString());
    const QString tesseract =
        QStringLiteral("tesseract ") + QString::fromLatin1(tesseract::TessBaseAPI::Version());
    QCOMPARE(hocrSystem(hocrData), tesseract);
    QCOMPARE(elementText(altoData, QStringLiteral("softwareName")), tesseract);
    QCOMPARE(elementText(altoData, QStringLiteral("fileName")), name);
    QVERIFY(hocrData.contains(QStringLiteral("image \"%1\"").arg(name).toUtf8()));
    QVERIFY2(hocrData.contains(
                 QStringLiteral("bbox 0 0 %1 %2;").arg(original.width()).arg(original.height()).toUtf8()),
             "the ocr_page box is the page as given");
    QVERIFY(altoData.contains(QStringLiteral("<Page WIDTH=\"%1\" HEIGHT=\"%2\"")
                                  .arg(original.width())
                                  .arg(original.height())
                                  .toUtf8()));
    // Tesseract's text file: the page's text (a form feed only between pages).
    QCOMPARE(QString::fromUtf8(readAll(files.value(QStringLiteral("txt")).toString())),
             page.value(QStringLiteral("text")).toString());

    // hOCR, ALTO and TSV: the JSON's words in its order, with its boxes (pixels of the page as given).
    QString error;
    const QList<BoxedWord> hocr = hocrWords(hocrData, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QList<BoxedWord> alto = altoWords(altoData, &error);
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
    QRect all;
    for (const BoxedWord& w : expected)
        all |= w.box;
    QVERIFY(original.rect().contains(all));
    if (name.startsWith(QLatin1String("side")))
        QVERIFY2(all.height() > all.width(), "the text runs down the page as given");

    // The PDF: one page, the read image's size at the resolution Tesseract read it, showing the page as
    // given (warped as Tesseract read it when the geometry changed), not the thresholded image.
    std::unique_ptr<Poppler::Document> pdf =
        Poppler::Document::load(files.value(QStringLiteral("pdf")).toString());
    QVERIFY(pdf);
    QCOMPARE(pdf->numPages(), 1);
    const std::unique_ptr<Poppler::Page> pdfPage = pdf->page(0);
    const QSizeF points = pdfPage->pageSizeF();
    const int readWidth = readImage.value(QStringLiteral("width")).toInt();
    const int readHeight = readImage.value(QStringLiteral("height")).toInt();
    const double readDpi = readWidth * 72.0 / points.width();
    QVERIFY(std::abs(points.height() - readHeight * 72.0 / readDpi) < 0.05);
    if (unchanged) {
        QCOMPARE(readWidth, original.width());
        QVERIFY(std::abs(readDpi - page.value(QStringLiteral("dpi")).toDouble()) < 0.5);
    }
    const cv::Mat want = warpedPage(original, readImage);
    const QImage shown = pdfPage->renderToImage(readDpi, readDpi)
                             .convertToFormat(QImage::Format_Grayscale8)
                             .scaled(readWidth, readHeight);
    qint64 diff = 0;
    for (int y = 0; y < readHeight; ++y)
        for (int x = 0; x < readWidth; ++x)
            diff += std::abs(int(shown.constScanLine(y)[x]) - int(want.at<uchar>(y, x)));
    const double meanDiff = double(diff) / (qint64(readWidth) * readHeight);
    QVERIFY2(meanDiff < 4.0, qPrintable(QString::number(meanDiff)));

    // Its text layer: every word of the JSON, at the JSON box mapped onto the PDF page (points).
    const auto boxes = pdfPage->textList();
    int words = 0;
    for (const BoxedWord& w : expected)
        words += w.text.trimmed().isEmpty() ? 0 : 1;
    QCOMPARE(int(boxes.size()), words);
    const double toPoints = 72.0 / readDpi;
    for (const BoxedWord& w : expected) {
        if (w.text.trimmed().isEmpty())
            continue;
        // The JSON box mapped onto the PDF page: the box around its four corners, in points.
        const QRectF jb(w.box);
        QPolygonF corners;
        for (const QPointF& c : {jb.topLeft(), jb.topRight(), jb.bottomLeft(), jb.bottomRight()})
            corners << toRead(readImage, c) * toPoints;
        const QRectF hull = corners.boundingRect();
        double best = 1e9;
        QRectF bestBox;
        for (const auto& box : boxes) {
            const double d = QLineF(box->boundingBox().center(), hull.center()).length();
            if (box->text() == w.text && d < best) {
                best = d;
                bestBox = box->boundingBox();
            }
        }
        const QString what =
            QStringLiteral("%1: PDF box %2,%3 %4x%5 pt, JSON box on the PDF page %6,%7 %8x%9 pt")
                .arg(w.text)
                .arg(bestBox.x())
                .arg(bestBox.y())
                .arg(bestBox.width())
                .arg(bestBox.height())
                .arg(hull.x())
                .arg(hull.y())
                .arg(hull.width())
                .arg(hull.height());
        // Within a few points: centres 4 pt apart at most; along the line the PDF word lies in the JSON box
        // give or take 3 pt and spans at least half of it (Tesseract sets a word's length from its
        // baseline, which can stop a character short); across it, its centre lies in the JSON box.
        QVERIFY2(best < 4.0, qPrintable(what));
        const bool vertical = hull.height() > hull.width();
        const QRectF slack = vertical ? hull.adjusted(0, -3, 0, 3) : hull.adjusted(-3, 0, 3, 0);
        const bool along = vertical ? bestBox.top() >= slack.top() && bestBox.bottom() <= slack.bottom() &&
                                          bestBox.height() >= 0.5 * hull.height()
                                    : bestBox.left() >= slack.left() && bestBox.right() <= slack.right() &&
                                          bestBox.width() >= 0.5 * hull.width();
        QVERIFY2(along, qPrintable(what));
        QVERIFY2(hull.adjusted(-3, -3, 3, 3).contains(bestBox.center()), qPrintable(what));
    }
    const QString layer = pdfPage->text(QRectF());
    for (const QString& w : {QStringLiteral("Invoice"), QStringLiteral("quick"), QStringLiteral("river")})
        QVERIFY2(layer.contains(w), qPrintable(layer));
}

void TestOcrExports::correctionsReachEveryExport() {
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("letter.png"));
    QVERIFY(test::rotated(test::renderText(), 94).save(source));
    const QString results = dir.filePath(QStringLiteral("results"));
    const StageResult r = runOcr(source, results, {{"outputs", QJsonArray{"txt", "hocr", "tsv", "alto"}}});
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
    const int quick = int(std::find_if(before.begin(), before.end(),
                                       [](const BoxedWord& w) { return w.text == QLatin1String("quick"); }) -
                          before.begin());
    const int river = int(std::find_if(before.begin(), before.end(),
                                       [](const BoxedWord& w) { return w.text == QLatin1String("river"); }) -
                          before.begin());
    QVERIFY(quick < before.size());
    QVERIFY(river < before.size());
    OcrSaveRequest request;
    request.result = doc;
    request.resultDir = results;
    // The second needs escaping in hOCR and ALTO.
    request.corrections = {{1, quick, QStringLiteral("quick"), QStringLiteral("quack")},
                           {1, river, QStringLiteral("river"), QStringLiteral("R&D <\"x\">")}};
    const OcrSaveResult saved = saveOcrCorrections(request);
    QVERIFY2(saved.ok, qPrintable(saved.error));
    QCOMPARE(saved.applied, 2);
    const QJsonObject files = r.output.value(QStringLiteral("files")).toObject();
    QCOMPARE(saved.txtPath, files.value(QStringLiteral("txt")).toString());
    QCOMPARE(saved.hocrPath, files.value(QStringLiteral("hocr")).toString());
    QCOMPARE(saved.tsvPath, files.value(QStringLiteral("tsv")).toString());
    QCOMPARE(saved.altoPath, files.value(QStringLiteral("alto")).toString());

    const QByteArray hocrData = readAll(saved.hocrPath);
    QString error;
    const QList<BoxedWord> hocr = hocrWords(hocrData, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(hocrSystem(hocrData).startsWith(QLatin1String("tesseract "))); // still Tesseract's file
    const QList<BoxedWord> tsv = tsvWords(readAll(saved.tsvPath));
    const QList<BoxedWord> alto = altoWords(readAll(saved.altoPath), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(hocr.size(), before.size());
    QCOMPARE(tsv.size(), before.size());
    QCOMPARE(alto.size(), before.size());
    for (int i = 0; i < before.size(); ++i) {
        const QString want = i == quick   ? QStringLiteral("quack")
                             : i == river ? QStringLiteral("R&D <\"x\">")
                                          : before[i].text;
        for (const QList<BoxedWord>* got : {&hocr, &alto, &tsv}) {
            QCOMPARE(got->at(i).text, want);
            QCOMPARE(got->at(i).box, before[i].box);
        }
    }
    const QString txt = QString::fromUtf8(readAll(saved.txtPath));
    QVERIFY2(txt.contains(QLatin1String("quack")) && !txt.contains(QLatin1String("quick")), qPrintable(txt));
    QVERIFY(txt.contains(QLatin1String("R&D <\"x\">")));

    // Saving the same corrections again changes nothing.
    const QByteArray hocrOnce = hocrData;
    const OcrSaveResult again = saveOcrCorrections(request);
    QVERIFY2(again.ok, qPrintable(again.error));
    QCOMPARE(readAll(saved.hocrPath), hocrOnce);
}

SLUICE_OCR_TEST_MAIN(TestOcrExports)
#include "test_ocr_exports.moc"
