#pragma once

#include <QMainWindow>
#include <QModelIndex>
#include <QPointer>

class QAction;
class QDockWidget;
class QLabel;
class QSplitter;

namespace sluice {

class AlertNotifier;
class BatchPanel;
class BatchStatusWidget;
class DropOverlay;
class EventLogModel;
class EventLogPane;
class PipelineEditorWindow;
class ProcessingService;
class ResultPane;
class WaitingFilesModel;
class WatchFolderController;
class WatchFolderModel;
class WatchFolderPane;

/// Sluice's main window: watch folders on the left, the event log in the centre, the selected file's
/// result on the right, batch progress in the status bar. Files and folders dropped on the window are
/// processed as one batch; folders dropped on the watch-folder pane are watched.
///
/// Talks to core only through the ProcessingService, which must outlive the window.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    /// Default widths of the watch-folder list, the event log and the result pane, in percent of the
    /// window's width, until the user drags a splitter handle (then the user's widths are kept).
    static constexpr int kDefaultPaneShares[3] = {18, 44, 38};
    /// Default height of the batch dock when it first opens, in percent of the window's height (at least
    /// what the batch view needs).
    static constexpr int kDefaultBatchDockShare = 22;

    explicit MainWindow(ProcessingService* service, QWidget* parent = nullptr);
    ~MainWindow() override;

    WatchFolderModel* watchFolderModel() const { return m_watchModel; }
    WatchFolderPane* watchFolderPane() const { return m_watchPane; }
    WatchFolderController* watchFolderController() const { return m_watchController; }
    /// The pipeline editor window while it is open (null before openPipelineEditor() and after it closed).
    PipelineEditorWindow* pipelineEditor() const;
    EventLogModel* eventLogModel() const { return m_eventModel; }
    EventLogPane* eventLogPane() const { return m_eventPane; }
    ResultPane* resultPane() const { return m_resultPane; }
    /// The splitter between the watch-folder list, the event log and the result pane.
    QSplitter* paneSplitter() const { return m_splitter; }
    BatchStatusWidget* batchStatus() const { return m_batchStatus; }
    /// The batch view (in a dock at the bottom, shown when a batch starts).
    BatchPanel* batchPanel() const { return m_batchPanel; }
    /// Shows the notify stage's alerts as desktop notifications.
    AlertNotifier* alertNotifier() const { return m_alerts; }

public Q_SLOTS:
    /// Watches `path` with default settings (what "Add Watch Folder…" calls), shows it in the pane and saves
    /// the watch folders.
    /// Returns false when it was already watched or is empty.
    bool addWatchFolder(const QString& path);
    /// Stops watching the folder named `path` (or added by that path), removes it from the pane and saves.
    bool removeWatchFolder(const QString& path);
    void removeSelectedWatchFolder();
    /// Processes files and folders (recursively) once, as one batch in the batch view, with the pipeline
    /// picked there. Returns how many paths were handed over (BatchPanel::start).
    int processPaths(const QStringList& paths);

    void chooseWatchFolder();
    void chooseFilesToProcess();
    void openResultsFolder();
    void cancelProcessing();
    void showAbout();
    /// Opens the visual pipeline editor (a separate window) on the pipeline the service runs.
    void openPipelineEditor();

    /// The "Remove Watch Folder" action; enabled while a watch folder is selected.
    QAction* removeFolderAction() const { return m_removeFolderAction; }

protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dragLeaveEvent(QDragLeaveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createPanes();
    void createStatusBar();
    void connectService();
    void restoreLayout();
    /// Splits `total` pixels between the panes by kDefaultPaneShares.
    void applyDefaultPaneSizes(int total);
    /// Shows the batch dock (a batch started), at its default height the first time.
    void showBatchDock();
    void saveLayout() const;
    void saveWatchFolders() const;
    void updateActions();
    void updatePending();
    void showEventResult(const QModelIndex& sourceIndex);
    void refreshWaitingResult();

    ProcessingService* m_service;
    WatchFolderModel* m_watchModel;
    WaitingFilesModel* m_waitingModel;
    WatchFolderController* m_watchController;
    EventLogModel* m_eventModel;
    WatchFolderPane* m_watchPane = nullptr;
    EventLogPane* m_eventPane = nullptr;
    ResultPane* m_resultPane = nullptr;
    QSplitter* m_splitter = nullptr;
    bool m_splitterMoved = false; ///< the pane widths are the user's (restored or dragged), not defaults
    bool m_shownOnce = false;
    bool m_batchDockSized = false; ///< the batch dock has its default or the user's restored height
    BatchStatusWidget* m_batchStatus = nullptr;
    QLabel* m_pipelineLabel = nullptr;
    DropOverlay* m_dropOverlay = nullptr;
    BatchPanel* m_batchPanel = nullptr;
    QDockWidget* m_batchDock = nullptr;
    AlertNotifier* m_alerts = nullptr;

    QAction* m_processAction = nullptr;
    QAction* m_addFolderAction = nullptr;
    QAction* m_removeFolderAction = nullptr;
    QAction* m_cancelAction = nullptr;
    QAction* m_openResultsAction = nullptr;
    QAction* m_filterAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_editorAction = nullptr;
    QPointer<PipelineEditorWindow> m_editor;
    QAction* m_aboutQtAction = nullptr;
};

} // namespace sluice
