// The `ocr` stage on files written here: the result JSON's shape, the files written on request (txt,
// hOCR and ALTO well-formed XML, TSV, a searchable PDF whose text layer holds the words), the preprocessed
// page image, names that never overwrite, and the errors for bad input.

#include "documents/pdf_page_renderer.h"
#include "ocr_test_util.h"
#include "pipeline/pipeline.h"
#include "stage_test_util.h"
#include "stages/ocr_stage.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>
#include <poppler-qt6.h>

using namespace sluice;

namespace {

/// Runs the stage on `path` with results going to `resultDir`.
StageResult runOcr(const QString& path, const QString& resultDir, const QJsonObject& params,
                   Feedback* feedback = nullptr) {
    OcrStage stage;
    Item item = Item::fromPath(path);
    item.resultDir = resultDir;
    Feedback local;
    return stage.process(item, StageRegistry::withDefaults(stage, params), feedback ? *feedback : local);
}

/// Parses `path` as XML; returns the error, empty when well-formed. `elements` receives local names.
QString xmlError(const QString& path, QStringList* elements) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return f.errorString();
    QXmlStreamReader xml(&f);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement)
            elements->append(xml.name().toString());
    }
    return xml.hasError() ? xml.errorString() : QString();
}

} // namespace

class TestOcrStage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void resultShape();
    void filesWritten();
    void namesNeverOverwrite();
    void noResultFolder();
    void hugePdfPageWarns();
    void badInput();
    void canceled();
    void canceledWhileReading();
    void listedWithLanguages();
    void builtinPipeline();

private:
    QTemporaryDir m_dir;
    QString m_page; ///< a page of text saved as PNG at 300 dpi, turned 5° counter-clockwise
};

void TestOcrStage::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_page = m_dir.filePath(QStringLiteral("page.png"));
    QVERIFY(test::rotated(test::renderText(), -5).save(m_page));
}

