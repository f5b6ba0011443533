// Watch-folder filters on the path relative to the root (globs, regexes, hidden, temporary names), the
// config's JSON round trip and validation, and the registry's diff of a folder listing.
#include "watch/file_registry.h"
#include "watch/watch_config.h"
#include "watch/watch_filter.h"

#include <QJsonDocument>
#include <QtTest>

using namespace sluice;

class TestWatchFilter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void globsMatchNameOrRelativePath() {
        WatchFolderConfig c;
        c.includeGlobs = {QStringLiteral("*.pdf"), QStringLiteral("scans/*/*.tif")};
        c.excludeGlobs = {QStringLiteral("draft-*"), QStringLiteral("archive/**")};
        const WatchFilter f(c);
        QVERIFY(f.acceptsFile(QStringLiteral("a.pdf")));
        QVERIFY(f.acceptsFile(QStringLiteral("deep/er/A.PDF"))); // name glob, any folder, any case
        QVERIFY(!f.acceptsFile(QStringLiteral("a.docx")));
        QVERIFY(f.acceptsFile(QStringLiteral("scans/2024/p1.tif")));
        QVERIFY(!f.acceptsFile(QStringLiteral("scans/2024/05/p1.tif"))); // '*' does not cross '/'
        QVERIFY(!f.acceptsFile(QStringLiteral("other/2024/p1.tif")));
        QVERIFY(!f.acceptsFile(QStringLiteral("x/draft-1.pdf")));
        QVERIFY(!f.acceptsFile(QStringLiteral("archive/2020/old.pdf"))); // "**" crosses '/'
        QVERIFY(!f.acceptsDir(QStringLiteral("archive/2020")));
        QVERIFY(f.acceptsDir(QStringLiteral("scans"))); // include filters never exclude folders
    }

    void regexesMatchRelativePath() {
        WatchFolderConfig c;
        c.includeRegexes = {QStringLiteral("^invoices/\\d{4}/")};
        c.excludeRegexes = {QStringLiteral("(?i)\\.bak$")};
        const WatchFilter f(c);
        QVERIFY(f.acceptsFile(QStringLiteral("invoices/2024/a.pdf")));
        QVERIFY(!f.acceptsFile(QStringLiteral("invoices/24/a.pdf")));
        QVERIFY(!f.acceptsFile(QStringLiteral("invoices/2024/a.BAK")));
        QVERIFY(!f.acceptsFile(QStringLiteral("x/invoices/2024/a.pdf")));
    }

    void hiddenAndTemporaryNames() {
        WatchFolderConfig c;
        const WatchFilter f(c);
        for (const char* name : {"a.part", "b.crdownload", ".syncthing.x.pdf.tmp", "~syncthing~x.pdf.tmp",
                                 "~$report.docx", "x.TMP", ".~lock.a.odt#", "a.swp", "a~", "#a#", "4913",
                                 "r.pdf.sluice.json", ".hidden", "dir/.hidden.pdf"})
            QVERIFY2(!f.acceptsFile(QLatin1String(name)), name);
        for (const char* name : {"report.docx", "a.pdf", "tmp.pdf", "partial-report.pdf", "dir/x.txt"})
            QVERIFY2(f.acceptsFile(QLatin1String(name)), name);
        QVERIFY(!f.acceptsDir(QStringLiteral(".git")));
        c.skipHidden = false;
        c.skipTemporary = false;
        const WatchFilter all(c);
        QVERIFY(all.acceptsFile(QStringLiteral(".hidden")));
        QVERIFY(all.acceptsFile(QStringLiteral("a.part")));
        QVERIFY(all.acceptsDir(QStringLiteral(".git")));
    }

    // isTemporaryName is hand-written for speed: each pattern's edges, case, and near misses.
    void temporaryNameEdges() {
        for (const char* name : {"x.tmp",
                                 "X.TMP",
                                 ".tmp",
                                 "a.Temp",
                                 "a.PART",
                                 "a.partial",
                                 "a.CrDownload",
                                 "a.download",
                                 "a.opdownload",
                                 "a.swp",
                                 "a.SWX",
                                 "a.kate-swp",
                                 "a.KATE-SWP",
                                 "a.pdf.sluice.json",
                                 "a.SLUICE.JSON",
                                 ".sluice.json",
                                 "~",
                                 "a~",
                                 "~$x",
                                 "~$",
                                 ".#x",
                                 ".#",
                                 ".goutputstream-AB12",
                                 ".~lock.a#",
                                 ".~LOCK.report.docx#",
                                 "##",
                                 "#x#",
                                 "4913",
                                 "a.sb-12-xyz",
                                 "A.SB-x",
                                 "x.sb-",
                                 ".syncthing.a.pdf.tmp",
                                 "~syncthing~a.pdf.tmp",
                                 "a.pdf.tmp",
                                 "bild.jpg~"})
            QVERIFY2(WatchFilter::isTemporaryName(QLatin1String(name)), name);
        for (const char* name : {"",
                                 "a",
                                 "tmp",
                                 "a.tmpx",
                                 "a.tmp.pdf",
                                 "atmp",
                                 "a.parts",
                                 "a.json",
                                 "sluice.json",
                                 "a_sluice.json",
                                 "a.sluicejson",
                                 "~a",
                                 "$x",
                                 "#",
                                 "#a",
                                 "a#",
                                 ".~lock.a",
                                 "~lock.a#",
                                 "4914",
                                 "49130",
                                 "x4913",
                                 "a.sb",
                                 "a.sbx-",
                                 "asb-x",
                                 ".goutputstream",
                                 ".goutputstreamX",
                                 "report.docx",
                                 "tmp.pdf",
                                 "partial-report.pdf",
                                 "a.swpx",
                                 "a.kate"})
            QVERIFY2(!WatchFilter::isTemporaryName(QLatin1String(name)), name);
        // Not ASCII: no false match, and case folding stays ASCII (the patterns are ASCII).
        QVERIFY(WatchFilter::isTemporaryName(QStringLiteral("Übersicht.pdf.part")));
        QVERIFY(!WatchFilter::isTemporaryName(QStringLiteral("Übersicht.pdf")));
        QVERIFY(!WatchFilter::isTemporaryName(QStringLiteral("日本語.txt")));
    }

    void sizeLimit() {
        WatchFolderConfig c;
        c.maxSizeBytes = 100;
        const WatchFilter f(c);
        QVERIFY(f.acceptsSize(100));
        QVERIFY(!f.acceptsSize(101));
        QVERIFY(WatchFilter(WatchFolderConfig{}).acceptsSize(Q_INT64_C(1) << 40));
    }

    void configJsonRoundTrip() {
        WatchFolderConfig c;
        c.name = QStringLiteral("Scans");
        c.roots = {QStringLiteral("/srv/scans"), QStringLiteral("/srv/fax")};
        c.recursive = false;
        c.includeGlobs = {QStringLiteral("*.pdf")};
        c.excludeRegexes = {QStringLiteral("^tmp/")};
        c.maxSizeBytes = Q_INT64_C(5) * 1024 * 1024 * 1024;
        c.minAgeMs = 250;
        c.settleMs = 0;
        c.cooldownMs = 2000;
        c.eventTypes = {QStringLiteral("created"), QStringLiteral("renamed")};
        c.contentHash = ContentHashMode::Full;
        c.pipeline = QStringLiteral("inbox");
        c.batchSize = 10;
        c.paused = true;
        const QJsonObject json = c.toJson();
        QCOMPARE(json.value(QStringLiteral("content_hash")).toString(), QStringLiteral("full"));
        QCOMPARE(json.value(QStringLiteral("settle_ms")).toInt(), 0);
        const WatchFolderConfig back =
            WatchFolderConfig::fromJson(QJsonDocument::fromJson(QJsonDocument(json).toJson()).object());
        QVERIFY(back == c);
        QCOMPARE(back.maxSizeBytes, c.maxSizeBytes);
        QVERIFY(back.validate().isEmpty());
        QVERIFY(back.wantsEvent(QStringLiteral("renamed")));
        QVERIFY(!back.wantsEvent(QStringLiteral("deleted")));
        // Missing keys keep their defaults.
        const WatchFolderConfig partial =
            WatchFolderConfig::fromJson(QJsonObject{{QStringLiteral("name"), QStringLiteral("x")}});
        QCOMPARE(partial.settleMs, 1000);
        QVERIFY(partial.skipTemporary);
    }

    void invalidConfigsAreNamed() {
        WatchFolderConfig c;
        c.roots = {QStringLiteral("relative/path")};
        c.includeRegexes = {QStringLiteral("([")};
        c.eventTypes = {QStringLiteral("exploded")};
        const QStringList problems = c.validate();
        QCOMPARE(problems.size(), 4);
        QVERIFY(problems.join(QLatin1Char('\n')).contains(QStringLiteral("relative/path")));
        QVERIFY(problems.join(QLatin1Char('\n')).contains(QStringLiteral("exploded")));
    }

    void registryDiffAndMoves() {
        FileRegistry r;
        r.insert(QStringLiteral("/r"), QStringLiteral("a"), TrackedFile{1, 10, 100, 0});
        r.insert(QStringLiteral("/r"), QStringLiteral("b"), TrackedFile{2, 20, 101, 0});
        r.insert(QStringLiteral("/r/sub"), QStringLiteral("c"), TrackedFile{3, 30, 102, 0});
        QCOMPARE(r.count(), 3);
        DirEntry a{QStringLiteral("a"), false, true, FileStat{1, 10, 100, 1, false}};
        DirEntry b{QStringLiteral("b"), false, true, FileStat{2, 21, 101, 1, false}};
        DirEntry n{QStringLiteral("n"), false, true, FileStat{5, 50, 105, 1, false}};
        const FileRegistry::Diff d = r.diff(QStringLiteral("/r"), {a, b, n});
        QCOMPARE(d.created.size(), 1);
        QCOMPARE(d.created.first().name, QStringLiteral("n"));
        QCOMPARE(d.changed.size(), 1);
        QCOMPARE(d.changed.first().name, QStringLiteral("b"));
        QVERIFY(d.gone.isEmpty());
        QCOMPARE(r.moveTree(QStringLiteral("/r/sub"), QStringLiteral("/r/moved")), 1);
        QVERIFY(r.find(QStringLiteral("/r/moved/c")));
        QVERIFY(!r.find(QStringLiteral("/r/sub/c")));
        QCOMPARE(r.removeTree(QStringLiteral("/r")), 3);
        QCOMPARE(r.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestWatchFilter)
#include "test_watch_filter.moc"
