#include "runner.h"

#include "images/duplicate_registry.h"
#include "json_member.h"
#include "log/event_log.h"
#include "store/state_store.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QThread>
#include <QTimer>
#include <optional>

namespace sluice {

namespace {

/// Result documents up to this size (compact, bytes) are written indented for people; larger ones (an
/// archive listing thousands of members) as the compact bytes already made for the store.
constexpr qsizetype kIndentedResultMaxBytes = 256 * 1024;

/// The Feedback a running item gets: info lines go to the event log at Debug level (progress detail such
/// as "page 3 of 12", hidden by the log's default filter), alerts as warnings.
class RunnerFeedback : public Feedback {
public:
    RunnerFeedback(EventLog* log, QString path) : m_log(log), m_path(std::move(path)) {}
    void info(const QString& message) override {
        if (m_log)
            m_log->add(EventLevel::Debug, QStringLiteral("info"), m_path, message);
    }
    void alert(const QString& title, const QString& message) override {
        if (m_log)
            m_log->add(EventLevel::Warning, QStringLiteral("alert"), m_path, message,
                       QJsonObject{{QStringLiteral("title"), title}});
    }

private:
    EventLog* m_log;
    QString m_path;
};

/// The executor's journal over the StateStore, for one job.
class StoreJournal : public ExecutionJournal {
public:
    StoreJournal(StateStore* store, qint64 jobId, QHash<QString, QJsonObject> completed)
        : m_store(store), m_jobId(jobId), m_completed(std::move(completed)) {}
    std::optional<QJsonObject> completed(const QString& node) override {
        const auto it = m_completed.constFind(node);
        return it == m_completed.constEnd() ? std::nullopt : std::optional<QJsonObject>(*it);
    }
    void before(const QString& node, const QString& stage, int attempt) override {
        m_store->journalBefore(m_jobId, node, stage, attempt);
    }
    void after(const QString& node, const QJsonObject& record) override {
        m_store->journalAfter(m_jobId, node, record);
    }

private:
    StateStore* m_store;
    qint64 m_jobId;
    QHash<QString, QJsonObject> m_completed;
};

} // namespace

RunMetrics Runner::MetricsAccumulator::snapshot() const {
    RunMetrics m = metrics;
    m.elapsedMs = firstQueuedMs < 0 ? 0 : qMax<qint64>(0, lastFinishedMs - firstQueuedMs);
    return m;
}

RunMetrics Runner::metrics() const {
    QMutexLocker lock(&m_mutex);
    return m_total.snapshot();
}

RunMetrics Runner::metricsFor(const QString& watchRoot) const {
    QMutexLocker lock(&m_mutex);
    return m_perRoot.value(watchRoot).snapshot();
}

int Runner::resumeInterrupted() {
    if (!m_store)
        return 0;
    const QString resultDir = m_resultDir.isEmpty() ? QString() : QDir(m_resultDir).absolutePath();
    int queued = 0;
    for (const InterruptedJob& job : m_store->interruptedJobs(m_pipeline.name)) {
        if (job.origin.value(QStringLiteral("result_dir")).toString() != resultDir)
            continue;
        Origin origin;
        origin.watchRoot = job.origin.value(QStringLiteral("watch_root")).toString();
        origin.depth = job.origin.value(QStringLiteral("depth")).toInt();
        origin.parent = job.origin.value(QStringLiteral("parent")).toString();
        origin.trigger = job.origin.value(QStringLiteral("trigger")).toString();
        origin.whileStopped = job.origin.value(QStringLiteral("while_stopped")).toBool();
        origin.resumeJob = job.id;
        origin.resumeOrigin = job.origin;
        if (enqueueWithOrigin(job.path, origin, false))
            ++queued;
    }
    if (queued > 0 && m_log)
        m_log->add(EventLevel::Warning, QStringLiteral("resumed"), {},
                   tr("Resuming %n job(s) interrupted when Sluice last stopped", nullptr, queued),
                   QJsonObject{{QStringLiteral("jobs"), queued}});
    return queued;
}

Runner::Runner(const Pipeline& pipeline, StateStore* store, EventLog* log, QObject* parent)
    : QObject(parent), m_pipeline(pipeline), m_executor(pipeline), m_store(store), m_log(log) {
    qRegisterMetaType<sluice::ItemResult>();
    m_pool.setMaxThreadCount(QThread::idealThreadCount());
    m_clock.start();
    if (m_store) // near-duplicate search of watch folders survives restarts (image_analyze)
        DuplicateRegistry::instance().attachStore(m_store);
}

Runner::~Runner() {
    cancelAll();
    m_pool.waitForDone();
    DuplicateRegistry::instance().detachStore(m_store);
}

void Runner::setMaxThreads(int threads) {
    m_pool.setMaxThreadCount(qBound(1, threads, 64));
}

int Runner::maxThreads() const {
    return m_pool.maxThreadCount();
}

void Runner::setResultDir(const QString& dir) {
    m_resultDir = dir;
}

QString Runner::resultBaseName(const QString& path, const QString& parent) {
    // File names are limited to 255 bytes on most file systems; the result adds ".sluice.json" and maybe
    // " (N)". A longer name is cut (on a character boundary) and made unique by a hash of the whole name.
    constexpr int kMaxBaseBytes = 200;
    // A file produced by a stage (an archive member) is named after the file it came from too, so that
    // members called "-" or "README" from different archives are told apart.
    QString name = parent.isEmpty()
                       ? QFileInfo(path).fileName()
                       : QFileInfo(parent).fileName() + QLatin1Char('!') + QFileInfo(path).fileName();
    // A source name may hold control characters (a newline, a tab, ESC), line separators or bidi
    // overrides, legal on Linux; a result name with them breaks shells, listings and logs, and a bidi
    // override can disguise the extension. Each becomes '_', and the name gets the "~" tag of the original
    // name below: "a\nb.txt" → "a_b.txt~<hash>", so that it never takes the result name of a genuine
    // "a_b.txt" (nor pushes that one to "a_b.txt (2)"). The JSON keeps the source path exactly.
    const QString original = name;
    bool sanitised = false;
    for (QChar& c : name) {
        const char16_t u = c.unicode();
        if (c.category() == QChar::Other_Control || u == 0x2028 || u == 0x2029 ||
            (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069)) {
            c = QLatin1Char('_');
            sanitised = true;
        }
    }
    if (!sanitised && name.toUtf8().size() <= kMaxBaseBytes)
        return name;
    const QString tag = QString::fromLatin1(
        QCryptographicHash::hash(original.toUtf8(), QCryptographicHash::Sha1).toHex().left(10));
    QString cut = name;
    while (cut.toUtf8().size() > kMaxBaseBytes - 12)
        cut.chop(cut.size() >= 2 && cut.at(cut.size() - 1).isLowSurrogate() ? 2 : 1);
    return cut + QLatin1Char('~') + tag;
}

QString Runner::resultPathFor(const QString& dir, const QString& path, const QString& parent) {
    return QDir(dir).filePath(resultBaseName(path, parent) + QStringLiteral(".sluice.json"));
}

bool Runner::enqueue(const QString& path, const QString& watchRoot, bool skipIfProcessed,
                     const QString& trigger, bool whileStopped) {
    Origin origin;
    origin.watchRoot = watchRoot;
    origin.trigger = trigger;
    origin.whileStopped = whileStopped;
    return enqueueWithOrigin(path, origin, skipIfProcessed);
}

bool Runner::enqueueWithOrigin(const QString& path, const Origin& origin, bool skipIfProcessed) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    auto feedback = std::make_shared<RunnerFeedback>(m_log, absolute);
    int finished = 0;
    int total = 0;
    {
        QMutexLocker lock(&m_mutex);
        if (m_active.contains(absolute)) {
            // A watch event for a running file means it changed during the run; the same file given
            // twice on purpose (a batch, `run a a`) runs once.
            const bool changeEvent = origin.trigger == QLatin1String("created") ||
                                     origin.trigger == QLatin1String("modified") ||
                                     origin.trigger == QLatin1String("content_changed");
            if (changeEvent && origin.resumeJob == 0 && m_started.contains(absolute))
                m_rerun.insert(absolute, Rerun{origin, skipIfProcessed});
            return false;
        }
        const qint64 nowMs = m_clock.elapsed();
        if (m_total.firstQueuedMs < 0)
            m_total.firstQueuedMs = nowMs;
        MetricsAccumulator& root = m_perRoot[origin.watchRoot];
        if (root.firstQueuedMs < 0)
            root.firstQueuedMs = nowMs;
        m_active.insert(absolute);
        m_feedbacks.insert(absolute, feedback);
        ++m_pending;
        finished = m_batchFinished;
        total = ++m_batchTotal;
    }
    Q_EMIT progress(finished, total);
    m_pool.start([this, absolute, origin, skipIfProcessed, feedback] {
        runOne(absolute, origin, skipIfProcessed, feedback);
    });
    return true;
}

