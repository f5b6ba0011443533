// The main window against a running ProcessingService: folders, events, results, filter, drops.
// State and results go to a temporary folder; settings to QStandardPaths' test location.

#include "service/processing_service.h"
#include "ui/batch_status_widget.h"
#include "ui/event_filter_proxy.h"
#include "ui/event_log_model.h"
#include "ui/event_log_pane.h"
#include "ui/event_log_view.h"
#include "ui/json_tree_model.h"
#include "ui/main_window.h"
#include "ui/result_pane.h"
#include "ui/settings.h"
#include "ui/watch_folder_model.h"
#include "ui/watch_folder_pane.h"
#include "ui/watch_folder_settings.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDropEvent>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <memory>

using namespace sluice;

namespace {

constexpr int kTimeoutMs = 15000;

bool writeFile(const QString& path, const QByteArray& content) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}

/// The row of the newest event of `kind` for `path` in the event-log model, -1 when none.
int findEvent(const EventLogModel* model, const QString& path, const QStringList& kinds) {
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex i = model->index(row, 0);
        if (i.data(EventLogModel::PathRole).toString() == path &&
            kinds.contains(i.data(EventLogModel::KindRole).toString()))
            return row;
    }
    return -1;
}

/// The names of the watch folders saved in the settings.
QStringList savedFolders() {
    QStringList names;
    for (const WatchFolderConfig& c : settings::loadWatchFolderConfigs())
        names.append(c.name);
    return names;
}

const QStringList kFinished = {QStringLiteral("processed"), QStringLiteral("failed")};

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void windowOpens();
    void addFolderShowsInPane();
    void fileInWatchedFolderIsProcessed();
    void filterBoxFiltersRows();
    void dropOnWindowStartsBatch();
    void failedFileShowsItsErrors();
    void dropFolderOnWatchPaneWatchesIt();
    void removeSelectedFolder();
    void missingFolderShowsError();
    void shortcutFocusesFilter();

private:
    QTemporaryDir m_state;
    QTemporaryDir m_watch;
    QTemporaryDir m_elsewhere;
    std::unique_ptr<ProcessingService> m_service;
    std::unique_ptr<MainWindow> m_window;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
    QString m_processedPath;
};

void TestMainWindow::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SluiceTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_main_window"));
    QSettings().clear();
    QVERIFY(m_state.isValid() && m_watch.isValid() && m_elsewhere.isValid());

    ProcessingService::Config config;
    config.statePath = m_state.filePath(QStringLiteral("state.sqlite"));
    config.resultDir = m_state.filePath(QStringLiteral("results"));
    config.jobs = 2;
    config.watch.settleMs = 300;
    config.watch.pollMs = 100;
    config.watch.debounceMs = 50;
    m_service = std::make_unique<ProcessingService>();
    QString error;
    QVERIFY2(m_service->start(config, &error), qPrintable(error));

    m_window = std::make_unique<MainWindow>(m_service.get());
    // Every model of the window is checked for the whole run.
    const QAbstractItemModel* models[] = {m_window->watchFolderModel(), m_window->eventLogModel(),
                                          m_window->eventLogPane()->proxy(), m_window->resultPane()->model()};
    for (const QAbstractItemModel* model : models) {
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
            const_cast<QAbstractItemModel*>(model), QAbstractItemModelTester::FailureReportingMode::QtTest));
    }
}

void TestMainWindow::cleanupTestCase() {
    m_testers.clear();
    m_window.reset();
    if (m_service)
        m_service->stop();
    m_service.reset();
    QSettings().clear();
}

