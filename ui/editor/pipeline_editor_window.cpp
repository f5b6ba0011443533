#include "pipeline_editor_window.h"

#include "dry_run_dialog.h"
#include "editor_scene.h"
#include "editor_style.h"
#include "editor_view.h"
#include "node_item.h"
#include "node_output_panel.h"
#include "pipeline_document.h"
#include "property_panel.h"
#include "service/processing_service.h"
#include "settings.h"
#include "stage_palette.h"
#include "tidy_layout.h"
#include "try_run.h"
#include "validation_panel.h"
#include "watch_folder_controller.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QRegularExpression>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>

namespace sluice {

namespace {

const QString kPipelineMime = QStringLiteral("application/x-sluice-pipeline");

QIcon themedIcon(QWidget* widget, const QString& name, QStyle::StandardPixmap fallback) {
    return QIcon::fromTheme(name, widget->style()->standardIcon(fallback, nullptr, widget));
}

} // namespace

PipelineEditorWindow::PipelineEditorWindow(QWidget* parent)
    : QMainWindow(parent), m_document(new PipelineDocument(this)), m_scene(new EditorScene(m_document, this)),
      m_view(new EditorView(m_scene, this)), m_tryRun(new TryRun(this)) {
    setObjectName(QStringLiteral("PipelineEditorWindow"));
    setAttribute(Qt::WA_DeleteOnClose, false);
    setCentralWidget(m_view);
    resize(1500, 920);
    createActions();
    createDocks();
    createMenusAndToolBar();

    m_zoomLabel = new QLabel(this);
    m_problemLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_problemLabel);
    statusBar()->addPermanentWidget(m_zoomLabel);
    m_zoomLabel->setText(tr("Zoom %1 %").arg(100));

    connect(m_scene, &EditorScene::message, this, &PipelineEditorWindow::showMessage);
    connect(m_scene, &EditorScene::validated, m_validation, &ValidationPanel::setIssues);
    connect(m_scene, &EditorScene::nodeSelected, this, [this](const QString& id) {
        m_selectedNode = id;
        m_properties->showNode(id);
        m_output->showNode(id);
    });
    connect(m_validation, &ValidationPanel::countChanged, this, [this](int count) {
        m_problemLabel->setText(count ? tr("%n problem(s)", nullptr, count) : tr("No problems"));
        m_problemLabel->setStyleSheet(count ? QStringLiteral("color: #b3261e;")
                                            : QStringLiteral("color: #2f7d4f;"));
    });
    connect(m_validation, &ValidationPanel::nodeActivated, this, &PipelineEditorWindow::focusNode);
    connect(m_properties, &PropertyPanel::nodeRenamed, this,
            [this](const QString& id) { m_scene->selectNode(id); });
    connect(m_view, &EditorView::stageDropped, this, [this](const QString& stage, const QPointF& at) {
        const QString id = m_document->addNode(stage, at - QPointF(editorstyle::kNodeWidth / 2, 20));
        if (!id.isEmpty())
            m_scene->selectNode(id);
    });
    connect(m_view, &EditorView::zoomChanged, this,
            [this](double zoom) { m_zoomLabel->setText(tr("Zoom %1 %").arg(qRound(zoom * 100))); });
    connect(m_palette, &StagePalette::stageActivated, this, &PipelineEditorWindow::addStageAtCentre);
    connect(m_document->undoStack(), &QUndoStack::cleanChanged, this, &PipelineEditorWindow::updateTitle);
    connect(m_document, &PipelineDocument::changed, this, &PipelineEditorWindow::updateTitle);
    connect(m_tryRun, &TryRun::nodeStatus, m_scene, &EditorScene::setRunStatus);
    connect(m_tryRun, &TryRun::finished, this, &PipelineEditorWindow::onTryFinished);

    restoreState(settings::editorState().value());
    m_scene->sync();
    updateTitle();
}

PipelineEditorWindow::~PipelineEditorWindow() {
    settings::editorState().setValue(saveState());
}

