#include "text_encoding.h"

#include <QStringDecoder>

namespace sluice {

namespace {

// Windows-1252 bytes 0x80–0x9F (https://www.unicode.org/Public/MAPPINGS/VENDORS/MICSFT/WINDOWS/CP1252.TXT);
// 0 marks the five undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D), decoded as the C1 control of that value.
constexpr char16_t kCp1252High[32] = {0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                      0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
                                      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                      0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

constexpr qsizetype kSampleBytes = 1 << 20;

bool startsWith(QByteArrayView data, std::initializer_list<unsigned char> bytes) {
    if (data.size() < static_cast<qsizetype>(bytes.size()))
        return false;
    qsizetype i = 0;
    for (const unsigned char b : bytes)
        if (static_cast<unsigned char>(data[i++]) != b)
            return false;
    return true;
}

TextEncoding make(const char* name, int bom = 0) {
    TextEncoding e;
    e.name = QString::fromLatin1(name);
    e.bomBytes = bom;
    return e;
}

TextEncoding binary() {
    TextEncoding e;
    e.binary = true;
    return e;
}

// Decodes (a sequence cut at the end is kept as state, not an error) and reports whether the decoder met
// no invalid sequence and no NUL character.
bool decodesCleanly(QByteArrayView data, QStringConverter::Encoding encoding) {
    QStringDecoder decoder(encoding, QStringConverter::Flag::Default);
    const QString text = decoder.decode(data);
    return !decoder.hasError() && !text.contains(QChar(0));
}

} // namespace

bool isValidUtf8(QByteArrayView data, bool allowCutTail) {
    const auto* p = reinterpret_cast<const unsigned char*>(data.data());
    const qsizetype n = data.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char b = p[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char lo = 0x80;
        unsigned char hi = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            length = 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            length = 3;
            if (b == 0xE0)
                lo = 0xA0; // no overlong 3-byte forms
            else if (b == 0xED)
                hi = 0x9F; // no surrogates
        } else if (b >= 0xF0 && b <= 0xF4) {
            length = 4;
            if (b == 0xF0)
                lo = 0x90; // no overlong 4-byte forms
            else if (b == 0xF4)
                hi = 0x8F; // nothing above U+10FFFF
        } else {
            return false; // continuation byte without a lead, C0/C1 overlong lead, or F5..FF
        }
        for (int k = 1; k < length; ++k) {
            if (i + k >= n)
                return allowCutTail;
            const unsigned char c = p[i + k];
            const unsigned char min = k == 1 ? lo : 0x80;
            const unsigned char max = k == 1 ? hi : 0xBF;
            if (c < min || c > max)
                return false;
        }
        i += length;
    }
    return true;
}

TextEncoding detectTextEncoding(QByteArrayView data, bool truncated) {
    // 1. Byte-order marks (UTF-32LE before UTF-16LE: FF FE 00 00 starts with FF FE).
    if (startsWith(data, {0xFF, 0xFE, 0x00, 0x00}))
        return make("UTF-32LE", 4);
    if (startsWith(data, {0x00, 0x00, 0xFE, 0xFF}))
        return make("UTF-32BE", 4);
    if (startsWith(data, {0xEF, 0xBB, 0xBF}))
        return make("UTF-8", 3);
    if (startsWith(data, {0xFF, 0xFE}))
        return make("UTF-16LE", 2);
    if (startsWith(data, {0xFE, 0xFF}))
        return make("UTF-16BE", 2);

    const QByteArrayView sample = data.first(qMin(data.size(), kSampleBytes));
    const bool sampleCut = truncated || sample.size() < data.size();
    const auto* p = reinterpret_cast<const unsigned char*>(sample.data());
    const qsizetype n = sample.size();

    qsizetype nulAt[4] = {0, 0, 0, 0};
    qsizetype nuls = 0;
    qsizetype controls = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const unsigned char b = p[i];
        if (b == 0) {
            ++nuls;
            ++nulAt[i % 4];
        } else if (b < 0x20 && b != '\t' && b != '\n' && b != '\v' && b != '\f' && b != '\r' && b != 0x1B) {
            ++controls;
        }
    }

