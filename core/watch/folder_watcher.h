#pragma once

#include "file_registry.h"
#include "stability_gate.h"
#include "watch_config.h"
#include "watch_filter.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>
#include <functional>
#include <optional>

class QFileSystemWatcher;

namespace sluice {

class EventLog;
class InotifyBackend;
struct InotifyEvent;

/// Timings of the watch engine, shared by all watch folders of a service (per-folder settings are in
/// WatchFolderConfig).
struct WatchOptions {
    int settleMs = 1000;       ///< settle time of folders added by path (ms)
    int pollMs = 100;          ///< how often files at the stability gate are re-checked (ms)
    int debounceMs = 50;       ///< QFileSystemWatcher backend: delay from a folder's notice to its listing
    int rescanMs = 300000;     ///< periodic rescan of folders added by path (ms); 0 = off
    int renameWindowMs = 100;  ///< a move-out / deletion of a tracked file is reported after this long, so
                               ///< that a save that renames the original away and writes it anew is one
                               ///< `modified` (ms)
    QStringList excludedPaths; ///< folders never watched, e.g. the pipelines' output folders
    /// Files present when a root is added (and not in the baseline) are reported as created; false
    /// tracks them silently (an event stream of what happens from now on, like inotifywait).
    bool reportExisting = true;
};

/// What the state store knew of a file when a root is added: the start scan reports what differs.
struct BaselineFile {
    qint64 size = 0;
    qint64 mtimeMs = 0; ///< ms since the epoch (the store keeps ms)
    bool retry = false; ///< failed transiently last time: processed again even when unchanged
};
using Baseline = QHash<QString, BaselineFile>; ///< absolute path → what the store knew

/// Watches the roots of one watch folder and reports each change once (WatchEvent), and each file that
/// is whole (fileReady) — see WatchFolderConfig for the filters, gate and event settings.
///
/// How: on Linux one inotify instance per watcher (InotifyBackend), a watch per folder; IN_CREATE /
/// IN_MODIFY put a file at the StabilityGate, IN_CLOSE_WRITE tells the gate the writer is done,
/// IN_MOVED_FROM/IN_MOVED_TO pairs (by cookie) are renames, an unpaired IN_MOVED_TO is something moved
/// in (a folder is scanned whole), an unpaired IN_MOVED_FROM a move out (a folder is forgotten with one
/// event). Deletions and moves of tracked files wait `renameWindowMs`: when the same path is written
/// again meanwhile (an editor's save) the result is one `modified`. A rename onto a tracked file is a
/// `modified` of the target (atomic save). IN_Q_OVERFLOW triggers a rescan.
/// Roots on network file systems (MountTable), roots with forcePolling, and folders past the inotify
/// watch limit (ENOSPC, or maxNativeWatches) are polled every pollIntervalMs by listing and stat, with a
/// warning in the EventLog; renames there are found by inode and size within one poll pass. A periodic
/// rescan (rescanMs) diffs every folder against the registry. Symbolic links are never followed; a
/// folder is entered once per (device, inode). Elsewhere than Linux QFileSystemWatcher gives the
/// notice and a changed folder is diffed after `debounceMs`.
///
/// Lives on one thread with an event loop; call its slots there (queued). `start()` adds every root.
class FolderWatcher : public QObject {
    Q_OBJECT
public:
    explicit FolderWatcher(const WatchFolderConfig& config, const WatchOptions& options = {},
                           EventLog* log = nullptr, QObject* parent = nullptr);
    /// A watch folder named "watch" with default filters and `options.settleMs`, `options.rescanMs`.
    explicit FolderWatcher(const WatchOptions& options, EventLog* log = nullptr, QObject* parent = nullptr);
    ~FolderWatcher() override;

    const WatchFolderConfig& config() const { return m_config; }
    /// Called on the watcher's thread when a root is added, before its first scan.
    void setBaselineProvider(std::function<Baseline(const QString& root)> provider) {
        m_baselineProvider = std::move(provider);
    }

    QStringList roots() const { return m_roots; }
    WatchFolderStatus status() const;
    QList<WaitingFile> waitingFiles() const { return m_gate.waiting(); }
    int waitingCount() const { return m_gate.size(); }
    int trackedCount() const { return m_registry.count(); }
    /// Folders with a native watch, and polled folders.
    int nativeDirCount() const;
    int polledDirCount() const;

public Q_SLOTS:
    /// Adds every root of the config.
    void start();
    /// Starts watching `root` (an absolute folder path) and scans it. A missing root is reported
    /// (rootError, state Error) and watched for.
    void addRoot(const QString& root);
    void removeRoot(const QString& root);
    /// Diffs every folder of every root against the registry now (also done every rescanMs).
    void rescanAll();

Q_SIGNALS:
    /// A change, after the event-type filter and the cooldown.
    void watchEvent(const sluice::WatchEvent& event);
    /// A file passed the gate with a created/modified/content_changed event: process it.
    void fileReady(const QString& path, const QString& root);
    /// The files at the gate changed: one came or went, or its state changed (sent at most every
    /// 250 ms), or a waiting file's size changed while it grows (sent at most once a second).
    void waitingChanged(const QList<sluice::WaitingFile>& files);
    void statusChanged(const sluice::WatchFolderStatus& status);
    void rootError(const QString& root, const QString& message);
    /// A root that had disappeared exists again and is watched again (checked every second).
    void rootRecovered(const QString& root);
    /// The first scan of `root` is done: what changed since the store's baseline (while stopped).
    void startScanFinished(const QString& root, int created, int modified, int deleted, int unchanged);

private:
    struct DirState {
        QString root;
        int wd = -1;         ///< inotify watch, -1 when polled or not native
        bool polled = false; ///< listed every pollIntervalMs
    };
    struct RootState {
        WatchState state = WatchState::Watching;
        QString reason;
        bool missing = false;
        bool pollAll = false; ///< network file system or forcePolling
        bool hadBaseline = false;
    };
    struct MovedFrom {
        QString path;
        bool isDir = false;
        qint64 atMs = 0;
    };
    struct PendingDelete {
        QString root;
        TrackedFile file;
        qint64 dueMs = 0;
    };
    enum class ScanMode { Start, NewFolder, Rescan };
    struct ScanCounts {
        int created = 0;
        int modified = 0;
        int deleted = 0;
        int unchanged = 0;
    };

