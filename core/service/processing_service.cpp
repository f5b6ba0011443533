#include "processing_service.h"

#include "pipeline/runner.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTimer>
#include <QtConcurrent>

namespace sluice {

ProcessingService::ProcessingService(QObject* parent) : QObject(parent) {
    qRegisterMetaType<sluice::WatchFolderStats>();
    qRegisterMetaType<sluice::ItemResult>();
    // Every event that matters also goes to the store's event table, from whichever thread adds it.
    connect(
        &m_log, &EventLog::eventAdded, this,
        [this](const Event& event) {
            if (event.level != EventLevel::Debug && m_store.isOpen())
                m_store.appendEvent(event);
        },
        Qt::DirectConnection);
}

ProcessingService::~ProcessingService() {
    stop();
}

bool ProcessingService::start(const Config& config, QString* error) {
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    m_config = config;
    const QString appData = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (m_config.statePath.isEmpty())
        m_config.statePath = StateStore::defaultPath();
    if (m_config.resultDir.isEmpty())
        m_config.resultDir = QDir(appData).filePath(QStringLiteral("results"));

    QString problem;
    if (!Pipeline::load(m_config.pipeline, m_pipeline, &problem))
        return fail(problem);
    const QList<ValidationIssue> issues = m_pipeline.validate();
    if (!issues.isEmpty()) {
        QStringList lines;
        for (const ValidationIssue& issue : issues)
            lines.append(issue.toString());
        return fail(
            tr("pipeline '%1' is not valid:\n%2").arg(m_config.pipeline, lines.join(QLatin1Char('\n'))));
    }
    if (!m_store.open(m_config.statePath, &problem))
        return fail(problem);

    const QList<qint64> interrupted = m_store.unfinishedJobs();
    if (!interrupted.isEmpty())
        m_log.add(
            EventLevel::Warning, QStringLiteral("info"), {},
            tr("%n job(s) were interrupted when Sluice last stopped", nullptr, int(interrupted.size())));

    m_runner = std::make_unique<Runner>(m_pipeline, &m_store, &m_log);
    if (m_config.jobs > 0)
        m_runner->setMaxThreads(m_config.jobs);
    m_runner->setResultDir(m_config.resultDir);
    connect(m_runner.get(), &Runner::itemFinished, this, &ProcessingService::onItemFinished);
    connect(m_runner.get(), &Runner::progress, this, &ProcessingService::progress);
    connect(m_runner.get(), &Runner::idle, this, [this] {
        // One line per folder for the files a restart found unchanged, instead of one per file.
        for (auto it = m_skippedSinceIdle.constBegin(); it != m_skippedSinceIdle.constEnd(); ++it)
            m_log.add(
                EventLevel::Info, QStringLiteral("info"), {},
                tr("%1: %n unchanged file(s) not processed again (done before, or failed for good)", nullptr,
                   it.value())
                    .arg(it.key()),
                QJsonObject{{QStringLiteral("root"), it.key()}, {QStringLiteral("skipped"), it.value()}});
        m_skippedSinceIdle.clear();
        Q_EMIT idle();
    });

    m_watcher = new FolderWatcher(m_config.watch, &m_log);
    m_watcher->moveToThread(&m_watchThread);
    connect(&m_watchThread, &QThread::finished, m_watcher, &QObject::deleteLater);
    // Direct: these run on the watcher's thread, so registry look-ups and queueing never touch the GUI
    // thread. Runner::enqueue and EventLog::add are thread-safe.
    Runner* runner = m_runner.get();
    connect(
        m_watcher, &FolderWatcher::fileReady, m_watcher,
        [runner](const QString& path, const QString& root) { runner->enqueue(path, root, true); },
        Qt::DirectConnection);
    connect(
        m_watcher, &FolderWatcher::fileChanged, m_watcher,
        [this](const QString& kind, const QString& path, const QString& root) {
            onFileChanged(kind, path, root);
        },
        Qt::DirectConnection);
    connect(m_watcher, &FolderWatcher::waitingChanged, this, &ProcessingService::onWaitingChanged);
    connect(m_watcher, &FolderWatcher::rootError, this, &ProcessingService::onRootError);
    connect(m_watcher, &FolderWatcher::rootRecovered, this, [this](const QString& root) {
        m_log.add(EventLevel::Info, QStringLiteral("watch_recovered"), root,
                  tr("The watched folder is back; watching again"));
        bumpStats(root, [](WatchFolderStats& s) { s.status = QStringLiteral("watching"); });
    });
    m_watchThread.setObjectName(QStringLiteral("sluice-watch"));
    m_watchThread.start();

    m_log.add(
        EventLevel::Info, QStringLiteral("info"), {},
        tr("Sluice started with pipeline '%1'; results go to %2").arg(m_pipeline.name, m_config.resultDir));
    return true;
}

void ProcessingService::stop() {
    m_background.waitForDone(); // folder expansions and registry reads use the runner and the store
    if (m_watchThread.isRunning()) {
        m_watchThread.quit();
        m_watchThread.wait();
        m_watcher = nullptr;
    }
    if (m_runner) {
        m_runner->cancelAll();
        m_runner.reset(); // waits for running items
    }
    m_store.close();
}

void ProcessingService::addWatchFolder(const QString& rootPath) {
    const QString root = QDir::cleanPath(QFileInfo(rootPath).absoluteFilePath());
    if (!m_watcher || m_roots.contains(root))
        return;
    m_roots.append(root);
    WatchFolderStats stats;
    stats.root = root;
    stats.status = QStringLiteral("watching"); // a fixed code; the GUI shows its own label
    m_stats.insert(root, stats);
    Q_EMIT statsChanged(stats);
    m_log.add(EventLevel::Info, QStringLiteral("watch_added"), root, tr("Watching folder"));
    refreshStats(root);
    QMetaObject::invokeMethod(
        m_watcher, [w = m_watcher, root] { w->addRoot(root); }, Qt::QueuedConnection);
}

void ProcessingService::removeWatchFolder(const QString& rootPath) {
    const QString root = QDir::cleanPath(QFileInfo(rootPath).absoluteFilePath());
    if (!m_roots.removeOne(root))
        return;
    m_stats.remove(root);
    m_log.add(EventLevel::Info, QStringLiteral("watch_removed"), root, tr("Stopped watching folder"));
    if (m_watcher)
        QMetaObject::invokeMethod(
            m_watcher, [w = m_watcher, root] { w->removeRoot(root); }, Qt::QueuedConnection);
}

int ProcessingService::processFiles(const QStringList& paths) {
    if (!m_runner || paths.isEmpty())
        return 0;
    Runner* runner = m_runner.get();
    EventLog* log = &m_log;
    // Folder expansion is file I/O: keep it off the calling (GUI) thread.
    (void)QtConcurrent::run(&m_background, [runner, log, paths] {
        for (const QString& path : paths) {
            const QFileInfo info(path);
            if (info.isDir()) {
                QDirIterator it(info.absoluteFilePath(), QDir::Files | QDir::NoSymLinks,
                                QDirIterator::Subdirectories);
                while (it.hasNext())
                    runner->enqueue(it.next());
            } else if (info.exists()) {
                runner->enqueue(info.absoluteFilePath());
            } else {
                log->add(EventLevel::Error, QStringLiteral("failed"), path, tr("File not found"));
            }
        }
    });
    return int(paths.size());
}

int ProcessingService::pending() const {
    return m_runner ? m_runner->pending() : 0;
}

void ProcessingService::cancelAll() {
    if (m_runner)
        m_runner->cancelAll();
}

void ProcessingService::onFileChanged(const QString& kind, const QString& path, const QString& root) {
    if (kind == QStringLiteral("created")) {
        // At start every file is new to the watcher; the registry knows which ones were processed already.
        const std::optional<KnownFile> known = m_store.knownFile(path);
        const QFileInfo info(path);
        if (known && known->size == info.size() && known->mtime == info.lastModified().toUTC())
            return; // the runner reports it as skipped
        m_log.add(EventLevel::Info, kind, path, tr("File appeared; waiting until it is complete"));
    } else if (kind == QStringLiteral("modified"))
        m_log.add(EventLevel::Info, kind, path, tr("File changed; waiting until it is complete"));
    else if (kind == QStringLiteral("deleted")) {
        m_log.add(EventLevel::Info, kind, path, tr("File removed"));
        m_store.removeKnownFile(path);
        QMetaObject::invokeMethod(
            this, [this, root] { refreshStats(root); }, Qt::QueuedConnection);
    }
}

void ProcessingService::onWaitingChanged(const QString& root, int waiting) {
    bumpStats(root, [waiting](WatchFolderStats& s) { s.waiting = waiting; });
}

void ProcessingService::onRootError(const QString& root, const QString& message) {
    m_log.add(EventLevel::Error, QStringLiteral("watch_error"), root, message);
    bumpStats(root, [message](WatchFolderStats& s) { s.status = QStringLiteral("error: ") + message; });
}

void ProcessingService::onItemFinished(const ItemResult& result) {
    if (result.status == QStringLiteral("skipped"))
        ++m_skippedSinceIdle[result.item.watchRoot];
    else if (!result.item.watchRoot.isEmpty())
        refreshStats(result.item.watchRoot);
    Q_EMIT itemFinished(result);
}

void ProcessingService::refreshStats(const QString& root) {
    // Counted from the registry (files under the root by their last outcome, across sessions), read off
    // this thread; a burst of finished items makes one query.
    if (m_statsRefreshPending.contains(root))
        return;
    m_statsRefreshPending.insert(root);
    QTimer::singleShot(200, this, [this, root] {
        m_statsRefreshPending.remove(root);
        StateStore* store = &m_store;
        (void)QtConcurrent::run(&m_background, [this, store, root] {
            const QHash<QString, int> counts = store->statusCountsUnder(root);
            QMetaObject::invokeMethod(
                this,
                [this, root, counts] {
                    bumpStats(root, [&counts](WatchFolderStats& s) {
                        s.processed = counts.value(QStringLiteral("processed"));
                        s.failed = counts.value(QStringLiteral("failed")) +
                                   counts.value(QStringLiteral("failed_transient"));
                    });
                },
                Qt::QueuedConnection);
        });
    });
}

void ProcessingService::bumpStats(const QString& root, const std::function<void(WatchFolderStats&)>& change) {
    auto it = m_stats.find(root);
    if (it == m_stats.end())
        return;
    change(*it);
    Q_EMIT statsChanged(*it);
}

} // namespace sluice