void TestOcrStage::resultShape() {
    QTemporaryDir out;
    const StageResult r = runOcr(m_page, out.path(), {});
    QVERIFY2(r.ok, qPrintable(r.error));
    const QJsonObject o = r.output;
    QCOMPARE(o.value(QStringLiteral("languages")).toString(), QStringLiteral("eng"));
    QCOMPARE(o.value(QStringLiteral("psm")).toInt(), 3);
    QCOMPARE(o.value(QStringLiteral("oem")).toInt(), 1);
    QVERIFY(o.value(QStringLiteral("text")).toString().contains(QStringLiteral("brown fox")));
    const double mean = o.value(QStringLiteral("mean_confidence")).toDouble();
    QVERIFY(mean > 70 && mean <= 100);
    const QJsonObject stats = o.value(QStringLiteral("stats")).toObject();
    QCOMPARE(stats.value(QStringLiteral("pages")).toInt(), 1);
    QVERIFY(stats.value(QStringLiteral("words")).toInt() >= 15);
    QCOMPARE(stats.value(QStringLiteral("lines")).toInt(), 3);
    QVERIFY(stats.value(QStringLiteral("chars")).toInt() >= 70);
    QVERIFY(stats.contains(QStringLiteral("low_confidence_words")));
    QVERIFY(o.value(QStringLiteral("files")).toObject().isEmpty());
    const QJsonArray pages = o.value(QStringLiteral("pages")).toArray();
    QCOMPARE(pages.size(), 1);
    const QJsonObject p = pages[0].toObject();
    QCOMPARE(p.value(QStringLiteral("page")).toInt(), 1);
    const QImage source(m_page);
    QCOMPARE(p.value(QStringLiteral("width")).toInt(), source.width());
    QCOMPARE(p.value(QStringLiteral("height")).toInt(), source.height());
    QCOMPARE(p.value(QStringLiteral("dpi")).toInt(), 300);
    QCOMPARE(p.value(QStringLiteral("source_image")).toString(), QFileInfo(m_page).absoluteFilePath());
    const QJsonArray steps = p.value(QStringLiteral("preprocessing")).toArray();
    bool deskewed = false;
    for (const QJsonValue& s : steps) {
        if (s.toObject().value(QStringLiteral("step")).toString() == QLatin1String("deskew"))
            deskewed = std::abs(s.toObject().value(QStringLiteral("angle_deg")).toDouble() - 5.0) < 1.0;
    }
    QVERIFY(deskewed);
    // The preprocessed page is written for review, in the page's own geometry.
    const QString prep = p.value(QStringLiteral("preprocessed_image")).toString();
    QCOMPARE(prep, QDir(out.path()).filePath(QStringLiteral("page.png.ocr-p1.png")));
    QCOMPARE(QImage(prep).size(), source.size());
    const QJsonObject word = p.value(QStringLiteral("words")).toArray()[0].toObject();
    for (const char* key : {"text", "confidence", "bbox", "line", "block"})
        QVERIFY2(word.contains(QLatin1String(key)), key);
    QCOMPARE(word.value(QStringLiteral("bbox")).toArray().size(), 4);
    const QJsonObject line = p.value(QStringLiteral("lines")).toArray()[1].toObject();
    QVERIFY(line.value(QStringLiteral("text")).toString().startsWith(QStringLiteral("The quick brown")));
    for (const char* key : {"confidence", "bbox", "block"})
        QVERIFY2(line.contains(QLatin1String(key)), key);
    const QJsonObject block = p.value(QStringLiteral("blocks")).toArray()[0].toObject();
    QVERIFY(block.value(QStringLiteral("paragraphs")).toInt() >= 1);
    QVERIFY(block.value(QStringLiteral("confidence")).toDouble() > 50);
    // Mean confidence over word rows only: the mean of the words' own confidences.
    double sum = 0;
    int n = 0;
    for (const QJsonValue& w : p.value(QStringLiteral("words")).toArray()) {
        const double c = w.toObject().value(QStringLiteral("confidence")).toDouble();
        if (c >= 0) {
            sum += c;
            ++n;
        }
    }
    QVERIFY(std::abs(sum / n - p.value(QStringLiteral("mean_confidence")).toDouble()) < 0.2);
}

void TestOcrStage::filesWritten() {
    QTemporaryDir out;
    const StageResult r =
        runOcr(m_page, out.path(), {{"outputs", QJsonArray{"txt", "hocr", "tsv", "alto", "pdf"}}});
    QVERIFY2(r.ok, qPrintable(r.error));
    const QJsonObject files = r.output.value(QStringLiteral("files")).toObject();
    const QDir d(out.path());
    QCOMPARE(files.value(QStringLiteral("txt")).toString(), d.filePath(QStringLiteral("page.png.ocr.txt")));
    QCOMPARE(files.value(QStringLiteral("hocr")).toString(), d.filePath(QStringLiteral("page.png.ocr.hocr")));
    QCOMPARE(files.value(QStringLiteral("tsv")).toString(), d.filePath(QStringLiteral("page.png.ocr.tsv")));
    QCOMPARE(files.value(QStringLiteral("alto")).toString(),
             d.filePath(QStringLiteral("page.png.ocr.alto.xml")));
    QCOMPARE(files.value(QStringLiteral("pdf")).toString(), d.filePath(QStringLiteral("page.png.ocr.pdf")));
    // Nothing else is left behind (no temporaries).
    QCOMPARE(d.entryList(QDir::Files | QDir::Hidden).size(), 6);

    QFile txt(files.value(QStringLiteral("txt")).toString());
    QVERIFY(txt.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(txt.readAll()).contains(QStringLiteral("lazy dog")));
    QStringList hocr;
    QCOMPARE(xmlError(files.value(QStringLiteral("hocr")).toString(), &hocr), QString());
    QVERIFY(hocr.contains(QStringLiteral("span")) && hocr.contains(QStringLiteral("html")));
    QStringList alto;
    QCOMPARE(xmlError(files.value(QStringLiteral("alto")).toString(), &alto), QString());
    QVERIFY(alto.contains(QStringLiteral("alto")) && alto.contains(QStringLiteral("String")));
    QFile tsv(files.value(QStringLiteral("tsv")).toString());
    QVERIFY(tsv.open(QIODevice::ReadOnly));
    const QString tsvText = QString::fromUtf8(tsv.readAll());
    QVERIFY(tsvText.contains(QStringLiteral("\tquick\n")));

    std::unique_ptr<Poppler::Document> pdf =
        Poppler::Document::load(files.value(QStringLiteral("pdf")).toString());
    QVERIFY(pdf);
    QCOMPARE(pdf->numPages(), 1);
    const QString layer = pdf->page(0)->text(QRectF());
    for (const QString& w : {QStringLiteral("Invoice"), QStringLiteral("quick"), QStringLiteral("river")})
        QVERIFY2(layer.contains(w), qPrintable(layer));
}

