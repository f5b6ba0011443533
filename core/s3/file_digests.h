#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <functional>

namespace sluice {

/// MD5 and SHA-256 of one byte range of a file (one upload part, or the whole file).
struct PartDigest {
    qint64 offset = 0; ///< bytes from the start of the file
    qint64 length = 0; ///< bytes
    QByteArray md5;    ///< 16 raw bytes (Content-MD5 is its base64; an S3 part ETag its hex)
    QByteArray sha256; ///< 32 raw bytes (x-amz-content-sha256 is its hex)
};

/// The digests an upload needs, from one pass over the file.
struct FileDigests {
    qint64 size = 0;         ///< bytes
    QByteArray md5;          ///< MD5 of the whole file, 16 raw bytes
    QByteArray sha256;       ///< SHA-256 of the whole file, 32 raw bytes
    QList<PartDigest> parts; ///< one per part, in order; a single part for a non-multipart upload
};

/// Reads `path` once in 1 MiB chunks through OpenSSL EVP and computes MD5 + SHA-256 of each `partSize`
/// range (the last one shorter; `partSize` <= 0: one part) and MD5 + SHA-256 of the whole file. `progress`
/// gets the bytes read so far and may return false to stop. Returns false with a translated `error` when the
/// file cannot be read (or reading was stopped: error "canceled").
bool computeFileDigests(const QString& path, qint64 partSize, FileDigests* digests, QString* error,
                        const std::function<bool(qint64)>& progress = {});

/// The ETag S3 gives a multipart object: hex MD5 of the concatenated raw part MD5s, "-", the part count
/// (e.g. "d41d8cd98f00b204e9800998ecf8427e-3"). Not an official formula, but the one S3 has always used
/// and that the AWS CLI and rclone check against.
QString multipartEtag(const QList<QByteArray>& partMd5s);

} // namespace sluice
