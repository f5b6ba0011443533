// Text encoding detection (text_encoding.h) on byte strings, and the text stage on small files in
// tests/data/text (see tests/data/GENERATED.md) and files written here.

#include "stage_test_util.h"
#include "stages/text_encoding.h"
#include "stages/text_stage.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sluice;

class TestTextStage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void detect_data();
    void detect();
    void strictUtf8_data();
    void strictUtf8();
    void decodeWindows1252();
    void utf16leWithBom();
    void latin1Cafe();
    void crlf();
    void mixedEndingsNoFinalBreak();
    void emptyFile();
    void previewCountsCodePoints();
    void maxBytesTruncates();
    void maxBytesCutInsideUtf8Sequence();
    void binaryRefused();
    void utf16WithoutBomFile();
    void missingFile();

private:
    QTemporaryDir m_dir;
    QString write(const QString& name, const QByteArray& bytes) {
        const QString path = m_dir.filePath(name);
        return test::writeFile(path, bytes) ? path : QString();
    }
};

void TestTextStage::detect_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding"); // empty = binary
    QTest::addColumn<int>("bom");
    QTest::newRow("ascii") << QByteArray("plain words\n") << "UTF-8" << 0;
    QTest::newRow("utf8") << QByteArray("caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80") << "UTF-8" << 0;
    QTest::newRow("utf8 bom") << QByteArray("\xef\xbb\xbfhi") << "UTF-8" << 3;
    QTest::newRow("utf16le bom") << QByteArray("\xff\xfeh\0i\0", 6) << "UTF-16LE" << 2;
    QTest::newRow("utf16be bom") << QByteArray("\xfe\xff\0h\0i", 6) << "UTF-16BE" << 2;
    QTest::newRow("utf32le bom") << QByteArray("\xff\xfe\0\0h\0\0\0", 8) << "UTF-32LE" << 4;
    QTest::newRow("utf32be bom") << QByteArray("\0\0\xfe\xff\0\0\0h", 8) << "UTF-32BE" << 4;
    QTest::newRow("utf16le no bom") << QByteArray("h\0e\0l\0l\0o\0 \0w\0o\0r\0l\0d\0\n\0", 24) << "UTF-16LE"
                                    << 0;
    QTest::newRow("utf16be no bom") << QByteArray("\0h\0e\0l\0l\0o\0 \0w\0o\0r\0l\0d\0\n", 24) << "UTF-16BE"
                                    << 0;
    QTest::newRow("utf32le no bom") << QByteArray("h\0\0\0i\0\0\0\n\0\0\0", 12) << "UTF-32LE" << 0;
    QTest::newRow("utf32be no bom") << QByteArray("\0\0\0h\0\0\0i\0\0\0\n", 12) << "UTF-32BE" << 0;
    QTest::newRow("latin1") << QByteArray("caf\xe9") << "ISO-8859-1" << 0;
    QTest::newRow("cp1252 euro quotes") << QByteArray("\x80 5 \x93quoted\x94") << "windows-1252" << 0;
    // Overlong "/" (C0 AF) and an encoded surrogate (ED A0 80) are not UTF-8: 8-bit fallback.
    QTest::newRow("overlong") << QByteArray("a\xc0\xaf") << "ISO-8859-1" << 0;
    QTest::newRow("surrogate") << QByteArray("a\xed\xa0\x80") << "windows-1252" << 0;
    QTest::newRow("png header") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0@\0\0\0@\x10\0\0\0\0", 29)
                                << QString() << 0;
    QTest::newRow("control bytes") << QByteArray("\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f abc") << QString()
                                   << 0;
}

void TestTextStage::detect() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QFETCH(int, bom);
    const TextEncoding e = detectTextEncoding(bytes);
    QCOMPARE(e.binary, encoding.isEmpty());
    QCOMPARE(e.name, encoding);
    QCOMPARE(e.bomBytes, bom);
}