void TestOcrStage::namesNeverOverwrite() {
    QTemporaryDir out;
    const QJsonObject params{{"outputs", QJsonArray{"txt"}}, {"keep_preprocessed", false}};
    const StageResult first = runOcr(m_page, out.path(), params);
    QVERIFY2(first.ok, qPrintable(first.error));
    const StageResult second = runOcr(m_page, out.path(), params);
    QVERIFY2(second.ok, qPrintable(second.error));
    QCOMPARE(second.output.value(QStringLiteral("files")).toObject().value(QStringLiteral("txt")).toString(),
             QDir(out.path()).filePath(QStringLiteral("page.png (2).ocr.txt")));
    QVERIFY(QFile::exists(QDir(out.path()).filePath(QStringLiteral("page.png.ocr.txt"))));
    const QJsonObject page = second.output.value(QStringLiteral("pages")).toArray()[0].toObject();
    QCOMPARE(page.value(QStringLiteral("preprocessed_image")).toString(), QString());
}

void TestOcrStage::noResultFolder() {
    // Files asked for but nowhere to put them: a clear error, nothing written.
    const StageResult r = runOcr(m_page, QString(), {{"outputs", QJsonArray{"pdf"}}});
    QVERIFY(!r.ok);
    QVERIFY(r.error.contains(QStringLiteral("result folder")));
    // Without files, the stage reads and reports as usual.
    const StageResult plain = runOcr(m_page, QString(), {{"preprocess", false}});
    QVERIFY2(plain.ok, qPrintable(plain.error));
    QVERIFY(plain.output.value(QStringLiteral("text")).toString().contains(QStringLiteral("quick")));
    QVERIFY(plain.output.value(QStringLiteral("pages"))
                .toArray()[0]
                .toObject()
                .value(QStringLiteral("preprocessing"))
                .toArray()
                .isEmpty());
}

void TestOcrStage::hugePdfPageWarns() {
    // A poster page (4000 × 4000 pt, 1.4 m wide) cannot be rendered at 300 dpi within the stage's pixel
    // budget (60 MP): it is read at the dpi the budget allows, and the result says so.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("poster.pdf"));
    {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QSizeF(4000, 4000), QPageSize::Point));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(72);
        QPainter p(&writer);
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPixelSize(120);
        p.setFont(font);
        p.drawText(200, 400, QStringLiteral("Poster heading"));
    }
    const double scale = PdfPageRenderer::boundedScale(QSizeF(4000, 4000), 300.0 / 72.0, 60'000'000);
    const int dpi = int(std::lround(72.0 * scale));
    QVERIFY(dpi < 150);
    const StageResult r = runOcr(path, QString(), {{"preprocess", false}});
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(
        r.output.value(QStringLiteral("pages")).toArray()[0].toObject().value(QStringLiteral("dpi")).toInt(),
        dpi);
    QCOMPARE(r.warnings.size(), 1);
    QVERIFY2(r.warnings[0].contains(QStringLiteral("%1 dpi").arg(dpi)) &&
                 r.warnings[0].contains(QStringLiteral("300")),
             qPrintable(r.warnings[0]));
    QVERIFY(r.output.value(QStringLiteral("text")).toString().contains(QStringLiteral("Poster")));
    // A page rendered at the asked resolution: no warning.
    const StageResult normal = runOcr(m_page, QString(), {{"preprocess", false}});
    QVERIFY2(normal.ok, qPrintable(normal.error));
    QVERIFY(normal.warnings.isEmpty());
}

