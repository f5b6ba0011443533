#pragma once

#include <QMap>
#include <QString>
#include <optional>

namespace sluice {

/// What survives a crash of a multipart upload: enough to find the upload again (ListParts) and to
/// finish it instead of starting over. No credentials are kept.
struct MultipartState {
    QString url;         ///< the object's URL (endpoint, bucket, key)
    QString uploadId;    ///< S3's multipart upload id
    QString sourcePath;  ///< absolute path of the file being uploaded
    qint64 size = 0;     ///< bytes of the source when the upload began
    qint64 mtimeMs = 0;  ///< source modification time, ms since the epoch (UTC)
    qint64 partSize = 0; ///< bytes per part
    /// Parts the service confirmed, each with the ETag it returned (checked against the part's MD5).
    QMap<int, QString> parts;
    QString started; ///< ISO 8601 UTC

    /// True when `other` describes the same source and part layout (the upload may be resumed).
    bool sameUpload(const MultipartState& other) const;
};

/// One JSON file per unfinished multipart upload, `<dir>/<sha256 of url + source path>.json`, written
/// atomically (QSaveFile) after every confirmed part and removed when the upload completes or is given up.
/// Default folder: <AppDataLocation>/s3-uploads (QStandardPaths).
class MultipartStateFile {
public:
    /// `dir` empty: the default folder.
    MultipartStateFile(const QString& dir, const QString& url, const QString& sourcePath);

    static QString defaultDirectory();
    QString path() const { return m_path; }

    /// The saved state; nothing when there is none or it cannot be read (a damaged file is ignored).
    std::optional<MultipartState> load() const;
    /// Writes `state` atomically; false with a translated `error` when the folder is not writable.
    bool save(const MultipartState& state, QString* error) const;
    /// Deletes the file (no error when it is gone already).
    void remove() const;

private:
    QString m_path;
};

} // namespace sluice
