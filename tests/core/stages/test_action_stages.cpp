// The action stages (copy, move, backup, version, delete, notify) on real files copied from tests/data:
// verified targets, naming templates, conflict policies, confinement, idempotent re-runs and refusals.

#include "stage_test_util.h"
#include "stages/backup_stage.h"
#include "stages/copy_stage.h"
#include "stages/delete_stage.h"
#include "stages/move_stage.h"
#include "stages/notify_stage.h"
#include "stages/version_stage.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace sluice;

namespace {

// sha256sum tests/data/image/i_trns.png (1427 bytes) and tests/data/pdf/issue-598-example.pdf (504551).
const QString kPngSha = QStringLiteral("2ea735c6fdef86f5b241de13db7c1f37d73932875de55c9fec0bae69fddeffdc");
const QString kPdfSha = QStringLiteral("022dc4c57d995bea2317537fd91ca3b08d267f1c20469b9104e3a682e0b7dad8");

QString sha256Of(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
}

/// Every file under `dir` (recursively, hidden included), relative, sorted.
QStringList filesUnder(const QString& dir) {
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(dir).relativeFilePath(it.next()));
    files.sort();
    return files;
}

/// Copies a tests/data file into `dir` (creating subfolders of `relative`); returns the new path.
QString stage(const QString& dataFile, const QString& dir, const QString& relative) {
    const QString path = QDir(dir).filePath(relative);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile::remove(path);
    return QFile::copy(test::data(dataFile), path) ? path : QString();
}

class RecordingFeedback : public Feedback {
public:
    void alert(const QString& title, const QString& message) override { alerts.append({title, message}); }
    QList<QPair<QString, QString>> alerts;
};

} // namespace

class TestActionStages : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void copyVerifiedWithTemplate();
    void copyAgainIsIdempotent();
    void copyConflictPolicies();
    void copyRefusesPathsOutsideFolder();
    void copyCheckParameters();
    void moveDeletesSourceAfterVerifiedCopy();
    void moveResumedAfterSourceWasRemoved();
    void backupGoesToDatedFolder();
    void versionKeepsNewestN();
    void deleteRefusesWithoutVerifiedCopy();
    void deleteAfterVerifiedCopy();
    void deleteRefusesChangedFile();
    void notifyAlerts();
    void sideEffectFlags();
};

void TestActionStages::copyVerifiedWithTemplate() {
    QTemporaryDir tmp;
    const QString src =
        stage(QStringLiteral("image/i_trns.png"), tmp.path(), QStringLiteral("in/i_trns.png"));
    CopyStage copy;
    Item item;
    const StageResult r = test::run(
        copy, src, {{"folder", tmp.filePath("out")}, {"name", "{parent}/{stem}_{sha8}.{ext}"}}, &item);
    QVERIFY2(r.ok, qPrintable(r.error));
    const QString target = tmp.filePath(QStringLiteral("out/in/i_trns_2ea735c6.png"));
    QCOMPARE(r.output.value("target").toString(), target);
    QCOMPARE(r.output.value("sha256").toString(), kPngSha);
    QCOMPARE(r.output.value("bytes").toInteger(), 1427);
    QVERIFY(r.output.value("verified").toBool());
    QVERIFY(!r.output.value("already_present").toBool());
    QCOMPARE(sha256Of(target), kPngSha);
    QCOMPARE(QFileInfo(target).lastModified(), QFileInfo(src).lastModified()); // mtime kept
    QCOMPARE(filesUnder(tmp.filePath("out")), QStringList{QStringLiteral("in/i_trns_2ea735c6.png")});
    QVERIFY(QFileInfo::exists(src)); // a copy leaves the source
    QCOMPARE(item.sha256, kPngSha);
}

void TestActionStages::copyAgainIsIdempotent() {
    QTemporaryDir tmp;
    const QString src =
        stage(QStringLiteral("pdf/issue-598-example.pdf"), tmp.path(), QStringLiteral("a.pdf"));
    CopyStage copy;
    const QJsonObject params{{"folder", tmp.filePath("out")}};
    const StageResult first = test::run(copy, src, params);
    QVERIFY2(first.ok, qPrintable(first.error));
    const StageResult second = test::run(copy, src, params);
    QVERIFY2(second.ok, qPrintable(second.error));
    QVERIFY(second.output.value("already_present").toBool());
    QCOMPARE(second.output.value("target").toString(), first.output.value("target").toString());
    QCOMPARE(second.output.value("sha256").toString(), kPdfSha);
    QCOMPARE(filesUnder(tmp.filePath("out")), QStringList{QStringLiteral("a.pdf")});
}

