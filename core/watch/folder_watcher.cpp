#include "folder_watcher.h"

#include "content_hash.h"
#include "dir_scanner.h"
#include "inotify_backend.h"
#include "log/event_log.h"
#include "mount_table.h"
#include "parallel_dir_walk.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QJsonObject>
#include <cerrno>
#include <cstring>

namespace sluice {

namespace {

bool isUnder(const QString& path, const QString& dir) {
    return path.size() > dir.size() && path.startsWith(dir) && path.at(dir.size()) == QLatin1Char('/');
}

bool isAtOrUnder(const QString& path, const QString& dir) {
    return path == dir || isUnder(path, dir);
}

QString joinPath(const QString& dir, const QString& name) {
    return dir == QStringLiteral("/") ? dir + name : dir + QLatin1Char('/') + name;
}

constexpr int kThrottleMs = 250;
constexpr qint64 kWaitingSizeRefreshMs = 1000; ///< how often a growing file's size is re-sent
constexpr qint64 kFirstMiBBytes = 1024 * 1024; ///< what ContentHashMode::FirstMiB hashes

WatchEvent makeEvent(const QString& type, const QString& path, const QString& from, const QString& root) {
    WatchEvent e;
    e.type = type;
    e.path = path;
    e.from = from;
    e.root = root;
    return e;
}

} // namespace

FolderWatcher::FolderWatcher(const WatchFolderConfig& config, const WatchOptions& options, EventLog* log,
                             QObject* parent)
    : QObject(parent), m_config(config), m_options(options), m_filter(config), m_log(log),
      m_gate(config.settleMs, config.minAgeMs) {
    init();
}

FolderWatcher::FolderWatcher(const WatchOptions& options, EventLog* log, QObject* parent)
    : QObject(parent), m_options(options), m_log(log) {
    m_config.name = QStringLiteral("watch");
    m_config.settleMs = options.settleMs;
    m_config.rescanMs = options.rescanMs;
    m_filter = WatchFilter(m_config);
    m_gate = StabilityGate(m_config.settleMs, m_config.minAgeMs);
    init();
}

FolderWatcher::~FolderWatcher() = default;

void FolderWatcher::init() {
    m_clock.start();
    auto timer = [this](int interval, bool singleShot) {
        auto* t = new QTimer(this);
        t->setInterval(interval);
        t->setSingleShot(singleShot);
        return t;
    };
    m_gateTimer = timer(qMax(10, m_options.pollMs), false);
    m_pollTimer = timer(qMax(100, m_config.pollIntervalMs), false);
    m_rescanTimer = timer(qMax(1000, m_config.rescanMs), false);
    m_missingTimer = timer(1000, false);
    m_moveTimer = timer(qMax(1, m_options.renameWindowMs / 2), true);
    m_deleteTimer = timer(qMax(1, m_options.renameWindowMs), true);
    m_cooldownTimer = timer(qMax(10, m_config.cooldownMs), true);
    m_statusTimer = timer(kThrottleMs, true);
    m_waitingTimer = timer(kThrottleMs, true);
    m_debounce = timer(qMax(1, m_options.debounceMs), true);
    connect(m_gateTimer, &QTimer::timeout, this, [this] { checkGate(); });
    connect(m_pollTimer, &QTimer::timeout, this, [this] {
        QStringList polled;
        for (auto it = m_dirs.cbegin(); it != m_dirs.cend(); ++it)
            if (it->polled)
                polled.append(it.key());
        if (!polled.isEmpty())
            diffDirs(polled);
    });
    connect(m_rescanTimer, &QTimer::timeout, this, &FolderWatcher::rescanAll);
    connect(m_missingTimer, &QTimer::timeout, this, &FolderWatcher::checkMissingRoots);
    connect(m_moveTimer, &QTimer::timeout, this, [this] { flushMovedFrom(false); });
    connect(m_deleteTimer, &QTimer::timeout, this, &FolderWatcher::flushDeletes);
    connect(m_cooldownTimer, &QTimer::timeout, this, &FolderWatcher::flushCooldown);
    connect(m_statusTimer, &QTimer::timeout, this, [this] { Q_EMIT statusChanged(status()); });
    connect(m_waitingTimer, &QTimer::timeout, this, [this] {
        m_waitingSizesStale = false;
        m_lastWaitingMs = m_clock.elapsed();
        Q_EMIT waitingChanged(m_gate.waiting());
    });
    connect(m_debounce, &QTimer::timeout, this, [this] {
        const QSet<QString> dirs = std::exchange(m_dirtyDirs, {});
        diffDirs(QStringList(dirs.begin(), dirs.end()));
    });
    if (m_config.rescanMs > 0)
        m_rescanTimer->start();
}

// ---------------------------------------------------------------------------------------------------
// Roots

void FolderWatcher::start() {
    for (const QString& root : std::as_const(m_config.roots))
        addRoot(root);
}

void FolderWatcher::addRoot(const QString& rootPath) {
    const QString root = QDir::cleanPath(QFileInfo(rootPath).absoluteFilePath());
    if (m_roots.contains(root))
        return;
    if (!m_config.roots.contains(root))
        m_config.roots.append(root);
    m_roots.append(root);
    RootState state;
    const MountTable::Mount mount = MountTable::current().mountOf(root);
    if (m_config.forcePolling) {
        state.pollAll = true;
        state.state = WatchState::Polling;
        state.reason = tr("polling (set in the watch folder's settings)");
    } else if (MountTable::isNetworkFileSystem(mount.fsType)) {
        state.pollAll = true;
        state.state = WatchState::Polling;
        state.reason = tr("on a network file system (%1): changes made elsewhere cannot be notified, so the "
                          "folder is polled every %2 s")
                           .arg(mount.fsType)
                           .arg(m_config.pollIntervalMs / 1000.0);
    }
    m_rootStates.insert(root, state);
    if (state.pollAll && m_log)
        m_log->add(EventLevel::Warning, QStringLiteral("watch_polling"), root, state.reason,
                   QJsonObject{{QStringLiteral("folder"), m_config.name},
                               {QStringLiteral("fs_type"), mount.fsType}});
    if (!QFileInfo(root).isDir()) {
        markRootMissing(root, tr("the folder does not exist or is not a folder; watching for it to appear"));
        return;
    }
    watchRootNow(root);
}

void FolderWatcher::watchRootNow(const QString& root) {
    RootState& state = m_rootStates[root];
    const DirListing probe = listDirectory(root, false);
    if (!probe.ok) {
        markRootMissing(root, tr("cannot read the folder: %1").arg(probe.errorString));
        return;
    }
    Baseline baseline;
    if (m_baselineProvider)
        baseline = m_baselineProvider(root);
    state.hadBaseline = !baseline.isEmpty();
    ScanCounts counts;
    addDirTree(root, root, ScanMode::Start, &baseline, &counts);
    // What the store knew and is gone now was deleted while Sluice was stopped.
    for (auto it = baseline.cbegin(); it != baseline.cend(); ++it) {
        if (!isUnder(it.key(), root) || m_registry.find(it.key()) || m_gate.contains(it.key()))
            continue;
        if (statPath(it.key()))
            continue; // present but filtered now
        ++counts.deleted;
        WatchEvent e;
        e.type = QStringLiteral("deleted");
        e.path = it.key();
        e.root = root;
        e.whileStopped = true;
        announce(e);
    }
    Q_EMIT startScanFinished(root, counts.created, counts.modified, counts.deleted, counts.unchanged);
    if (state.state == WatchState::Error)
        setRootState(root, state.pollAll ? WatchState::Polling : WatchState::Watching,
                     state.pollAll ? state.reason : QString());
    scheduleStatus();
    startGateTimer();
}

void FolderWatcher::removeRoot(const QString& rootPath) {
    const QString root = QDir::cleanPath(QFileInfo(rootPath).absoluteFilePath());
    if (!m_roots.removeOne(root))
        return;
    m_config.roots.removeAll(root);
    forgetDir(root);
    m_rootStates.remove(root);
    scheduleStatus();
    scheduleWaiting();
}

void FolderWatcher::rescanAll() {
    QStringList dirs;
    for (auto it = m_dirs.cbegin(); it != m_dirs.cend(); ++it)
        if (!m_rootStates.value(it->root).missing)
            dirs.append(it.key());
    for (const QString& root : std::as_const(m_roots))
        if (!m_rootStates.value(root).missing && !m_dirs.contains(root) && QFileInfo(root).isDir())
            dirs.append(root);
    diffDirs(dirs);
}

void FolderWatcher::markRootMissing(const QString& root, const QString& reason) {
    RootState& state = m_rootStates[root];
    const bool wasMissing = state.missing;
    state.missing = true;
    forgetDir(root);
    setRootState(root, WatchState::Error, reason);
    if (!wasMissing) {
        if (m_log)
            m_log->add(EventLevel::Error, QStringLiteral("watch_error"), root, reason,
                       QJsonObject{{QStringLiteral("folder"), m_config.name}});
        Q_EMIT rootError(root, reason);
    }
    scheduleWaiting();
    m_missingTimer->start();
}

void FolderWatcher::checkMissingRoots() {
    bool any = false;
    for (const QString& root : std::as_const(m_roots)) {
        RootState& state = m_rootStates[root];
        if (!state.missing)
            continue;
        if (!QFileInfo(root).isDir() || !listDirectory(root, false).ok) {
            any = true;
            continue;
        }
        state.missing = false;
        setRootState(root, state.pollAll ? WatchState::Polling : WatchState::Watching,
                     state.pollAll ? state.reason : QString());
        if (m_log)
            m_log->add(EventLevel::Info, QStringLiteral("watch_recovered"), root,
                       tr("The watched folder is back; watching again"),
                       QJsonObject{{QStringLiteral("folder"), m_config.name}});
        Q_EMIT rootRecovered(root);
        ScanCounts counts;
        addDirTree(root, root, ScanMode::NewFolder, nullptr, &counts);
        startGateTimer();
    }
    if (!any)
        m_missingTimer->stop();
}

void FolderWatcher::setRootState(const QString& root, WatchState state, const QString& reason) {
    RootState& s = m_rootStates[root];
    if (s.state == state && s.reason == reason)
        return;
    s.state = state;
    s.reason = reason;
    scheduleStatus();
}

// ---------------------------------------------------------------------------------------------------
// Paths and filters

QString FolderWatcher::rootOf(const QString& path) const {
    QString best;
    for (const QString& root : m_roots)
        if (isAtOrUnder(path, root) && root.size() > best.size())
            best = root;
    return best;
}

QString FolderWatcher::relativePath(const QString& root, const QString& path) const {
    return path.mid(root.size() + (root.endsWith(QLatin1Char('/')) ? 0 : 1));
}

bool FolderWatcher::isExcludedPath(const QString& path) const {
    for (const QString& excluded : m_options.excludedPaths)
        if (!excluded.isEmpty() && isAtOrUnder(path, excluded))
            return true;
    return false;
}

bool FolderWatcher::acceptsFile(const QString& root, const QString& path) const {
    return m_filter.acceptsFile(relativePath(root, path)) && !isExcludedPath(path);
}

bool FolderWatcher::acceptsDir(const QString& root, const QString& path) const {
    if (path == root)
        return true;
    return m_config.recursive && m_filter.acceptsDir(relativePath(root, path)) && !isExcludedPath(path);
}

TrackedFile FolderWatcher::trackedFrom(const FileStat& stat, quint64 hash) const {
    return TrackedFile{stat.size, stat.mtimeNs, stat.inode, hash};
}

// ---------------------------------------------------------------------------------------------------
// Folders

void FolderWatcher::watchDir(const QString& dir, const QString& root, std::optional<int> addedWatch) {
    DirState state;
    state.root = root;
    const RootState& rootState = m_rootStates[root];
    if (rootState.pollAll) {
        state.polled = true;
    } else {
#ifdef Q_OS_LINUX
        if (!m_inotify) {
            m_inotify = new InotifyBackend(this);
            connect(m_inotify, &InotifyBackend::events, this, &FolderWatcher::onInotify);
        }
        int wd = -ENOSPC;
        if (addedWatch)
            wd = *addedWatch;
        else if (m_config.maxNativeWatches <= 0 || m_nativeWatches < m_config.maxNativeWatches)
            wd = m_inotify->isValid() ? m_inotify->addWatch(dir) : -m_inotify->initError();
        if (wd >= 0) {
            // Two paths can share a watch (bind mounts, a folder moved back); the newer one wins.
            if (!m_wdDirs.contains(wd))
                ++m_nativeWatches;
            state.wd = wd;
            m_wdDirs.insert(wd, dir);
        } else {
            state.polled = true;
            noteWatchLimit(dir, -wd);
        }
#else
        Q_UNUSED(addedWatch);
        if (!m_qfsw) {
            m_qfsw = new QFileSystemWatcher(this);
            connect(m_qfsw, &QFileSystemWatcher::directoryChanged, this, [this](const QString& changed) {
                m_dirtyDirs.insert(changed);
                if (!m_debounce->isActive())
                    m_debounce->start();
            });
        }
        const bool withinLimit =
            m_config.maxNativeWatches <= 0 || m_nativeWatches < m_config.maxNativeWatches;
        if (withinLimit && m_qfsw->addPath(dir)) {
            ++m_nativeWatches;
            state.wd = 0;
        } else {
            state.polled = true;
            noteWatchLimit(dir, withinLimit ? 0 : ENOSPC);
        }
#endif
    }
    m_dirs.insert(dir, state);
    if (state.polled && !m_pollTimer->isActive())
        m_pollTimer->start();
}

void FolderWatcher::noteWatchLimit(const QString& dir, int error) {
    const QString root = m_dirs.value(dir).root.isEmpty() ? rootOf(dir) : m_dirs.value(dir).root;
    QString reason;
    if (error == ENOSPC) {
        // The same words whether the kernel refused or the folder's own limit (maxNativeWatches) did.
        const int limit =
            m_config.maxNativeWatches > 0 ? m_config.maxNativeWatches : InotifyBackend::maxUserWatches();
        reason =
            tr("the inotify watch limit fs.inotify.max_user_watches (%1) is reached; further folders are "
               "polled every %2 s, nothing is missed. Raise it with: sudo sysctl "
               "fs.inotify.max_user_watches=524288 (and a file in /etc/sysctl.d/ to keep it)")
                .arg(limit)
                .arg(m_config.pollIntervalMs / 1000.0);
    } else {
        reason = tr("no change notifications for this folder (%1); it is polled every %2 s")
                     .arg(error ? QString::fromLocal8Bit(strerror(error)) : tr("refused"))
                     .arg(m_config.pollIntervalMs / 1000.0);
    }
    if (!root.isEmpty() && m_rootStates.value(root).state == WatchState::Watching)
        setRootState(root, WatchState::Polling, reason);
    warnOnce(QStringLiteral("limit:") + root, dir, reason);
}

void FolderWatcher::warnOnce(const QString& key, const QString& path, const QString& message) {
    if (m_warned.contains(key))
        return;
    m_warned.insert(key);
    // Only the watch-limit warning means that the folder is polled now; the others (unreadable folder,
    // a name that is not valid UTF-8, a queue overflow) are plain warnings.
    const QString kind = key.startsWith(QLatin1String("limit:")) ? QStringLiteral("watch_polling")
                                                                 : QStringLiteral("watch_warning");
    if (m_log)
        m_log->add(EventLevel::Warning, kind, path, message,
                   QJsonObject{{QStringLiteral("folder"), m_config.name}});
}

void FolderWatcher::addDirTree(const QString& top, const QString& root, ScanMode mode,
                               const Baseline* baseline, ScanCounts* counts) {
    QSet<QPair<quint64, quint64>> visited;
    const qint64 now = m_clock.elapsed();
    const bool nameOnly = m_filter.isNameOnly() && m_options.excludedPaths.isEmpty();
    // A start scan that reports nothing only fills the registry: the thread that lists a folder also
    // filters its names and builds its table, so both cores list and hash.
    const bool tableOnly = mode == ScanMode::Start && !m_options.reportExisting;
    ParallelDirWalk::FileFilter tableFilter;
    if (tableOnly)
        tableFilter = [this, &root, nameOnly](const QString& dir, const DirEntry& file) {
            return acceptsListedFile(root, dir, file, nameOnly);
        };
    // Watch first, then list: what is created in between is seen twice, never missed. With plain
    // inotify (no folder limit of our own) the thread that lists a folder adds its watch right before,
    // and the watch is recorded here when the listing is consumed; otherwise watchDir() adds it here.
    ParallelDirWalk::Prepare addWatch;
#ifdef Q_OS_LINUX
    if (!m_rootStates.value(root).pollAll && m_config.maxNativeWatches <= 0) {
        if (!m_inotify) {
            m_inotify = new InotifyBackend(this);
            connect(m_inotify, &InotifyBackend::events, this, &FolderWatcher::onInotify);
        }
        if (m_inotify->isValid())
            addWatch = [inotify = m_inotify](const QString& dir) {
                return inotify->addWatch(dir);
            };
    }
#endif
    ParallelDirWalk walk(ParallelDirWalk::defaultThreads(), tableFilter, addWatch);
    // A stat per file only where it tells something now: polled folders (the next poll compares), a
    // start with the store's baseline (what changed while stopped), and new folders (the gate).
    const bool statFiles = mode != ScanMode::Start || (baseline && !baseline->isEmpty()) ||
                           m_options.reportExisting || m_config.maxSizeBytes > 0;
    auto enqueue = [&](const QString& dir) {
        if (isExcludedPath(dir))
            return;
        if (m_dirs.contains(dir)) {
            walk.add(dir, statFiles || m_dirs.value(dir).polled);
        } else if (addWatch) {
            walk.add(dir, statFiles, true); // a folder that cannot be watched is listed with stats
        } else {
            watchDir(dir, root);
            walk.add(dir, statFiles || m_dirs.value(dir).polled);
        }
    };
    enqueue(top);
    walk.run([&](WalkedFolder& folder) {
        const QString& dir = folder.path;
        const DirListing& listing = folder.listing;
        if (folder.prepared)
            watchDir(dir, root, folder.prepareResult);
        if (!listing.ok) {
            if (listing.error == ENOENT || listing.error == ENOTDIR) {
                forgetDir(dir);
                return;
            }
            warnOnce(QStringLiteral("unreadable:") + dir, dir,
                     tr("Cannot read this folder (%1); its files are not seen until it is readable")
                         .arg(listing.errorString));
            return;
        }
        if (!visited.contains({listing.self.device, listing.self.inode}))
            visited.insert({listing.self.device, listing.self.inode});
        else
            return; // the same folder twice (a bind mount inside the root): never loop
        for (const QByteArray& raw : listing.undecodable)
            warnOnce(QStringLiteral("name:") + dir + QString::fromLatin1(raw.toHex()), dir,
                     tr("A name in this folder is not valid in the file-name encoding and is skipped: %1")
                         .arg(QString::fromLatin1(raw.toPercentEncoding("/ "))));
        if (tableOnly) {
            counts->unchanged += int(folder.files.size());
            m_registry.adopt(dir, std::move(folder.files));
        }
        // A start scan fills one folder's table at a time: found once, not once per file.
        FileRegistry::Files* table = nullptr;
        if (mode == ScanMode::Start && !tableOnly) {
            table = m_registry.table(dir);
            table->reserve(listing.entries.size());
        }
        for (const DirEntry& entry : listing.entries) {
            if (entry.isDir) {
                const QString path = joinPath(dir, entry.name);
                if (acceptsDir(root, path))
                    enqueue(path);
                continue;
            }
            if (tableOnly)
                continue; // the walk has put the files in folder.files
            if (!acceptsListedFile(root, dir, entry, nameOnly))
                continue;
            const QString path = joinPath(dir, entry.name);
            if (mode == ScanMode::Start) {
                const auto known = baseline ? baseline->constFind(path) : Baseline::const_iterator();
                const bool isKnown = baseline && known != baseline->cend();
                if (isKnown && !known->retry && known->size == entry.stat.size &&
                    known->mtimeMs == entry.stat.mtimeNs / 1000000) {
                    m_registry.insert(table, entry.name, trackedFrom(entry.stat));
                    ++counts->unchanged;
                    continue;
                }
                if (isKnown &&
                    (known->size != entry.stat.size || known->mtimeMs != entry.stat.mtimeNs / 1000000))
                    ++counts->modified;
                else if (!isKnown)
                    ++counts->created;
                const bool whileStopped = baseline && !baseline->isEmpty();
                m_gate.enter(path, root, isKnown ? QStringLiteral("modified") : QStringLiteral("created"),
                             entry.stat, now, false, whileStopped);
                continue;
            }
            if (mode == ScanMode::NewFolder) {
                if (m_registry.find(dir, entry.name) || m_gate.contains(path))
                    continue;
                ++counts->created;
                m_gate.enter(path, root, QStringLiteral("created"), entry.stat, now, false);
            }
        }
    });
    scheduleWaiting();
    scheduleStatus();
}

bool FolderWatcher::acceptsListedFile(const QString& root, const QString& dir, const DirEntry& file,
                                      bool nameOnly) const {
    if (nameOnly ? !m_filter.acceptsName(file.name) : !acceptsFile(root, joinPath(dir, file.name)))
        return false;
    return !file.statted || m_filter.acceptsSize(file.stat.size);
}

int FolderWatcher::forgetDir(const QString& dir) {
    for (auto it = m_dirs.begin(); it != m_dirs.end();) {
        if (isAtOrUnder(it.key(), dir)) {
            if (it->wd >= 0) {
#ifdef Q_OS_LINUX
                if (m_inotify && m_wdDirs.value(it->wd) == it.key()) {
                    m_inotify->removeWatch(it->wd);
                    m_wdDirs.remove(it->wd);
                    --m_nativeWatches;
                }
#else
                if (m_qfsw) {
                    m_qfsw->removePath(it.key());
                    --m_nativeWatches;
                }
#endif
            }
            it = m_dirs.erase(it);
        } else {
            ++it;
        }
    }
    if (m_gate.removeUnder(dir) > 0)
        scheduleWaiting();
    for (auto it = m_pendingDeletes.begin(); it != m_pendingDeletes.end();)
        it = isUnder(it.key(), dir) ? m_pendingDeletes.erase(it) : std::next(it);
    return m_registry.removeTree(dir);
}

void FolderWatcher::moveDir(const QString& from, const QString& to) {
    QList<QPair<QString, DirState>> moved;
    for (auto it = m_dirs.begin(); it != m_dirs.end();) {
        if (isAtOrUnder(it.key(), from)) {
            moved.append({to + it.key().mid(from.size()), *it});
            it = m_dirs.erase(it);
        } else {
            ++it;
        }
    }
    const QString root = rootOf(to);
    for (auto& [path, state] : moved) {
        state.root = root;
        if (state.wd >= 0)
            m_wdDirs.insert(state.wd, path);
        m_dirs.insert(path, state);
    }
    m_registry.moveTree(from, to);
    const QList<WaitingFile> waiting = m_gate.waiting();
    for (const WaitingFile& w : waiting)
        if (isUnder(w.path, from))
            m_gate.rename(w.path, to + w.path.mid(from.size()));
    scheduleWaiting();
}

// ---------------------------------------------------------------------------------------------------
// Native notifications

void FolderWatcher::onInotify(const QList<InotifyEvent>& batch) {
    for (const InotifyEvent& e : batch) {
        if (e.mask & InotifyBackend::QueueOverflow) {
            warnOnce(QStringLiteral("overflow:") + QString::number(m_clock.elapsed() / 10000), {},
                     tr("Too many changes at once for the kernel's notification queue; every folder is "
                        "rescanned so that nothing is missed"));
            flushMovedFrom(true);
            rescanAll();
            continue;
        }
        const auto dirIt = m_wdDirs.constFind(e.wd);
        if (dirIt == m_wdDirs.cend())
            continue;
        const QString dir = *dirIt;
        if (e.mask & InotifyBackend::Ignored) {
            m_wdDirs.remove(e.wd);
            --m_nativeWatches;
            auto d = m_dirs.find(dir);
            if (d != m_dirs.end() && d->wd == e.wd)
                d->wd = -1;
            continue;
        }
        if (e.name.isEmpty()) {
            // The watched folder itself: only a root matters here (a sub-folder's parent reports it).
            if ((e.mask &
                 (InotifyBackend::DeleteSelf | InotifyBackend::MoveSelf | InotifyBackend::Unmount)) &&
                m_roots.contains(dir))
                markRootMissing(dir,
                                tr("the watched folder was deleted or moved away; watching for it to come "
                                   "back"));
            continue;
        }
        const QString name = QFile::decodeName(e.name);
        if (QFile::encodeName(name) != e.name) {
            warnOnce(QStringLiteral("name:") + dir + QString::fromLatin1(e.name.toHex()), dir,
                     tr("A name in this folder is not valid in the file-name encoding and is skipped: %1")
                         .arg(QString::fromLatin1(e.name.toPercentEncoding("/ "))));
            continue;
        }
        if (e.mask & InotifyBackend::IsDir)
            onDirEvent(dir, name, e.mask, e.cookie);
        else
            onFileEvent(dir, name, e.mask, e.cookie);
    }
    // A move's two halves come in one read; what is left unpaired is a move out (after a short wait,
    // in case the halves straddle two reads).
    if (!m_movedFrom.isEmpty() && !m_moveTimer->isActive())
        m_moveTimer->start();
}

void FolderWatcher::onDirEvent(const QString& dir, const QString& name, quint32 mask, quint32 cookie) {
    const QString path = joinPath(dir, name);
    const QString root = m_dirs.value(dir).root;
    if (mask & InotifyBackend::MovedFrom) {
        m_movedFrom.insert(cookie, MovedFrom{path, true, m_clock.elapsed()});
        return;
    }
    if (mask & InotifyBackend::MovedTo) {
        const auto from = m_movedFrom.find(cookie);
        if (from != m_movedFrom.end() && from->isDir) {
            const QString fromPath = from->path;
            m_movedFrom.erase(from);
            const bool known = m_dirs.contains(fromPath);
            if (!acceptsDir(root, path)) {
                if (known) {
                    forgetDir(fromPath);
                    WatchEvent e = makeEvent(QStringLiteral("deleted"), fromPath, {}, rootOf(fromPath));
                    e.isDir = true;
                    announce(e);
                }
                return;
            }
            if (known) {
                moveDir(fromPath, path);
                WatchEvent e = makeEvent(QStringLiteral("renamed"), path, fromPath, root);
                e.isDir = true;
                announce(e);
                return;
            }
        }
        // Moved in from outside (or from a part that was not watched): scanned whole.
    } else if (mask & InotifyBackend::Delete) {
        forgetDir(path);
        return;
    } else if (!(mask & InotifyBackend::Create)) {
        return;
    }
    if (!acceptsDir(root, path))
        return;
    ScanCounts counts;
    addDirTree(path, root, ScanMode::NewFolder, nullptr, &counts);
    startGateTimer();
}

void FolderWatcher::onFileEvent(const QString& dir, const QString& name, quint32 mask, quint32 cookie) {
    const QString path = joinPath(dir, name);
    if (mask & InotifyBackend::MovedFrom) {
        // Kept even for filtered names: a temporary renamed over a tracked file is a save.
        m_movedFrom.insert(cookie, MovedFrom{path, false, m_clock.elapsed()});
        return;
    }
    if (mask & InotifyBackend::MovedTo) {
        const auto from = m_movedFrom.find(cookie);
        if (from != m_movedFrom.end() && !from->isDir) {
            const QString fromPath = from->path;
            m_movedFrom.erase(from);
            fileMoved(fromPath, path);
            return;
        }
        const QString root = m_dirs.value(dir).root;
        if (acceptsFile(root, path))
            fileAppeared(path, root, false); // moved in: complete
        return;
    }
    const QString root = m_dirs.value(dir).root;
    if (root.isEmpty() || !acceptsFile(root, path))
        return;
    const qint64 now = m_clock.elapsed();
    if (mask & InotifyBackend::Delete) {
        m_gate.remove(path);
        scheduleWaiting();
        const TrackedFile* tracked = m_registry.find(dir, name);
        if (tracked) {
            const TrackedFile copy = *tracked;
            m_registry.remove(dir, name);
            scheduleDelete(path, root, copy);
        }
        return;
    }
    if (mask & InotifyBackend::Create) {
        // Not yet known whether a writer holds it: open(O_CREAT) is followed by IN_MODIFY, a hard link
        // or linkat() of an O_TMPFILE (QSaveFile, QFile::copy) by nothing. The gate's timer decides.
        fileAppeared(path, root, false, false);
        return;
    }
    if (mask & InotifyBackend::Modify) {
        if (m_gate.contains(path)) {
            m_gate.touch(path, now, true);
            return;
        }
        fileAppeared(path, root, true);
        return;
    }
    if (mask & InotifyBackend::CloseWrite) {
        if (m_gate.contains(path)) {
            m_gate.touch(path, now, false);
        } else {
            const std::optional<FileStat> st = statPath(path);
            if (!st || st->isDir)
                return;
            const TrackedFile* tracked = m_registry.find(dir, name);
            if (!tracked)
                fileAppeared(path, root, false);
            else if (tracked->size != st->size || tracked->mtimeNs != st->mtimeNs)
                m_gate.enter(path, root, QStringLiteral("modified"), *st, now, false);
            else if (m_config.contentHash != ContentHashMode::Off)
                m_gate.enter(path, root, QStringLiteral("content_check"), *st, now, false);
            else
                return;
            scheduleWaiting();
        }
        if (m_config.settleMs == 0)
            checkGate(path);
        startGateTimer();
        return;
    }
    if (mask & InotifyBackend::Attrib) {
        // touch(1), utime(): mtime changed without a write.
        const TrackedFile* tracked = m_registry.find(dir, name);
        if (!tracked || m_gate.contains(path))
            return;
        const std::optional<FileStat> st = statPath(path);
        if (st && !st->isDir && tracked->mtimeNs < 0) {
            m_registry.insert(dir, name, trackedFrom(*st, tracked->contentHash)); // first stat of it
            return;
        }
        if (st && !st->isDir && (st->mtimeNs != tracked->mtimeNs || st->size != tracked->size)) {
            m_gate.enter(path, root, QStringLiteral("modified"), *st, now, false);
            scheduleWaiting();
            startGateTimer();
        }
    }
}

void FolderWatcher::fileAppeared(const QString& path, const QString& root, bool writerOpen, bool checkNow) {
    const std::optional<FileStat> st = statPath(path);
    if (!st || st->isDir || !m_filter.acceptsSize(st->size))
        return;
    const qint64 now = m_clock.elapsed();
    QString dir, name;
    FileRegistry::split(path, &dir, &name);
    QString type = QStringLiteral("created");
    if (m_pendingDeletes.remove(path) > 0) {
        type = QStringLiteral("modified"); // written anew right after it went away: a save
    } else if (const TrackedFile* tracked = m_registry.find(dir, name)) {
        if (!writerOpen && tracked->size == st->size && tracked->mtimeNs == st->mtimeNs &&
            tracked->inode == st->inode)
            return;
        type = QStringLiteral("modified");
    }
    if (m_gate.contains(path))
        m_gate.touch(path, now, writerOpen);
    else
        m_gate.enter(path, root, type, *st, now, writerOpen);
    scheduleWaiting();
    if (checkNow && !writerOpen && m_config.settleMs == 0)
        checkGate(path);
    startGateTimer();
}

void FolderWatcher::fileMoved(const QString& from, const QString& to) {
    QString fromDir, fromName, toDir, toName;
    FileRegistry::split(from, &fromDir, &fromName);
    FileRegistry::split(to, &toDir, &toName);
    const QString fromRoot = m_dirs.value(fromDir).root;
    const QString toRoot = m_dirs.value(toDir).root;
    const TrackedFile* fromTrackedPtr = m_registry.find(fromDir, fromName);
    const std::optional<TrackedFile> fromTracked =
        fromTrackedPtr ? std::optional<TrackedFile>(*fromTrackedPtr) : std::nullopt;
    const bool fromWaiting = m_gate.contains(from);
    if (fromTracked)
        m_registry.remove(fromDir, fromName);
    const bool toAccepted = !toRoot.isEmpty() && acceptsFile(toRoot, to);
    if (!toAccepted) {
        m_gate.remove(from);
        scheduleWaiting();
        if (fromTracked)
            scheduleDelete(from, fromRoot, *fromTracked); // renamed to a temporary name: maybe a save
        return;
    }
    const bool toTracked = m_registry.find(toDir, toName) != nullptr;
    const bool toPendingDelete = m_pendingDeletes.contains(to);
    if (toTracked || toPendingDelete) {
        // A temporary renamed over the original: an (atomic) save, one `modified` on the original.
        m_gate.remove(from);
        if (fromTracked)
            scheduleDelete(from, fromRoot, *fromTracked);
        m_registry.remove(toDir, toName);
        m_pendingDeletes.remove(to);
        const std::optional<FileStat> st = statPath(to);
        if (st && !st->isDir) {
            m_gate.enter(to, toRoot, QStringLiteral("modified"), *st, m_clock.elapsed(), false);
            if (m_config.settleMs == 0)
                checkGate(to);
            startGateTimer();
        }
        scheduleWaiting();
        return;
    }
    if (fromTracked) {
        m_registry.insert(toDir, toName, *fromTracked);
        if (fromWaiting)
            m_gate.rename(from, to);
        WatchEvent e = makeEvent(QStringLiteral("renamed"), to, from, toRoot);
        e.size = fromTracked->size;
        announce(e);
        return;
    }
    if (fromWaiting) {
        m_gate.rename(from, to);
        scheduleWaiting();
        return;
    }
    fileAppeared(to, toRoot, false); // e.g. "report.pdf.part" → "report.pdf": a download finished
}

void FolderWatcher::flushMovedFrom(bool all) {
    const qint64 now = m_clock.elapsed();
    for (auto it = m_movedFrom.begin(); it != m_movedFrom.end();) {
        if (!all && now - it->atMs < m_options.renameWindowMs / 2) {
            ++it;
            continue;
        }
        const MovedFrom moved = *it;
        it = m_movedFrom.erase(it);
        if (moved.isDir) {
            if (!m_dirs.contains(moved.path))
                continue;
            const QString root = m_dirs.value(moved.path).root;
            forgetDir(moved.path);
            WatchEvent e = makeEvent(QStringLiteral("deleted"), moved.path, {}, root);
            e.isDir = true; // moved out: one event for the folder, none per file
            announce(e);
            continue;
        }
        QString dir, name;
        FileRegistry::split(moved.path, &dir, &name);
        m_gate.remove(moved.path);
        const TrackedFile* tracked = m_registry.find(dir, name);
        if (tracked) {
            const TrackedFile copy = *tracked;
            m_registry.remove(dir, name);
            scheduleDelete(moved.path, m_dirs.value(dir).root, copy);
        }
        scheduleWaiting();
    }
    if (!m_movedFrom.isEmpty())
        m_moveTimer->start();
}

void FolderWatcher::scheduleDelete(const QString& path, const QString& root, const TrackedFile& file) {
    m_pendingDeletes.insert(path, PendingDelete{root, file, m_clock.elapsed() + m_options.renameWindowMs});
    if (!m_deleteTimer->isActive())
        m_deleteTimer->start();
}

void FolderWatcher::flushDeletes() {
    const qint64 now = m_clock.elapsed();
    qint64 nextDue = -1;
    for (auto it = m_pendingDeletes.begin(); it != m_pendingDeletes.end();) {
        if (it->dueMs > now) {
            nextDue = nextDue < 0 ? it->dueMs : qMin(nextDue, it->dueMs);
            ++it;
            continue;
        }
        WatchEvent e = makeEvent(QStringLiteral("deleted"), it.key(), {}, it->root);
        it = m_pendingDeletes.erase(it);
        announce(e);
    }
    if (nextDue >= 0)
        m_deleteTimer->start(int(qMax<qint64>(1, nextDue - now)));
}

// ---------------------------------------------------------------------------------------------------
// Polling and rescans

void FolderWatcher::diffDirs(const QStringList& dirs) {
    struct Gone {
        QString path;
        QString root;
        TrackedFile file;
    };
    QList<Gone> gone;
    QHash<QPair<quint64, qint64>, QString> createdByIdentity; // (inode, size) → new path
    const qint64 now = m_clock.elapsed();
    for (const QString& dir : dirs) {
        if (!m_dirs.contains(dir) && !m_roots.contains(dir))
            continue;
        const QString root = m_dirs.contains(dir) ? m_dirs.value(dir).root : dir;
        const DirListing listing = listDirectory(dir, true);
        if (!listing.ok) {
            if (m_roots.contains(dir))
                markRootMissing(dir,
                                tr("the watched folder no longer exists or cannot be read (%1); watching "
                                   "for it to come back")
                                    .arg(listing.errorString));
            continue; // a vanished sub-folder is handled by its parent's listing
        }
        QList<DirEntry> files;
        QSet<QString> listedDirs;
        for (const DirEntry& entry : listing.entries) {
            const QString path = joinPath(dir, entry.name);
            if (entry.isDir) {
                if (!acceptsDir(root, path))
                    continue;
                listedDirs.insert(path);
                if (!m_dirs.contains(path)) {
                    ScanCounts counts;
                    addDirTree(path, root, ScanMode::NewFolder, nullptr, &counts);
                }
                continue;
            }
            if (acceptsFile(root, path) && m_filter.acceptsSize(entry.stat.size))
                files.append(entry);
        }
        // Sub-folders known but not listed any more: moved out or deleted.
        QStringList vanishedDirs;
        for (auto it = m_dirs.cbegin(); it != m_dirs.cend(); ++it) {
            if (!isUnder(it.key(), dir) || listedDirs.contains(it.key()))
                continue;
            const QString rest = it.key().mid(dir.size() + 1);
            if (!rest.contains(QLatin1Char('/')))
                vanishedDirs.append(it.key());
        }
        for (const QString& vanished : std::as_const(vanishedDirs)) {
            forgetDir(vanished);
            WatchEvent e = makeEvent(QStringLiteral("deleted"), vanished, {}, root);
            e.isDir = true;
            announce(e);
        }
        const FileRegistry::Diff diff = m_registry.diff(dir, files);
        for (const DirEntry& entry : diff.created) {
            const QString path = joinPath(dir, entry.name);
            if (m_gate.contains(path))
                continue;
            if (m_pendingDeletes.remove(path) > 0) {
                m_gate.enter(path, root, QStringLiteral("modified"), entry.stat, now, false);
                continue;
            }
            createdByIdentity.insert({entry.stat.inode, entry.stat.size}, path);
            m_gate.enter(path, root, QStringLiteral("created"), entry.stat, now, false);
        }
        for (const DirEntry& entry : diff.filled)
            m_registry.insert(dir, entry.name, trackedFrom(entry.stat));
        for (const DirEntry& entry : diff.changed) {
            const QString path = joinPath(dir, entry.name);
            if (!m_gate.contains(path))
                m_gate.enter(path, root, QStringLiteral("modified"), entry.stat, now, false);
        }
        for (const QString& name : diff.gone) {
            const QString path = joinPath(dir, name);
            const TrackedFile file = *m_registry.find(dir, name);
            m_registry.remove(dir, name);
            gone.append(Gone{path, root, file});
        }
    }
    // Same inode and size under a new name in the same pass: a rename, not deleted + created.
    for (const Gone& g : std::as_const(gone)) {
        const auto match = createdByIdentity.constFind({g.file.inode, g.file.size});
        if (g.file.inode != 0 && match != createdByIdentity.cend()) {
            const QString to = *match;
            const StabilityGate::Entry* waiting = m_gate.entry(to);
            if (waiting && waiting->stat.mtimeNs == g.file.mtimeNs) {
                m_gate.remove(to);
                QString dir, name;
                FileRegistry::split(to, &dir, &name);
                m_registry.insert(dir, name, g.file);
                WatchEvent e = makeEvent(QStringLiteral("renamed"), to, g.path, rootOf(to));
                e.size = g.file.size;
                announce(e);
                continue;
            }
        }
        scheduleDelete(g.path, g.root, g.file);
    }
    scheduleWaiting();
    startGateTimer();
}

// ---------------------------------------------------------------------------------------------------
// Gate and events

void FolderWatcher::startGateTimer() {
    if (!m_gate.isEmpty() && !m_gateTimer->isActive())
        m_gateTimer->start();
}

void FolderWatcher::checkGate(const QString& onlyPath) {
    if (m_gate.isEmpty()) {
        m_gateTimer->stop();
        return;
    }
    QStringList vanished;
    const QList<StabilityGate::Ready> ready = m_gate.check(
        m_clock.elapsed(), QDateTime::currentMSecsSinceEpoch(), m_config.batchSize, &vanished, onlyPath);
    // The waiting list follows what the gate sees: a state change at once (throttled to 250 ms), a
    // growing file's size at most once a second.
    const StabilityGate::Changes changes = m_gate.takeChanges();
    m_waitingSizesStale = m_waitingSizesStale || changes.size;
    if (changes.state ||
        (m_waitingSizesStale &&
         (m_lastWaitingMs < 0 || m_clock.elapsed() - m_lastWaitingMs >= kWaitingSizeRefreshMs)))
        scheduleWaiting();
    for (const StabilityGate::Ready& r : ready) {
        QString dir, name;
        FileRegistry::split(r.path, &dir, &name);
        if (!m_filter.acceptsSize(r.entry.stat.size)) {
            m_registry.remove(dir, name); // grew past the maximum size: no longer looked at
            continue;
        }
        quint64 hash = 0;
        if (m_config.contentHash != ContentHashMode::Off)
            hash = contentHash(r.path, m_config.contentHash).value_or(0);
        // A copy: the registry entry is overwritten below, and compared with after that.
        const TrackedFile* known = m_registry.find(dir, name);
        const bool wasKnown = known != nullptr;
        const TrackedFile before = known ? *known : TrackedFile{};
        QString type = r.entry.type;
        // Written to but, once whole, the same size, mtime and file as before: only the content can tell.
        if (type == QStringLiteral("modified") && wasKnown && before.size == r.entry.stat.size &&
            before.mtimeNs == r.entry.stat.mtimeNs && before.inode == r.entry.stat.inode)
            type = QStringLiteral("content_check");
        if (type == QStringLiteral("content_check")) {
            const bool differs =
                wasKnown && before.contentHash != 0 && hash != 0 && before.contentHash != hash;
            m_registry.insert(dir, name, trackedFrom(r.entry.stat, hash));
            if (!differs)
                continue;
            type = QStringLiteral("content_changed");
        }
        m_registry.insert(dir, name, trackedFrom(r.entry.stat, hash));
        WatchEvent e = makeEvent(type, r.path, {}, r.entry.root);
        e.size = r.entry.stat.size;
        e.whileStopped = r.entry.whileStopped;
        // touch(1), or a save of the same bytes: a `modified` all the same, but not processed again when
        // the hash covers the whole file (full mode, or a file within the first MiB) and equals the one
        // recorded when it was last handed on.
        const bool wholeFileHashed =
            m_config.contentHash == ContentHashMode::Full ||
            (m_config.contentHash == ContentHashMode::FirstMiB && r.entry.stat.size <= kFirstMiBBytes);
        e.contentUnchanged = type == QStringLiteral("modified") && wasKnown && wholeFileHashed && hash != 0 &&
                             before.contentHash == hash && before.size == r.entry.stat.size;
        announce(e);
    }
    if (!ready.isEmpty() || !vanished.isEmpty())
        scheduleWaiting();
    if (m_gate.isEmpty())
        m_gateTimer->stop();
}

void FolderWatcher::announce(WatchEvent event) {
    event.folder = m_config.name;
    if (!event.time.isValid())
        event.time = QDateTime::currentDateTimeUtc();
    if (!m_config.wantsEvent(event.type))
        return;
    if (m_config.cooldownMs > 0 && !event.whileStopped) {
        const qint64 now = m_clock.elapsed();
        const auto until = m_cooldownUntil.constFind(event.path);
        if (until != m_cooldownUntil.cend() && *until > now) {
            // Within the cooldown: merged into one event at its end; a creation stays a creation.
            auto held = m_cooldownHeld.find(event.path);
            if (held != m_cooldownHeld.end() && held->type == QStringLiteral("created") &&
                event.type != QStringLiteral("deleted"))
                held->size = event.size;
            else
                m_cooldownHeld.insert(event.path, event);
            if (!m_cooldownTimer->isActive())
                m_cooldownTimer->start(int(qMax<qint64>(1, *until - now)));
            return;
        }
        m_cooldownUntil.insert(event.path, now + m_config.cooldownMs);
        if (m_cooldownUntil.size() > 4096) // keep the map small: drop what has expired
            for (auto it = m_cooldownUntil.begin(); it != m_cooldownUntil.end();)
                it = (*it <= now && !m_cooldownHeld.contains(it.key())) ? m_cooldownUntil.erase(it)
                                                                        : std::next(it);
    }
    Q_EMIT watchEvent(event);
    if (event.contentUnchanged)
        return;
    if (event.type == QStringLiteral("created") || event.type == QStringLiteral("modified") ||
        event.type == QStringLiteral("content_changed"))
        Q_EMIT fileReady(event.path, event.root);
}

void FolderWatcher::flushCooldown() {
    const qint64 now = m_clock.elapsed();
    qint64 nextDue = -1;
    QList<WatchEvent> due;
    for (auto it = m_cooldownHeld.begin(); it != m_cooldownHeld.end();) {
        const qint64 until = m_cooldownUntil.value(it.key());
        if (until > now) {
            nextDue = nextDue < 0 ? until : qMin(nextDue, until);
            ++it;
            continue;
        }
        due.append(*it);
        m_cooldownUntil.remove(it.key());
        it = m_cooldownHeld.erase(it);
    }
    for (const WatchEvent& e : std::as_const(due))
        announce(e);
    if (nextDue >= 0)
        m_cooldownTimer->start(int(qMax<qint64>(1, nextDue - now)));
}

// ---------------------------------------------------------------------------------------------------
// Status

int FolderWatcher::nativeDirCount() const {
    int n = 0;
    for (const DirState& d : m_dirs)
        n += d.wd >= 0 ? 1 : 0;
    return n;
}

int FolderWatcher::polledDirCount() const {
    int n = 0;
    for (const DirState& d : m_dirs)
        n += d.polled ? 1 : 0;
    return n;
}

WatchFolderStatus FolderWatcher::status() const {
    WatchFolderStatus s;
    s.name = m_config.name;
    s.tracked = m_registry.count();
    s.waiting = m_gate.size();
    QHash<QString, RootStatus> roots;
    for (const QString& root : m_roots) {
        RootStatus r;
        r.root = root;
        r.state = m_rootStates.value(root).state;
        r.reason = m_rootStates.value(root).reason;
        roots.insert(root, r);
    }
    for (const DirState& d : m_dirs) {
        auto r = roots.find(d.root);
        if (r == roots.end())
            continue;
        r->nativeDirs += d.wd >= 0 ? 1 : 0;
        r->polledDirs += d.polled ? 1 : 0;
    }
    auto rank = [](WatchState st) {
        switch (st) {
        case WatchState::Error:
            return 3;
        case WatchState::Paused:
            return 2;
        case WatchState::Polling:
            return 1;
        case WatchState::Watching:
            break;
        }
        return 0;
    };
    for (const QString& root : m_roots) {
        const RootStatus& r = roots[root];
        s.roots.append(r);
        if (rank(r.state) > rank(s.state)) {
            s.state = r.state;
            s.reason = r.reason;
        }
    }
    return s;
}

void FolderWatcher::scheduleStatus() {
    if (!m_statusTimer->isActive())
        m_statusTimer->start();
}

void FolderWatcher::scheduleWaiting() {
    if (!m_waitingTimer->isActive())
        m_waitingTimer->start();
}

} // namespace sluice
