// Folder watching, the start scan: ParallelDirWalk on two threads lists exactly the files and folders a
// plain sequential opendir/readdir/lstat walk finds — odd and non-UTF-8 names, symbolic links (never
// followed, loops included), a fifo, an unreadable folder, an empty folder — with each file once and
// its size right; a FolderWatcher start scan on two threads tracks the same files as one on one thread,
// and every folder it found is watched afterwards; the registry adopts a folder's table built elsewhere.
#include "rerun_as_nobody.h"
#include "watch/parallel_dir_walk.h"
#include "watch_test_util.h"

#include <QProcess>
#include <QTemporaryDir>
#include <dirent.h>
#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace sluice;
using namespace sluice::watchtest;

namespace {

/// Every regular file and every readable folder under `dir` (absolute paths, sorted), found the plain
/// way: one folder at a time, lstat per name, no symbolic link followed, names that are not valid in the
/// file-name encoding left out (as the watcher leaves them out, with a warning).
void referenceWalk(const QByteArray& dir, QStringList* files, QStringList* dirs) {
    DIR* d = ::opendir(dir.constData());
    if (!d)
        return;
    dirs->append(QFile::decodeName(dir));
    while (const dirent* e = ::readdir(d)) {
        const QByteArray name(e->d_name);
        if (name == "." || name == "..")
            continue;
        if (QFile::encodeName(QFile::decodeName(name)) != name)
            continue;
        const QByteArray path = dir + '/' + name;
        struct stat st;
        if (::lstat(path.constData(), &st) != 0)
            continue;
        if (S_ISDIR(st.st_mode))
            referenceWalk(path, files, dirs);
        else if (S_ISREG(st.st_mode))
            files->append(QFile::decodeName(path));
    }
    ::closedir(d);
}

struct Walked {
    QStringList files;
    QStringList dirs;
    QHash<QString, qint64> sizes; ///< path → size from the walk's stat (files kept by a filter)
};

/// Walks `top` with `threads` threads, entering every folder; with `filter`, files go through it into
/// each folder's table.
Walked walk(const QString& top, int threads, const ParallelDirWalk::FileFilter& filter = {}) {
    Walked out;
    ParallelDirWalk walk(threads, filter);
    walk.add(top, true);
    walk.run([&](WalkedFolder& folder) {
        if (!folder.listing.ok)
            return;
        out.dirs.append(folder.path);
        for (const DirEntry& e : folder.listing.entries) {
            const QString path = folder.path + QLatin1Char('/') + e.name;
            if (e.isDir)
                walk.add(path, true);
            else
                out.files.append(path);
        }
        for (auto it = folder.files.cbegin(); it != folder.files.cend(); ++it) {
            const QString path = folder.path + QLatin1Char('/') + it.key();
            out.files.append(path);
            out.sizes.insert(path, it->size);
        }
    });
    out.files.sort();
    out.dirs.sort();
    return out;
}

bool writeRaw(const QByteArray& path, qsizetype bytes) {
    const int fd = ::open(path.constData(), O_CREAT | O_WRONLY | O_TRUNC, 0644);
    if (fd < 0)
        return false;
    const QByteArray data(bytes, 'x');
    const bool ok = ::write(fd, data.constData(), size_t(data.size())) == ssize_t(data.size());
    ::close(fd);
    return ok;
}

/// A tree with 40 folders three deep and, in each, files of different sizes — plus odd names, a name
/// that is not UTF-8, symbolic links to a file, to the root and to a parent, a fifo, an empty folder
/// and (when `unreadable`) a folder its owner cannot read.
bool makeTree(const QString& root, bool unreadable) {
    const QByteArray base = QFile::encodeName(root);
    int size = 1;
    for (int a = 0; a < 4; ++a) {
        for (int b = 0; b < 10; ++b) {
            const QString dir = root + QStringLiteral("/a%1/b%2").arg(a).arg(b);
            if (!QDir().mkpath(dir))
                return false;
            for (int f = 0; f < 12; ++f)
                if (!writeRaw(QFile::encodeName(dir + QStringLiteral("/file_%1.pdf").arg(f)),
                              1 + size++ % 97))
                    return false;
        }
    }
    const QStringList odd = {QStringLiteral("with space and 'quotes'.txt"),
                             QStringLiteral("ünïcödé 日本.txt"),
                             QStringLiteral("new\nline.txt"),
                             QStringLiteral("-dash%20#hash.txt"),
                             QStringLiteral(".hidden.txt"),
                             QStringLiteral("download.part")};
    for (const QString& name : odd)
        if (!writeRaw(QFile::encodeName(root + QStringLiteral("/a1/") + name), 5))
            return false;
    if (!writeRaw(base + "/a2/b3/caf\xe9.txt", 3)) // Latin-1 "café": not UTF-8
        return false;
    if (!QDir().mkpath(root + QStringLiteral("/empty")))
        return false;
    if (::symlink(base.constData(), (base + "/a0/loop").constData()) != 0 ||
        ::symlink("..", (base + "/a0/b0/up").constData()) != 0 ||
        ::symlink((base + "/a1/b1/file_0.pdf").constData(), (base + "/a3/link.pdf").constData()) != 0 ||
        ::mkfifo((base + "/a3/pipe").constData(), 0644) != 0)
        return false;
    if (unreadable) {
        const QString closed = root + QStringLiteral("/a3/closed");
        if (!QDir().mkpath(closed) ||
            !writeRaw(QFile::encodeName(closed + QStringLiteral("/secret.pdf")), 7) ||
            ::chmod(QFile::encodeName(closed).constData(), 0) != 0)
            return false;
    }
    return true;
}

} // namespace

