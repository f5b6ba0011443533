// The stability gate: a file written slowly (a scanner or network copy at about 100 KB/s for 3 s) is one
// event and one job, after its last write, with its final size; its waiting state is visible; a writer
// that pauses longer than the settle time with the file still open is waited for; batches are handed
// out oldest first; a minimum age holds fresh files back; an unreadable file waits as "waiting: locked"
// until it can be opened; a growing file's size reaches the waiting list while it grows.
#include "rerun_as_nobody.h"
#include "watch_test_util.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <unistd.h>

using namespace sluice;
using namespace sluice::watchtest;

class TestWatchGate : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void slowWriterIsOneJobAfterTheLastWrite() {
        QTemporaryDir dir;
        FolderWatcher watcher(fastConfig({dir.path()}, 500), fastOptions());
        Recorder rec(&watcher);
        QList<QList<WaitingFile>> waitingLists;
        connect(&watcher, &FolderWatcher::waitingChanged, this,
                [&waitingLists](const QList<WaitingFile>& files) { waitingLists.append(files); });
        watcher.start();
        const QString path = dir.filePath(QStringLiteral("scan.pdf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QElapsedTimer clock;
        clock.start();
        qint64 lastWrite = 0;
        const QByteArray chunk(10 * 1024, 'p'); // 10 KB every 100 ms: 100 KB/s for 3 s
        for (int i = 0; i < 30; ++i) {
            QCOMPARE(file.write(chunk), chunk.size());
            QVERIFY(file.flush());
            lastWrite = clock.elapsed();
            QTest::qWait(100);
            QCOMPARE(rec.ready.size(), 0);
        }
        bool sawGrowing = false;
        for (const QList<WaitingFile>& list : std::as_const(waitingLists))
            for (const WaitingFile& w : list)
                sawGrowing |=
                    w.path == path && waitStateName(w.state) == QStringLiteral("waiting: still growing");
        QVERIFY2(sawGrowing, "the waiting file is listed as still growing");
        QCOMPARE(watcher.waitingFiles().size(), 1);
        file.close();
        QTRY_COMPARE_WITH_TIMEOUT(rec.ready.size(), 1, 5000);
        QVERIFY(clock.elapsed() - lastWrite >= 500);
        QTest::qWait(1000);
        QCOMPARE(rec.ready, QStringList{path});
        QCOMPARE(rec.lines(dir.path()), QStringList{QStringLiteral("created scan.pdf")});
        QCOMPARE(rec.events.first().size, qint64(30 * 10 * 1024)); // whole
        QCOMPARE(watcher.waitingFiles().size(), 0);
    }

    void openWriterPausingLongerThanSettleIsWaitedFor() {
        QTemporaryDir dir;
        FolderWatcher watcher(fastConfig({dir.path()}, 200), fastOptions());
        Recorder rec(&watcher);
        watcher.start();
        const QString path = dir.filePath(QStringLiteral("copy.bin"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write(QByteArray(1000, 'a')) == 1000 && file.flush());
        QTest::qWait(800); // a network stall: four settle times without a write, file still open
        QCOMPARE(rec.ready.size(), 0);
        QVERIFY(file.write(QByteArray(1000, 'b')) == 1000);
        file.close();
        QTRY_COMPARE_WITH_TIMEOUT(rec.ready.size(), 1, 3000);
        QCOMPARE(rec.events.first().size, qint64(2000));
    }

    void batchesAreOldestFirst() {
        QTemporaryDir dir;
        WatchFolderConfig config = fastConfig({dir.path()}, 100);
        config.batchSize = 2;
        const QDateTime base = QDateTime::currentDateTimeUtc().addSecs(-3600);
        // Created in reverse order of their mtimes.
        for (int i = 5; i >= 1; --i) {
            const QString path = dir.filePath(QStringLiteral("f%1.txt").arg(i));
            QVERIFY(writeFile(path, "x"));
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.setFileTime(base.addSecs(i), QFileDevice::FileModificationTime));
        }
        FolderWatcher watcher(config, fastOptions());
        Recorder rec(&watcher);
        int maxPerCheck = 0;
        int lastCount = 0;
        connect(&watcher, &FolderWatcher::fileReady, this, [&] {
            ++lastCount;
            maxPerCheck = qMax(maxPerCheck, lastCount);
            QTimer::singleShot(0, this, [&] { lastCount = 0; });
        });
        watcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(rec.ready.size(), 5, 5000);
        QStringList expected;
        for (int i = 1; i <= 5; ++i)
            expected.append(dir.filePath(QStringLiteral("f%1.txt").arg(i)));
        QCOMPARE(rec.ready, expected);
        QCOMPARE(maxPerCheck, 2);
    }

    void minimumAgeHoldsFreshFiles() {
        QTemporaryDir dir;
        WatchFolderConfig config = fastConfig({dir.path()}, 0);
        config.minAgeMs = 1500;
        FolderWatcher watcher(config, fastOptions());
        Recorder rec(&watcher);
        watcher.start();
        const QString old = dir.filePath(QStringLiteral("old.txt"));
        QVERIFY(writeFile(old, "o"));
        {
            QFile f(old);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-60),
                                  QFileDevice::FileModificationTime));
        }
        const QString fresh = dir.filePath(QStringLiteral("fresh.txt"));
        QVERIFY(writeFile(fresh, "f"));
        QElapsedTimer clock;
        clock.start();
        QTRY_VERIFY_WITH_TIMEOUT(rec.ready.contains(old), 3000);
        if (clock.elapsed() < 1000)
            QVERIFY(!rec.ready.contains(fresh));
        QTRY_VERIFY_WITH_TIMEOUT(rec.ready.contains(fresh), 5000);
        QVERIFY(clock.elapsed() >= 1200);
        QTest::qWait(300);
        QCOMPARE(rec.ready, (QStringList{old, fresh}));
    }

    void tooLargeFilesAreIgnored() {
        QTemporaryDir dir;
        WatchFolderConfig config = fastConfig({dir.path()}, 100);
        config.maxSizeBytes = 1000;
        FolderWatcher watcher(config, fastOptions());
        Recorder rec(&watcher);
        watcher.start();
        QVERIFY(writeFile(dir.filePath(QStringLiteral("big.bin")), QByteArray(1001, 'x')));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("small.bin")), QByteArray(1000, 'x')));
        QTRY_COMPARE_WITH_TIMEOUT(rec.ready.size(), 1, 3000);
        QTest::qWait(400);
        QCOMPARE(rec.ready, QStringList{dir.filePath(QStringLiteral("small.bin"))});
    }

    // "waiting: locked": size and mtime are stable but open(2) for reading fails (here EACCES: a
    // write-only file). Root opens any file, so as root this test runs itself again as "nobody" in a child
    // process (privileges dropped between fork and exec): the gate's real open(2), no stand-in.
    void lockedFileWaitsUntilReadable() {
        if (::geteuid() == 0) {
            watchtest::rerunAsNobody("TestWatchGate", QStringLiteral("lockedFileWaitsUntilReadable"));
            return;
        }
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        FolderWatcher watcher(fastConfig({dir.path()}, 100), fastOptions());
        Recorder rec(&watcher);
        QList<WaitingFile> waiting;
        connect(&watcher, &FolderWatcher::waitingChanged, this,
                [&waiting](const QList<WaitingFile>& files) { waiting = files; });
        watcher.start();
        const QString path = dir.filePath(QStringLiteral("locked.pdf"));
        // Created write-only (0200), so it is never readable before the check below.
        const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL, 0200);
        QVERIFY(fd >= 0);
        const QByteArray data(4096, 'L');
        QCOMPARE(::write(fd, data.constData(), size_t(data.size())), ssize_t(data.size()));
        ::close(fd);
        QFile probe(path);
        QVERIFY(!probe.open(QIODevice::ReadOnly)); // really unreadable for this user
        QTRY_VERIFY_WITH_TIMEOUT(waiting.size() == 1 && waiting.first().state == WaitState::Locked, 5000);
        QCOMPARE(waiting.first().path, path);
        QCOMPARE(waiting.first().size, qint64(4096));
        QCOMPARE(waitStateName(waiting.first().state), QStringLiteral("waiting: locked"));
        QCOMPARE(watcher.waitingFiles().first().state, WaitState::Locked);
        QTest::qWait(500); // stays locked, not handed on
        QCOMPARE(rec.ready.size(), 0);
        QCOMPARE(rec.events.size(), 0);
        QCOMPARE(watcher.waitingFiles().size(), 1);
        // Readable again: handed on once, whole.
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QTRY_COMPARE_WITH_TIMEOUT(rec.ready, QStringList{path}, 5000);
        QCOMPARE(rec.lines(dir.path()), QStringList{QStringLiteral("created locked.pdf")});
        QCOMPARE(rec.events.first().size, qint64(4096));
        QTRY_VERIFY_WITH_TIMEOUT(waiting.isEmpty(), 2000);
    }

    // A growing file's size reaches the waiting list while it grows (at most once a second), not only
    // when its state changes.
    void waitingListFollowsAGrowingFile() {
        QTemporaryDir dir;
        FolderWatcher watcher(fastConfig({dir.path()}, 1000), fastOptions());
        QList<qint64> sizes; // the growing file's size in each waitingChanged
        QList<qint64> times; // ms since start of each
        QElapsedTimer clock;
        connect(&watcher, &FolderWatcher::waitingChanged, this, [&](const QList<WaitingFile>& files) {
            for (const WaitingFile& w : files) {
                sizes.append(w.size);
                times.append(clock.elapsed());
            }
        });
        watcher.start();
        const QString path = dir.filePath(QStringLiteral("copy.iso"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        clock.start();
        const QByteArray chunk(8 * 1024, 'i');
        for (int i = 0; i < 35; ++i) { // 8 KB every 100 ms for 3.5 s
            QCOMPARE(file.write(chunk), chunk.size());
            QVERIFY(file.flush());
            QTest::qWait(100);
        }
        file.close();
        // Growing all along: several lists, each with a larger size than the one before.
        QVERIFY2(sizes.size() >= 3, qPrintable(QString::number(sizes.size())));
        for (int i = 1; i < sizes.size(); ++i)
            QVERIFY2(sizes.at(i) >= sizes.at(i - 1), "sizes only grow");
        QVERIFY(sizes.last() > sizes.first());
        QVERIFY(sizes.last() >= 20 * chunk.size());
        // Throttled: growth alone is sent at most about once a second (a state change may add one).
        QVERIFY2(sizes.size() <= 8, qPrintable(QString::number(sizes.size())));
    }
};

QTEST_GUILESS_MAIN(TestWatchGate)
#include "test_watch_gate.moc"
