#include "folder_watcher.h"

#include "log/event_log.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace sluice {

FolderWatcher::FolderWatcher(const WatchOptions& options, EventLog* log, QObject* parent)
    : QObject(parent), m_options(options), m_log(log), m_debounce(new QTimer(this)), m_poll(new QTimer(this)),
      m_rescan(new QTimer(this)), m_missingCheck(new QTimer(this)) {
    m_clock.start();
    m_fileWatchBudget = m_options.fileWatchLimit;
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(m_options.debounceMs);
    m_poll->setInterval(m_options.pollMs);
    connect(m_debounce, &QTimer::timeout, this, [this] {
        const QSet<QString> dirs = std::exchange(m_dirtyDirs, {});
        for (const QString& dir : dirs) {
            const QString root = rootOf(dir);
            if (root.isEmpty())
                continue;
            if (!QFileInfo(dir).isDir()) {
                if (dir == root)
                    markRootMissing(root);
                continue; // the parent's scan reports what was inside as deleted
            }
            scanDirectory(dir, root, false);
        }
    });
    connect(m_poll, &QTimer::timeout, this, &FolderWatcher::checkPending);
    m_missingCheck->setInterval(1000);
    connect(m_missingCheck, &QTimer::timeout, this, &FolderWatcher::checkMissingRoots);
    if (m_options.rescanMs > 0) {
        m_rescan->setInterval(m_options.rescanMs);
        connect(m_rescan, &QTimer::timeout, this, &FolderWatcher::rescanAll);
        m_rescan->start();
    }
}

FolderWatcher::~FolderWatcher() = default;

QFileSystemWatcher* FolderWatcher::nativeWatcher() {
    // Created on first use, on the thread the watcher lives on, so its inotify notifier belongs there.
    if (!m_watcher) {
        m_watcher = new QFileSystemWatcher(this);
        connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &FolderWatcher::onDirectoryChanged);
        // A file's own notification (content written, attributes) marks its folder for a scan.
        connect(m_watcher, &QFileSystemWatcher::fileChanged, this,
                [this](const QString& file) { onDirectoryChanged(QFileInfo(file).absolutePath()); });
    }
    return m_watcher;
}

void FolderWatcher::addRoot(const QString& rootPath) {
    const QString root = QDir::cleanPath(QFileInfo(rootPath).absoluteFilePath());
    if (m_roots.contains(root))
        return;
    if (!QFileInfo(root).isDir()) {
        Q_EMIT rootError(root, tr("not a folder or not readable"));
        return;
    }
    m_roots.append(root);
    watchDirectory(root);
    scanDirectory(root, root, true);
}

void FolderWatcher::removeRoot(const QString& rootPath) {
    const QString root = QDir::cleanPath(QFileInfo(rootPath).absoluteFilePath());
    if (!m_roots.removeOne(root))
        return;
    m_missingRoots.remove(root);
    const QString prefix = root + QLatin1Char('/');
    QStringList unwatch;
    const QStringList watched = nativeWatcher()->directories() + nativeWatcher()->files();
    for (const QString& path : watched)
        if ((path == root || path.startsWith(prefix)) && rootOf(path).isEmpty())
            unwatch.append(path);
    if (!unwatch.isEmpty())
        nativeWatcher()->removePaths(unwatch);
    for (auto it = m_seen.begin(); it != m_seen.end();)
        it = (it.key().startsWith(prefix) && rootOf(it.key()).isEmpty()) ? m_seen.erase(it) : std::next(it);
    for (auto it = m_pending.begin(); it != m_pending.end();)
        it = (it->root == root) ? m_pending.erase(it) : std::next(it);
}

void FolderWatcher::rescanAll() {
    for (const QString& root : std::as_const(m_roots)) {
        if (m_missingRoots.contains(root))
            continue;
        if (!QFileInfo(root).isDir()) {
            markRootMissing(root);
            continue;
        }
        scanDirectory(root, root, true);
    }
}

