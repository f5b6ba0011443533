// Corrections of OCR words made in the review: applied to the `ocr` stage output (word, line, page and
// overall text), written as hOCR 1.2 (parsed back with QXmlStreamReader), and saved atomically into the
// result file and the exported .txt / hOCR.

#include "ocr/ocr_corrected_hocr.h"
#include "ocr/ocr_corrections.h"
#include "ocr/ocr_corrections_save.h"
#include "pipeline/runner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace sluice;

namespace {

QJsonObject word(const QString& text, double confidence, int x, int y, int w, int h, int line, int block) {
    return QJsonObject{{QStringLiteral("text"), text},
                       {QStringLiteral("confidence"), confidence},
                       {QStringLiteral("bbox"), QJsonArray{x, y, w, h}},
                       {QStringLiteral("line"), line},
                       {QStringLiteral("block"), block}};
}

QJsonObject line(const QString& text, int x, int y, int w, int h, int block) {
    return QJsonObject{{QStringLiteral("text"), text},
                       {QStringLiteral("confidence"), 80.0},
                       {QStringLiteral("bbox"), QJsonArray{x, y, w, h}},
                       {QStringLiteral("block"), block}};
}

/// Two blocks, three lines, six words, as the ocr stage reports a page of 2480 × 3508 px at 300 dpi.
QJsonObject page(int number) {
    const QJsonArray words{word(QStringLiteral("Hel1o"), 41.6, 10, 20, 50, 20, 0, 0),
                           word(QStringLiteral("world"), 96.0, 70, 20, 60, 20, 0, 0),
                           word(QStringLiteral("from"), 93.5, 10, 50, 40, 20, 1, 0),
                           word(QStringLiteral("S1uice"), 55.0, 60, 50, 70, 20, 1, 0),
                           word(QStringLiteral("Tesseract"), 91.0, 10, 120, 110, 24, 2, 1),
                           word(QStringLiteral("reads"), 89.0, 130, 120, 60, 24, 2, 1)};
    const QJsonArray lines{line(QStringLiteral("Hel1o world"), 10, 20, 120, 20, 0),
                           line(QStringLiteral("from S1uice"), 10, 50, 120, 20, 0),
                           line(QStringLiteral("Tesseract reads"), 10, 120, 180, 24, 1)};
    const QJsonArray blocks{QJsonObject{{QStringLiteral("bbox"), QJsonArray{10, 20, 120, 50}},
                                        {QStringLiteral("confidence"), 71.5},
                                        {QStringLiteral("paragraphs"), 1}},
                            QJsonObject{{QStringLiteral("bbox"), QJsonArray{10, 120, 180, 24}},
                                        {QStringLiteral("confidence"), 90.0},
                                        {QStringLiteral("paragraphs"), 1}}};
    return QJsonObject{
        {QStringLiteral("page"), number},
        {QStringLiteral("width"), 2480},
        {QStringLiteral("height"), 3508},
        {QStringLiteral("dpi"), 300},
        {QStringLiteral("source_image"), QStringLiteral("/scans/letter.png")},
        {QStringLiteral("text"), QStringLiteral("Hel1o world\nfrom S1uice\n\nTesseract reads\n\n")},
        {QStringLiteral("mean_confidence"), 77.7},
        {QStringLiteral("words"), words},
        {QStringLiteral("lines"), lines},
        {QStringLiteral("blocks"), blocks}};
}

QJsonObject ocrOutput(int pages = 1, const QJsonObject& files = {}) {
    QJsonArray list;
    QStringList texts;
    for (int p = 1; p <= pages; ++p) {
        list.append(page(p));
        texts << page(p).value(QStringLiteral("text")).toString();
    }
    return QJsonObject{
        {QStringLiteral("languages"), QStringLiteral("eng")},
        {QStringLiteral("psm"), 3},
        {QStringLiteral("oem"), 1},
        {QStringLiteral("mean_confidence"), 77.7},
        {QStringLiteral("text"), texts.join(QLatin1Char('\f'))},
        {QStringLiteral("stats"), QJsonObject{{QStringLiteral("pages"), pages},
                                              {QStringLiteral("words"), 6 * pages},
                                              {QStringLiteral("lines"), 3 * pages},
                                              {QStringLiteral("chars"), 35 * pages},
                                              {QStringLiteral("low_confidence_words"), 2 * pages}}},
        {QStringLiteral("files"), files},
        {QStringLiteral("pages"), list}};
}

QJsonObject resultDocument(const QString& source, const QJsonObject& ocr) {
    return QJsonObject{
        {QStringLiteral("source"), QJsonObject{{QStringLiteral("path"), source},
                                               {QStringLiteral("mime"), QStringLiteral("image/png")}}},
        {QStringLiteral("status"), QStringLiteral("ok")},
        {QStringLiteral("node_order"), QJsonArray{QStringLiteral("mime"), QStringLiteral("read")}},
        {QStringLiteral("stages"),
         QJsonObject{
             {QStringLiteral("mime"), QJsonObject{{QStringLiteral("mime"), QStringLiteral("image/png")}}},
             {QStringLiteral("read"), ocr}}}};
}

void writeJson(const QString& path, const QJsonObject& o) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(o).toJson());
}