void PipelineEditorWindow::createActions() {
    auto make = [this](const QString& text, const QKeySequence& key, const QString& tip = {}) {
        auto* a = new QAction(text, this);
        if (!key.isEmpty())
            a->setShortcut(key);
        a->setStatusTip(tip);
        a->setToolTip(tip.isEmpty() ? text : tip);
        addAction(a);
        return a;
    };
    m_newAction = make(tr("&New"), QKeySequence::New, tr("Start an empty pipeline"));
    m_newAction->setIcon(themedIcon(this, QStringLiteral("document-new"), QStyle::SP_FileIcon));
    m_openAction = make(tr("&Open…"), QKeySequence::Open, tr("Open a *.sluice.json pipeline"));
    m_openAction->setIcon(themedIcon(this, QStringLiteral("document-open"), QStyle::SP_DialogOpenButton));
    m_saveAction = make(tr("&Save"), QKeySequence::Save, tr("Save the pipeline"));
    m_saveAction->setIcon(themedIcon(this, QStringLiteral("document-save"), QStyle::SP_DialogSaveButton));
    m_saveAsAction = make(tr("Save &As…"), QKeySequence::SaveAs, tr("Save the pipeline under another name"));
    m_useAction =
        make(tr("Use for &Watch Folders…"), {},
             tr("Save as a user pipeline and let watch folders (and sluice-cli --pipeline NAME) use it"));
    m_useAction->setIcon(themedIcon(this, QStringLiteral("folder"), QStyle::SP_DirIcon));
    m_closeAction = make(tr("&Close"), QKeySequence::Close);
    m_undoAction = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setIconText(tr("Undo")); // the toolbar keeps its width; the menu names the step
    m_undoAction->setIcon(themedIcon(this, QStringLiteral("edit-undo"), QStyle::SP_ArrowBack));
    m_redoAction = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_redoAction->setIconText(tr("Redo"));
    m_redoAction->setIcon(themedIcon(this, QStringLiteral("edit-redo"), QStyle::SP_ArrowForward));
    m_cutAction = make(tr("Cu&t"), QKeySequence::Cut);
    m_copyAction = make(tr("&Copy"), QKeySequence::Copy);
    m_pasteAction = make(tr("&Paste"), QKeySequence::Paste);
    m_duplicateAction =
        make(tr("&Duplicate"), QKeySequence(Qt::CTRL | Qt::Key_D), tr("Duplicate the selected nodes"));
    m_deleteAction =
        make(tr("&Delete"), QKeySequence::Delete, tr("Delete the selected nodes and connections"));
    m_deleteAction->setIcon(themedIcon(this, QStringLiteral("edit-delete"), QStyle::SP_TrashIcon));
    m_selectAllAction = make(tr("Select &All"), QKeySequence::SelectAll);
    m_zoomInAction = make(tr("Zoom &In"), QKeySequence::ZoomIn);
    m_zoomOutAction = make(tr("Zoom &Out"), QKeySequence::ZoomOut);
    m_zoomResetAction = make(tr("&Actual Size"), QKeySequence(Qt::CTRL | Qt::Key_0));
    m_fitAction =
        make(tr("&Fit to Window"), QKeySequence(Qt::CTRL | Qt::Key_1), tr("Show the whole pipeline"));
    m_tidyAction = make(tr("&Tidy Layout"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
                        tr("Arrange the nodes in layers from left to right"));
    m_tryAction = make(tr("&Try It…"), QKeySequence(Qt::Key_F5),
                       tr("Run the pipeline on a sample file and show each node's output"));
    m_tryAction->setIcon(themedIcon(this, QStringLiteral("media-playback-start"), QStyle::SP_MediaPlay));
    m_cancelTryAction = make(tr("&Stop"), QKeySequence(Qt::SHIFT | Qt::Key_F5), tr("Stop the sample run"));
    m_cancelTryAction->setIcon(themedIcon(this, QStringLiteral("media-playback-stop"), QStyle::SP_MediaStop));
    m_cancelTryAction->setEnabled(false);
    m_dryRunAction = make(tr("&Dry Run…"), QKeySequence(Qt::CTRL | Qt::Key_F5),
                          tr("Show which branch each file in a folder would take, without running stages"));
    m_dryRunAction->setIcon(
        themedIcon(this, QStringLiteral("system-search"), QStyle::SP_FileDialogContentsView));

    connect(m_newAction, &QAction::triggered, this, [this] {
        if (maybeSave())
            setPipeline(Pipeline{});
    });
    connect(m_openAction, &QAction::triggered, this, &PipelineEditorWindow::chooseOpen);
    connect(m_saveAction, &QAction::triggered, this, [this] {
        QString error;
        if (m_document->filePath().isEmpty() || m_document->filePath().startsWith(QLatin1Char(':')))
            chooseSave();
        else if (!saveTo(m_document->filePath(), &error))
            QMessageBox::warning(this, tr("Save pipeline"), error);
    });
    connect(m_saveAsAction, &QAction::triggered, this, &PipelineEditorWindow::chooseSave);
    connect(m_useAction, &QAction::triggered, this, &PipelineEditorWindow::chooseUseForWatchFolders);
    connect(m_closeAction, &QAction::triggered, this, &QWidget::close);
    connect(m_cutAction, &QAction::triggered, this, [this] {
        copySelection();
        deleteSelection();
    });
    connect(m_copyAction, &QAction::triggered, this, &PipelineEditorWindow::copySelection);
    connect(m_pasteAction, &QAction::triggered, this, &PipelineEditorWindow::paste);
    connect(m_duplicateAction, &QAction::triggered, this, &PipelineEditorWindow::duplicateSelection);
    connect(m_deleteAction, &QAction::triggered, this, &PipelineEditorWindow::deleteSelection);
    connect(m_selectAllAction, &QAction::triggered, this, [this] {
        for (NodeItem* n : m_scene->nodeItems())
            n->setSelected(true);
    });
    connect(m_zoomInAction, &QAction::triggered, this, [this] { m_view->zoomBy(1.25); });
    connect(m_zoomOutAction, &QAction::triggered, this, [this] { m_view->zoomBy(0.8); });
    connect(m_zoomResetAction, &QAction::triggered, this, [this] { m_view->resetZoom(); });
    connect(m_fitAction, &QAction::triggered, this, [this] { m_view->fitAll(); });
    connect(m_tidyAction, &QAction::triggered, this, &PipelineEditorWindow::tidyLayout);
    connect(m_tryAction, &QAction::triggered, this, &PipelineEditorWindow::chooseTry);
    connect(m_cancelTryAction, &QAction::triggered, m_tryRun, &TryRun::cancel);
    connect(m_dryRunAction, &QAction::triggered, this, &PipelineEditorWindow::chooseDryRun);
}

void PipelineEditorWindow::createMenusAndToolBar() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    m_newFromMenu = file->addMenu(tr("New &From"));
    m_newFromMenu->setToolTip(tr("Start from a built-in or saved pipeline"));
    connect(m_newFromMenu, &QMenu::aboutToShow, this, &PipelineEditorWindow::fillNewFromMenu);
    file->addAction(m_openAction);
    file->addSeparator();
    file->addAction(m_saveAction);
    file->addAction(m_saveAsAction);
    file->addAction(m_useAction);
    file->addSeparator();
    file->addAction(m_closeAction);
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_cutAction);
    edit->addAction(m_copyAction);
    edit->addAction(m_pasteAction);
    edit->addAction(m_duplicateAction);
    edit->addAction(m_deleteAction);
    edit->addSeparator();
    edit->addAction(m_selectAllAction);
    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_zoomInAction);
    view->addAction(m_zoomOutAction);
    view->addAction(m_zoomResetAction);
    view->addAction(m_fitAction);
    view->addSeparator();
    view->addAction(m_tidyAction);
    view->addSeparator();
    for (QDockWidget* dock : findChildren<QDockWidget*>())
        view->addAction(dock->toggleViewAction());
    QMenu* run = menuBar()->addMenu(tr("&Run"));
    run->addAction(m_tryAction);
    run->addAction(m_cancelTryAction);
    run->addAction(m_dryRunAction);

    QToolBar* bar = addToolBar(tr("Pipeline"));
    bar->setObjectName(QStringLiteral("editorToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(18, 18));
    bar->addAction(m_newAction);
    bar->addAction(m_openAction);
    bar->addAction(m_saveAction);
    bar->addSeparator();
    bar->addAction(m_undoAction);
    bar->addAction(m_redoAction);
    bar->addAction(m_deleteAction);
    bar->addSeparator();
    bar->addAction(m_fitAction);
    bar->addAction(m_tidyAction);
    bar->addSeparator();
    bar->addAction(m_tryAction);
    bar->addAction(m_cancelTryAction);
    bar->addAction(m_dryRunAction);
    bar->addSeparator();
    bar->addAction(m_useAction);
}

void PipelineEditorWindow::createDocks() {
    setDockNestingEnabled(true);
    m_palette = new StagePalette(this);
    auto* paletteDock = new QDockWidget(tr("Stages"), this);
    paletteDock->setObjectName(QStringLiteral("paletteDock"));
    paletteDock->setWidget(m_palette);
    paletteDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::LeftDockWidgetArea, paletteDock);

    m_properties = new PropertyPanel(m_document, this);
    m_output = new NodeOutputPanel(this);
    m_rightTabs = new QTabWidget(this);
    m_rightTabs->setDocumentMode(true);
    m_rightTabs->addTab(m_properties, tr("Properties"));
    m_rightTabs->addTab(m_output, tr("Try-it output"));
    auto* rightDock = new QDockWidget(tr("Inspector"), this);
    rightDock->setObjectName(QStringLiteral("inspectorDock"));
    rightDock->setWidget(m_rightTabs);
    rightDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::RightDockWidgetArea, rightDock);

    m_validation = new ValidationPanel(this);
    auto* problemsDock = new QDockWidget(tr("Problems"), this);
    problemsDock->setObjectName(QStringLiteral("problemsDock"));
    problemsDock->setWidget(m_validation);
    problemsDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::BottomDockWidgetArea, problemsDock);
    resizeDocks({paletteDock, rightDock}, {200, 470}, Qt::Horizontal);
    resizeDocks({problemsDock}, {110}, Qt::Vertical);
}

