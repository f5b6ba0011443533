#include "main_window.h"

#include "alert_notifier.h"
#include "app_icon.h"
#include "batch_panel.h"
#include "batch_status_widget.h"
#include "drop_handling.h"
#include "drop_overlay.h"
#include "editor/pipeline_editor_window.h"
#include "event_labels.h"
#include "event_log_model.h"
#include "event_log_pane.h"
#include "event_log_view.h"
#include "preview_tab.h"
#include "preview_tabs.h"
#include "result_pane.h"
#include "service/processing_service.h"
#include "settings.h"
#include "waiting_files_model.h"
#include "watch_folder_controller.h"
#include "watch_folder_model.h"
#include "watch_folder_pane.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

namespace sluice {

namespace {

constexpr int kStatusMessageMs = 5000;

QIcon themedIcon(const QString& themeName, QStyle::StandardPixmap fallback, const QWidget* widget) {
    return QIcon::fromTheme(themeName, widget->style()->standardIcon(fallback, nullptr, widget));
}

} // namespace

MainWindow::MainWindow(ProcessingService* service, QWidget* parent)
    : QMainWindow(parent), m_service(service), m_watchModel(new WatchFolderModel(this)),
      m_waitingModel(new WaitingFilesModel(this)),
      m_watchController(new WatchFolderController(service, m_watchModel, m_waitingModel, this)),
      m_eventModel(new EventLogModel(EventLogModel::kDefaultCapacity, this)) {
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(appIcon());
    const QString pipelineName = service->pipeline().name;
    setWindowTitle(pipelineName.isEmpty() ? tr("Sluice") : tr("Sluice — %1").arg(pipelineName));
    setAcceptDrops(true);

    createActions();
    createPanes();
    createMenus();
    createToolBar();
    createStatusBar();
    connectService();
    restoreLayout();
    // The saved watch folders (the older list of paths is migrated on the way).
    for (const QString& problem : m_watchController->restoreSaved())
        m_service->eventLog()->add(EventLevel::Error, QStringLiteral("watch_error"), {}, problem);
    if (m_watchModel->rowCount() > 0) // its waiting files show at once
        m_watchPane->selectFolder(m_watchModel->folders().constFirst());
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions() {
    m_processAction = new QAction(themedIcon(QStringLiteral("document-open"), QStyle::SP_MediaPlay, this),
                                  tr("&Process Files…"), this);
    m_processAction->setShortcut(QKeySequence::Open);
    m_processAction->setToolTip(tr("Choose files to run through the pipeline once (Ctrl+O)"));
    m_processAction->setIconText(tr("Process Files…"));
    connect(m_processAction, &QAction::triggered, this, &MainWindow::chooseFilesToProcess);

    m_addFolderAction =
        new QAction(themedIcon(QStringLiteral("folder-new"), QStyle::SP_FileDialogNewFolder, this),
                    tr("&Add Watch Folder…"), this);
    m_addFolderAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_addFolderAction->setToolTip(
        tr("Watch a folder: every file that arrives in it is processed (Ctrl+Shift+O)"));
    m_addFolderAction->setIconText(tr("Add Folder…"));
    connect(m_addFolderAction, &QAction::triggered, this, &MainWindow::chooseWatchFolder);

    m_removeFolderAction = new QAction(themedIcon(QStringLiteral("list-remove"), QStyle::SP_TrashIcon, this),
                                       tr("&Remove Watch Folder"), this);
    m_removeFolderAction->setShortcut(QKeySequence::Delete);
    m_removeFolderAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_removeFolderAction->setToolTip(tr("Stop watching the selected folder; its files are left alone (Del)"));
    m_removeFolderAction->setIconText(tr("Remove"));
    connect(m_removeFolderAction, &QAction::triggered, this, &MainWindow::removeSelectedWatchFolder);

    m_cancelAction = new QAction(themedIcon(QStringLiteral("process-stop"), QStyle::SP_BrowserStop, this),
                                 tr("&Cancel Processing"), this);
    m_cancelAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    m_cancelAction->setToolTip(tr("Stop the files being processed and drop the queue (Ctrl+.)"));
    m_cancelAction->setIconText(tr("Cancel"));
    connect(m_cancelAction, &QAction::triggered, this, &MainWindow::cancelProcessing);

    m_openResultsAction = new QAction(themedIcon(QStringLiteral("folder-open"), QStyle::SP_DirOpenIcon, this),
                                      tr("Open &Results Folder"), this);
    m_openResultsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_openResultsAction->setToolTip(tr("Open the folder with the result documents (Ctrl+R)"));
    m_openResultsAction->setIconText(tr("Results Folder"));
    connect(m_openResultsAction, &QAction::triggered, this, &MainWindow::openResultsFolder);

    m_editorAction =
        new QAction(themedIcon(QStringLiteral("document-edit"), QStyle::SP_FileDialogDetailedView, this),
                    tr("Pipeline &Editor…"), this);
    m_editorAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_editorAction->setToolTip(tr("Draw, check and try pipelines in the visual editor (Ctrl+E)"));
    m_editorAction->setIconText(tr("Pipeline Editor…"));
    connect(m_editorAction, &QAction::triggered, this, &MainWindow::openPipelineEditor);

    m_filterAction = new QAction(tr("&Filter Events"), this);
    m_filterAction->setShortcut(QKeySequence::Find);
    addAction(m_filterAction); // works while the menu bar is hidden too

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_aboutAction = new QAction(tr("&About Sluice"), this);
    m_aboutAction->setShortcut(QKeySequence::HelpContents);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_aboutQtAction = new QAction(tr("About &Qt"), this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createPanes() {
    m_watchPane =
        new WatchFolderPane(m_watchModel, m_waitingModel, m_addFolderAction, m_removeFolderAction, this);
    m_watchPane->setController(m_watchController);
    m_watchPane->addAction(m_removeFolderAction); // Del works while the pane has the focus
    m_watchPane->addAction(m_watchPane->editAction());
    m_eventPane = new EventLogPane(m_eventModel, this);
    // Earlier sessions' events come from the store, read off the GUI thread by the service.
    m_eventPane->setEarlierEventsAvailable(true);
    connect(m_eventPane, &EventLogPane::earlierEventsRequested, m_service,
            &ProcessingService::requestEarlierEvents);
    connect(m_service, &ProcessingService::earlierEventsLoaded, m_eventPane, &EventLogPane::addEarlierEvents);
    m_resultPane = new ResultPane(this);
    for (PreviewTab* tab : createPreviewTabs(m_service, m_resultPane))
        m_resultPane->addPreviewTab(tab);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("paneSplitter"));
    m_splitter->addWidget(m_watchPane);
    m_splitter->addWidget(m_eventPane);
    m_splitter->addWidget(m_resultPane);
    // A wider window widens the event log and the result alike; the watch-folder list keeps its width.
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 1);
    m_splitter->setChildrenCollapsible(false);
    // Only a layout the user chose is saved: until then every start gets the default shares.
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] { m_splitterMoved = true; });
    // The drop overlay covers the panes from a plain holder: a child of the splitter itself would become a
    // fourth pane there.
    auto* centre = new QWidget(this);
    auto* centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->addWidget(m_splitter);
    setCentralWidget(centre);
    m_dropOverlay = new DropOverlay(centre);