double Runner::itemProgress(const QString& path) const {
    QMutexLocker lock(&m_mutex);
    const auto it = m_feedbacks.constFind(path);
    return it == m_feedbacks.constEnd() ? -1.0 : (*it)->progress();
}

void Runner::cancelAll() {
    QMutexLocker lock(&m_mutex);
    m_rerun.clear();
    for (const auto& feedback : std::as_const(m_feedbacks))
        feedback->cancel();
}

bool Runner::waitForDone(int msecs) {
    if (m_pending.load() == 0)
        return true;
    QEventLoop loop;
    connect(this, &Runner::idle, &loop, &QEventLoop::quit);
    if (msecs >= 0)
        QTimer::singleShot(msecs, &loop, &QEventLoop::quit);
    loop.exec();
    return m_pending.load() == 0;
}

bool Runner::alreadyProcessed(const Item& item) const {
    if (!m_store)
        return false;
    // A file that failed for good (corrupt, unsupported) is not retried until it changes; one that failed
    // for a passing reason (locked, busy) is.
    const std::optional<KnownFile> known = m_store->knownFile(item.path);
    return known &&
           (known->status == QStringLiteral("processed") || known->status == QStringLiteral("failed")) &&
           known->size == item.size && known->mtime == item.mtime;
}

void Runner::runOne(const QString& path, const Origin& origin, bool skipIfProcessed,
                    std::shared_ptr<Feedback> feedback) {
    {
        QMutexLocker lock(&m_mutex);
        m_started.insert(path);
    }
    bool exists = false;
    Item item = Item::fromPath(path, origin.watchRoot, &exists);
    item.depth = origin.depth;
    item.parent = origin.parent;
    item.trigger = origin.trigger;
    item.triggerWhileStopped = origin.whileStopped;
    item.jobStarted = QDateTime::currentDateTimeUtc();
    QHash<QString, QJsonObject> completed;
    if (origin.resumeJob > 0) {
        // Continue as the interrupted job was: same start time (dated names), same size and mtime (a move
        // that finished before the kill finds its target by them), and the nodes it finished.
        // A follow-up begun by its parent (notStarted) has the same record, made when the parent finished.
        const QJsonObject snapshot = origin.resumeOrigin.value(QStringLiteral("item")).toObject();
        const QDateTime started = QDateTime::fromString(
            origin.resumeOrigin.value(QStringLiteral("started")).toString(), Qt::ISODateWithMs);
        if (started.isValid())
            item.jobStarted = started;
        item.size = snapshot.value(QStringLiteral("size")).toInteger(item.size);
        const QDateTime mtime =
            QDateTime::fromString(snapshot.value(QStringLiteral("mtime")).toString(), Qt::ISODateWithMs);
        if (mtime.isValid())
            item.mtime = mtime;
        if (!origin.notStarted)
            completed = m_store->journalCompleted(origin.resumeJob);
        exists = exists || !completed.isEmpty();
    }
    if (!m_resultDir.isEmpty())
        item.resultDir = QDir(m_resultDir).absolutePath();
    if (exists && skipIfProcessed && alreadyProcessed(item)) {
        ItemResult skipped;
        skipped.item = item;
        skipped.status = QStringLiteral("skipped");
        skipped.started = QDateTime::currentDateTimeUtc();
        if (m_log) {
            // The result of the run that processed it, so that the skipped file can still be inspected.
            const QJsonObject previous = m_store->latestResult(item.path);
            QJsonObject data{{QStringLiteral("reason"), QStringLiteral("same_size_and_mtime")},
                             {QStringLiteral("trigger"), origin.trigger},
                             {QStringLiteral("size"), item.size},
                             {QStringLiteral("mtime"), item.mtime.toUTC().toString(Qt::ISODateWithMs)}};
            if (!previous.isEmpty())
                data.insert(QStringLiteral("result"), previous);
            // A live watch event ("modified" after `cp -p f t; mv t f`) that leads to nothing must say
            // why where it is seen (Info); the many unchanged files of a start scan stay at Debug.
            const bool liveEvent = !origin.whileStopped && (origin.trigger == QLatin1String("created") ||
                                                            origin.trigger == QLatin1String("modified"));
            m_log->add(liveEvent ? EventLevel::Info : EventLevel::Debug, QStringLiteral("skipped"), path,
                       tr("Not processed again: same size and modification time as when it was last "
                          "processed. A change that keeps both is only seen with content hashing on."),
                       data);
        }
        QMetaObject::invokeMethod(
            this, [this, path, skipped] { finishOne(path, skipped); }, Qt::QueuedConnection);
        return;
    }
    if (m_log)
        m_log->add(EventLevel::Debug, QStringLiteral("started"), path, tr("Processing started"));
    QMetaObject::invokeMethod(
        this, [this, path] { Q_EMIT itemStarted(path); }, Qt::QueuedConnection);

    qint64 jobId = origin.resumeJob;
    if (m_store && jobId == 0) {
        jobId = m_store->beginJobWithOrigin(
            path, m_pipeline.name,
            QJsonObject{{QStringLiteral("watch_root"), origin.watchRoot},
                        {QStringLiteral("depth"), origin.depth},
                        {QStringLiteral("parent"), origin.parent},
                        {QStringLiteral("trigger"), origin.trigger},
                        {QStringLiteral("while_stopped"), origin.whileStopped},
                        {QStringLiteral("result_dir"), item.resultDir},
                        {QStringLiteral("started"), item.jobStarted.toString(Qt::ISODateWithMs)},
                        {QStringLiteral("item"),
                         QJsonObject{{QStringLiteral("path"), item.path},
                                     {QStringLiteral("size"), item.size},
                                     {QStringLiteral("mtime"), item.mtime.toString(Qt::ISODateWithMs)}}}});
    }

    ItemResult result;
    if (!exists) {
        result.item = item;
        result.status = QStringLiteral("failed");
        result.started = QDateTime::currentDateTimeUtc();
        result.errors.append(
            QJsonObject{{QStringLiteral("stage"), QStringLiteral("source")},
                        {QStringLiteral("stage_type"), QString()},
                        {QStringLiteral("message"), tr("file not found or not a regular file")},
                        {QStringLiteral("transient"), false}});
    } else {
        StoreJournal journal(m_store, jobId, completed);
        result = m_executor.run(item, *feedback, {}, m_store && jobId > 0 ? &journal : nullptr);
        if (m_errorFolder.enabled && result.item.depth == 0 && failedPermanently(result) &&
            QFileInfo(result.item.path).isFile()) {
            const QString folder = m_errorFolder.folderFor(result.item, m_resultDir);
            QString movedTo;
            QString moveError;
            if (folder.isEmpty()) {
                // Nowhere to put it: leave the file where it is.
            } else if (moveToErrorFolder(result, folder, m_pipeline.name, &movedTo, &moveError)) {
                result.movedTo = movedTo;
                if (m_log)
                    m_log->add(EventLevel::Warning, QStringLiteral("moved_to_errors"), path,
                               tr("Failed for good; moved to %1").arg(movedTo),
                               QJsonObject{{QStringLiteral("moved_to"), movedTo}});
            } else if (m_log) {
                m_log->add(EventLevel::Error, QStringLiteral("info"), path,
                           tr("Could not move the failed file to the error folder: %1").arg(moveError));
            }
        }
    }

    QJsonObject document = result.toJson(m_pipeline.name);
    // Serialised once for the store and, when large, for the result file too (an archive's listing of
    // 10,000 members costs about 30,000 instructions per member and serialisation).
    QByteArray compact = QJsonDocument(document).toJson(QJsonDocument::Compact);
    QString resultFile;
    QString writeError;
    if (!m_resultDir.isEmpty() && !writeResult(result, document, compact, &resultFile, &writeError)) {
        result.status = QStringLiteral("failed");
        result.errors.append(QJsonObject{{QStringLiteral("stage"), QStringLiteral("result")},
                                         {QStringLiteral("stage_type"), QString()},
                                         {QStringLiteral("message"), writeError},
                                         {QStringLiteral("transient"), true}});
        document = result.toJson(m_pipeline.name);
        compact = QJsonDocument(document).toJson(QJsonDocument::Compact);
    }
    // The follow-ups' jobs begin in the same transaction that finishes this one: a kill at any moment
    // either resumes this job (which produces them again) or resumes them, never neither or both.
    const QList<StateStore::JobStart> followUps = followUpJobs(result);
    QList<qint64> followUpIds;
    if (m_store) {
        followUpIds =
            m_store->finishJobBeginFollowUps(jobId, result.status, compact, m_pipeline.name, followUps);
        if (followUpIds.size() != followUps.size()) // the store failed and wrote nothing: at least finish
            m_store->finishJobCompact(jobId, result.status, compact);
        if (exists) {
            KnownFile known;
            known.path = item.path;
            known.size = item.size;
            known.mtime = item.mtime;
            known.sha256 = result.item.sha256;
            bool transient = false;
            for (const QJsonValue& e : std::as_const(result.errors))
                transient |= e.toObject().value(QStringLiteral("transient")).toBool();
            known.status = result.ok() ? QStringLiteral("processed")
                           : transient ? QStringLiteral("failed_transient")
                                       : QStringLiteral("failed");
            known.lastJob = jobId;
            m_store->upsertKnownFile(known);
        }
    }

    queueFollowUps(followUps, followUpIds);
    if (m_log) {
        QJsonObject data{{QStringLiteral("result"), document}, {QStringLiteral("result_file"), resultFile}};
        if (result.okWithWarnings()) {
            // Done, but not completely: a warning that names what was left out, not a plain "processed".
            const QJsonObject first = result.warnings.first().toObject();
            m_log->add(EventLevel::Warning, QStringLiteral("processed"), path,
                       tr("OK with %n warning(s) in %1 ms: %2", nullptr, int(result.warnings.size()))
                           .arg(result.durationMs)
                           .arg(tr("%1: %2").arg(first.value(QStringLiteral("stage")).toString(),
                                                 first.value(QStringLiteral("message")).toString())),
                       data);
        } else if (result.ok()) {
            // No type when the pipeline has no node that determines it: no empty "()".
            m_log->add(EventLevel::Info, QStringLiteral("processed"), path,
                       result.item.mime.isEmpty()
                           ? tr("Processed in %1 ms").arg(result.durationMs)
                           : tr("Processed in %1 ms (%2)").arg(result.durationMs).arg(result.item.mime),
                       data);
        } else {
            const QJsonObject first = result.errors.first().toObject();
            m_log->add(EventLevel::Error, QStringLiteral("failed"), path,
                       tr("Failed at %1: %2")
                           .arg(first.value(QStringLiteral("stage")).toString(),
                                first.value(QStringLiteral("message")).toString()),
                       data);
        }
    }
    QMetaObject::invokeMethod(
        this, [this, path, result] { finishOne(path, result); }, Qt::QueuedConnection);
}