void PipelineEditorWindow::updateTitle() {
    const QString name = m_document->pipeline().name.isEmpty() ? tr("untitled") : m_document->pipeline().name;
    const QString file =
        m_document->filePath().isEmpty() || m_document->filePath().startsWith(QLatin1Char(':'))
            ? QString()
            : QStringLiteral(" (%1)").arg(QDir::toNativeSeparators(m_document->filePath()));
    setWindowTitle(tr("%1[*]%2 — Sluice Pipeline Editor").arg(name, file));
    setWindowModified(m_document->isModified());
}

void PipelineEditorWindow::showMessage(const QString& text) {
    m_lastMessage = text;
    statusBar()->showMessage(text, 8000);
}

void PipelineEditorWindow::setPipeline(const Pipeline& pipeline, const QString& path) {
    m_scene->resetRunStatus(true);
    m_output->setResult({});
    m_document->reset(pipeline, path);
    // Cards that overlap or touch (a file written by hand, or for smaller cards) get a tidy layout first;
    // it is part of opening the file, not an undo step.
    bool overlap = false;
    const QList<NodeItem*> items = m_scene->nodeItems();
    for (qsizetype i = 0; i < items.size() && !overlap; ++i)
        for (qsizetype j = i + 1; j < items.size() && !overlap; ++j)
            overlap = items.at(i)
                          ->sceneBoundingRect()
                          .adjusted(-8, 8, 8, 8)
                          .intersects(items.at(j)->sceneBoundingRect().adjusted(-8, 8, 8, 8));
    if (overlap) {
        const QHash<QString, QPointF> positions =
            sluice::tidyLayout(pipeline, [this](const QString& id) { return cardSize(id); });
        if (!positions.isEmpty()) {
            Pipeline tidy = pipeline;
            for (PipelineNode& n : tidy.nodes)
                n.position = positions.value(n.id, n.position);
            m_document->reset(tidy, path);
        }
    }
    if (isVisible())
        m_view->fitAll();
    else
        m_fitPending = true;
    updateTitle();
}