    void init();
    void watchRootNow(const QString& root);
    QString rootOf(const QString& path) const;
    QString relativePath(const QString& root, const QString& path) const;
    bool isExcludedPath(const QString& path) const;
    bool acceptsFile(const QString& root, const QString& path) const;
    bool acceptsDir(const QString& root, const QString& path) const;
    /// Watches (or polls) `dir` and everything below; files go to the gate (or, in Start mode, are
    /// diffed with the baseline). Folders are listed on several threads (ParallelDirWalk); each folder's
    /// watch is added before it is listed (by the listing thread with plain inotify, else here) and
    /// recorded here, on the watcher's thread.
    void addDirTree(const QString& dir, const QString& root, ScanMode mode, const Baseline* baseline,
                    ScanCounts* counts);
    /// True when `file`, listed in folder `dir` of `root`, passes the name filters (the file name alone
    /// when `nameOnly`), the excluded paths and, when statted, the size limit. Thread-safe (reads the
    /// filters only): the scan threads call it.
    bool acceptsListedFile(const QString& root, const QString& dir, const DirEntry& file,
                           bool nameOnly) const;
    /// Watches `dir` natively (or, when it cannot, polls it with a warning) and records it. With
    /// `addedWatch`, the watch a scan thread already added (an inotify watch descriptor, or -errno) is
    /// recorded instead of adding one.
    void watchDir(const QString& dir, const QString& root, std::optional<int> addedWatch = std::nullopt);
    /// Forgets `dir` and everything below (watches, files, gate) without per-file events; returns how
    /// many files were tracked there.
    int forgetDir(const QString& dir);
    void moveDir(const QString& from, const QString& to);
    void onInotify(const QList<InotifyEvent>& batch);
    void onFileEvent(const QString& dir, const QString& name, quint32 mask, quint32 cookie);
    void onDirEvent(const QString& dir, const QString& name, quint32 mask, quint32 cookie);
    void fileMoved(const QString& from, const QString& to);
    void flushMovedFrom(bool all);
    /// A file to put at the gate (created, or modified when tracked); `checkNow` with settle time 0 checks
    /// it at once (it is known to be complete: closed or moved in).
    void fileAppeared(const QString& path, const QString& root, bool writerOpen, bool checkNow = true);
    void scheduleDelete(const QString& path, const QString& root, const TrackedFile& file);
    void flushDeletes();
    /// Lists `dirs` and diffs them with the registry (polling and rescans); renames matched by inode.
    void diffDirs(const QStringList& dirs);
    void checkGate(const QString& onlyPath = {});
    void startGateTimer();
    void announce(WatchEvent event);
    void flushCooldown();
    void markRootMissing(const QString& root, const QString& reason);
    void checkMissingRoots();
    void setRootState(const QString& root, WatchState state, const QString& reason);
    void noteWatchLimit(const QString& dir, int error);
    void scheduleStatus();
    void scheduleWaiting();
    void warnOnce(const QString& key, const QString& path, const QString& message);
    TrackedFile trackedFrom(const FileStat& stat, quint64 hash = 0) const;

    WatchFolderConfig m_config;
    WatchOptions m_options;
    WatchFilter m_filter;
    EventLog* m_log;
    std::function<Baseline(const QString&)> m_baselineProvider;

    QStringList m_roots;
    QHash<QString, RootState> m_rootStates;
    QHash<QString, DirState> m_dirs;
    QHash<int, QString> m_wdDirs;
    int m_nativeWatches = 0;
    FileRegistry m_registry;
    StabilityGate m_gate;
    QHash<quint32, MovedFrom> m_movedFrom;
    QHash<QString, PendingDelete> m_pendingDeletes;
    QHash<QString, qint64> m_cooldownUntil;
    QHash<QString, WatchEvent> m_cooldownHeld;
    QSet<QString> m_warned;
    QSet<QString> m_dirtyDirs;
    bool m_waitingSizesStale = false; ///< a waiting file grew since waitingChanged was last sent
    qint64 m_lastWaitingMs = -1;      ///< m_clock time waitingChanged was last sent

    InotifyBackend* m_inotify = nullptr;
    QFileSystemWatcher* m_qfsw = nullptr;
    QTimer* m_gateTimer;
    QTimer* m_pollTimer;
    QTimer* m_rescanTimer;
    QTimer* m_missingTimer;
    QTimer* m_moveTimer;
    QTimer* m_deleteTimer;
    QTimer* m_cooldownTimer;
    QTimer* m_statusTimer;
    QTimer* m_waitingTimer;
    QTimer* m_debounce;
    QElapsedTimer m_clock;
};

} // namespace sluice
