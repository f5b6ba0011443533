#pragma once

// Public types of folder watching, shared by core/watch, ProcessingService, the CLI and the GUI:
// a watch folder's configuration, its status, the files waiting at its stability gate and the events
// it reports. Codes (event types, status codes, wait states) are fixed and never translated; the GUI
// shows its own labels for them.

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace sluice {

/// How a file's content is fingerprinted to notice a change that keeps size and mtime
/// (event `content_changed`). XXH3-64 from libxxhash.
enum class ContentHashMode {
    Off,      ///< no hashing; only size and mtime changes are seen
    FirstMiB, ///< hash of the first 1,048,576 bytes
    Full      ///< hash of the whole file
};

/// "off", "first_mib", "full".
QString contentHashModeName(ContentHashMode mode);
/// Inverse of contentHashModeName; unknown text gives Off.
ContentHashMode contentHashModeFromName(const QString& name);

/// One watch folder: one or more root folders watched with the same filters, gate and pipeline.
/// Serialised as a JSON object (see toJson) in settings and pipeline-independent config files.
struct WatchFolderConfig {
    /// Unique name of the watch folder, the key in every ProcessingService call. Shown in the pane.
    QString name;
    /// Absolute folder paths. Each is watched natively (inotify on Linux, QFileSystemWatcher elsewhere)
    /// or, where that fails or the folder is on a network file system, polled.
    QStringList roots;
    bool recursive = true; ///< also watch sub-folders (new ones as they appear)

    // Filters, matched on the path relative to its root with '/' separators ("scans/2024/a.pdf").
    // A glob without '/' matches the file name only ("*.pdf"); one with '/' matches the whole relative
    // path ("scans/*/*.pdf", '*' does not cross '/', "**" does). Regexes (QRegularExpression,
    // unanchored) always match the relative path. Empty include lists mean "everything".
    // Matching is case-insensitive for globs, case-sensitive for regexes (use (?i) to change).
    QStringList includeGlobs;
    QStringList excludeGlobs;
    QStringList includeRegexes;
    QStringList excludeRegexes;
    qint64 maxSizeBytes = 0; ///< files larger than this are ignored (bytes); 0 = no limit
    int minAgeMs = 0;       ///< a file is ready only when its mtime is at least this old (ms); 0 = no minimum
    bool skipHidden = true; ///< ignore names starting with '.' (files and folders)
    bool skipTemporary = true; ///< ignore temporary names (see WatchFilter::temporaryGlobs())

    // Stability gate and event shaping.
    int settleMs = 1000; ///< ready when size and mtime stayed the same this long (ms); 0 = at close
    int cooldownMs = 0;  ///< after an event for a path, further events for it within this time (ms)
                         ///< are merged into one, emitted when the cooldown ends; 0 = off
    /// Event types reported and acted on, from: created, modified, content_changed, deleted, renamed.
    /// Empty = all. Only created/modified/content_changed files are processed.
    QStringList eventTypes;
    ContentHashMode contentHash = ContentHashMode::Off;

    QString pipeline;    ///< pipeline file or built-in name; empty = the service's default pipeline
    int batchSize = 0;   ///< at most this many ready files are handed to the pipeline per gate check,
                         ///< oldest mtime first; 0 = no limit
    bool paused = false; ///< watching continues but ready files are held until resumed

    // Advanced (not shown in the edit dialog's main page).
    bool forcePolling = false; ///< poll every root even where native notification works
    int pollIntervalMs = 2000; ///< scan interval of polled roots (ms)
    int rescanMs = 300000;     ///< periodic full rescan of natively watched roots (ms); 0 = off
    /// Test/limit hook: at most this many native directory watches for this folder; past it the rest
    /// is polled as if the kernel's limit were reached. 0 = only the kernel's limit.
    int maxNativeWatches = 0;

    /// All event type codes, in display order.
    static QStringList allEventTypes();
    /// True when `type` passes the eventTypes filter.
    bool wantsEvent(const QString& type) const;

    /// Every field under its snake_case name ("include_globs", "settle_ms", "content_hash": "first_mib").
    QJsonObject toJson() const;
    /// Reads what toJson writes; missing keys keep their defaults. Never fails: wrong types are ignored.
    static WatchFolderConfig fromJson(const QJsonObject& json);
    /// Problems that make the config unusable (no name, no roots, relative root, invalid regex,
    /// unknown event type), one translated sentence each; empty when valid.
    QStringList validate() const;

    bool operator==(const WatchFolderConfig& other) const { return toJson() == other.toJson(); }
    bool operator!=(const WatchFolderConfig& other) const { return !(*this == other); }
};

/// How a root, or a whole watch folder, is being watched.
enum class WatchState {
    Watching, ///< native notifications
    Polling,  ///< scanned every pollIntervalMs; `reason` says why (watch limit, network file system, ...)
    Paused,   ///< events are still seen, processing is held; `reason` says who paused it
    Error     ///< cannot be watched now (missing, unreadable); retried every second
};

/// "watching", "polling", "paused", "error".
QString watchStateName(WatchState state);
WatchState watchStateFromName(const QString& name);

/// Status of one root folder of a watch folder.
struct RootStatus {
    QString root;
    WatchState state = WatchState::Watching;
    QString reason; ///< translated sentence, empty for Watching
    int trackedFiles = 0;
    int nativeDirs = 0; ///< folders under it with a native watch
    int polledDirs = 0; ///< folders under it that are polled
    QJsonObject toJson() const;
};

/// Status of a watch folder: the worst of its roots' states (Error > Paused > Polling > Watching),
/// with counts. `reason` is that of the root that decided the state (or the pause reason).
struct WatchFolderStatus {
    QString name;
    WatchState state = WatchState::Watching;
    QString reason;
    QList<RootStatus> roots;
    int tracked = 0;   ///< files known to the watcher
    int waiting = 0;   ///< files at the stability gate
    int processed = 0; ///< files under its roots processed (registry, across sessions)
    int failed = 0;
    QJsonObject toJson() const;
};

/// Why a file is at the stability gate.
enum class WaitState {
    Growing, ///< size or mtime changed within settleMs (or minAgeMs not reached): "waiting: still growing"
    Locked,  ///< stable but cannot be opened for reading: "waiting: locked"
    Ready    ///< stable and readable; handed to the pipeline (or held while paused): "ready"
};

/// "waiting: still growing", "waiting: locked", "ready".
QString waitStateName(WaitState state);

/// A file at the stability gate, as the pane lists it.
struct WaitingFile {
    QString path;
    QString root;
    WaitState state = WaitState::Growing;
    qint64 size = 0; ///< bytes, at the last check
    QDateTime since; ///< UTC: when the file entered the gate
    QJsonObject toJson() const;
};

/// One change seen in a watch folder. Types: created, modified, content_changed, deleted, renamed.
/// created/modified/content_changed are emitted when the file passes the stability gate (one event per
/// change however many writes it took); deleted and renamed at once.
struct WatchEvent {
    QString type;
    QString path;              ///< absolute path; for renamed the new one
    QString from;              ///< renamed only: the old absolute path
    QString folder;            ///< watch folder name
    QString root;              ///< the root the path lies under
    QDateTime time;            ///< UTC, when Sluice saw it
    qint64 size = -1;          ///< bytes, -1 when unknown (deleted)
    bool isDir = false;        ///< a folder moved in/out or deleted (one event for the whole folder)
    bool whileStopped = false; ///< found at start: changed while Sluice was not running
    /// modified only: the mtime changed (touch) but the content hash (XXH3 of the whole file) equals the
    /// one recorded when the file was last handed on, so it is not processed again (no fileReady).
    bool contentUnchanged = false;
    /// {type, path, from?, folder, root, time (ISO 8601 UTC with ms), size?, dir?, while_stopped?,
    /// content_unchanged?}
    QJsonObject toJson() const;
};

} // namespace sluice

Q_DECLARE_METATYPE(sluice::WatchFolderConfig)
Q_DECLARE_METATYPE(sluice::WatchFolderStatus)
Q_DECLARE_METATYPE(sluice::WaitingFile)
Q_DECLARE_METATYPE(sluice::WatchEvent)