void FolderWatcher::markRootMissing(const QString& root) {
    if (m_missingRoots.contains(root))
        return;
    m_missingRoots.insert(root);
    const QString prefix = root + QLatin1Char('/');
    for (auto it = m_seen.begin(); it != m_seen.end();)
        it = it.key().startsWith(prefix) ? m_seen.erase(it) : std::next(it);
    for (auto it = m_pending.begin(); it != m_pending.end();)
        it = (it->root == root) ? m_pending.erase(it) : std::next(it);
    QStringList stale;
    const QStringList watched = nativeWatcher()->directories() + nativeWatcher()->files();
    for (const QString& path : watched)
        if (path == root || path.startsWith(prefix))
            stale.append(path);
    if (!stale.isEmpty())
        nativeWatcher()->removePaths(stale);
    emitWaiting(root);
    Q_EMIT rootError(root, tr("the watched folder no longer exists; watching for it to come back"));
    m_missingCheck->start();
}

void FolderWatcher::checkMissingRoots() {
    for (const QString& root : QStringList(m_missingRoots.begin(), m_missingRoots.end())) {
        if (!m_roots.contains(root)) {
            m_missingRoots.remove(root);
            continue;
        }
        if (!QFileInfo(root).isDir())
            continue;
        m_missingRoots.remove(root);
        watchDirectory(root);
        Q_EMIT rootRecovered(root);
        scanDirectory(root, root, true);
    }
    if (m_missingRoots.isEmpty())
        m_missingCheck->stop();
}

void FolderWatcher::onDirectoryChanged(const QString& dir) {
    m_dirtyDirs.insert(dir);
    if (!m_debounce->isActive())
        m_debounce->start();
}

void FolderWatcher::watchDirectory(const QString& dir) {
    if (nativeWatcher()->directories().contains(dir))
        return;
    if (!nativeWatcher()->addPath(dir) && m_log) {
        // The periodic rescan still sees this folder; the watching issue adds automatic polling.
        m_log->add(EventLevel::Warning, QStringLiteral("watch_error"), dir,
                   tr("Cannot get change notifications for this folder; it is checked by periodic rescan"));
    }
}

bool FolderWatcher::isExcluded(const QString& fileName) const {
    if (m_options.skipHidden && fileName.startsWith(QLatin1Char('.')))
        return true;
    for (const QString& glob : m_options.excludeGlobs) {
        const QRegularExpression re(QRegularExpression::wildcardToRegularExpression(glob),
                                    QRegularExpression::CaseInsensitiveOption);
        if (re.match(fileName).hasMatch())
            return true;
    }
    return false;
}

QString FolderWatcher::rootOf(const QString& path) const {
    QString best;
    for (const QString& root : m_roots)
        if ((path == root || path.startsWith(root + QLatin1Char('/'))) && root.size() > best.size())
            best = root;
    return best;
}