bool PipelineEditorWindow::openFile(const QString& fileOrName, QString* error) {
    Pipeline p;
    if (!Pipeline::load(fileOrName, p, error))
        return false;
    const QFileInfo info(fileOrName);
    setPipeline(p, info.exists() ? info.absoluteFilePath() : QString());
    return true;
}

bool PipelineEditorWindow::saveTo(const QString& path, QString* error) {
    if (!m_document->pipeline().save(path, error))
        return false;
    m_document->setFilePath(path);
    m_document->undoStack()->setClean();
    settings::editorLastDir().setValue(QFileInfo(path).absolutePath());
    showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    updateTitle();
    return true;
}

bool PipelineEditorWindow::newFrom(const QString& name, QString* error) {
    Pipeline p;
    if (!Pipeline::load(name, p, error))
        return false;
    setPipeline(p);
    return true;
}

void PipelineEditorWindow::fillNewFromMenu() {
    m_newFromMenu->clear();
    auto add = [this](const QString& name, const QString& section) {
        QAction* a = m_newFromMenu->addAction(name);
        a->setToolTip(section);
        connect(a, &QAction::triggered, this, [this, name] {
            QString error;
            if (maybeSave() && !newFrom(name, &error))
                QMessageBox::warning(this, tr("New pipeline"), error);
        });
    };
    m_newFromMenu->addSection(tr("Built-in"));
    for (const QString& name : Pipeline::builtinNames())
        add(name, tr("built-in"));
    const QStringList user = Pipeline::userNames();
    if (!user.isEmpty()) {
        m_newFromMenu->addSection(tr("Saved for watch folders"));
        for (const QString& name : user)
            add(name, tr("user pipeline"));
    }
}