void TestTextStage::strictUtf8_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("cutOk");
    QTest::addColumn<bool>("valid");
    QTest::newRow("4-byte max U+10FFFF") << QByteArray("\xf4\x8f\xbf\xbf") << false << true;
    QTest::newRow("above U+10FFFF") << QByteArray("\xf4\x90\x80\x80") << false << false;
    QTest::newRow("overlong 3-byte") << QByteArray("\xe0\x80\xaf") << false << false;
    QTest::newRow("overlong 4-byte") << QByteArray("\xf0\x80\x80\xaf") << false << false;
    QTest::newRow("surrogate D800") << QByteArray("\xed\xa0\x80") << false << false;
    QTest::newRow("U+D7FF ok") << QByteArray("\xed\x9f\xbf") << false << true;
    QTest::newRow("stray continuation") << QByteArray("a\x80") << false << false;
    QTest::newRow("F5 lead") << QByteArray("\xf5\x80\x80\x80") << false << false;
    QTest::newRow("cut tail strict") << QByteArray("a\xe2\x82") << false << false;
    QTest::newRow("cut tail allowed") << QByteArray("a\xe2\x82") << true << true;
    QTest::newRow("bad byte before cut") << QByteArray("a\xe2\x41") << true << false;
}

void TestTextStage::strictUtf8() {
    QFETCH(QByteArray, bytes);
    QFETCH(bool, cutOk);
    QFETCH(bool, valid);
    QCOMPARE(isValidUtf8(bytes, cutOk), valid);
}

void TestTextStage::decodeWindows1252() {
    const QByteArray bytes("\x80 \x93q\x94 \x9f");
    const TextEncoding e = detectTextEncoding(bytes);
    QCOMPARE(e.name, QStringLiteral("windows-1252"));
    QCOMPARE(decodeText(bytes, e), QString::fromUtf8("€ “q” Ÿ"));
}

void TestTextStage::utf16leWithBom() {
    TextStage stage;
    const StageResult r = test::run(stage, test::data(QStringLiteral("text/utf16le-bom.txt")));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.output.value("encoding").toString(), QStringLiteral("UTF-16LE"));
    QCOMPARE(r.output.value("bom").toBool(), true);
    QCOMPARE(r.output.value("line_endings").toString(), QStringLiteral("crlf"));
    QCOMPARE(r.output.value("lines").toInteger(), 2);
    QCOMPARE(r.output.value("words").toInteger(), 4);
    QCOMPARE(r.output.value("chars").toInteger(), 26);
    QCOMPARE(r.output.value("bytes").toInteger(), 54);
    QCOMPARE(r.output.value("preview").toString(), QString::fromUtf8("héllo wörld\r\nsecond line\r\n"));
    QCOMPARE(r.output.value("truncated").toBool(), false);
    QCOMPARE(r.output.value("preview_truncated").toBool(), false);
}

void TestTextStage::latin1Cafe() {
    TextStage stage;
    const StageResult r = test::run(stage, test::data(QStringLiteral("text/latin1-cafe.txt")));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.output.value("encoding").toString(), QStringLiteral("ISO-8859-1"));
    QCOMPARE(r.output.value("bom").toBool(), false);
    QCOMPARE(r.output.value("preview").toString(), QString::fromUtf8("café\n"));
    QCOMPARE(r.output.value("chars").toInteger(), 5);
    QCOMPARE(r.output.value("bytes").toInteger(), 5);
    QCOMPARE(r.output.value("lines").toInteger(), 1);
    QCOMPARE(r.output.value("line_endings").toString(), QStringLiteral("lf"));
}

void TestTextStage::crlf() {
    TextStage stage;
    const StageResult r = test::run(stage, test::data(QStringLiteral("text/crlf.txt")));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.output.value("encoding").toString(), QStringLiteral("UTF-8"));
    QCOMPARE(r.output.value("line_endings").toString(), QStringLiteral("crlf"));
    QCOMPARE(r.output.value("lines").toInteger(), 3);
    QCOMPARE(r.output.value("words").toInteger(), 6);
    QCOMPARE(r.output.value("chars").toInteger(), 31);
}

void TestTextStage::mixedEndingsNoFinalBreak() {
    TextStage stage;
    const StageResult r = test::run(stage, write(QStringLiteral("mixed.txt"), "a\nb\r\nc\rd"));
    QVERIFY(r.ok);
    QCOMPARE(r.output.value("line_endings").toString(), QStringLiteral("mixed"));
    QCOMPARE(r.output.value("lines").toInteger(), 4);
    QCOMPARE(r.output.value("words").toInteger(), 4);

    const StageResult cr = test::run(stage, write(QStringLiteral("cr.txt"), "old\rmac\r"));
    QCOMPARE(cr.output.value("line_endings").toString(), QStringLiteral("cr"));
    QCOMPARE(cr.output.value("lines").toInteger(), 2);
    const StageResult none = test::run(stage, write(QStringLiteral("none.txt"), "one line"));
    QCOMPARE(none.output.value("line_endings").toString(), QStringLiteral("none"));
    QCOMPARE(none.output.value("lines").toInteger(), 1);
}

