#pragma once

#include "watch_config.h"

#include <QList>
#include <QRegularExpression>
#include <QStringList>

namespace sluice {

/// Decides from names alone which files and folders of a watch folder are looked at: include/exclude
/// globs and regexes on the path relative to the root, hidden names and temporary names. Size and age
/// limits are checked by the caller once it has stat data (acceptsSize / oldEnough).
/// Patterns are compiled once; matching is thread-safe.
class WatchFilter {
public:
    WatchFilter() = default;
    explicit WatchFilter(const WatchFolderConfig& config);

    /// Names that partial downloads, sync tools, office programs and editors use while writing:
    /// `*.tmp`, `*.temp`, `*.part`, `*.partial`, `*.crdownload`, `*.download`, `*.opdownload`, `~$*`,
    /// `.~lock.*#`, `.syncthing.*.tmp`, `~syncthing~*.tmp`, `*.swp`, `*.swx`, `*~`, `#*#`, `.#*`,
    /// `.goutputstream-*`, `*.kate-swp`, `*.sb-*`, `4913` (vim's write probe), `*.sluice.json` (our
    /// own results).
    static QStringList temporaryGlobs();
    /// True when `name` (a file name, no folder) is a temporary name as above.
    static bool isTemporaryName(const QString& name);

    /// True when a file at `relativePath` ('/' separated, relative to its root) passes the name filters.
    bool acceptsFile(const QString& relativePath) const;
    /// True when the folder at `relativePath` should be entered (not hidden when hidden names are
    /// skipped, not matched by an exclude glob or regex). Include filters never exclude folders.
    bool acceptsDir(const QString& relativePath) const;
    /// True when no glob or regex is set: then only the file name decides (acceptsName), which a scan
    /// of 100,000 files can ask without building each relative path.
    bool isNameOnly() const {
        return m_include.isEmpty() && m_exclude.isEmpty() && m_includeRe.isEmpty() && m_excludeRe.isEmpty();
    }
    /// The hidden and temporary-name checks alone, on a file name.
    bool acceptsName(const QString& name) const {
        return !(m_skipHidden && name.startsWith(QLatin1Char('.'))) &&
               !(m_skipTemporary && isTemporaryName(name));
    }
    /// True when `sizeBytes` is within the maximum size (0 = no limit).
    bool acceptsSize(qint64 sizeBytes) const { return m_maxSize <= 0 || sizeBytes <= m_maxSize; }

private:
    struct Glob {
        QRegularExpression re;
        bool wholePath = false; ///< the glob holds '/': matched against the relative path
    };
    static Glob compileGlob(const QString& glob);
    static bool matchesAny(const QList<Glob>& globs, const QString& relativePath, const QString& name);
    static bool matchesAny(const QList<QRegularExpression>& res, const QString& relativePath);

    QList<Glob> m_include;
    QList<Glob> m_exclude;
    QList<QRegularExpression> m_includeRe;
    QList<QRegularExpression> m_excludeRe;
    qint64 m_maxSize = 0;
    bool m_skipHidden = true;
    bool m_skipTemporary = true;
};

} // namespace sluice
