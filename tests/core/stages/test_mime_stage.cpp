// The mime stage on corpus files and on files whose name lies about their content.

#include "stage_test_util.h"
#include "stages/mime_stage.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace sluice;

class TestMimeStage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void byContent_data();
    void byContent();
    void nameThatLies();
    void unknownNameIsNotAContradiction();
    void textNamedAsImageIsText();
    void wordFileWithoutItsExtensionIsWord();
    void binaryThatSniffsAsTextIsOctetStream();
    void missingFileFails();
};

void TestMimeStage::byContent_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("mime");
    QTest::addColumn<QString>("byName");
    QTest::addColumn<bool>("matches");
    QTest::addColumn<QString>("suffix");
    QTest::newRow("pdf") << "pdf/issue-598-example.pdf"
                         << "application/pdf"
                         << "application/pdf" << true << "pdf";
    QTest::newRow("png") << "image/i_trns.png"
                         << "image/png"
                         << "image/png" << true << "png";
    QTest::newRow("jpeg") << "image/hopper_orientation_6.jpg"
                          << "image/jpeg"
                          << "image/jpeg" << true << "jpg";
    QTest::newRow("tiff") << "image/multipage.tiff"
                          << "image/tiff"
                          << "image/tiff" << true << "tiff";
    // Content alone says application/zip; the name refines it to the Word type that inherits zip.
    QTest::newRow("docx") << "docx/tables.docx"
                          << "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                          << "application/vnd.openxmlformats-officedocument.wordprocessingml.document" << true
                          << "docx";
    QTest::newRow("text") << "text/crlf.txt"
                          << "text/plain"
                          << "text/plain" << true << "txt";
    // A 0-byte file is "empty document" by content, whatever its name says.
    QTest::newRow("empty pdf") << "pdf/empty.pdf"
                               << "application/x-zerosize"
                               << "application/pdf" << false << "";
}

void TestMimeStage::byContent() {
    QFETCH(QString, file);
    QFETCH(QString, mime);
    QFETCH(QString, byName);
    QFETCH(bool, matches);
    QFETCH(QString, suffix);
    MimeStage stage;
    Item item;
    const StageResult r = test::run(stage, test::data(file), {}, &item);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.output.value("mime").toString(), mime);
    QCOMPARE(r.output.value("by_name").toString(), byName);
    QCOMPARE(r.output.value("name_matches_content").toBool(), matches);
    QVERIFY(!r.output.value("comment").toString().isEmpty());
    if (!suffix.isEmpty())
        QVERIFY(r.output.value("suffixes").toArray().contains(suffix));
    QCOMPARE(item.mime, mime);
}

void TestMimeStage::nameThatLies() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fake = dir.filePath(QStringLiteral("invoice.pdf"));
    QVERIFY(QFile::copy(test::data(QStringLiteral("image/i_trns.png")), fake));
    MimeStage stage;
    const StageResult r = test::run(stage, fake);
    QVERIFY(r.ok);
    QCOMPARE(r.output.value("mime").toString(), QStringLiteral("image/png"));
    QCOMPARE(r.output.value("by_name").toString(), QStringLiteral("application/pdf"));
    QCOMPARE(r.output.value("name_matches_content").toBool(), false);
}

void TestMimeStage::unknownNameIsNotAContradiction() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("NOTES"));
    QVERIFY(test::writeFile(path, "just some words\nand a second line\n"));
    MimeStage stage;
    const StageResult r = test::run(stage, path);
    QVERIFY(r.ok);
    QCOMPARE(r.output.value("mime").toString(), QStringLiteral("text/plain"));
    QCOMPARE(r.output.value("by_name").toString(), QStringLiteral("application/octet-stream"));
    QCOMPARE(r.output.value("name_matches_content").toBool(), true);
}

void TestMimeStage::textNamedAsImageIsText() {
    // Plain text named .jpg: the type follows the name (so the image stage reports it unreadable), but the
    // contradiction is flagged.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fake.jpg"));
    QVERIFY(test::writeFile(path, "this is not a picture\njust two lines of text\n"));
    MimeStage stage;
    const StageResult r = test::run(stage, path);
    QVERIFY(r.ok);
    QCOMPARE(r.output.value("mime").toString(), QStringLiteral("image/jpeg"));
    QCOMPARE(r.output.value("by_name").toString(), QStringLiteral("image/jpeg"));
    QCOMPARE(r.output.value("name_matches_content").toBool(), false);
    // SVG is text and an image: its name and content agree.
    const QString svg = dir.filePath(QStringLiteral("dot.svg"));
    QVERIFY(test::writeFile(svg, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4\" height=\"4\"/>\n"));
    const StageResult s = test::run(stage, svg);
    QCOMPARE(s.output.value("mime").toString(), QStringLiteral("image/svg+xml"));
    QCOMPARE(s.output.value("name_matches_content").toBool(), true);
}

void TestMimeStage::wordFileWithoutItsExtensionIsWord() {
    // tables.docx with no extension, named .zip and named .pdf: its parts make it a Word document; only the
    // .pdf name contradicts that. A plain zip stays a zip.
    const QString word =
        QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    QTemporaryDir dir;
    MimeStage stage;
    for (const QString& name :
         {QStringLiteral("tables"), QStringLiteral("tables.zip"), QStringLiteral("tables.pdf")}) {
        const QString path = dir.filePath(name);
        QVERIFY(QFile::copy(test::data(QStringLiteral("docx/tables.docx")), path));
        const StageResult r = test::run(stage, path);
        QVERIFY(r.ok);
        QCOMPARE(r.output.value("mime").toString(), word);
        QCOMPARE(r.output.value("name_matches_content").toBool(), !name.endsWith(QLatin1String(".pdf")));
    }
    const StageResult zip = test::run(stage, test::data(QStringLiteral("archive/zip64.zip")));
    QCOMPARE(zip.output.value("mime").toString(), QStringLiteral("application/zip"));
}

void TestMimeStage::binaryThatSniffsAsTextIsOctetStream() {
    // A leading '%' is the magic of text/x-matlab in shared-mime-info; what follows is binary (NULs and
    // control bytes), so the file is not text, and the text stage must not be chosen for it.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("blob.bin"));
    QByteArray data("%");
    for (int i = 0; i < 4000; ++i)
        data.append(char((i * 7919 + 13) % 256));
    QVERIFY(test::writeFile(path, data));
    MimeStage stage;
    const StageResult r = test::run(stage, path);
    QVERIFY(r.ok);
    QCOMPARE(r.output.value("mime").toString(), QStringLiteral("application/octet-stream"));
}

void TestMimeStage::missingFileFails() {
    MimeStage stage;
    const StageResult r = test::run(stage, test::data(QStringLiteral("no/such/file.pdf")));
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QStringLiteral("does not exist")), qPrintable(r.error));
    QVERIFY(!r.transient);
}

QTEST_GUILESS_MAIN(TestMimeStage)
#include "test_mime_stage.moc"
