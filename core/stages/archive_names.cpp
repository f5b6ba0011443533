#include "archive_names.h"

#include <QStringList>

namespace sluice::archivenames {

namespace {

// Code points of CP437 bytes 0x80–0xFF (Unicode's VENDORS/MICSFT/PC/CP437.TXT).
const char16_t kCp437High[128] = {
    0x00C7, 0x00FC, 0x00E9, 0x00E2, 0x00E4, 0x00E0, 0x00E5, 0x00E7, 0x00EA, 0x00EB, 0x00E8, 0x00EF, 0x00EE,
    0x00EC, 0x00C4, 0x00C5, 0x00C9, 0x00E6, 0x00C6, 0x00F4, 0x00F6, 0x00F2, 0x00FB, 0x00F9, 0x00FF, 0x00D6,
    0x00DC, 0x00A2, 0x00A3, 0x00A5, 0x20A7, 0x0192, 0x00E1, 0x00ED, 0x00F3, 0x00FA, 0x00F1, 0x00D1, 0x00AA,
    0x00BA, 0x00BF, 0x2310, 0x00AC, 0x00BD, 0x00BC, 0x00A1, 0x00AB, 0x00BB, 0x2591, 0x2592, 0x2593, 0x2502,
    0x2524, 0x2561, 0x2562, 0x2556, 0x2555, 0x2563, 0x2551, 0x2557, 0x255D, 0x255C, 0x255B, 0x2510, 0x2514,
    0x2534, 0x252C, 0x251C, 0x2500, 0x253C, 0x255E, 0x255F, 0x255A, 0x2554, 0x2569, 0x2566, 0x2560, 0x2550,
    0x256C, 0x2567, 0x2568, 0x2564, 0x2565, 0x2559, 0x2558, 0x2552, 0x2553, 0x256B, 0x256A, 0x2518, 0x250C,
    0x2588, 0x2584, 0x258C, 0x2590, 0x2580, 0x03B1, 0x00DF, 0x0393, 0x03C0, 0x03A3, 0x03C3, 0x00B5, 0x03C4,
    0x03A6, 0x0398, 0x03A9, 0x03B4, 0x221E, 0x03C6, 0x03B5, 0x2229, 0x2261, 0x00B1, 0x2265, 0x2264, 0x2320,
    0x2321, 0x00F7, 0x2248, 0x00B0, 0x2219, 0x00B7, 0x221A, 0x207F, 0x00B2, 0x25A0, 0x00A0};

bool isAscii(const QByteArray& raw) {
    for (const char c : raw)
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    return true;
}

/// Length of the valid UTF-8 sequence starting at `i`, or 0 when the byte there starts none.
int utf8SequenceLength(const QByteArray& raw, qsizetype i) {
    const auto at = [&](qsizetype k) {
        return static_cast<unsigned char>(raw.at(k));
    };
    const unsigned char c = at(i);
    if (c < 0x80)
        return 1;
    int length = 0;
    unsigned char low = 0x80, high = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        length = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        length = 3;
        if (c == 0xE0)
            low = 0xA0; // no overlong forms
        if (c == 0xED)
            high = 0x9F; // no surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
        length = 4;
        if (c == 0xF0)
            low = 0x90;
        if (c == 0xF4)
            high = 0x8F; // at most U+10FFFF
    } else {
        return 0;
    }
    if (i + length > raw.size())
        return 0;
    for (int k = 1; k < length; ++k) {
        const unsigned char b = at(i + k);
        if (k == 1 ? (b < low || b > high) : (b < 0x80 || b > 0xBF))
            return 0;
    }
    return length;
}

} // namespace

QString decodeCp437(const QByteArray& raw) {
    QString out;
    out.reserve(raw.size());
    for (const char c : raw) {
        const auto b = static_cast<unsigned char>(c);
        out.append(b < 0x80 ? QChar(b) : QChar(kCp437High[b - 0x80]));
    }
    return out;
}

bool isValidUtf8(const QByteArray& raw) {
    for (qsizetype i = 0; i < raw.size();) {
        const int n = utf8SequenceLength(raw, i);
        if (n == 0)
            return false;
        i += n;
    }
    return true;
}

