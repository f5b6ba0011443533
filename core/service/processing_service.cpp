#include "processing_service.h"

#include "pipeline/runner.h"
#include "platform/file_ops.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTimer>
#include <QtConcurrent>

namespace sluice {

namespace {

/// The legacy one-line status: "watching", or the state code + ": " + the reason.
QString statusLine(const WatchFolderStatus& status) {
    const QString code = watchStateName(status.state);
    return status.reason.isEmpty() || status.state == WatchState::Watching
               ? code
               : code + QStringLiteral(": ") + status.reason;
}

} // namespace

ProcessingService::ProcessingService(QObject* parent) : QObject(parent) {
    qRegisterMetaType<sluice::WatchFolderStats>();
    qRegisterMetaType<sluice::ItemResult>();
    qRegisterMetaType<sluice::WatchEvent>();
    qRegisterMetaType<sluice::WatchFolderStatus>();
    qRegisterMetaType<sluice::WaitingFile>();
    qRegisterMetaType<QList<sluice::WaitingFile>>();
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

    m_runner = std::make_unique<Runner>(m_pipeline, &m_store, &m_log);
    if (m_config.jobs > 0)
        m_runner->setMaxThreads(m_config.jobs);
    m_runner->setResultDir(m_config.resultDir);
    connectRunner(m_runner.get());
    // Jobs a crash or kill left half done: finish them first. Those of other runs (another pipeline or
    // result folder, e.g. a `sluice-cli run --out`) are only mentioned: that run resumes them.
    const int resumed = m_runner->resumeInterrupted();
    if (interrupted.size() > resumed)
        m_log.add(EventLevel::Info, QStringLiteral("info"), {},
                  tr("%n job(s) of other runs (another pipeline or result folder) were interrupted; running "
                     "that pipeline on the same result folder again resumes them",
                     nullptr, int(interrupted.size() - resumed)));

    m_watchThread.setObjectName(QStringLiteral("sluice-watch"));
    m_watchThread.start();

    pruneJobs();
    if (m_config.pruneIntervalMs > 0) {
        connect(&m_pruneTimer, &QTimer::timeout, this, &ProcessingService::pruneJobs, Qt::UniqueConnection);
        m_pruneTimer.start(m_config.pruneIntervalMs);
    }

    m_log.add(
        EventLevel::Info, QStringLiteral("info"), {},
        tr("Sluice started with pipeline '%1'; results go to %2").arg(m_pipeline.name, m_config.resultDir));
    return true;
}

void ProcessingService::connectRunner(Runner* runner) {
    connect(runner, &Runner::itemFinished, this, &ProcessingService::onItemFinished);
    connect(runner, &Runner::progress, this, &ProcessingService::progress);
    connect(runner, &Runner::idle, this, [this] {
        if (pending() == 0)
            Q_EMIT idle();
    });
}

Runner* ProcessingService::runnerFor(const QString& spec, QString* error) {
    if (spec.isEmpty() || spec == m_config.pipeline)
        return m_runner.get();
    const auto found = m_runners.find(spec);
    if (found != m_runners.end())
        return found->second.get();
    Pipeline pipeline;
    QString problem;
    if (!Pipeline::load(spec, pipeline, &problem)) {
        if (error)
            *error = problem;
        return nullptr;
    }
    const QList<ValidationIssue> issues = pipeline.validate();
    if (!issues.isEmpty()) {
        if (error)
            *error = tr("pipeline '%1' is not valid: %2").arg(spec, issues.first().toString());
        return nullptr;
    }
    auto runner = std::make_unique<Runner>(pipeline, &m_store, &m_log);
    if (m_config.jobs > 0)
        runner->setMaxThreads(m_config.jobs);
    runner->setResultDir(m_config.resultDir);
    connectRunner(runner.get());
    runner->resumeInterrupted();
    Runner* raw = runner.get();
    m_runners.emplace(spec, std::move(runner));
    return raw;
}

void ProcessingService::pruneJobs() {
    if (!m_store.isOpen() || (m_config.keepJobsDays <= 0 && m_config.keepJobs <= 0))
        return;
    const QDateTime before = m_config.keepJobsDays > 0
                                 ? QDateTime::currentDateTimeUtc().addDays(-m_config.keepJobsDays)
                                 : QDateTime();
    StateStore* store = &m_store;
    EventLog* log = &m_log;
    const int keep = qMax(0, m_config.keepJobs);
    const int days = m_config.keepJobsDays;
    (void)QtConcurrent::run(&m_background, [store, log, before, keep, days] {
        const int deleted = store->pruneFinishedJobs(before, keep);
        if (deleted > 0)
            log->add(EventLevel::Info, QStringLiteral("jobs_pruned"), {},
                     tr("Removed %n old finished job(s) from the state store", nullptr, deleted),
                     QJsonObject{{QStringLiteral("jobs"), deleted},
                                 {QStringLiteral("keep_days"), days},
                                 {QStringLiteral("keep_jobs"), keep}});
    });
}

void ProcessingService::stop() {
    m_pruneTimer.stop();
    m_background.waitForDone(); // folder expansions and registry reads use the runner and the store
    if (m_watchThread.isRunning()) {
        for (Folder& folder : m_folders)
            stopWatcher(folder);
        m_watchThread.quit();
        m_watchThread.wait();
    }
    for (auto& [spec, runner] : m_runners)
        runner->cancelAll();
    m_runners.clear();
    if (m_runner) {
        m_runner->cancelAll();
        m_runner.reset(); // waits for running items
    }
    for (const QPointer<BatchRun>& batch : std::as_const(m_batches))
        delete batch.data(); // cancels and waits for its running items, which use the store
    m_batches.clear();
    m_store.close();
}

// ---------------------------------------------------------------------------------------------------
// Watch folders

QStringList ProcessingService::excludedPaths() const {
    // The state database may lie in a watched folder too: its files are never input.
    const QString state = QDir::cleanPath(QFileInfo(m_config.statePath).absoluteFilePath());
    QStringList paths{QDir::cleanPath(m_config.resultDir), state, state + QStringLiteral("-wal"),
                      state + QStringLiteral("-shm"), state + QStringLiteral("-journal")};
    static const QStringList keys = {QStringLiteral("dir"),        QStringLiteral("folder"),
                                     QStringLiteral("output_dir"), QStringLiteral("target_dir"),
                                     QStringLiteral("dest"),       QStringLiteral("destination"),
                                     QStringLiteral("state_dir")};
    auto addFrom = [&paths](const Pipeline& pipeline) {
        for (const PipelineNode& node : pipeline.nodes)
            for (const QString& key : keys) {
                QString value = node.params.value(key).toString();
                const int brace = int(value.indexOf(QLatin1Char('{')));
                if (brace >= 0)
                    value = value.left(brace).section(QLatin1Char('/'), 0, -2);
                if (QDir::isAbsolutePath(value) && value.size() > 1)
                    paths.append(QDir::cleanPath(value));
            }
    };
    addFrom(m_pipeline);
    for (const auto& [spec, runner] : m_runners)
        addFrom(runner->pipeline());
    return paths;
}

bool ProcessingService::addWatchFolder(const WatchFolderConfig& configIn, QString* error) {
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (!m_runner)
        return fail(tr("the service is not started"));
    WatchFolderConfig config = configIn;
    for (QString& root : config.roots)
        root = QDir::cleanPath(root);
    const QStringList problems = config.validate();
    if (!problems.isEmpty())
        return fail(problems.join(QLatin1Char(' ')));
    if (m_folders.contains(config.name))
        return fail(tr("A watch folder named '%1' exists already.").arg(config.name));
    QString problem;
    Runner* runner = runnerFor(config.pipeline, &problem);
    if (!runner)
        return fail(problem);

    Folder folder;
    folder.config = config;
    folder.shared = std::make_shared<FolderShared>();
    folder.shared->runner = runner;
    folder.shared->paused = config.paused;
    if (config.paused)
        folder.pauseReason = tr("paused by the user");
    folder.watcherStatus.name = config.name;
    m_roots.append(config.name);
    auto& stored = m_folders[config.name];
    stored = folder;
    WatchFolderStats stats;
    stats.root = config.name;
    stats.status = QStringLiteral("watching"); // a fixed code; the GUI shows its own label
    m_stats.insert(config.name, stats);
    Q_EMIT statsChanged(stats);
    m_log.add(EventLevel::Info, QStringLiteral("watch_added"), config.roots.join(QStringLiteral(", ")),
              config.roots.size() == 1 && config.roots.first() == config.name
                  ? tr("Watching folder")
                  : tr("Watching folder '%1'").arg(config.name),
              QJsonObject{{QStringLiteral("folder"), config.name}});
    startWatcher(stored);
    refreshStats(config.name);
    publishStatus(config.name);
    Q_EMIT watchFoldersChanged();
    return true;
}

bool ProcessingService::updateWatchFolder(const WatchFolderConfig& configIn, QString* error) {
    auto it = m_folders.find(configIn.name);
    if (it == m_folders.end()) {
        if (error)
            *error = tr("There is no watch folder named '%1'.").arg(configIn.name);
        return false;
    }
    WatchFolderConfig config = configIn;
    for (QString& root : config.roots)
        root = QDir::cleanPath(root);
    const QStringList problems = config.validate();
    if (!problems.isEmpty()) {
        if (error)
            *error = problems.join(QLatin1Char(' '));
        return false;
    }
    Runner* runner = runnerFor(config.pipeline, error);
    if (!runner)
        return false;
    stopWatcher(*it);
    it->config = config;
    {
        QMutexLocker lock(&it->shared->mutex);
        it->shared->runner = runner;
    }
    m_log.add(EventLevel::Info, QStringLiteral("watch_updated"), config.roots.join(QStringLiteral(", ")),
              tr("Settings of watch folder '%1' changed; rescanning").arg(config.name),
              QJsonObject{{QStringLiteral("folder"), config.name}});
    startWatcher(*it);
    if (config.paused)
        pauseWatchFolder(config.name);
    else
        resumeWatchFolder(config.name);
    publishStatus(config.name);
    Q_EMIT watchFoldersChanged();
    return true;
}

void ProcessingService::addWatchFolder(const QString& rootPath) {
    const QString root = QDir::cleanPath(QFileInfo(rootPath).absoluteFilePath());
    if (m_folders.contains(root))
        return;
    WatchFolderConfig config;
    config.name = root;
    config.roots = {root};
    config.settleMs = m_config.watch.settleMs;
    config.rescanMs = m_config.watch.rescanMs;
    addWatchFolder(config, nullptr);
}

void ProcessingService::removeWatchFolder(const QString& nameOrPath) {
    QString name = nameOrPath;
    if (!m_folders.contains(name))
        name = QDir::cleanPath(QFileInfo(nameOrPath).absoluteFilePath());
    auto it = m_folders.find(name);
    if (it == m_folders.end())
        return;
    stopWatcher(*it);
    const QString roots = it->config.roots.join(QStringLiteral(", "));
    m_folders.erase(it);
    m_roots.removeAll(name);
    m_stats.remove(name);
    m_waiting.remove(name);
    m_log.add(EventLevel::Info, QStringLiteral("watch_removed"), roots, tr("Stopped watching folder"),
              QJsonObject{{QStringLiteral("folder"), name}});
    Q_EMIT watchFoldersChanged();
}

QList<WatchFolderConfig> ProcessingService::watchFolderConfigs() const {
    QList<WatchFolderConfig> configs;
    for (const QString& name : m_roots)
        configs.append(m_folders.value(name).config);
    return configs;
}

WatchFolderConfig ProcessingService::watchFolderConfig(const QString& name) const {
    const auto it = m_folders.constFind(name);
    return it == m_folders.cend() ? WatchFolderConfig{} : it->config;
}

void ProcessingService::pauseWatchFolder(const QString& name, const QString& reason) {
    auto it = m_folders.find(name);
    if (it == m_folders.end())
        return;
    it->pauseReason = reason.isEmpty() ? tr("paused by the user") : reason;
    it->config.paused = true;
    {
        QMutexLocker lock(&it->shared->mutex);
        if (it->shared->paused)
            return publishStatus(name);
        it->shared->paused = true;
    }
    m_log.add(EventLevel::Info, QStringLiteral("watch_paused"), it->config.roots.join(QStringLiteral(", ")),
              tr("Watch folder '%1' paused: %2").arg(name, it->pauseReason),
              QJsonObject{{QStringLiteral("folder"), name}});
    publishStatus(name);
}

void ProcessingService::resumeWatchFolder(const QString& name) {
    auto it = m_folders.find(name);
    if (it == m_folders.end())
        return;
    QList<WatchEvent> held;
    Runner* runner = nullptr;
    {
        QMutexLocker lock(&it->shared->mutex);
        if (!it->shared->paused)
            return;
        it->shared->paused = false;
        held = std::exchange(it->shared->held, {});
        runner = it->shared->runner;
    }
    it->config.paused = false;
    it->pauseReason.clear();
    m_log.add(EventLevel::Info, QStringLiteral("watch_resumed"), it->config.roots.join(QStringLiteral(", ")),
              tr("Watch folder '%1' resumed; %n held file(s) queued", nullptr, int(held.size())).arg(name),
              QJsonObject{{QStringLiteral("folder"), name}});
    for (const WatchEvent& e : held)
        runner->enqueue(e.path, e.root, true, e.type, e.whileStopped);
    publishStatus(name);
    publishWaiting(name);
}

WatchFolderStatus ProcessingService::status(const QString& name) const {
    const auto it = m_folders.constFind(name);
    if (it == m_folders.cend())
        return {};
    WatchFolderStatus s = it->watcherStatus;
    s.name = name;
    if (!it->pauseReason.isEmpty() && s.state != WatchState::Error) {
        s.state = WatchState::Paused;
        s.reason = it->pauseReason;
    }
    const WatchFolderStats stats = m_stats.value(name);
    s.processed = stats.processed;
    s.failed = stats.failed;
    s.waiting = int(m_waiting.value(name).size());
    return s;
}

QString ProcessingService::folderOfRoot(const QString& root) const {
    for (auto it = m_folders.cbegin(); it != m_folders.cend(); ++it)
        if (it->config.roots.contains(root))
            return it.key();
    return {};
}

void ProcessingService::startWatcher(Folder& folder) {
    WatchOptions options = m_config.watch;
    options.excludedPaths += excludedPaths();
    auto* watcher = new FolderWatcher(folder.config, options, &m_log);
    StateStore* store = &m_store;
    // Read on the watch thread when a root is added: what was processed there, to report what changed
    // while Sluice was stopped and not to run unchanged files again.
    watcher->setBaselineProvider([store](const QString& root) {
        Baseline baseline;
        const QList<KnownFile> known = store->knownFilesUnder(root);
        baseline.reserve(known.size());
        for (const KnownFile& f : known)
            baseline.insert(f.path, BaselineFile{f.size, f.mtime.toMSecsSinceEpoch(),
                                                 f.status == QStringLiteral("failed_transient")});
        return baseline;
    });
    watcher->moveToThread(&m_watchThread);
    connect(&m_watchThread, &QThread::finished, watcher, &QObject::deleteLater);
    const QString name = folder.config.name;
    // Direct: runs on the watch thread, so registry updates and queueing never wait for the GUI thread.
    // Runner::enqueue, EventLog::add and the StateStore are thread-safe.
    connect(
        watcher, &FolderWatcher::watchEvent, watcher,
        [this, shared = folder.shared](const WatchEvent& event) {
            onWatchEvent(event);
            const bool process = event.type == QStringLiteral("created") ||
                                 event.type == QStringLiteral("modified") ||
                                 event.type == QStringLiteral("content_changed");
            if (!process || event.contentUnchanged) // touched, same bytes (FolderWatcher checked the hash)
                return;
            QMutexLocker lock(&shared->mutex);
            if (shared->paused) {
                shared->held.append(event);
                return;
            }
            // A content change keeps size and mtime, which the runner's "processed before" check compares.
            shared->runner->enqueue(event.path, event.root, event.type != QStringLiteral("content_changed"),
                                    event.type, event.whileStopped);
        },
        Qt::DirectConnection);
    connect(watcher, &FolderWatcher::watchEvent, this, [this](const WatchEvent& event) {
        Q_EMIT watchEvent(event);
        if (event.type == QStringLiteral("deleted") || event.type == QStringLiteral("renamed"))
            refreshStats(event.folder);
    });
    connect(watcher, &FolderWatcher::statusChanged, this, [this, name](const WatchFolderStatus& status) {
        auto it = m_folders.find(name);
        if (it == m_folders.end())
            return;
        it->watcherStatus = status;
        publishStatus(name);
    });
    connect(watcher, &FolderWatcher::waitingChanged, this, [this, name](const QList<WaitingFile>& files) {
        auto it = m_folders.find(name);
        if (it == m_folders.end())
            return;
        it->gate = files;
        publishWaiting(name);
    });
    connect(watcher, &FolderWatcher::startScanFinished, this,
            [this, name](const QString& root, int created, int modified, int deleted, int unchanged) {
                if (created + modified + deleted + unchanged == 0)
                    return;
                m_log.add(EventLevel::Info, QStringLiteral("watch_start_scan"), root,
                          tr("%1: changes since Sluice last ran: created %2, modified %3, deleted %4. %n "
                             "unchanged file(s) not processed again.",
                             nullptr, unchanged)
                              .arg(root, QString::number(created), QString::number(modified),
                                   QString::number(deleted)),
                          QJsonObject{{QStringLiteral("folder"), name},
                                      {QStringLiteral("root"), root},
                                      {QStringLiteral("created"), created},
                                      {QStringLiteral("modified"), modified},
                                      {QStringLiteral("deleted"), deleted},
                                      {QStringLiteral("unchanged"), unchanged}});
                refreshStats(name);
            });
    folder.watcher = watcher;
    QMetaObject::invokeMethod(watcher, &FolderWatcher::start, Qt::QueuedConnection);
}

void ProcessingService::stopWatcher(Folder& folder) {
    if (!folder.watcher)
        return;
    disconnect(folder.watcher, nullptr, this, nullptr);
    folder.watcher->deleteLater(); // on the watch thread, after the events already queued there
    folder.watcher = nullptr;
    folder.gate.clear();
}

void ProcessingService::onWatchEvent(const WatchEvent& event) {
    QString message;
    if (event.type == QStringLiteral("created"))
        message = event.isDir ? tr("Folder appeared") : tr("File appeared and is complete");
    else if (event.type == QStringLiteral("modified") && event.contentUnchanged)
        message = tr("File touched, content unchanged (same hash): not processed again");
    else if (event.type == QStringLiteral("modified"))
        message = tr("File changed and is complete");
    else if (event.type == QStringLiteral("content_changed"))
        message = tr("File content changed (same size and modification time)");
    else if (event.type == QStringLiteral("deleted"))
        message = event.isDir ? tr("Folder removed or moved away") : tr("File removed");
    else if (event.type == QStringLiteral("renamed"))
        message = tr("Renamed from %1").arg(event.from);
    if (event.whileStopped)
        message = tr("%1 (while Sluice was not running)").arg(message);
    m_log.add(EventLevel::Info, event.type, event.path, message, event.toJson());
    if (event.contentUnchanged) {
        // Same bytes under a new mtime: the record follows, so that a restart does not see it as modified.
        if (std::optional<KnownFile> known = m_store.knownFile(event.path)) {
            known->mtime = QFileInfo(event.path).lastModified().toUTC();
            m_store.upsertKnownFile(*known);
        }
    }
    // The registry follows the files: a deleted file is forgotten, a renamed one keeps its record.
    if (event.type == QStringLiteral("deleted")) {
        if (event.isDir) {
            for (const KnownFile& f : m_store.knownFilesUnder(event.path))
                m_store.removeKnownFile(f.path);
        } else {
            m_store.removeKnownFile(event.path);
        }
    } else if (event.type == QStringLiteral("renamed")) {
        auto move = [this](const QString& from, const QString& to) {
            std::optional<KnownFile> known = m_store.knownFile(from);
            if (!known)
                return;
            known->path = to;
            m_store.upsertKnownFile(*known);
            m_store.removeKnownFile(from);
        };
        if (event.isDir) {
            for (const KnownFile& f : m_store.knownFilesUnder(event.from))
                move(f.path, event.path + f.path.mid(event.from.size()));
        } else {
            move(event.from, event.path);
        }
    }
}

void ProcessingService::publishStatus(const QString& name) {
    if (!m_folders.contains(name))
        return;
    const WatchFolderStatus s = status(name);
    Q_EMIT statusChanged(s);
    bumpStats(name, [&s](WatchFolderStats& stats) { stats.status = statusLine(s); });
}

void ProcessingService::publishWaiting(const QString& name) {
    auto it = m_folders.find(name);
    if (it == m_folders.end())
        return;
    QList<WaitingFile> files = it->gate;
    {
        QMutexLocker lock(&it->shared->mutex);
        for (const WatchEvent& e : std::as_const(it->shared->held)) {
            WaitingFile f;
            f.path = e.path;
            f.root = e.root;
            f.state = WaitState::Ready;
            f.size = QFileInfo(e.path).size();
            files.append(f);
        }
    }
    m_waiting.insert(name, files);
    Q_EMIT waitingFilesChanged(name, files);
    bumpStats(name, [&files](WatchFolderStats& s) { s.waiting = int(files.size()); });
}

// ---------------------------------------------------------------------------------------------------
// Dropped files

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
                QStringList unopenable;
                for (const QString& file : fileops::filesUnder(info.absoluteFilePath(), &unopenable))
                    runner->enqueue(file, {}, false, QStringLiteral("dropped"));
                for (const QString& name : std::as_const(unopenable))
                    log->add(EventLevel::Error, QStringLiteral("failed"), name,
                             tr("The file name is not valid UTF-8, so it cannot be opened; rename it and "
                                "drop it again"));
            } else if (info.exists()) {
                runner->enqueue(info.absoluteFilePath(), {}, false, QStringLiteral("dropped"));
            } else {
                log->add(EventLevel::Error, QStringLiteral("failed"), path, tr("File not found"));
            }
        }
    });
    return int(paths.size());
}

