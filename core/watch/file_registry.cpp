#include "file_registry.h"

#include <QSet>

namespace sluice {

namespace {

bool isUnder(const QString& path, const QString& dir) {
    return path.size() > dir.size() && path.startsWith(dir) && path.at(dir.size()) == QLatin1Char('/');
}

} // namespace

void FileRegistry::split(const QString& path, QString* dir, QString* name) {
    const int slash = int(path.lastIndexOf(QLatin1Char('/')));
    *dir = slash <= 0 ? QStringLiteral("/") : path.left(slash);
    *name = path.mid(slash + 1);
}

const TrackedFile* FileRegistry::find(const QString& dir, const QString& name) const {
    const auto d = m_dirs.constFind(dir);
    if (d == m_dirs.cend())
        return nullptr;
    const auto f = d->constFind(name);
    return f == d->cend() ? nullptr : &*f;
}

const TrackedFile* FileRegistry::find(const QString& path) const {
    QString dir, name;
    split(path, &dir, &name);
    return find(dir, name);
}

void FileRegistry::insert(const QString& dir, const QString& name, const TrackedFile& file) {
    Files& files = m_dirs[dir];
    const auto before = files.size();
    files.insert(name, file);
    m_count += int(files.size() - before);
}

void FileRegistry::adopt(const QString& dir, Files&& files) {
    if (files.isEmpty())
        return;
    const auto existing = m_dirs.find(dir);
    if (existing == m_dirs.end()) {
        m_count += int(files.size());
        m_dirs.insert(dir, std::move(files));
        return;
    }
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        insert(&*existing, it.key(), it.value());
}

bool FileRegistry::remove(const QString& dir, const QString& name) {
    auto d = m_dirs.find(dir);
    if (d == m_dirs.end() || d->remove(name) == 0)
        return false;
    --m_count;
    if (d->isEmpty())
        m_dirs.erase(d);
    return true;
}

const FileRegistry::Files* FileRegistry::filesIn(const QString& dir) const {
    const auto d = m_dirs.constFind(dir);
    return d == m_dirs.cend() ? nullptr : &*d;
}

int FileRegistry::removeTree(const QString& dir) {
    int removed = 0;
    for (auto it = m_dirs.begin(); it != m_dirs.end();) {
        if (it.key() == dir || isUnder(it.key(), dir)) {
            removed += int(it->size());
            it = m_dirs.erase(it);
        } else {
            ++it;
        }
    }
    m_count -= removed;
    return removed;
}

int FileRegistry::moveTree(const QString& from, const QString& to) {
    QList<QPair<QString, Files>> moved;
    for (auto it = m_dirs.begin(); it != m_dirs.end();) {
        if (it.key() == from || isUnder(it.key(), from)) {
            moved.append({to + it.key().mid(from.size()), std::move(*it)});
            it = m_dirs.erase(it);
        } else {
            ++it;
        }
    }
    int files = 0;
    for (auto& [dir, entries] : moved) {
        files += int(entries.size());
        Files& target = m_dirs[dir];
        for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
            if (!target.contains(it.key()))
                target.insert(it.key(), it.value());
            else
                --m_count; // replaced what was there
        }
    }
    return files;
}

QStringList FileRegistry::pathsUnder(const QString& dir) const {
    QStringList paths;
    for (auto it = m_dirs.cbegin(); it != m_dirs.cend(); ++it)
        if (it.key() == dir || isUnder(it.key(), dir))
            for (auto f = it->cbegin(); f != it->cend(); ++f)
                paths.append(it.key() + QLatin1Char('/') + f.key());
    return paths;
}

void FileRegistry::clear() {
    m_dirs.clear();
    m_count = 0;
}

FileRegistry::Diff FileRegistry::diff(const QString& dir, const QList<DirEntry>& files) const {
    Diff d;
    const Files* known = filesIn(dir);
    QSet<QString> listed;
    for (const DirEntry& e : files) {
        listed.insert(e.name);
        const TrackedFile* t = nullptr;
        if (known) {
            const auto found = known->constFind(e.name);
            if (found != known->cend())
                t = &*found;
        }
        if (!t)
            d.created.append(e);
        else if (t->mtimeNs < 0)
            d.filled.append(e);
        else if (t->size != e.stat.size || t->mtimeNs != e.stat.mtimeNs ||
                 (t->inode != 0 && e.stat.inode != 0 && t->inode != e.stat.inode))
            d.changed.append(e);
    }
    if (known)
        for (auto it = known->cbegin(); it != known->cend(); ++it)
            if (!listed.contains(it.key()))
                d.gone.append(it.key());
    return d;
}

} // namespace sluice