QJsonObject readJson(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

struct HocrWord {
    QString text;
    QString title;
    QString id;
};

/// The ocrx_word elements of an hOCR document; `error` receives the XML error, if any; `classes` counts
/// every ocr_* class seen.
QList<HocrWord> parseHocr(const QByteArray& hocr, QString* error, QMap<QString, int>* classes = nullptr) {
    QList<HocrWord> out;
    QXmlStreamReader xml(hocr);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const QString cls = xml.attributes().value(QStringLiteral("class")).toString();
        if (classes && !cls.isEmpty())
            (*classes)[cls]++;
        if (cls == QLatin1String("ocrx_word")) {
            HocrWord w;
            w.title = xml.attributes().value(QStringLiteral("title")).toString();
            w.id = xml.attributes().value(QStringLiteral("id")).toString();
            w.text = xml.readElementText();
            out << w;
        }
    }
    *error = xml.hasError() ? xml.errorString() : QString();
    return out;
}

} // namespace

class TestOcrCorrections : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void laysOutPageTextLikeTesseract();
    void leavesOutWhiteSpaceWordsAndEmptyLines();
    void appliesCorrectionToWordLinePageAndText();
    void secondApplyChangesNothing();
    void refusesStaleAndOutOfRangeCorrections();
    void emptyCorrectionDropsTheWord();
    void multiPageTextKeepsFormFeeds();
    void findsTheOcrNode();
    void hocrIsWellFormedWithBoxesAndConfidences();
    void hocrEscapesMarkup();
    void savesBesideTheResultWhenNoExportsWereAsked();
    void saveReplacesTheStageExports();
    void saveRefusesAnotherSourcesResult();
    void locatesNumberedResultFiles();
};

void TestOcrCorrections::laysOutPageTextLikeTesseract() {
    const OcrPageText t = layOutOcrPage(page(1));
    QCOMPARE(t.text, QStringLiteral("Hel1o world\nfrom S1uice\n\nTesseract reads\n\n"));
    QCOMPARE(t.wordSpans.size(), 6);
    QCOMPARE(t.wordSpans.at(0), qMakePair(0, 5));
    QCOMPARE(t.wordSpans.at(1), qMakePair(6, 5));
    QCOMPARE(t.wordSpans.at(3), qMakePair(17, 6));
    QCOMPARE(t.wordSpans.at(4), qMakePair(25, 9));
    QCOMPARE(t.text.mid(t.wordSpans.at(5).first, t.wordSpans.at(5).second), QStringLiteral("reads"));
    QCOMPARE(t.wordAt(0), 0);
    QCOMPARE(t.wordAt(5), 0); // just after "Hel1o"
    QCOMPARE(t.wordAt(8), 1);
    QCOMPARE(t.wordAt(24), -1); // the blank line between the blocks
    QCOMPARE(t.wordAt(28), 4);
}