int ProcessingService::pending() const {
    int n = m_runner ? m_runner->pending() : 0;
    for (const auto& [spec, runner] : m_runners)
        n += runner->pending();
    for (const QPointer<BatchRun>& batch : m_batches)
        if (batch && !batch->isDone())
            n += batch->total() - batch->finishedCount();
    return n;
}

void ProcessingService::requestEarlierEvents(const QDateTime& before, int limit) {
    StateStore* store = &m_store;
    (void)QtConcurrent::run(&m_background, [this, store, before, limit] {
        const QList<Event> events = store->eventsBefore(before, limit);
        QMetaObject::invokeMethod(
            this, [this, events, limit] { Q_EMIT earlierEventsLoaded(events, limit); }, Qt::QueuedConnection);
    });
}

void ProcessingService::cancelAll() {
    if (m_runner)
        m_runner->cancelAll();
    for (const auto& [spec, runner] : m_runners)
        runner->cancelAll();
    for (const QPointer<BatchRun>& batch : m_batches)
        if (batch)
            batch->cancel();
}

BatchRun* ProcessingService::startBatch(const QStringList& paths, const QString& pipelineSpec, int workers,
                                        QString* error) {
    Pipeline pipeline = m_pipeline;
    if (!pipelineSpec.isEmpty() && pipelineSpec != m_pipeline.name && pipelineSpec != m_config.pipeline) {
        QString problem;
        if (!Pipeline::load(pipelineSpec, pipeline, &problem)) {
            if (error)
                *error = problem;
            return nullptr;
        }
        const QList<ValidationIssue> issues = pipeline.validate();
        if (!issues.isEmpty()) {
            if (error)
                *error = tr("pipeline '%1' is not valid: %2").arg(pipelineSpec, issues.first().toString());
            return nullptr;
        }
    }
    // Batches that are done stay readable until the next one starts.
    for (auto it = m_batches.begin(); it != m_batches.end();) {
        if (*it && (*it)->isDone()) {
            (*it)->deleteLater();
            it = m_batches.erase(it);
        } else if (!*it) {
            it = m_batches.erase(it);
        } else {
            ++it;
        }
    }
    auto* batch = new BatchRun(pipeline, &m_store, &m_log, m_config.resultDir, workers, this);
    m_batches.append(batch);
    connect(batch, &BatchRun::progress, this, &ProcessingService::progress);
    connect(batch, &BatchRun::itemFinished, this, &ProcessingService::itemFinished);
    connect(batch, &BatchRun::done, this, [this] {
        if (pending() == 0)
            Q_EMIT idle();
    });
    batch->start(paths);
    return batch;
}

