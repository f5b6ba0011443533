// kill -9 of `sluice-cli watch` while jobs are in flight, again and again: files arrive in a watch folder
// (some before each start, some while it runs), a pipeline copies and backs up each one, and the process is
// killed with SIGKILL at random moments after it has finished some files and before it has finished all.
// Each restart resumes the jobs the kill left "running" (the store's journal) and picks up the files that
// arrived meanwhile (created while stopped). At the end every file must be copied and backed up exactly
// once — no "name (2).ext", none missing, no temporaries, every SHA-256 right — with an ok result each, and
// the store must hold no unfinished job.
#include "kill_resume_util.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace sluice::test;

namespace {

constexpr int kBatches = 6;        ///< rounds of new files
constexpr int kFilesPerBatch = 30; ///< half before a start, half while it runs

/// Result files in `dir` whose status is "ok".
int okResults(const QString& dir) {
    int n = 0;
    for (const QString& name : QDir(dir).entryList({QStringLiteral("*.sluice.json")}, QDir::Files)) {
        QFile f(QDir(dir).filePath(name));
        if (f.open(QIODevice::ReadOnly) &&
            QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("status")).toString() ==
                QStringLiteral("ok"))
            ++n;
    }
    return n;
}

/// Jobs the store lists as "running" (left by a kill), read through a connection of the test's own.
int runningJobs(const QString& dbPath) {
    int n = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(dbPath);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT COUNT(*) FROM jobs WHERE status = 'running'")) && q.next())
                n = q.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    return n;
}

} // namespace

class TestWatchKillResume : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void killNineWhileWatchingThenFinish();
};