QString decodeUtf8Name(const QByteArray& raw, NameDecoding* how) {
    if (isAscii(raw)) {
        if (how)
            *how = NameDecoding::Ascii;
        return QString::fromLatin1(raw);
    }
    if (isValidUtf8(raw)) {
        if (how)
            *how = NameDecoding::Utf8;
        return QString::fromUtf8(raw);
    }
    if (how)
        *how = NameDecoding::Escaped;
    QByteArray kept;
    for (qsizetype i = 0; i < raw.size();) {
        const int n = utf8SequenceLength(raw, i);
        if (n == 0 || raw.at(i) == '%') {
            kept += '%' + QByteArray::number(static_cast<unsigned char>(raw.at(i)), 16)
                              .toUpper()
                              .rightJustified(2, '0');
            ++i;
        } else {
            kept += raw.mid(i, n);
            i += n;
        }
    }
    return QString::fromUtf8(kept);
}

QString decodeZipName(const QByteArray& raw, bool utf8Flag, ZipNameEncoding mode, NameDecoding* how) {
    if (isAscii(raw)) {
        if (how)
            *how = NameDecoding::Ascii;
        return QString::fromLatin1(raw);
    }
    if (utf8Flag || mode == ZipNameEncoding::Utf8)
        return decodeUtf8Name(raw, how);
    if (mode == ZipNameEncoding::Guess && isValidUtf8(raw)) {
        if (how)
            *how = NameDecoding::Utf8Guessed;
        return QString::fromUtf8(raw);
    }
    if (how)
        *how = NameDecoding::Cp437;
    return decodeCp437(raw);
}

QString decodingName(NameDecoding how) {
    switch (how) {
    case NameDecoding::Ascii:
        return QStringLiteral("ascii");
    case NameDecoding::Utf8:
        return QStringLiteral("utf-8");
    case NameDecoding::Utf8Guessed:
        return QStringLiteral("utf-8 (guessed)");
    case NameDecoding::Cp437:
        return QStringLiteral("cp437");
    case NameDecoding::Escaped:
        return QStringLiteral("escaped");
    }
    return QStringLiteral("ascii");
}

QString sanitiseComponent(const QString& component) {
    QString out = component;
    for (QChar& c : out) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7F || u == u'<' || u == u'>' || u == u':' || u == u'"' || u == u'|' ||
            u == u'?' || u == u'*')
            c = QLatin1Char('_');
    }
    for (qsizetype i = out.size() - 1;
         i >= 0 && (out.at(i) == QLatin1Char('.') || out.at(i) == QLatin1Char(' ')); --i) {
        if (out == QLatin1String(".") || out == QLatin1String(".."))
            break; // the path guard refuses those; never turn them into names
        out[i] = QLatin1Char('_');
    }
    return out;
}

QString baseNameWithoutArchiveExtension(const QString& fileName) {
    static const QStringList kExtensions = {
        QStringLiteral(".tar.gz"),  QStringLiteral(".tar.bz2"), QStringLiteral(".tar.xz"),
        QStringLiteral(".tar.zst"), QStringLiteral(".tar.lz"),  QStringLiteral(".tar.lzma"),
        QStringLiteral(".tar.Z"),   QStringLiteral(".tgz"),     QStringLiteral(".tbz2"),
        QStringLiteral(".tbz"),     QStringLiteral(".txz"),     QStringLiteral(".tar"),
        QStringLiteral(".zip"),     QStringLiteral(".7z"),      QStringLiteral(".rar"),
        QStringLiteral(".gz"),      QStringLiteral(".bz2"),     QStringLiteral(".xz"),
        QStringLiteral(".zst"),     QStringLiteral(".lzma"),    QStringLiteral(".cpio"),
        QStringLiteral(".iso"),     QStringLiteral(".jar")};
    QString base = fileName;
    for (const QString& ext : kExtensions) {
        if (base.size() > ext.size() && base.endsWith(ext, Qt::CaseInsensitive)) {
            base.chop(ext.size());
            break;
        }
    }
    base = sanitiseComponent(base);
    if (base.isEmpty() || base.startsWith(QLatin1Char('.')))
        base = QStringLiteral("archive") + (base.isEmpty() ? QString() : base);
    return base;
}

} // namespace sluice::archivenames
