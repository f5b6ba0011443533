// The watch-folder GUI: the edit dialog (a config in, the same config out), the saved settings and their
// migration from the older list of paths, the waiting list model, and the pane against a running
// ProcessingService (status text, pause and resume, a slowly growing file in the waiting list, its size
// following the writer). A folder added by path shows its folder name in the dialog, as in the list.

#include "service/processing_service.h"
#include "ui/settings.h"
#include "ui/waiting_files_model.h"
#include "ui/watch_folder_controller.h"
#include "ui/watch_folder_dialog.h"
#include "ui/watch_folder_model.h"
#include "ui/watch_folder_pane.h"
#include "ui/watch_folder_settings.h"
#include "ui/watch_labels.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <memory>

using namespace sluice;

namespace {

constexpr int kTimeoutMs = 15000;

WatchFolderConfig fullConfig(const QString& rootA, const QString& rootB) {
    WatchFolderConfig c;
    c.name = QStringLiteral("Scanner inbox");
    c.roots = {rootA, rootB};
    c.recursive = false;
    c.includeGlobs = {QStringLiteral("*.pdf"), QStringLiteral("scans/**/*.tif")};
    c.excludeGlobs = {QStringLiteral("drafts/*")};
    c.includeRegexes = {QStringLiteral("^invoices/\\d{4}/")};
    c.excludeRegexes = {QStringLiteral("(?i)backup")};
    c.maxSizeBytes = 123456789;
    c.minAgeMs = 2500;
    c.skipHidden = false;
    c.skipTemporary = false;
    c.settleMs = 3000;
    c.cooldownMs = 750;
    c.eventTypes = {QStringLiteral("created"), QStringLiteral("renamed")};
    c.contentHash = ContentHashMode::FirstMiB;
    c.pipeline = QStringLiteral("inbox");
    c.batchSize = 25;
    c.paused = true;
    c.forcePolling = true;
    c.pollIntervalMs = 1500;
    c.rescanMs = 60000;     // not shown in the dialog: kept
    c.maxNativeWatches = 7; // not shown in the dialog: kept
    return c;
}

} // namespace

class TestWatchFolders : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void dialogRoundTrip();
    void dialogEditsAndProblems();
    void settingsMigrateAndRoundTrip();
    void waitingFilesModel();
    void paneAgainstService();

private:
    QTemporaryDir m_tmp;
};

void TestWatchFolders::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SluiceTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_watch_folders"));
    QSettings().clear();
    QVERIFY(m_tmp.isValid());
}

void TestWatchFolders::cleanupTestCase() {
    QSettings().clear();
}

void TestWatchFolders::dialogRoundTrip() {
    const WatchFolderConfig in = fullConfig(QStringLiteral("/srv/scans"), QStringLiteral("/srv/fax"));
    WatchFolderDialog dialog;
    dialog.setConfig(in);
    const WatchFolderConfig out = dialog.config();
    QCOMPARE(out.toJson(), in.toJson());
    QVERIFY(out == in);
    // Shown as the fields say.
    QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("name"))->text(), in.name);
    QCOMPARE(dialog.findChild<QListWidget*>(QStringLiteral("roots"))->count(), 2);
    QVERIFY(!dialog.findChild<QCheckBox*>(QStringLiteral("event_deleted"))->isChecked());
    QVERIFY(dialog.findChild<QCheckBox*>(QStringLiteral("event_renamed"))->isChecked());
    QCOMPARE(dialog.findChild<QPlainTextEdit*>(QStringLiteral("includeGlobs"))->toPlainText(),
             QStringLiteral("*.pdf\nscans/**/*.tif"));

    // The defaults make the trip too (every event type = an empty list, default pipeline = empty).
    WatchFolderConfig defaults;
    defaults.name = QStringLiteral("d");
    defaults.roots = {QStringLiteral("/d")};
    dialog.setConfig(defaults);
    QCOMPARE(dialog.config().toJson(), defaults.toJson());
    QVERIFY(dialog.problems().isEmpty());

    // A folder added by path is named after its path; the Name field shows its folder name, as the list
    // does, and left so the folder keeps its name. A typed name replaces it.
    WatchFolderConfig byPath;
    byPath.name = QStringLiteral("/srv/scans/Inbox 2026");
    byPath.roots = {byPath.name};
    WatchFolderModel list;
    list.addFolder(byPath);
    const QString listed = list.index(list.rowOf(byPath.name)).data().toString();
    QCOMPARE(listed, QStringLiteral("Inbox 2026"));
    dialog.setConfig(byPath);
    auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("name"));
    QCOMPARE(name->text(), listed);
    QCOMPARE(dialog.config().name, byPath.name);
    QCOMPARE(dialog.config().toJson(), byPath.toJson());
    name->setText(QStringLiteral("Scans"));
    QCOMPARE(dialog.config().name, QStringLiteral("Scans"));
    name->setText(listed);
    dialog.addRoot(QStringLiteral("/srv/fax")); // other roots: the shown name is the name now
    QCOMPARE(dialog.config().name, listed);
}