void TestOcrCorrections::leavesOutWhiteSpaceWordsAndEmptyLines() {
    // As Tesseract reports typewriter.png: an underline is a word " " on a line (and block) of its own.
    QJsonObject p = page(1);
    QJsonArray words = p.value(QStringLiteral("words")).toArray();
    QJsonArray lines = p.value(QStringLiteral("lines")).toArray();
    QJsonArray blocks = p.value(QStringLiteral("blocks")).toArray();
    words.append(word(QStringLiteral(" "), 95.0, 10, 200, 300, 4, 3, 2));
    lines.append(line(QString(), 10, 200, 300, 4, 2));
    blocks.append(QJsonObject{{QStringLiteral("bbox"), QJsonArray{10, 200, 300, 4}}});
    p.insert(QStringLiteral("words"), words);
    p.insert(QStringLiteral("lines"), lines);
    p.insert(QStringLiteral("blocks"), blocks);
    const OcrPageText t = layOutOcrPage(p);
    QCOMPARE(t.text, QStringLiteral("Hel1o world\nfrom S1uice\n\nTesseract reads\n\n"));
    QCOMPARE(t.wordSpans.at(6), qMakePair(-1, 0));
    QJsonObject ocr = ocrOutput();
    ocr.insert(QStringLiteral("pages"), QJsonArray{p});
    QString error;
    QMap<QString, int> classes;
    QCOMPARE(parseHocr(ocrToHocr(ocr), &error, &classes).size(), 6);
    QCOMPARE(classes.value(QStringLiteral("ocr_line")), 3);
    QCOMPARE(classes.value(QStringLiteral("ocr_carea")), 2);
}

void TestOcrCorrections::appliesCorrectionToWordLinePageAndText() {
    const OcrCorrectionOutcome o =
        applyOcrCorrections(ocrOutput(), {{1, 0, QStringLiteral("Hel1o"), QStringLiteral("Hello")},
                                          {1, 3, QStringLiteral("S1uice"), QStringLiteral("Sluice")}});
    QVERIFY2(o.ok(), qPrintable(o.errors.join(QLatin1Char('\n'))));
    QCOMPARE(o.applied, 2);
    const QJsonObject p = o.ocr.value(QStringLiteral("pages")).toArray().at(0).toObject();
    QCOMPARE(
        p.value(QStringLiteral("words")).toArray().at(0).toObject().value(QStringLiteral("text")).toString(),
        QStringLiteral("Hello"));
    // Confidence and box stay as recognised.
    QCOMPARE(p.value(QStringLiteral("words"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("confidence"))
                 .toDouble(),
             41.6);
    QCOMPARE(
        p.value(QStringLiteral("lines")).toArray().at(0).toObject().value(QStringLiteral("text")).toString(),
        QStringLiteral("Hello world"));
    QCOMPARE(
        p.value(QStringLiteral("lines")).toArray().at(1).toObject().value(QStringLiteral("text")).toString(),
        QStringLiteral("from Sluice"));
    QCOMPARE(
        p.value(QStringLiteral("lines")).toArray().at(2).toObject().value(QStringLiteral("text")).toString(),
        QStringLiteral("Tesseract reads"));
    QCOMPARE(p.value(QStringLiteral("text")).toString(),
             QStringLiteral("Hello world\nfrom Sluice\n\nTesseract reads\n\n"));
    QCOMPARE(o.ocr.value(QStringLiteral("text")).toString(), p.value(QStringLiteral("text")).toString());
    const QJsonArray records = o.ocr.value(QStringLiteral("corrections")).toArray();
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(1).toObject().value(QStringLiteral("word")).toInt(), 3);
    QCOMPARE(records.at(1).toObject().value(QStringLiteral("from")).toString(), QStringLiteral("S1uice"));
    QCOMPARE(records.at(1).toObject().value(QStringLiteral("to")).toString(), QStringLiteral("Sluice"));
    QVERIFY(!records.at(0).toObject().value(QStringLiteral("at")).toString().isEmpty());
    // Same lengths: the counts stay.
    QCOMPARE(o.ocr.value(QStringLiteral("stats")).toObject().value(QStringLiteral("chars")).toInt(), 35);
    QCOMPARE(o.ocr.value(QStringLiteral("stats")).toObject().value(QStringLiteral("words")).toInt(), 6);
}

