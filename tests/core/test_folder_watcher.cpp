// FolderWatcher: a new file is announced exactly once and only after it stopped growing; changes,
// deletions and files in new sub-folders are seen; temporary files are ignored. (The fuller set of
// watching tests is in tests/core/watch.)
#include "watch/folder_watcher.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace sluice;

namespace {

WatchOptions fastOptions() {
    WatchOptions o;
    o.settleMs = 400;
    o.pollMs = 50;
    o.debounceMs = 50;
    o.rescanMs = 0;
    return o;
}

void append(const QString& path, const QByteArray& data) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::Append));
    QCOMPARE(f.write(data), data.size());
}

/// Column `index` of a spy's arguments; for a WatchEvent spy, index 0 is the type and 1 the path.
QStringList column(const QSignalSpy& spy, int index) {
    QStringList values;
    for (const QList<QVariant>& args : spy) {
        if (args.at(0).canConvert<WatchEvent>() && args.size() == 1) {
            const WatchEvent e = args.at(0).value<WatchEvent>();
            values.append(index == 0 ? e.type : e.path);
        } else {
            values.append(args.at(index).toString());
        }
    }
    return values;
}

} // namespace

class TestFolderWatcher : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void growingFileIsReadyOnceAfterItStops() {
        QTemporaryDir dir;
        FolderWatcher watcher(fastOptions());
        QSignalSpy ready(&watcher, &FolderWatcher::fileReady);
        QSignalSpy changed(&watcher, &FolderWatcher::watchEvent);
        watcher.addRoot(dir.path());

        const QString path = dir.filePath(QStringLiteral("scan.pdf"));
        QElapsedTimer clock;
        clock.start();
        qint64 lastWrite = 0;
        for (int i = 0; i < 8; ++i) { // grows for about 1.2 s, longer than the settle time
            append(path, QByteArray(4096, char('a' + i)));
            lastWrite = clock.elapsed();
            QTest::qWait(150);
            QCOMPARE(ready.size(), 0);
        }
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 5000);
        QVERIFY2(clock.elapsed() - lastWrite >= 400, "ready only after the settle time");
        QCOMPARE(ready.first().at(0).toString(), path);
        QCOMPARE(ready.first().at(1).toString(), dir.path());
        QCOMPARE(column(changed, 0), QStringList{QStringLiteral("created")}); // one event, not one per write
        QTest::qWait(800);
        QCOMPARE(ready.size(), 1); // exactly once

        // A later change is one `modified` and one more ready.
        append(path, "more");
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 2, 5000);
        QCOMPARE(column(changed, 0), (QStringList{QStringLiteral("created"), QStringLiteral("modified")}));

        QVERIFY(QFile::remove(path));
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 3, 5000);
        QCOMPARE(column(changed, 0).last(), QStringLiteral("deleted"));
        QCOMPARE(column(changed, 1).last(), path);
    }

    void existingFilesAndNewSubfoldersAreSeen() {
        QTemporaryDir dir;
        append(dir.filePath(QStringLiteral("before.txt")), "x");
        FolderWatcher watcher(fastOptions());
        QSignalSpy ready(&watcher, &FolderWatcher::fileReady);
        watcher.addRoot(dir.path());
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 5000);
        QCOMPARE(ready.first().at(0).toString(), dir.filePath(QStringLiteral("before.txt")));

        // A folder moved in with files already inside is scanned whole.
        QTemporaryDir outside;
        QVERIFY(QDir().mkpath(outside.filePath(QStringLiteral("batch/deep"))));
        append(outside.filePath(QStringLiteral("batch/a.txt")), "a");
        append(outside.filePath(QStringLiteral("batch/deep/b.txt")), "b");
        QVERIFY(
            QDir().rename(outside.filePath(QStringLiteral("batch")), dir.filePath(QStringLiteral("batch"))));
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 3, 5000);
        QStringList paths = column(ready, 0);
        paths.sort();
        QCOMPARE(paths, (QStringList{dir.filePath(QStringLiteral("batch/a.txt")),
                                     dir.filePath(QStringLiteral("batch/deep/b.txt")),
                                     dir.filePath(QStringLiteral("before.txt"))}));
    }

    void temporaryAndHiddenFilesAreIgnored() {
        QTemporaryDir dir;
        FolderWatcher watcher(fastOptions());
        QSignalSpy ready(&watcher, &FolderWatcher::fileReady);
        watcher.addRoot(dir.path());
        for (const char* name : {"download.part", "x.crdownload", "~$report.docx", ".hidden", "a.tmp"})
            append(dir.filePath(QLatin1String(name)), "x");
        append(dir.filePath(QStringLiteral("real.txt")), "x");
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 5000);
        QTest::qWait(600);
        QCOMPARE(column(ready, 0), QStringList{dir.filePath(QStringLiteral("real.txt"))});
    }

    void rootDeletedAndRecreatedIsWatchedAgain() {
        QTemporaryDir parent;
        const QString root = parent.filePath(QStringLiteral("inbox"));
        QVERIFY(QDir().mkpath(root));
        FolderWatcher watcher(fastOptions());
        QSignalSpy ready(&watcher, &FolderWatcher::fileReady);
        QSignalSpy errors(&watcher, &FolderWatcher::rootError);
        QSignalSpy recovered(&watcher, &FolderWatcher::rootRecovered);
        watcher.addRoot(root);
        append(root + QStringLiteral("/first.txt"), "1");
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 5000);

        QVERIFY(QDir(root).removeRecursively());
        QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, 5000);
        QCOMPARE(errors.first().at(0).toString(), root);
        QVERIFY(QDir().mkpath(root));
        QTRY_COMPARE_WITH_TIMEOUT(recovered.size(), 1, 5000);
        // Natively watched again: a new file is seen at once, not at the next periodic rescan (off here).
        append(root + QStringLiteral("/later.txt"), "2");
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 2, 5000);
        QCOMPARE(ready.last().at(0).toString(), root + QStringLiteral("/later.txt"));
    }

    void missingRootIsAnError() {
        FolderWatcher watcher(fastOptions());
        QSignalSpy errors(&watcher, &FolderWatcher::rootError);
        watcher.addRoot(QStringLiteral("/nonexistent/sluice/folder"));
        QCOMPARE(errors.size(), 1);
        // Kept, in state Error, and watched for: it is picked up when it appears.
        QCOMPARE(watcher.roots(), QStringList{QStringLiteral("/nonexistent/sluice/folder")});
        QCOMPARE(watcher.status().state, WatchState::Error);
    }
};

QTEST_GUILESS_MAIN(TestFolderWatcher)
#include "test_folder_watcher.moc"
