// The watch event that made a file ready reaches the stages (Item::trigger): in a real watch folder a
// backup node acts when a file is created and is "skipped: not a created event" when it is modified, a
// version node the other way round; files dropped on the window and `run` (manual) act on both; a change
// found at start is a created/modified event "while stopped"; a resumed job keeps the trigger it had; a
// file created empty and written a moment later is one `created` with its content.
#include "pipeline/runner.h"
#include "service/processing_service.h"
#include "store/state_store.h"
#include "watch/stability_gate.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace sluice;

namespace {

ProcessingService::Config configIn(const QTemporaryDir& dir, const QString& pipeline) {
    ProcessingService::Config c;
    c.pipeline = pipeline;
    c.statePath = dir.filePath(QStringLiteral("state.sqlite"));
    c.resultDir = dir.filePath(QStringLiteral("results"));
    c.jobs = 1;
    c.watch.pollMs = 50;
    c.watch.renameWindowMs = 100;
    return c;
}

WatchFolderConfig folderConfig(const QString& root) {
    WatchFolderConfig f;
    f.name = QStringLiteral("Inbox");
    f.roots = {root};
    f.settleMs = 200;
    f.rescanMs = 0;
    return f;
}

bool writeFile(const QString& path, const QByteArray& data) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

/// Files under `dir`, relative, sorted (hidden ones included).
QStringList filesUnder(const QString& dir) {
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(dir).relativeFilePath(it.next()));
    files.sort();
    return files;
}

/// A pipeline file with a backup node into <tmp>/backups and a version node into <tmp>/versions.
QString writePipeline(const QTemporaryDir& tmp, const QString& extraParams = {}) {
    const QString path = tmp.filePath(QStringLiteral("bv.sluice.json"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(QStringLiteral(R"({"format":"sluice-pipeline","version":1,"name":"bv","nodes":[
        {"id":"backup","stage":"backup","params":{"dir":"%1"%3}},
        {"id":"version","stage":"version","params":{"dir":"%2"%3}}],
        "edges":[{"from":"backup","to":"version"}]})")
                .arg(tmp.filePath(QStringLiteral("backups")), tmp.filePath(QStringLiteral("versions")),
                     extraParams)
                .toUtf8());
    return path;
}

/// The results that ran (not "skipped" as unchanged), in order.
QList<ItemResult> ranResults(const QSignalSpy& spy) {
    QList<ItemResult> results;
    for (const QList<QVariant>& args : spy) {
        const ItemResult r = args.first().value<ItemResult>();
        if (r.status != QStringLiteral("skipped"))
            results.append(r);
    }
    return results;
}

QString nodeStatus(const ItemResult& r, const QString& node) {
    return r.nodeStatus.value(node).toString();
}

QString skipReason(const ItemResult& r, const QString& node) {
    return r.item.results.value(node).toObject().value(QStringLiteral("skipped")).toString();
}

} // namespace

class TestWatchTriggers : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void backupOnCreateVersionOnModify() {
        QTemporaryDir tmp;
        const QString inbox = tmp.filePath(QStringLiteral("inbox"));
        QVERIFY(QDir().mkpath(inbox));
        const QString pipeline = writePipeline(tmp);
        const QString file = inbox + QStringLiteral("/report.txt");
        const QString backups = tmp.filePath(QStringLiteral("backups"));
        const QString versions = tmp.filePath(QStringLiteral("versions"));

        ProcessingService service;
        QSignalSpy finished(&service, &ProcessingService::itemFinished);
        QString error;
        QVERIFY2(service.start(configIn(tmp, pipeline), &error), qPrintable(error));
        QVERIFY2(service.addWatchFolder(folderConfig(inbox), &error), qPrintable(error));
        QTest::qWait(300);