void TestOcrStage::badInput() {
    QTemporaryDir out;
    const QString junk = m_dir.filePath(QStringLiteral("junk.png"));
    QVERIFY(test::writeFile(junk, QByteArray("\x89PNG\r\n\x1a\n not really", 20)));
    const StageResult r = runOcr(junk, out.path(), {{"outputs", QJsonArray{"txt", "pdf"}}});
    QVERIFY(!r.ok);
    QVERIFY(!r.error.isEmpty());
    QVERIFY(QDir(out.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    const StageResult lang = runOcr(m_page, out.path(), {{"languages", "eng+xyz"}});
    QVERIFY(!lang.ok);
    QVERIFY(lang.error.contains(QStringLiteral("xyz")));
    OcrStage stage;
    QVERIFY(!stage.checkParameters({{"outputs", QJsonArray{"docx"}}}).isEmpty());
    QVERIFY(!stage.checkParameters({{"psm", 2}}).isEmpty());
    QVERIFY(stage.checkParameters({{"languages", "eng"}, {"outputs", QJsonArray{"pdf", "alto"}}}).isEmpty());
}

void TestOcrStage::canceled() {
    QTemporaryDir out;
    Feedback feedback;
    feedback.cancel();
    const StageResult r = runOcr(m_page, out.path(), {{"outputs", QJsonArray{"txt", "pdf"}}}, &feedback);
    QVERIFY(!r.ok);
    QCOMPARE(r.error, QStringLiteral("canceled"));
    QVERIFY(QDir(out.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

namespace {
/// Cancels as soon as Tesseract reports progress on the page (through its monitor callback).
class CancelOnProgress : public Feedback {
public:
    void setProgress(double percent) override {
        Feedback::setProgress(percent);
        if (percent > 0 && percent < 100)
            cancel();
    }
};
} // namespace

void TestOcrStage::canceledWhileReading() {
    QTemporaryDir out;
    CancelOnProgress feedback;
    const StageResult r = runOcr(m_page, out.path(), {{"outputs", QJsonArray{"txt", "pdf"}}}, &feedback);
    QVERIFY(!r.ok);
    QCOMPARE(r.error, QStringLiteral("canceled"));
    QVERIFY(QDir(out.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

void TestOcrStage::listedWithLanguages() {
    OcrStage stage;
    bool found = false;
    for (const ParamSpec& p : stage.parameters()) {
        if (p.name == QLatin1String("languages")) {
            found = true;
            QVERIFY(p.choices.contains(QStringLiteral("eng")));
            QVERIFY(p.help.contains(QStringLiteral("eng")));
        }
    }
    QVERIFY(found);
}

void TestOcrStage::builtinPipeline() {
    // The built-in `ocr` pipeline: images and PDFs go through the ocr node, everything is logged.
    Pipeline p;
    QString error;
    QVERIFY2(Pipeline::load(QStringLiteral("ocr"), p, &error), qPrintable(error));
    QCOMPARE(p.name, QStringLiteral("ocr"));
    const QList<ValidationIssue> issues = p.validate();
    QVERIFY2(issues.isEmpty(), qPrintable(issues.isEmpty() ? QString() : issues.first().toString()));
    const QStringList order = p.topologicalOrder();
    QVERIFY(order.indexOf(QStringLiteral("by_type")) < order.indexOf(QStringLiteral("ocr")));
    QCOMPARE(order.last(), QStringLiteral("log"));
}

SLUICE_OCR_TEST_MAIN(TestOcrStage)
#include "test_ocr_stage.moc"