    // 2. No NUL: UTF-8 when strictly valid.
    if (nuls == 0 && isValidUtf8(data, truncated))
        return controls * 10 > n ? binary() : make("UTF-8");

    // 3. UTF-32 / UTF-16 without BOM, recognised by where the NULs fall.
    if (nuls > 0) {
        const qsizetype quads = n / 4;
        const qsizetype pairs = n / 2;
        const QByteArrayView whole4 = sample.first(sampleCut ? quads * 4 : n);
        const QByteArrayView whole2 = sample.first(sampleCut ? pairs * 2 : n);
        if (quads > 0 && (sampleCut || n % 4 == 0)) {
            // BMP text: bytes 2 and 3 (LE) or 0 and 1 (BE) of every unit are NUL.
            if (nulAt[2] >= quads && nulAt[3] >= quads && nulAt[0] * 2 < quads &&
                decodesCleanly(whole4, QStringConverter::Utf32LE))
                return make("UTF-32LE");
            if (nulAt[0] >= quads && nulAt[1] >= quads && nulAt[3] * 2 < quads &&
                decodesCleanly(whole4, QStringConverter::Utf32BE))
                return make("UTF-32BE");
        }
        if (pairs > 0 && (sampleCut || n % 2 == 0)) {
            const qsizetype evenNuls = nulAt[0] + nulAt[2];
            const qsizetype oddNuls = nulAt[1] + nulAt[3];
            // Mostly Latin text: at least 30 % of high bytes NUL, and (almost) no NUL low byte.
            if (oddNuls * 10 >= pairs * 3 && evenNuls * 100 <= pairs &&
                decodesCleanly(whole2, QStringConverter::Utf16LE))
                return make("UTF-16LE");
            if (evenNuls * 10 >= pairs * 3 && oddNuls * 100 <= pairs &&
                decodesCleanly(whole2, QStringConverter::Utf16BE))
                return make("UTF-16BE");
        }
        return binary(); // 4. NULs that no wide encoding explains
    }
    if (controls * 10 > n)
        return binary();

    // 5. 8-bit fallback.
    for (qsizetype i = 0; i < data.size(); ++i) {
        const auto b = static_cast<unsigned char>(data[i]);
        if (b >= 0x80 && b <= 0x9F && kCp1252High[b - 0x80] != 0)
            return make("windows-1252");
    }
    return make("ISO-8859-1");
}

QString decodeText(QByteArrayView data, const TextEncoding& encoding) {
    const QByteArrayView body = data.sliced(qMin<qsizetype>(encoding.bomBytes, data.size()));
    if (encoding.name == QLatin1String("windows-1252")) {
        QString text(body.size(), Qt::Uninitialized);
        QChar* out = text.data();
        for (qsizetype i = 0; i < body.size(); ++i) {
            const auto b = static_cast<unsigned char>(body[i]);
            char16_t u = b;
            if (b >= 0x80 && b <= 0x9F && kCp1252High[b - 0x80] != 0)
                u = kCp1252High[b - 0x80];
            out[i] = QChar(u);
        }
        return text;
    }
    QStringConverter::Encoding enc = QStringConverter::Utf8;
    if (encoding.name == QLatin1String("UTF-16LE"))
        enc = QStringConverter::Utf16LE;
    else if (encoding.name == QLatin1String("UTF-16BE"))
        enc = QStringConverter::Utf16BE;
    else if (encoding.name == QLatin1String("UTF-32LE"))
        enc = QStringConverter::Utf32LE;
    else if (encoding.name == QLatin1String("UTF-32BE"))
        enc = QStringConverter::Utf32BE;
    else if (encoding.name == QLatin1String("ISO-8859-1"))
        enc = QStringConverter::Latin1;
    // Stateful decoding without flush: an incomplete sequence at the end stays in the decoder's state.
    QStringDecoder decoder(enc, QStringConverter::Flag::Default);
    return decoder.decode(body);
}

} // namespace sluice
