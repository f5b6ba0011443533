#pragma once

#include "dir_scanner.h"
#include "watch_config.h"

#include <QHash>
#include <QList>
#include <QString>
#include <utility>

namespace sluice {

/// The stability gate: a file that appeared or changed waits here until it is whole. It is ready when
///  - its size and mtime have not changed for `settleMs` (checked by stat at every check()),
///  - no writer still has it open, when that is known (inotify: IN_MODIFY seen without IN_CLOSE_WRITE
///    since; polled roots cannot know — then size and mtime alone decide, and after 30 s unchanged a file
///    is ready even with a writer open),
///  - its mtime is at least `minAgeMs` old,
///  - it can be opened for reading, and
///  - when it is empty (0 bytes), it has stayed empty for kEmptySettleMs (or `settleMs` if longer): a
///    program that creates a file and writes it a moment later (`: > f; sleep 2; echo data > f`, an
///    editor's first save) gives one `created` with the content, not a `created` of an empty file
///    followed by a `modified`. A file that stays empty that long is announced empty.
/// While a file waits here it keeps the type it entered with: a created file written again before it is
/// ready is still `created` (so a backup-on-create node copies its final content).
/// Times are milliseconds of a monotonic clock given by the caller; mtimes nanoseconds since the epoch.
/// Not thread-safe: used on the watcher's thread.
class StabilityGate {
public:
    /// How long an empty file must stay empty (and unchanged) before it is ready, in ms.
    static constexpr qint64 kEmptySettleMs = 5000;

    StabilityGate(int settleMs = 1000, int minAgeMs = 0) : m_settleMs(settleMs), m_minAgeMs(minAgeMs) {}

    /// The change that brought a file here, announced when it is ready.
    struct Entry {
        QString root;
        QString type;  ///< "created", "modified" or "content_check" (same size/mtime, hash decides)
        FileStat stat; ///< at the last check
        qint64 enteredMs = 0;
        qint64 stableSinceMs = 0;
        QDateTime since; ///< UTC wall time it entered
        bool writerOpen = false;
        bool whileStopped = false; ///< found by the start scan: changed while Sluice was not running
        WaitState state = WaitState::Growing;
    };
    struct Ready {
        QString path;
        Entry entry;
    };

    /// Puts `path` at the gate (or, when already there, keeps its type unless the new one is
    /// "created"/"modified" over "content_check", and restarts its settle time).
    void enter(const QString& path, const QString& root, const QString& type, const FileStat& stat,
               qint64 nowMs, bool writerOpen, bool whileStopped = false);
    /// A write notification: restarts the settle time; `writerOpen` is the writer's state now.
    void touch(const QString& path, qint64 nowMs, bool writerOpen);
    bool contains(const QString& path) const { return m_entries.contains(path); }
    const Entry* entry(const QString& path) const;
    bool remove(const QString& path) { return m_entries.remove(path) > 0; }
    /// A waiting file was renamed: it keeps waiting under its new name.
    void rename(const QString& from, const QString& to);
    /// Forgets every file under `dir` (its folder was moved out or deleted); returns how many.
    int removeUnder(const QString& dir);
    bool isEmpty() const { return m_entries.isEmpty(); }
    int size() const { return int(m_entries.size()); }

    /// Checks every waiting file (or only `onlyPath` when given) and takes out the ready ones, oldest
    /// mtime first, at most `batchSize` (0 = all). Files that vanished are taken out and listed in
    /// `vanished`. `nowWallMs` is the wall clock (ms since epoch) for the minimum age.
    QList<Ready> check(qint64 nowMs, qint64 nowWallMs, int batchSize, QStringList* vanished,
                       const QString& onlyPath = {});
    /// The waiting files, oldest first.
    QList<WaitingFile> waiting() const;

    /// What check() saw change in the files that stay at the gate since the last call: a size (a file
    /// still growing) or a state (growing → locked and back). Entering and leaving the gate are not
    /// counted here: the caller knows of those.
    struct Changes {
        bool size = false;
        bool state = false;
    };
    Changes takeChanges() { return std::exchange(m_changes, Changes{}); }

private:
    int m_settleMs;
    int m_minAgeMs;
    Changes m_changes;
    QHash<QString, Entry> m_entries;
};

} // namespace sluice
