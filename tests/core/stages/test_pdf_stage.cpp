// The pdf stage on corpus PDFs (tests/data/pdf, copies of ../shared/corpus/pdf). Expected values from
// poppler-utils (pdfinfo, pdftotext) and from looking at the pages.

#include "stage_test_util.h"
#include "stages/pdf_stage.h"
#include "text/text_counts.h"

#include <QJsonArray>
#include <QTest>

using namespace sluice;

namespace {

QStringList row(const QJsonObject& table, int r) {
    QStringList out;
    for (const QJsonValue& v : table.value("cells").toArray().at(r).toArray())
        out << v.toString();
    return out;
}

} // namespace

class TestPdfStage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void metadataAndPageSizes();
    void customMetadata();
    void ligaturesAreNormalisedForSearch();
    void wordBoxes();
    void threeTablesOnOnePage();
    void tablesOff();
    void invalidPdf();
    void malformedPdfIsRepaired();
    void emptyPdf();
    void passwordRequired();
    void wrongPassword();
    void passwordFromList();
    void imageOnlyPagesNeedOcr();
    void unmappedFontNeedsOcr();
    void rotatedPage();
    void twoWorkersGiveTheSameResult();
    void workersTakingPagesInTurnGiveTheSameDocument();
    void pageCountsMatchTheText();
    void canceled();
};

