// The pdf_text stage on corpus PDFs; expected values come from poppler-utils (pdfinfo, pdftotext).

#include "stage_test_util.h"
#include "stages/pdf_text_stage.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace sluice;

class TestPdfTextStage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void latexPaper();
    void passwordRequired();
    void wrongPassword();
    void rightPassword();
    void maxPages();
    void rotatedPage();
    void emptyFile();
    void invalidPdf();
    void notAPdf();
    void canceled();
};

void TestPdfTextStage::latexPaper() {
    // pdfinfo: Pages 1, PDF version 1.4, 612 x 792 pts, Creator "LaTeX with hyperref package",
    // CreationDate 2010-03-10T20:13:37-05 (= 01:13:37 UTC on the 11th); pdftotext | wc -w: 225.
    PdfTextStage stage;
    const StageResult r = test::run(stage, test::data(QStringLiteral("pdf/issue-598-example.pdf")));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.output.value("pages").toInt(), 1);
    QCOMPARE(r.output.value("pdf_version").toString(), QStringLiteral("1.4"));
    QCOMPARE(r.output.value("encrypted").toBool(), false);
    const QJsonObject meta = r.output.value("metadata").toObject();
    QCOMPARE(meta.value("creator").toString(), QStringLiteral("LaTeX with hyperref package"));
    QVERIFY(meta.value("producer").toString().startsWith(QStringLiteral("cpdf non-commercial use only")));
    QCOMPARE(meta.value("created").toString(), QStringLiteral("2010-03-11T01:13:37Z"));
    QCOMPARE(meta.value("title").toString(), QString());

    const QJsonArray pages = r.output.value("page_list").toArray();
    QCOMPARE(pages.size(), 1);
    const QJsonObject page = pages.first().toObject();
    QCOMPARE(page.value("number").toInt(), 1);
    QCOMPARE(page.value("width_pt").toDouble(), 612.0);
    QCOMPARE(page.value("height_pt").toDouble(), 792.0);
    QCOMPARE(page.value("rotation").toInt(), 0);
    QCOMPARE(page.value("needs_ocr").toBool(), false);

    const QString text = r.output.value("text").toString();
    QVERIFY(text.contains(QStringLiteral("What is Earth Science?")));
    // The LaTeX ligature stays U+FB01, as pdftotext prints it.
    QVERIFY(text.contains(QString::fromUtf8("scienti\xef\xac\x81"
                                            "c method")));
    QCOMPARE(page.value("text").toString(), text);
    QCOMPARE(r.output.value("chars").toInteger(), page.value("chars").toInteger());
    QVERIFY(r.output.value("chars").toInteger() > 1500);
    const qint64 words = r.output.value("words").toInteger();
    QVERIFY2(qAbs(words - 225) <= 10, qPrintable(QString::number(words)));
    QCOMPARE(r.output.value("needs_ocr").toBool(), false);
    QCOMPARE(r.output.value("pages_truncated").toBool(), false);
}

void TestPdfTextStage::passwordRequired() {
    PdfTextStage stage;
    const StageResult r = test::run(stage, test::data(QStringLiteral("pdf/password-example.pdf")));
    QVERIFY(!r.ok);
    QCOMPARE(r.error, QStringLiteral("encrypted: password required"));
    QVERIFY(!r.transient);
}

void TestPdfTextStage::wrongPassword() {
    PdfTextStage stage;
    const StageResult r =
        test::run(stage, test::data(QStringLiteral("pdf/password-example.pdf")), {{"password", "secret"}});
    QVERIFY(!r.ok);
    QCOMPARE(r.error, QStringLiteral("encrypted: wrong password"));
}