    m_batchDock = new QDockWidget(tr("Batch"), this);
    m_batchDock->setObjectName(QStringLiteral("batchDock"));
    m_batchPanel = new BatchPanel(m_service, m_batchDock);
    m_batchDock->setWidget(m_batchPanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_batchDock);
    m_batchDock->hide();
    connect(m_batchPanel, &BatchPanel::batchStarted, this, &MainWindow::showBatchDock);
    connect(
        m_batchPanel, &BatchPanel::resultRequested, this,
        [this](const QString& path, const QJsonObject& result) { m_resultPane->showResult(path, result); });
    m_alerts = new AlertNotifier(this);
    m_alerts->attach(m_service->eventLog());

    connect(m_filterAction, &QAction::triggered, m_eventPane, &EventLogPane::focusFilter);
    connect(m_eventPane, &EventLogPane::currentEventChanged, this, &MainWindow::showEventResult);
    connect(m_eventModel, &QAbstractItemModel::rowsInserted, this, &MainWindow::refreshWaitingResult);
    connect(m_watchPane, &WatchFolderPane::selectionChanged, this, &MainWindow::updateActions);
    connect(m_watchPane, &WatchFolderPane::foldersDropped, this, [this](const QStringList& folders) {
        for (const QString& folder : folders)
            addWatchFolder(folder);
    });
    connect(m_watchPane, &WatchFolderPane::filesDropped, this, &MainWindow::processPaths);
    // The event log's folder column and filter follow the watch folders.
    connect(m_watchController, &WatchFolderController::foldersChanged, this, [this] {
        QList<EventLogModel::FolderRoots> folders;
        for (const WatchFolderConfig& c : m_watchModel->configs())
            folders.append({c.name, c.roots});
        m_eventModel->setWatchFolders(folders);
        QStringList names;
        for (int row = 0; row < m_watchModel->rowCount(); ++row)
            names.append(m_watchModel->index(row).data(WatchFolderModel::NameRole).toString());
        m_eventPane->setFolders(names);
    });
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_processAction);
    file->addSeparator();
    file->addAction(m_addFolderAction);
    file->addAction(m_removeFolderAction);
    file->addSeparator();
    file->addAction(m_cancelAction);
    file->addAction(m_openResultsAction);
    file->addAction(m_editorAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_filterAction);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);
}

