#include "duplicate_registry.h"

#include "hamming_distance.h"
#include "store/state_store.h"

#include <QFileInfo>
#include <QMutexLocker>
#include <algorithm>

namespace sluice {

DuplicateRegistry& DuplicateRegistry::instance() {
    static DuplicateRegistry registry;
    return registry;
}

DuplicateRegistry::Match DuplicateRegistry::record(const QString& scope, const QString& path,
                                                   const QString& sha256, quint64 hash, int maxDistance,
                                                   bool persistent) {
    const QMutexLocker lock(&m_mutex);
    QList<Entry>& entries = m_scopes[scope];
    const bool stored = persistent && m_store;
    if (stored && !m_loaded.contains(scope)) {
        m_loaded.insert(scope);
        QSet<QString> known;
        for (const Entry& e : std::as_const(entries))
            known.insert(e.path);
        QList<Entry> earlier;
        for (const ImageHashRecord& r : m_store->imageHashes(scope, kMaxEntries))
            if (!known.contains(r.path))
                earlier.append(Entry{r.path, r.sha256, r.hash, r.group});
        entries = earlier + entries;
        while (entries.size() > kMaxEntries)
            entries.removeFirst();
    }
    entries.removeIf([&path](const Entry& e) { return e.path == path; });
    // Images that are gone (deleted or moved away since) are no duplicates of anything.
    entries.removeIf([&](const Entry& e) {
        const bool candidate =
            (!sha256.isEmpty() && e.sha256 == sha256) || hammingDistance(e.hash, hash) <= maxDistance;
        return candidate && !QFileInfo::exists(e.path);
    });
    Match m;
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
    if (stored)
        m_store->upsertImageHash(ImageHashRecord{scope, path, sha256, hash, m.group});
    return m;
}

void DuplicateRegistry::attachStore(StateStore* store) {
    const QMutexLocker lock(&m_mutex);
    if (m_store != store)
        m_loaded.clear();
    m_store = store;
}

void DuplicateRegistry::detachStore(StateStore* store) {
    const QMutexLocker lock(&m_mutex);
    if (m_store == store) {
        m_store = nullptr;
        m_loaded.clear();
    }
}

void DuplicateRegistry::clear(const QString& scope) {
    const QMutexLocker lock(&m_mutex);
    if (scope.isEmpty()) {
        m_scopes.clear();
        m_loaded.clear();
    } else {
        m_scopes.remove(scope);
        m_loaded.remove(scope);
    }
}

} // namespace sluice
