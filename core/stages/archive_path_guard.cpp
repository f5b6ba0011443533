#include "archive_path_guard.h"

#include <QDir>
#include <QFileInfo>

namespace sluice {

namespace {

bool startsWithDriveLetter(const QString& name) {
    return name.size() >= 2 && name.at(1) == QLatin1Char(':') && name.at(0).unicode() < 0x80 &&
           name.at(0).isLetter();
}

QStringList splitOnSeparators(const QString& name) {
    QString unified = name;
    unified.replace(QLatin1Char('\\'), QLatin1Char('/'));
    return unified.split(QLatin1Char('/'));
}

} // namespace

ArchivePathGuard::ArchivePathGuard(const QString& root) : m_root(QFileInfo(root).canonicalFilePath()) {}

QString ArchivePathGuard::splitMemberName(const QString& name, QStringList* components) {
    components->clear();
    if (name.isEmpty())
        return tr("it has an empty name");
    if (name.startsWith(QLatin1Char('/')) || name.startsWith(QLatin1Char('\\')))
        return tr("it is an absolute path");
    if (startsWithDriveLetter(name))
        return tr("it starts with a drive letter");
    for (const QString& part : splitOnSeparators(name)) {
        if (part.isEmpty() || part == QLatin1String("."))
            continue;
        if (part == QLatin1String(".."))
            return tr("it contains a '..' component that leaves the extraction folder");
        if (startsWithDriveLetter(part))
            return tr("it contains a drive letter");
        components->append(part);
    }
    if (components->isEmpty())
        return tr("it names no file (only '.' or separators)");
    return {};
}

bool ArchivePathGuard::isRootName(const QString& name) {
    if (name.isEmpty() || name.startsWith(QLatin1Char('/')) || name.startsWith(QLatin1Char('\\')))
        return false;
    for (const QString& part : splitOnSeparators(name))
        if (!part.isEmpty() && part != QLatin1String("."))
            return false;
    return true;
}

QString ArchivePathGuard::checkLinkTarget(const QStringList& linkComponents, const QString& target) {
    if (target.isEmpty())
        return tr("its link target is empty");
    if (target.startsWith(QLatin1Char('/')) || target.startsWith(QLatin1Char('\\')) ||
        startsWithDriveLetter(target))
        return tr("its link target \"%1\" is an absolute path").arg(target);
    QStringList resolved = linkComponents;
    if (!resolved.isEmpty())
        resolved.removeLast(); // the link's own name: resolve from its folder
    for (const QString& part : splitOnSeparators(target)) {
        if (part.isEmpty() || part == QLatin1String("."))
            continue;
        if (part == QLatin1String("..")) {
            if (resolved.isEmpty())
                return tr("its link target \"%1\" points outside the extraction folder").arg(target);
            resolved.removeLast();
            continue;
        }
        resolved.append(part);
    }
    return {};
}

bool ArchivePathGuard::isCanonicalInside(const QString& root, const QString& candidate) {
    if (root.isEmpty() || candidate.isEmpty())
        return false;
    const QStringList r = QDir::cleanPath(root).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const QStringList c = QDir::cleanPath(candidate).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (c.size() < r.size())
        return false;
    for (qsizetype i = 0; i < r.size(); ++i)
        if (r.at(i) != c.at(i))
            return false;
    return true;
}

bool ArchivePathGuard::isInside(const QString& path) const {
    QString probe = QDir::cleanPath(path);
    QString canonical = QFileInfo(probe).canonicalFilePath();
    // A path that does not exist yet: its nearest existing ancestor decides (what would be written through).
    while (canonical.isEmpty()) {
        const QString parent = QFileInfo(probe).path();
        if (parent == probe)
            return false;
        probe = parent;
        canonical = QFileInfo(probe).canonicalFilePath();
    }
    return isCanonicalInside(m_root, canonical);
}

} // namespace sluice
