// Widget tests of the panes on their own, without a running service.

#include "ui/batch_status_widget.h"
#include "ui/drop_overlay.h"
#include "ui/json_tree_model.h"
#include "ui/result_pane.h"
#include "ui/waiting_files_model.h"
#include "ui/watch_folder_model.h"
#include "ui/watch_folder_pane.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDir>
#include <QDropEvent>
#include <QJsonArray>
#include <QListView>
#include <QMimeData>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUrl>

using namespace sluice;

namespace {

QJsonObject failedResult(const QString& path) {
    return QJsonObject{
        {QStringLiteral("source"), QJsonObject{{QStringLiteral("path"), path},
                                               {QStringLiteral("size"), 2048},
                                               {QStringLiteral("mime"), QStringLiteral("application/pdf")}}},
        {QStringLiteral("status"), QStringLiteral("failed")},
        {QStringLiteral("pipeline"), QStringLiteral("inbox")},
        {QStringLiteral("errors"),
         QJsonArray{
             QJsonObject{{QStringLiteral("stage"), QStringLiteral("pdf")},
                         {QStringLiteral("stage_type"), QStringLiteral("pdf_text")},
                         {QStringLiteral("message"), QStringLiteral("The PDF is damaged: no xref table")},
                         {QStringLiteral("transient"), false}}}},
        {QStringLiteral("node_status"), QJsonObject{{QStringLiteral("pdf"), QStringLiteral("failed")},
                                                    {QStringLiteral("log"), QStringLiteral("skipped")}}},
        {QStringLiteral("duration_ms"), 31},
        {QStringLiteral("started"), QStringLiteral("2024-05-01T10:00:00.000Z")}};
}

/// Saves a picture of `widget` as <name>.png in $SLUICE_UI_SCREENSHOTS, when that variable is set.
void saveScreenshot(QWidget* widget, const QString& name) {
    const QString dir = qEnvironmentVariable("SLUICE_UI_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QCoreApplication::sendPostedEvents(); // pending layout requests
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

/// Sends a drag-enter and a drop carrying `paths` to `target`; calls `whileDragging` in between.
void dropPaths(QWidget* target, const QStringList& paths, const std::function<void()>& whileDragging = {}) {
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString& p : paths)
        urls << QUrl::fromLocalFile(p);
    mime.setUrls(urls);
    const QPoint pos = target->rect().center();
    QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    if (whileDragging)
        whileDragging();
    QDropEvent dropEvent(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &dropEvent);
    QVERIFY(dropEvent.isAccepted());
}

} // namespace

class TestUiWidgets : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void resultPaneEmptyState();
    void resultPaneShowsFailure();
    void resultPaneWithoutResult();
    void resultPaneShowsWarnings();
    void batchStatus();
    void watchPaneDrops();
};

void TestUiWidgets::resultPaneEmptyState() {
    ResultPane pane;
    pane.show();
    QVERIFY(pane.currentPath().isEmpty());
    QVERIFY(pane.statusText().isEmpty());
    QCOMPARE(pane.model()->rowCount(), 0);
}

