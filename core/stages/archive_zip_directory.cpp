#include "archive_zip_directory.h"

#include <QFile>
#include <QtEndian>

namespace sluice {

namespace {

constexpr quint32 kEocdSignature = 0x06054b50;
constexpr quint32 kZip64LocatorSignature = 0x07064b50;
constexpr quint32 kZip64EocdSignature = 0x06064b50;
constexpr quint32 kCentralSignature = 0x02014b50;
constexpr qint64 kMaxDirectoryBytes = 256LL << 20;
constexpr qint64 kMaxEntries = 1000000;

quint16 u16(const QByteArray& b, qsizetype at) {
    return qFromLittleEndian<quint16>(b.constData() + at);
}
quint32 u32(const QByteArray& b, qsizetype at) {
    return qFromLittleEndian<quint32>(b.constData() + at);
}
quint64 u64(const QByteArray& b, qsizetype at) {
    return qFromLittleEndian<quint64>(b.constData() + at);
}

QByteArray readAt(QFile& file, qint64 offset, qint64 length) {
    if (offset < 0 || length < 0 || !file.seek(offset))
        return {};
    return file.read(length);
}

} // namespace

QString zipMethodName(quint16 method) {
    switch (method) {
    case 0:
        return QStringLiteral("stored");
    case 1:
        return QStringLiteral("shrink");
    case 6:
        return QStringLiteral("implode");
    case 8:
        return QStringLiteral("deflate");
    case 9:
        return QStringLiteral("deflate64");
    case 12:
        return QStringLiteral("bzip2");
    case 14:
        return QStringLiteral("lzma");
    case 93:
        return QStringLiteral("zstd");
    case 95:
        return QStringLiteral("xz");
    case 98:
        return QStringLiteral("ppmd");
    case 99:
        return QStringLiteral("aes");
    default:
        return QStringLiteral("method %1").arg(method);
    }
}

bool readZipDirectory(const QString& path, QList<ZipDirectoryEntry>* entries, QString* error) {
    entries->clear();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    const qint64 size = file.size();
    const qint64 tailLength = qMin<qint64>(size, 22 + 65535);
    const QByteArray tail = readAt(file, size - tailLength, tailLength);
    qsizetype eocd = -1;
    for (qsizetype i = tail.size() - 22; i >= 0; --i) {
        if (u32(tail, i) == kEocdSignature && i + 22 + u16(tail, i + 20) <= tail.size()) {
            eocd = i;
            break;
        }
    }
    if (eocd < 0) {
        *error = QStringLiteral("no end-of-central-directory record");
        return false;
    }
    const qint64 eocdPos = size - tailLength + eocd;
    qint64 count = u16(tail, eocd + 10);
    qint64 dirSize = u32(tail, eocd + 12);
    qint64 dirOffset = u32(tail, eocd + 16);
    qint64 dirEnd = eocdPos; // where the directory must end in the file
    // A ZIP64 end record and its locator sit between the directory and the end record whenever a writer
    // made them (APPNOTE 4.3.14–4.3.15), also when no field of the end record is at its maximum: look for
    // the locator in any case, or such a directory is read 76 bytes too early.
    {
        const QByteArray locator = eocdPos >= 20 ? readAt(file, eocdPos - 20, 20) : QByteArray();
        if (locator.size() == 20 && u32(locator, 0) == kZip64LocatorSignature) {
            const qint64 zip64Pos = static_cast<qint64>(u64(locator, 8));
            QByteArray rec = readAt(file, zip64Pos, 56);
            qint64 shift = 0;
            if (rec.size() != 56 || u32(rec, 0) != kZip64EocdSignature) {
                // Prepended bytes shift every offset: the record then sits right before the locator.
                rec = readAt(file, eocdPos - 20 - 56, 56);
                shift = 1;
            }
            if (rec.size() == 56 && u32(rec, 0) == kZip64EocdSignature) {
                count = static_cast<qint64>(u64(rec, 32));
                dirSize = static_cast<qint64>(u64(rec, 40));
                dirOffset = static_cast<qint64>(u64(rec, 48));
                dirEnd = shift ? eocdPos - 20 - 56 : zip64Pos;
            }
        }
    }
    if (count > kMaxEntries || dirSize > kMaxDirectoryBytes || dirSize < 0 || dirSize > dirEnd) {
        *error =
            QStringLiteral("implausible central directory (%1 entries, %2 bytes)").arg(count).arg(dirSize);
        return false;
    }
    // The directory ends where the end record starts; a difference to the stored offset is prepended junk.
    const qint64 dirStart = dirEnd - dirSize;
    const QByteArray dir = readAt(file, dirStart, dirSize);
    if (dir.size() != dirSize) {
        *error = QStringLiteral("cannot read the central directory");
        return false;
    }
    Q_UNUSED(dirOffset);
    qsizetype at = 0;
    for (qint64 n = 0; n < count; ++n) {
        if (at + 46 > dir.size() || u32(dir, at) != kCentralSignature) {
            *error = QStringLiteral("central directory record %1 is damaged").arg(n + 1);
            return false;
        }
        ZipDirectoryEntry e;
        e.flags = u16(dir, at + 8);
        e.method = u16(dir, at + 10);
        e.crc32 = u32(dir, at + 16);
        e.compressedSize = u32(dir, at + 20);
        e.uncompressedSize = u32(dir, at + 24);
        const quint16 nameLength = u16(dir, at + 28);
        const quint16 extraLength = u16(dir, at + 30);
        const quint16 commentLength = u16(dir, at + 32);
        e.localHeaderOffset = u32(dir, at + 42);
        if (at + 46 + nameLength + extraLength + commentLength > dir.size()) {
            *error = QStringLiteral("central directory record %1 is damaged").arg(n + 1);
            return false;
        }
        e.rawName = dir.mid(at + 46, nameLength);
        // Extra fields (APPNOTE 4.5): ZIP64 sizes (0x0001) and WinZip AES (0x9901).
        qsizetype x = at + 46 + nameLength;
        const qsizetype xEnd = x + extraLength;
        while (x + 4 <= xEnd) {
            const quint16 id = u16(dir, x);
            const quint16 len = u16(dir, x + 2);
            const qsizetype data = x + 4;
            if (data + len > xEnd)
                break;
            if (id == 0x0001) {
                qsizetype p = data;
                if (e.uncompressedSize == 0xFFFFFFFF && p + 8 <= data + len) {
                    e.uncompressedSize = static_cast<qint64>(u64(dir, p));
                    p += 8;
                }
                if (e.compressedSize == 0xFFFFFFFF && p + 8 <= data + len) {
                    e.compressedSize = static_cast<qint64>(u64(dir, p));
                    p += 8;
                }
                if (e.localHeaderOffset == 0xFFFFFFFF && p + 8 <= data + len)
                    e.localHeaderOffset = static_cast<qint64>(u64(dir, p));
            } else if (id == 0x9901 && len >= 7) {
                e.aesMethod = u16(dir, data + 5);
            }
            x = data + len;
        }
        entries->append(e);
        at += 46 + nameLength + extraLength + commentLength;
    }
    return true;
}

} // namespace sluice