QString PipelineEditorWindow::addStageAtCentre(const QString& stageId) {
    QPointF at =
        m_view->mapToScene(m_view->viewport()->rect().center()) - QPointF(editorstyle::kNodeWidth / 2, 40);
    // Step aside from nodes already there, so repeated insertions stay visible.
    for (int i = 0; i < 40; ++i) {
        bool taken = false;
        for (const PipelineNode& n : m_document->pipeline().nodes)
            if (QLineF(n.position, at).length() < 20)
                taken = true;
        if (!taken)
            break;
        at += QPointF(30, 30);
    }
    const QString id = m_document->addNode(stageId, QPointF(std::round(at.x()), std::round(at.y())));
    if (!id.isEmpty()) {
        m_scene->selectNode(id);
        showMessage(tr("Added node '%1'").arg(id));
    }
    return id;
}

void PipelineEditorWindow::copySelection() {
    const QStringList ids = m_scene->selectedNodeIds();
    if (ids.isEmpty())
        return;
    const QByteArray json = m_document->fragment(ids).toJson();
    auto* data = new QMimeData;
    data->setData(kPipelineMime, json);
    data->setText(QString::fromUtf8(json));
    QApplication::clipboard()->setMimeData(data);
    m_pasteCount = 0;
    showMessage(tr("Copied %n node(s)", nullptr, int(ids.size())));
}

void PipelineEditorWindow::paste() {
    const QMimeData* data = QApplication::clipboard()->mimeData();
    if (!data)
        return;
    const QByteArray json =
        data->hasFormat(kPipelineMime) ? data->data(kPipelineMime) : data->text().toUtf8();
    Pipeline fragment;
    QString error;
    if (!Pipeline::fromJson(json, fragment, &error)) {
        showMessage(tr("Nothing to paste: the clipboard holds no pipeline nodes"));
        return;
    }
    ++m_pasteCount;
    const QStringList ids = m_document->insertFragment(fragment, QPointF(40, 40) * m_pasteCount);
    m_scene->clearSelection();
    for (const QString& id : ids)
        if (NodeItem* n = m_scene->nodeItem(id))
            n->setSelected(true);
}

void PipelineEditorWindow::duplicateSelection() {
    const QStringList ids = m_scene->selectedNodeIds();
    if (ids.isEmpty())
        return;
    const QStringList added = m_document->insertFragment(m_document->fragment(ids), QPointF(40, 40));
    m_scene->clearSelection();
    for (const QString& id : added)
        if (NodeItem* n = m_scene->nodeItem(id))
            n->setSelected(true);
}