void TestActionStages::copyConflictPolicies() {
    QTemporaryDir tmp;
    const QString src = stage(QStringLiteral("image/i_trns.png"), tmp.path(), QStringLiteral("i_trns.png"));
    const QString out = tmp.filePath(QStringLiteral("out"));
    QDir().mkpath(out);
    const QString taken = QDir(out).filePath(QStringLiteral("i_trns.png"));
    QVERIFY(test::writeFile(taken, "another file with this name"));
    CopyStage copy;

    StageResult r = test::run(copy, src, {{"folder", out}, {"on_conflict", "skip"}});
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(r.output.value("skipped").toBool());
    QVERIFY(!r.output.value("verified").toBool());
    QCOMPARE(filesUnder(out), QStringList{QStringLiteral("i_trns.png")});

    r = test::run(copy, src, {{"folder", out}, {"on_conflict", "fail"}});
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QStringLiteral("exists with other content")), qPrintable(r.error));
    QVERIFY(!r.transient);

    r = test::run(copy, src, {{"folder", out}}); // unique is the default
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.output.value("target").toString(), QDir(out).filePath(QStringLiteral("i_trns (2).png")));
    QCOMPARE(sha256Of(QDir(out).filePath(QStringLiteral("i_trns (2).png"))), kPngSha);
    // Run again: the identical "(2)" is found, no "(3)".
    r = test::run(copy, src, {{"folder", out}});
    QVERIFY(r.output.value("already_present").toBool());
    QCOMPARE(filesUnder(out), (QStringList{QStringLiteral("i_trns (2).png"), QStringLiteral("i_trns.png")}));

    r = test::run(copy, src, {{"folder", out}, {"on_conflict", "overwrite"}});
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(sha256Of(taken), kPngSha);
    QCOMPARE(filesUnder(out), (QStringList{QStringLiteral("i_trns (2).png"), QStringLiteral("i_trns.png")}));
}

void TestActionStages::copyRefusesPathsOutsideFolder() {
    QTemporaryDir tmp;
    const QString src = stage(QStringLiteral("image/i_trns.png"), tmp.path(), QStringLiteral("in/x.png"));
    CopyStage copy;
    const StageResult r = test::run(copy, src, {{"folder", tmp.filePath("out")}, {"name", "../{name}"}});
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QStringLiteral("not a safe relative path")), qPrintable(r.error));
    QVERIFY(!QFileInfo::exists(tmp.filePath("x.png")));
    // A link inside the folder pointing outside it does not let the copy out either.
    QDir().mkpath(tmp.filePath("out"));
    QDir().mkpath(tmp.filePath("elsewhere"));
    QVERIFY(QFile::link(tmp.filePath("elsewhere"), tmp.filePath("out/link")));
    const StageResult viaLink =
        test::run(copy, src, {{"folder", tmp.filePath("out")}, {"name", "link/{name}"}});
    QVERIFY(!viaLink.ok);
    QVERIFY2(viaLink.error.contains(QStringLiteral("outside")), qPrintable(viaLink.error));
    QCOMPARE(filesUnder(tmp.filePath("elsewhere")), QStringList());
}

void TestActionStages::copyCheckParameters() {
    CopyStage copy;
    const QStringList problems = copy.checkParameters(
        StageRegistry::withDefaults(copy, {{"folder", "/tmp/x"}, {"name", "{stem}_{nope}.{ext}"}}));
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().startsWith(QStringLiteral("name: unknown field {nope}")),
             qPrintable(problems.first()));
}

void TestActionStages::moveDeletesSourceAfterVerifiedCopy() {
    QTemporaryDir tmp;
    const QString src =
        stage(QStringLiteral("pdf/issue-598-example.pdf"), tmp.path(), QStringLiteral("in/doc.pdf"));
    MoveStage move;
    Item item;
    const StageResult r =
        test::run(move, src, {{"folder", tmp.filePath("archive")}, {"name", "{year}/{name}"}}, &item);
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(r.output.value("moved").toBool());
    QVERIFY(!QFileInfo::exists(src));
    const QString target = r.output.value("target").toString();
    QCOMPARE(item.path, target);
    QCOMPARE(sha256Of(target), kPdfSha);
    QCOMPARE(filesUnder(tmp.filePath("archive")),
             QStringList{QDate::currentDate().toString(QStringLiteral("yyyy")) + QStringLiteral("/doc.pdf")});
}