void TestWatchFolders::dialogEditsAndProblems() {
    WatchFolderDialog dialog;
    dialog.setConfig(fullConfig(QStringLiteral("/srv/scans"), QStringLiteral("/srv/fax")));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // Edit through the widgets.
    dialog.findChild<QLineEdit*>(QStringLiteral("name"))->setText(QStringLiteral("  Fax  "));
    auto* roots = dialog.findChild<QListWidget*>(QStringLiteral("roots"));
    roots->item(0)->setSelected(true);
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("removeRoot")), Qt::LeftButton);
    dialog.addRoot(QStringLiteral("/srv/extra/"));
    dialog.addRoot(QStringLiteral("/srv/extra")); // duplicate: ignored
    dialog.findChild<QCheckBox*>(QStringLiteral("event_deleted"))->setChecked(true);
    auto* hash = dialog.findChild<QComboBox*>(QStringLiteral("contentHash"));
    hash->setCurrentIndex(hash->findData(int(ContentHashMode::Full)));
    dialog.findChild<QPlainTextEdit*>(QStringLiteral("excludeGlobs"))
        ->setPlainText(QStringLiteral("a\n\n  b \n"));
    auto* pipeline = dialog.findChild<QComboBox*>(QStringLiteral("pipeline"));
    pipeline->setCurrentIndex(0); // default pipeline
    WatchFolderConfig c = dialog.config();
    QCOMPARE(c.name, QStringLiteral("Fax"));
    QCOMPARE(c.roots, QStringList({QStringLiteral("/srv/fax"), QStringLiteral("/srv/extra")}));
    QCOMPARE(c.eventTypes,
             QStringList({QStringLiteral("created"), QStringLiteral("deleted"), QStringLiteral("renamed")}));
    QCOMPARE(c.contentHash, ContentHashMode::Full);
    QCOMPARE(c.excludeGlobs, QStringList({QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(c.pipeline, QString());
    QCOMPARE(c.maxSizeBytes, qint64(123456789)); // untouched: exact
    pipeline->setEditText(QStringLiteral("/tmp/mine.sluice.json"));
    QCOMPARE(dialog.config().pipeline, QStringLiteral("/tmp/mine.sluice.json"));

    // Problems keep OK from accepting, and are shown.
    dialog.findChild<QPlainTextEdit*>(QStringLiteral("includeRegexes"))
        ->setPlainText(QStringLiteral("(unclosed"));
    dialog.setNameCheck([](const QString& name) {
        return name == QLatin1String("Fax") ? QStringLiteral("taken") : QString();
    });
    const QStringList problems = dialog.problems();
    QCOMPARE(problems.size(), 2);
    QVERIFY(problems.at(0).contains(QStringLiteral("(unclosed")));
    QCOMPARE(problems.at(1), QStringLiteral("taken"));
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("problems"))->text().contains(QStringLiteral("taken")));
    dialog.findChild<QPlainTextEdit*>(QStringLiteral("includeRegexes"))->clear();
    dialog.findChild<QLineEdit*>(QStringLiteral("name"))->setText(QStringLiteral("Fax 2"));
    for (QCheckBox* box : dialog.findChildren<QCheckBox*>()) {
        if (box->objectName().startsWith(QStringLiteral("event_")))
            box->setChecked(false);
    }
    QCOMPARE(dialog.problems().size(), 1); // no event type
    dialog.findChild<QCheckBox*>(QStringLiteral("event_created"))->setChecked(true);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestWatchFolders::settingsMigrateAndRoundTrip() {
    QSettings().clear();
    settings::watchFolders().setValue(
        {QStringLiteral("/data/inbox/"), QStringLiteral("/data/scans"), QStringLiteral("/data/inbox")});
    const QList<WatchFolderConfig> migrated = settings::loadWatchFolderConfigs();
    QCOMPARE(migrated.size(), 2);
    QCOMPARE(migrated.at(0).name, QStringLiteral("/data/inbox"));
    QCOMPARE(migrated.at(0).roots, QStringList({QStringLiteral("/data/inbox")}));
    QCOMPARE(migrated.at(1).roots, QStringList({QStringLiteral("/data/scans")}));
    QVERIFY(migrated.at(1).skipTemporary);
    QVERIFY(!QSettings().contains(settings::watchFolders().key())); // the old key is gone
    QCOMPARE(settings::loadWatchFolderConfigs().size(), 2);         // read back from the new key

    const WatchFolderConfig full = fullConfig(QStringLiteral("/a"), QStringLiteral("/b"));
    settings::saveWatchFolderConfigs({full, migrated.at(1)});
    const QList<WatchFolderConfig> back = settings::loadWatchFolderConfigs();
    QCOMPARE(back.size(), 2);
    QCOMPARE(back.at(0).toJson(), full.toJson());
    QCOMPARE(back.at(1).toJson(), migrated.at(1).toJson());
    QSettings().clear();
}

void TestWatchFolders::waitingFilesModel() {
    WaitingFilesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QDateTime t0(QDate(2026, 11, 29), QTime(10, 0, 0), Qt::UTC);
    model.setNow(t0.addSecs(75));
    model.setFolder(QStringLiteral("A"));
    WaitingFile grow{QStringLiteral("/w/scan.pdf"), QStringLiteral("/w"), WaitState::Growing, 2500000, t0};
    WaitingFile lock{QStringLiteral("/w/locked.docx"), QStringLiteral("/w"), WaitState::Locked, 900,
                     t0.addSecs(60)};
    model.setFiles(QStringLiteral("B"), {grow}); // another folder: ignored
    QCOMPARE(model.rowCount(), 0);
    model.setFiles(QStringLiteral("A"), {grow, lock});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, WaitingFilesModel::FileColumn).data().toString(), QStringLiteral("scan.pdf"));
    QCOMPARE(model.index(0, WaitingFilesModel::StateColumn).data().toString(),
             QStringLiteral("Still growing"));
    QCOMPARE(model.index(0, 0).data(WaitingFilesModel::StateCodeRole).toString(),
             QStringLiteral("waiting: still growing"));
    QCOMPARE(model.index(0, WaitingFilesModel::SizeColumn).data().toString(), QStringLiteral("2.5 MB"));
    QCOMPARE(model.index(0, WaitingFilesModel::WaitingColumn).data().toString(), QStringLiteral("1 min"));
    QCOMPARE(model.index(1, WaitingFilesModel::StateColumn).data().toString(), QStringLiteral("Locked"));
    QCOMPARE(model.index(1, WaitingFilesModel::WaitingColumn).data().toString(), QStringLiteral("15 s"));

    // Same files, new state: rows stay, data changes.
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    grow.size = 3000000;
    lock.state = WaitState::Ready;
    model.setFiles(QStringLiteral("A"), {grow, lock});
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.index(1, WaitingFilesModel::StateColumn).data().toString(), QStringLiteral("Ready"));
    QCOMPARE(model.index(0, 0).data(WaitingFilesModel::SizeRole).toLongLong(), 3000000);

    // One leaves, one comes.
    WaitingFile late{QStringLiteral("/w/late.png"), QStringLiteral("/w"), WaitState::Growing, 10,
                     t0.addSecs(70)};
    model.setFiles(QStringLiteral("A"), {lock, late});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, 0).data(WaitingFilesModel::PathRole).toString(),
             QStringLiteral("/w/locked.docx"));
    QCOMPARE(model.index(1, 0).data(WaitingFilesModel::PathRole).toString(), QStringLiteral("/w/late.png"));
    QCOMPARE(reset.count(), 0);
    model.setFiles(QStringLiteral("A"), {});
    QCOMPARE(model.rowCount(), 0);
    model.setFolder(QStringLiteral("B"));
    QCOMPARE(model.folder(), QStringLiteral("B"));
}