void TestOcrCorrections::secondApplyChangesNothing() {
    const QList<OcrCorrection> fix{{1, 0, QStringLiteral("Hel1o"), QStringLiteral("Hello")}};
    const OcrCorrectionOutcome first = applyOcrCorrections(ocrOutput(), fix);
    const OcrCorrectionOutcome second = applyOcrCorrections(first.ocr, fix);
    QVERIFY(second.ok());
    QCOMPARE(second.applied, 0);
    QCOMPARE(second.alreadyApplied, 1);
    QCOMPARE(second.ocr, first.ocr);
    QCOMPARE(second.ocr.value(QStringLiteral("corrections")).toArray().size(), 1);
}

void TestOcrCorrections::refusesStaleAndOutOfRangeCorrections() {
    const OcrCorrectionOutcome o =
        applyOcrCorrections(ocrOutput(), {{1, 1, QStringLiteral("wor1d"), QStringLiteral("word")},
                                          {2, 0, QStringLiteral("Hel1o"), QStringLiteral("Hello")},
                                          {1, 6, QStringLiteral("x"), QStringLiteral("y")},
                                          {1, 5, QStringLiteral("reads"), QStringLiteral("read")}});
    QCOMPARE(o.errors.size(), 3);
    QVERIFY2(o.errors.at(0).contains(QStringLiteral("\"world\"")), qPrintable(o.errors.at(0)));
    QVERIFY(o.errors.at(1).contains(QStringLiteral("page 2")));
    QVERIFY(o.errors.at(2).contains(QStringLiteral("6 words")));
    QCOMPARE(o.applied, 1);
    QCOMPARE(o.ocr.value(QStringLiteral("text")).toString(),
             QStringLiteral("Hel1o world\nfrom S1uice\n\nTesseract read\n\n"));
    QCOMPARE(o.ocr.value(QStringLiteral("stats")).toObject().value(QStringLiteral("chars")).toInt(), 34);
}

void TestOcrCorrections::emptyCorrectionDropsTheWord() {
    const OcrCorrectionOutcome o =
        applyOcrCorrections(ocrOutput(), {{1, 2, QStringLiteral("from"), QString()}});
    QVERIFY(o.ok());
    const QJsonObject p = o.ocr.value(QStringLiteral("pages")).toArray().at(0).toObject();
    QCOMPARE(
        p.value(QStringLiteral("lines")).toArray().at(1).toObject().value(QStringLiteral("text")).toString(),
        QStringLiteral("S1uice"));
    QCOMPARE(p.value(QStringLiteral("text")).toString(),
             QStringLiteral("Hel1o world\nS1uice\n\nTesseract reads\n\n"));
    QCOMPARE(o.ocr.value(QStringLiteral("stats")).toObject().value(QStringLiteral("words")).toInt(), 5);
    QCOMPARE(o.ocr.value(QStringLiteral("stats")).toObject().value(QStringLiteral("chars")).toInt(), 31);
    QCOMPARE(layOutOcrPage(p).wordSpans.at(2), qMakePair(-1, 0));
}

void TestOcrCorrections::multiPageTextKeepsFormFeeds() {
    const OcrCorrectionOutcome o =
        applyOcrCorrections(ocrOutput(2), {{2, 5, QStringLiteral("reads"), QStringLiteral("writes")}});
    QVERIFY(o.ok());
    QCOMPARE(o.ocr.value(QStringLiteral("text")).toString(),
             QStringLiteral("Hel1o world\nfrom S1uice\n\nTesseract reads\n\n\f"
                            "Hel1o world\nfrom S1uice\n\nTesseract writes\n\n"));
    // Page 1 is untouched.
    QCOMPARE(o.ocr.value(QStringLiteral("pages")).toArray().at(0),
             ocrOutput(2).value(QStringLiteral("pages")).toArray().at(0));
}