void TestMainWindow::windowOpens() {
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("Sluice")));
    QVERIFY(!m_window->windowIcon().isNull());
    QVERIFY(m_window->watchFolderPane()->isVisible());
    QVERIFY(m_window->eventLogPane()->isVisible());
    QVERIFY(m_window->resultPane()->isVisible());
    QVERIFY(m_window->resultPane()->currentPath().isEmpty()); // "select an event" message
    QCOMPARE(m_window->watchFolderModel()->rowCount(), 0);
    // Menu actions with their shortcuts.
    const QList<QAction*> actions = m_window->findChildren<QAction*>();
    auto hasShortcut = [&actions](const QKeySequence& key) {
        return std::any_of(actions.begin(), actions.end(),
                           [&key](QAction* a) { return a->shortcut() == key; });
    };
    QVERIFY(hasShortcut(QKeySequence::Open));
    QVERIFY(hasShortcut(QKeySequence::Quit));
    QVERIFY(hasShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)));
    // The panes are laid out side by side: watch folders left, result right.
    QVERIFY(m_window->watchFolderPane()->geometry().right() < m_window->eventLogPane()->geometry().left());
    QVERIFY(m_window->eventLogPane()->geometry().right() < m_window->resultPane()->geometry().left());
}

void TestMainWindow::addFolderShowsInPane() {
    QVERIFY(m_window->addWatchFolder(m_watch.path()));
    WatchFolderModel* model = m_window->watchFolderModel();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0).data(WatchFolderModel::PathRole).toString(), m_watch.path());
    QCOMPARE(m_window->watchFolderPane()->view()->model()->rowCount(), 1);
    QCOMPARE(m_window->watchFolderPane()->selectedFolder(), m_watch.path());
    QVERIFY(m_service->watchFolders().contains(m_watch.path()));
    QCOMPARE(savedFolders(), QStringList{m_watch.path()});
    QVERIFY(!m_window->addWatchFolder(m_watch.path() + QLatin1Char('/'))); // already watched
    QCOMPARE(model->rowCount(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(model->index(0).data(WatchFolderModel::StatusRole).toString(),
                              QStringLiteral("Watching"), kTimeoutMs);
}

void TestMainWindow::fileInWatchedFolderIsProcessed() {
    const QString source = m_elsewhere.filePath(QStringLiteral("incoming-note.txt"));
    QVERIFY(writeFile(source, "Sluice test note\nsecond line\n"));
    m_processedPath = m_watch.filePath(QStringLiteral("incoming-note.txt"));
    QVERIFY(QFile::copy(source, m_processedPath));

    EventLogModel* events = m_window->eventLogModel();
    QTRY_VERIFY_WITH_TIMEOUT(findEvent(events, m_processedPath, kFinished) >= 0, kTimeoutMs);
    const int row = findEvent(events, m_processedPath, kFinished);
    QCOMPARE(events->index(row, 0).data(EventLogModel::KindRole).toString(), QStringLiteral("processed"));

    // The folder's count follows.
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->watchFolderModel()->index(0).data(WatchFolderModel::ProcessedRole).toInt() >= 1,
        kTimeoutMs);

    // Selecting the event shows the file's result document.
    EventLogPane* pane = m_window->eventLogPane();
    const QModelIndex proxyIndex = pane->proxy()->mapFromSource(events->index(row, 0));
    QVERIFY(proxyIndex.isValid());
    pane->view()->setCurrentIndex(proxyIndex);
    ResultPane* result = m_window->resultPane();
    QCOMPARE(result->currentPath(), m_processedPath);
    QCOMPARE(result->status(), QStringLiteral("ok"));
    QCOMPARE(result->statusText(), QStringLiteral("OK"));
    QVERIFY(result->errorText().isEmpty());
    const QModelIndex sourcePath =
        result->model()->indexForPath({QStringLiteral("source"), QStringLiteral("path")});
    QVERIFY(sourcePath.isValid());
    QCOMPARE(sourcePath.siblingAtColumn(JsonTreeModel::ValueColumn).data().toString(), m_processedPath);
    QCOMPARE(result->model()->index(0, 0).data().toString(), QStringLiteral("status"));

    // An earlier event of the same file (e.g. "created") shows the same result.
    const int earlier = [&] {
        for (int r = events->rowCount() - 1; r >= 0; --r) {
            const QModelIndex i = events->index(r, 0);
            if (i.data(EventLogModel::PathRole).toString() == m_processedPath &&
                !kFinished.contains(i.data(EventLogModel::KindRole).toString()))
                return r;
        }
        return -1;
    }();
    if (earlier >= 0) {
        pane->view()->setCurrentIndex(pane->proxy()->mapFromSource(events->index(earlier, 0)));
        QCOMPARE(result->currentPath(), m_processedPath);
        QCOMPARE(result->status(), QStringLiteral("ok"));
    }
}

