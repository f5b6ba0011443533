// A watch folder whose files keep failing pauses itself with a visible reason (ProcessingService's
// failure guard), and its metrics count the failures: real files in a real watched folder.

#include "service/processing_service.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace sluice;

class TestAutoPause : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void failingFolderPausesItself();
};

void TestAutoPause::failingFolderPausesItself() {
    QTemporaryDir state;
    QTemporaryDir watched;
    const QString pipeline = state.filePath(QStringLiteral("json.sluice.json"));
    {
        QFile f(pipeline);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"format":"sluice-pipeline","version":1,"name":"json-only",
                    "nodes":[{"id":"json","stage":"validate_json"}]})");
    }
    ProcessingService::Config config;
    config.pipeline = pipeline;
    config.statePath = state.filePath(QStringLiteral("state.sqlite"));
    config.resultDir = state.filePath(QStringLiteral("results"));
    config.jobs = 2;
    config.watch.settleMs = 200;
    config.watch.pollMs = 50;
    ProcessingService service;
    QString error;
    QVERIFY2(service.start(config, &error), qPrintable(error));
    ProcessingService::FailureGuard guard;
    guard.threshold = 0.5;
    guard.window = 8;
    guard.minimum = 6;
    service.setFailureGuard(guard);
    const QString root = QDir::cleanPath(watched.path());
    service.addWatchFolder(root);
    const QString name = service.watchFolders().value(0);
    QVERIFY(!name.isEmpty());

    // Two good files, then broken ones: 2 ok + 6 failed of the last 8 is over half.
    for (int i = 0; i < 2; ++i) {
        QFile f(QDir(root).filePath(QStringLiteral("good%1.json").arg(i)));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"ok\": true}");
    }
    QTRY_COMPARE_WITH_TIMEOUT(service.metrics(name).succeeded, 2, 20000);
    for (int i = 0; i < 6; ++i) {
        QFile f(QDir(root).filePath(QStringLiteral("broken%1.json").arg(i)));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"ok\": tru");
    }
    QTRY_COMPARE_WITH_TIMEOUT(service.status(name).state, WatchState::Paused, 20000);
    const QString reason = service.status(name).reason;
    QVERIFY2(reason.startsWith(QStringLiteral("paused automatically: ")), qPrintable(reason));
    QVERIFY2(reason.contains(QStringLiteral("of the last")), qPrintable(reason));
    const RunMetrics m = service.metrics(name);
    QVERIFY(m.failed >= 4);
    QCOMPARE(m.succeeded, 2);

    // Paused: a new file is seen but not run until the folder is resumed.
    const int finishedBefore = m.succeeded + m.failed;
    {
        QFile f(QDir(root).filePath(QStringLiteral("later.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[1, 2, 3]");
    }
    QTest::qWait(1500);
    const RunMetrics paused = service.metrics(name);
    QVERIFY(paused.succeeded + paused.failed <= 8);
    service.resumeWatchFolder(name);
    QTRY_VERIFY_WITH_TIMEOUT(service.metrics(name).succeeded == 3, 20000);
    QVERIFY(finishedBefore <= 8);
    service.stop();
}

QTEST_GUILESS_MAIN(TestAutoPause)
#include "test_auto_pause.moc"