void ProcessingService::setWorkerCount(int workers) {
    m_config.jobs = qBound(1, workers, 64);
    if (m_runner)
        m_runner->setMaxThreads(m_config.jobs);
    for (const auto& [spec, runner] : m_runners)
        runner->setMaxThreads(m_config.jobs);
}

RunMetrics ProcessingService::metrics(const QString& name) const {
    RunMetrics sum;
    const auto it = m_folders.constFind(name);
    if (it == m_folders.cend())
        return sum;
    QList<const Runner*> runners;
    if (m_runner)
        runners.append(m_runner.get());
    for (const auto& [spec, runner] : m_runners)
        runners.append(runner.get());
    for (const Runner* runner : std::as_const(runners)) {
        for (const QString& root : it->config.roots) {
            const RunMetrics m = runner->metricsFor(QDir::cleanPath(root));
            sum.succeeded += m.succeeded;
            sum.failed += m.failed;
            sum.skipped += m.skipped;
            sum.retries += m.retries;
            sum.bytes += m.bytes;
            sum.elapsedMs = qMax(sum.elapsedMs, m.elapsedMs);
        }
    }
    return sum;
}

void ProcessingService::onItemFinished(const ItemResult& result) {
    if (!result.item.watchRoot.isEmpty() && result.status != QStringLiteral("skipped")) {
        const QString name = folderOfRoot(result.item.watchRoot);
        if (!name.isEmpty())
            refreshStats(name);
        // A folder whose files keep failing (a wrong pipeline, a full disk, a broken share) pauses itself
        // instead of failing every file that arrives.
        if (!name.isEmpty() && result.item.depth == 0 && m_guard.threshold <= 1.0) {
            QList<bool>& recent = m_recentFailures[name];
            recent.append(!result.ok());
            while (recent.size() > qMax(1, m_guard.window))
                recent.removeFirst();
            const int failed = int(recent.count(true));
            if (recent.size() >= m_guard.minimum &&
                double(failed) / double(recent.size()) > m_guard.threshold) {
                const QString reason =
                    tr("paused automatically: %1 of the last %2 files failed").arg(failed).arg(recent.size());
                recent.clear();
                m_log.add(EventLevel::Warning, QStringLiteral("auto_paused"), result.item.watchRoot, reason,
                          QJsonObject{{QStringLiteral("folder"), name}});
                pauseWatchFolder(name, reason);
            }
        }
    }
    Q_EMIT itemFinished(result);
}

