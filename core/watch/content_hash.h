#pragma once

#include "watch_config.h"

#include <QString>
#include <optional>

namespace sluice {

/// XXH3-64 (libxxhash) of a file's content, to notice a change that keeps size and mtime.
/// FirstMiB hashes the first 1,048,576 bytes, Full the whole file, read in 256 KiB blocks.
/// Returns nullopt when the mode is Off or the file cannot be read.
std::optional<quint64> contentHash(const QString& path, ContentHashMode mode);

} // namespace sluice
