// Folder watching, folders: a folder moved in is scanned whole and then watched; one moved out or renamed
// is one event; symbolic-link loops are not followed; odd and non-UTF-8 names; the pipeline's output
// folder inside a root is not watched; a root deleted and recreated is watched again.
#include "log/event_log.h"
#include "watch_test_util.h"

#include <QTemporaryDir>
#include <fcntl.h>
#include <unistd.h>

using namespace sluice;
using namespace sluice::watchtest;

class TestWatchFolders : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void folderMovedInIsScannedWholeAndWatched() {
        QTemporaryDir dir;
        QTemporaryDir outside;
        FolderWatcher watcher(fastConfig({dir.path()}), fastOptions());
        Recorder rec(&watcher);
        watcher.start();
        QVERIFY(writeFile(outside.filePath(QStringLiteral("batch/a.pdf")), "a"));
        QVERIFY(writeFile(outside.filePath(QStringLiteral("batch/sub/b.docx")), "b"));
        QVERIFY(
            QDir().rename(outside.filePath(QStringLiteral("batch")), dir.filePath(QStringLiteral("batch"))));
        QTRY_COMPARE_WITH_TIMEOUT(rec.ready.size(), 2, 5000);
        QVERIFY(writeFile(dir.filePath(QStringLiteral("batch/sub/c.png")), "c"));
        QTRY_COMPARE_WITH_TIMEOUT(rec.ready.size(), 3, 5000);
        QTest::qWait(500);
        QStringList ready = rec.ready;
        ready.sort();
        QCOMPARE(ready, (QStringList{dir.filePath(QStringLiteral("batch/a.pdf")),
                                     dir.filePath(QStringLiteral("batch/sub/b.docx")),
                                     dir.filePath(QStringLiteral("batch/sub/c.png"))}));
        QCOMPARE(rec.count(QStringLiteral("created")), 3);
    }

    void folderMovedOutIsOneEvent() {
        QTemporaryDir dir;
        QTemporaryDir outside;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("out/x.txt")), "x"));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("out/deep/y.txt")), "y"));
        FolderWatcher watcher(fastConfig({dir.path()}), fastOptions());
        Recorder rec(&watcher);
        watcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(rec.ready.size(), 2, 5000);
        QCOMPARE(watcher.trackedCount(), 2);
        const int before = int(rec.events.size());
        QVERIFY(QDir().rename(dir.filePath(QStringLiteral("out")), outside.filePath(QStringLiteral("out"))));
        QTRY_COMPARE_WITH_TIMEOUT(rec.events.size(), before + 1, 5000);
        const WatchEvent& e = rec.events.last();
        QCOMPARE(e.type, QStringLiteral("deleted"));
        QCOMPARE(e.path, dir.filePath(QStringLiteral("out")));
        QVERIFY(e.isDir);
        QCOMPARE(watcher.trackedCount(), 0);
        // What happens in it now is none of the watcher's business.
        QVERIFY(writeFile(outside.filePath(QStringLiteral("out/deep/z.txt")), "z"));
        QVERIFY(QFile::remove(outside.filePath(QStringLiteral("out/x.txt"))));
        QTest::qWait(600);
        QCOMPARE(rec.events.size(), before + 1);
        QCOMPARE(watcher.nativeDirCount(), 1);
    }

    void folderRenamedInsideIsOneEvent() {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("old/x.txt")), "x"));
        FolderWatcher watcher(fastConfig({dir.path()}), fastOptions());
        Recorder rec(&watcher);
        watcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(rec.ready.size(), 1, 5000);
        QVERIFY(QDir().rename(dir.filePath(QStringLiteral("old")), dir.filePath(QStringLiteral("new"))));
        QTRY_COMPARE_WITH_TIMEOUT(rec.count(QStringLiteral("renamed")), 1, 5000);
        QVERIFY(rec.events.last().isDir);
        QCOMPARE(rec.events.last().from, dir.filePath(QStringLiteral("old")));
        QVERIFY(appendFile(dir.filePath(QStringLiteral("new/x.txt")), "more"));
        QTRY_COMPARE_WITH_TIMEOUT(
            rec.count(QStringLiteral("modified"), dir.filePath(QStringLiteral("new/x.txt"))), 1, 5000);
        QCOMPARE(rec.count(QStringLiteral("created")), 1);
        QCOMPARE(rec.count(QStringLiteral("deleted")), 0);
    }

    void symlinkLoopsAreNotFollowed() {
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("sub"))));
        QVERIFY(QFile::link(dir.path(), dir.filePath(QStringLiteral("loop"))));
        QVERIFY(QFile::link(QStringLiteral(".."), dir.filePath(QStringLiteral("sub/up"))));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("sub/a.txt")), "a"));
        FolderWatcher watcher(fastConfig({dir.path()}), fastOptions());
        Recorder rec(&watcher);
        watcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(rec.ready.size(), 1, 5000);
        QTest::qWait(400);
        QCOMPARE(rec.ready, QStringList{dir.filePath(QStringLiteral("sub/a.txt"))});
        QCOMPARE(watcher.nativeDirCount(), 2); // the root and sub, not the links
    }

    void oddAndUndecodableNames() {
        QTemporaryDir dir;
        EventLog log;
        FolderWatcher watcher(fastConfig({dir.path()}), fastOptions(), &log);
        Recorder rec(&watcher);
        watcher.start();
        const QStringList odd = {QStringLiteral("with space and 'quotes'.txt"),
                                 QStringLiteral("ünïcödé 日本.txt"), QStringLiteral("new\nline.txt"),
                                 QStringLiteral("-dash%20#hash.txt")};
        for (const QString& name : odd)
            QVERIFY(writeFile(dir.filePath(name), "x"));
        // A name that is not UTF-8 (Latin-1 "café"), made with the raw bytes.
        const QByteArray raw = QFile::encodeName(dir.path()) + "/caf\xe9.txt";
        const int fd = ::open(raw.constData(), O_CREAT | O_WRONLY, 0644);
        QVERIFY(fd >= 0);
        QCOMPARE(::write(fd, "x", 1), ssize_t(1));
        ::close(fd);
        QTRY_COMPARE_WITH_TIMEOUT(rec.ready.size(), odd.size(), 5000);
        QStringList expected;
        for (const QString& name : odd)
            expected.append(dir.filePath(name));
        QStringList ready = rec.ready;
        ready.sort();
        expected.sort();
        QCOMPARE(ready, expected);
        bool warned = false;
        for (const Event& e : log.snapshot())
            warned |= e.level == EventLevel::Warning && e.message.contains(QStringLiteral("caf%E9.txt"));
        QVERIFY2(warned, "the undecodable name is named in a warning");
    }

    void outputFolderInsideRootIsNotWatched() {
        QTemporaryDir dir;
        const QString results = dir.filePath(QStringLiteral("results"));
        QVERIFY(QDir().mkpath(results));
        WatchOptions options = fastOptions();
        options.excludedPaths = {results};
        FolderWatcher watcher(fastConfig({dir.path()}), options);
        Recorder rec(&watcher);
        watcher.start();
        QVERIFY(writeFile(results + QStringLiteral("/a.pdf.json"), "{}"));
        QVERIFY(writeFile(results + QStringLiteral("/deeper/b.txt"), "b"));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("in.txt")), "x"));
        QTRY_COMPARE_WITH_TIMEOUT(rec.ready.size(), 1, 5000);
        QTest::qWait(400);
        QCOMPARE(rec.ready, QStringList{dir.filePath(QStringLiteral("in.txt"))});
        QCOMPARE(watcher.nativeDirCount(), 1);
    }

    void rootDeletedAndRecreatedIsWatchedAgain() {
        QTemporaryDir parent;
        const QString root = parent.filePath(QStringLiteral("inbox"));
        QVERIFY(QDir().mkpath(root));
        FolderWatcher watcher(fastConfig({root}), fastOptions());
        Recorder rec(&watcher);
        QSignalSpy errors(&watcher, &FolderWatcher::rootError);
        QSignalSpy recovered(&watcher, &FolderWatcher::rootRecovered);
        watcher.start();
        QVERIFY(writeFile(root + QStringLiteral("/first.txt"), "1"));
        QTRY_COMPARE_WITH_TIMEOUT(rec.ready.size(), 1, 5000);
        QVERIFY(QDir(root).removeRecursively());
        QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(watcher.status().state, WatchState::Error, 2000);
        QVERIFY(QDir().mkpath(root));
        QTRY_COMPARE_WITH_TIMEOUT(recovered.size(), 1, 5000);
        QVERIFY(writeFile(root + QStringLiteral("/later.txt"), "2"));
        QTRY_COMPARE_WITH_TIMEOUT(rec.ready.size(), 2, 5000);
        QCOMPARE(rec.ready.last(), root + QStringLiteral("/later.txt"));
        QTRY_COMPARE_WITH_TIMEOUT(watcher.status().state, WatchState::Watching, 2000);
    }
};

QTEST_GUILESS_MAIN(TestWatchFolders)
#include "test_watch_folders.moc"
