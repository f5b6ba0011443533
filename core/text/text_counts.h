#pragma once

#include <QString>

namespace sluice {

/// Number of Unicode code points in `text` (a surrogate pair counts once), as a user counts characters.
qsizetype codePointCount(const QString& text);

/// Number of words in `text`: maximal runs of characters that are not white space (QChar::isSpace), the
/// rule of `wc -w`.
qsizetype wordCount(const QString& text);

} // namespace sluice
