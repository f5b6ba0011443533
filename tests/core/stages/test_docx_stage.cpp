// The docx stage on the corpus .docx files (tests/data/docx, copies of ../shared/corpus/docx, contents per
// SOURCES.md) and on packages the test writes (docx_test_util.h) for styles, merges and wrappers.

#include "docx_test_util.h"
#include "stage_test_util.h"
#include "stages/docx_stage.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace sluice;

namespace {

QJsonObject firstOfType(const QJsonArray& blocks, const QString& type) {
    for (const QJsonValue& v : blocks)
        if (v.toObject().value("type").toString() == type)
            return v.toObject();
    return {};
}

QJsonObject runNamed(const QJsonArray& body, const QString& text) {
    for (const QJsonValue& b : body)
        for (const QJsonValue& r : b.toObject().value("runs").toArray())
            if (r.toObject().value("text").toString() == text)
                return r.toObject();
    return {};
}

} // namespace

class TestDocxStage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void tables() {
        DocxStage stage;
        const StageResult r = test::run(stage, test::data("docx/tables.docx"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.output.value("text").toString(),
                 QStringLiteral("Above\nTop left\tTop right\nBottom left\tBottom right\nBelow"));
        const QJsonObject table = firstOfType(r.output.value("body").toArray(), "table");
        QCOMPARE(table.value("rows").toInt(), 2);
        QCOMPARE(table.value("columns").toInt(), 2);
        QCOMPARE(table.value("grid").toArray(), (QJsonArray{QJsonArray{"Top left", "Top right"},
                                                            QJsonArray{"Bottom left", "Bottom right"}}));
        const QJsonObject core = r.output.value("core_properties").toObject();
        QCOMPARE(core.value("author").toString(), QStringLiteral("Michael Williamson"));
        QCOMPARE(core.value("created").toString(), QStringLiteral("2014-07-05T18:21:00Z"));
        QCOMPARE(core.value("modified").toString(), QStringLiteral("2014-07-05T18:22:00Z"));
        const QJsonObject section = r.output.value("sections").toArray().first().toObject();
        QCOMPARE(section.value("orientation").toString(), QStringLiteral("portrait"));
        QCOMPARE(section.value("width_mm").toDouble(), 210.0);
        QCOMPARE(section.value("height_mm").toDouble(), 297.0);
        QCOMPARE(r.output.value("statistics").toObject().value("tables").toInt(), 1);
        QCOMPARE(r.output.value("statistics").toObject().value("words").toInt(), 10);
    }

    void trackChanges() {
        // Field case: insertions in, deletions out, both listed and counted (6 w:ins, 16 w:del elements).
        DocxStage stage;
        const StageResult r = test::run(stage, test::data("docx/track-changes-test.docx"));
        QVERIFY2(r.ok, qPrintable(r.error));
        const QString text = r.output.value("text").toString();
        QVERIFY(text.startsWith(QStringLiteral("Track Changes Test\n")));
        QVERIFY(text.contains(QStringLiteral("This is the content.")));           // "default " deleted
        QVERIFY(text.contains(QStringLiteral("And here is much more content."))); // "much" inserted
        QVERIFY(text.contains(QStringLiteral("This is new content, that I suggest.")));
        QVERIFY(!text.contains(QStringLiteral("default")));
        QVERIFY(!text.contains(QStringLiteral("Item 1")));
        QVERIFY(!text.contains(QStringLiteral("Point two")));
        QVERIFY(!text.contains(QStringLiteral("HYPERLINK"))); // field codes are not text
        QVERIFY(text.contains(QStringLiteral("Point one\nPoint three\n")));
        const QJsonObject changes = r.output.value("tracked_changes").toObject();
        QCOMPARE(changes.value("insertions").toInt(), 6);
        QCOMPARE(changes.value("deletions").toInt(), 16);
        QVERIFY(changes.value("deleted_text").toArray().contains(QStringLiteral("Item 1")));
        QVERIFY(changes.value("inserted_text").toArray().contains(QStringLiteral("much")));
        const QJsonObject inserted = runNamed(r.output.value("body").toArray(), "much");
        QCOMPARE(inserted.value("inserted").toBool(), true);
        QCOMPARE(r.output.value("headings").toArray().first().toObject().value("text").toString(),
                 QStringLiteral("Track Changes Test"));
        // Numbering counts only the items left: "Point three" is item 2.
        const QJsonArray body = r.output.value("body").toArray();
        for (const QJsonValue& v : body)
            if (v.toObject().value("text").toString() == QLatin1String("Point three"))
                QCOMPARE(v.toObject().value("list").toObject().value("label").toString(),
                         QStringLiteral("2."));
        // The HYPERLINK fields' results with their targets.
        QVERIFY(r.output.value("hyperlinks")
                    .toArray()
                    .contains(QJsonObject{{"text", "www.hlx.live"}, {"target", "http://www.hlx.live"}}));
    }