void TestTextStage::emptyFile() {
    TextStage stage;
    const StageResult r = test::run(stage, write(QStringLiteral("empty.txt"), QByteArray()));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.output.value("encoding").toString(), QStringLiteral("UTF-8"));
    QCOMPARE(r.output.value("line_endings").toString(), QStringLiteral("none"));
    QCOMPARE(r.output.value("lines").toInteger(), 0);
    QCOMPARE(r.output.value("chars").toInteger(), 0);
    QCOMPARE(r.output.value("bytes").toInteger(), 0);
}

void TestTextStage::previewCountsCodePoints() {
    TextStage stage;
    // U+1F600 is a surrogate pair in UTF-16 but one code point.
    const QString path = write(QStringLiteral("emoji.txt"), QString::fromUtf8("a😀b😀c").toUtf8());
    const StageResult r = test::run(stage, path, {{"preview_chars", 3}});
    QVERIFY(r.ok);
    QCOMPARE(r.output.value("chars").toInteger(), 5);
    QCOMPARE(r.output.value("preview").toString(), QString::fromUtf8("a😀b"));
    QCOMPARE(r.output.value("preview_truncated").toBool(), true);
    const StageResult zero = test::run(stage, path, {{"preview_chars", 0}});
    QCOMPARE(zero.output.value("preview").toString(), QString());
}

void TestTextStage::maxBytesTruncates() {
    TextStage stage;
    const StageResult r =
        test::run(stage, write(QStringLiteral("long.txt"), "abcd efgh"), {{"max_bytes", 4}});
    QVERIFY(r.ok);
    QCOMPARE(r.output.value("truncated").toBool(), true);
    QCOMPARE(r.output.value("chars").toInteger(), 4);
    QCOMPARE(r.output.value("bytes").toInteger(), 9);
    QCOMPARE(r.output.value("preview").toString(), QStringLiteral("abcd"));
}

void TestTextStage::maxBytesCutInsideUtf8Sequence() {
    // "aé€" = 61 C3 A9 E2 82 AC; 5 bytes cut the euro sign: still UTF-8, the partial sign is dropped.
    TextStage stage;
    const StageResult r =
        test::run(stage, write(QStringLiteral("cut.txt"), "a\xc3\xa9\xe2\x82\xac"), {{"max_bytes", 5}});
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.output.value("encoding").toString(), QStringLiteral("UTF-8"));
    QCOMPARE(r.output.value("preview").toString(), QString::fromUtf8("aé"));
    QCOMPARE(r.output.value("truncated").toBool(), true);
}

void TestTextStage::binaryRefused() {
    TextStage stage;
    const StageResult r = test::run(stage, test::data(QStringLiteral("image/i_trns.png")));
    QVERIFY(!r.ok);
    QCOMPARE(r.error, QStringLiteral("binary content, not text"));
    QVERIFY(!r.transient);
}

void TestTextStage::utf16WithoutBomFile() {
    TextStage stage;
    const QString text = QStringLiteral("Zeile eins\nZeile zwei\n");
    QByteArray bytes(reinterpret_cast<const char*>(text.utf16()),
                     text.size() * 2); // UTF-16 in host order (LE)
    const StageResult r = test::run(stage, write(QStringLiteral("u16.txt"), bytes));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.output.value("encoding").toString(), QStringLiteral("UTF-16LE"));
    QCOMPARE(r.output.value("bom").toBool(), false);
    QCOMPARE(r.output.value("preview").toString(), text);
    QCOMPARE(r.output.value("words").toInteger(), 4);
}

void TestTextStage::missingFile() {
    TextStage stage;
    const StageResult r = test::run(stage, m_dir.filePath(QStringLiteral("absent.txt")));
    QVERIFY(!r.ok);
    QVERIFY2(r.error.startsWith(QStringLiteral("cannot open ")), qPrintable(r.error));
}

QTEST_GUILESS_MAIN(TestTextStage)
#include "test_text_stage.moc"