class TestWatchScan : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parallelWalkFindsWhatASequentialWalkFinds() {
        // Root reads every folder; the unreadable folder is only unreadable for another user, so as root
        // this test runs itself again as "nobody" (privileges dropped between fork and exec).
        if (::geteuid() == 0) {
            watchtest::rerunAsNobody("TestWatchScan",
                                     QStringLiteral("parallelWalkFindsWhatASequentialWalkFinds"));
            return;
        }
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString root = tmp.path();
        QVERIFY(makeTree(root, true));
        QVERIFY(::access(QFile::encodeName(root + QStringLiteral("/a3/closed")).constData(), R_OK) != 0);

        QStringList expectedFiles;
        QStringList expectedDirs;
        referenceWalk(QFile::encodeName(root), &expectedFiles, &expectedDirs);
        expectedFiles.sort();
        expectedDirs.sort();
        QCOMPARE(expectedFiles.size(), 40 * 12 + 6); // the 480 plain files and the 6 odd names
        QCOMPARE(expectedDirs.size(), 1 + 4 + 40 + 1);

        for (int threads : {1, 2, 4}) {
            const Walked w = walk(root, threads);
            QCOMPARE(w.files, expectedFiles);
            QCOMPARE(w.dirs, expectedDirs);
        }
        // A file filter on the listing threads: tables hold what it keeps, with each file's size.
        const auto noPart = [](const QString&, const DirEntry& file) {
            return !file.name.endsWith(QLatin1String(".part"));
        };
        QStringList expectedKept = expectedFiles;
        expectedKept.removeAll(root + QStringLiteral("/a1/download.part"));
        for (int threads : {1, 2}) {
            const Walked w = walk(root, threads, noPart);
            QCOMPARE(w.files, expectedKept);
            QCOMPARE(w.sizes.size(), expectedKept.size());
            for (const QString& path : expectedKept)
                QCOMPARE(w.sizes.value(path, -2), QFileInfo(path).size());
        }
        ::chmod(QFile::encodeName(root + QStringLiteral("/a3/closed")).constData(), 0700);
    }

    void parallelWalkOfAWideTreeListsEachFolderOnce() {
        // 300 folders of 40 files: enough that both threads list at the same time.
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        for (int d = 0; d < 300; ++d) {
            const QString dir = tmp.filePath(QStringLiteral("d%1/e%2").arg(d % 30).arg(d));
            QVERIFY(QDir().mkpath(dir));
            for (int f = 0; f < 40; ++f)
                QVERIFY(writeRaw(QFile::encodeName(dir + QStringLiteral("/f%1").arg(f)), 0));
        }
        const Walked one = walk(tmp.path(), 1);
        QCOMPARE(one.files.size(), 300 * 40);
        QCOMPARE(one.dirs.size(), 1 + 30 + 300);
        for (int round = 0; round < 5; ++round) {
            const Walked two = walk(tmp.path(), 2);
            QCOMPARE(two.files, one.files); // sorted: a duplicate or a missing file would differ
            QCOMPARE(two.dirs, one.dirs);
        }
    }

    void startScanOnTwoThreadsTracksWhatOneThreadTracks() {
        if (::geteuid() == 0) {
            watchtest::rerunAsNobody("TestWatchScan",
                                     QStringLiteral("startScanOnTwoThreadsTracksWhatOneThreadTracks"));
            return;
        }
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        QVERIFY(makeTree(tmp.path(), true));
        // What the default filters keep: no hidden name, no temporary name; the rest of the reference.
        QStringList files;
        QStringList dirs;
        referenceWalk(QFile::encodeName(tmp.path()), &files, &dirs);
        files.removeAll(tmp.filePath(QStringLiteral("a1/.hidden.txt")));
        files.removeAll(tmp.filePath(QStringLiteral("a1/download.part")));
        files.sort();

        struct Result {
            int tracked = 0;
            int native = 0;
            int reported = 0;
            QStringList ready;
        };
        auto scan = [&](const QByteArray& threads, bool reportExisting, const QStringList& include = {}) {
            qputenv("SLUICE_SCAN_THREADS", threads);
            WatchOptions options = fastOptions();
            options.reportExisting = reportExisting;
            WatchFolderConfig config = fastConfig({tmp.path()}, 50);
            config.includeGlobs = include;
            FolderWatcher watcher(config, options);
            Recorder rec(&watcher);
            Result r;
            connect(&watcher, &FolderWatcher::startScanFinished, this,
                    [&r](const QString&, int created, int, int, int unchanged) {
                        r.reported = created + unchanged;
                    });
            watcher.start();
            r.tracked = watcher.trackedCount();
            r.native = watcher.nativeDirCount();
            if (reportExisting) {
                [&] {
                    QTRY_COMPARE_WITH_TIMEOUT(rec.ready.size(), int(files.size()), 10000);
                }();
                r.ready = rec.ready;
                r.ready.sort();
            } else {
                // Every folder found is watched: a file made in the deepest one now is seen.
                const QString late = tmp.filePath(include.isEmpty() ? QStringLiteral("a3/b9/late.pdf")
                                                                    : QStringLiteral("a1/late.txt"));
                [&] {
                    QVERIFY(writeFile(late, "late"));
                    QTRY_COMPARE_WITH_TIMEOUT(rec.ready, QStringList{late}, 5000);
                }();
                QFile::remove(late);
            }
            qunsetenv("SLUICE_SCAN_THREADS");
            return r;
        };
        const Result seq = scan("1", false);
        if (QTest::currentTestFailed())
            return;
        const Result par = scan("2", false);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(seq.tracked, int(files.size()));
        QCOMPARE(par.tracked, seq.tracked);
        QCOMPARE(par.reported, seq.reported);
        QCOMPARE(seq.native, int(dirs.size()));
        QCOMPARE(par.native, seq.native);
        // Reporting what is there: every kept file is created and ready once.
        // Globs (regular expressions) matched on the scan threads: only the odd names' folder's .txt files.
        const Result globbed = scan("4", false, {QStringLiteral("a1/*.txt")});
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(globbed.tracked, 4); // the four odd .txt names; .hidden.txt is hidden
        const Result reported = scan("2", true);
        QCOMPARE(reported.ready, files);
        QCOMPARE(reported.reported, int(files.size()));
        ::chmod(QFile::encodeName(tmp.filePath(QStringLiteral("a3/closed"))).constData(), 0700);
    }

    void registryAdoptsATableWholeOrMerged() {
        FileRegistry registry;
        FileRegistry::Files listed;
        listed.insert(QStringLiteral("a.pdf"), TrackedFile{10, 1000, 7, 0});
        listed.insert(QStringLiteral("b.pdf"), TrackedFile{-1, -1, 8, 0});
        registry.adopt(QStringLiteral("/in"), std::move(listed));
        QCOMPARE(registry.count(), 2);
        QCOMPARE(registry.find(QStringLiteral("/in/a.pdf"))->size, qint64(10));
        QCOMPARE(registry.find(QStringLiteral("/in/b.pdf"))->inode, quint64(8));
        // Into a folder that has a table already: listed names replace tracked ones, the rest stays.
        registry.insert(QStringLiteral("/in"), QStringLiteral("c.pdf"), TrackedFile{3, 3000, 9, 0});
        FileRegistry::Files again;
        again.insert(QStringLiteral("a.pdf"), TrackedFile{11, 2000, 7, 0});
        again.insert(QStringLiteral("d.pdf"), TrackedFile{4, 4000, 10, 0});
        registry.adopt(QStringLiteral("/in"), std::move(again));
        QCOMPARE(registry.count(), 4);
        QCOMPARE(registry.find(QStringLiteral("/in/a.pdf"))->size, qint64(11));
        QCOMPARE(registry.find(QStringLiteral("/in/c.pdf"))->size, qint64(3));
        QCOMPARE(registry.find(QStringLiteral("/in/d.pdf"))->mtimeNs, qint64(4000));
        registry.adopt(QStringLiteral("/empty"), FileRegistry::Files());
        QCOMPARE(registry.filesIn(QStringLiteral("/empty")), nullptr);
        QCOMPARE(registry.count(), 4);
    }
};

QTEST_GUILESS_MAIN(TestWatchScan)
#include "test_watch_scan.moc"
