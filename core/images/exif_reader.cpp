#include "exif_reader.h"

#include <QFile>
#include <QtEndian>
#include <cstring>

namespace sluice {

namespace {

constexpr qint64 kMaxBlock = 16 * 1024 * 1024;

/// Bounds-checked reads of a TIFF-structured block in its byte order.
class TiffView {
public:
    explicit TiffView(const QByteArray& data) : m_d(data) {
        m_le = data.startsWith(QByteArray("II*\0", 4));
        m_ok = data.size() >= 8 && (m_le || data.startsWith(QByteArray("MM\0*", 4)));
    }
    bool ok() const { return m_ok; }
    bool has(qint64 off, qint64 len) const { return off >= 0 && len >= 0 && off + len <= m_d.size(); }
    quint32 u16(qint64 off) const {
        if (!has(off, 2))
            return 0;
        const auto* p = reinterpret_cast<const uchar*>(m_d.constData() + off);
        return m_le ? qFromLittleEndian<quint16>(p) : qFromBigEndian<quint16>(p);
    }
    quint32 u32(qint64 off) const {
        if (!has(off, 4))
            return 0;
        const auto* p = reinterpret_cast<const uchar*>(m_d.constData() + off);
        return m_le ? qFromLittleEndian<quint32>(p) : qFromBigEndian<quint32>(p);
    }
    bool littleEndian() const { return m_le; }
    const QByteArray& data() const { return m_d; }

private:
    const QByteArray& m_d;
    bool m_ok = false;
    bool m_le = true;
};

/// One IFD entry: tag, type, count and where its value lies (inline or at the offset it holds).
struct Entry {
    quint32 tag = 0;
    quint32 type = 0;
    quint32 count = 0;
    qint64 valueAt = 0;
};

int typeSize(quint32 type) {
    switch (type) {
    case 1:
    case 2:
    case 6:
    case 7:
        return 1;
    case 3:
    case 8:
        return 2;
    case 4:
    case 9:
    case 11:
        return 4;
    case 5:
    case 10:
    case 12:
        return 8;
    default:
        return 0;
    }
}

QList<Entry> readIfd(const TiffView& v, qint64 at) {
    QList<Entry> out;
    const quint32 n = v.u16(at);
    if (n == 0 || n > 1024 || !v.has(at + 2, qint64(n) * 12))
        return out;
    for (quint32 i = 0; i < n; ++i) {
        const qint64 e = at + 2 + qint64(i) * 12;
        Entry en;
        en.tag = v.u16(e);
        en.type = v.u16(e + 2);
        en.count = v.u32(e + 4);
        const qint64 bytes = qint64(typeSize(en.type)) * en.count;
        en.valueAt = bytes <= 4 ? e + 8 : qint64(v.u32(e + 8));
        out.append(en);
    }
    return out;
}

QString asciiValue(const TiffView& v, const Entry& e) {
    if (e.type != 2 || e.count == 0 || e.count > 4096 || !v.has(e.valueAt, e.count))
        return {};
    QByteArray s = v.data().mid(e.valueAt, e.count);
    const qsizetype nul = s.indexOf('\0');
    if (nul >= 0)
        s.truncate(nul);
    return QString::fromLatin1(s).trimmed();
}

quint32 intValue(const TiffView& v, const Entry& e) {
    if (e.type == 3)
        return v.u16(e.valueAt);
    if (e.type == 4)
        return v.u32(e.valueAt);
    return 0;
}

/// An unsigned RATIONAL as a double; 0 when the denominator is 0.
double rationalValue(const TiffView& v, const Entry& e) {
    if (e.type != 5 || !v.has(e.valueAt, 8))
        return 0;
    const quint32 num = v.u32(e.valueAt);
    const quint32 den = v.u32(e.valueAt + 4);
    return den == 0 ? 0.0 : double(num) / double(den);
}

QByteArray jpegExif(QFile& f) {
    if (!f.seek(2))
        return {};
    for (int i = 0; i < 64; ++i) {
        const QByteArray m = f.read(4);
        if (m.size() < 4 || uchar(m[0]) != 0xFF)
            return {};
        const uchar marker = uchar(m[1]);
        if (marker == 0xDA || marker == 0xD9)
            return {};
        const int len = (uchar(m[2]) << 8) | uchar(m[3]);
        if (len < 2)
            return {};
        if (marker == 0xE1 && len > 8) {
            const QByteArray seg = f.read(len - 2);
            if (seg.startsWith(QByteArray("Exif\0\0", 6)))
                return seg.mid(6);
            continue;
        }
        if (!f.seek(f.pos() + len - 2))
            return {};
    }
    return {};
}

/// ImageMagick's "Raw profile type exif": "\nexif\n<length>\n<hex digits with newlines>", "Exif\0\0" first.
QByteArray fromRawProfile(const QByteArray& text) {
    const QList<QByteArray> lines = text.trimmed().split('\n');
    if (lines.size() < 3)
        return {};
    QByteArray hex;
    for (qsizetype i = 2; i < lines.size(); ++i)
        hex += lines[i].trimmed();
    QByteArray bytes = QByteArray::fromHex(hex);
    if (bytes.startsWith(QByteArray("Exif\0\0", 6)))
        bytes.remove(0, 6);
    return bytes;
}

QByteArray pngExif(QFile& f) {
    if (!f.seek(8))
        return {};
    for (int i = 0; i < 4096; ++i) {
        const QByteArray h = f.read(8);
        if (h.size() < 8)
            return {};
        const quint32 len = qFromBigEndian<quint32>(reinterpret_cast<const uchar*>(h.constData()));
        const QByteArray type = h.mid(4, 4);
        if (type == "IEND" || len > kMaxBlock)
            return {};
        if (type == "eXIf")
            return f.read(len);
        if (type == "tEXt" || type == "zTXt") {
            const QByteArray chunk = f.read(len);
            const QByteArray key("Raw profile type exif");
            if (chunk.startsWith(key) && chunk.size() > key.size() + 1 && chunk[key.size()] == '\0') {
                if (type == "tEXt")
                    return fromRawProfile(chunk.mid(key.size() + 1));
                // zTXt: method byte, then a zlib stream; qUncompress wants a 4-byte size first.
                QByteArray z = chunk.mid(key.size() + 2);
                const quint32 hint = 1024 * 1024;
                z.prepend(char(hint >> 24), 1);
                z.insert(1, char((hint >> 16) & 0xFF));
                z.insert(2, char((hint >> 8) & 0xFF));
                z.insert(3, char(hint & 0xFF));
                const QByteArray text = qUncompress(z);
                return text.size() <= kMaxBlock ? fromRawProfile(text) : QByteArray();
            }
            if (!f.seek(f.pos() + 4))
                return {};
            continue;
        }
        if (!f.seek(f.pos() + len + 4))
            return {};
    }
    return {};
}

QByteArray webpExif(QFile& f) {
    if (!f.seek(12))
        return {};
    for (int i = 0; i < 64; ++i) {
        const QByteArray h = f.read(8);
        if (h.size() < 8)
            return {};
        const quint32 len = qFromLittleEndian<quint32>(reinterpret_cast<const uchar*>(h.constData() + 4));
        if (len > kMaxBlock)
            return {};
        if (h.startsWith("EXIF")) {
            QByteArray b = f.read(len);
            if (b.startsWith(QByteArray("Exif\0\0", 6)))
                b.remove(0, 6);
            return b;
        }
        if (!f.seek(f.pos() + len + (len & 1)))
            return {};
    }
    return {};
}

} // namespace

QJsonObject ExifSummary::toJson() const {
    QJsonObject o;
    if (orientation > 0)
        o.insert(QStringLiteral("orientation"), orientation);
    const QString camera = (make + QLatin1Char(' ') + model).trimmed();
    if (!camera.isEmpty())
        o.insert(QStringLiteral("camera"), camera);
    if (!dateTaken.isEmpty())
        o.insert(QStringLiteral("date_taken"), dateTaken);
    o.insert(QStringLiteral("gps"), gps);
    return o;
}

ExifSummary parseExif(const QByteArray& tiff) {
    ExifSummary s;
    const TiffView v(tiff);
    if (!v.ok())
        return s;
    s.present = true;
    const QList<Entry> ifd0 = readIfd(v, v.u32(4));
    int unit = 2;
    double xr = 0;
    double yr = 0;
    QString dateTime;
    for (const Entry& e : ifd0) {
        switch (e.tag) {
        case 0x0112: {
            const quint32 o = intValue(v, e);
            s.orientation = o >= 1 && o <= 8 ? int(o) : 0;
            break;
        }
        case 0x010F:
            s.make = asciiValue(v, e);
            break;
        case 0x0110:
            s.model = asciiValue(v, e);
            break;
        case 0x0132:
            dateTime = asciiValue(v, e);
            break;
        case 0x011A:
            xr = rationalValue(v, e);
            break;
        case 0x011B:
            yr = rationalValue(v, e);
            break;
        case 0x0128:
            unit = int(intValue(v, e));
            break;
        case 0x8825:
            s.gps = intValue(v, e) != 0;
            break;
        case 0x8769:
            for (const Entry& x : readIfd(v, intValue(v, e)))
                if (x.tag == 0x9003)
                    s.dateTaken = asciiValue(v, x);
            break;
        default:
            break;
        }
    }
    if (s.dateTaken.isEmpty())
        s.dateTaken = dateTime;
    const double perInch = unit == 3 ? 2.54 : (unit == 2 ? 1.0 : 0.0);
    s.xDpi = xr * perInch;
    s.yDpi = yr * perInch;
    return s;
}

QByteArray readExifBlock(QFile& file) {
    if (!file.seek(0))
        return {};
    const QByteArray magic = file.read(12);
    if (magic.startsWith("\xFF\xD8"))
        return jpegExif(file);
    if (magic.startsWith("\x89PNG"))
        return pngExif(file);
    if (magic.startsWith("RIFF") && magic.mid(8, 4) == "WEBP")
        return webpExif(file);
    if (magic.startsWith(QByteArray("II*\0", 4)) || magic.startsWith(QByteArray("MM\0*", 4))) {
        file.seek(0);
        return file.read(qMin<qint64>(file.size(), kMaxBlock));
    }
    return {};
}

QByteArray exifWithOrientationReset(const QByteArray& tiff) {
    QByteArray out = tiff;
    const TiffView v(tiff);
    if (!v.ok())
        return out;
    for (const Entry& e : readIfd(v, v.u32(4))) {
        if (e.tag == 0x0112 && e.type == 3 && v.has(e.valueAt, 2)) {
            out[e.valueAt] = char(v.littleEndian() ? 1 : 0);
            out[e.valueAt + 1] = char(v.littleEndian() ? 0 : 1);
        }
    }
    return out;
}

} // namespace sluice
