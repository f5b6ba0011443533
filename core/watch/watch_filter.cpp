#include "watch_filter.h"

#include <string_view>

namespace sluice {

namespace {

QString nameOf(const QString& relativePath) {
    const int slash = relativePath.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? relativePath : relativePath.mid(slash + 1);
}

/// True when the `pattern.size()` code units at `text` equal `pattern` (ASCII) exactly.
bool equalsAscii(const char16_t* text, std::string_view pattern) {
    for (size_t i = 0; i < pattern.size(); ++i)
        if (text[i] != char16_t(static_cast<unsigned char>(pattern[i])))
            return false;
    return true;
}

/// Like equalsAscii, with A–Z in `text` folded to a–z (`pattern` is lower-case).
bool equalsAsciiLower(const char16_t* text, std::string_view pattern) {
    for (size_t i = 0; i < pattern.size(); ++i) {
        char16_t c = text[i];
        if (c >= u'A' && c <= u'Z')
            c = char16_t(c + (u'a' - u'A'));
        if (c != char16_t(static_cast<unsigned char>(pattern[i])))
            return false;
    }
    return true;
}

} // namespace

WatchFilter::WatchFilter(const WatchFolderConfig& config)
    : m_maxSize(config.maxSizeBytes), m_skipHidden(config.skipHidden), m_skipTemporary(config.skipTemporary) {
    for (const QString& g : config.includeGlobs)
        m_include.append(compileGlob(g));
    for (const QString& g : config.excludeGlobs)
        m_exclude.append(compileGlob(g));
    for (const QString& r : config.includeRegexes)
        m_includeRe.append(QRegularExpression(r));
    for (const QString& r : config.excludeRegexes)
        m_excludeRe.append(QRegularExpression(r));
}

QStringList WatchFilter::temporaryGlobs() {
    return {QStringLiteral("*.tmp"),
            QStringLiteral("*.temp"),
            QStringLiteral("*.part"),
            QStringLiteral("*.partial"),
            QStringLiteral("*.crdownload"),
            QStringLiteral("*.download"),
            QStringLiteral("*.opdownload"),
            QStringLiteral("~$*"),
            QStringLiteral(".~lock.*#"),
            QStringLiteral(".syncthing.*.tmp"),
            QStringLiteral("~syncthing~*.tmp"),
            QStringLiteral("*.swp"),
            QStringLiteral("*.swx"),
            QStringLiteral("*~"),
            QStringLiteral("#*#"),
            QStringLiteral(".#*"),
            QStringLiteral(".goutputstream-*"),
            QStringLiteral("*.kate-swp"),
            QStringLiteral("*.sb-*"),
            QStringLiteral("4913"),
            QStringLiteral("*.sluice.json")};
}

bool WatchFilter::isTemporaryName(const QString& name) {
    // The globs of temporaryGlobs(), written out over the UTF-16 code units: this runs for every file of
    // every scan (100,000 names in a start scan), where 21 regex matches — or a dozen case-insensitive
    // QString::endsWith calls, ~2,500 instructions a name — would cost more than the scan's system calls.
    // Case-insensitive parts fold ASCII only: every pattern is ASCII.
    const qsizetype n = name.size();
    if (n == 0)
        return false;
    const char16_t* d = reinterpret_cast<const char16_t*>(name.constData());
    const char16_t first = d[0];
    const char16_t last = d[n - 1];
    if (last == u'~') // *~
        return true;
    // Suffixes, case-insensitive: the part after the last '.'. Every one ends in p, t, l, d, x or n, so
    // most names (".pdf", ".jpg", ".docx") are passed over without looking for the dot.
    const char16_t lastLower = last >= u'A' && last <= u'Z' ? char16_t(last + (u'a' - u'A')) : last;
    if (lastLower == u'p' || lastLower == u't' || lastLower == u'l' || lastLower == u'd' ||
        lastLower == u'x' || lastLower == u'n') {
        qsizetype dot = n - 1;
        while (dot >= 0 && d[dot] != u'.')
            --dot;
        if (dot >= 0) {
            const qsizetype extLength = n - dot - 1;
            const char16_t* ext = d + dot + 1;
            static constexpr std::string_view kExtensions[] = {
                "tmp",      "temp",       "part", "partial", "crdownload",
                "download", "opdownload", "swp",  "swx",     "kate-swp"};
            for (const std::string_view suffix : kExtensions)
                if (qsizetype(suffix.size()) == extLength && equalsAsciiLower(ext, suffix))
                    return true;
            if (extLength == 4 && equalsAsciiLower(ext, "json") && dot >= 7 &&
                equalsAsciiLower(d + dot - 7, ".sluice")) // *.sluice.json
                return true;
        }
    }
    switch (first) {
    case u'~': // ~$*
        if (n >= 2 && d[1] == u'$')
            return true;
        break;
    case u'.': // .#*, .goutputstream-*, .~lock.*# (case-insensitive)
        if (n >= 2 && d[1] == u'#')
            return true;
        if (n >= 15 && equalsAscii(d, ".goutputstream-"))
            return true;
        if (n >= 8 && last == u'#' && equalsAsciiLower(d, ".~lock."))
            return true;
        break;
    case u'#': // #*#
        if (n >= 2 && last == u'#')
            return true;
        break;
    case u'4': // 4913
        if (n == 4 && equalsAscii(d, "4913"))
            return true;
        break;
    default:
        break;
    }
    // *.sb-* (case-insensitive). .syncthing.*.tmp and ~syncthing~*.tmp end in .tmp, handled above.
    for (qsizetype i = 0; i + 3 < n; ++i)
        if (d[i] == u'.' && d[i + 3] == u'-' && equalsAsciiLower(d + i + 1, "sb"))
            return true;
    return false;
}

WatchFilter::Glob WatchFilter::compileGlob(const QString& glob) {
    Glob g;
    g.wholePath = glob.contains(QLatin1Char('/'));
    QString pattern = glob;
    // "**" crosses folders; QRegularExpression's path conversion makes '*' stop at '/'.
    const QString marker = QStringLiteral("\x01");
    pattern.replace(QStringLiteral("**"), marker);
    // Path-aware conversion: '*' and '?' never match '/' (names hold none anyway).
    QString re = QRegularExpression::wildcardToRegularExpression(pattern);
    re.replace(QRegularExpression::escape(marker), QStringLiteral(".*"));
    re.replace(marker, QStringLiteral(".*"));
    g.re = QRegularExpression(re, QRegularExpression::CaseInsensitiveOption);
    return g;
}

bool WatchFilter::matchesAny(const QList<Glob>& globs, const QString& relativePath, const QString& name) {
    for (const Glob& g : globs)
        if (g.re.match(g.wholePath ? relativePath : name).hasMatch())
            return true;
    return false;
}

bool WatchFilter::matchesAny(const QList<QRegularExpression>& res, const QString& relativePath) {
    for (const QRegularExpression& re : res)
        if (re.match(relativePath).hasMatch())
            return true;
    return false;
}

bool WatchFilter::acceptsFile(const QString& relativePath) const {
    const QString name = nameOf(relativePath);
    if (m_skipHidden && name.startsWith(QLatin1Char('.')))
        return false;
    if (m_skipTemporary && isTemporaryName(name))
        return false;
    if (matchesAny(m_exclude, relativePath, name) || matchesAny(m_excludeRe, relativePath))
        return false;
    if (!m_include.isEmpty() || !m_includeRe.isEmpty())
        return matchesAny(m_include, relativePath, name) || matchesAny(m_includeRe, relativePath);
    return true;
}

bool WatchFilter::acceptsDir(const QString& relativePath) const {
    const QString name = nameOf(relativePath);
    if (m_skipHidden && name.startsWith(QLatin1Char('.')))
        return false;
    return !matchesAny(m_exclude, relativePath, name) && !matchesAny(m_excludeRe, relativePath);
}

} // namespace sluice