void MainWindow::createToolBar() {
    QToolBar* bar = addToolBar(tr("Main toolbar"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_processAction);
    bar->addAction(m_addFolderAction);
    bar->addAction(m_removeFolderAction);
    bar->addSeparator();
    bar->addAction(m_cancelAction);
    bar->addSeparator();
    bar->addAction(m_openResultsAction);
    bar->addAction(m_editorAction);
}

PipelineEditorWindow* MainWindow::pipelineEditor() const {
    return m_editor;
}

void MainWindow::openPipelineEditor() {
    if (!m_editor) {
        m_editor = new PipelineEditorWindow; // top-level; deleted with the main window
        m_editor->setAttribute(Qt::WA_DeleteOnClose);
        connect(this, &QObject::destroyed, m_editor.data(), &QObject::deleteLater);
        m_editor->setService(m_service);
        m_editor->setWatchFolderController(m_watchController);
        m_editor->setPipeline(m_service->pipeline());
    }
    m_editor->show();
    m_editor->raise();
    m_editor->activateWindow();
}

void MainWindow::createStatusBar() {
    m_pipelineLabel = new QLabel(this);
    const QString name = m_service->pipeline().name;
    // Says which pipeline: dropped batches pick theirs in the batch view.
    m_pipelineLabel->setText(tr("Watch folder pipeline: %1").arg(name.isEmpty() ? tr("(none)") : name));
    m_pipelineLabel->setToolTip(m_service->pipeline().description);
    m_pipelineLabel->setContentsMargins(16, 0, 8, 0); // keep clear of long temporary messages
    m_batchStatus = new BatchStatusWidget(this);
    statusBar()->addPermanentWidget(m_pipelineLabel);
    statusBar()->addPermanentWidget(m_batchStatus);
    statusBar()->showMessage(tr("Drop files on the window to process them, or add a folder to watch."));
}

void MainWindow::connectService() {
    m_eventModel->attach(m_service->eventLog());
    connect(m_service, &ProcessingService::progress, this, [this](int finished, int total) {
        m_batchStatus->setProgress(finished, total);
        updatePending();
    });
    connect(m_service, &ProcessingService::itemFinished, this, [this](const ItemResult& result) {
        updatePending();
        if (!result.ok() && result.status != QLatin1String("skipped")) {
            const QString message =
                result.errors.isEmpty()
                    ? QString()
                    : result.errors.first().toObject().value(QStringLiteral("message")).toString();
            statusBar()->showMessage(tr("Failed: %1 — %2").arg(result.item.path, message), kStatusMessageMs);
        }
    });
    connect(m_service, &ProcessingService::idle, this, [this] {
        m_batchStatus->setIdle();
        updateActions();
    });
    // The queue also grows from the watcher thread without a progress signal at once: look now and then.
    auto* poll = new QTimer(this);
    poll->setInterval(1000);
    connect(poll, &QTimer::timeout, this, &MainWindow::updatePending);
    poll->start();
}

void MainWindow::updatePending() {
    m_batchStatus->setPending(m_service->pending());
    m_cancelAction->setEnabled(m_service->pending() > 0);
}

void MainWindow::updateActions() {
    m_removeFolderAction->setEnabled(!m_watchPane->selectedFolder().isEmpty());
    m_cancelAction->setEnabled(m_service->pending() > 0);
}

void MainWindow::restoreLayout() {
    const QByteArray geometry = settings::windowGeometry().value();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        QRect available(0, 0, 1600, 1000);
        if (QScreen* screen = QApplication::primaryScreen())
            available = screen->availableGeometry();
        const QSize size(qMin(1560, available.width() * 96 / 100), qMin(960, available.height() * 96 / 100));
        resize(size);
        move(available.center() - rect().center());
    }
    m_batchDockSized = restoreState(settings::windowState().value()); // the user's dock height, if any
    if (m_splitter->restoreState(settings::paneSplitterState().value())) {
        m_splitterMoved = true; // the user's own layout: keep saving it
    } else {
        applyDefaultPaneSizes(width()); // again from showEvent, with the splitter's real width
    }
    const QByteArray header = settings::eventLogHeaderState().value();
    if (!header.isEmpty() && m_eventPane->view()->header()->restoreState(header))
        m_eventPane->view()->stopFittingColumns(); // the user's column widths
}

