#pragma once

#include "watch/watch_config.h"

#include <QObject>
#include <QStringList>

namespace sluice {

class ProcessingService;
class WatchFolderModel;
class WaitingFilesModel;

/// Keeps the watch-folder pane's models, the ProcessingService and the saved settings in step: every
/// add, edit, removal, pause and resume goes to the service first, then into the model, then into the
/// settings (settings::saveWatchFolderConfigs). Status and waiting-file signals of the service update
/// the model and the waiting list. Lives on the GUI thread; the service must outlive it.
class WatchFolderController : public QObject {
    Q_OBJECT
public:
    WatchFolderController(ProcessingService* service, WatchFolderModel* model, WaitingFilesModel* waiting,
                          QObject* parent = nullptr);

    /// Adds the saved watch folders (migrating the older list of paths, see loadWatchFolderConfigs).
    /// Returns the problems, one translated sentence per folder that could not be added.
    QStringList restoreSaved();

    /// Watches `path` with default settings (the folder is named after the path). False with `error`
    /// when it is already watched or the service refuses it.
    bool addFolder(const QString& path, QString* error = nullptr);
    /// Adds a watch folder from a full config. False with `error` (translated) when the service refuses it.
    bool addFolder(const WatchFolderConfig& config, QString* error = nullptr);
    /// Replaces the config of the folder named `oldName` with `config` (which may rename it). On failure
    /// the old folder stays as it was and `error` says why.
    bool updateFolder(const QString& oldName, const WatchFolderConfig& config, QString* error = nullptr);
    /// Stops watching the folder `name`. False when it is not listed.
    bool removeFolder(const QString& name);
    /// Holds or resumes processing of the folder `name` (the watcher keeps watching).
    void setPaused(const QString& name, bool paused);
    /// The config of `name` as the service has it (a default config with an empty name when unknown).
    WatchFolderConfig config(const QString& name) const;
    /// Shows the waiting files of `name` in the waiting list (empty: none).
    void showWaitingFilesOf(const QString& name);
    /// Saves the model's configs now.
    void save() const;

    /// A name not used by any watch folder yet: `base`, else "base (2)", "base (3)", ….
    QString uniqueName(const QString& base) const;

Q_SIGNALS:
    /// Folders were added, removed, renamed or their roots changed (the event log's folder list follows).
    void foldersChanged();

private:
    void onStatusChanged(const sluice::WatchFolderStatus& status);

    ProcessingService* m_service;
    WatchFolderModel* m_model;
    WaitingFilesModel* m_waiting;
};

} // namespace sluice
