#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace sluice {

/// The result of guessing how a byte sequence encodes text.
struct TextEncoding {
    /// Encoding name as used by WHATWG/IANA: "UTF-8", "UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE",
    /// "windows-1252" or "ISO-8859-1". Empty when `binary` is true.
    QString name;
    int bomBytes = 0;    ///< length of the byte-order mark at the start (0 when there is none), in bytes
    bool binary = false; ///< the bytes are not text: NUL bytes not explained by UTF-16/32, or control bytes
};

/// Guesses the text encoding of `data`, in this order:
///  1. a byte-order mark: UTF-32LE (FF FE 00 00), UTF-32BE (00 00 FE FF), UTF-8 (EF BB BF), UTF-16LE (FF FE),
///     UTF-16BE (FE FF);
///  2. no NUL byte and strictly valid UTF-8 (isValidUtf8) → UTF-8 (plain ASCII is reported as UTF-8);
///  3. NUL bytes in the pattern of UTF-32 or UTF-16 without a BOM (ASCII-range text has a NUL in every
///     high byte: positions 1 of 2 for UTF-16LE, 0 of 2 for UTF-16BE, 1–3 of 4 for UTF-32LE, 0–2 for
///     UTF-32BE), confirmed by decoding without error;
///  4. other NULs, or more than 10 % C0 control bytes other than tab, line feed, vertical tab, form feed,
///     carriage return and escape → binary;
///  5. otherwise an 8-bit fallback: "windows-1252" when a byte 0x80–0x9F that Windows-1252 maps to a
///     printable character occurs, else "ISO-8859-1" (Latin-1).
/// `truncated` says that `data` is only the start of a longer file, so a multi-byte sequence cut at the end
/// is not an error. Only the first 1 MiB is examined for the NUL and control-byte patterns.
TextEncoding detectTextEncoding(QByteArrayView data, bool truncated = false);

/// Decodes `data` (BOM included, it is skipped) as `encoding` (a name returned by detectTextEncoding).
/// Invalid sequences become U+FFFD. A sequence cut at the end of `data` is dropped. Windows-1252 is decoded
/// with its own table (Qt 6.4's QStringDecoder has no Windows-1252), the others with QStringDecoder.
QString decodeText(QByteArrayView data, const TextEncoding& encoding);

/// True when `data` is well-formed UTF-8 by the Unicode Standard, Table 3-7: no overlong forms, no
/// surrogates (U+D800–DFFF), nothing above U+10FFFF, no stray continuation bytes. When `allowCutTail`
/// is true, an incomplete but so-far valid sequence at the very end is accepted.
bool isValidUtf8(QByteArrayView data, bool allowCutTail = false);

} // namespace sluice