        // Created: backed up, not versioned.
        QVERIFY(writeFile(file, "first draft\n"));
        QTRY_COMPARE_WITH_TIMEOUT(ranResults(finished).size(), 1, 20000);
        ItemResult r = ranResults(finished).at(0);
        QCOMPARE(r.status, QStringLiteral("ok"));
        QCOMPARE(r.item.trigger, QStringLiteral("created"));
        QVERIFY(!r.item.triggerWhileStopped);
        QCOMPARE(nodeStatus(r, QStringLiteral("backup")), QStringLiteral("done"));
        QCOMPARE(nodeStatus(r, QStringLiteral("version")), QStringLiteral("skipped"));
        QCOMPARE(skipReason(r, QStringLiteral("version")),
                 QStringLiteral("not a modified or content_changed event"));
        QCOMPARE(r.toJson(QStringLiteral("bv")).value("source").toObject().value("trigger").toString(),
                 QStringLiteral("created"));
        const QString day = r.item.jobStarted.toLocalTime().toString(QStringLiteral("yyyy-MM-dd"));
        QCOMPARE(filesUnder(backups), QStringList{day + QStringLiteral("/report.txt")});
        QCOMPARE(filesUnder(versions), QStringList());

        // Modified: versioned, not backed up again.
        QTest::qWait(1100); // a new mtime second
        QVERIFY(writeFile(file, "second draft, longer\n"));
        QTRY_COMPARE_WITH_TIMEOUT(ranResults(finished).size(), 2, 20000);
        r = ranResults(finished).at(1);
        QCOMPARE(r.status, QStringLiteral("ok"));
        QCOMPARE(r.item.trigger, QStringLiteral("modified"));
        QCOMPARE(nodeStatus(r, QStringLiteral("backup")), QStringLiteral("skipped"));
        QCOMPARE(skipReason(r, QStringLiteral("backup")), QStringLiteral("not a created event"));
        QCOMPARE(nodeStatus(r, QStringLiteral("version")), QStringLiteral("done"));
        QCOMPARE(r.item.results.value("version").toObject().value("version").toInt(), 1);
        QCOMPARE(filesUnder(backups), QStringList{day + QStringLiteral("/report.txt")});
        QCOMPARE(filesUnder(versions), QStringList{QStringLiteral("report_v1.txt")});
        QFile v1(QDir(versions).filePath(QStringLiteral("report_v1.txt")));
        QVERIFY(v1.open(QIODevice::ReadOnly));
        QCOMPARE(v1.readAll(), QByteArray("second draft, longer\n"));

