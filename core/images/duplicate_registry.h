#pragma once

#include <QHash>
#include <QList>
#include <QMutex>
#include <QSet>
#include <QString>
#include <QtGlobal>

namespace sluice {

class StateStore;

/// Remembers the images seen in each scope (a watch folder, or one batch run) so that the image_analyze
/// stage can report exact duplicates (same SHA-256) and near-duplicates (perceptual hashes within a
/// Hamming distance) across items. Process-wide and thread-safe (items run on a thread pool).
///
/// The search runs in memory; with a StateStore attached (the Runner attaches its store) persistent scopes
/// are also written to its image_hashes table and read back the first time a scope is used, so a watch
/// folder finds near-duplicates of images seen before a restart. Each scope keeps at most kMaxEntries
/// images, dropping the oldest. A remembered image whose file no longer exists is forgotten when it would
/// have matched.
class DuplicateRegistry {
public:
    static constexpr int kMaxEntries = 20000;

    /// An earlier image that matches.
    struct Neighbour {
        QString path;
        int distance = 0; ///< Hamming bits between the perceptual hashes (0–64)
    };
    /// What record() found among the images recorded before in the same scope.
    struct Match {
        QString exactOf;       ///< first earlier image with the same SHA-256, or empty
        QList<Neighbour> near; ///< earlier images within the distance, nearest first (at most 20)
        QString group;         ///< id of the duplicate group: the path of its first image
        /// The earlier image this one duplicates (exactOf, else the nearest near-duplicate), or empty.
        QString duplicateOf() const {
            return !exactOf.isEmpty() ? exactOf : (near.isEmpty() ? QString() : near.first().path);
        }
    };

    /// The process-wide registry.
    static DuplicateRegistry& instance();

    /// Compares `path` with the images recorded in `scope`, then records it (replacing an earlier record of
    /// the same path, so a re-processed file is not its own duplicate). `maxDistance` in Hamming bits.
    /// With `persistent` and a store attached, the scope is loaded from and written to the store.
    Match record(const QString& scope, const QString& path, const QString& sha256, quint64 hash,
                 int maxDistance, bool persistent = false);

    /// Forgets the images of `scope`, or of every scope when it is empty (in memory only; the store keeps
    /// its records, which come back when the scope is next used with a store attached).
    void clear(const QString& scope = {});

    /// Uses `store` (must outlive the attachment) for persistent scopes; scopes are read again from it.
    void attachStore(StateStore* store);
    /// Stops using `store` if it is the attached one.
    void detachStore(StateStore* store);

private:
    struct Entry {
        QString path;
        QString sha256;
        quint64 hash = 0;
        QString group;
    };
    QMutex m_mutex;
    QHash<QString, QList<Entry>> m_scopes;
    StateStore* m_store = nullptr;
    QSet<QString> m_loaded; ///< persistent scopes already read from m_store
};

} // namespace sluice