    void textBoxOnce() {
        // Field case: the text box is stored as mc:Choice (DrawingML) and mc:Fallback (VML).
        DocxStage stage;
        const StageResult r = test::run(stage, test::data("docx/text-box.docx"));
        QVERIFY2(r.ok, qPrintable(r.error));
        const QString text = r.output.value("text").toString();
        QCOMPARE(text.count(QStringLiteral("Datum plane")), 1);
        QCOMPARE(r.output.value("text_boxes").toArray(), (QJsonArray{QJsonObject{{"text", "Datum plane"}}}));
        QCOMPARE(r.output.value("statistics").toObject().value("text_boxes").toInt(), 1);
    }

    void headerAndFooter() {
        DocxStage stage;
        const StageResult r = test::run(stage, test::data("docx/header-footer.docx"));
        QVERIFY2(r.ok, qPrintable(r.error));
        const QJsonObject header = r.output.value("headers").toArray().first().toObject();
        const QJsonObject footer = r.output.value("footers").toArray().first().toObject();
        QCOMPARE(header.value("text").toString(), QStringLiteral("Header text"));
        QCOMPARE(header.value("type").toString(), QStringLiteral("default"));
        QCOMPARE(header.value("part").toString(), QStringLiteral("word/header1.xml"));
        QCOMPARE(footer.value("text").toString(), QStringLiteral("Footer text"));
        QCOMPARE(r.output.value("sections").toArray().first().toObject().value("headers").toArray().size(),
                 1);
        QCOMPARE(r.output.value("core_properties").toObject().value("last_modified_by").toString(),
                 QStringLiteral("Jason Woods"));
    }

