// Polling fallback: past the inotify watch limit (simulated with maxNativeWatches, which takes the same
// path as the kernel's ENOSPC) folders are polled and nothing is missed, with a warning naming
// fs.inotify.max_user_watches and the sysctl; a root that must be polled (network file system, or
// forced) sees creations, changes, renames (by inode) and deletions; the mount table is read right.
#include "log/event_log.h"
#include "watch/mount_table.h"
#include "watch_test_util.h"

#include <QTemporaryDir>
#include <cstdio>

using namespace sluice;
using namespace sluice::watchtest;

class TestWatchPolling : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void foldersPastTheWatchLimitArePolled() {
        QTemporaryDir dir;
        for (int i = 0; i < 8; ++i)
            QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("d%1").arg(i))));
        WatchFolderConfig config = fastConfig({dir.path()}, 100);
        config.maxNativeWatches = 3;
        EventLog log;
        FolderWatcher watcher(config, fastOptions(), &log);
        Recorder rec(&watcher);
        watcher.start();
        QCOMPARE(watcher.nativeDirCount(), 3);
        QCOMPARE(watcher.polledDirCount(), 6);
        QTRY_COMPARE_WITH_TIMEOUT(watcher.status().state, WatchState::Polling, 2000);
        const QString reason = watcher.status().reason;
        QVERIFY2(reason.contains(QStringLiteral("fs.inotify.max_user_watches")) &&
                     reason.contains(QStringLiteral("sysctl")),
                 qPrintable(reason));
        int warnings = 0;
        for (const Event& e : log.snapshot())
            warnings +=
                e.level == EventLevel::Warning && e.message.contains(QStringLiteral("max_user_watches"));
        QCOMPARE(warnings, 1); // once, not once per folder

        QStringList expected;
        for (int i = 0; i < 8; ++i) {
            const QString path = dir.filePath(QStringLiteral("d%1/file.txt").arg(i));
            QVERIFY(writeFile(path, "x"));
            expected.append(path);
        }
        QTRY_COMPARE_WITH_TIMEOUT(rec.ready.size(), 8, 5000);
        QStringList ready = rec.ready;
        ready.sort();
        QCOMPARE(ready, expected);

        // A new sub-folder of a polled folder is found too.
        QVERIFY(writeFile(dir.filePath(QStringLiteral("d7/new/deep.txt")), "y"));
        QTRY_COMPARE_WITH_TIMEOUT(rec.ready.size(), 9, 5000);
        QCOMPARE(rec.ready.last(), dir.filePath(QStringLiteral("d7/new/deep.txt")));
    }

    void polledRootSeesEveryKindOfChange() {
        QTemporaryDir dir;
        WatchFolderConfig config = fastConfig({dir.path()}, 100);
        config.forcePolling = true;
        FolderWatcher watcher(config, fastOptions());
        Recorder rec(&watcher);
        watcher.start();
        QCOMPARE(watcher.nativeDirCount(), 0);
        QCOMPARE(watcher.status().state, WatchState::Polling);
        const QString a = dir.filePath(QStringLiteral("a.txt"));
        QVERIFY(writeFile(a, "a"));
        QTRY_COMPARE_WITH_TIMEOUT(rec.count(QStringLiteral("created"), a), 1, 3000);
        QVERIFY(appendFile(a, "bb"));
        QTRY_COMPARE_WITH_TIMEOUT(rec.count(QStringLiteral("modified"), a), 1, 3000);
        const QString b = dir.filePath(QStringLiteral("b.txt"));
        QVERIFY(QFile::rename(a, b));
        QTRY_COMPARE_WITH_TIMEOUT(rec.count(QStringLiteral("renamed"), b), 1, 3000);
        QCOMPARE(rec.events.last().from, a);
        // Atomic save in a polled folder: the temporary is never seen as a file of its own.
        const QString temp = dir.filePath(QStringLiteral("b.txt.tmp"));
        QVERIFY(writeFile(temp, "new content"));
        QCOMPARE(std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(b).constData()), 0);
        QTRY_COMPARE_WITH_TIMEOUT(rec.count(QStringLiteral("modified"), b), 1, 3000);
        QVERIFY(QFile::remove(b));
        QTRY_COMPARE_WITH_TIMEOUT(rec.count(QStringLiteral("deleted"), b), 1, 3000);
        QTest::qWait(500);
        QCOMPARE(rec.lines(dir.path()),
                 (QStringList{QStringLiteral("created a.txt"), QStringLiteral("modified a.txt"),
                              QStringLiteral("renamed b.txt <- a.txt"), QStringLiteral("modified b.txt"),
                              QStringLiteral("deleted b.txt")}));
    }

    void growingFileInPolledRootWaits() {
        QTemporaryDir dir;
        WatchFolderConfig config = fastConfig({dir.path()}, 700);
        config.forcePolling = true;
        FolderWatcher watcher(config, fastOptions());
        Recorder rec(&watcher);
        watcher.start();
        const QString path = dir.filePath(QStringLiteral("net.pdf"));
        for (int i = 0; i < 8; ++i) {
            QVERIFY(appendFile(path, QByteArray(1000, 'n')));
            QTest::qWait(200);
        }
        QCOMPARE(rec.ready.size(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(rec.ready.size(), 1, 4000);
        QCOMPARE(rec.events.first().size, qint64(8000));
    }

    void mountTableTellsNetworkFileSystems() {
        const QByteArray info =
            "22 1 254:0 / / rw,relatime shared:1 - ext4 /dev/vda rw\n"
            "40 22 0:35 / /mnt/share rw,relatime shared:20 - cifs //server/share rw,vers=3.1.1\n"
            "41 22 0:36 / /mnt/nfs rw shared:21 - nfs4 server:/export rw\n"
            "42 22 0:37 / /home/me/remote\\040dir rw,nosuid - fuse.sshfs me@host:/ rw\n"
            "43 22 0:38 / /media/usb rw - fuseblk /dev/sdb1 rw\n";
        const MountTable table = MountTable::parse(info);
        QCOMPARE(table.mounts().size(), 5);
        QCOMPARE(table.mountOf(QStringLiteral("/mnt/share/scans/a.pdf")).fsType, QStringLiteral("cifs"));
        QCOMPARE(table.mountOf(QStringLiteral("/mnt/nfs")).fsType, QStringLiteral("nfs4"));
        QCOMPARE(table.mountOf(QStringLiteral("/home/me/remote dir/x")).fsType, QStringLiteral("fuse.sshfs"));
        QCOMPARE(table.mountOf(QStringLiteral("/mnt/sharex")).fsType, QStringLiteral("ext4"));
        for (const char* type : {"cifs", "smb3", "nfs", "nfs4", "fuse.sshfs"})
            QVERIFY2(MountTable::isNetworkFileSystem(QLatin1String(type)), type);
        for (const char* type : {"ext4", "btrfs", "tmpfs", "fuseblk", "overlay"})
            QVERIFY2(!MountTable::isNetworkFileSystem(QLatin1String(type)), type);
        QVERIFY(!MountTable::current().mounts().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWatchPolling)
#include "test_watch_polling.moc"