void TestActionStages::moveResumedAfterSourceWasRemoved() {
    // A move killed after deleting the source but before its journal entry: on resume the source is gone,
    // and the target with the recorded size and mtime is taken as the finished move.
    QTemporaryDir tmp;
    const QString src = stage(QStringLiteral("image/i_trns.png"), tmp.path(), QStringLiteral("in/i.png"));
    Item item = Item::fromPath(src);
    MoveStage move;
    Feedback feedback;
    const QJsonObject params = StageRegistry::withDefaults(move, {{"folder", tmp.filePath("out")}});
    Item first = item;
    QVERIFY(move.process(first, params, feedback).ok);
    QVERIFY(!QFileInfo::exists(src));
    const StageResult again = move.process(item, params, feedback);
    QVERIFY2(again.ok, qPrintable(again.error));
    QVERIFY(again.output.value("already_present").toBool());
    QCOMPARE(again.output.value("sha256").toString(), kPngSha);
    QCOMPARE(filesUnder(tmp.filePath("out")), QStringList{QStringLiteral("i.png")});
}

void TestActionStages::backupGoesToDatedFolder() {
    QTemporaryDir tmp;
    const QString root = tmp.filePath(QStringLiteral("watch"));
    const QString src = stage(QStringLiteral("image/i_trns.png"), root, QStringLiteral("sub/i_trns.png"));
    BackupStage backup;
    Item item = Item::fromPath(src, root);
    item.jobStarted = QDateTime(QDate(2026, 3, 14), QTime(12, 0), Qt::LocalTime).toUTC();
    Feedback feedback;
    const QJsonObject params = StageRegistry::withDefaults(backup, {{"dir", tmp.filePath("backups")}});
    StageResult r = backup.process(item, params, feedback);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.output.value("target").toString(),
             tmp.filePath(QStringLiteral("backups/2026-03-14/sub/i_trns.png")));
    QCOMPARE(sha256Of(r.output.value("target").toString()), kPngSha);
    // Changed the same day: a second backup beside the first; unchanged: none.
    QVERIFY(test::writeFile(src, "changed contents"));
    Item changed = Item::fromPath(src, root);
    changed.jobStarted = item.jobStarted;
    r = backup.process(changed, params, feedback);
    QVERIFY2(r.ok, qPrintable(r.error));
    r = backup.process(changed, params, feedback);
    QVERIFY(r.output.value("already_present").toBool());
    QCOMPARE(filesUnder(tmp.filePath("backups")),
             (QStringList{QStringLiteral("2026-03-14/sub/i_trns (2).png"),
                          QStringLiteral("2026-03-14/sub/i_trns.png")}));
}

void TestActionStages::versionKeepsNewestN() {
    QTemporaryDir tmp;
    const QString src = stage(QStringLiteral("text/crlf.txt"), tmp.path(), QStringLiteral("notes.txt"));
    VersionStage version;
    Feedback feedback;
    const QJsonObject params = StageRegistry::withDefaults(version, {{"keep", 2}});
    auto runOnce = [&] {
        Item item = Item::fromPath(src);
        return version.process(item, params, feedback);
    };
    StageResult r = runOnce();
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.output.value("version").toInt(), 1);
    QCOMPARE(r.output.value("target").toString(),
             tmp.filePath(QStringLiteral(".sluice-versions/notes_v1.txt")));
    r = runOnce(); // unchanged: no new version
    QCOMPARE(r.output.value("version").toInt(), 1);
    QVERIFY(r.output.value("already_present").toBool());
    for (int i = 2; i <= 4; ++i) {
        QVERIFY(test::writeFile(src, QByteArray("revision ") + QByteArray::number(i)));
        r = runOnce();
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.output.value("version").toInt(), i);
    }
    QCOMPARE(r.output.value("pruned").toArray().size(), 1);
    QCOMPARE(filesUnder(tmp.filePath(".sluice-versions")),
             (QStringList{QStringLiteral("notes_v3.txt"), QStringLiteral("notes_v4.txt")}));
    QFile v4(tmp.filePath(QStringLiteral(".sluice-versions/notes_v4.txt")));
    QVERIFY(v4.open(QIODevice::ReadOnly));
    QCOMPARE(v4.readAll(), QByteArray("revision 4"));
}

