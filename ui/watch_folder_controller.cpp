#include "watch_folder_controller.h"

#include "service/processing_service.h"
#include "waiting_files_model.h"
#include "watch_folder_model.h"
#include "watch_folder_settings.h"

namespace sluice {

WatchFolderController::WatchFolderController(ProcessingService* service, WatchFolderModel* model,
                                             WaitingFilesModel* waiting, QObject* parent)
    : QObject(parent), m_service(service), m_model(model), m_waiting(waiting) {
    connect(service, &ProcessingService::statusChanged, this, &WatchFolderController::onStatusChanged);
    connect(service, &ProcessingService::statsChanged, model, &WatchFolderModel::updateStats);
    connect(service, &ProcessingService::waitingFilesChanged, waiting, &WaitingFilesModel::setFiles);
}

QStringList WatchFolderController::restoreSaved() {
    QStringList problems;
    for (const WatchFolderConfig& config : settings::loadWatchFolderConfigs()) {
        QString error;
        if (!addFolder(config, &error))
            problems.append(tr("Watch folder '%1' was not restored: %2").arg(config.name, error));
    }
    return problems;
}

bool WatchFolderController::addFolder(const QString& path, QString* error) {
    const QString root = WatchFolderModel::normalizedPath(path);
    if (root.isEmpty()) {
        if (error)
            *error = tr("No folder given.");
        return false;
    }
    if (m_model->rowOf(root) >= 0) {
        if (error)
            *error = tr("%1 is already watched.").arg(root);
        return false;
    }
    m_service->addWatchFolder(root);
    const WatchFolderConfig config = m_service->watchFolderConfig(root);
    if (config.name.isEmpty()) {
        if (error)
            *error = tr("%1 could not be watched; the event log says why.").arg(root);
        return false;
    }
    m_model->addFolder(config, m_service->status(config.name));
    m_waiting->setFiles(config.name, m_service->waitingFiles(config.name));
    save();
    Q_EMIT foldersChanged();
    return true;
}

bool WatchFolderController::addFolder(const WatchFolderConfig& config, QString* error) {
    if (m_model->rowOf(config.name) >= 0) {
        if (error)
            *error = tr("A watch folder named '%1' exists already.").arg(config.name);
        return false;
    }
    if (!m_service->addWatchFolder(config, error))
        return false;
    const WatchFolderConfig added = m_service->watchFolderConfig(config.name);
    m_model->addFolder(added.name.isEmpty() ? config : added, m_service->status(config.name));
    save();
    Q_EMIT foldersChanged();
    return true;
}

bool WatchFolderController::updateFolder(const QString& oldName, const WatchFolderConfig& config,
                                         QString* error) {
    if (m_model->rowOf(oldName) < 0) {
        if (error)
            *error = tr("There is no watch folder named '%1'.").arg(oldName);
        return false;
    }
    if (config.name == oldName) {
        if (!m_service->updateWatchFolder(config, error))
            return false;
    } else {
        if (m_model->rowOf(config.name) >= 0) {
            if (error)
                *error = tr("A watch folder named '%1' exists already.").arg(config.name);
            return false;
        }
        // A rename: the old watcher stops before the new one starts, so that no root is watched twice.
        const WatchFolderConfig old = m_service->watchFolderConfig(oldName);
        m_service->removeWatchFolder(oldName);
        if (!m_service->addWatchFolder(config, error)) {
            m_service->addWatchFolder(old, nullptr);
            return false;
        }
    }
    const WatchFolderConfig updated = m_service->watchFolderConfig(config.name);
    m_model->updateConfig(updated.name.isEmpty() ? config : updated, oldName);
    m_model->updateStatus(m_service->status(config.name));
    if (m_waiting->folder() == oldName) {
        m_waiting->setFolder(config.name);
        m_waiting->setFiles(config.name, m_service->waitingFiles(config.name));
    }
    save();
    Q_EMIT foldersChanged();
    return true;
}

bool WatchFolderController::removeFolder(const QString& name) {
    const int row = m_model->rowOf(name);
    if (row < 0)
        return false;
    const QString key = m_model->configAt(row).name;
    m_service->removeWatchFolder(key);
    m_model->removeFolder(key);
    if (m_waiting->folder() == key)
        m_waiting->setFolder({});
    save();
    Q_EMIT foldersChanged();
    return true;
}

void WatchFolderController::setPaused(const QString& name, bool paused) {
    const int row = m_model->rowOf(name);
    if (row < 0)
        return;
    const QString key = m_model->configAt(row).name;
    if (paused)
        m_service->pauseWatchFolder(key);
    else
        m_service->resumeWatchFolder(key);
    WatchFolderConfig config = m_model->configAt(row);
    config.paused = paused;
    m_model->updateConfig(config);
    m_model->updateStatus(m_service->status(key));
    save();
}

WatchFolderConfig WatchFolderController::config(const QString& name) const {
    const int row = m_model->rowOf(name);
    if (row < 0)
        return {};
    const WatchFolderConfig fromService = m_service->watchFolderConfig(m_model->configAt(row).name);
    return fromService.name.isEmpty() ? m_model->configAt(row) : fromService;
}

void WatchFolderController::showWaitingFilesOf(const QString& name) {
    const int row = m_model->rowOf(name);
    const QString key = row >= 0 ? m_model->configAt(row).name : QString();
    m_waiting->setFolder(key);
    if (!key.isEmpty())
        m_waiting->setFiles(key, m_service->waitingFiles(key));
}

void WatchFolderController::save() const {
    settings::saveWatchFolderConfigs(m_model->configs());
}

QString WatchFolderController::uniqueName(const QString& base) const {
    if (m_model->rowOf(base) < 0)
        return base;
    for (int i = 2;; ++i) {
        const QString candidate = QStringLiteral("%1 (%2)").arg(base).arg(i);
        if (m_model->rowOf(candidate) < 0)
            return candidate;
    }
}

void WatchFolderController::onStatusChanged(const sluice::WatchFolderStatus& status) {
    m_model->updateStatus(status);
}

} // namespace sluice