void TestPdfStage::metadataAndPageSizes() {
    // pdfinfo: PDF version 1.4, 612 x 792 pts (letter = 215.9 x 279.4 mm), Creator "LaTeX with hyperref
    // package".
    PdfStage stage;
    const StageResult r = test::run(stage, test::data("pdf/issue-598-example.pdf"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.output.value("pdf_version").toString(), QStringLiteral("1.4"));
    QCOMPARE(r.output.value("pages").toInt(), 1);
    QCOMPARE(r.output.value("encrypted").toBool(), false);
    QCOMPARE(r.output.value("metadata").toObject().value("creator").toString(),
             QStringLiteral("LaTeX with hyperref package"));
    QCOMPARE(r.output.value("metadata").toObject().value("created").toString(),
             QStringLiteral("2010-03-11T01:13:37Z"));
    const QJsonArray sizes = r.output.value("page_sizes").toArray();
    QCOMPARE(sizes.size(), 1);
    QCOMPARE(sizes.first().toObject().value("width_pt").toDouble(), 612.0);
    QCOMPARE(sizes.first().toObject().value("height_pt").toDouble(), 792.0);
    QCOMPARE(sizes.first().toObject().value("width_mm").toDouble(), 215.9);
    QCOMPARE(sizes.first().toObject().value("height_mm").toDouble(), 279.4);
    const QJsonObject page = r.output.value("page_list").toArray().first().toObject();
    QCOMPARE(page.value("width_mm").toDouble(), 215.9);
    QCOMPARE(page.value("needs_ocr").toBool(), false);
    QVERIFY(page.value("lines").toInt() > 15);
    const QJsonObject stats = r.output.value("statistics").toObject();
    QCOMPARE(stats.value("tables").toInt(), 0);
    QCOMPARE(stats.value("pages_needing_ocr").toInt(), 0);
    QVERIFY(stats.value("chars").toInt() > 1400);
    QVERIFY2(qAbs(stats.value("words").toInt() - 225) <= 10, "pdftotext | wc -w says 225");
    // Reading order: the chapter heading first, the objectives before the introduction.
    const QString text = r.output.value("text").toString();
    QVERIFY(text.startsWith(QStringLiteral("Chapter 1\nWhat is Earth Science?\n")));
    QVERIFY(text.indexOf(QStringLiteral("Lesson Objectives")) < text.indexOf(QStringLiteral("Introduction")));
}

void TestPdfStage::customMetadata() {
    // docinfo_latin1_key.pdf: twelve Info entries of the writer's own (pdfinfo -custom), one of them named
    // in Latin-1 (/Saks#e5r, "Saksår"); the standard ones stay where they were.
    PdfStage stage;
    const StageResult r = test::run(stage, test::data("pdf/docinfo_latin1_key.pdf"));
    QVERIFY2(r.ok, qPrintable(r.error));
    const QJsonObject metadata = r.output.value("metadata").toObject();
    QCOMPARE(metadata.value("author").toString(), QStringLiteral("Geomatikk AS"));
    QCOMPARE(metadata.value("producer").toString(), QStringLiteral("pikepdf 9.5.2"));
    const QJsonObject custom = metadata.value("custom").toObject();
    QCOMPARE(custom.size(), 12);
    QCOMPARE(custom.value("CreatorVersion").toString(), QStringLiteral("6.36.0.918"));
    QCOMPARE(custom.value("RegistrationDate").toString(), QStringLiteral("N/A"));
    QCOMPARE(custom.value("Hyperlink").toString(), QStringLiteral("1"));
    QVERIFY(custom.contains(QStringLiteral("Saksansvarlig enhet")));
    QVERIFY(custom.contains(QStringLiteral("Saks") + QChar(0xE5) + QStringLiteral("r")));
    QVERIFY(!custom.contains(QStringLiteral("Author")) && !custom.contains(QStringLiteral("Producer")));
    // A file without such entries has an empty object.
    const StageResult plain = test::run(stage, test::data("pdf/issue-598-example.pdf"));
    QCOMPARE(plain.output.value("metadata").toObject().value("custom").toObject(), QJsonObject());
}

void TestPdfStage::ligaturesAreNormalisedForSearch() {
    // Field case issue-598: LaTeX ligature U+FB01 in "scientiﬁc"; raw kept, searchable text NFKC.
    PdfStage stage;
    const StageResult r = test::run(stage, test::data("pdf/issue-598-example.pdf"));
    QVERIFY2(r.ok, qPrintable(r.error));
    const QString raw = r.output.value("text").toString();
    const QString search = r.output.value("search_text").toString();
    QVERIFY(raw.contains(QString::fromUtf8("scienti\xef\xac\x81"
                                           "c method")));
    QVERIFY(search.contains(QStringLiteral("scientific method")));
    QVERIFY(search.contains(QStringLiteral("science fiction movie")));
    QVERIFY(!search.contains(QChar(0xFB01)));
    const QJsonObject page = r.output.value("page_list").toArray().first().toObject();
    QVERIFY(page.value("search_text").toString().contains(QStringLiteral("scientific")));
    QCOMPARE(page.value("replacement_chars").toInt(), 0);
    QCOMPARE(r.output.value("statistics").toObject().value("replacement_chars").toInt(), 0);
}

void TestPdfStage::wordBoxes() {
    PdfStage stage;
    StageResult r = test::run(stage, test::data("pdf/issue-598-example.pdf"));
    QVERIFY(r.ok);
    const QJsonArray words =
        r.output.value("page_list").toArray().first().toObject().value("word_boxes").toArray();
    QVERIFY(words.size() > 200);
    const QJsonArray first = words.first().toArray();
    QCOMPARE(first.at(0).toString(), QStringLiteral("Chapter"));
    // [text, x, y, w, h] in points inside the 612 x 792 page.
    QVERIFY(first.at(1).toDouble() > 0 && first.at(1).toDouble() < 612);
    QVERIFY(first.at(2).toDouble() > 0 && first.at(2).toDouble() < 200);
    QVERIFY(first.at(3).toDouble() > 10 && first.at(4).toDouble() > 5);

    r = test::run(stage, test::data("pdf/issue-598-example.pdf"), {{"word_boxes", false}});
    QVERIFY(r.ok);
    QVERIFY(!r.output.value("page_list").toArray().first().toObject().contains("word_boxes"));
}

void TestPdfStage::threeTablesOnOnePage() {
    // Field case issue-336: one A4 page (595.32 x 841.92 pt, PDF 1.7) with tables 7.5, 7.6 and 7.7.
    PdfStage stage;
    const StageResult r = test::run(stage, test::data("pdf/issue-336-example.pdf"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.output.value("pdf_version").toString(), QStringLiteral("1.7"));
    const QJsonObject size = r.output.value("page_sizes").toArray().first().toObject();
    QCOMPARE(size.value("width_mm").toDouble(), 210.0);
    QCOMPARE(size.value("height_mm").toDouble(), 297.0);
    const QJsonArray tables = r.output.value("tables").toArray();
    QCOMPARE(tables.size(), 3);
    QCOMPARE(r.output.value("statistics").toObject().value("tables").toInt(), 3);
    double lastBottom = 0;
    for (const QJsonValue& v : tables) {
        const QJsonObject t = v.toObject();
        QCOMPARE(t.value("page").toInt(), 1);
        const QJsonArray bbox = t.value("bbox").toArray();
        QCOMPARE(bbox.size(), 4);
        QVERIFY(bbox.at(1).toDouble() > lastBottom); // separate, top to bottom
        lastBottom = bbox.at(1).toDouble() + bbox.at(3).toDouble();
    }
    // Table 7.5: 5 columns; the body rows read across.
    const QJsonObject t1 = tables.at(0).toObject();
    QCOMPARE(t1.value("columns").toInt(), 5);
    QCOMPARE(t1.value("rows").toInt(), 9);
    QCOMPARE(row(t1, 3), (QStringList{QString(), QString::fromUtf8("八"), "2.5000",
                                      QString::fromUtf8("60000≤Q＜80000"), QString::fromUtf8("20＜μ≤30")}));
    QCOMPARE(row(t1, 8).at(0), QString::fromUtf8("二级公路"));
    QCOMPARE(row(t1, 8).at(2), QStringLiteral("0.3333"));
    // Table 7.6: 8 columns, 11 rows; the last row is 二级公路 / 二 / Q＜15000 / 1.00 × 5.
    const QJsonObject t2 = tables.at(1).toObject();
    QCOMPARE(t2.value("columns").toInt(), 8);
    QCOMPARE(t2.value("rows").toInt(), 11);
    QCOMPARE(row(t2, 2).mid(2),
             (QStringList{QString::fromUtf8("80000≤Q＜100000"), "0.92", "1.02", "1.11", "1.19", "1.26"}));
    QCOMPARE(row(t2, 10),
             (QStringList{QString::fromUtf8("二级 公路"), QString::fromUtf8("二"),
                          QString::fromUtf8("Q＜15000"), "1.00", "1.00", "1.00", "1.00", "1.00"}));
    // Table 7.7: ruled only above, between and below its two rows (no vertical rulings): columns from the
    // alignment of the words.
    const QJsonObject t3 = tables.at(2).toObject();
    QCOMPARE(t3.value("rows").toInt(), 2);
    QCOMPARE(t3.value("columns").toInt(), 3);
    QCOMPARE(row(t3, 0),
             (QStringList{QString::fromUtf8("路段监控通信分中心"), QString::fromUtf8("路段监控通信站"),
                          QString::fromUtf8("桥隧监控通信站")}));
    QCOMPARE(row(t3, 1), (QStringList{"1.7333", "0.8667", "0.5333"}));
    QCOMPARE(t3.value("column_edges").toArray().size(), 4);
    // In the page text each table is read row by row (cells separated by tabs), after its caption and
    // before the paragraph below it, not column by column.
    const QString text = r.output.value("text").toString();
    QVERIFY(text.contains(QString::fromUtf8("表 7.5 停车区用地指标基准值（公顷/处）\n公路技术\t")));
    QVERIFY(text.contains(QString::fromUtf8("\t八\t2.5000\t60000≤Q＜80000\t20＜μ≤30\n")));
    QVERIFY(text.contains(QString::fromUtf8("1.7333\t0.8667\t0.5333\n第 7.11 条")));
    QCOMPARE(t3.value("row_edges").toArray().size(), 3);
}

void TestPdfStage::tablesOff() {
    PdfStage stage;
    const StageResult r = test::run(stage, test::data("pdf/issue-336-example.pdf"), {{"tables", "off"}});
    QVERIFY(r.ok);
    QCOMPARE(r.output.value("tables").toArray().size(), 0);
}

void TestPdfStage::invalidPdf() {
    // Field case: 44 bytes, a header and %%EOF, no xref, no trailer, no objects: nothing to repair.
    PdfStage stage;
    const StageResult r = test::run(stage, test::data("pdf/invalid.pdf"));
    QVERIFY(!r.ok);
    QVERIFY2(r.error.startsWith(QStringLiteral("not a readable PDF: poppler cannot parse its structure")),
             qPrintable(r.error));
    QVERIFY(!r.transient);
}

void TestPdfStage::malformedPdfIsRepaired() {
    // Field case issue-932: a malformed file poppler repairs; pdftotext reads "2021", "3", "31".
    PdfStage stage;
    const StageResult r = test::run(stage, test::data("pdf/malformed-from-issue-932.pdf"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.output.value("pages").toInt(), 1);
    QCOMPARE(r.output.value("text").toString().simplified(), QStringLiteral("2021 3 31"));
    const QJsonObject page = r.output.value("page_list").toArray().first().toObject();
    QCOMPARE(page.value("words_outside_page").toInt(), 0);
}

void TestPdfStage::emptyPdf() {
    PdfStage stage;
    const StageResult r = test::run(stage, test::data("pdf/empty.pdf"));
    QVERIFY(!r.ok);
    QCOMPARE(r.error, QStringLiteral("empty file: 0 bytes"));
}

void TestPdfStage::passwordRequired() {
    PdfStage stage;
    const StageResult r = test::run(stage, test::data("pdf/password-example.pdf"));
    QVERIFY(!r.ok);
    QCOMPARE(r.error, QStringLiteral("encrypted: password required"));
}

void TestPdfStage::wrongPassword() {
    PdfStage stage;
    const StageResult r = test::run(stage, test::data("pdf/password-example.pdf"),
                                    {{"password", "secret"}, {"passwords", QJsonArray{"nope"}}});
    QVERIFY(!r.ok);
    QCOMPARE(r.error, QStringLiteral("encrypted: wrong password"));
}

void TestPdfStage::passwordFromList() {
    // Field case: user password "test"; 4 pages, RC4.
    PdfStage stage;
    const StageResult r = test::run(stage, test::data("pdf/password-example.pdf"),
                                    {{"passwords", QJsonArray{"wrong", "test"}}});
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.output.value("encrypted").toBool(), true);
    QCOMPARE(r.output.value("pages").toInt(), 4);
    QCOMPARE(r.output.value("metadata").toObject().value("author").toString(),
             QStringLiteral("Administrator"));
    QVERIFY(r.output.value("text").toString().contains(QStringLiteral("Backup4all")));
}

void TestPdfStage::imageOnlyPagesNeedOcr() {
    // enormous.pdf: one 2160 x 2160 pt page (762 mm) holding an image and no text.
    PdfStage stage;
    const StageResult r = test::run(stage, test::data("pdf/enormous.pdf"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.output.value("needs_ocr").toBool(), true);
    QCOMPARE(r.output.value("pages_needing_ocr").toArray(), QJsonArray{1});
    const QJsonObject page = r.output.value("page_list").toArray().first().toObject();
    QCOMPARE(page.value("width_mm").toDouble(), 762.0);
    QCOMPARE(page.value("needs_ocr").toBool(), true);
    QCOMPARE(r.output.value("statistics").toObject().value("pages_needing_ocr").toInt(), 1);
}

void TestPdfStage::unmappedFontNeedsOcr() {
    // type3_font_nomapping.pdf: glyphs without a Unicode mapping come out as control characters.
    PdfStage stage;
    const StageResult r = test::run(stage, test::data("pdf/type3_font_nomapping.pdf"));
    QVERIFY2(r.ok, qPrintable(r.error));
    const QJsonObject page = r.output.value("page_list").toArray().first().toObject();
    QVERIFY(page.value("replacement_chars").toInt() >= 1);
    QCOMPARE(page.value("needs_ocr").toBool(), true);
}

void TestPdfStage::rotatedPage() {
    // pdfinfo: 1008 x 612 pts, rotated 90: shown upright 612 x 1008 pt = 215.9 x 355.6 mm.
    PdfStage stage;
    const StageResult r = test::run(stage, test::data("pdf/nics-background-checks-2015-11-rotated.pdf"));
    QVERIFY2(r.ok, qPrintable(r.error));
    const QJsonObject page = r.output.value("page_list").toArray().first().toObject();
    QCOMPARE(page.value("rotation").toInt(), 90);
    QCOMPARE(page.value("width_pt").toDouble(), 612.0);
    QCOMPARE(page.value("height_pt").toDouble(), 1008.0);
    QCOMPARE(page.value("width_mm").toDouble(), 215.9);
    QCOMPARE(page.value("height_mm").toDouble(), 355.6);
    // The layout analysis loses this page's vertical column headers and state names, so the safety net
    // keeps poppler's text of the whole page: every state, the right-hand columns and the totals are there.
    QCOMPARE(page.value("text_source").toString(), QStringLiteral("poppler"));
    const QString text = r.output.value("text").toString();
    for (const char* word : {"Alabama", "Wyoming", "District of Columbia", "Return to Seller", "71,137",
                             "NICS Firearm Background Checks"})
        QVERIFY2(text.contains(QLatin1String(word)), word);
}

void TestPdfStage::twoWorkersGiveTheSameResult() {
    PdfStage stage;
    const StageResult one = test::run(stage, test::data("pdf/password-example.pdf"), {{"password", "test"}});
    const StageResult two =
        test::run(stage, test::data("pdf/password-example.pdf"), {{"password", "test"}, {"workers", 2}});
    QVERIFY(one.ok && two.ok);
    QCOMPARE(two.output.value("text").toString(), one.output.value("text").toString());
    QCOMPARE(two.output.value("page_list").toArray().size(), 4);
    QCOMPARE(two.output.value("page_list").toArray().at(3).toObject().value("number").toInt(), 4);
}

void TestPdfStage::workersTakingPagesInTurnGiveTheSameDocument() {
    // Three workers take the four pages in whatever order they get to them; the result is the one worker's,
    // key for key (texts, page list in page order, statistics, tables, sizes), tables looked for everywhere.
    PdfStage stage;
    const QJsonObject params{{"password", "test"}, {"tables", "always"}};
    QJsonObject three = params;
    three.insert("workers", 3);
    const StageResult one = test::run(stage, test::data("pdf/password-example.pdf"), params);
    const StageResult many = test::run(stage, test::data("pdf/password-example.pdf"), three);
    QVERIFY(one.ok && many.ok);
    QCOMPARE(many.output, one.output);
    const QJsonArray pages = many.output.value("page_list").toArray();
    QCOMPARE(pages.size(), 4);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(pages.at(i).toObject().value("number").toInt(), i + 1);
}

void TestPdfStage::pageCountsMatchTheText() {
    // Each page's chars, words and replacement characters are those of its text (code points, runs of
    // non-space characters as `wc -w`, U+FFFD and control characters), and the statistics are their sums;
    // the document's text and search text are the pages' joined by form feeds.
    PdfStage stage;
    for (const char* file :
         {"pdf/issue-71-duplicate-chars.pdf", "pdf/type3_font_nomapping.pdf", "pdf/issue-598-example.pdf"}) {
        const StageResult r = test::run(stage, test::data(file), {{"word_boxes", false}});
        QVERIFY2(r.ok, file);
        qint64 chars = 0;
        qint64 words = 0;
        qint64 replacement = 0;
        QStringList texts;
        QStringList searchTexts;
        for (const QJsonValue& v : r.output.value("page_list").toArray()) {
            const QJsonObject page = v.toObject();
            const QString text = page.value("text").toString();
            QCOMPARE(page.value("chars").toInteger(), codePointCount(text));
            QCOMPARE(page.value("words").toInteger(), wordCount(text));
            int unmapped = 0;
            for (const QChar c : text)
                unmapped +=
                    c == QChar::ReplacementCharacter || (c.category() == QChar::Other_Control && !c.isSpace())
                        ? 1
                        : 0;
            QCOMPARE(page.value("replacement_chars").toInt(), unmapped);
            QCOMPARE(page.value("search_text").toString(), text.normalized(QString::NormalizationForm_KC));
            chars += page.value("chars").toInteger();
            words += page.value("words").toInteger();
            replacement += unmapped;
            texts << text;
            searchTexts << page.value("search_text").toString();
        }
        const QJsonObject stats = r.output.value("statistics").toObject();
        QCOMPARE(stats.value("chars").toInteger(), chars);
        QCOMPARE(stats.value("words").toInteger(), words);
        QCOMPARE(stats.value("replacement_chars").toInteger(), replacement);
        QCOMPARE(r.output.value("chars").toInteger(), chars);
        QCOMPARE(r.output.value("text").toString(), texts.join(QLatin1Char('\f')));
        QCOMPARE(r.output.value("search_text").toString(), searchTexts.join(QLatin1Char('\f')));
    }
}

void TestPdfStage::canceled() {
    PdfStage stage;
    Feedback feedback;
    feedback.cancel();
    const StageResult r = test::run(stage, test::data("pdf/issue-598-example.pdf"), {}, nullptr, &feedback);
    QVERIFY(!r.ok);
    QCOMPARE(r.error, QStringLiteral("canceled"));
}

QTEST_GUILESS_MAIN(TestPdfStage)
#include "test_pdf_stage.moc"
