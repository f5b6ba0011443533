#pragma once

#include <QString>

namespace sluice {

/// How an object key is made from a file.
enum class ObjectKeySource {
    FileName,    ///< the file's name only
    RelativePath ///< its path relative to the watch folder ('/'-separated); the name when there is none
};

/// The S3 object key for `path`: `prefix` (a trailing '/' added when missing, leading '/' dropped) followed
/// by the file name or the path relative to `watchRoot`, in Unicode NFC (so a name typed on macOS, stored
/// decomposed, gives the same key as on Linux). Returns an empty string and sets `error` (translated) when
/// the key would be empty, longer than S3's 1,024 UTF-8 bytes, or the file lies outside `watchRoot`
/// (never a key with "..").
QString makeObjectKey(const QString& prefix, const QString& path, const QString& watchRoot,
                      ObjectKeySource source, QString* error);

} // namespace sluice
