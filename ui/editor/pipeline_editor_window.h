#pragma once

#include "pipeline/executor.h"
#include "pipeline/pipeline.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QLabel;
class QMenu;
class QTabWidget;

namespace sluice {

class EditorScene;
class EditorView;
class NodeOutputPanel;
class PipelineDocument;
class ProcessingService;
class PropertyPanel;
class StagePalette;
class TryRun;
class ValidationPanel;
class WatchFolderController;

/// The visual pipeline editor, a top-level window: the stage palette on the left, the canvas in the
/// centre, properties and try-it output on the right, problems at the bottom. A view over the core's
/// Pipeline (the file it saves is exactly what `sluice-cli run --pipeline FILE` runs), after the QGIS
/// model designer, Node-RED and n8n.
class PipelineEditorWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit PipelineEditorWindow(QWidget* parent = nullptr);
    ~PipelineEditorWindow() override;

    PipelineDocument* document() const { return m_document; }
    EditorScene* scene() const { return m_scene; }
    EditorView* view() const { return m_view; }
    StagePalette* palette() const { return m_palette; }
    PropertyPanel* propertyPanel() const { return m_properties; }
    ValidationPanel* validationPanel() const { return m_validation; }
    NodeOutputPanel* outputPanel() const { return m_output; }
    TryRun* tryRun() const { return m_tryRun; }
    /// The last message shown in the status bar (e.g. why a connection was refused).
    QString lastMessage() const { return m_lastMessage; }

    /// Replaces the pipeline (no undo history), e.g. the one the service runs.
    void setPipeline(const Pipeline& pipeline, const QString& path = {});
    /// Loads a `*.sluice.json` file or a pipeline by name. Returns false with `error`.
    bool openFile(const QString& fileOrName, QString* error);
    /// Saves atomically (QSaveFile through Pipeline::save). Returns false with `error`.
    bool saveTo(const QString& path, QString* error);
    /// Starts a new pipeline as a copy of a built-in or user pipeline (unsaved, no file).
    bool newFrom(const QString& name, QString* error);
    /// Adds a stage at the centre of the view (palette double-click / Enter). Returns the node id.
    QString addStageAtCentre(const QString& stageId);
    /// Runs the pipeline on `path` off the GUI thread ("Try it"). Returns false with `error`.
    bool tryFile(const QString& path, QString* error);
    /// The service whose watch folders "Use for Watch Folders" can assign the pipeline to (may be null).
    void setService(ProcessingService* service) { m_service = service; }
    /// The main window's watch-folder controller (may be null). When set, an assignment to a watch folder
    /// goes through it, so that the watch-folder pane shows it and the saved watch folders
    /// (settings::saveWatchFolderConfigs) keep it across restarts; without it only the running service
    /// learns of it.
    void setWatchFolderController(WatchFolderController* controller);
    /// Saves the pipeline as user pipeline `name` (Pipeline::userPipelineDir()) and assigns it to the watch
    /// folder `folder` (WatchFolderConfig::pipeline; through the controller when set, else the service),
    /// or — with an empty `folder` — makes it the default pipeline from the next start
    /// (settings::watchPipeline()).
    bool useForWatchFolders(const QString& name, const QString& folder, QString* error);

public Q_SLOTS:
    void copySelection();
    void paste();
    void duplicateSelection();
    void deleteSelection();
    void tidyLayout();
    void focusNode(const QString& id);

protected:
    void closeEvent(QCloseEvent* event) override;
    /// Fits the pipeline into the view once the window has its size (a fit before that sees a tiny view).
    void showEvent(QShowEvent* event) override;

private:
    void createActions();
    void createMenusAndToolBar();
    void createDocks();
    void updateTitle();
    void showMessage(const QString& text);
    bool maybeSave();
    void chooseOpen();
    bool chooseSave();
    void chooseTry();
    void chooseDryRun();
    void chooseUseForWatchFolders();
    void fillNewFromMenu();
    void onTryFinished(const ItemResult& result);
    /// Width and height of node `id`'s card in pixels, for the tidy layout.
    QSizeF cardSize(const QString& id) const;

    PipelineDocument* m_document;
    EditorScene* m_scene;
    EditorView* m_view;
    StagePalette* m_palette = nullptr;
    PropertyPanel* m_properties = nullptr;
    ValidationPanel* m_validation = nullptr;
    NodeOutputPanel* m_output = nullptr;
    QTabWidget* m_rightTabs = nullptr;
    TryRun* m_tryRun;
    ProcessingService* m_service = nullptr;
    QPointer<WatchFolderController> m_watchFolders; // owned by the main window, which may go first
    QLabel* m_zoomLabel = nullptr;
    QLabel* m_problemLabel = nullptr;
    QString m_lastMessage;
    QString m_selectedNode;
    int m_pasteCount = 0;
    bool m_fitPending = true;

    QMenu* m_newFromMenu = nullptr;
    QAction* m_newAction = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_saveAction = nullptr;
    QAction* m_saveAsAction = nullptr;
    QAction* m_useAction = nullptr;
    QAction* m_closeAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_cutAction = nullptr;
    QAction* m_copyAction = nullptr;
    QAction* m_pasteAction = nullptr;
    QAction* m_duplicateAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_selectAllAction = nullptr;
    QAction* m_zoomInAction = nullptr;
    QAction* m_zoomOutAction = nullptr;
    QAction* m_zoomResetAction = nullptr;
    QAction* m_fitAction = nullptr;
    QAction* m_tidyAction = nullptr;
    QAction* m_tryAction = nullptr;
    QAction* m_cancelTryAction = nullptr;
    QAction* m_dryRunAction = nullptr;
};

} // namespace sluice
