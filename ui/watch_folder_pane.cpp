#include "watch_folder_pane.h"

#include "drop_handling.h"
#include "drop_overlay.h"
#include "empty_state.h"
#include "watch_folder_delegate.h"
#include "watch_folder_model.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QToolButton>
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

} // namespace

WatchFolderPane::WatchFolderPane(WatchFolderModel* model, QAction* addAction, QAction* removeAction,
                                 QWidget* parent)
    : QWidget(parent), m_model(model), m_view(new WatchFolderView(this)) {
    setAcceptDrops(true);
    setMinimumWidth(220);

    auto* title = new QLabel(tr("Watch folders"), this);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_view->setModel(model);
    m_view->setItemDelegate(new WatchFolderDelegate(m_view));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setUniformItemSizes(true);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->setAcceptDrops(false); // drops go to the pane
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addAction(removeAction);
    m_view->setAccessibleName(tr("Watch folders"));

    auto makeButton = [this](QAction* action) {
        auto* button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        return button;
    };
    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(makeButton(addAction));
    buttons->addWidget(makeButton(removeAction));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 3, 6);
    layout->addWidget(title);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    m_overlay = new DropOverlay(this);

    // selectionChanged, not currentChanged: a mouse press moves the current index before it selects the
    // row, so at currentChanged time selectedFolder() would still be empty.
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { Q_EMIT selectionChanged(selectedFolder()); });
    connect(model, &QAbstractItemModel::rowsRemoved, this,
            [this] { Q_EMIT selectionChanged(selectedFolder()); });
}

QString WatchFolderPane::selectedFolder() const {
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isSelected(current))
        return {};
    return current.data(WatchFolderModel::PathRole).toString();
}

void WatchFolderPane::selectFolder(const QString& root) {
    const int row = m_model->rowOf(root);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row));
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