void TestPdfTextStage::rightPassword() {
    // pdfinfo -upw test: 4 pages, RC4, Title "Microsoft Word - Backup4all_network_backup_solution.doc".
    PdfTextStage stage;
    const StageResult r =
        test::run(stage, test::data(QStringLiteral("pdf/password-example.pdf")), {{"password", "test"}});
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.output.value("pages").toInt(), 4);
    QCOMPARE(r.output.value("encrypted").toBool(), true);
    QCOMPARE(r.output.value("metadata").toObject().value("title").toString(),
             QStringLiteral("Microsoft Word - Backup4all_network_backup_solution.doc"));
    QCOMPARE(r.output.value("metadata").toObject().value("author").toString(),
             QStringLiteral("Administrator"));
    QCOMPARE(r.output.value("page_list").toArray().size(), 4);
    const QString text = r.output.value("text").toString();
    QVERIFY(text.contains(QStringLiteral("Backup4all")));
    QCOMPARE(text.split(QLatin1Char('\f')).size(), 4);
    QCOMPARE(r.output.value("page_list").toArray().at(3).toObject().value("number").toInt(), 4);
}

void TestPdfTextStage::maxPages() {
    PdfTextStage stage;
    const StageResult r = test::run(stage, test::data(QStringLiteral("pdf/password-example.pdf")),
                                    {{"password", "test"}, {"max_pages", 1}});
    QVERIFY(r.ok);
    QCOMPARE(r.output.value("pages").toInt(), 4);
    QCOMPARE(r.output.value("page_list").toArray().size(), 1);
    QCOMPARE(r.output.value("pages_truncated").toBool(), true);
}

void TestPdfTextStage::rotatedPage() {
    // pdfinfo: "Page size: 1008 x 612 pts", "Page rot: 90" — shown upright it is 612 wide, 1008 high.
    PdfTextStage stage;
    const StageResult r =
        test::run(stage, test::data(QStringLiteral("pdf/nics-background-checks-2015-11-rotated.pdf")));
    QVERIFY2(r.ok, qPrintable(r.error));
    const QJsonObject page = r.output.value("page_list").toArray().first().toObject();
    QCOMPARE(page.value("rotation").toInt(), 90);
    QCOMPARE(page.value("width_pt").toDouble(), 612.0);
    QCOMPARE(page.value("height_pt").toDouble(), 1008.0);
    QCOMPARE(r.output.value("pdf_version").toString(), QStringLiteral("1.3"));
    const QString text = r.output.value("text").toString();
    QVERIFY(text.contains(QStringLiteral("Alabama")));
    // The whole rotated page, not only its unrotated crop box: the right-hand columns, the last rows'
    // totals and the full title (all in `pdftotext` output) are there.
    QVERIFY(text.contains(QStringLiteral("Return to Seller")));
    QVERIFY(text.contains(QStringLiteral("71,137")));
    QVERIFY(text.contains(QStringLiteral("NICS Firearm Background Checks")));
}

void TestPdfTextStage::emptyFile() {
    PdfTextStage stage;
    const StageResult r = test::run(stage, test::data(QStringLiteral("pdf/empty.pdf")));
    QVERIFY(!r.ok);
    QCOMPARE(r.error, QStringLiteral("empty file: 0 bytes"));
}

void TestPdfTextStage::invalidPdf() {
    // A %PDF header and %%EOF, no xref, no trailer.
    PdfTextStage stage;
    const StageResult r = test::run(stage, test::data(QStringLiteral("pdf/invalid.pdf")));
    QVERIFY(!r.ok);
    QVERIFY2(r.error.startsWith(QStringLiteral("not a readable PDF: ")), qPrintable(r.error));
}

void TestPdfTextStage::notAPdf() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fake.pdf"));
    QVERIFY(test::writeFile(path, "this is plain text with a .pdf name\n"));
    PdfTextStage stage;
    const StageResult r = test::run(stage, path);
    QVERIFY(!r.ok);
    QCOMPARE(r.error, QStringLiteral("not a readable PDF: no %PDF- header in the first 1024 bytes"));
}

void TestPdfTextStage::canceled() {
    PdfTextStage stage;
    Feedback feedback;
    feedback.cancel();
    const StageResult r =
        test::run(stage, test::data(QStringLiteral("pdf/issue-598-example.pdf")), {}, nullptr, &feedback);
    QVERIFY(!r.ok);
    QCOMPARE(r.error, QStringLiteral("canceled"));
}

QTEST_GUILESS_MAIN(TestPdfTextStage)
#include "test_pdf_text_stage.moc"