void TestOcrCorrections::findsTheOcrNode() {
    QCOMPARE(findOcrNode(resultDocument(QStringLiteral("/a.png"), ocrOutput())), QStringLiteral("read"));
    QJsonObject noOcr = resultDocument(QStringLiteral("/a.png"), ocrOutput());
    QJsonObject stages = noOcr.value(QStringLiteral("stages")).toObject();
    stages.remove(QStringLiteral("read"));
    noOcr.insert(QStringLiteral("stages"), stages);
    QCOMPARE(findOcrNode(noOcr), QString());
}

void TestOcrCorrections::hocrIsWellFormedWithBoxesAndConfidences() {
    const OcrCorrectionOutcome o =
        applyOcrCorrections(ocrOutput(2), {{1, 0, QStringLiteral("Hel1o"), QStringLiteral("Hello")}});
    const QByteArray hocr = ocrToHocr(o.ocr, QStringLiteral("letter.png"));
    QVERIFY(hocr.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
    QString error;
    QMap<QString, int> classes;
    const QList<HocrWord> words = parseHocr(hocr, &error, &classes);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(classes.value(QStringLiteral("ocr_page")), 2);
    QCOMPARE(classes.value(QStringLiteral("ocr_carea")), 4);
    QCOMPARE(classes.value(QStringLiteral("ocr_par")), 4);
    QCOMPARE(classes.value(QStringLiteral("ocr_line")), 6);
    QCOMPARE(words.size(), 12);
    QCOMPARE(words.at(0).text, QStringLiteral("Hello"));
    QCOMPARE(words.at(0).id, QStringLiteral("word_1_1"));
    // [10, 20, 50, 20] and 41.6 % → corners and a rounded confidence.
    QCOMPARE(words.at(0).title, QStringLiteral("bbox 10 20 60 40; x_wconf 42"));
    QCOMPARE(words.at(6).text, QStringLiteral("Hel1o"));
    QCOMPARE(words.at(6).id, QStringLiteral("word_2_1"));
    QVERIFY(hocr.contains(
        "title=\"image &quot;/scans/letter.png&quot;; bbox 0 0 2480 3508; ppageno 0; scan_res 300 300\""));
    QVERIFY(hocr.contains("<meta name=\"ocr-capabilities\""));
}

void TestOcrCorrections::hocrEscapesMarkup() {
    const OcrCorrectionOutcome o =
        applyOcrCorrections(ocrOutput(), {{1, 1, QStringLiteral("world"), QStringLiteral("<b>&\"")}});
    QString error;
    const QList<HocrWord> words = parseHocr(ocrToHocr(o.ocr), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(words.at(1).text, QStringLiteral("<b>&\""));
}

void TestOcrCorrections::savesBesideTheResultWhenNoExportsWereAsked() {
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("letter.png"));
    const QString results = dir.filePath(QStringLiteral("results"));
    QVERIFY(QDir().mkpath(results));
    const QJsonObject doc = resultDocument(source, ocrOutput());
    const QString resultFile = Runner::resultPathFor(results, source);
    writeJson(resultFile, doc);

    OcrSaveRequest request;
    request.result = doc;
    request.resultDir = results;
    request.corrections = {{1, 3, QStringLiteral("S1uice"), QStringLiteral("Sluice")}};
    const OcrSaveResult r = saveOcrCorrectionsAsync(request).result();
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.applied, 1);
    QCOMPARE(r.resultFile, resultFile);
    QCOMPARE(r.txtPath, QDir(results).filePath(QStringLiteral("letter.png.ocr.corrected.txt")));
    QCOMPARE(r.hocrPath, QDir(results).filePath(QStringLiteral("letter.png.ocr.corrected.hocr")));
    QCOMPARE(QString::fromUtf8(readAll(r.txtPath)),
             QStringLiteral("Hel1o world\nfrom Sluice\n\nTesseract reads\n\n"));
    QString error;
    const QList<HocrWord> words = parseHocr(readAll(r.hocrPath), &error);
    QVERIFY(error.isEmpty());
    QCOMPARE(words.at(3).text, QStringLiteral("Sluice"));
    QCOMPARE(words.at(3).title, QStringLiteral("bbox 60 50 130 70; x_wconf 55"));

    const QJsonObject saved = readJson(resultFile);
    const QJsonObject ocr =
        saved.value(QStringLiteral("stages")).toObject().value(QStringLiteral("read")).toObject();
    QCOMPARE(ocr.value(QStringLiteral("corrections")).toArray().size(), 1);
    QCOMPARE(ocr.value(QStringLiteral("text")).toString(),
             QStringLiteral("Hel1o world\nfrom Sluice\n\nTesseract reads\n\n"));
    QCOMPARE(ocr.value(QStringLiteral("corrected_files")).toObject().value(QStringLiteral("txt")).toString(),
             r.txtPath);
    // The rest of the document is kept.
    QCOMPARE(saved.value(QStringLiteral("stages")).toObject().value(QStringLiteral("mime")),
             doc.value(QStringLiteral("stages")).toObject().value(QStringLiteral("mime")));
    QCOMPARE(saved.value(QStringLiteral("source")), doc.value(QStringLiteral("source")));

    // A second save with one more correction builds on the saved one (the review still shows the old
    // document): both corrections end up in the file, the first counted once.
    request.corrections.append({1, 0, QStringLiteral("Hel1o"), QStringLiteral("Hello")});
    const OcrSaveResult again = saveOcrCorrections(request);
    QVERIFY2(again.ok, qPrintable(again.error));
    QCOMPARE(again.applied, 1);
    QCOMPARE(QString::fromUtf8(readAll(r.txtPath)),
             QStringLiteral("Hello world\nfrom Sluice\n\nTesseract reads\n\n"));
    QCOMPARE(readJson(resultFile)
                 .value(QStringLiteral("stages"))
                 .toObject()
                 .value(QStringLiteral("read"))
                 .toObject()
                 .value(QStringLiteral("corrections"))
                 .toArray()
                 .size(),
             2);
    // readSavedResult gives the saved state for the stale document.
    QCOMPARE(readSavedResult(results, doc), readJson(resultFile));
}

