#include "watch_folder_pane.h"

#include "drop_handling.h"
#include "drop_overlay.h"
#include "empty_state.h"
#include "event_labels.h"
#include "waiting_files_model.h"
#include "watch_folder_controller.h"
#include "watch_folder_delegate.h"
#include "watch_folder_dialog.h"
#include "watch_folder_model.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QSplitter>
#include <QStyle>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace sluice {

namespace {

/// A list view that says what to do while it is empty.
class WatchFolderView : public QListView {
public:
    using QListView::QListView;

protected:
    void paintEvent(QPaintEvent* event) override {
        QListView::paintEvent(event);
        if (model() && model()->rowCount() == 0) {
            paintEmptyState(viewport(), WatchFolderPane::tr("No folders watched yet"),
                            WatchFolderPane::tr("Click “Add Folder…” or drag a folder here. Every file that "
                                                "arrives in it is processed."));
        }
    }
};

/// The waiting list; says so while no file waits.
class WaitingView : public QTreeView {
public:
    using QTreeView::QTreeView;
    bool folderSelected = false;

protected:
    void paintEvent(QPaintEvent* event) override {
        QTreeView::paintEvent(event);
        if (model() && model()->rowCount() == 0) {
            paintEmptyState(viewport(),
                            folderSelected ? WatchFolderPane::tr("No file is waiting")
                                           : WatchFolderPane::tr("Select a watch folder"),
                            folderSelected ? WatchFolderPane::tr("Files being written appear here until they "
                                                                 "are complete.")
                                           : QString());
        }
    }
};

} // namespace

WatchFolderPane::WatchFolderPane(WatchFolderModel* model, WaitingFilesModel* waiting, QAction* addAction,
                                 QAction* removeAction, QWidget* parent)
    : QWidget(parent), m_model(model), m_waiting(waiting), m_view(new WatchFolderView(this)),
      m_waitingView(new WaitingView(this)), m_waitingTitle(new QLabel(this)) {
    setAcceptDrops(true);
    setMinimumWidth(220);

    auto* title = new QLabel(tr("Watch folders"), this);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_editAction =
        new QAction(EventLabels::kindIcon(QStringLiteral("modified")), tr("&Edit Watch Folder…"), this);
    m_editAction->setToolTip(tr("Edit the selected folder's roots, filters, events and pipeline"));
    m_editAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_editAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_editAction, &QAction::triggered, this, &WatchFolderPane::editSelectedFolder);
    m_pauseAction = new QAction(style()->standardIcon(QStyle::SP_MediaPause), tr("&Pause"), this);
    m_pauseAction->setToolTip(tr("Hold processing of the selected folder; its files are still watched"));
    connect(m_pauseAction, &QAction::triggered, this, &WatchFolderPane::togglePauseSelected);
    auto* newAction = new QAction(tr("&New Watch Folder…"), this);
    connect(newAction, &QAction::triggered, this, [this] { newFolder(); });

    m_view->setModel(model);
    m_view->setItemDelegate(new WatchFolderDelegate(m_view));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setUniformItemSizes(true);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->setAcceptDrops(false); // drops go to the pane
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addAction(m_editAction);
    m_view->addAction(m_pauseAction);
    m_view->addAction(removeAction);
    auto* separator = new QAction(this);
    separator->setSeparator(true);
    m_view->addAction(separator);
    m_view->addAction(newAction);
    m_view->setAccessibleName(tr("Watch folders"));
    connect(m_view, &QAbstractItemView::doubleClicked, this, &WatchFolderPane::editSelectedFolder);

    auto makeButton = [this](QAction* action, bool withText) {
        auto* button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(withText ? Qt::ToolButtonTextBesideIcon : Qt::ToolButtonIconOnly);
        if (withText)
            button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        return button;
    };
    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(makeButton(addAction, true));
    buttons->addWidget(makeButton(m_editAction, false));
    buttons->addWidget(makeButton(m_pauseAction, false));
    buttons->addWidget(makeButton(removeAction, false));

    m_waitingView->setModel(waiting);
    m_waitingView->setRootIsDecorated(false);
    m_waitingView->setUniformRowHeights(true);
    m_waitingView->setAlternatingRowColors(true);
    m_waitingView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_waitingView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_waitingView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_waitingView->setTextElideMode(Qt::ElideMiddle);
    m_waitingView->setAcceptDrops(false);
    m_waitingView->setIconSize(QSize(16, 16));
    m_waitingView->setAccessibleName(tr("Files waiting at the stability gate"));
    m_waitingView->header()->setStretchLastSection(false);
    m_waitingView->header()->setSectionResizeMode(WaitingFilesModel::FileColumn, QHeaderView::Stretch);
    for (int column : {int(WaitingFilesModel::StateColumn), int(WaitingFilesModel::SizeColumn),
                       int(WaitingFilesModel::WaitingColumn)})
        m_waitingView->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_waitingTitle->setFont(titleFont);

    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(title);
    topLayout->addWidget(m_view, 1);
    topLayout->addLayout(buttons);
    auto* bottom = new QWidget(this);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 6, 0, 0);
    bottomLayout->addWidget(m_waitingTitle);
    bottomLayout->addWidget(m_waitingView, 1);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(top);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 3, 6);
    layout->addWidget(split);

    m_overlay = new DropOverlay(this);

    // selectionChanged, not currentChanged: a mouse press moves the current index before it selects the
    // row, so at currentChanged time selectedFolder() would still be empty.
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &WatchFolderPane::onSelectionChanged);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &WatchFolderPane::onSelectionChanged);
    connect(model, &QAbstractItemModel::dataChanged, this, &WatchFolderPane::updateActions);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(waiting, signal, this, &WatchFolderPane::updateWaitingTitle);
    connect(waiting, &QAbstractItemModel::modelReset, this, &WatchFolderPane::updateWaitingTitle);
    updateActions();
    updateWaitingTitle();
}