QList<StateStore::JobStart> Runner::followUpJobs(const ItemResult& result) const {
    QList<StateStore::JobStart> jobs;
    if (result.followUps.isEmpty())
        return jobs;
    const int depth = result.item.depth + 1;
    if (depth > m_maxFollowUpDepth.load()) {
        if (m_log)
            m_log->add(EventLevel::Warning, QStringLiteral("info"), result.item.path,
                       tr("%n produced file(s) not processed: nesting depth %1 is over the limit of %2",
                          nullptr, int(result.followUps.size()))
                           .arg(depth)
                           .arg(m_maxFollowUpDepth.load()));
        return jobs;
    }
    const QString started = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QString resultDir = m_resultDir.isEmpty() ? QString() : QDir(m_resultDir).absolutePath();
    jobs.reserve(result.followUps.size());
    for (const QString& file : result.followUps) {
        const QFileInfo info(file);
        const QString path = info.absoluteFilePath();
        jobs.append(
            {path, QJsonObject{{QStringLiteral("watch_root"), result.item.watchRoot},
                               {QStringLiteral("depth"), depth},
                               {QStringLiteral("parent"), result.item.path},
                               {QStringLiteral("result_dir"), resultDir},
                               {QStringLiteral("started"), started},
                               {QStringLiteral("item"),
                                QJsonObject{{QStringLiteral("path"), path},
                                            {QStringLiteral("size"), info.size()},
                                            {QStringLiteral("mtime"),
                                             info.lastModified().toUTC().toString(Qt::ISODateWithMs)}}}}});
    }
    return jobs;
}