void FolderWatcher::scanDirectory(const QString& dir, const QString& root, bool recurseAll) {
    QDir::Filters filters = QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks;
    if (!m_options.skipHidden)
        filters |= QDir::Hidden;
    const QFileInfoList entries = QDir(dir).entryInfoList(filters);
    QSet<QString> presentFiles;
    QSet<QString> presentDirs;
    for (const QFileInfo& info : entries) {
        const QString path = info.absoluteFilePath();
        if (info.isDir()) {
            if (!m_options.recursive || isExcluded(info.fileName()))
                continue;
            presentDirs.insert(info.fileName());
            const bool isNew = !nativeWatcher()->directories().contains(path);
            watchDirectory(path);
            if (isNew || recurseAll)
                scanDirectory(path, root, true); // a folder created or moved in is scanned whole
            continue;
        }
        if (isExcluded(info.fileName()))
            continue;
        presentFiles.insert(info.fileName());
        const qint64 size = info.size();
        const QDateTime mtime = info.lastModified();
        auto seen = m_seen.find(path);
        QString kind;
        if (seen == m_seen.end())
            kind = QStringLiteral("created");
        else if (seen->size != size || seen->mtime != mtime)
            kind = QStringLiteral("modified");
        if (kind.isEmpty())
            continue;
        if (seen == m_seen.end() && m_fileWatchBudget > 0 && nativeWatcher()->addPath(path))
            --m_fileWatchBudget; // in-place changes of this file are then noticed at once
        m_seen.insert(path, Seen{size, mtime});
        auto pending = m_pending.find(path);
        if (pending != m_pending.end()) {
            // Still being written: the stability gate follows it; no new event for every write.
            pending->size = size;
            pending->mtime = mtime;
            pending->stableSinceMs = m_clock.elapsed();
            pending->state = QStringLiteral("growing");
            continue;
        }
        Pending p;
        p.root = root;
        p.size = size;
        p.mtime = mtime;
        p.stableSinceMs = m_clock.elapsed();
        p.state = QStringLiteral("settling");
        m_pending.insert(path, p);
        Q_EMIT fileChanged(kind, path, root);
        emitWaiting(root);
    }

    // What was seen under this folder and is gone now.
    const QString prefix = dir + QLatin1Char('/');
    QStringList gone;
    for (auto it = m_seen.cbegin(); it != m_seen.cend(); ++it) {
        if (!it.key().startsWith(prefix))
            continue;
        const QString rel = it.key().mid(prefix.size());
        const int slash = rel.indexOf(QLatin1Char('/'));
        const bool present = slash < 0 ? presentFiles.contains(rel) : presentDirs.contains(rel.left(slash));
        if (!present)
            gone.append(it.key());
    }
    bool waitingChanged = false;
    for (const QString& path : std::as_const(gone)) {
        m_seen.remove(path);
        if (nativeWatcher()->files().contains(path)) {
            nativeWatcher()->removePath(path);
            ++m_fileWatchBudget;
        }
        waitingChanged |= m_pending.remove(path) > 0;
        Q_EMIT fileChanged(QStringLiteral("deleted"), path, root);
    }
    if (waitingChanged)
        emitWaiting(root);
    if (!m_pending.isEmpty() && !m_poll->isActive())
        m_poll->start();
}

void FolderWatcher::checkPending() {
    const qint64 now = m_clock.elapsed();
    QSet<QString> changedRoots;
    QStringList ready;
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        const QFileInfo info(it.key());
        if (!info.exists()) {
            changedRoots.insert(it->root);
            it = m_pending.erase(it); // the next scan reports the deletion
            continue;
        }
        const qint64 size = info.size();
        const QDateTime mtime = info.lastModified();
        if (size != it->size || mtime != it->mtime) {
            it->size = size;
            it->mtime = mtime;
            it->stableSinceMs = now;
            it->state = QStringLiteral("growing");
            m_seen.insert(it.key(), Seen{size, mtime});
            ++it;
            continue;
        }
        if (now - it->stableSinceMs < m_options.settleMs) {
            ++it;
            continue;
        }
        QFile probe(it.key());
        if (!probe.open(QIODevice::ReadOnly)) {
            it->state = QStringLiteral("locked");
            ++it;
            continue;
        }
        probe.close();
        ready.append(it.key());
        changedRoots.insert(it->root);
        ++it;
    }
    for (const QString& path : std::as_const(ready)) {
        const QString root = m_pending.take(path).root;
        Q_EMIT fileReady(path, root);
    }
    for (const QString& root : std::as_const(changedRoots))
        emitWaiting(root);
    if (m_pending.isEmpty())
        m_poll->stop();
}

void FolderWatcher::emitWaiting(const QString& root) {
    int count = 0;
    for (const Pending& p : std::as_const(m_pending))
        if (p.root == root)
            ++count;
    Q_EMIT waitingChanged(root, count);
}

} // namespace sluice