void WatchFolderPane::setController(WatchFolderController* controller) {
    m_controller = controller;
    onSelectionChanged();
}

QString WatchFolderPane::selectedFolder() const {
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isSelected(current))
        return {};
    return current.data(WatchFolderModel::NameRole).toString();
}

void WatchFolderPane::selectFolder(const QString& name) {
    const int row = m_model->rowOf(name);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row));
}

void WatchFolderPane::onSelectionChanged() {
    const QString name = selectedFolder();
    if (m_controller)
        m_controller->showWaitingFilesOf(name);
    static_cast<WaitingView*>(m_waitingView)->folderSelected = !name.isEmpty();
    m_waitingView->viewport()->update();
    updateActions();
    updateWaitingTitle();
    Q_EMIT selectionChanged(name);
}

void WatchFolderPane::updateActions() {
    const QString name = selectedFolder();
    const int row = m_model->rowOf(name);
    const bool selected = !name.isEmpty() && row >= 0;
    m_editAction->setEnabled(selected && m_controller);
    m_pauseAction->setEnabled(selected && m_controller);
    const bool paused = selected && m_model->index(row).data(WatchFolderModel::PausedRole).toBool();
    m_pauseAction->setText(paused ? tr("&Resume") : tr("&Pause"));
    m_pauseAction->setIcon(style()->standardIcon(paused ? QStyle::SP_MediaPlay : QStyle::SP_MediaPause));
    m_pauseAction->setToolTip(
        paused ? tr("Resume processing of the selected folder")
               : tr("Hold processing of the selected folder; its files are still watched"));
}

void WatchFolderPane::updateWaitingTitle() {
    const int count = m_waiting->rowCount();
    m_waitingTitle->setText(count > 0 ? tr("Waiting until complete (%1)").arg(count)
                                      : tr("Waiting until complete"));
}

void WatchFolderPane::editSelectedFolder() {
    const QString name = selectedFolder();
    if (name.isEmpty() || !m_controller)
        return;
    const WatchFolderConfig before = m_controller->config(name);
    WatchFolderDialog dialog(this);
    dialog.setWindowTitle(tr("Edit Watch Folder"));
    dialog.setConfig(before);
    dialog.setNameCheck([this, name](const QString& candidate) {
        return candidate != name && m_model->rowOf(candidate) >= 0
                   ? tr("A watch folder named '%1' exists already.").arg(candidate)
                   : QString();
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    const WatchFolderConfig after = dialog.config();
    if (after == before)
        return;
    QString error;
    if (!m_controller->updateFolder(name, after, &error)) {
        QMessageBox::warning(this, tr("Edit Watch Folder"),
                             tr("The watch folder was not changed:\n\n%1").arg(error));
        return;
    }
    selectFolder(after.name);
}

void WatchFolderPane::newFolder(const QString& root) {
    if (!m_controller)
        return;
    WatchFolderDialog dialog(this);
    dialog.setWindowTitle(tr("New Watch Folder"));
    if (!root.isEmpty())
        dialog.addRoot(root);
    dialog.setNameCheck([this](const QString& candidate) {
        return m_model->rowOf(candidate) >= 0 ? tr("A watch folder named '%1' exists already.").arg(candidate)
                                              : QString();
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    const WatchFolderConfig config = dialog.config();
    if (!m_controller->addFolder(config, &error)) {
        QMessageBox::warning(this, tr("New Watch Folder"), tr("The folder is not watched:\n\n%1").arg(error));
        return;
    }
    selectFolder(config.name);
}

void WatchFolderPane::togglePauseSelected() {
    const QString name = selectedFolder();
    const int row = m_model->rowOf(name);
    if (name.isEmpty() || row < 0 || !m_controller)
        return;
    const bool paused = m_model->index(row).data(WatchFolderModel::PausedRole).toBool();
    m_controller->setPaused(name, !paused);
    updateActions();
}

void WatchFolderPane::dragEnterEvent(QDragEnterEvent* event) {
    if (!drop::hasLocalPaths(event->mimeData()))
        return;
    event->acceptProposedAction();
    m_overlay->showWithText(tr("Drop folders here to watch them"));
}

void WatchFolderPane::dragMoveEvent(QDragMoveEvent* event) {
    if (drop::hasLocalPaths(event->mimeData()))
        event->acceptProposedAction();
}

void WatchFolderPane::dragLeaveEvent(QDragLeaveEvent* event) {
    (void)event;
    m_overlay->hide();
}

void WatchFolderPane::dropEvent(QDropEvent* event) {
    m_overlay->hide();
    const QStringList paths = drop::localPaths(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    QStringList folders;
    QStringList files;
    drop::splitFoldersAndFiles(paths, &folders, &files);
    if (!folders.isEmpty())
        Q_EMIT foldersDropped(folders);
    if (!files.isEmpty())
        Q_EMIT filesDropped(files);
}

} // namespace sluice
