// The jsonl_log stage: the line it appends, the daily file name, the default folder, appending from many
// threads at once, and the error for a folder that cannot be created.

#include "stage_test_util.h"
#include "stages/jsonl_log_stage.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <thread>
#include <vector>

using namespace sluice;

namespace {

QList<QByteArray> lines(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> out = f.readAll().split('\n');
    if (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return out;
}

} // namespace

class TestJsonlLogStage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void writesOneLine();
    void appends();
    void defaultFolder();
    void concurrentWriters();
    void uncreatableFolder();
};

void TestJsonlLogStage::writesOneLine() {
    QTemporaryDir dir;
    JsonlLogStage stage;
    Item item = Item::fromPath(test::data(QStringLiteral("pdf/invalid.pdf")));
    item.mime = QStringLiteral("application/pdf");
    item.sha256 = QStringLiteral("60abfda66889f7ea");
    item.results.insert(QStringLiteral("mime"), QJsonObject{});
    item.results.insert(QStringLiteral("hash"), QJsonObject{});
    Feedback feedback;
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const StageResult r = stage.process(item, {{"dir", dir.path()}}, feedback);
    QVERIFY2(r.ok, qPrintable(r.error));
    const QString expected =
        dir.filePath(QStringLiteral("sluice-%1.jsonl")
                         .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd"))));
    QCOMPARE(r.output.value("file").toString(), expected);

    const QList<QByteArray> all = lines(expected);
    QCOMPARE(all.size(), 1);
    QJsonParseError error;
    const QJsonObject line = QJsonDocument::fromJson(all.first(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(line.value("path").toString(), item.path);
    QCOMPARE(line.value("size").toInteger(), 44);
    QCOMPARE(line.value("mime").toString(), QStringLiteral("application/pdf"));
    QCOMPARE(line.value("sha256").toString(), QStringLiteral("60abfda66889f7ea"));
    QCOMPARE(line.value("nodes").toArray(), (QJsonArray{"hash", "mime"}));
    QCOMPARE(QDateTime::fromString(line.value("mtime").toString(), Qt::ISODateWithMs), item.mtime);
    const QDateTime time = QDateTime::fromString(line.value("time").toString(), Qt::ISODateWithMs);
    QVERIFY(time.isValid());
    QCOMPARE(time.timeSpec(), Qt::UTC);
    QVERIFY(time >= before.addMSecs(-1) && time <= QDateTime::currentDateTimeUtc());
}

void TestJsonlLogStage::appends() {
    QTemporaryDir dir;
    JsonlLogStage stage;
    const StageResult a =
        test::run(stage, test::data(QStringLiteral("pdf/invalid.pdf")), {{"dir", dir.path()}});
    const StageResult b =
        test::run(stage, test::data(QStringLiteral("image/i_trns.png")), {{"dir", dir.path()}});
    QVERIFY(a.ok && b.ok);
    const QList<QByteArray> all = lines(a.output.value("file").toString());
    QCOMPARE(all.size(), 2);
    QVERIFY(all.at(1).contains("i_trns.png"));
}

void TestJsonlLogStage::defaultFolder() {
    QStandardPaths::setTestModeEnabled(true);
    const QString logs = JsonlLogStage::defaultDirectory();
    QVERIFY(logs.endsWith(QStringLiteral("/logs")));
    JsonlLogStage stage;
    const StageResult r = test::run(stage, test::data(QStringLiteral("pdf/invalid.pdf")));
    QVERIFY2(r.ok, qPrintable(r.error));
    const QString file = r.output.value("file").toString();
    QVERIFY2(file.startsWith(logs + QLatin1Char('/')), qPrintable(file));
    QVERIFY(QFile::exists(file));
    QVERIFY(QFile::remove(file));
    QStandardPaths::setTestModeEnabled(false);
}

void TestJsonlLogStage::concurrentWriters() {
    QTemporaryDir dir;
    const QString path = test::data(QStringLiteral("pdf/issue-598-example.pdf"));
    constexpr int kThreads = 8;
    constexpr int kPerThread = 50;
    std::vector<std::thread> threads;
    std::atomic<int> failures{0};
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([&] {
            for (int i = 0; i < kPerThread; ++i) {
                JsonlLogStage stage;
                Item item = Item::fromPath(path);
                // A long sha256 field makes torn lines more likely if writes were not serialised.
                item.sha256 = QString(4000, QLatin1Char('a' + (i % 26)));
                Feedback feedback;
                if (!stage.process(item, {{"dir", dir.path()}}, feedback).ok)
                    ++failures;
            }
        });
    }
    for (std::thread& t : threads)
        t.join();
    QCOMPARE(failures.load(), 0);
    const QStringList files = QDir(dir.path()).entryList(QDir::Files);
    QVERIFY(files.size() == 1 || files.size() == 2); // 2 only when the test ran across UTC midnight
    int total = 0;
    for (const QString& f : files) {
        for (const QByteArray& line : lines(dir.filePath(f))) {
            QJsonParseError error;
            const QJsonObject o = QJsonDocument::fromJson(line, &error).object();
            QCOMPARE(error.error, QJsonParseError::NoError);
            QCOMPARE(o.value("sha256").toString().size(), 4000);
            ++total;
        }
    }
    QCOMPARE(total, kThreads * kPerThread);
}

void TestJsonlLogStage::uncreatableFolder() {
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("plain-file"));
    QVERIFY(test::writeFile(file, "x"));
    JsonlLogStage stage;
    const StageResult r = test::run(stage, test::data(QStringLiteral("pdf/invalid.pdf")),
                                    {{"dir", file + QStringLiteral("/logs")}});
    QVERIFY(!r.ok);
    QCOMPARE(r.error, QStringLiteral("cannot create the log folder %1").arg(file + QStringLiteral("/logs")));
}

QTEST_GUILESS_MAIN(TestJsonlLogStage)
#include "test_jsonl_log_stage.moc"
