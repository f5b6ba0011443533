// Watch folders in the ProcessingService: after a restart nothing already processed is processed again,
// and what changed while stopped (created, modified, deleted) is reported at start and processed; each
// watch folder runs its own pipeline; pause holds ready files until resume; the result folder inside a
// watched root is never watched; a touched file whose content hash is unchanged is not processed again;
// a `cp -p` renamed over a processed file is logged as not processed, with the reason.
#include "service/processing_service.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <cstdio>

using namespace sluice;

namespace {

ProcessingService::Config configIn(const QTemporaryDir& dir) {
    ProcessingService::Config c;
    c.statePath = dir.filePath(QStringLiteral("state.sqlite"));
    c.resultDir = dir.filePath(QStringLiteral("results"));
    c.jobs = 2;
    c.watch.pollMs = 50;
    c.watch.renameWindowMs = 100;
    return c;
}

WatchFolderConfig folderConfig(const QString& name, const QString& root) {
    WatchFolderConfig f;
    f.name = name;
    f.roots = {root};
    f.settleMs = 200;
    f.rescanMs = 0;
    return f;
}

bool writeFile(const QString& path, const QByteArray& data) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

QStringList processedPaths(const QSignalSpy& spy) {
    QStringList paths;
    for (const QList<QVariant>& args : spy) {
        const ItemResult r = args.first().value<ItemResult>();
        if (r.status != QStringLiteral("skipped"))
            paths.append(r.item.path);
    }
    paths.sort();
    return paths;
}

} // namespace