void TestMainWindow::filterBoxFiltersRows() {
    EventLogPane* pane = m_window->eventLogPane();
    QLineEdit* filter = pane->filterEdit();
    const int total = m_window->eventLogModel()->rowCount();
    QVERIFY(total > 1);

    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("INCOMING-NOTE")); // typed, and in another case
    const int shown = pane->proxy()->rowCount();
    QVERIFY(shown >= 1);
    QVERIFY(shown < total);
    for (int row = 0; row < shown; ++row) {
        const QModelIndex i = pane->proxy()->index(row, 0);
        const QString text =
            i.data(EventLogModel::PathRole).toString() + i.data(EventLogModel::MessageRole).toString();
        QVERIFY(text.contains(QStringLiteral("incoming-note"), Qt::CaseInsensitive));
    }

    filter->setText(QStringLiteral("no-event-has-this-text"));
    QCOMPARE(pane->proxy()->rowCount(), 0);
    filter->clear();
    // With no text, every event of level Info and above is shown (debug is hidden by default).
    int infoAndAbove = 0;
    for (int row = 0; row < m_window->eventLogModel()->rowCount(); ++row)
        if (m_window->eventLogModel()->index(row, 0).data(EventLogModel::LevelRole).toInt() >=
            int(EventLevel::Info))
            ++infoAndAbove;
    QCOMPARE(pane->proxy()->rowCount(), infoAndAbove);
}

void TestMainWindow::dropOnWindowStartsBatch() {
    const QString a = m_elsewhere.filePath(QStringLiteral("dropped-a.txt"));
    const QString b = m_elsewhere.filePath(QStringLiteral("dropped-b.txt"));
    QVERIFY(writeFile(a, "first dropped file\n"));
    QVERIFY(writeFile(b, "second dropped file\n"));

    QSignalSpy progress(m_service.get(), &ProcessingService::progress);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(a), QUrl::fromLocalFile(b)});
    const QPoint pos = m_window->eventLogPane()->geometry().center();
    QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
    QVERIFY(drop.isAccepted());

    // A batch of two started, the status bar shows it, and both files end up in the event log.
    QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty(), kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->batchStatus()->total() >= 2, kTimeoutMs);
    EventLogModel* events = m_window->eventLogModel();
    QTRY_VERIFY_WITH_TIMEOUT(findEvent(events, a, kFinished) >= 0 && findEvent(events, b, kFinished) >= 0,
                             kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->batchStatus()->isBusy(), kTimeoutMs);
    QCOMPARE(m_window->batchStatus()->finished(), m_window->batchStatus()->total());
    // Dropped files are processed, not watched.
    QCOMPARE(m_window->watchFolderModel()->rowCount(), 1);
}

