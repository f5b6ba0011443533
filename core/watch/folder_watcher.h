#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QFileSystemWatcher>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

namespace sluice {

class EventLog;

/// Options of a FolderWatcher; the watching issue extends them.
struct WatchOptions {
    int settleMs = 1000;       ///< a file is ready when its size and mtime stayed the same this long (ms)
    int pollMs = 250;          ///< how often waiting files are re-checked (ms)
    int debounceMs = 150;      ///< delay between a directory notification and its scan (ms)
    int rescanMs = 30000;      ///< periodic full rescan, safety net for lost notifications (ms); 0 = off
    int fileWatchLimit = 4096; ///< files also watched one by one (in-place edits noticed at once)
    bool recursive = true;     ///< watch sub-folders too
    bool skipHidden = true;    ///< skip dot files and dot folders
    /// File-name globs that are never processed: partial downloads and editor/office temporaries.
    QStringList excludeGlobs = {QStringLiteral("*.tmp"),        QStringLiteral("*.part"),
                                QStringLiteral("*.crdownload"), QStringLiteral("~$*"),
                                QStringLiteral("*.swp"),        QStringLiteral("*~"),
                                QStringLiteral("*.sluice.json")};
};

/// Watches folders: QFileSystemWatcher for prompt notice, a diff of each changed folder against what was
/// seen before (created / modified / deleted), and a stability gate — a file is announced by `fileReady`
/// only when its size and mtime have not changed for `settleMs` and it can be opened for reading.
///
/// Lives on any thread with an event loop (the service gives it its own); call its slots through queued
/// invocations from elsewhere. Files present when a root is added are treated as new (the caller decides,
/// with its registry, whether they were processed before).
class FolderWatcher : public QObject {
    Q_OBJECT
public:
    explicit FolderWatcher(const WatchOptions& options = {}, EventLog* log = nullptr,
                           QObject* parent = nullptr);
    ~FolderWatcher() override;

    QStringList roots() const { return m_roots; }
    /// Number of files waiting at the stability gate.
    int waitingCount() const { return m_pending.size(); }

public Q_SLOTS:
    /// Starts watching `root` (an existing folder) and scans it. Emits rootError when it cannot.
    void addRoot(const QString& root);
    void removeRoot(const QString& root);
    /// Scans every root now (also done every `rescanMs`).
    void rescanAll();

Q_SIGNALS:
    /// A file has become stable and readable: process it.
    void fileReady(const QString& path, const QString& root);
    /// created / modified / deleted, with the root it belongs to.
    void fileChanged(const QString& kind, const QString& path, const QString& root);
    /// Files waiting at the stability gate under `root` changed in number.
    void waitingChanged(const QString& root, int waiting);
    void rootError(const QString& root, const QString& message);
    /// A root that had disappeared exists again and is watched again (checked every second).
    void rootRecovered(const QString& root);

private:
    struct Seen {
        qint64 size = -1;
        QDateTime mtime;
    };
    struct Pending {
        QString root;
        qint64 size = -1;
        QDateTime mtime;
        qint64 stableSinceMs = 0;
        QString state; ///< "growing", "locked", "settling"
    };

    QFileSystemWatcher* nativeWatcher();
    void onDirectoryChanged(const QString& dir);
    /// Diffs the direct entries of `dir` against what was seen; new sub-folders are scanned whole.
    void scanDirectory(const QString& dir, const QString& root, bool recurseAll);
    void watchDirectory(const QString& dir);
    void checkPending();
    bool isExcluded(const QString& fileName) const;
    QString rootOf(const QString& path) const;
    void emitWaiting(const QString& root);
    /// The root is gone: forget what was seen under it (without an event per file) and check every second
    /// whether it comes back.
    void markRootMissing(const QString& root);
    void checkMissingRoots();

    WatchOptions m_options;
    EventLog* m_log;
    QFileSystemWatcher* m_watcher = nullptr;
    int m_fileWatchBudget = 0; ///< files that may still be watched one by one (from fileWatchLimit)
    QTimer* m_debounce;
    QTimer* m_poll;
    QTimer* m_rescan;
    QTimer* m_missingCheck;
    QSet<QString> m_missingRoots;
    QStringList m_roots;
    QSet<QString> m_dirtyDirs;
    QHash<QString, Seen> m_seen;       ///< file path → last size/mtime seen
    QHash<QString, Pending> m_pending; ///< file path → stability state
    QElapsedTimer m_clock;             ///< monotonic time for the stability gate
};

} // namespace sluice