class TestWatchService : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void restartReportsWhatChangedWhileStopped() {
        QTemporaryDir dir;
        const QString inbox = dir.filePath(QStringLiteral("inbox"));
        QVERIFY(QDir().mkpath(inbox));
        const QString a = inbox + QStringLiteral("/a.txt");
        const QString b = inbox + QStringLiteral("/b.txt");
        const QString c = inbox + QStringLiteral("/c.txt");
        const QString d = inbox + QStringLiteral("/d.txt");
        for (const QString& p : {a, b, c})
            QVERIFY(writeFile(p, "text of " + p.toUtf8()));
        {
            ProcessingService service;
            QSignalSpy finished(&service, &ProcessingService::itemFinished);
            QString error;
            QVERIFY2(service.start(configIn(dir), &error), qPrintable(error));
            QVERIFY2(service.addWatchFolder(folderConfig(QStringLiteral("Inbox"), inbox), &error),
                     qPrintable(error));
            QTRY_COMPARE_WITH_TIMEOUT(processedPaths(finished).size(), 3, 20000);
            QTRY_COMPARE_WITH_TIMEOUT(service.status(QStringLiteral("Inbox")).processed, 3, 5000);
        }
        // While stopped: one changed, one deleted, one new.
        QFile bf(b);
        QVERIFY(bf.open(QIODevice::Append));
        bf.write(" and more");
        bf.close();
        QVERIFY(QFile::remove(c));
        QVERIFY(writeFile(d, "new"));
        {
            ProcessingService service;
            QSignalSpy finished(&service, &ProcessingService::itemFinished);
            QSignalSpy events(&service, &ProcessingService::watchEvent);
            QSignalSpy log(service.eventLog(), &EventLog::eventAdded);
            QVERIFY(service.start(configIn(dir), nullptr));
            QVERIFY(service.addWatchFolder(folderConfig(QStringLiteral("Inbox"), inbox), nullptr));
            QTRY_COMPARE_WITH_TIMEOUT(processedPaths(finished).size(), 2, 20000);
            QTest::qWait(500);
            QCOMPARE(processedPaths(finished), (QStringList{b, d})); // a is not processed again
            QStringList seen;
            for (const QList<QVariant>& args : events) {
                const WatchEvent e = args.first().value<WatchEvent>();
                QVERIFY2(e.whileStopped, qPrintable(e.type + QLatin1Char(' ') + e.path));
                QCOMPARE(e.folder, QStringLiteral("Inbox"));
                seen.append(e.type + QLatin1Char(' ') + QFileInfo(e.path).fileName());
            }
            seen.sort();
            QCOMPARE(seen, (QStringList{QStringLiteral("created d.txt"), QStringLiteral("deleted c.txt"),
                                        QStringLiteral("modified b.txt")}));
            bool summary = false;
            for (const QList<QVariant>& args : log) {
                const Event e = args.first().value<Event>();
                if (e.kind != QStringLiteral("watch_start_scan"))
                    continue;
                summary = e.data.value(QStringLiteral("created")).toInt() == 1 &&
                          e.data.value(QStringLiteral("modified")).toInt() == 1 &&
                          e.data.value(QStringLiteral("deleted")).toInt() == 1 &&
                          e.data.value(QStringLiteral("unchanged")).toInt() == 1;
                // One translatable sentence: the counts in place, "%n" for the plural (untranslated here).
                QCOMPARE(e.message,
                         QStringLiteral("%1: changes since Sluice last ran: created 1, modified 1, "
                                        "deleted 1. 1 unchanged file(s) not processed again.")
                             .arg(e.data.value(QStringLiteral("root")).toString()));
            }
            QVERIFY(summary);
            QString createdMessage;
            for (const QList<QVariant>& args : log) {
                const Event e = args.first().value<Event>();
                if (e.kind == QStringLiteral("created") && e.path == d)
                    createdMessage = e.message;
            }
            QCOMPARE(createdMessage,
                     QStringLiteral("File appeared and is complete (while Sluice was not running)"));
            QTRY_COMPARE_WITH_TIMEOUT(service.status(QStringLiteral("Inbox")).processed, 3, 5000); // a, b, d
        }
    }

    void eachWatchFolderRunsItsPipeline() {
        QTemporaryDir dir;
        const QString hashOnly = dir.filePath(QStringLiteral("hash-only.sluice.json"));
        QVERIFY(writeFile(hashOnly, R"({"format": "sluice-pipeline", "version": 1, "name": "hash-only",
            "nodes": [{"id": "hash", "stage": "hash", "params": {"algorithms": ["sha256"]}}], "edges": []})"));
        const QString one = dir.filePath(QStringLiteral("one"));
        const QString two = dir.filePath(QStringLiteral("two"));
        QVERIFY(QDir().mkpath(one) && QDir().mkpath(two));
        ProcessingService service;
        QSignalSpy finished(&service, &ProcessingService::itemFinished);
        QString error;
        QVERIFY(service.start(configIn(dir), &error));
        QVERIFY(service.addWatchFolder(folderConfig(QStringLiteral("One"), one), &error));
        WatchFolderConfig second = folderConfig(QStringLiteral("Two"), two);
        second.pipeline = hashOnly;
        QVERIFY2(service.addWatchFolder(second, &error), qPrintable(error));
        WatchFolderConfig broken = folderConfig(QStringLiteral("Three"), two);
        broken.pipeline = QStringLiteral("no-such-pipeline");
        QVERIFY(!service.addWatchFolder(broken, &error));
        QVERIFY(error.contains(QStringLiteral("no-such-pipeline")));
        QVERIFY(!service.addWatchFolder(folderConfig(QStringLiteral("One"), two), &error)); // name taken
        QCOMPARE(service.watchFolders(), (QStringList{QStringLiteral("One"), QStringLiteral("Two")}));

        QVERIFY(writeFile(one + QStringLiteral("/x1.txt"), "one"));
        QVERIFY(writeFile(two + QStringLiteral("/x2.txt"), "two"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
        auto pipelineOf = [&dir](const QString& name) {
            QFile f(dir.filePath(QStringLiteral("results/") + name + QStringLiteral(".sluice.json")));
            if (!f.open(QIODevice::ReadOnly))
                return QString();
            return QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("pipeline")).toString();
        };
        QCOMPARE(pipelineOf(QStringLiteral("x1.txt")), QStringLiteral("inbox"));
        QCOMPARE(pipelineOf(QStringLiteral("x2.txt")), QStringLiteral("hash-only"));

        // Dropped files still run through the default pipeline.
        QVERIFY(writeFile(dir.filePath(QStringLiteral("dropped.txt")), "drop"));
        QCOMPARE(service.processFiles({dir.filePath(QStringLiteral("dropped.txt"))}), 1);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 20000);
        QCOMPARE(pipelineOf(QStringLiteral("dropped.txt")), QStringLiteral("inbox"));
    }

    // touch(1) on a processed file with content hashing on: a `modified` in the log at Info saying it is
    // not processed again, no job; and the store follows the new mtime, so a restart does not see it as
    // changed while stopped either.
    void touchedFileWithSameContentIsNotProcessedAgain() {
        QTemporaryDir dir;
        const QString inbox = dir.filePath(QStringLiteral("inbox"));
        QVERIFY(QDir().mkpath(inbox));
        const QString file = inbox + QStringLiteral("/report.txt");
        WatchFolderConfig folder = folderConfig(QStringLiteral("Inbox"), inbox);
        folder.contentHash = ContentHashMode::Full;
        {
            ProcessingService service;
            QSignalSpy finished(&service, &ProcessingService::itemFinished);
            QSignalSpy log(service.eventLog(), &EventLog::eventAdded);
            QVERIFY(service.start(configIn(dir), nullptr));
            QVERIFY(service.addWatchFolder(folder, nullptr));
            QVERIFY(writeFile(file, "quarterly figures"));
            QTRY_COMPARE_WITH_TIMEOUT(processedPaths(finished), QStringList{file}, 20000);
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(
                f.setFileTime(QDateTime::currentDateTimeUtc().addSecs(5), QFileDevice::FileModificationTime));
            f.close();
            auto touchedEvent = [&log]() -> Event {
                for (const QList<QVariant>& args : log) {
                    const Event e = args.first().value<Event>();
                    if (e.kind == QStringLiteral("modified"))
                        return e;
                }
                return {};
            };
            QTRY_COMPARE_WITH_TIMEOUT(touchedEvent().kind, QStringLiteral("modified"), 5000);
            const Event e = touchedEvent();
            QCOMPARE(e.level, EventLevel::Info);
            QCOMPARE(e.path, file);
            QCOMPARE(e.message,
                     QStringLiteral("File touched, content unchanged (same hash): not processed again"));
            QCOMPARE(e.data.value(QStringLiteral("content_unchanged")).toBool(), true);
            QTest::qWait(600);
            QCOMPARE(finished.size(), 1); // no second job, not even a skipped one
            // Real new bytes are processed.
            QVERIFY(writeFile(file, "QUARTERLY FIGURES"));
            QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
        }
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(
            f.setFileTime(QDateTime::currentDateTimeUtc().addSecs(10), QFileDevice::FileModificationTime));
        f.close();
        // Touched while stopped is a change the start scan sees (no hash is kept across runs): processed.
        // But a touch seen while running, as above, leaves nothing for the next start.
        {
            ProcessingService service;
            QSignalSpy finished(&service, &ProcessingService::itemFinished);
            QVERIFY(service.start(configIn(dir), nullptr));
            QVERIFY(service.addWatchFolder(folder, nullptr));
            QTRY_COMPARE_WITH_TIMEOUT(processedPaths(finished), QStringList{file}, 20000);
            QFile g(file);
            QVERIFY(g.open(QIODevice::ReadWrite));
            QVERIFY(g.setFileTime(QDateTime::currentDateTimeUtc().addSecs(15),
                                  QFileDevice::FileModificationTime));
            g.close();
            QTest::qWait(800);
            QCOMPARE(finished.size(), 1);
        }
        {
            ProcessingService service;
            QSignalSpy finished(&service, &ProcessingService::itemFinished);
            QSignalSpy log(service.eventLog(), &EventLog::eventAdded);
            QVERIFY(service.start(configIn(dir), nullptr));
            QVERIFY(service.addWatchFolder(folder, nullptr));
            QTRY_VERIFY_WITH_TIMEOUT(
                [&log] {
                    for (const QList<QVariant>& args : log)
                        if (args.first().value<Event>().kind == QStringLiteral("watch_start_scan"))
                            return true;
                    return false;
                }(),
                5000);
            for (const QList<QVariant>& args : log) {
                const Event e = args.first().value<Event>();
                if (e.kind == QStringLiteral("watch_start_scan")) {
                    QCOMPARE(e.data.value(QStringLiteral("modified")).toInt(), 0);
                    QCOMPARE(e.data.value(QStringLiteral("unchanged")).toInt(), 1);
                }
            }
            QTest::qWait(500);
            QCOMPARE(processedPaths(finished), QStringList());
        }
    }

    // `cp -p f t.new; mv t.new f` with content hashing off: the same size and mtime as when f was processed,
    // so it is not run again — and the log says so at Info, right after the `modified`, with the reason
    // in its data.
    void copyWithSameTimesRenamedOverIsLoggedAsNotProcessed() {
        QTemporaryDir dir;
        const QString inbox = dir.filePath(QStringLiteral("inbox"));
        QVERIFY(QDir().mkpath(inbox));
        const QString file = inbox + QStringLiteral("/ledger.csv");
        const QString temp = inbox + QStringLiteral("/ledger.csv.new");
        WatchFolderConfig folder = folderConfig(QStringLiteral("Inbox"), inbox);
        QCOMPARE(folder.contentHash, ContentHashMode::Off);
        ProcessingService service;
        QSignalSpy finished(&service, &ProcessingService::itemFinished);
        QSignalSpy log(service.eventLog(), &EventLog::eventAdded);
        QVERIFY(service.start(configIn(dir), nullptr));
        QVERIFY(service.addWatchFolder(folder, nullptr));
        QVERIFY(writeFile(file, "date;amount\n2026-11-30;12.50\n"));
        QTRY_COMPARE_WITH_TIMEOUT(processedPaths(finished), QStringList{file}, 20000);
        QTest::qWait(300);
        QCOMPARE(QProcess::execute(QStringLiteral("cp"), {QStringLiteral("-p"), file, temp}), 0);
        QCOMPARE(::rename(QFile::encodeName(temp).constData(), QFile::encodeName(file).constData()), 0);
        auto eventOf = [&log, &file](const QString& kind) -> Event {
            for (const QList<QVariant>& args : log) {
                const Event e = args.first().value<Event>();
                if (e.kind == kind && e.path == file)
                    return e;
            }
            return {};
        };
        QTRY_COMPARE_WITH_TIMEOUT(eventOf(QStringLiteral("skipped")).kind, QStringLiteral("skipped"), 10000);
        QCOMPARE(eventOf(QStringLiteral("modified")).kind, QStringLiteral("modified"));
        const Event skipped = eventOf(QStringLiteral("skipped"));
        QCOMPARE(skipped.level, EventLevel::Info);
        QCOMPARE(skipped.message,
                 QStringLiteral("Not processed again: same size and modification time as when "
                                "it was last processed. A change that keeps both is only "
                                "seen with content hashing on."));
        QCOMPARE(skipped.data.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("same_size_and_mtime"));
        QCOMPARE(skipped.data.value(QStringLiteral("trigger")).toString(), QStringLiteral("modified"));
        QCOMPARE(skipped.data.value(QStringLiteral("size")).toInteger(), QFileInfo(file).size());
        // The skip's result is signalled after its event is logged (queued across threads): wait for it.
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 5000);
        QCOMPARE(finished.last().first().value<ItemResult>().status, QStringLiteral("skipped"));
    }

    void pauseHoldsReadyFilesUntilResume() {
        QTemporaryDir dir;
        const QString inbox = dir.filePath(QStringLiteral("inbox"));
        QVERIFY(QDir().mkpath(inbox));
        ProcessingService service;
        QSignalSpy finished(&service, &ProcessingService::itemFinished);
        QSignalSpy statuses(&service, &ProcessingService::statusChanged);
        QVERIFY(service.start(configIn(dir), nullptr));
        QVERIFY(service.addWatchFolder(folderConfig(QStringLiteral("In"), inbox), nullptr));
        service.pauseWatchFolder(QStringLiteral("In"), QStringLiteral("disk almost full"));
        QCOMPARE(service.status(QStringLiteral("In")).state, WatchState::Paused);
        QCOMPARE(service.status(QStringLiteral("In")).reason, QStringLiteral("disk almost full"));
        const QString file = inbox + QStringLiteral("/held.txt");
        QVERIFY(writeFile(file, "held"));
        QTRY_VERIFY_WITH_TIMEOUT(!service.waitingFiles(QStringLiteral("In")).isEmpty() &&
                                     service.waitingFiles(QStringLiteral("In")).last().state ==
                                         WaitState::Ready,
                                 5000);
        QTest::qWait(300);
        QCOMPARE(finished.size(), 0);
        service.resumeWatchFolder(QStringLiteral("In"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(finished.first().first().value<ItemResult>().item.path, file);
        QCOMPARE(service.status(QStringLiteral("In")).state, WatchState::Watching);
        QVERIFY(service.waitingFiles(QStringLiteral("In")).isEmpty());
    }

    void resultFolderInsideTheRootIsNotWatched() {
        QTemporaryDir dir;
        ProcessingService::Config config = configIn(dir);
        config.resultDir = dir.filePath(QStringLiteral("results"));
        ProcessingService service;
        QSignalSpy finished(&service, &ProcessingService::itemFinished);
        QSignalSpy events(&service, &ProcessingService::watchEvent);
        QVERIFY(service.start(config, nullptr));
        WatchFolderConfig f = folderConfig(QStringLiteral("Root"), dir.path());
        f.skipTemporary = false; // results are named *.sluice.json, a temporary name: not what is tested
        QVERIFY(service.addWatchFolder(f, nullptr));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("in.txt")), "x"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QTest::qWait(800);
        QCOMPARE(finished.size(), 1); // no loop through its own result
        for (const QList<QVariant>& args : events)
            QVERIFY(!args.first().value<WatchEvent>().path.contains(QStringLiteral("/results")));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("results/in.txt.sluice.json"))));
    }
};

QTEST_GUILESS_MAIN(TestWatchService)
#include "test_watch_service.moc"