void TestUiWidgets::resultPaneShowsFailure() {
    ResultPane pane;
    QAbstractItemModelTester tester(pane.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    pane.resize(440, 700);
    pane.show();
    const QString path = QStringLiteral("/in/broken.pdf");
    pane.showResult(path, failedResult(path));
    saveScreenshot(&pane, QStringLiteral("result-pane-failed"));
    QCOMPARE(pane.currentPath(), path);
    QCOMPARE(pane.status(), QStringLiteral("failed"));
    QCOMPARE(pane.statusText(), QStringLiteral("FAILED"));
    QVERIFY(pane.errorText().contains(QStringLiteral("The PDF is damaged")));
    QVERIFY(pane.errorText().contains(QStringLiteral("pdf")));
    // status and errors come first in the tree; errors are expanded.
    QCOMPARE(pane.model()->index(0, 0).data().toString(), QStringLiteral("status"));
    QCOMPARE(pane.model()->index(1, 0).data().toString(), QStringLiteral("errors"));
    QVERIFY(pane.tree()->isExpanded(pane.model()->index(1, 0)));

    pane.showResult(path, {}); // same file, no result
    QCOMPARE(pane.status(), QStringLiteral("none"));
    QVERIFY(pane.errorText().isEmpty());

    pane.clear();
    QVERIFY(pane.currentPath().isEmpty());
}

void TestUiWidgets::resultPaneWithoutResult() {
    ResultPane pane;
    pane.show();
    pane.showResult(QStringLiteral("/in/new.txt"), {});
    QCOMPARE(pane.statusText(), QStringLiteral("NO RESULT"));
    QCOMPARE(pane.model()->rowCount(), 0);
}

void TestUiWidgets::resultPaneShowsWarnings() {
    // An archive extracted but for one encrypted member: "ok", with the warning the stage gave.
    ResultPane pane;
    pane.resize(440, 700);
    pane.show();
    const QString path = QStringLiteral("/in/encrypt.zip");
    const QString message = QStringLiteral(
        "1 member(s) not extracted: member \"encrypted\": it is encrypted and no password is configured");
    const QJsonObject result{
        {QStringLiteral("status"), QStringLiteral("ok")},
        {QStringLiteral("source"), QJsonObject{{QStringLiteral("path"), path},
                                               {QStringLiteral("mime"), QStringLiteral("application/zip")},
                                               {QStringLiteral("size"), 331}}},
        {QStringLiteral("errors"), QJsonArray()},
        {QStringLiteral("warnings"),
         QJsonArray{QJsonObject{{QStringLiteral("stage"), QStringLiteral("extract")},
                                {QStringLiteral("stage_type"), QStringLiteral("archive_extract")},
                                {QStringLiteral("message"), message}}}},
        {QStringLiteral("stages"),
         QJsonObject{{QStringLiteral("extract"), QJsonObject{{QStringLiteral("partial"), true}}}}},
        {QStringLiteral("duration_ms"), 12}};
    pane.showResult(path, result);
    saveScreenshot(&pane, QStringLiteral("result-pane-warnings"));
    QCOMPARE(pane.status(), QStringLiteral("ok"));
    QCOMPARE(pane.statusText(), QStringLiteral("OK WITH WARNINGS"));
    QCOMPARE(pane.warningText(), QStringLiteral("extract: ") + message);
    QVERIFY(pane.errorText().isEmpty());
    // Right after status and errors in the tree, expanded.
    const QModelIndex warningsIndex = pane.model()->indexForPath({QStringLiteral("warnings")});
    QCOMPARE(warningsIndex.row(), 2);
    QVERIFY(pane.tree()->isExpanded(warningsIndex));
    // The next result without warnings shows none.
    QJsonObject clean = result;
    clean.remove(QStringLiteral("warnings"));
    pane.showResult(path, clean);
    QCOMPARE(pane.statusText(), QStringLiteral("OK"));
    QVERIFY(pane.warningText().isEmpty());
}

void TestUiWidgets::batchStatus() {
    BatchStatusWidget w;
    w.show();
    QVERIFY(!w.isBusy());
    QCOMPARE(w.progressBar()->format(), QStringLiteral("Idle"));
    w.setPending(3);
    QCOMPARE(w.queueText(), QStringLiteral("Queue: 3"));
    w.setProgress(1, 4);
    QVERIFY(w.isBusy());
    QCOMPARE(w.progressBar()->maximum(), 4);
    QCOMPARE(w.progressBar()->value(), 1);
    QCOMPARE(w.progressBar()->text(), QStringLiteral("1 / 4 files"));
    w.setProgress(4, 4);
    w.setIdle();
    QVERIFY(!w.isBusy());
    QCOMPARE(w.queueText(), QStringLiteral("Queue empty"));
    QCOMPARE(w.progressBar()->text(), QStringLiteral("Done: 4 / 4 files"));
}

void TestUiWidgets::watchPaneDrops() {
    WatchFolderModel model;
    WaitingFilesModel waiting;
    QAction add(QStringLiteral("Add"));
    QAction remove(QStringLiteral("Remove"));
    WatchFolderPane pane(&model, &waiting, &add, &remove);
    pane.resize(300, 500);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("a.txt"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("hello\n");
    }
    QSignalSpy folders(&pane, &WatchFolderPane::foldersDropped);
    QSignalSpy files(&pane, &WatchFolderPane::filesDropped);
    auto* overlay = pane.findChild<DropOverlay*>();
    QVERIFY(overlay);
    QVERIFY(!overlay->isVisible());
    dropPaths(&pane, {dir.path(), file}, [&] {
        // While the drag is over the pane, it says what a drop does.
        QVERIFY(overlay->isVisible());
        QCOMPARE(overlay->geometry(), pane.rect());
        saveScreenshot(&pane, QStringLiteral("watch-pane-drag"));
    });
    QVERIFY(!overlay->isVisible());
    QCOMPARE(folders.count(), 1);
    QCOMPARE(folders.first().first().toStringList(), QStringList{dir.path()});
    QCOMPARE(files.count(), 1);
    QCOMPARE(files.first().first().toStringList(), QStringList{file});

    model.addFolder(dir.path());
    pane.selectFolder(dir.path());
    QCOMPARE(pane.selectedFolder(), dir.path());
}

QTEST_MAIN(TestUiWidgets)
#include "tst_ui_widgets.moc"
