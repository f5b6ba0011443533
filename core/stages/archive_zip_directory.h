#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace sluice {

/// One record of a zip central directory (PKWARE APPNOTE.TXT 6.3.10, section 4.3.12), with ZIP64 sizes
/// (section 4.5.3) applied.
struct ZipDirectoryEntry {
    QByteArray rawName; ///< file name bytes exactly as stored
    quint16 flags = 0;  ///< general purpose bit flag (bit 0 encrypted, bit 3 data descriptor, bit 11 UTF-8)
    quint16 method =
        0; ///< compression method (0 stored, 8 deflate, 12 bzip2, 14 lzma, 93 zstd, 95 xz, 99 AES)
    quint16 aesMethod = 0; ///< for method 99: the real method from the AE-x extra field 0x9901, else 0
    quint32 crc32 = 0;     ///< CRC-32 of the uncompressed data
    qint64 compressedSize = 0;
    qint64 uncompressedSize = 0;
    qint64 localHeaderOffset = 0; ///< as stored (before correcting for bytes prepended to the archive)

    bool utf8Name() const { return flags & 0x0800; }
    bool encrypted() const { return flags & 0x0001; }
};

/// Reads the central directory of the zip file at `path` without trusting it further than its own bounds:
/// finds the end-of-central-directory record in the last 64 KiB + 22 bytes, follows the ZIP64 locator when
/// present, tolerates bytes prepended to the archive (self-extractor stubs) and caps the directory at
/// 1,000,000 records and 256 MiB. Returns false with `error` set when there is no readable directory (a
/// truncated copy, not a zip). Entries are in directory order.
bool readZipDirectory(const QString& path, QList<ZipDirectoryEntry>* entries, QString* error);

/// Human name of a zip compression method number (APPNOTE 4.4.5), e.g. 8 → "deflate", 12 → "bzip2".
QString zipMethodName(quint16 method);

} // namespace sluice