void Runner::queueFollowUps(const QList<StateStore::JobStart>& jobs, const QList<qint64>& jobIds) {
    for (qsizetype i = 0; i < jobs.size(); ++i) {
        const QJsonObject& record = jobs.at(i).origin;
        Origin origin;
        origin.watchRoot = record.value(QStringLiteral("watch_root")).toString();
        origin.depth = record.value(QStringLiteral("depth")).toInt();
        origin.parent = record.value(QStringLiteral("parent")).toString();
        if (i < jobIds.size()) {
            origin.resumeJob = jobIds.at(i);
            origin.resumeOrigin = record;
            origin.notStarted = true;
        }
        // Already queued or running (the same file produced twice): its begun job ends here.
        if (!enqueueWithOrigin(jobs.at(i).path, origin, false) && origin.resumeJob > 0 && m_store)
            m_store->finishJob(origin.resumeJob, QStringLiteral("skipped"),
                               QJsonObject{{QStringLiteral("status"), QStringLiteral("skipped")},
                                           {QStringLiteral("reason"), QStringLiteral("already queued")}});
    }
}

QString Runner::resultSourceOf(const QString& resultPath) {
    QFile file(resultPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    // Only "source" is needed. QJsonDocument writes keys in sorted order, so it comes near the start, before
    // "stages" (a 200-page PDF's result is 1.2 MB, whose full parse cost 160 M instructions, 11 ms): read
    // the head and step over the members before it; anything else (not found, a key with escapes, a
    // document not written by Sluice) is parsed whole, as before.
    constexpr qint64 kHeadBytes = 64 * 1024;
    QByteArray text = file.read(kHeadBytes);
    QByteArray source = topLevelMemberText(text, QLatin1StringView("source"));
    if (source.isNull() && !file.atEnd()) {
        text += file.readAll();
        source = topLevelMemberText(text, QLatin1StringView("source"));
    }
    const QJsonObject object =
        source.isNull() ? QJsonDocument::fromJson(text).object().value(QStringLiteral("source")).toObject()
                        : QJsonDocument::fromJson(source).object();
    return object.value(QStringLiteral("path")).toString();
}

bool Runner::writeResult(const ItemResult& result, const QJsonObject& document, const QByteArray& compact,
                         QString* writtenPath, QString* error) {
    if (!QDir().mkpath(m_resultDir)) {
        *error = tr("cannot create result folder '%1'").arg(m_resultDir);
        return false;
    }
    // Two inputs with one file name (from different folders) must not overwrite each other's result:
    // the second gets "<name> (2).sluice.json". A result of the same source is replaced.
    QMutexLocker lock(&m_resultMutex);
    const QString base = resultBaseName(result.item.path, result.item.parent);
    QString path = resultPathFor(m_resultDir, result.item.path, result.item.parent);
    for (int n = 2; QFile::exists(path) && resultSourceOf(path) != result.item.path; ++n)
        path = QDir(m_resultDir).filePath(QStringLiteral("%1 (%2).sluice.json").arg(base).arg(n));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(compact.size() > kIndentedResultMaxBytes
                       ? compact
                       : QJsonDocument(document).toJson(QJsonDocument::Indented)) < 0 ||
        !file.commit()) {
        *error = tr("cannot write result '%1': %2").arg(path, file.errorString());
        return false;
    }
    *writtenPath = path;
    return true;
}

