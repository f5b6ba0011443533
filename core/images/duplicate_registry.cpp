#include "duplicate_registry.h"

#include "image_hashes.h"

#include <QMutexLocker>
#include <algorithm>

namespace sluice {

DuplicateRegistry& DuplicateRegistry::instance() {
    static DuplicateRegistry registry;
    return registry;
}

DuplicateRegistry::Match DuplicateRegistry::record(const QString& scope, const QString& path,
                                                   const QString& sha256, quint64 hash, int maxDistance) {
    const QMutexLocker lock(&m_mutex);
    QList<Entry>& entries = m_scopes[scope];
    entries.removeIf([&path](const Entry& e) { return e.path == path; });
    Match m;
    QString nearestGroup;
    for (const Entry& e : std::as_const(entries)) {
        if (m.exactOf.isEmpty() && !sha256.isEmpty() && e.sha256 == sha256) {
            m.exactOf = e.path;
            m.group = e.group;
        }
        const int d = hammingDistance(e.hash, hash);
        if (d <= maxDistance)
            m.near.append(Neighbour{e.path, d});
    }
    std::stable_sort(m.near.begin(), m.near.end(),
                     [](const Neighbour& a, const Neighbour& b) { return a.distance < b.distance; });
    if (m.near.size() > 20)
        m.near.resize(20);
    if (m.group.isEmpty() && !m.near.isEmpty()) {
        for (const Entry& e : std::as_const(entries))
            if (e.path == m.near.first().path)
                m.group = e.group;
    }
    if (m.group.isEmpty())
        m.group = path;
    entries.append(Entry{path, sha256, hash, m.group});
    if (entries.size() > kMaxEntries)
        entries.removeFirst();
    return m;
}

void DuplicateRegistry::clear(const QString& scope) {
    const QMutexLocker lock(&m_mutex);
    if (scope.isEmpty())
        m_scopes.clear();
    else
        m_scopes.remove(scope);
}

} // namespace sluice