void TestOcrCorrections::saveReplacesTheStageExports() {
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("letter.png"));
    const QString out = dir.filePath(QStringLiteral("ocr-out"));
    QVERIFY(QDir().mkpath(out));
    const QString txt = QDir(out).filePath(QStringLiteral("letter.txt"));
    const QString hocr = QDir(out).filePath(QStringLiteral("letter.hocr"));
    const QString tsv = QDir(out).filePath(QStringLiteral("letter.tsv"));
    // The stage's exports as Tesseract 5's renderers write them for page(1) (boxes x0 y0 x1 y1 / l t w h).
    const QByteArray tesseractHocr =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">\n <head>\n"
        "  <meta name='ocr-system' content='tesseract 5.3.0' />\n </head>\n <body>\n"
        "  <div class='ocr_page' id='page_1' title='image \"letter.png\"; bbox 0 0 2480 3508; ppageno 0'>\n"
        "   <div class='ocr_carea' id='block_1_1' title=\"bbox 10 20 130 70\">\n"
        "    <p class='ocr_par' id='par_1_1' lang='eng' title=\"bbox 10 20 130 70\">\n"
        "     <span class='ocr_line' id='line_1_1' title=\"bbox 10 20 130 40\">\n"
        "      <span class='ocrx_word' id='word_1_1' title='bbox 10 20 60 40; x_wconf 42'>Hel1o</span>\n"
        "      <span class='ocrx_word' id='word_1_2' title='bbox 70 20 130 40; x_wconf 96'>world</span>\n"
        "     </span>\n"
        "     <span class='ocr_line' id='line_1_2' title=\"bbox 10 50 130 70\">\n"
        "      <span class='ocrx_word' id='word_1_3' title='bbox 10 50 50 70; x_wconf 94'>from</span>\n"
        "      <span class='ocrx_word' id='word_1_4' title='bbox 60 50 130 70; x_wconf 55'>S1uice</span>\n"
        "     </span>\n    </p>\n   </div>\n"
        "   <div class='ocr_carea' id='block_1_2' title=\"bbox 10 120 190 144\">\n"
        "    <p class='ocr_par' id='par_1_2' lang='eng' title=\"bbox 10 120 190 144\">\n"
        "     <span class='ocr_line' id='line_1_3' title=\"bbox 10 120 190 144\">\n"
        "      <span class='ocrx_word' id='word_1_5' title='bbox 10 120 120 144; x_wconf "
        "91'>Tesseract</span>\n"
        "      <span class='ocrx_word' id='word_1_6' title='bbox 130 120 190 144; x_wconf 89'>reads</span>\n"
        "     </span>\n    </p>\n   </div>\n  </div>\n </body>\n</html>\n";
    const QByteArray tesseractTsv =
        "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
        "1\t1\t0\t0\t0\t0\t0\t0\t2480\t3508\t-1\t\n"
        "2\t1\t1\t0\t0\t0\t10\t20\t120\t50\t-1\t\n"
        "3\t1\t1\t1\t0\t0\t10\t20\t120\t50\t-1\t\n"
        "4\t1\t1\t1\t1\t0\t10\t20\t120\t20\t-1\t\n"
        "5\t1\t1\t1\t1\t1\t10\t20\t50\t20\t41.6\tHel1o\n"
        "5\t1\t1\t1\t1\t2\t70\t20\t60\t20\t96.0\tworld\n"
        "4\t1\t1\t1\t2\t0\t10\t50\t120\t20\t-1\t\n"
        "5\t1\t1\t1\t2\t1\t10\t50\t40\t20\t93.5\tfrom\n"
        "5\t1\t1\t1\t2\t2\t60\t50\t70\t20\t55.0\tS1uice\n"
        "2\t1\t2\t0\t0\t0\t10\t120\t180\t24\t-1\t\n"
        "3\t1\t2\t1\t0\t0\t10\t120\t180\t24\t-1\t\n"
        "4\t1\t2\t1\t1\t0\t10\t120\t180\t24\t-1\t\n"
        "5\t1\t2\t1\t1\t1\t10\t120\t110\t24\t91.0\tTesseract\n"
        "5\t1\t2\t1\t1\t2\t130\t120\t60\t24\t89.0\treads\n";
    for (const auto& [path, data] :
         {std::pair<QString, QByteArray>{txt, "as recognised"}, {hocr, tesseractHocr}, {tsv, tesseractTsv}}) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
    }
    const QJsonObject doc = resultDocument(source, ocrOutput(1, {{QStringLiteral("txt"), txt},
                                                                 {QStringLiteral("hocr"), hocr},
                                                                 {QStringLiteral("tsv"), tsv}}));
    const QString resultFile = dir.filePath(QStringLiteral("letter.png.sluice.json"));
    writeJson(resultFile, doc);

    OcrSaveRequest request;
    request.result = doc;
    request.resultFile = resultFile;
    request.corrections = {{1, 4, QStringLiteral("Tesseract"), QStringLiteral("Tesseract 5")}};
    const OcrSaveResult r = saveOcrCorrections(request);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.txtPath, txt);
    QCOMPARE(r.hocrPath, hocr);
    QCOMPARE(QString::fromUtf8(readAll(txt)),
             QStringLiteral("Hel1o world\nfrom S1uice\n\nTesseract 5 reads\n\n"));
    QString error;
    const QByteArray savedHocr = readAll(hocr);
    QCOMPARE(parseHocr(savedHocr, &error).at(4).text, QStringLiteral("Tesseract 5"));
    QVERIFY(error.isEmpty());
    // Tesseract's file with the word replaced, everything else as it was.
    QCOMPARE(savedHocr, QByteArray(tesseractHocr).replace(">Tesseract<", ">Tesseract 5<"));
    // The stage's TSV export is rewritten too: the corrected word in its word row, with its box.
    QCOMPARE(r.tsvPath, tsv);
    const QList<QByteArray> rows = readAll(tsv).split('\n');
    QCOMPARE(rows.at(0),
             QByteArray("level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\t"
                        "conf\ttext"));
    QByteArray corrected;
    for (const QByteArray& row : rows)
        if (row.startsWith("5\t") && row.endsWith("\tTesseract 5"))
            corrected = row;
    QVERIFY2(!corrected.isEmpty(), readAll(tsv).constData());
    QVERIFY(!readAll(tsv).contains("\tTesseract\n"));
    QCOMPARE(readAll(tsv), QByteArray(tesseractTsv).replace("\tTesseract\n", "\tTesseract 5\n"));
    QCOMPARE(QDir(out).entryList(QDir::Files).size(), 3); // no temporary files left behind

    // An hOCR that is not this result's export (other words): refused with a clear error, nothing written.
    QFile other(hocr);
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.write(QByteArray(tesseractHocr)
                    .replace("      <span class='ocrx_word' id='word_1_6' title='bbox 130 120 190 144; "
                             "x_wconf 89'>reads</span>\n",
                             ""));
    other.close();
    const QByteArray txtBefore = readAll(txt);
    request.corrections = {{1, 0, QStringLiteral("Hel1o"), QStringLiteral("Hello")}};
    const OcrSaveResult refused = saveOcrCorrections(request);
    QVERIFY(!refused.ok);
    QVERIFY2(refused.error.contains(QStringLiteral("5 words")) && refused.error.contains(QStringLiteral("6")),
             qPrintable(refused.error));
    QCOMPARE(readAll(txt), txtBefore);
}