void Runner::finishOne(const QString& path, const ItemResult& result) {
    std::optional<Rerun> rerun;
    int finished = 0;
    int total = 0;
    int left = 0;
    {
        QMutexLocker lock(&m_mutex);
        const qint64 nowMs = m_clock.elapsed();
        for (MetricsAccumulator* acc : {&m_total, &m_perRoot[result.item.watchRoot]}) {
            RunMetrics& m = acc->metrics;
            if (result.status == QStringLiteral("ok"))
                ++m.succeeded;
            else if (result.status == QStringLiteral("skipped"))
                ++m.skipped;
            else
                ++m.failed;
            if (result.status != QStringLiteral("skipped"))
                m.bytes += result.item.size;
            m.retries += result.retries;
            acc->lastFinishedMs = nowMs;
        }
        m_active.remove(path);
        m_started.remove(path);
        m_feedbacks.remove(path);
        if (const auto it = m_rerun.constFind(path); it != m_rerun.cend()) {
            rerun = *it;
            m_rerun.erase(it);
        }
        finished = ++m_batchFinished;
        total = m_batchTotal;
        left = --m_pending;
        if (left == 0 && !rerun) {
            m_batchFinished = 0;
            m_batchTotal = 0;
        }
    }
    Q_EMIT itemFinished(result);
    Q_EMIT progress(finished, total);
    if (rerun) {
        // It changed while it ran: its new content runs now, as the event that announced the change.
        if (m_log)
            m_log->add(EventLevel::Debug, QStringLiteral("queued"), path,
                       tr("Changed while it was processed: queued again"));
        enqueueWithOrigin(path, rerun->origin, rerun->skipIfProcessed);
    } else if (left == 0) {
        Q_EMIT idle();
    }
}

} // namespace sluice