        // Dropped on the window: an explicit request, both act (the backup of new bytes the same day
        // becomes "report (2).txt"; the version's bytes are those of v1, so no new version).
        QCOMPARE(service.processFiles({file}), 1);
        QTRY_COMPARE_WITH_TIMEOUT(ranResults(finished).size(), 3, 20000);
        r = ranResults(finished).at(2);
        QCOMPARE(r.item.trigger, QStringLiteral("dropped"));
        QCOMPARE(nodeStatus(r, QStringLiteral("backup")), QStringLiteral("done"));
        QCOMPARE(nodeStatus(r, QStringLiteral("version")), QStringLiteral("done"));
        QVERIFY(r.item.results.value("version").toObject().value("already_present").toBool());
        QCOMPARE(filesUnder(backups),
                 (QStringList{day + QStringLiteral("/report (2).txt"), day + QStringLiteral("/report.txt")}));
        QCOMPARE(filesUnder(versions), QStringList{QStringLiteral("report_v1.txt")});
    }

    // ": > f; sleep 2; echo data > f": the empty file is not announced while it is empty, so the backup
    // (on created) copies the content, and no `modified` follows to version it.
    void emptyFileWrittenLaterIsBackedUpWithItsContent() {
        QTemporaryDir tmp;
        const QString inbox = tmp.filePath(QStringLiteral("inbox"));
        QVERIFY(QDir().mkpath(inbox));
        const QString pipeline = writePipeline(tmp);
        const QString file = inbox + QStringLiteral("/notes.txt");
        ProcessingService service;
        QSignalSpy finished(&service, &ProcessingService::itemFinished);
        QString error;
        QVERIFY2(service.start(configIn(tmp, pipeline), &error), qPrintable(error));
        QVERIFY2(service.addWatchFolder(folderConfig(inbox), &error), qPrintable(error));
        QTest::qWait(300);

        QVERIFY(writeFile(file, QByteArray())); // created empty, closed
        QTest::qWait(2000);                     // ten settle times
        QCOMPARE(finished.size(), 0);
        QVERIFY(writeFile(file, "data\n"));
        QTRY_COMPARE_WITH_TIMEOUT(ranResults(finished).size(), 1, 20000);
        const ItemResult r = ranResults(finished).at(0);
        QCOMPARE(r.item.trigger, QStringLiteral("created"));
        QCOMPARE(r.item.size, qint64(5));
        QCOMPARE(nodeStatus(r, QStringLiteral("backup")), QStringLiteral("done"));
        const QString day = r.item.jobStarted.toLocalTime().toString(QStringLiteral("yyyy-MM-dd"));
        const QString backups = tmp.filePath(QStringLiteral("backups"));
        QCOMPARE(filesUnder(backups), QStringList{day + QStringLiteral("/notes.txt")});
        QFile backup(backups + QLatin1Char('/') + day + QStringLiteral("/notes.txt"));
        QVERIFY(backup.open(QIODevice::ReadOnly));
        QCOMPARE(backup.readAll(), QByteArray("data\n"));
        QTest::qWait(1000);
        QCOMPARE(ranResults(finished).size(), 1);
        QCOMPARE(filesUnder(tmp.filePath(QStringLiteral("versions"))), QStringList());
    }

    // An empty file that stays empty is announced, once it has stayed so for StabilityGate::kEmptySettleMs.
    void emptyFileThatStaysEmptyIsCreatedAfterTheEmptySettleTime() {
        QTemporaryDir tmp;
        const QString inbox = tmp.filePath(QStringLiteral("inbox"));
        QVERIFY(QDir().mkpath(inbox));
        const QString pipeline = writePipeline(tmp);
        ProcessingService service;
        QSignalSpy finished(&service, &ProcessingService::itemFinished);
        QVERIFY(service.start(configIn(tmp, pipeline), nullptr));
        QVERIFY(service.addWatchFolder(folderConfig(inbox), nullptr));
        QTest::qWait(300);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(writeFile(inbox + QStringLiteral("/marker"), QByteArray()));
        QTRY_COMPARE_WITH_TIMEOUT(ranResults(finished).size(), 1, 20000);
        QVERIFY2(clock.elapsed() >= StabilityGate::kEmptySettleMs,
                 qPrintable(QString::number(clock.elapsed())));
        const ItemResult r = ranResults(finished).at(0);
        QCOMPARE(r.item.trigger, QStringLiteral("created"));
        QCOMPARE(r.item.size, qint64(0));
        QCOMPARE(nodeStatus(r, QStringLiteral("backup")), QStringLiteral("done"));
    }

    // A created file whose job has not run yet (the folder is paused) and that changes meanwhile runs
    // once, still as `created`, with its final content: backed up, not versioned.
    void createdFileChangedBeforeItsJobRanStaysCreated() {
        QTemporaryDir tmp;
        const QString inbox = tmp.filePath(QStringLiteral("inbox"));
        QVERIFY(QDir().mkpath(inbox));
        const QString pipeline = writePipeline(tmp);
        const QString file = inbox + QStringLiteral("/draft.txt");
        ProcessingService service;
        QSignalSpy finished(&service, &ProcessingService::itemFinished);
        QStringList seen;
        connect(&service, &ProcessingService::watchEvent, this,
                [&seen](const WatchEvent& e) { seen.append(e.type); });
        QVERIFY(service.start(configIn(tmp, pipeline), nullptr));
        QVERIFY(service.addWatchFolder(folderConfig(inbox), nullptr));
        QTest::qWait(300);
        service.pauseWatchFolder(QStringLiteral("Inbox"));
        QVERIFY(writeFile(file, "v1\n"));
        QTRY_VERIFY_WITH_TIMEOUT(seen.contains(QStringLiteral("created")), 10000);
        QTest::qWait(1100); // a new mtime second
        QVERIFY(writeFile(file, "v2, longer\n"));
        QTRY_VERIFY_WITH_TIMEOUT(seen.contains(QStringLiteral("modified")), 10000);
        QCOMPARE(finished.size(), 0);
        service.resumeWatchFolder(QStringLiteral("Inbox"));
        QTRY_COMPARE_WITH_TIMEOUT(ranResults(finished).size(), 1, 20000);
        QTest::qWait(1000);
        QCOMPARE(ranResults(finished).size(), 1);
        const ItemResult r = ranResults(finished).at(0);
        QCOMPARE(r.item.trigger, QStringLiteral("created"));
        QCOMPARE(nodeStatus(r, QStringLiteral("backup")), QStringLiteral("done"));
        const QString day = r.item.jobStarted.toLocalTime().toString(QStringLiteral("yyyy-MM-dd"));
        QFile backup(tmp.filePath(QStringLiteral("backups/")) + day + QStringLiteral("/draft.txt"));
        QVERIFY(backup.open(QIODevice::ReadOnly));
        QCOMPARE(backup.readAll(), QByteArray("v2, longer\n"));
        QCOMPARE(filesUnder(tmp.filePath(QStringLiteral("versions"))), QStringList());
    }

    void changesWhileStoppedKeepTheirEventType() {
        QTemporaryDir tmp;
        const QString inbox = tmp.filePath(QStringLiteral("inbox"));
        QVERIFY(QDir().mkpath(inbox));
        const QString pipeline = writePipeline(tmp);
        const QString old = inbox + QStringLiteral("/old.txt");
        QVERIFY(writeFile(old, "old\n"));
        {
            ProcessingService service;
            QSignalSpy finished(&service, &ProcessingService::itemFinished);
            QVERIFY(service.start(configIn(tmp, pipeline), nullptr));
            QVERIFY(service.addWatchFolder(folderConfig(inbox), nullptr));
            QTRY_COMPARE_WITH_TIMEOUT(ranResults(finished).size(), 1, 20000);
            QCOMPARE(ranResults(finished).at(0).item.trigger, QStringLiteral("created"));
        }
        // While stopped: old.txt changes, new.txt appears.
        QTest::qWait(1100);
        QVERIFY(writeFile(old, "old, changed while stopped\n"));
        const QString fresh = inbox + QStringLiteral("/new.txt");
        QVERIFY(writeFile(fresh, "new\n"));
        ProcessingService service;
        QSignalSpy finished(&service, &ProcessingService::itemFinished);
        QVERIFY(service.start(configIn(tmp, pipeline), nullptr));
        QVERIFY(service.addWatchFolder(folderConfig(inbox), nullptr));
        QTRY_COMPARE_WITH_TIMEOUT(ranResults(finished).size(), 2, 20000);
        QHash<QString, ItemResult> byName;
        for (const ItemResult& r : ranResults(finished))
            byName.insert(QFileInfo(r.item.path).fileName(), r);
        const ItemResult changed = byName.value(QStringLiteral("old.txt"));
        QCOMPARE(changed.item.trigger, QStringLiteral("modified"));
        QVERIFY(changed.item.triggerWhileStopped);
        QVERIFY(
            changed.toJson(QStringLiteral("bv")).value("source").toObject().value("while_stopped").toBool());
        QCOMPARE(nodeStatus(changed, QStringLiteral("backup")), QStringLiteral("skipped"));
        QCOMPARE(nodeStatus(changed, QStringLiteral("version")), QStringLiteral("done"));
        const ItemResult created = byName.value(QStringLiteral("new.txt"));
        QCOMPARE(created.item.trigger, QStringLiteral("created"));
        QVERIFY(created.item.triggerWhileStopped);
        QCOMPARE(nodeStatus(created, QStringLiteral("backup")), QStringLiteral("done"));
        QCOMPARE(nodeStatus(created, QStringLiteral("version")), QStringLiteral("skipped"));
    }

    void manualRunActsUnlessTurnedOff() {
        QTemporaryDir tmp;
        const QString src = tmp.filePath(QStringLiteral("in/a.txt"));
        QVERIFY(QDir().mkpath(tmp.filePath(QStringLiteral("in"))));
        QVERIFY(writeFile(src, "alpha\n"));
        for (const bool explicitToo : {true, false}) {
            Pipeline p;
            QString error;
            QVERIFY2(
                Pipeline::load(
                    writePipeline(tmp, explicitToo ? QString() : QStringLiteral(R"(,"on_explicit":false)")),
                    p, &error),
                qPrintable(error));
            QCOMPARE(p.validate().size(), 0);
            Runner runner(p, nullptr, nullptr);
            QSignalSpy finished(&runner, &Runner::itemFinished);
            QVERIFY(runner.enqueue(src, {}, false, QStringLiteral("manual")));
            QVERIFY(runner.waitForDone(20000));
            const ItemResult r = finished.at(0).at(0).value<ItemResult>();
            QCOMPARE(r.item.trigger, QStringLiteral("manual"));
            if (explicitToo) {
                QCOMPARE(nodeStatus(r, QStringLiteral("backup")), QStringLiteral("done"));
                QCOMPARE(nodeStatus(r, QStringLiteral("version")), QStringLiteral("done"));
                QCOMPARE(filesUnder(tmp.filePath(QStringLiteral("versions"))),
                         QStringList{QStringLiteral("a_v1.txt")});
            } else {
                QCOMPARE(nodeStatus(r, QStringLiteral("backup")), QStringLiteral("skipped"));
                QCOMPARE(skipReason(r, QStringLiteral("backup")),
                         QStringLiteral("a manual run, and on_explicit is off"));
                QCOMPARE(nodeStatus(r, QStringLiteral("version")), QStringLiteral("skipped"));
            }
        }
        QCOMPARE(filesUnder(tmp.filePath(QStringLiteral("backups"))).size(), 1);
    }

    void unknownEventTypeIsAValidationProblem() {
        QTemporaryDir tmp;
        Pipeline p;
        QVERIFY(Pipeline::load(writePipeline(tmp, QStringLiteral(R"(,"on_events":["create"])")), p, nullptr));
        QStringList messages;
        for (const ValidationIssue& issue : p.validate())
            messages.append(issue.toString());
        QCOMPARE(messages,
                 (QStringList{QStringLiteral("node 'backup', parameter 'on_events': unknown event type "
                                             "'create' (known: created, modified, content_changed)"),
                              QStringLiteral("node 'version', parameter 'on_events': unknown event type "
                                             "'create' (known: created, modified, content_changed)")}));
    }

    void resumedJobKeepsItsTrigger() {
        QTemporaryDir tmp;
        const QString src = tmp.filePath(QStringLiteral("doc.txt"));
        QVERIFY(writeFile(src, "resume me\n"));
        Pipeline p;
        QVERIFY(Pipeline::load(writePipeline(tmp), p, nullptr));
        StateStore store;
        QVERIFY(store.open(tmp.filePath(QStringLiteral("state.sqlite"))));
        const QString out = tmp.filePath(QStringLiteral("out"));
        // What a watch process killed before the first node leaves: a running job of a modified file.
        const qint64 job = store.beginJob(src, p.name);
        store.recordJobOrigin(job, QJsonObject{{"watch_root", tmp.path()},
                                               {"depth", 0},
                                               {"parent", ""},
                                               {"trigger", "modified"},
                                               {"while_stopped", false},
                                               {"result_dir", QDir(out).absolutePath()},
                                               {"started", "2026-01-05T10:00:00.000Z"},
                                               {"item", QJsonObject{{"path", src}, {"size", 10}}}});
        Runner runner(p, &store, nullptr);
        runner.setResultDir(out);
        QSignalSpy finished(&runner, &Runner::itemFinished);
        QCOMPARE(runner.resumeInterrupted(), 1);
        QVERIFY(runner.waitForDone(20000));
        const ItemResult r = finished.at(0).at(0).value<ItemResult>();
        QCOMPARE(r.item.trigger, QStringLiteral("modified"));
        QCOMPARE(nodeStatus(r, QStringLiteral("backup")), QStringLiteral("skipped"));
        QCOMPARE(nodeStatus(r, QStringLiteral("version")), QStringLiteral("done"));
        QCOMPARE(filesUnder(tmp.filePath(QStringLiteral("backups"))), QStringList());
        QCOMPARE(filesUnder(tmp.filePath(QStringLiteral("versions"))),
                 QStringList{QStringLiteral("doc_v1.txt")});
        QCOMPARE(store.jobCount(QStringLiteral("running")), 0);
    }
};

QTEST_GUILESS_MAIN(TestWatchTriggers)
#include "test_watch_triggers.moc"
