#pragma once

#include <QByteArray>
#include <QString>

namespace sluice {

/// How member names of a zip entry whose general-purpose flag bit 11 (the "language encoding flag",
/// PKWARE APPNOTE.TXT 6.3.x section 4.4.4 and Appendix D) is clear are decoded.
enum class ZipNameEncoding {
    Guess, ///< valid UTF-8 with non-ASCII bytes is taken as UTF-8, anything else as CP437 (what libzip does)
    Cp437, ///< always IBM code page 437, as APPNOTE Appendix D.1 prescribes
    Utf8   ///< always UTF-8 (invalid bytes are escaped as %XX)
};

/// How a member name was decoded (reported per member in the listing).
enum class NameDecoding {
    Ascii,       ///< only 7-bit bytes
    Utf8,        ///< UTF-8 by the zip flag or by the format (tar/pax, 7z)
    Utf8Guessed, ///< zip name without the flag that is valid UTF-8
    Cp437,       ///< zip name without the flag, decoded as CP437
    Escaped      ///< not valid UTF-8: every byte that is not part of a valid sequence became "%XX"
};

/// Decoding and sanitising of archive member names. All functions are pure and thread-safe.
namespace archivenames {

/// Decodes `raw` as IBM code page 437 (the table of APPNOTE Appendix D / Unicode's CP437.TXT); bytes
/// 0x00–0x7F are taken as ASCII, so control bytes stay control characters (sanitiseComponent replaces them).
QString decodeCp437(const QByteArray& raw);

/// True when `raw` is well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, at most U+10FFFF).
bool isValidUtf8(const QByteArray& raw);

/// Decodes a zip member name: UTF-8 when `utf8Flag` (bit 11) is set, else by `mode`. `how` receives how it
/// was decoded.
QString decodeZipName(const QByteArray& raw, bool utf8Flag, ZipNameEncoding mode, NameDecoding* how);

/// Decodes a name from a format whose names are UTF-8 (pax, 7z, ustar in practice): valid UTF-8 is kept;
/// otherwise invalid bytes are written as "%XX" so the name stays unique and printable (how = Escaped).
QString decodeUtf8Name(const QByteArray& raw, NameDecoding* how);

/// Stable untranslated name of a decoding for the listing: "ascii", "utf-8", "utf-8 (guessed)", "cp437",
/// "escaped".
QString decodingName(NameDecoding how);

/// Makes one path component safe to create on Linux, macOS and Windows: control characters (U+0000–U+001F,
/// U+007F) and the characters Windows forbids in names (< > : " | ? *) become '_'; trailing dots and
/// spaces (Windows drops them) become '_'. Returns the component unchanged when nothing had to change.
QString sanitiseComponent(const QString& component);

/// `name` without its archive extension: "a.tar.gz" → "a", "b.tgz" → "b", "c.zip" → "c",
/// "notes.txt.gz" → "notes.txt". Falls back to "archive" when nothing would remain.
QString baseNameWithoutArchiveExtension(const QString& fileName);

} // namespace archivenames
} // namespace sluice