    void footnotes() {
        DocxStage stage;
        const StageResult r = test::run(stage, test::data("docx/footnotes.docx"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.output.value("text").toString(), QStringLiteral("Ouch."));
        QCOMPARE(r.output.value("footnotes").toArray(),
                 (QJsonArray{QJsonObject{{"id", "1"}, {"text", "A tachyon walks into a bar."}},
                             QJsonObject{{"id", "2"}, {"text", "Fin."}}}));
        QCOMPARE(r.output.value("body").toArray().first().toObject().value("note_refs").toArray(),
                 (QJsonArray{"footnote:1", "footnote:2"}));
    }

    void comments() {
        DocxStage stage;
        const StageResult r = test::run(stage, test::data("docx/comments.docx"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.output.value("text").toString(), QStringLiteral("Ouch."));
        const QJsonArray comments = r.output.value("comments").toArray();
        QCOMPARE(comments.size(), 2);
        QCOMPARE(comments.at(0).toObject().value("text").toString(),
                 QStringLiteral("A tachyon walks into a bar."));
        QCOMPARE(comments.at(0).toObject().value("author").toString(), QStringLiteral("Michael Williamson"));
        QCOMPARE(comments.at(1).toObject().value("text").toString(), QStringLiteral("Fin."));
        // Comment 0 covers "Ouch" (w:commentRangeStart … w:commentRangeEnd); comment 2 has only a reference.
        QCOMPARE(comments.at(0).toObject().value("anchor").toString(), QStringLiteral("Ouch"));
        QVERIFY(!comments.at(1).toObject().contains("anchor"));
    }

    void simpleList() {
        DocxStage stage;
        const StageResult r = test::run(stage, test::data("docx/simple-list.docx"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.output.value("text").toString(),
                 QStringLiteral("Apple\nBanana")); // bullets not in the text
        const QJsonArray body = r.output.value("body").toArray();
        QCOMPARE(body.size(), 2);
        for (const QJsonValue& v : body) {
            const QJsonObject list = v.toObject().value("list").toObject();
            QCOMPARE(list.value("format").toString(), QStringLiteral("bullet"));
            QCOMPARE(list.value("level").toInt(), 0);
        }
        QCOMPARE(r.output.value("statistics").toObject().value("list_items").toInt(), 2);
    }

    void strictFormat() {
        // Field case: ISO 29500 strict namespaces and measures in points ("595.30pt").
        DocxStage stage;
        const StageResult r = test::run(stage, test::data("docx/strict-format.docx"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.output.value("text").toString(), QStringLiteral("Test"));
        const QJsonObject section = r.output.value("sections").toArray().first().toObject();
        QCOMPARE(section.value("width_pt").toDouble(), 595.3);
        QCOMPARE(section.value("height_pt").toDouble(), 841.9);
        QCOMPARE(section.value("orientation").toString(), QStringLiteral("portrait"));
        const QJsonObject run = runNamed(r.output.value("body").toArray(), "Test");
        QCOMPARE(run.value("font").toString(), QStringLiteral("Calibri")); // the theme's minor font
        QCOMPARE(run.value("size_pt").toDouble(), 11.0);
    }

    void utf8Bom() {
        DocxStage stage;
        const StageResult r = test::run(stage, test::data("docx/utf8-bom.docx"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.output.value("text").toString(), QStringLiteral("This XML has a byte order mark."));
        QCOMPARE(r.output.value("statistics").toObject().value("parts").toInt(), 7);
        // Its w:sectPr has no w:pgSz: the size is unknown, not 0 x 0.
        const QJsonObject section = r.output.value("sections").toArray().first().toObject();
        QVERIFY(section.value("width_mm").isNull());
        QVERIFY(section.value("height_pt").isNull());
        QCOMPARE(section.value("margins_pt").toObject().value("left").toDouble(), 85.0);
    }

    void pictures() {
        DocxStage stage;
        StageResult r = test::run(stage, test::data("docx/external-picture.docx"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.output.value("images").toArray().first().toObject(),
                 (QJsonObject{{"target", "tiny-picture.png"}, {"external", true}, {"found", true}}));
        r = test::run(stage, test::data("docx/tiny-picture-target-base-relative.docx"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.output.value("images").toArray().first().toObject(),
                 (QJsonObject{{"target", "word/media/image1.png"}, {"external", false}, {"found", true}}));
    }

    void formattingThroughStyles() {
        // docDefaults: Cambria 11 pt; Heading1 based on Normal: bold 16 pt; character style Emphasis: italic.
        const QString styles = QStringLiteral(
            "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Cambria\" w:hAnsi=\"Cambria\"/>"
            "<w:sz w:val=\"22\"/></w:rPr></w:rPrDefault></w:docDefaults>"
            "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name "
            "w:val=\"Normal\"/></w:style>"
            "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/>"
            "<w:basedOn w:val=\"Normal\"/><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:rPr><w:b/><w:sz "
            "w:val=\"32\"/>"
            "</w:rPr></w:style>"
            "<w:style w:type=\"character\" w:styleId=\"Emphasis\"><w:name "
            "w:val=\"Emphasis\"/><w:rPr><w:i/></w:rPr>"
            "</w:style>"
            "<w:style w:type=\"character\" w:styleId=\"Strong\"><w:name "
            "w:val=\"Strong\"/><w:rPr><w:b/></w:rPr>"
            "</w:style>");
        // "toggled": the bold character style Strong inside the bold Heading1 cancels out (§17.7.3);
        // "forced": direct bold is not a toggle and stays bold.
        const QString body = QStringLiteral(
            "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t>Big title</w:t></w:r>"
            "<w:r><w:rPr><w:rStyle w:val=\"Strong\"/></w:rPr><w:t>toggled</w:t></w:r>"
            "<w:r><w:rPr><w:b/></w:rPr><w:t>forced</w:t></w:r></w:p>"
            "<w:p><w:r><w:rPr><w:rStyle w:val=\"Emphasis\"/></w:rPr><w:t>leaning</w:t></w:r>"
            "<w:r><w:t xml:space=\"preserve\"> and </w:t></w:r>"
            "<w:r><w:rPr><w:rFonts w:ascii=\"Arial\"/><w:u w:val=\"double\"/><w:sz w:val=\"18\"/><w:b "
            "w:val=\"0\"/>"
            "</w:rPr><w:t>small</w:t></w:r></w:p>"
            "<w:sectPr><w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/></w:sectPr>");
        const QJsonObject out = runDocx(test::docx(body, styles));
        const QJsonArray blocks = out.value("body").toArray();
        const QJsonObject heading = blocks.at(0).toObject();
        QCOMPARE(heading.value("heading_level").toInt(), 1);
        QCOMPARE(heading.value("style").toString(), QStringLiteral("heading 1"));
        QCOMPARE(heading.value("alignment").toString(), QStringLiteral("center"));
        const QJsonObject big = runNamed(blocks, "Big title");
        QCOMPARE(big.value("bold").toBool(), true);
        QCOMPARE(big.value("size_pt").toDouble(), 16.0);
        QCOMPARE(big.value("font").toString(), QStringLiteral("Cambria"));
        QCOMPARE(runNamed(blocks, "toggled").value("bold").toBool(), false);
        QCOMPARE(runNamed(blocks, "forced").value("bold").toBool(), true);
        const QJsonObject leaning = runNamed(blocks, "leaning");
        QCOMPARE(leaning.value("italic").toBool(), true);
        QCOMPARE(leaning.value("bold").toBool(), false);
        QCOMPARE(leaning.value("size_pt").toDouble(), 11.0);
        const QJsonObject small = runNamed(blocks, "small");
        QCOMPARE(small.value("font").toString(), QStringLiteral("Arial"));
        QCOMPARE(small.value("underline").toString(), QStringLiteral("double"));
        QCOMPARE(small.value("size_pt").toDouble(), 9.0);
        QCOMPARE(blocks.at(1).toObject().value("text").toString(), QStringLiteral("leaning and small"));
        QCOMPARE(out.value("headings").toArray(),
                 (QJsonArray{QJsonObject{{"level", 1}, {"text", "Big titletoggledforced"}}}));
        const QJsonObject section = out.value("sections").toArray().first().toObject();
        QCOMPARE(section.value("orientation").toString(), QStringLiteral("landscape"));
        QCOMPARE(section.value("width_pt").toDouble(), 841.9);
        QCOMPARE(section.value("height_pt").toDouble(), 595.3);
    }

    void mergedAndNestedCells() {
        // 3 grid columns: row 1 = A (gridSpan 2) | B (vMerge restart); row 2 = C | D | (vMerge continue);
        // D holds a nested 1 x 1 table.
        const QString body = QStringLiteral(
            "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>"
            "<w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr><w:p><w:r><w:t>A</w:t></w:r></w:p></w:tc>"
            "<w:tc><w:tcPr><w:vMerge "
            "w:val=\"restart\"/></w:tcPr><w:p><w:r><w:t>B</w:t></w:r></w:p></w:tc></w:tr>"
            "<w:tr><w:tc><w:p><w:r><w:t>C</w:t></w:r></w:p></w:tc>"
            "<w:tc><w:tbl><w:tr><w:tc><w:p><w:r><w:t>inner</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p/></"
            "w:tc>"
            "<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc></w:tr></w:tbl>");
        const QJsonObject out = runDocx(test::docx(body));
        const QJsonObject table = firstOfType(out.value("body").toArray(), "table");
        QCOMPARE(table.value("rows").toInt(), 2);
        QCOMPARE(table.value("columns").toInt(), 3);
        const QJsonArray cells = table.value("cells").toArray();
        const QJsonObject a = cells.at(0).toArray().at(0).toObject();
        const QJsonObject b = cells.at(0).toArray().at(1).toObject();
        QCOMPARE(a.value("col_span").toInt(), 2);
        QCOMPARE(b.value("column").toInt(), 2);
        QCOMPARE(b.value("row_span").toInt(), 2);
        QCOMPARE(cells.at(1).toArray().size(), 2); // the continuation is not a cell of its own
        const QJsonObject d = cells.at(1).toArray().at(1).toObject();
        const QJsonObject nested = firstOfType(d.value("blocks").toArray(), "table");
        QCOMPARE(nested.value("grid").toArray(), (QJsonArray{QJsonArray{"inner"}}));
        QCOMPARE(table.value("grid").toArray(),
                 (QJsonArray{QJsonArray{"A", "", "B"}, QJsonArray{"C", d.value("text").toString(), ""}}));
        QCOMPARE(out.value("statistics").toObject().value("tables").toInt(), 2);
    }

    void wrappersKeepTheirText() {
        // Field case: runs inside hyperlinks, smart tags, custom XML, simple fields and content controls, at
        // body, paragraph, table-row and cell level: all their text is in the paragraph.
        const QString rels = QStringLiteral(
            "<Relationship Id=\"rIdLink\" "
            "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" "
            "Target=\"https://example.org/\" TargetMode=\"External\"/>");
        const QString body = QStringLiteral(
            "<w:p><w:r><w:t xml:space=\"preserve\">a </w:t></w:r>"
            "<w:hyperlink r:id=\"rIdLink\"><w:r><w:t>link</w:t></w:r></w:hyperlink>"
            "<w:smartTag w:uri=\"u\" w:element=\"place\"><w:smartTagPr/><w:r><w:t xml:space=\"preserve\"> "
            "smart"
            "</w:t></w:r></w:smartTag>"
            "<w:customXml w:element=\"x\"><w:r><w:t xml:space=\"preserve\"> custom</w:t></w:r></w:customXml>"
            "<w:fldSimple w:instr=\" PAGE \"><w:r><w:t xml:space=\"preserve\"> 7</w:t></w:r></w:fldSimple>"
            "<w:sdt><w:sdtPr><w:tag w:val=\"inline\"/></w:sdtPr><w:sdtContent><w:r><w:t "
            "xml:space=\"preserve\">"
            " control</w:t></w:r></w:sdtContent></w:sdt></w:p>"
            "<w:sdt><w:sdtPr><w:alias w:val=\"Body block\"/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>body level"
            "</w:t></w:r></w:p></w:sdtContent></w:sdt>"
            "<w:customXml w:element=\"y\"><w:p><w:r><w:t>custom block</w:t></w:r></w:p></w:customXml>"
            "<w:tbl><w:sdt><w:sdtPr><w:tag w:val=\"row\"/></w:sdtPr><w:sdtContent><w:tr>"
            "<w:sdt><w:sdtPr><w:tag "
            "w:val=\"cell\"/></w:sdtPr><w:sdtContent><w:tc><w:p><w:r><w:t>c1</w:t></w:r>"
            "</w:p></w:tc></w:sdtContent></w:sdt>"
            "<w:customXml><w:tc><w:sdt><w:sdtContent><w:p><w:hyperlink w:anchor=\"top\"><w:r><w:t>c2</w:t>"
            "</w:r></w:hyperlink></w:p></w:sdtContent></w:sdt></w:tc></w:customXml>"
            "</w:tr></w:sdtContent></w:sdt></w:tbl>");
        const QJsonObject out = runDocx(test::docx(body, {}, rels));
        const QJsonArray blocks = out.value("body").toArray();
        QCOMPARE(blocks.at(0).toObject().value("text").toString(),
                 QStringLiteral("a link smart custom 7 control"));
        QCOMPARE(blocks.at(1).toObject().value("text").toString(), QStringLiteral("body level"));
        QCOMPARE(blocks.at(2).toObject().value("text").toString(), QStringLiteral("custom block"));
        const QJsonObject table = blocks.at(3).toObject();
        QCOMPARE(table.value("grid").toArray(), (QJsonArray{QJsonArray{"c1", "c2"}}));
        QCOMPARE(runNamed(blocks, "link").value("hyperlink").toString(),
                 QStringLiteral("https://example.org/"));
        QVERIFY(out.value("hyperlinks")
                    .toArray()
                    .contains(QJsonObject{{"text", "link"}, {"target", "https://example.org/"}}));
        QVERIFY(out.value("hyperlinks").toArray().contains(QJsonObject{{"text", "c2"}, {"target", "#top"}}));
        QStringList levels;
        for (const QJsonValue& v : out.value("content_controls").toArray())
            levels << v.toObject().value("level").toString() + QLatin1Char('=') +
                          v.toObject().value("text").toString();
        levels.sort();
        QCOMPARE(levels,
                 (QStringList{"block=body level", "cell=c1", "cell=c2", "inline= control", "row=c1\tc2"}));
        QCOMPARE(out.value("text").toString(),
                 QStringLiteral("a link smart custom 7 control\nbody level\ncustom block\nc1\tc2"));
    }

    void legacyDoc() {
        // An OLE compound file ([MS-CFB] signature) with a "WordDocument" stream name.
        QByteArray ole = QByteArray::fromHex("d0cf11e0a1b11ae1") + QByteArray(504, '\0');
        for (const char c : QByteArray("WordDocument")) {
            ole.append(c);
            ole.append('\0');
        }
        const StageResult r = runBytes("old.doc", ole);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.startsWith(QStringLiteral("legacy Word 97-2003 document (.doc")),
                 qPrintable(r.error));
    }

    void encryptedDocx() {
        QByteArray ole = QByteArray::fromHex("d0cf11e0a1b11ae1") + QByteArray(504, '\0');
        for (const char* name : {"EncryptionInfo", "EncryptedPackage"})
            for (const char* c = name; *c; ++c) {
                ole.append(*c);
                ole.append('\0');
            }
        const StageResult r = runBytes("secret.docx", ole);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.startsWith(QStringLiteral("encrypted: the Word document is password-protected")),
                 qPrintable(r.error));
    }

    void notAZip() {
        const StageResult r = runBytes("plain.docx", "just some text\n");
        QVERIFY(!r.ok);
        QCOMPARE(r.error, QStringLiteral("not a .docx: not a zip package (it does not start with the zip "
                                         "signature PK)"));
    }

    void truncatedZip() {
        QFile f(test::data("docx/tables.docx"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const StageResult r = runBytes("cut.docx", f.read(2000));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.startsWith(QStringLiteral("corrupt .docx: the zip package cannot be read")),
                 qPrintable(r.error));
    }

    void zipWithoutDocument() {
        const StageResult r = runBytes("other.docx", test::zip({{"hello.txt", "hi"}}));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.startsWith(QStringLiteral("not a Word document: ")), qPrintable(r.error));
    }

    void malformedXml() {
        const StageResult r =
            runBytes("bad.docx", test::docx(QStringLiteral("<w:p><w:r><w:t>oops</w:r></w:p>")));
        QVERIFY(!r.ok);
        QVERIFY2(
            r.error.startsWith(QStringLiteral("corrupt .docx: word/document.xml is not well-formed XML")),
            qPrintable(r.error));
    }

    void emptyFile() {
        const StageResult r = runBytes("empty.docx", QByteArray());
        QVERIFY(!r.ok);
        QCOMPARE(r.error, QStringLiteral("empty file: 0 bytes"));
    }

    void runsCanBeLeftOut() {
        DocxStage stage;
        const StageResult r = test::run(stage, test::data("docx/tables.docx"), {{"runs", false}});
        QVERIFY(r.ok);
        QVERIFY(!r.output.value("body").toArray().first().toObject().contains("runs"));
    }

private:
    StageResult runBytes(const QString& name, const QByteArray& bytes) {
        const QString path = m_dir.filePath(name);
        if (!test::writeFile(path, bytes))
            return StageResult::failure(QStringLiteral("test could not write ") + path);
        DocxStage stage;
        return test::run(stage, path);
    }
    QJsonObject runDocx(const QByteArray& bytes) {
        const StageResult r = runBytes(QStringLiteral("made-%1.docx").arg(++m_made), bytes);
        if (!r.ok)
            qWarning("%s", qPrintable(r.error));
        return r.output;
    }

    QTemporaryDir m_dir;
    int m_made = 0;
};

QTEST_GUILESS_MAIN(TestDocxStage)
#include "test_docx_stage.moc"
