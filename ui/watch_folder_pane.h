#pragma once

#include <QWidget>

class QAction;
class QListView;

namespace sluice {

class DropOverlay;
class WatchFolderModel;

/// The left pane: the list of watch folders with their counts and status, and buttons to add and
/// remove one. Dropping folders onto the pane asks to watch them; dropping files asks to process them.
/// The pane does not talk to the service itself: it emits requests that the main window carries out.
class WatchFolderPane : public QWidget {
    Q_OBJECT
public:
    /// `addAction` and `removeAction` are the main window's actions; the pane shows them as buttons.
    WatchFolderPane(WatchFolderModel* model, QAction* addAction, QAction* removeAction,
                    QWidget* parent = nullptr);

    QListView* view() const { return m_view; }
    /// The path of the selected folder, empty when none is selected.
    QString selectedFolder() const;
    /// Selects the row of `root` (if listed).
    void selectFolder(const QString& root);

Q_SIGNALS:
    /// Folders were dropped on the pane: watch them.
    void foldersDropped(const QStringList& folders);
    /// Files (not folders) were dropped on the pane: process them once.
    void filesDropped(const QStringList& files);
    /// The selection changed; empty when nothing is selected.
    void selectionChanged(const QString& root);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dragLeaveEvent(QDragLeaveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    WatchFolderModel* m_model;
    QListView* m_view;
    DropOverlay* m_overlay;
};

} // namespace sluice
