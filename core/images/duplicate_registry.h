#pragma once

#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>
#include <QtGlobal>

namespace sluice {

/// Remembers the images seen in each scope (a watch folder, or one batch run) so that the image_analyze
/// stage can report exact duplicates (same SHA-256) and near-duplicates (perceptual hashes within a
/// Hamming distance) across items. Process-wide and thread-safe (items run on a thread pool).
///
/// Chosen over the StateStore because stages have no access to it and near-duplicate search needs the
/// hashes in memory anyway; the price is that the memory starts empty after a restart (documented in the
/// stage). Each scope keeps at most kMaxEntries images, dropping the oldest.
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
    Match record(const QString& scope, const QString& path, const QString& sha256, quint64 hash,
                 int maxDistance);

    /// Forgets the images of `scope`, or of every scope when it is empty.
    void clear(const QString& scope = {});

private:
    struct Entry {
        QString path;
        QString sha256;
        quint64 hash = 0;
        QString group;
    };
    QMutex m_mutex;
    QHash<QString, QList<Entry>> m_scopes;
};

} // namespace sluice