void MainWindow::applyDefaultPaneSizes(int total) {
    if (total <= 0)
        return;
    const int watch = total * kDefaultPaneShares[0] / 100;
    const int result = total * kDefaultPaneShares[2] / 100;
    m_splitter->setSizes({watch, total - watch - result, result});
}

void MainWindow::showBatchDock() {
    m_batchDock->show();
    if (m_batchDockSized)
        return;
    // First time: a compact strip, so the event log and the result (an OCR page, a PDF) keep most of the
    // height; the user's own height is saved with the window state.
    m_batchDockSized = true;
    const int wanted =
        qMax(m_batchPanel->minimumSizeHint().height(), height() * kDefaultBatchDockShare / 100);
    resizeDocks({m_batchDock}, {wanted}, Qt::Vertical);
}

void MainWindow::showEvent(QShowEvent* event) {
    QMainWindow::showEvent(event);
    if (!m_shownOnce && !m_splitterMoved)
        applyDefaultPaneSizes(m_splitter->width());
    m_shownOnce = true;
}

void MainWindow::saveLayout() const {
    settings::windowGeometry().setValue(saveGeometry());
    settings::windowState().setValue(saveState());
    if (m_splitterMoved)
        settings::paneSplitterState().setValue(m_splitter->saveState());
    if (!m_eventPane->view()->fitsColumns()) // only widths the user set: defaults follow the window
        settings::eventLogHeaderState().setValue(m_eventPane->view()->header()->saveState());
}

void MainWindow::saveWatchFolders() const {
    m_watchController->save();
}

bool MainWindow::addWatchFolder(const QString& path) {
    const QString root = WatchFolderModel::normalizedPath(path);
    if (root.isEmpty())
        return false;
    if (m_watchModel->rowOf(root) >= 0) {
        m_watchPane->selectFolder(root);
        statusBar()->showMessage(tr("Already watching %1").arg(root), kStatusMessageMs);
        return false;
    }
    QString error;
    if (!m_watchController->addFolder(root, &error)) {
        statusBar()->showMessage(error, kStatusMessageMs);
        return false;
    }
    m_watchPane->selectFolder(root);
    statusBar()->showMessage(tr("Watching %1").arg(root), kStatusMessageMs);
    updateActions();
    return true;
}

bool MainWindow::removeWatchFolder(const QString& path) {
    const int row = m_watchModel->rowOf(path);
    if (row < 0)
        return false;
    const QString name = m_watchModel->configAt(row).name;
    m_watchController->removeFolder(name);
    statusBar()->showMessage(tr("Stopped watching %1").arg(name), kStatusMessageMs);
    updateActions();
    return true;
}

void MainWindow::removeSelectedWatchFolder() {
    const QString root = m_watchPane->selectedFolder();
    if (!root.isEmpty())
        removeWatchFolder(root);
}

int MainWindow::processPaths(const QStringList& paths) {
    if (paths.isEmpty())
        return 0;
    const int queued = m_batchPanel->start(paths);
    if (queued == 1)
        statusBar()->showMessage(tr("Processing %1…").arg(paths.first()), kStatusMessageMs);
    else if (queued > 1)
        statusBar()->showMessage(tr("Processing %1 dropped or chosen items as one batch…").arg(queued),
                                 kStatusMessageMs);
    else
        statusBar()->showMessage(tr("Nothing to process"), kStatusMessageMs);
    updatePending();
    return queued;
}

