#pragma once

#include "watch/watch_config.h"

#include <QList>

namespace sluice::settings {

/// The watch folders saved between runs, as full configs: QSettings key `watch/folderConfigs`, a JSON
/// array of WatchFolderConfig::toJson() objects (stored as text, so the settings file stays readable).
///
/// Migration: when that key is missing and the older `watch/folders` list (plain folder paths, before
/// watch folders had configs) exists, each path becomes a config named after the path with default
/// filters — the form ProcessingService::addWatchFolder(path) gives — the configs are saved under the
/// new key and the old key is removed. Entries that are not objects are skipped.
QList<WatchFolderConfig> loadWatchFolderConfigs();
/// Saves `configs` under `watch/folderConfigs` (replacing what was there).
void saveWatchFolderConfigs(const QList<WatchFolderConfig>& configs);

} // namespace sluice::settings
