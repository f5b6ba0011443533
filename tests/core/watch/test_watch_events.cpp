// Folder watching, one event per change: created, modified, content_changed, deleted, renamed (also a
// case-only rename), an editor's atomic save twice, temporary names never processed, per-type filter,
// cooldown.
#include "watch_test_util.h"

#include <QTemporaryDir>
#include <cstdio>

using namespace sluice;
using namespace sluice::watchtest;

class TestWatchEvents : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void createdModifiedDeleted() {
        QTemporaryDir dir;
        FolderWatcher watcher(fastConfig({dir.path()}), fastOptions());
        Recorder rec(&watcher);
        watcher.start();
        const QString path = dir.filePath(QStringLiteral("a.txt"));
        QVERIFY(writeFile(path, "hello"));
        QTRY_COMPARE_WITH_TIMEOUT(rec.count(QStringLiteral("created"), path), 1, 5000);
        QCOMPARE(rec.events.first().size, qint64(5));
        QVERIFY(appendFile(path, " world"));
        QTRY_COMPARE_WITH_TIMEOUT(rec.count(QStringLiteral("modified"), path), 1, 5000);
        QCOMPARE(rec.events.last().size, qint64(11));
        QVERIFY(QFile::remove(path));
        QTRY_COMPARE_WITH_TIMEOUT(rec.count(QStringLiteral("deleted"), path), 1, 5000);
        QTest::qWait(400);
        QCOMPARE(rec.lines(dir.path()),
                 (QStringList{QStringLiteral("created a.txt"), QStringLiteral("modified a.txt"),
                              QStringLiteral("deleted a.txt")}));
        QCOMPARE(rec.ready, (QStringList{path, path})); // created and modified are processed
        QCOMPARE(watcher.trackedCount(), 0);
        QVERIFY(rec.events.first().time.isValid());
        QCOMPARE(rec.events.first().folder, QStringLiteral("test"));
    }

    void contentChangedWithSameSizeAndMtime() {
        QTemporaryDir dir;
        WatchFolderConfig config = fastConfig({dir.path()});
        config.contentHash = ContentHashMode::FirstMiB;
        const QString path = dir.filePath(QStringLiteral("data.bin"));
        QVERIFY(writeFile(path, "AAAAAAAA"));
        // A whole-millisecond mtime, so that setting it again restores it to the nanosecond.
        const QDateTime mtime = QDateTime::currentDateTimeUtc().addSecs(-10);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.setFileTime(mtime, QFileDevice::FileModificationTime));
        }
        FolderWatcher watcher(config, fastOptions());
        Recorder rec(&watcher);
        watcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(rec.count(QStringLiteral("created")), 1, 5000);
        // Same size, same mtime (restored before the watcher runs again), other bytes.
        QVERIFY(writeFile(path, "BBBBBBBB"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.setFileTime(mtime, QFileDevice::FileModificationTime));
        }
        QCOMPARE(QFileInfo(path).lastModified(), mtime);
        QTRY_COMPARE_WITH_TIMEOUT(rec.count(QStringLiteral("content_changed"), path), 1, 5000);
        QCOMPARE(rec.count(QStringLiteral("modified")), 0);
        QCOMPARE(rec.ready.size(), 2);
        // Closing it again unchanged is no event.
        QVERIFY(writeFile(path, "BBBBBBBB"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.setFileTime(mtime, QFileDevice::FileModificationTime));
        }
        QTest::qWait(800);
        QCOMPARE(rec.events.size(), 2);
    }

    // touch(1) changes only the mtime: still a `modified`, but with the same XXH3 hash as when it was
    // handed on it is marked content_unchanged and not handed on (no fileReady). New bytes of the same
    // size are processed; without hashing a touch is processed (nothing to compare with).
    void touchWithSameContentIsNotProcessedAgain() {
        QTemporaryDir dir;
        WatchFolderConfig config = fastConfig({dir.path()});
        config.contentHash = ContentHashMode::Full;
        FolderWatcher watcher(config, fastOptions());
        Recorder rec(&watcher);
        watcher.start();
        const QString path = dir.filePath(QStringLiteral("report.txt"));
        QVERIFY(writeFile(path, "same bytes"));
        QTRY_COMPARE_WITH_TIMEOUT(rec.count(QStringLiteral("created"), path), 1, 5000);
        QCOMPARE(rec.ready, QStringList{path});
        auto touch = [&path](int secondsAhead) {
            QFile f(path);
            return f.open(QIODevice::ReadWrite) &&
                   f.setFileTime(QDateTime::currentDateTimeUtc().addSecs(secondsAhead),
                                 QFileDevice::FileModificationTime);
        };
        QVERIFY(touch(5));
        QTRY_COMPARE_WITH_TIMEOUT(rec.count(QStringLiteral("modified"), path), 1, 5000);
        QVERIFY(rec.events.last().contentUnchanged);
        QCOMPARE(rec.events.last().toJson().value(QStringLiteral("content_unchanged")).toBool(), true);
        QCOMPARE(rec.events.last().size, qint64(10));
        QTest::qWait(400);
        QCOMPARE(rec.ready, QStringList{path}); // not handed on again
        // The same bytes written again (an editor saving without changes): the same.
        QVERIFY(writeFile(path, "same bytes"));
        QTRY_COMPARE_WITH_TIMEOUT(rec.count(QStringLiteral("modified"), path), 2, 5000);
        QVERIFY(rec.events.last().contentUnchanged);
        QCOMPARE(rec.ready.size(), 1);
        // Other bytes of the same size: processed.
        QVERIFY(writeFile(path, "SAME BYTES"));
        QTRY_COMPARE_WITH_TIMEOUT(rec.count(QStringLiteral("modified"), path), 3, 5000);
        QVERIFY(!rec.events.last().contentUnchanged);
        QVERIFY(!rec.events.last().toJson().contains(QStringLiteral("content_unchanged")));
        QCOMPARE(rec.ready, (QStringList{path, path}));
        // And a touch after that compares with the new bytes' hash.
        QVERIFY(touch(10));
        QTRY_COMPARE_WITH_TIMEOUT(rec.count(QStringLiteral("modified"), path), 4, 5000);
        QVERIFY(rec.events.last().contentUnchanged);
        QCOMPARE(rec.ready.size(), 2);

        // Hashing off: a touch is a modified that is processed.
        QTemporaryDir plainDir;
        FolderWatcher plain(fastConfig({plainDir.path()}), fastOptions());
        Recorder plainRec(&plain);
        plain.start();
        const QString other = plainDir.filePath(QStringLiteral("b.txt"));
        QVERIFY(writeFile(other, "bytes"));
        QTRY_COMPARE_WITH_TIMEOUT(plainRec.ready.size(), 1, 5000);
        {
            QFile f(other);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(
                f.setFileTime(QDateTime::currentDateTimeUtc().addSecs(5), QFileDevice::FileModificationTime));
        }
        QTRY_COMPARE_WITH_TIMEOUT(plainRec.count(QStringLiteral("modified"), other), 1, 5000);
        QVERIFY(!plainRec.events.last().contentUnchanged);
        QCOMPARE(plainRec.ready.size(), 2);
    }

    void renamedKeepsFromAndIsNotProcessedAgain() {
        QTemporaryDir dir;
        FolderWatcher watcher(fastConfig({dir.path()}), fastOptions());
        Recorder rec(&watcher);
        watcher.start();
        const QString a = dir.filePath(QStringLiteral("a.pdf"));
        const QString b = dir.filePath(QStringLiteral("sub/b.pdf"));
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("sub"))));
        QVERIFY(writeFile(a, "pdf"));
        QTRY_COMPARE_WITH_TIMEOUT(rec.ready.size(), 1, 5000);
        QVERIFY(QFile::rename(a, b));
        QTRY_COMPARE_WITH_TIMEOUT(rec.count(QStringLiteral("renamed")), 1, 5000);
        QTest::qWait(400);
        QCOMPARE(rec.lines(dir.path()), (QStringList{QStringLiteral("created a.pdf"),
                                                     QStringLiteral("renamed sub/b.pdf <- a.pdf")}));
        QCOMPARE(rec.ready.size(), 1);
        // Tracked under its new name: a change there is a modification.
        QVERIFY(appendFile(b, "more"));
        QTRY_COMPARE_WITH_TIMEOUT(rec.count(QStringLiteral("modified"), b), 1, 5000);
    }

    void caseOnlyRenameIsARename() {
        QTemporaryDir dir;
        const QString upper = dir.filePath(QStringLiteral("Report.PDF"));
        QVERIFY(writeFile(upper, "x"));
        FolderWatcher watcher(fastConfig({dir.path()}), fastOptions());
        Recorder rec(&watcher);
        watcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(rec.count(QStringLiteral("created"), upper), 1, 5000);
        const QString lower = dir.filePath(QStringLiteral("report.pdf"));
        QCOMPARE(std::rename(QFile::encodeName(upper).constData(), QFile::encodeName(lower).constData()), 0);
        QTRY_COMPARE_WITH_TIMEOUT(rec.count(QStringLiteral("renamed")), 1, 5000);
        QTest::qWait(300);
        QCOMPARE(rec.lines(dir.path()), (QStringList{QStringLiteral("created Report.PDF"),
                                                     QStringLiteral("renamed report.pdf <- Report.PDF")}));
    }

    void atomicSaveTwiceIsTwoModified() {
        QTemporaryDir dir;
        const QString report = dir.filePath(QStringLiteral("report.docx"));
        QVERIFY(writeFile(report, "version 1"));
        FolderWatcher watcher(fastConfig({dir.path()}), fastOptions());
        Recorder rec(&watcher);
        watcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(rec.ready.size(), 1, 5000);
        for (int i = 2; i <= 3; ++i) {
            // Word/LibreOffice style: write a temporary, rename it over the original.
            const QString temp = dir.filePath(QStringLiteral("report.docx.tmp%1").arg(i));
            QVERIFY(writeFile(temp, "version " + QByteArray::number(i) + " longer"));
            QCOMPARE(std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(report).constData()),
                     0);
            QTRY_COMPARE_WITH_TIMEOUT(rec.count(QStringLiteral("modified"), report), i - 1, 5000);
        }
        QTest::qWait(500);
        QCOMPARE(rec.lines(dir.path()),
                 (QStringList{QStringLiteral("created report.docx"), QStringLiteral("modified report.docx"),
                              QStringLiteral("modified report.docx")}));
        QCOMPARE(rec.ready, (QStringList{report, report, report}));
    }

    void saveThatRenamesTheOriginalAwayIsOneModified() {
        // vim (backupcopy=no) and others: original renamed to a backup name, the new text written anew.
        QTemporaryDir dir;
        const QString notes = dir.filePath(QStringLiteral("notes.txt"));
        QVERIFY(writeFile(notes, "one"));
        FolderWatcher watcher(fastConfig({dir.path()}), fastOptions());
        Recorder rec(&watcher);
        watcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(rec.ready.size(), 1, 5000);
        QVERIFY(QFile::rename(notes, notes + QLatin1Char('~')));
        QVERIFY(writeFile(notes, "one two"));
        QVERIFY(QFile::remove(notes + QLatin1Char('~')));
        QTRY_COMPARE_WITH_TIMEOUT(rec.count(QStringLiteral("modified"), notes), 1, 5000);
        QTest::qWait(500);
        QCOMPARE(rec.lines(dir.path()),
                 (QStringList{QStringLiteral("created notes.txt"), QStringLiteral("modified notes.txt")}));
    }

    void temporaryNamesAreNeverProcessed() {
        QTemporaryDir dir;
        FolderWatcher watcher(fastConfig({dir.path()}), fastOptions());
        Recorder rec(&watcher);
        watcher.start();
        const QStringList temporary = {QStringLiteral("movie.mkv.part"),
                                       QStringLiteral("setup.exe.crdownload"),
                                       QStringLiteral(".syncthing.report.pdf.tmp"),
                                       QStringLiteral("~syncthing~report.pdf.tmp"),
                                       QStringLiteral("~$budget.xlsx"),
                                       QStringLiteral("scan.tmp"),
                                       QStringLiteral(".~lock.report.odt#"),
                                       QStringLiteral(".hidden.pdf")};
        for (const QString& name : temporary)
            QVERIFY(writeFile(dir.filePath(name), "partial"));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("real.pdf")), "whole"));
        QTRY_COMPARE_WITH_TIMEOUT(rec.ready.size(), 1, 5000);
        // A finished download renamed to its final name is one `created`, processed once.
        const QString final = dir.filePath(QStringLiteral("movie.mkv"));
        QVERIFY(QFile::rename(dir.filePath(QStringLiteral("movie.mkv.part")), final));
        QTRY_COMPARE_WITH_TIMEOUT(rec.ready.size(), 2, 5000);
        QTest::qWait(500);
        QCOMPARE(rec.ready, (QStringList{dir.filePath(QStringLiteral("real.pdf")), final}));
        QCOMPARE(rec.lines(dir.path()),
                 (QStringList{QStringLiteral("created real.pdf"), QStringLiteral("created movie.mkv")}));
    }

    void eventTypeFilter() {
        QTemporaryDir dir;
        WatchFolderConfig config = fastConfig({dir.path()});
        config.eventTypes = {QStringLiteral("deleted")};
        FolderWatcher watcher(config, fastOptions());
        Recorder rec(&watcher);
        watcher.start();
        const QString path = dir.filePath(QStringLiteral("a.txt"));
        QVERIFY(writeFile(path, "x"));
        QTest::qWait(600);
        QCOMPARE(rec.events.size(), 0);
        QCOMPARE(rec.ready.size(), 0);
        QCOMPARE(watcher.trackedCount(), 1); // still tracked: its deletion is reported
        QVERIFY(QFile::remove(path));
        QTRY_COMPARE_WITH_TIMEOUT(rec.count(QStringLiteral("deleted"), path), 1, 5000);
    }

    void cooldownMergesChangesOfOnePath() {
        QTemporaryDir dir;
        WatchFolderConfig config = fastConfig({dir.path()}, 0);
        config.cooldownMs = 1500;
        FolderWatcher watcher(config, fastOptions());
        Recorder rec(&watcher);
        watcher.start();
        const QString path = dir.filePath(QStringLiteral("log.csv"));
        const QString other = dir.filePath(QStringLiteral("other.csv"));
        QVERIFY(writeFile(path, "1"));
        QTRY_COMPARE_WITH_TIMEOUT(rec.count(QStringLiteral("created"), path), 1, 3000);
        for (int i = 2; i <= 4; ++i) {
            QTest::qWait(200);
            QVERIFY(appendFile(path, QByteArray::number(i)));
        }
        QVERIFY(writeFile(other, "x")); // another path is not held back by this one's cooldown
        QTRY_COMPARE_WITH_TIMEOUT(rec.count(QStringLiteral("created"), other), 1, 1000);
        QCOMPARE(rec.count(QStringLiteral("modified"), path), 0);
        QTRY_COMPARE_WITH_TIMEOUT(rec.count(QStringLiteral("modified"), path), 1, 3000);
        QTest::qWait(500);
        QCOMPARE(rec.count(QStringLiteral("modified"), path), 1); // three writes, one event
        QCOMPARE(rec.events.last().size, qint64(4));
    }
};

QTEST_GUILESS_MAIN(TestWatchEvents)
#include "test_watch_events.moc"
