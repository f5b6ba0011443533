#include "runner.h"

#include "log/event_log.h"
#include "store/state_store.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QThread>
#include <QTimer>

namespace sluice {

Runner::Runner(const Pipeline& pipeline, StateStore* store, EventLog* log, QObject* parent)
    : QObject(parent), m_pipeline(pipeline), m_executor(pipeline), m_store(store), m_log(log) {
    qRegisterMetaType<sluice::ItemResult>();
    m_pool.setMaxThreadCount(QThread::idealThreadCount());
}

Runner::~Runner() {
    cancelAll();
    m_pool.waitForDone();
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
    const QString name = parent.isEmpty()
                             ? QFileInfo(path).fileName()
                             : QFileInfo(parent).fileName() + QLatin1Char('!') + QFileInfo(path).fileName();
    if (name.toUtf8().size() <= kMaxBaseBytes)
        return name;
    const QString tag = QString::fromLatin1(
        QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha1).toHex().left(10));
    QString cut = name;
    while (cut.toUtf8().size() > kMaxBaseBytes - 12)
        cut.chop(cut.size() >= 2 && cut.at(cut.size() - 1).isLowSurrogate() ? 2 : 1);
    return cut + QLatin1Char('~') + tag;
}

QString Runner::resultPathFor(const QString& dir, const QString& path, const QString& parent) {
    return QDir(dir).filePath(resultBaseName(path, parent) + QStringLiteral(".sluice.json"));
}

bool Runner::enqueue(const QString& path, const QString& watchRoot, bool skipIfProcessed) {
    return enqueueWithOrigin(path, Origin{watchRoot, 0, {}}, skipIfProcessed);
}

bool Runner::enqueueWithOrigin(const QString& path, const Origin& origin, bool skipIfProcessed) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    auto feedback = std::make_shared<Feedback>();
    int finished = 0;
    int total = 0;
    {
        QMutexLocker lock(&m_mutex);
        if (m_active.contains(absolute))
            return false;
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

void Runner::cancelAll() {
    QMutexLocker lock(&m_mutex);
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
    bool exists = false;
    Item item = Item::fromPath(path, origin.watchRoot, &exists);
    item.depth = origin.depth;
    item.parent = origin.parent;
    if (exists && skipIfProcessed && alreadyProcessed(item)) {
        ItemResult skipped;
        skipped.item = item;
        skipped.status = QStringLiteral("skipped");
        skipped.started = QDateTime::currentDateTimeUtc();
        if (m_log) {
            // The result of the run that processed it, so that the skipped file can still be inspected.
            const QJsonObject previous = m_store->latestResult(item.path);
            m_log->add(EventLevel::Debug, QStringLiteral("skipped"), path,
                       tr("Unchanged since it was processed; not run again"),
                       previous.isEmpty() ? QJsonObject()
                                          : QJsonObject{{QStringLiteral("result"), previous}});
        }
        QMetaObject::invokeMethod(
            this, [this, skipped] { finishOne(skipped); }, Qt::QueuedConnection);
        return;
    }
    if (m_log)
        m_log->add(EventLevel::Debug, QStringLiteral("started"), path, tr("Processing started"));
    QMetaObject::invokeMethod(
        this, [this, path] { Q_EMIT itemStarted(path); }, Qt::QueuedConnection);

    const qint64 jobId = m_store ? m_store->beginJob(path, m_pipeline.name) : 0;

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
        result = m_executor.run(item, *feedback);
    }

    QJsonObject document = result.toJson(m_pipeline.name);
    QString resultFile;
    QString writeError;
    if (!m_resultDir.isEmpty() && !writeResult(result, &resultFile, &writeError)) {
        result.status = QStringLiteral("failed");
        result.errors.append(QJsonObject{{QStringLiteral("stage"), QStringLiteral("result")},
                                         {QStringLiteral("stage_type"), QString()},
                                         {QStringLiteral("message"), writeError},
                                         {QStringLiteral("transient"), true}});
        document = result.toJson(m_pipeline.name);
    }
    if (m_store) {
        m_store->finishJob(jobId, result.status, document);
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

    queueFollowUps(result);
    if (m_log) {
        QJsonObject data{{QStringLiteral("result"), document}, {QStringLiteral("result_file"), resultFile}};
        if (result.ok()) {
            m_log->add(EventLevel::Info, QStringLiteral("processed"), path,
                       tr("Processed in %1 ms (%2)").arg(result.durationMs).arg(result.item.mime), data);
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
        this, [this, result] { finishOne(result); }, Qt::QueuedConnection);
}

void Runner::queueFollowUps(const ItemResult& result) {
    if (result.followUps.isEmpty())
        return;
    const int depth = result.item.depth + 1;
    if (depth > m_maxFollowUpDepth.load()) {
        if (m_log)
            m_log->add(EventLevel::Warning, QStringLiteral("info"), result.item.path,
                       tr("%n produced file(s) not processed: nesting depth %1 is over the limit of %2",
                          nullptr, int(result.followUps.size()))
                           .arg(depth)
                           .arg(m_maxFollowUpDepth.load()));
        return;
    }
    for (const QString& path : result.followUps)
        enqueueWithOrigin(path, Origin{result.item.watchRoot, depth, result.item.path}, false);
}

QString Runner::resultSourceOf(const QString& resultPath) {
    QFile file(resultPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject source =
        QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("source")).toObject();
    return source.value(QStringLiteral("path")).toString();
}

bool Runner::writeResult(const ItemResult& result, QString* writtenPath, QString* error) {
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
        file.write(QJsonDocument(result.toJson(m_pipeline.name)).toJson(QJsonDocument::Indented)) < 0 ||
        !file.commit()) {
        *error = tr("cannot write result '%1': %2").arg(path, file.errorString());
        return false;
    }
    *writtenPath = path;
    return true;
}

void Runner::finishOne(const ItemResult& result) {
    int finished = 0;
    int total = 0;
    int left = 0;
    {
        QMutexLocker lock(&m_mutex);
        m_active.remove(result.item.path);
        m_feedbacks.remove(result.item.path);
        finished = ++m_batchFinished;
        total = m_batchTotal;
        left = --m_pending;
        if (left == 0) {
            m_batchFinished = 0;
            m_batchTotal = 0;
        }
    }
    Q_EMIT itemFinished(result);
    Q_EMIT progress(finished, total);
    if (left == 0)
        Q_EMIT idle();
}

} // namespace sluice
