// kill -9 in the middle of a batch, again and again: a real `sluice-cli run` copies and backs up 200 small
// files, is killed with SIGKILL at random moments at least five times, and is restarted with the same
// --state and --out each time. At the end every file must be copied and backed up exactly once — no
// "name (2).ext" duplicates, none missing, no temporaries left, every SHA-256 right — and the store must
// hold no unfinished job.
#include "kill_resume_util.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace sluice::test;

namespace {

constexpr int kFiles = 200;

} // namespace

class TestKillResume : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void killNineRepeatedlyThenFinish();
};

void TestKillResume::killNineRepeatedlyThenFinish() {
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    // 200 inputs in four folders, 1–48 KiB each, with a few bytes of a real corpus file at the start so
    // the contents differ in kind as well as size.
    QFile seedFile(QStringLiteral(SLUICE_TEST_DATA) + QStringLiteral("/pdf/issue-598-example.pdf"));
    QVERIFY(seedFile.open(QIODevice::ReadOnly));
    const QByteArray seed = seedFile.read(64 * 1024);
    QRandomGenerator contentRandom(20261129);
    QHash<QString, QByteArray> expected; // relative path → sha256
    for (int i = 0; i < kFiles; ++i) {
        const QString rel = QStringLiteral("batch%1/file%2.bin").arg(i % 4).arg(i, 3, 10, QLatin1Char('0'));
        const QString path = tmp.filePath(QStringLiteral("in/") + rel);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QByteArray bytes = seed.left(int(contentRandom.bounded(1024, 48 * 1024)));
        bytes += QByteArray::number(i);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(bytes), qint64(bytes.size()));
        f.close();
        expected.insert(rel, QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    }
    const QString copies = tmp.filePath(QStringLiteral("copies"));
    const QString backups = tmp.filePath(QStringLiteral("backups"));
    const QString pipelinePath = tmp.filePath(QStringLiteral("copy-backup.sluice.json"));
    {
        QFile f(pipelinePath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral(R"({"format":"sluice-pipeline","version":1,"name":"copy-backup","nodes":[
            {"id":"copy","stage":"copy","params":{"folder":"%1","name":"{parent}/{name}"}},
            {"id":"backup","stage":"backup","params":{"dir":"%2"}}],
            "edges":[{"from":"copy","to":"backup"}]})")
                    .arg(copies, backups)
                    .toUtf8());
    }
    const QStringList args{QStringLiteral("run"),
                           QStringLiteral("--pipeline"),
                           pipelinePath,
                           QStringLiteral("--state"),
                           tmp.filePath(QStringLiteral("state.sqlite")),
                           QStringLiteral("--out"),
                           tmp.filePath(QStringLiteral("results")),
                           QStringLiteral("--jobs"),
                           QStringLiteral("2"),
                           tmp.filePath(QStringLiteral("in"))};

    const quint32 seedValue = QRandomGenerator::global()->generate();
    qInfo("kill timing seed %u", seedValue);
    QRandomGenerator killRandom(seedValue);
    int kills = 0;
    int resumedRuns = 0;
    int lowMs = 150;
    int highMs = 900;
    for (int round = 0; round < 30 && kills < 6; ++round) {
        QProcess p;
        p.setProcessEnvironment(isolatedEnv(tmp));
        p.start(QStringLiteral(SLUICE_CLI_PATH), args);
        QVERIFY(p.waitForStarted());
        const int waitMs = int(killRandom.bounded(lowMs, highMs));
        if (p.waitForFinished(waitMs)) {
            // Finished before the kill: the whole batch is done; kill the next runs sooner.
            highMs = qMax(lowMs + 50, waitMs);
            lowMs = qMax(30, lowMs / 2);
            continue;
        }
        p.kill(); // SIGKILL
        QVERIFY(p.waitForFinished(10000));
        ++kills;
        if (QString::fromUtf8(p.readAllStandardError()).contains(QStringLiteral("resuming")))
            ++resumedRuns;
        qInfo("round %d: killed after %d ms", round, waitMs);
    }
    QVERIFY2(kills >= 5, qPrintable(QStringLiteral("only %1 runs could be killed mid-batch").arg(kills)));

    // The last run goes to the end.
    QProcess last;
    last.setProcessEnvironment(isolatedEnv(tmp));
    last.start(QStringLiteral(SLUICE_CLI_PATH), args);
    QVERIFY(last.waitForFinished(300000));
    const QString err = QString::fromUtf8(last.readAllStandardError());
    QCOMPARE(last.exitCode(), 0);
    qInfo("kills: %d, restarts that resumed interrupted jobs: %d", kills,
          resumedRuns + int(err.contains("resuming")));
    QVERIFY2(resumedRuns + int(err.contains(QStringLiteral("resuming"))) >= 1,
             "no restart found an interrupted job to resume");

    // The run's metrics line on stderr.
    const QString metricsLine = err.section(QLatin1Char('\n'), -2, -2);
    const QJsonObject metrics =
        QJsonDocument::fromJson(metricsLine.toUtf8()).object().value("metrics").toObject();
    QVERIFY2(!metrics.isEmpty(), qPrintable(err));
    QCOMPARE(metrics.value("failed").toInt(), 0);
    QVERIFY(metrics.value("succeeded").toInt() >= kFiles);

    // Every file copied exactly once, with the right bytes, and nothing else there.
    QStringList expectedNames = expected.keys();
    expectedNames.sort();
    QCOMPARE(filesUnder(copies), expectedNames);
    for (const QString& rel : std::as_const(expectedNames))
        QCOMPARE(sha256(QDir(copies).filePath(rel)), expected.value(rel));

    // Every file backed up exactly once under <date>/<folder>/<name>.
    const QStringList backedUp = filesUnder(backups);
    QCOMPARE(backedUp.size(), kFiles);
    for (const QString& rel : backedUp) {
        const QString withoutDate = rel.section(QLatin1Char('/'), 1);
        QVERIFY2(expected.contains(withoutDate), qPrintable(rel));
        QCOMPARE(sha256(QDir(backups).filePath(rel)), expected.value(withoutDate));
    }
    // Sources untouched.
    for (const QString& rel : std::as_const(expectedNames))
        QCOMPARE(sha256(tmp.filePath(QStringLiteral("in/") + rel)), expected.value(rel));
}

QTEST_GUILESS_MAIN(TestKillResume)
#include "test_kill_resume.moc"