void TestWatchKillResume::killNineWhileWatchingThenFinish() {
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString inbox = tmp.filePath(QStringLiteral("inbox"));
    const QString copies = tmp.filePath(QStringLiteral("copies"));
    const QString backups = tmp.filePath(QStringLiteral("backups"));
    const QString results = tmp.filePath(QStringLiteral("results"));
    const QString state = tmp.filePath(QStringLiteral("state.sqlite"));
    QVERIFY(QDir().mkpath(inbox));
    const QString pipelinePath = tmp.filePath(QStringLiteral("copy-backup.sluice.json"));
    {
        QFile f(pipelinePath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral(R"({"format":"sluice-pipeline","version":1,"name":"copy-backup","nodes":[
            {"id":"copy","stage":"copy","params":{"folder":"%1","name":"{reldir}/{name}"}},
            {"id":"backup","stage":"backup","params":{"dir":"%2"}}],
            "edges":[{"from":"copy","to":"backup"}]})")
                    .arg(copies, backups)
                    .toUtf8());
    }
    const QStringList args{QStringLiteral("watch"),
                           QStringLiteral("--pipeline"),
                           pipelinePath,
                           QStringLiteral("--state"),
                           state,
                           QStringLiteral("--out"),
                           results,
                           QStringLiteral("--jobs"),
                           QStringLiteral("2"),
                           QStringLiteral("--settle"),
                           QStringLiteral("150"),
                           inbox};

    // Inputs of 16–400 KiB (a copy with fsync takes long enough to be cut), bytes of a real PDF at the
    // start so the contents differ in kind as well as size.
    QFile seedFile(QStringLiteral(SLUICE_TEST_DATA) + QStringLiteral("/pdf/issue-598-example.pdf"));
    QVERIFY(seedFile.open(QIODevice::ReadOnly));
    const QByteArray seed = seedFile.readAll();
    QVERIFY(seed.size() > 400 * 1024);
    QRandomGenerator contentRandom(20261129);
    QHash<QString, QByteArray> expected; // relative path → sha256
    int written = 0;
    auto writeFiles = [&](int count) {
        for (int i = 0; i < count; ++i, ++written) {
            const QString rel =
                QStringLiteral("sub%1/file%2.bin").arg(written % 3).arg(written, 3, 10, QLatin1Char('0'));
            const QString path = QDir(inbox).filePath(rel);
            QDir().mkpath(QFileInfo(path).absolutePath());
            QByteArray bytes = seed.mid(int(contentRandom.bounded(0, 1024)),
                                        int(contentRandom.bounded(16 * 1024, 400 * 1024)));
            bytes += QByteArray::number(written);
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
                return false;
            f.close();
            expected.insert(rel, QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        }
        return true;
    };

    const quint32 seedValue = QRandomGenerator::global()->generate();
    qInfo("kill timing seed %u", seedValue);
    QRandomGenerator killRandom(seedValue);
    int kills = 0;
    int killsWithJobsInFlight = 0;
    int resumedStarts = 0;
    for (int round = 0; round < kBatches; ++round) {
        QVERIFY(writeFiles(kFilesPerBatch / 2)); // arrive while stopped
        QProcess p;
        p.setProcessEnvironment(isolatedEnv(tmp));
        p.start(QStringLiteral(SLUICE_CLI_PATH), args);
        QVERIFY(p.waitForStarted());
        QTest::qWait(100);
        QVERIFY(writeFiles(kFilesPerBatch / 2)); // arrive while it runs
        // Kill once this start has finished a few more files, at a random moment, before all are done.
        const int before = okResults(results);
        const int goal = before + 1 + int(killRandom.bounded(0, 6));
        QElapsedTimer clock;
        clock.start();
        while (okResults(results) < goal && clock.elapsed() < 60000 && p.state() == QProcess::Running)
            QTest::qWait(10);
        QTest::qWait(int(killRandom.bounded(0, 120)));
        QVERIFY2(p.state() == QProcess::Running, qPrintable(QString::fromUtf8(p.readAllStandardError())));
        if (okResults(results) >= written) {
            // Everything was done already: not a kill in flight; let the next round try again.
            p.terminate();
            QVERIFY(p.waitForFinished(20000));
            continue;
        }
        p.kill(); // SIGKILL
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitStatus(), QProcess::CrashExit);
        ++kills;
        const int inFlight = runningJobs(state);
        if (inFlight > 0)
            ++killsWithJobsInFlight;
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        if (out.contains(QStringLiteral("\"type\":\"resumed\"")))
            ++resumedStarts;
        qInfo("round %d: killed with %d of %d files done, %d job(s) in flight", round, okResults(results),
              written, inFlight);
    }
    QVERIFY2(kills >= 4, qPrintable(QStringLiteral("only %1 runs could be killed mid-batch").arg(kills)));
    QVERIFY2(killsWithJobsInFlight >= 1, "no kill found a job in flight");

    // The last start goes to the end: every file processed, then SIGTERM.
    QProcess last;
    last.setProcessEnvironment(isolatedEnv(tmp));
    last.start(QStringLiteral(SLUICE_CLI_PATH), args);
    QVERIFY(last.waitForStarted());
    QTRY_COMPARE_WITH_TIMEOUT(okResults(results), written, 180000);
    QTest::qWait(500); // nothing more may come
    last.terminate();
    QVERIFY(last.waitForFinished(30000));
    QCOMPARE(last.exitStatus(), QProcess::NormalExit);
    QCOMPARE(last.exitCode(), 0);
    const QString lastOut = QString::fromUtf8(last.readAllStandardOutput());
    if (lastOut.contains(QStringLiteral("\"type\":\"resumed\"")))
        ++resumedStarts;
    qInfo("files: %d, kills: %d (%d with jobs in flight), starts that resumed jobs: %d", written, kills,
          killsWithJobsInFlight, resumedStarts);
    QVERIFY2(resumedStarts >= 1, "no restart resumed an interrupted job");
    QCOMPARE(runningJobs(state), 0);
    QCOMPARE(okResults(results), written);
    QCOMPARE(int(QDir(results).entryList({QStringLiteral("*.sluice.json")}, QDir::Files).size()), written);

    // Every file copied exactly once, with the right bytes, and nothing else there.
    QStringList expectedNames = expected.keys();
    expectedNames.sort();
    QCOMPARE(filesUnder(copies), expectedNames);
    for (const QString& rel : std::as_const(expectedNames))
        QCOMPARE(sha256(QDir(copies).filePath(rel)), expected.value(rel));
    // Every file backed up exactly once under <date>/<folder>/<name>.
    const QStringList backedUp = filesUnder(backups);
    QCOMPARE(backedUp.size(), written);
    for (const QString& rel : backedUp) {
        const QString withoutDate = rel.section(QLatin1Char('/'), 1);
        QVERIFY2(expected.contains(withoutDate), qPrintable(rel));
        QCOMPARE(sha256(QDir(backups).filePath(rel)), expected.value(withoutDate));
    }
    // Sources untouched, and no temporaries left beside them.
    QCOMPARE(filesUnder(inbox), expectedNames);
    for (const QString& rel : std::as_const(expectedNames))
        QCOMPARE(sha256(QDir(inbox).filePath(rel)), expected.value(rel));
}

QTEST_GUILESS_MAIN(TestWatchKillResume)
#include "test_watch_kill_resume.moc"
