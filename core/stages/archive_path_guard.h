#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace sluice {

/// Confines paths taken from an archive to one target folder (the "zip slip" rules).
///
/// Member names are split on both '/' and '\\' (a backslash is a separator on Windows, so
/// "..\\..\\evil.txt" is a traversal there and is treated as one everywhere). Refused: an absolute name
/// ("/tmp/x", "\\\\server\\share"), a drive letter ("C:x", "c:\\x"), any ".." component, and an empty name.
/// "." and empty components are dropped. Containment of real paths is checked by comparing canonical
/// paths (QFileInfo::canonicalFilePath, symlinks resolved) component-wise, never by a string prefix: a
/// prefix test lets "/out2/x" pass for the root "/out". Thread-safe after construction.
class ArchivePathGuard {
    Q_DECLARE_TR_FUNCTIONS(sluice::ArchivePathGuard)
public:
    /// `root` must exist; it is canonicalised once.
    explicit ArchivePathGuard(const QString& root);

    /// The canonical root ("" when it does not exist).
    QString root() const { return m_root; }

    /// Splits a member name into safe relative components. Returns an empty string when the name is
    /// acceptable, otherwise the reason in one phrase ("it is an absolute path", "it contains a '..'
    /// component", "it starts with a drive letter", "it is empty").
    static QString splitMemberName(const QString& name, QStringList* components);

    /// True for a name that only denotes the extraction folder itself ("./", ".", "./."): tar files made
    /// with `tar -C dir .` start with such a directory entry.
    static bool isRootName(const QString& name);

    /// Checks a symbolic link target as written in the archive, for a link whose own relative components are
    /// `linkComponents`: the target must be relative and, resolved lexically from the link's folder, stay
    /// inside the root. Returns "" when acceptable, else the reason.
    static QString checkLinkTarget(const QStringList& linkComponents, const QString& target);

    /// True when the existing path `path` (or, when `path` does not exist yet, its nearest existing
    /// ancestor) is the root or lies inside it, after resolving symlinks.
    bool isInside(const QString& path) const;

    /// True when canonical path `candidate` equals `root` or is below it (component-wise comparison).
    static bool isCanonicalInside(const QString& root, const QString& candidate);

private:
    QString m_root;
};

} // namespace sluice