void MainWindow::chooseWatchFolder() {
    const QString dir =
        QFileDialog::getExistingDirectory(this, tr("Add Watch Folder"), m_watchPane->selectedFolder());
    if (!dir.isEmpty())
        addWatchFolder(dir);
}

void MainWindow::chooseFilesToProcess() {
    const QStringList files =
        QFileDialog::getOpenFileNames(this, tr("Process Files"), settings::lastProcessDir().value());
    if (files.isEmpty())
        return;
    const QString first = files.first();
    settings::lastProcessDir().setValue(first.left(first.lastIndexOf(QLatin1Char('/'))));
    processPaths(files);
}

void MainWindow::openResultsFolder() {
    const QString dir = m_service->resultDir();
    if (dir.isEmpty() || !QDesktopServices::openUrl(QUrl::fromLocalFile(dir))) {
        QMessageBox::warning(this, tr("Open Results Folder"),
                             tr("Could not open the results folder %1.\nIt is created when the first file "
                                "has been processed.")
                                 .arg(dir.isEmpty() ? tr("(not set)") : dir));
    }
}

void MainWindow::cancelProcessing() {
    m_service->cancelAll();
    statusBar()->showMessage(tr("Processing canceled; canceled files are marked as failed"),
                             kStatusMessageMs);
    updatePending();
}

void MainWindow::showAbout() {
    const Pipeline& pipeline = m_service->pipeline();
    QMessageBox::about(
        this, tr("About Sluice"),
        tr("<h3>Sluice %1</h3>"
           "<p>Watches folders and runs every file that arrives through a pipeline of stages, with every "
           "event, result and error in view.</p>"
           "<p><b>Pipeline:</b> %2<br><b>Results:</b> %3</p>")
            .arg(QCoreApplication::applicationVersion().toHtmlEscaped(), pipeline.name.toHtmlEscaped(),
                 m_service->resultDir().toHtmlEscaped()));
}

void MainWindow::showEventResult(const QModelIndex& sourceIndex) {
    if (!sourceIndex.isValid()) {
        m_resultPane->clear();
        return;
    }
    const QString path = sourceIndex.data(EventLogModel::PathRole).toString();
    const QString kind = sourceIndex.data(EventLogModel::KindRole).toString();
    if (EventLabels::isFolderKind(kind)) {
        m_resultPane->showMessage(
            tr("This event is about a watch folder"),
            path.isEmpty() ? tr("Select an event about a file to see its result.")
                           : tr("%1\n\nSelect an event about a file to see its result.").arg(path));
        return;
    }
    if (path.isEmpty()) {
        m_resultPane->showMessage(tr("This event is not about a file"),
                                  tr("Select an event about a file to see its result."));
        return;
    }
    QJsonObject result = sourceIndex.data(EventLogModel::ResultRole).toJsonObject();
    if (result.isEmpty() && kind == QLatin1String("failed")) {
        // Failed before a result document existed (e.g. the file vanished): the message is all there is.
        m_resultPane->showResult(path, {}, sourceIndex.data(EventLogModel::MessageRole).toString());
        return;
    }
    if (result.isEmpty())
        result = m_eventModel->latestResultFor(path);
    m_resultPane->showResult(path, result);
}

void MainWindow::refreshWaitingResult() {
    // A file shown without a result gets it as soon as it has been processed.
    if (m_resultPane->status() != QLatin1String("none"))
        return;
    const QJsonObject result = m_eventModel->latestResultFor(m_resultPane->currentPath());
    if (!result.isEmpty())
        m_resultPane->showResult(m_resultPane->currentPath(), result);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    saveLayout();
    saveWatchFolders();
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (!drop::hasLocalPaths(event->mimeData()))
        return;
    event->acceptProposedAction();
    m_dropOverlay->showWithText(tr("Drop to process these files now"));
}

void MainWindow::dragMoveEvent(QDragMoveEvent* event) {
    if (drop::hasLocalPaths(event->mimeData()))
        event->acceptProposedAction();
}

void MainWindow::dragLeaveEvent(QDragLeaveEvent* event) {
    (void)event;
    m_dropOverlay->hide();
}

void MainWindow::dropEvent(QDropEvent* event) {
    m_dropOverlay->hide();
    const QStringList paths = drop::localPaths(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    processPaths(paths);
}

} // namespace sluice