void TestOcrCorrections::saveRefusesAnotherSourcesResult() {
    QTemporaryDir dir;
    const QString resultFile = dir.filePath(QStringLiteral("letter.png.sluice.json"));
    writeJson(resultFile, resultDocument(dir.filePath(QStringLiteral("other/letter.png")), ocrOutput()));
    const QByteArray before = readAll(resultFile);
    OcrSaveRequest request;
    request.result = resultDocument(dir.filePath(QStringLiteral("letter.png")), ocrOutput());
    request.resultFile = resultFile;
    request.corrections = {{1, 0, QStringLiteral("Hel1o"), QStringLiteral("Hello")}};
    const OcrSaveResult r = saveOcrCorrections(request);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QStringLiteral("other/letter.png")), qPrintable(r.error));
    QCOMPARE(readAll(resultFile), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1);

    // Every correction stale: nothing is written either.
    request.result = resultDocument(dir.filePath(QStringLiteral("other/letter.png")), ocrOutput());
    request.corrections = {{1, 0, QStringLiteral("Helo"), QStringLiteral("Hello")}};
    const OcrSaveResult stale = saveOcrCorrections(request);
    QVERIFY(!stale.ok);
    QCOMPARE(readAll(resultFile), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1);
}

void TestOcrCorrections::locatesNumberedResultFiles() {
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a/scan.png"));
    const QString b = dir.filePath(QStringLiteral("b/scan.png"));
    writeJson(dir.filePath(QStringLiteral("scan.png.sluice.json")), resultDocument(a, ocrOutput()));
    writeJson(dir.filePath(QStringLiteral("scan.png (2).sluice.json")), resultDocument(b, ocrOutput()));
    QCOMPARE(locateResultFile(dir.path(), resultDocument(a, {})),
             dir.filePath(QStringLiteral("scan.png.sluice.json")));
    QCOMPARE(locateResultFile(dir.path(), resultDocument(b, {})),
             dir.filePath(QStringLiteral("scan.png (2).sluice.json")));
    QCOMPARE(locateResultFile(dir.path(), resultDocument(dir.filePath(QStringLiteral("c/scan.png")), {})),
             QString());
}

QTEST_GUILESS_MAIN(TestOcrCorrections)
#include "test_ocr_corrections.moc"
