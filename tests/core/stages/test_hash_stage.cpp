// The hash stage against digests measured with sha256sum/sha1sum/md5sum/sha512sum, across chunk
// boundaries (checked against QCryptographicHash), and its parameter check, errors and cancellation.

#include "stage_test_util.h"
#include "stages/hash_stage.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace sluice;

class TestHashStage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void defaultIsSha256();
    void allAlgorithms();
    void emptyFile();
    void multiChunkFile();
    void checkParameters();
    void invalidAlgorithmFailsCleanly();
    void missingFileNamesOsError();
    void directoryFails();
    void canceled();
};

void TestHashStage::defaultIsSha256() {
    HashStage stage;
    Item item;
    const StageResult r =
        test::run(stage, test::data(QStringLiteral("pdf/issue-598-example.pdf")), {}, &item);
    QVERIFY2(r.ok, qPrintable(r.error));
    // sha256sum tests/data/pdf/issue-598-example.pdf
    const QString expected =
        QStringLiteral("022dc4c57d995bea2317537fd91ca3b08d267f1c20469b9104e3a682e0b7dad8");
    QCOMPARE(r.output.value("sha256").toString(), expected);
    QCOMPARE(r.output.value("bytes").toInteger(), 504551);
    QCOMPARE(item.sha256, expected);
    QVERIFY(!r.output.contains(QStringLiteral("md5")));
}

void TestHashStage::allAlgorithms() {
    HashStage stage;
    Item item;
    const QJsonObject params{{"algorithms", QJsonArray{"md5", "sha1", "sha256", "sha512"}}};
    const StageResult r = test::run(stage, test::data(QStringLiteral("image/i_trns.png")), params, &item);
    QVERIFY2(r.ok, qPrintable(r.error));
    // Measured with md5sum, sha1sum, sha256sum and sha512sum.
    QCOMPARE(r.output.value("md5").toString(), QStringLiteral("d6cb00feaa1a1b9c51110b0a5064f98d"));
    QCOMPARE(r.output.value("sha1").toString(), QStringLiteral("fafea2e1c6126a98d2352bdf18c7e9c1b318a207"));
    QCOMPARE(r.output.value("sha256").toString(),
             QStringLiteral("2ea735c6fdef86f5b241de13db7c1f37d73932875de55c9fec0bae69fddeffdc"));
    QCOMPARE(r.output.value("sha512").toString(),
             QStringLiteral("080fd7cfaeee683a5fb35e8a0bbca4e65106583d635e54b1dbbc5797ca6a5b05"
                            "c72b60668fa795280c7a4c78645c8b32da2f54c4ce2190bc6495fe3cc9842efd"));
    QCOMPARE(r.output.value("bytes").toInteger(), 1427);
    QCOMPARE(item.sha256, r.output.value("sha256").toString());
}

void TestHashStage::emptyFile() {
    HashStage stage;
    const StageResult r = test::run(stage, test::data(QStringLiteral("pdf/empty.pdf")));
    QVERIFY(r.ok);
    QCOMPARE(r.output.value("sha256").toString(),
             QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    QCOMPARE(r.output.value("bytes").toInteger(), 0);
}

void TestHashStage::multiChunkFile() {
    // 3 MiB + 5 bytes: three full 1 MiB chunks and a short one.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.bin"));
    QByteArray bytes(3 * 1024 * 1024 + 5, Qt::Uninitialized);
    for (qsizetype i = 0; i < bytes.size(); ++i)
        bytes[i] = static_cast<char>((i * 7 + i / 4096) & 0xFF);
    QVERIFY(test::writeFile(path, bytes));
    HashStage stage;
    Feedback feedback;
    Item item;
    const StageResult r =
        test::run(stage, path, {{"algorithms", QJsonArray{"sha256", "sha512"}}}, &item, &feedback);
    QVERIFY(r.ok);
    QCOMPARE(r.output.value("sha256").toString(),
             QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(r.output.value("sha512").toString(),
             QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha512).toHex()));
    QCOMPARE(r.output.value("bytes").toInteger(), bytes.size());
    QCOMPARE(feedback.progress(), 100.0);
}

void TestHashStage::checkParameters() {
    HashStage stage;
    QCOMPARE(stage.checkParameters({{"algorithms", QJsonArray{"sha256", "md5"}}}), QStringList());
    const QStringList bad = stage.checkParameters({{"algorithms", QJsonArray{"sha256", "crc32"}}});
    QCOMPARE(bad.size(), 1);
    QVERIFY2(bad.first().startsWith(QStringLiteral("algorithms: ")), qPrintable(bad.first()));
    QVERIFY(bad.first().contains(QStringLiteral("\"crc32\"")));
    QVERIFY(bad.first().contains(QStringLiteral("sha256, sha1, md5, sha512")));
    const QStringList empty = stage.checkParameters({{"algorithms", QJsonArray{}}});
    QCOMPARE(empty.size(), 1);
    QVERIFY(empty.first().startsWith(QStringLiteral("algorithms: ")));
    QCOMPARE(stage.checkParameters({{"algorithms", "sha256"}}).size(), 1); // not a list
}

void TestHashStage::invalidAlgorithmFailsCleanly() {
    HashStage stage;
    const StageResult r = test::run(stage, test::data(QStringLiteral("image/i_trns.png")),
                                    {{"algorithms", QJsonArray{"whirlpool"}}});
    QVERIFY(!r.ok);
    QVERIFY(r.error.contains(QStringLiteral("whirlpool")));
}

void TestHashStage::missingFileNamesOsError() {
    HashStage stage;
    const QString path = test::data(QStringLiteral("image/does-not-exist.png"));
    const StageResult r = test::run(stage, path);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.startsWith(QStringLiteral("cannot open ") + path), qPrintable(r.error));
    QVERIFY2(r.error.contains(QStringLiteral("No such file or directory")), qPrintable(r.error));
    QVERIFY(!r.transient);
}

void TestHashStage::directoryFails() {
    QTemporaryDir dir;
    HashStage stage;
    const StageResult r = test::run(stage, dir.path());
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(dir.path()), qPrintable(r.error));
}

void TestHashStage::canceled() {
    HashStage stage;
    Feedback feedback;
    feedback.cancel();
    Item item;
    const StageResult r =
        test::run(stage, test::data(QStringLiteral("pdf/issue-598-example.pdf")), {}, &item, &feedback);
    QVERIFY(!r.ok);
    QCOMPARE(r.error, QStringLiteral("canceled"));
    QVERIFY(item.sha256.isEmpty());
}

QTEST_GUILESS_MAIN(TestHashStage)
#include "test_hash_stage.moc"
