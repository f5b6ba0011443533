#include "image_header.h"

#include <QImageReader>
#include <QMutex>
#include <QSet>
#include <QtMath>

namespace sluice {
namespace imageheader {

/// GIF canvas and frame extents, per the GIF89a specification
/// (https://www.w3.org/Graphics/GIF/spec-gif89a.txt). `width`/`height` become the union of the logical screen
/// and every image descriptor rectangle.
std::optional<HeaderInfo> scanGif(FileBytes& f) {
    char sig[6];
    if (!f.read(0, sig, 6) || (std::memcmp(sig, "GIF87a", 6) != 0 && std::memcmp(sig, "GIF89a", 6) != 0))
        return std::nullopt;
    quint8 lsd[7];
    if (!f.read(6, lsd, 7))
        return std::nullopt;
    HeaderInfo h;
    h.format = QStringLiteral("gif");
    h.width = lsd[0] | (lsd[1] << 8);
    h.height = lsd[2] | (lsd[3] << 8);
    qint64 pos = 13;
    if (lsd[4] & 0x80)
        pos += 3 * (1 << ((lsd[4] & 7) + 1));
    auto skipSubBlocks = [&f](qint64& p) {
        for (;;) {
            const std::optional<quint8> n = f.byte(p);
            if (!n)
                return false;
            p += 1 + *n;
            if (*n == 0)
                return true;
        }
    };
    while (h.frames < 100000) {
        const std::optional<quint8> block = f.byte(pos);
        if (!block || *block == 0x3B) // trailer or end of data
            break;
        if (*block == 0x21) { // extension: label, then sub-blocks
            pos += 2;
            if (!skipSubBlocks(pos))
                break;
        } else if (*block == 0x2C) { // image descriptor
            quint8 d[9];
            if (!f.read(pos + 1, d, 9))
                break;
            const qint64 left = d[0] | (d[1] << 8);
            const qint64 top = d[2] | (d[3] << 8);
            const qint64 w = d[4] | (d[5] << 8);
            const qint64 hh = d[6] | (d[7] << 8);
            h.width = qMax(h.width, left + w);
            h.height = qMax(h.height, top + hh);
            ++h.frames;
            pos += 10;
            if (d[8] & 0x80)
                pos += 3 * (1 << ((d[8] & 7) + 1));
            pos += 1; // LZW minimum code size
            if (!skipSubBlocks(pos))
                break;
        } else {
            break; // not a GIF block: stop, the decoder will judge
        }
    }
    return h;
}

std::optional<HeaderInfo> parseTiff(FileBytes& f) {
    quint8 hdr[16];
    if (!f.read(0, hdr, 8))
        return std::nullopt;
    const bool le = hdr[0] == 'I' && hdr[1] == 'I';
    if (!le && !(hdr[0] == 'M' && hdr[1] == 'M'))
        return std::nullopt;
    auto u16 = [le](const quint8* p) -> quint64 {
        return le ? (p[0] | (p[1] << 8)) : ((p[0] << 8) | p[1]);
    };
    auto u32 = [le, u16](const quint8* p) -> quint64 {
        return le ? (u16(p) | (u16(p + 2) << 16)) : ((u16(p) << 16) | u16(p + 2));
    };
    auto u64 = [le, u32](const quint8* p) -> quint64 {
        return le ? (u32(p) | (u32(p + 4) << 32)) : ((u32(p) << 32) | u32(p + 4));
    };
    const quint64 version = u16(hdr + 2);
    const bool big = version == 43;
    if (version != 42 && !big)
        return std::nullopt;
    quint64 ifd = 0;
    if (big) {
        if (!f.read(0, hdr, 16))
            return std::nullopt;
        ifd = u64(hdr + 8);
    } else {
        ifd = u32(hdr + 4);
    }
    const int countSize = big ? 8 : 2;
    const int entrySize = big ? 20 : 12;
    const int valueSize = big ? 8 : 4;

    HeaderInfo h;
    h.format = QStringLiteral("tiff");
    QSet<quint64> seen;
    int photometric = -1;
    int extraSamples = 0;
    h.channels = 1;
    while (ifd != 0 && !seen.contains(ifd) && seen.size() < 65536) {
        seen.insert(ifd);
        quint8 cnt[8];
        if (!f.read(static_cast<qint64>(ifd), cnt, countSize))
            break;
        const quint64 entries = big ? u64(cnt) : u16(cnt);
        if (entries > 4096)
            break;
        const bool isFirstPage = h.frames == 0;
        ++h.frames;
        qint64 pageW = 0;
        qint64 pageH = 0;
        for (quint64 e = 0; e < entries; ++e) {
            quint8 ent[20];
            const qint64 at = static_cast<qint64>(ifd) + countSize + static_cast<qint64>(e) * entrySize;
            if (!f.read(at, ent, entrySize))
                break;
            const quint64 tag = u16(ent);
            if (!isFirstPage && tag != 256 && tag != 257)
                continue; // later pages: only their size matters here
            const quint64 type = u16(ent + 2);
            const quint64 count = big ? u64(ent + 4) : u32(ent + 4);
            const quint8* value = ent + (big ? 12 : 8);
            const int typeSize = type == 3 ? 2 : (type == 4 ? 4 : (type == 16 ? 8 : 1));
            // The first value: inline when all values fit in the value field, else at the offset it holds.
            quint8 buf[8] = {};
            const quint8* first = value;
            if (count * typeSize > static_cast<quint64>(valueSize)) {
                const quint64 off = big ? u64(value) : u32(value);
                if (!f.read(static_cast<qint64>(off), buf, typeSize))
                    continue;
                first = buf;
            }
            const quint64 v =
                type == 3 ? u16(first) : (type == 4 ? u32(first) : (type == 16 ? u64(first) : first[0]));
            if (tag == 256)
                pageW = static_cast<qint64>(qMin<quint64>(v, quint64(1) << 40));
            else if (tag == 257)
                pageH = static_cast<qint64>(qMin<quint64>(v, quint64(1) << 40));
            if (!isFirstPage)
                continue;
            switch (tag) {
            case 256:
                h.width = static_cast<qint64>(v);
                break;
            case 257:
                h.height = static_cast<qint64>(v);
                break;
            case 258:
                h.depth = static_cast<int>(v);
                break;
            case 262:
                photometric = static_cast<int>(v);
                break;
            case 274:
                h.exifOrientation = v >= 1 && v <= 8 ? static_cast<int>(v) : 0;
                break;
            case 277:
                h.channels = static_cast<int>(qBound<quint64>(1, v, 64));
                break;
            case 338:
                extraSamples = static_cast<int>(qMin<quint64>(count, 64));
                break;
            default:
                break;
            }
        }
        if (double(pageW) * double(pageH) > double(h.largestPageWidth) * double(h.largestPageHeight)) {
            h.largestPageWidth = pageW;
            h.largestPageHeight = pageH;
        }
        quint8 next[8];
        const qint64 nextAt = static_cast<qint64>(ifd) + countSize + static_cast<qint64>(entries) * entrySize;
        if (!f.read(nextAt, next, valueSize))
            break;
        ifd = big ? u64(next) : u32(next);
    }
    if (h.frames == 0 || h.width <= 0 || h.height <= 0)
        return std::nullopt;
    if (h.depth == 0)
        h.depth = 1; // TIFF 6.0: BitsPerSample defaults to 1
    h.alpha = extraSamples > 0;
    h.photometric = photometric;
    if (photometric == 3) // palette: channels depend on its colours, which the decoder reports
        h.channels = 0;
    else if (photometric >= 0)
        h.grayscale = photometric == 0 || photometric == 1;
    return h;
}

/// WebP canvas size from the RIFF container: VP8X, VP8L or VP8 chunk
/// (https://developers.google.com/speed/webp/docs/riff_container).
std::optional<HeaderInfo> parseWebp(FileBytes& f) {
    quint8 b[30];
    if (!f.read(0, b, 30) || std::memcmp(b, "RIFF", 4) != 0 || std::memcmp(b + 8, "WEBP", 4) != 0)
        return std::nullopt;
    HeaderInfo h;
    h.format = QStringLiteral("webp");
    h.frames = 1;
    h.depth = 8;
    if (std::memcmp(b + 12, "VP8X", 4) == 0) {
        h.width = 1 + (b[24] | (b[25] << 8) | (b[26] << 16));
        h.height = 1 + (b[27] | (b[28] << 8) | (b[29] << 16));
        h.alpha = (b[20] & 0x10) != 0;
    } else if (std::memcmp(b + 12, "VP8L", 4) == 0 && b[20] == 0x2F) {
        const quint32 bits = b[21] | (b[22] << 8) | (b[23] << 16) | (static_cast<quint32>(b[24]) << 24);
        h.width = 1 + (bits & 0x3FFF);
        h.height = 1 + ((bits >> 14) & 0x3FFF);
        h.alpha = ((bits >> 28) & 1) != 0;
    } else if (std::memcmp(b + 12, "VP8 ", 4) == 0 && b[23] == 0x9D && b[24] == 0x01 && b[25] == 0x2A) {
        h.width = (b[26] | (b[27] << 8)) & 0x3FFF;
        h.height = (b[28] | (b[29] << 8)) & 0x3FFF;
        h.alpha = false;
    } else {
        return std::nullopt;
    }
    return h;
}

/// True when a baseline or progressive JPEG has an EOI marker (FF D9) after its first SOS segment
/// (ITU-T T.81, B.1.1.2: inside entropy-coded data every FF is stuffed, so FF D9 there is the real end).
/// Returns true too when the marker structure cannot be followed: the decoder judges such files.
bool pngHasEndChunk(FileBytes& f) {
    static const quint8 signature[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    quint8 sig[8];
    if (!f.read(0, sig, 8) || std::memcmp(sig, signature, 8) != 0)
        return true; // not a PNG: the decoder judges
    qint64 pos = 8;
    for (int chunks = 0; chunks < 1000000; ++chunks) {
        quint8 head[8];
        if (!f.read(pos, head, 8))
            return false;
        const qint64 length = (qint64(head[0]) << 24) | (head[1] << 16) | (head[2] << 8) | head[3];
        if (std::memcmp(head + 4, "IEND", 4) == 0)
            return true;
        pos += 12 + length; // length, type, data, CRC
        if (pos > f.size())
            return false;
    }
    return true;
}

bool jpegHasEndMarker(FileBytes& f) {
    qint64 pos = 2; // after SOI
    for (int segments = 0; segments < 10000; ++segments) {
        quint8 m[2];
        if (!f.read(pos, m, 2) || m[0] != 0xFF)
            return true;
        if (m[1] == 0xFF) { // fill byte
            ++pos;
            continue;
        }
        if (m[1] == 0xD9)
            return true;
        if (m[1] == 0xDA)
            break;
        if ((m[1] >= 0xD0 && m[1] <= 0xD7) || m[1] == 0x01) {
            pos += 2;
            continue;
        }
        quint8 len[2];
        if (!f.read(pos + 2, len, 2))
            return false; // cut inside the header segments
        pos += 2 + ((len[0] << 8) | len[1]);
    }
    // Search backwards from the end for FF D9, chunk by chunk (trailing data after EOI is allowed).
    const qint64 chunk = 64 * 1024;
    qint64 end = f.size();
    QByteArray buf;
    while (end > pos) {
        const qint64 start = qMax(pos, end - chunk);
        buf.resize(end - start + 1);
        // One byte of overlap with the next chunk so that a marker across the boundary is seen.
        const qint64 len = qMin<qint64>(end - start + 1, f.size() - start);
        if (!f.read(start, buf.data(), len))
            return true;
        if (QByteArrayView(buf.constData(), len).indexOf(QByteArrayView("\xFF\xD9", 2)) >= 0)
            return true;
        end = start;
    }
    return false;
}

/// EXIF Orientation (CIPA DC-008, tag 0x0112) for a Qt transformation, as Qt's own mapping does.
int exifOrientationFor(QImageIOHandler::Transformations t) {
    switch (static_cast<int>(t)) {
    case QImageIOHandler::TransformationMirror:
        return 2;
    case QImageIOHandler::TransformationRotate180:
        return 3;
    case QImageIOHandler::TransformationFlip:
        return 4;
    case QImageIOHandler::TransformationMirrorAndRotate90:
        return 5;
    case QImageIOHandler::TransformationRotate90:
        return 6;
    case QImageIOHandler::TransformationFlipAndRotate90:
        return 7;
    case QImageIOHandler::TransformationRotate270:
        return 8;
    default:
        return 1;
    }
}

QImageIOHandler::Transformations transformForExif(int orientation) {
    switch (orientation) {
    case 2:
        return QImageIOHandler::TransformationMirror;
    case 3:
        return QImageIOHandler::TransformationRotate180;
    case 4:
        return QImageIOHandler::TransformationFlip;
    case 5:
        return QImageIOHandler::TransformationMirrorAndRotate90;
    case 6:
        return QImageIOHandler::TransformationRotate90;
    case 7:
        return QImageIOHandler::TransformationFlipAndRotate90;
    case 8:
        return QImageIOHandler::TransformationRotate270;
    default:
        return QImageIOHandler::TransformationNone;
    }
}

/// Raises Qt's process-wide image allocation limit so that an image of `megapixels` at 8 bytes per pixel
/// (16-bit RGBA) fits. Never lowers it: other threads may be decoding under a larger limit; each node's
/// own limit is enforced by the pixel check in process().
void ensureAllocationLimit(double megapixels) {
    static QMutex mutex;
    const double mb = megapixels * 1e6 * 8.0 / (1024.0 * 1024.0) + 1.0;
    const int needed = mb >= 2147483647.0 ? 0 : static_cast<int>(qCeil(mb));
    const QMutexLocker lock(&mutex);
    const int current = QImageReader::allocationLimit();
    if (current != 0 && (needed == 0 || current < needed))
        QImageReader::setAllocationLimit(needed);
}

} // namespace imageheader
} // namespace sluice