void ProcessingService::refreshStats(const QString& name) {
    // Counted from the registry (files under the roots by their last outcome, across sessions), read off
    // this thread; a burst of finished items makes one query.
    if (m_statsRefreshPending.contains(name) || !m_folders.contains(name))
        return;
    m_statsRefreshPending.insert(name);
    QTimer::singleShot(200, this, [this, name] {
        m_statsRefreshPending.remove(name);
        const auto it = m_folders.constFind(name);
        if (it == m_folders.cend())
            return;
        const QStringList roots = it->config.roots;
        StateStore* store = &m_store;
        (void)QtConcurrent::run(&m_background, [this, store, roots, name] {
            QHash<QString, int> counts;
            for (const QString& root : roots) {
                const QHash<QString, int> c = store->statusCountsUnder(root);
                for (auto i = c.cbegin(); i != c.cend(); ++i)
                    counts[i.key()] += i.value();
            }
            QMetaObject::invokeMethod(
                this,
                [this, name, counts] {
                    bumpStats(name, [&counts](WatchFolderStats& s) {
                        s.processed = counts.value(QStringLiteral("processed"));
                        s.failed = counts.value(QStringLiteral("failed")) +
                                   counts.value(QStringLiteral("failed_transient"));
                    });
                    if (m_folders.contains(name))
                        Q_EMIT statusChanged(status(name));
                },
                Qt::QueuedConnection);
        });
    });
}

void ProcessingService::bumpStats(const QString& name, const std::function<void(WatchFolderStats&)>& change) {
    auto it = m_stats.find(name);
    if (it == m_stats.end())
        return;
    const WatchFolderStats before = *it;
    change(*it);
    if (before.processed == it->processed && before.failed == it->failed && before.waiting == it->waiting &&
        before.status == it->status)
        return;
    Q_EMIT statsChanged(*it);
}

} // namespace sluice