void TestActionStages::deleteRefusesWithoutVerifiedCopy() {
    QTemporaryDir tmp;
    const QString src = stage(QStringLiteral("image/i_trns.png"), tmp.path(), QStringLiteral("i.png"));
    DeleteStage del;
    const StageResult r = test::run(del, src);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QStringLiteral("no earlier node")), qPrintable(r.error));
    QVERIFY(QFileInfo::exists(src));
}

void TestActionStages::deleteAfterVerifiedCopy() {
    QTemporaryDir tmp;
    const QString src = stage(QStringLiteral("image/i_trns.png"), tmp.path(), QStringLiteral("i.png"));
    CopyStage copy;
    DeleteStage del;
    Feedback feedback;
    Item item = Item::fromPath(src);
    const StageResult copied =
        copy.process(item, StageRegistry::withDefaults(copy, {{"folder", tmp.filePath("safe")}}), feedback);
    QVERIFY(copied.ok);
    item.results.insert(QStringLiteral("keep_copy"), copied.output);
    const StageResult r = del.process(item, {}, feedback);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.output.value("verified_by").toString(), QStringLiteral("keep_copy"));
    QVERIFY(!QFileInfo::exists(src));
    QCOMPARE(sha256Of(tmp.filePath("safe/i.png")), kPngSha);
}

void TestActionStages::deleteRefusesChangedFile() {
    QTemporaryDir tmp;
    const QString src = stage(QStringLiteral("image/i_trns.png"), tmp.path(), QStringLiteral("i.png"));
    CopyStage copy;
    DeleteStage del;
    Feedback feedback;
    Item item = Item::fromPath(src);
    const StageResult copied =
        copy.process(item, StageRegistry::withDefaults(copy, {{"folder", tmp.filePath("safe")}}), feedback);
    item.results.insert(QStringLiteral("copy"), copied.output);
    QVERIFY(test::writeFile(src, "written to after the copy"));
    StageResult r = del.process(item, {}, feedback);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QStringLiteral("changed since")), qPrintable(r.error));
    QVERIFY(QFileInfo::exists(src));
    // A copy that is gone does not count either.
    QFile::copy(test::data(QStringLiteral("image/i_trns.png")), src + QStringLiteral(".restore"));
    QFile::remove(src);
    QFile::rename(src + QStringLiteral(".restore"), src);
    QFile::remove(tmp.filePath("safe/i.png"));
    r = del.process(item, {}, feedback);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QStringLiteral("is gone")), qPrintable(r.error));
    QVERIFY(QFileInfo::exists(src));
}

void TestActionStages::notifyAlerts() {
    NotifyStage notify;
    RecordingFeedback feedback;
    Item item = Item::fromPath(test::data(QStringLiteral("image/i_trns.png")));
    StageResult r = notify.process(item, StageRegistry::withDefaults(notify, {{"title", "Inbox"}}), feedback);
    QVERIFY(r.ok);
    QCOMPARE(feedback.alerts.size(), 1);
    QCOMPARE(feedback.alerts.first().first, QStringLiteral("Inbox"));
    QCOMPARE(feedback.alerts.first().second, QStringLiteral("i_trns.png: ok"));

    const QJsonObject onFailure =
        StageRegistry::withDefaults(notify, {{"when", "on_failure"}, {"message", "{name} failed: {errors}"}});
    r = notify.process(item, onFailure, feedback);
    QVERIFY(!r.output.value("notified").toBool());
    QCOMPARE(feedback.alerts.size(), 1);
    item.results.insert(QStringLiteral("check"), QJsonObject{{"error", "not valid JSON at line 1"}});
    r = notify.process(item, onFailure, feedback);
    QVERIFY(r.output.value("notified").toBool());
    QCOMPARE(feedback.alerts.last().second,
             QStringLiteral("i_trns.png failed: check: not valid JSON at line 1"));
}

void TestActionStages::sideEffectFlags() {
    for (const char* id :
         {"copy", "move", "backup", "version", "delete", "archive_create", "image_transform"}) {
        const auto s = StageRegistry::instance().create(QLatin1String(id));
        QVERIFY2(s && s->hasSideEffects(), id);
    }
    for (const char* id : {"hash", "mime", "validate_json", "validate_xml", "notify"}) {
        const auto s = StageRegistry::instance().create(QLatin1String(id));
        QVERIFY2(s && !s->hasSideEffects(), id);
    }
}

QTEST_GUILESS_MAIN(TestActionStages)
#include "test_action_stages.moc"