void PipelineEditorWindow::deleteSelection() {
    const QStringList ids = m_scene->selectedNodeIds();
    const QList<PipelineEdge> edges = m_scene->selectedEdges();
    if (ids.isEmpty() && edges.isEmpty())
        return;
    m_document->removeItems(ids, edges);
}

QSizeF PipelineEditorWindow::cardSize(const QString& id) const {
    const NodeItem* n = m_scene->nodeItem(id);
    return n ? QSizeF(n->width(), n->height()) : QSizeF(editorstyle::kNodeWidth, 80);
}

void PipelineEditorWindow::tidyLayout() {
    const QHash<QString, QPointF> positions =
        sluice::tidyLayout(m_document->pipeline(), [this](const QString& id) { return cardSize(id); });
    if (positions.isEmpty()) {
        showMessage(tr("Tidy layout needs a pipeline without cycles"));
        return;
    }
    m_document->moveNodes(positions, tr("Tidy layout"));
    m_view->fitAll();
}

void PipelineEditorWindow::focusNode(const QString& id) {
    NodeItem* n = m_scene->nodeItem(id);
    if (!n)
        return;
    m_scene->selectNode(id);
    m_view->centreOn(n->sceneBoundingRect().center());
    m_rightTabs->setCurrentWidget(m_properties);
}

bool PipelineEditorWindow::tryFile(const QString& path, QString* error) {
    m_scene->resetRunStatus(false);
    m_output->setResult({});
    if (!m_tryRun->start(m_document->pipeline(), path, error)) {
        m_scene->resetRunStatus(true);
        return false;
    }
    m_cancelTryAction->setEnabled(true);
    m_tryAction->setEnabled(false);
    showMessage(tr("Trying %1…").arg(QFileInfo(path).fileName()));
    return true;
}

void PipelineEditorWindow::onTryFinished(const ItemResult& result) {
    m_cancelTryAction->setEnabled(false);
    m_tryAction->setEnabled(true);
    for (auto it = result.nodeStatus.constBegin(); it != result.nodeStatus.constEnd(); ++it) {
        const NodeItem* n = m_scene->nodeItem(it.key());
        if (n && n->runStatus() != it.value().toString())
            m_scene->setRunStatus(it.key(), it.value().toString(),
                                  result.item.results.value(it.key())
                                      .toObject()
                                      .value(QStringLiteral("duration_ms"))
                                      .toInteger(-1));
    }
    m_output->setResult(result);
    m_output->showNode(m_selectedNode);
    m_rightTabs->setCurrentWidget(m_output);
    showMessage(tr("%1: %2 in %3 ms")
                    .arg(QFileInfo(result.item.path).fileName(), result.status)
                    .arg(result.durationMs));
}

void PipelineEditorWindow::setWatchFolderController(WatchFolderController* controller) {
    m_watchFolders = controller;
}

bool PipelineEditorWindow::useForWatchFolders(const QString& name, const QString& folder, QString* error) {
    static const QRegularExpression namePattern(QStringLiteral("^[A-Za-z0-9_-]+$"));
    if (!namePattern.match(name).hasMatch()) {
        if (error)
            *error = tr("a pipeline name is letters, digits, '_' or '-'");
        return false;
    }
    if (Pipeline::builtinNames().contains(name)) {
        if (error)
            *error = tr("'%1' is a built-in pipeline; choose another name").arg(name);
        return false;
    }
    const QList<ValidationIssue> issues = m_document->pipeline().validate();
    if (!issues.isEmpty()) {
        if (error)
            *error = tr("the pipeline has %n problem(s); fix them first", nullptr, int(issues.size()));
        return false;
    }
    const QString dir = Pipeline::userPipelineDir();
    if (!QDir().mkpath(dir)) {
        if (error)
            *error = tr("cannot create '%1'").arg(dir);
        return false;
    }
    Pipeline p = m_document->pipeline();
    p.name = name;
    if (!p.save(QDir(dir).filePath(name + QStringLiteral(".sluice.json")), error))
        return false;
    if (!folder.isEmpty() && (m_watchFolders || m_service)) {
        WatchFolderConfig config =
            m_watchFolders ? m_watchFolders->config(folder) : m_service->watchFolderConfig(folder);
        if (config.name.isEmpty()) {
            if (error)
                *error = tr("no watch folder '%1'").arg(folder);
            return false;
        }
        config.pipeline = name;
        // Through the controller the pane's model and the saved watch folders follow; the service alone
        // would forget the assignment at the next start.
        const bool updated = m_watchFolders ? m_watchFolders->updateFolder(config.name, config, error)
                                            : m_service->updateWatchFolder(config, error);
        if (!updated)
            return false;
        showMessage(tr("Watch folder '%1' now runs pipeline '%2'").arg(folder, name));
        return true;
    }
    settings::watchPipeline().setValue(name);
    showMessage(tr("Saved as user pipeline '%1'; watch folders without a pipeline of their own use it from "
                   "the next start")
                    .arg(name));
    return true;
}

