#include "watch_filter.h"

namespace sluice {

namespace {

QString nameOf(const QString& relativePath) {
    const int slash = relativePath.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? relativePath : relativePath.mid(slash + 1);
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
    // The globs of temporaryGlobs(), written out: this runs for every file of every scan, and 21 regex
    // matches per name would cost more than the scan's system calls.
    const auto cs = Qt::CaseInsensitive;
    static const QLatin1String suffixes[] = {
        QLatin1String(".tmp"),        QLatin1String(".temp"),        QLatin1String(".part"),
        QLatin1String(".partial"),    QLatin1String(".crdownload"),  QLatin1String(".download"),
        QLatin1String(".opdownload"), QLatin1String(".swp"),         QLatin1String(".swx"),
        QLatin1String(".kate-swp"),   QLatin1String(".sluice.json"), QLatin1String("~")};
    for (const QLatin1String& suffix : suffixes)
        if (name.endsWith(suffix, cs))
            return true;
    if (name.startsWith(QLatin1String("~$")) || name.startsWith(QLatin1String(".#")) ||
        name.startsWith(QLatin1String(".goutputstream-")) || name == QLatin1String("4913"))
        return true;
    if (name.size() >= 2 && name.startsWith(QLatin1Char('#')) && name.endsWith(QLatin1Char('#')))
        return true;
    if (name.startsWith(QLatin1String(".~lock."), cs) && name.endsWith(QLatin1Char('#')))
        return true;
    if (name.contains(QLatin1String(".sb-"), cs))
        return true;
    // .syncthing.*.tmp and ~syncthing~*.tmp end in .tmp, handled above.
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
