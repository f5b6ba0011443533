// The engine end to end: a file copied into a watch folder is processed exactly once, and after a restart
// with the same state it is not processed again; a changed file is; a file whose name Qt cannot open is
// reported, not skipped.
#include "platform/file_ops.h"
#include "service/batch_run.h"
#include "service/processing_service.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <fcntl.h>
#include <unistd.h>

using namespace sluice;

namespace {

ProcessingService::Config configIn(const QTemporaryDir& dir) {
    ProcessingService::Config c;
    c.statePath = dir.filePath(QStringLiteral("state.sqlite"));
    c.resultDir = dir.filePath(QStringLiteral("results"));
    c.watch.settleMs = 300;
    c.watch.pollMs = 50;
    c.watch.debounceMs = 50;
    return c;
}

int countKind(const QSignalSpy& spy, const QString& kind, const QString& path) {
    int n = 0;
    for (const QList<QVariant>& args : spy) {
        const Event e = args.first().value<Event>();
        if (e.kind == kind && e.path == path)
            ++n;
    }
    return n;
}

} // namespace

class TestProcessingService : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void watchedFileIsProcessedOnceAcrossRestarts() {
        QTemporaryDir dir;
        const QString inbox = dir.filePath(QStringLiteral("inbox"));
        QVERIFY(QDir().mkpath(inbox));
        const QString pdf = inbox + QStringLiteral("/paper.pdf");
        {
            ProcessingService service;
            QSignalSpy events(service.eventLog(), &EventLog::eventAdded);
            QSignalSpy stats(&service, &ProcessingService::statsChanged);
            QString error;
            QVERIFY2(service.start(configIn(dir), &error), qPrintable(error));
            service.addWatchFolder(inbox);
            QTest::qWait(200);
            QVERIFY(QFile::copy(QStringLiteral(SLUICE_TEST_DATA "/pdf/issue-598-example.pdf"), pdf));
            QTRY_COMPARE_WITH_TIMEOUT(countKind(events, QStringLiteral("processed"), pdf), 1, 20000);
            QTest::qWait(1000);
            QCOMPARE(countKind(events, QStringLiteral("processed"), pdf), 1);
            QCOMPARE(countKind(events, QStringLiteral("created"), pdf), 1);
            QCOMPARE(service.stats(inbox).processed, 1);
            QCOMPARE(service.stats(inbox).failed, 0);
            QVERIFY(QFile::exists(dir.filePath(QStringLiteral("results/paper.pdf.sluice.json"))));
        }
        {
            // Restart: the unchanged file is known to the registry: no event, no job.
            ProcessingService service;
            QSignalSpy events(service.eventLog(), &EventLog::eventAdded);
            QSignalSpy finished(&service, &ProcessingService::itemFinished);
            QVERIFY(service.start(configIn(dir), nullptr));
            service.addWatchFolder(inbox);
            // One summary line for the folder, not one per unchanged file.
            auto summary = [&] {
                for (const QList<QVariant>& args : events) {
                    const Event e = args.first().value<Event>();
                    if (e.kind == QStringLiteral("watch_start_scan") &&
                        e.data.value(QStringLiteral("root")).toString() == inbox &&
                        e.data.value(QStringLiteral("unchanged")).toInt() == 1 &&
                        e.data.value(QStringLiteral("created")).toInt() == 0)
                        return true;
                }
                return false;
            };
            QTRY_VERIFY_WITH_TIMEOUT(summary(), 5000);
            QTest::qWait(500);
            QCOMPARE(finished.size(), 0);
            QCOMPARE(countKind(events, QStringLiteral("processed"), pdf), 0);
            QCOMPARE(countKind(events, QStringLiteral("created"), pdf), 0);     // known to the registry
            QTRY_COMPARE_WITH_TIMEOUT(service.stats(inbox).processed, 1, 5000); // from the registry

            // A change to it is processed.
            QFile f(pdf);
            QVERIFY(f.open(QIODevice::Append));
            f.write("\n% appended\n");
            f.close();
            QTRY_COMPARE_WITH_TIMEOUT(countKind(events, QStringLiteral("processed"), pdf), 1, 20000);
            QCOMPARE(countKind(events, QStringLiteral("modified"), pdf), 1);
        }
    }

    void droppedFilesRunAsABatch() {
        QTemporaryDir dir;
        ProcessingService service;
        QSignalSpy finished(&service, &ProcessingService::itemFinished);
        QSignalSpy progress(&service, &ProcessingService::progress);
        QVERIFY(service.start(configIn(dir), nullptr));
        const QString data = QStringLiteral(SLUICE_TEST_DATA);
        QCOMPARE(service.processFiles(
                     {data + QStringLiteral("/image"), data + QStringLiteral("/pdf/invalid.pdf")}),
                 2);
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 2 && service.pending() == 0, 30000);
        const int images = int(QDir(data + QStringLiteral("/image")).entryList(QDir::Files).size());
        QCOMPARE(finished.size(), images + 1);
        QCOMPARE(progress.last().at(0).toInt(), progress.last().at(1).toInt());
        bool emptyFailed = false;
        for (const QList<QVariant>& args : finished) {
            const ItemResult r = args.first().value<ItemResult>();
            if (r.item.path.endsWith(QStringLiteral("invalid.pdf")))
                emptyFailed = r.status == QStringLiteral("failed");
        }
        QVERIFY(emptyFailed);
    }

    // A folder holding a file whose name is not valid UTF-8 (byte 0xFF; Qt cannot open it): dropped on the
    // window, it is an error event naming it; in a batch, a failed item; the good file runs in both.
    void namesThatAreNotUtf8AreReportedNotSkipped() {
        QTemporaryDir dir;
        const QString in = dir.filePath(QStringLiteral("in"));
        QVERIFY(QDir().mkpath(in));
        const QByteArray raw = QFile::encodeName(in) + QByteArray("/caf\xe9.txt"); // Latin-1 "café"
        const int fd = ::open(raw.constData(), O_CREAT | O_WRONLY | O_TRUNC, 0644);
        QVERIFY(fd >= 0);
        QCOMPARE(::write(fd, "latin-1\n", 8), ssize_t(8));
        ::close(fd);
        QFile good(in + QStringLiteral("/good.txt"));
        QVERIFY(good.open(QIODevice::WriteOnly) && good.write("good\n") == 5);
        good.close();
        const QString shown = in + QStringLiteral("/caf\\xE9.txt");

        QStringList unopenable;
        QCOMPARE(fileops::filesUnder(in, &unopenable), QStringList{in + QStringLiteral("/good.txt")});
        QCOMPARE(unopenable, QStringList{shown});

        ProcessingService service;
        QSignalSpy log(service.eventLog(), &EventLog::eventAdded);
        QSignalSpy finished(&service, &ProcessingService::itemFinished);
        QVERIFY(service.start(configIn(dir), nullptr));
        QCOMPARE(service.processFiles({in}), 1);
        QTRY_COMPARE_WITH_TIMEOUT(countKind(log, QStringLiteral("failed"), shown), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        for (const QList<QVariant>& args : log) {
            const Event e = args.first().value<Event>();
            if (e.kind == QStringLiteral("failed")) {
                QCOMPARE(e.level, EventLevel::Error);
                QVERIFY(e.message.startsWith(QStringLiteral("The file name is not valid UTF-8")));
            }
        }

        Pipeline pipeline;
        QVERIFY(Pipeline::fromJson(R"({"format":"sluice-pipeline","version":1,"name":"h",
            "nodes":[{"id":"hash","stage":"hash"}],"edges":[]})",
                                   pipeline, nullptr));
        BatchRun batch(pipeline, nullptr, nullptr, dir.filePath(QStringLiteral("batch-results")), 1);
        QSignalSpy done(&batch, &BatchRun::done);
        batch.start({in});
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 20000);
        QCOMPARE(batch.total(), 2);
        QCOMPARE(batch.failures().size(), 1);
        QCOMPARE(batch.failures().first().item.path, shown);
        QCOMPARE(
            batch.failures().first().errors.first().toObject().value(QStringLiteral("message")).toString(),
            QStringLiteral("the file name is not valid UTF-8, so it cannot be opened; rename it"));
    }

    void invalidPipelineIsRefused() {
        QTemporaryDir dir;
        ProcessingService service;
        ProcessingService::Config c = configIn(dir);
        c.pipeline = QStringLiteral("no-such-pipeline");
        QString error;
        QVERIFY(!service.start(c, &error));
        QVERIFY2(error.contains(QStringLiteral("no-such-pipeline")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestProcessingService)
#include "test_processing_service.moc"
