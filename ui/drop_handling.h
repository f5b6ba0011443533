#pragma once

#include <QStringList>

class QMimeData;

namespace sluice {

/// What a drag carries, in the terms Sluice cares about: local files and folders.
namespace drop {

/// The local paths of a drag's file URLs, cleaned, without duplicates, in the order given.
QStringList localPaths(const QMimeData* mime);
/// True when the drag carries at least one local path.
bool hasLocalPaths(const QMimeData* mime);
/// Sorts paths into folders and everything else. Costs one stat per path (on a user's drop only).
void splitFoldersAndFiles(const QStringList& paths, QStringList* folders, QStringList* files);

} // namespace drop

} // namespace sluice