void PipelineEditorWindow::chooseOpen() {
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open pipeline"), settings::editorLastDir().value(), tr("Sluice pipelines (*.sluice.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!openFile(path, &error))
        QMessageBox::warning(this, tr("Open pipeline"), error);
    else
        settings::editorLastDir().setValue(QFileInfo(path).absolutePath());
}

bool PipelineEditorWindow::chooseSave() {
    const QString suggested =
        QDir(settings::editorLastDir().value())
            .filePath((m_document->pipeline().name.isEmpty() ? tr("untitled") : m_document->pipeline().name) +
                      QStringLiteral(".sluice.json"));
    QString path = QFileDialog::getSaveFileName(this, tr("Save pipeline"), suggested,
                                                tr("Sluice pipelines (*.sluice.json)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".sluice.json")))
        path += QStringLiteral(".sluice.json");
    QString error;
    if (!saveTo(path, &error)) {
        QMessageBox::warning(this, tr("Save pipeline"), error);
        return false;
    }
    return true;
}

void PipelineEditorWindow::chooseTry() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Try the pipeline on a sample file"),
                                                      settings::editorLastDir().value());
    if (path.isEmpty())
        return;
    QString error;
    if (!tryFile(path, &error))
        QMessageBox::warning(this, tr("Try it"), error);
}

void PipelineEditorWindow::chooseDryRun() {
    auto* dialog = new DryRunDialog(m_document->pipeline(), settings::watchFolders().value(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void PipelineEditorWindow::chooseUseForWatchFolders() {
    QString name = m_document->pipeline().name;
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]")), QStringLiteral("_"));
    if (Pipeline::builtinNames().contains(name))
        name += QStringLiteral("_custom");
    bool ok = false;
    name = QInputDialog::getText(
        this, tr("Use for watch folders"),
        tr("Save this pipeline as a user pipeline named:\n(watch folders use it from the "
           "next start of Sluice; `sluice-cli run --pipeline NAME` can use it now)"),
        QLineEdit::Normal, name, &ok);
    if (!ok)
        return;
    const QString byDefault =
        tr("Default for watch folders without their own pipeline (from the next start)");
    QStringList targets{byDefault};
    if (m_service)
        targets += m_service->watchFolders();
    const QString target = targets.size() == 1 ? byDefault
                                               : QInputDialog::getItem(this, tr("Use for watch folders"),
                                                                       tr("Run pipeline '%1' for:").arg(name),
                                                                       targets, 0, false, &ok);
    if (!ok)
        return;
    QString error;
    if (!useForWatchFolders(name, target == byDefault ? QString() : target, &error))
        QMessageBox::warning(this, tr("Use for watch folders"), error);
}

bool PipelineEditorWindow::maybeSave() {
    if (!m_document->isModified())
        return true;
    const auto answer =
        QMessageBox::question(this, tr("Pipeline editor"), tr("The pipeline has unsaved changes. Save them?"),
                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return chooseSave();
    return answer == QMessageBox::Discard;
}

void PipelineEditorWindow::showEvent(QShowEvent* event) {
    QMainWindow::showEvent(event);
    if (m_fitPending) {
        m_fitPending = false;
        QTimer::singleShot(0, this, [this] { m_view->fitAll(); });
    }
}

void PipelineEditorWindow::closeEvent(QCloseEvent* event) {
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    m_tryRun->cancel();
    settings::editorState().setValue(saveState());
    event->accept();
}

} // namespace sluice
