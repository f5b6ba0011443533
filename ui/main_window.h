#pragma once

#include <QMainWindow>
#include <QModelIndex>

class QAction;
class QLabel;
class QSplitter;

namespace sluice {

class BatchStatusWidget;
class DropOverlay;
class EventLogModel;
class EventLogPane;
class ProcessingService;
class ResultPane;
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
    explicit MainWindow(ProcessingService* service, QWidget* parent = nullptr);
    ~MainWindow() override;

    WatchFolderModel* watchFolderModel() const { return m_watchModel; }
    WatchFolderPane* watchFolderPane() const { return m_watchPane; }
    EventLogModel* eventLogModel() const { return m_eventModel; }
    EventLogPane* eventLogPane() const { return m_eventPane; }
    ResultPane* resultPane() const { return m_resultPane; }
    BatchStatusWidget* batchStatus() const { return m_batchStatus; }

public Q_SLOTS:
    /// Watches `path` (what the "Add watch folder" dialog calls), shows it in the pane and saves the list.
    /// Returns false when it was already watched or is empty.
    bool addWatchFolder(const QString& path);
    /// Stops watching `path`, removes it from the pane and saves the list.
    bool removeWatchFolder(const QString& path);
    void removeSelectedWatchFolder();
    /// Processes files and folders (recursively) once, as one batch. Returns what processFiles() returns.
    int processPaths(const QStringList& paths);

    void chooseWatchFolder();
    void chooseFilesToProcess();
    void openResultsFolder();
    void cancelProcessing();
    void showAbout();

    /// The "Remove Watch Folder" action; enabled while a watch folder is selected.
    QAction* removeFolderAction() const { return m_removeFolderAction; }

protected:
    void closeEvent(QCloseEvent* event) override;
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
    void saveLayout() const;
    void saveWatchFolders() const;
    void updateActions();
    void updatePending();
    void showEventResult(const QModelIndex& sourceIndex);
    void refreshWaitingResult();

    ProcessingService* m_service;
    WatchFolderModel* m_watchModel;
    EventLogModel* m_eventModel;
    WatchFolderPane* m_watchPane = nullptr;
    EventLogPane* m_eventPane = nullptr;
    ResultPane* m_resultPane = nullptr;
    QSplitter* m_splitter = nullptr;
    BatchStatusWidget* m_batchStatus = nullptr;
    QLabel* m_pipelineLabel = nullptr;
    DropOverlay* m_dropOverlay = nullptr;

    QAction* m_processAction = nullptr;
    QAction* m_addFolderAction = nullptr;
    QAction* m_removeFolderAction = nullptr;
    QAction* m_cancelAction = nullptr;
    QAction* m_openResultsAction = nullptr;
    QAction* m_filterAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_aboutQtAction = nullptr;
};

} // namespace sluice
