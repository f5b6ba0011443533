// validate_json and validate_xml on well-formed and broken files: the line and column of the first error,
// the fail_invalid switch and the size limit.

#include "stage_test_util.h"
#include "stages/validate_json_stage.h"
#include "stages/validate_xml_stage.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sluice;

class TestValidateStages : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void validJson();
    void brokenJsonNamesLineAndColumn();
    void brokenJsonRecordedOnly();
    void jsonOverLimit();
    void validXml();
    void brokenXmlNamesLineAndColumn();
    void docxPartIsXml();
};

void TestValidateStages::validJson() {
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("ok.json"));
    QVERIFY(test::writeFile(path, "[{\"name\": \"caf\xc3\xa9\", \"n\": 1}, {}]\n"));
    ValidateJsonStage stage;
    const StageResult r = test::run(stage, path);
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(r.output.value("valid").toBool());
    QCOMPARE(r.output.value("type").toString(), QStringLiteral("array"));
}

void TestValidateStages::brokenJsonNamesLineAndColumn() {
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("bad.json"));
    // Line 3: the second comma after 2 (column 19) is the error; Qt stops just after it, at 20. "é" is one
    // character (two bytes): columns count characters.
    QVERIFY(test::writeFile(path, "{\n  \"name\": \"x\",\n  \"list\": [\"\xc3\xa9\", 2,,3]\n}\n"));
    ValidateJsonStage stage;
    const StageResult r = test::run(stage, path);
    QVERIFY(!r.ok);
    QVERIFY(!r.transient);
    QCOMPARE(r.output.value("valid").toBool(true), false);
    QCOMPARE(r.output.value("line").toInt(), 3);
    QCOMPARE(r.output.value("column").toInt(), 20);
    QVERIFY2(r.error.startsWith(QStringLiteral("not valid JSON at line 3, column 20: ")),
             qPrintable(r.error));
}

void TestValidateStages::brokenJsonRecordedOnly() {
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("cut.json"));
    QVERIFY(test::writeFile(path, "{\"a\": [1, 2"));
    ValidateJsonStage stage;
    const StageResult r = test::run(stage, path, {{"fail_invalid", false}});
    QVERIFY(r.ok);
    QCOMPARE(r.output.value("valid").toBool(true), false);
    QCOMPARE(r.output.value("line").toInt(), 1);
    QVERIFY(!r.output.value("error").toString().isEmpty());
}

void TestValidateStages::jsonOverLimit() {
    ValidateJsonStage stage;
    // tests/data/pdf/issue-598-example.pdf is 504551 bytes.
    const StageResult r =
        test::run(stage, test::data(QStringLiteral("pdf/issue-598-example.pdf")), {{"max_bytes", 1000}});
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QStringLiteral("504551 bytes")), qPrintable(r.error));
}

void TestValidateStages::validXml() {
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("ok.xml"));
    QVERIFY(test::writeFile(path, "<?xml version=\"1.0\"?>\n<root a=\"1\"><b/><c>t</c></root>\n"));
    ValidateXmlStage stage;
    const StageResult r = test::run(stage, path);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.output.value("root").toString(), QStringLiteral("root"));
    QCOMPARE(r.output.value("elements").toInt(), 3);
}

void TestValidateStages::brokenXmlNamesLineAndColumn() {
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("bad.xml"));
    QVERIFY(test::writeFile(path, "<root>\n  <item>one</item>\n  <item>two</itm>\n</root>\n"));
    ValidateXmlStage stage;
    const StageResult r = test::run(stage, path);
    QVERIFY(!r.ok);
    QCOMPARE(r.output.value("line").toInt(), 3);
    QCOMPARE(r.output.value("column").toInt(), 17); // the ">" of "</itm>", where the reader stopped
    QVERIFY2(r.error.startsWith(QStringLiteral("not well-formed XML at line 3, column 17: ")),
             qPrintable(r.error));
    // A PDF is not XML: the very first character is wrong.
    const StageResult pdf = test::run(stage, test::data(QStringLiteral("pdf/issue-598-example.pdf")));
    QVERIFY(!pdf.ok);
    QCOMPARE(pdf.output.value("line").toInt(), 1);
}

void TestValidateStages::docxPartIsXml() {
    // A Word document is a zip of XML parts; the zip itself is not XML, the fail_invalid=false record says
    // so.
    ValidateXmlStage stage;
    const StageResult r =
        test::run(stage, test::data(QStringLiteral("docx/simple-list.docx")), {{"fail_invalid", false}});
    QVERIFY(r.ok);
    QCOMPARE(r.output.value("valid").toBool(true), false);
}

QTEST_GUILESS_MAIN(TestValidateStages)
#include "test_validate_stages.moc"
