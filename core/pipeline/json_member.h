#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QLatin1StringView>

namespace sluice {

/// The JSON text of member `key` of the top-level object of `json` (UTF-8 JSON text, RFC 8259), found by
/// stepping over the members before it without building them: reading one small member near the start of
/// a multi-megabyte result document costs a scan of the bytes before it instead of a full
/// QJsonDocument::fromJson (about 130 instructions per byte). The value returned is exactly the bytes of
/// the member's value (an object, array, string or scalar, without surrounding white space); parse it with
/// QJsonDocument to read it.
///
/// Returns a null QByteArray — the caller then parses the whole text — when `json` does not begin with an
/// object, when the member is not found before the object or the text ends (`json` may be a prefix of a
/// document), when a key before it holds an escape sequence (compared only as raw bytes here), or when the
/// text before it is not well-formed. The first member of that name is returned (QJsonDocument writes no
/// duplicate keys). The bytes before the member are checked only as far as needed to step over them.
QByteArray topLevelMemberText(QByteArrayView json, QLatin1StringView key);

} // namespace sluice