void TestWatchFolders::paneAgainstService() {
    QSettings().clear();
    QTemporaryDir state;
    QTemporaryDir inbox;
    QTemporaryDir polled;
    QVERIFY(state.isValid() && inbox.isValid() && polled.isValid());
    ProcessingService::Config config;
    config.statePath = state.filePath(QStringLiteral("state.sqlite"));
    config.resultDir = state.filePath(QStringLiteral("results"));
    config.jobs = 1;
    ProcessingService service;
    QString error;
    QVERIFY2(service.start(config, &error), qPrintable(error));

    WatchFolderModel model;
    WaitingFilesModel waiting;
    QAbstractItemModelTester t1(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&waiting, QAbstractItemModelTester::FailureReportingMode::QtTest);
    WatchFolderController controller(&service, &model, &waiting);
    QAction add(QStringLiteral("Add"));
    QAction remove(QStringLiteral("Remove"));
    WatchFolderPane pane(&model, &waiting, &add, &remove);
    pane.setController(&controller);
    pane.resize(320, 700);
    pane.show();

    WatchFolderConfig inboxConfig;
    inboxConfig.name = QStringLiteral("Inbox");
    inboxConfig.roots = {QDir(inbox.path()).canonicalPath()};
    inboxConfig.settleMs = 2000;
    QSignalSpy foldersChanged(&controller, &WatchFolderController::foldersChanged);
    QVERIFY2(controller.addFolder(inboxConfig, &error), qPrintable(error));
    QCOMPARE(foldersChanged.count(), 1);
    QVERIFY(!controller.addFolder(inboxConfig, &error)); // the name is taken
    QVERIFY(service.watchFolders().contains(QStringLiteral("Inbox")));
    QCOMPARE(settings::loadWatchFolderConfigs().size(), 1); // saved
    pane.selectFolder(QStringLiteral("Inbox"));
    QCOMPARE(pane.selectedFolder(), QStringLiteral("Inbox"));
    QCOMPARE(waiting.folder(), QStringLiteral("Inbox"));
    const QModelIndex row = model.index(model.rowOf(QStringLiteral("Inbox")));
    QTRY_COMPARE_WITH_TIMEOUT(row.data(WatchFolderModel::StatusRole).toString(), QStringLiteral("Watching"),
                              kTimeoutMs);
    QCOMPARE(row.data().toString(), QStringLiteral("Inbox"));

    // A slow writer: 40 KB every 150 ms for about 3 s. While it grows it waits as "still growing".
    const QString slow = QDir(inbox.path()).filePath(QStringLiteral("slow.bin"));
    QFile out(slow);
    QVERIFY(out.open(QIODevice::WriteOnly));
    int writes = 0;
    QTimer writer;
    writer.setInterval(150);
    connect(&writer, &QTimer::timeout, &writer, [&] {
        out.write(QByteArray(40000, char('a' + writes % 26)));
        out.flush();
        if (++writes == 20) {
            out.close();
            writer.stop();
        }
    });
    writer.start();
    QTRY_VERIFY_WITH_TIMEOUT(waiting.rowCount() == 1 && waiting.index(0, 0)
                                                            .data(WaitingFilesModel::PathRole)
                                                            .toString()
                                                            .endsWith(QStringLiteral("/slow.bin")),
                             kTimeoutMs);
    QCOMPARE(waiting.index(0, 0).data(WaitingFilesModel::StateRole).toInt(), int(WaitState::Growing));
    QCOMPARE(waiting.index(0, WaitingFilesModel::StateColumn).data().toString(),
             QStringLiteral("Still growing"));
    // Its size follows the writer while it grows (re-sent about once a second), with no state change.
    const qint64 firstSize = waiting.index(0, 0).data(WaitingFilesModel::SizeRole).toLongLong();
    QTRY_VERIFY_WITH_TIMEOUT(
        waiting.rowCount() == 1 &&
            waiting.index(0, 0).data(WaitingFilesModel::SizeRole).toLongLong() > firstSize &&
            waiting.index(0, 0).data(WaitingFilesModel::StateRole).toInt() == int(WaitState::Growing),
        kTimeoutMs);
    const qint64 laterSize = waiting.index(0, 0).data(WaitingFilesModel::SizeRole).toLongLong();
    QCOMPARE(waiting.index(0, WaitingFilesModel::SizeColumn).data().toString(), WatchLabels::size(laterSize));
    QTRY_VERIFY_WITH_TIMEOUT(row.data(WatchFolderModel::WaitingRole).toInt() == 1, kTimeoutMs);

    // Pause through the pane's action: the service holds the folder.
    QVERIFY(pane.pauseAction()->isEnabled());
    QCOMPARE(pane.pauseAction()->text(), QStringLiteral("&Pause"));
    pane.pauseAction()->trigger();
    QCOMPARE(service.status(QStringLiteral("Inbox")).state, WatchState::Paused);
    QVERIFY(service.watchFolderConfig(QStringLiteral("Inbox")).paused);
    QTRY_COMPARE_WITH_TIMEOUT(row.data(WatchFolderModel::StatusRole).toString(), QStringLiteral("Paused"),
                              kTimeoutMs);
    QCOMPARE(pane.pauseAction()->text(), QStringLiteral("&Resume"));
    QVERIFY(settings::loadWatchFolderConfigs().at(0).paused); // saved paused
    // Once the writer is done the file is whole, but held: "ready" in the list, not processed.
    QTRY_VERIFY_WITH_TIMEOUT(!writer.isActive(), kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(waiting.rowCount() == 1 &&
                                 waiting.index(0, 0).data(WaitingFilesModel::StateRole).toInt() ==
                                     int(WaitState::Ready),
                             kTimeoutMs);
    QCOMPARE(row.data(WatchFolderModel::ProcessedRole).toInt(), 0);

    // Resume: the held file runs, the list empties, the count goes up.
    pane.pauseAction()->trigger();
    QVERIFY(service.status(QStringLiteral("Inbox")).state != WatchState::Paused);
    QTRY_COMPARE_WITH_TIMEOUT(row.data(WatchFolderModel::StatusRole).toString(), QStringLiteral("Watching"),
                              kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(waiting.rowCount(), 0, kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(row.data(WatchFolderModel::ProcessedRole).toInt(), 1, kTimeoutMs);
    QVERIFY(!settings::loadWatchFolderConfigs().at(0).paused);

    // A folder that always polls says so, with the reason.
    WatchFolderConfig polledConfig;
    polledConfig.name = QStringLiteral("Share");
    polledConfig.roots = {QDir(polled.path()).canonicalPath()};
    polledConfig.forcePolling = true;
    QVERIFY2(controller.addFolder(polledConfig, &error), qPrintable(error));
    const QModelIndex share = model.index(model.rowOf(QStringLiteral("Share")));
    QTRY_COMPARE_WITH_TIMEOUT(share.data(WatchFolderModel::StatusRole).toString(), QStringLiteral("Polling"),
                              kTimeoutMs);
    QVERIFY(!share.data(WatchFolderModel::ReasonRole).toString().isEmpty());

    // A rename through the controller: the service and the settings follow.
    WatchFolderConfig renamed = controller.config(QStringLiteral("Share"));
    renamed.name = QStringLiteral("Network share");
    renamed.settleMs = 500;
    QVERIFY2(controller.updateFolder(QStringLiteral("Share"), renamed, &error), qPrintable(error));
    QVERIFY(service.watchFolders().contains(QStringLiteral("Network share")));
    QVERIFY(!service.watchFolders().contains(QStringLiteral("Share")));
    QCOMPARE(service.watchFolderConfig(QStringLiteral("Network share")).settleMs, 500);
    QCOMPARE(model.index(1).data(WatchFolderModel::NameRole).toString(), QStringLiteral("Network share"));
    QCOMPARE(settings::loadWatchFolderConfigs().at(1).name, QStringLiteral("Network share"));

    // Removal.
    QVERIFY(controller.removeFolder(QStringLiteral("Network share")));
    QVERIFY(!service.watchFolders().contains(QStringLiteral("Network share")));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(settings::loadWatchFolderConfigs().size(), 1);
    service.stop();
    QSettings().clear();
}

QTEST_MAIN(TestWatchFolders)
#include "tst_watch_folders.moc"