void TestMainWindow::failedFileShowsItsErrors() {
    // Starts like a PDF, but is not one: the inbox pipeline's PDF stage fails on it.
    const QString broken = m_elsewhere.filePath(QStringLiteral("broken.pdf"));
    QVERIFY(writeFile(broken, "%PDF-1.4\nthis is not really a PDF\n"));
    QVERIFY(m_window->processPaths({broken}) > 0);
    EventLogModel* events = m_window->eventLogModel();
    QTRY_VERIFY_WITH_TIMEOUT(findEvent(events, broken, kFinished) >= 0, kTimeoutMs);
    const int row = findEvent(events, broken, kFinished);
    QCOMPARE(events->index(row, 0).data(EventLogModel::KindRole).toString(), QStringLiteral("failed"));

    EventLogPane* pane = m_window->eventLogPane();
    pane->view()->setCurrentIndex(pane->proxy()->mapFromSource(events->index(row, 0)));
    ResultPane* result = m_window->resultPane();
    QCOMPARE(result->currentPath(), broken);
    QCOMPARE(result->status(), QStringLiteral("failed"));
    QCOMPARE(result->statusText(), QStringLiteral("FAILED"));
    QVERIFY2(!result->errorText().isEmpty(), "the error message is shown above the tree");
    const QModelIndex errors = result->model()->indexForPath({QStringLiteral("errors")});
    QVERIFY(errors.isValid());
    QVERIFY(result->model()->rowCount(errors) >= 1);

    // The level filter keeps the failure and hides the information events.
    pane->proxy()->setMinimumLevel(EventLevel::Error);
    QVERIFY(pane->proxy()->rowCount() >= 1);
    QVERIFY(pane->proxy()->rowCount() < events->rowCount());
    pane->proxy()->setMinimumLevel(EventLevel::Debug);
}

void TestMainWindow::dropFolderOnWatchPaneWatchesIt() {
    QTemporaryDir second;
    QVERIFY(second.isValid());
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(second.path())});
    WatchFolderPane* pane = m_window->watchFolderPane();
    const QPoint pos = pane->rect().center();
    QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(pane, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(pane, &drop);
    QCOMPARE(m_window->watchFolderModel()->rowCount(), 2);
    QVERIFY(m_window->watchFolderModel()->rowOf(second.path()) >= 0);
    QVERIFY(savedFolders().contains(second.path()));
    QVERIFY(m_window->removeWatchFolder(second.path()));
}

void TestMainWindow::removeSelectedFolder() {
    WatchFolderPane* pane = m_window->watchFolderPane();
    pane->view()->clearSelection();
    QVERIFY(!m_window->removeFolderAction()->isEnabled());
    // A real mouse click on the row selects it and enables Remove.
    const int row = m_window->watchFolderModel()->rowOf(m_watch.path());
    QVERIFY(row >= 0);
    const QRect rect = pane->view()->visualRect(m_window->watchFolderModel()->index(row));
    QTest::mouseClick(pane->view()->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(pane->selectedFolder(), m_watch.path());
    QVERIFY(m_window->removeFolderAction()->isEnabled());
    m_window->removeSelectedWatchFolder();
    QCOMPARE(m_window->watchFolderModel()->rowCount(), 0);
    QVERIFY(!m_service->watchFolders().contains(m_watch.path()));
    QVERIFY(savedFolders().isEmpty());
}

void TestMainWindow::missingFolderShowsError() {
    const QString missing = m_elsewhere.filePath(QStringLiteral("no-such-folder"));
    QVERIFY(m_window->addWatchFolder(missing));
    WatchFolderModel* model = m_window->watchFolderModel();
    const int row = model->rowOf(missing);
    QVERIFY(row >= 0);
    QTRY_VERIFY_WITH_TIMEOUT(model->index(row).data(WatchFolderModel::HasErrorRole).toBool(), kTimeoutMs);
    QCOMPARE(model->index(row).data(WatchFolderModel::StatusRole).toString(), QStringLiteral("Error"));
    QVERIFY(!model->index(row).data(WatchFolderModel::ErrorRole).toString().isEmpty());
    QVERIFY(m_window->removeWatchFolder(missing));
}

void TestMainWindow::shortcutFocusesFilter() {
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->watchFolderPane()->view()->setFocus();
    QTest::keySequence(m_window.get(), QKeySequence::Find);
    QTRY_VERIFY(m_window->eventLogPane()->filterEdit()->hasFocus());
}

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
