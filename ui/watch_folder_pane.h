#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QListView;
class QTreeView;

namespace sluice {

class DropOverlay;
class WaitingFilesModel;
class WatchFolderController;
class WatchFolderModel;

/// The left pane: the watch folders with their state (watching / polling / paused / error, with the
/// reason) and counts; buttons and a context menu to add, edit (WatchFolderDialog), pause or resume and
/// remove one; and below, the files of the selected folder that wait at the stability gate, with why
/// (still growing, locked, ready), updated live. Dropping folders onto the pane asks to watch them;
/// dropping files asks to process them.
///
/// Edits, pauses and the waiting list go through the WatchFolderController given with setController();
/// adding and removing are the main window's actions (shown as buttons).
class WatchFolderPane : public QWidget {
    Q_OBJECT
public:
    /// `addAction` and `removeAction` are the main window's actions; the pane shows them as buttons.
    WatchFolderPane(WatchFolderModel* model, WaitingFilesModel* waiting, QAction* addAction,
                    QAction* removeAction, QWidget* parent = nullptr);

    /// The controller that carries out edits and pauses, and feeds the waiting list.
    void setController(WatchFolderController* controller);

    QListView* view() const { return m_view; }
    QTreeView* waitingView() const { return m_waitingView; }
    QAction* editAction() const { return m_editAction; }
    QAction* pauseAction() const { return m_pauseAction; }
    /// The name of the selected folder, empty when none is selected.
    QString selectedFolder() const;
    /// Selects the row of `name` (if listed).
    void selectFolder(const QString& name);

public Q_SLOTS:
    /// Opens the WatchFolderDialog on the selected folder; applies what is accepted.
    void editSelectedFolder();
    /// Opens the WatchFolderDialog on a new folder (with `root` filled in when given); adds it when accepted.
    void newFolder(const QString& root = {});
    /// Pauses the selected folder when it runs, resumes it when it is paused.
    void togglePauseSelected();

Q_SIGNALS:
    /// Folders were dropped on the pane: watch them.
    void foldersDropped(const QStringList& folders);
    /// Files (not folders) were dropped on the pane: process them once.
    void filesDropped(const QStringList& files);
    /// The selection changed; empty when nothing is selected.
    void selectionChanged(const QString& name);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dragLeaveEvent(QDragLeaveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void onSelectionChanged();
    void updateActions();
    void updateWaitingTitle();

    WatchFolderModel* m_model;
    WaitingFilesModel* m_waiting;
    WatchFolderController* m_controller = nullptr;
    QListView* m_view;
    QTreeView* m_waitingView;
    QLabel* m_waitingTitle;
    QAction* m_editAction;
    QAction* m_pauseAction;
    DropOverlay* m_overlay;
};

} // namespace sluice
