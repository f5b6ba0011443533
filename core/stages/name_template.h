#pragma once

#include "pipeline/item.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace sluice {

/// Builds a relative output path for an item from a naming template such as "{date}/{stem}_{sha8}.{ext}".
///
/// Fields: {name} file name; {stem} name before the last '.'; {ext} what follows it (no dot, may be empty);
/// {parent} name of the folder holding the file; {reldir} folder relative to the watch root ("" for files
/// given directly); {date} YYYY-MM-DD, {time} HHMMSS, {year} {month} {day} — local time of `when`;
/// {sha8} first 8 hex digits of the item's SHA-256 (the caller fills Item::sha256 first); {size} bytes.
/// '/' in the template makes subfolders. The expanded path must stay relative and may not contain "." or
/// ".." components or empty names: such a result is refused, so nothing lands outside the target folder.
class NameTemplate {
public:
    /// Field names without braces, in the order they are documented.
    static QStringList fields();
    /// The problem with `text` (unknown field, unbalanced brace, absolute path), empty when fine.
    static QString check(const QString& text);
    /// True when `text` uses {sha8}.
    static bool needsSha(const QString& text) { return text.contains(QStringLiteral("{sha8}")); }
    /// Expands `text` for `item` at time `when`; returns an empty string with `error` when the result is
    /// not a safe relative path.
    static QString expand(const QString& text, const Item& item, const QDateTime& when, QString* error);
    /// The item's folder relative to its watch root ("" when it has none or lies directly in it).
    static QString relativeDir(const Item& item);
};

} // namespace sluice
