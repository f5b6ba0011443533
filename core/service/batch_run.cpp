#include "batch_run.h"

#include "pipeline/runner.h"
#include "platform/file_ops.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QPointer>
#include <QtConcurrent>

namespace sluice {

BatchRun::BatchRun(const Pipeline& pipeline, StateStore* store, EventLog* log, const QString& resultDir,
                   int workers, QObject* parent)
    : QObject(parent), m_pipeline(pipeline), m_runner(std::make_unique<Runner>(pipeline, store, log)),
      m_workers(qBound(1, workers, 64)) {
    m_runner->setMaxThreads(m_workers);
    m_runner->setResultDir(resultDir);
    m_expander.setMaxThreadCount(1);
    connect(m_runner.get(), &Runner::itemStarted, this, &BatchRun::itemStarted);
    connect(m_runner.get(), &Runner::itemFinished, this, &BatchRun::onItemFinished);
    m_clock.start();
}

BatchRun::~BatchRun() {
    m_canceled = true;
    m_expander.waitForDone();
    m_runner->cancelAll();
    m_runner.reset();
}

void BatchRun::start(const QStringList& paths) {
    m_doneSignalled = false;
    ++m_expanding;
    QPointer<BatchRun> self(this);
    (void)QtConcurrent::run(&m_expander, [self, paths] {
        QStringList files;
        QStringList unopenable;
        for (const QString& path : paths) {
            const QFileInfo info(path);
            if (info.isDir()) {
                files += fileops::filesUnder(info.absoluteFilePath(), &unopenable);
            } else {
                files.append(info.absoluteFilePath());
            }
        }
        QMetaObject::invokeMethod(
            self.data(),
            [self, files, unopenable] {
                if (self)
                    self->addFiles(files, unopenable);
            },
            Qt::QueuedConnection);
    });
}

void BatchRun::addFiles(const QStringList& files, const QStringList& unopenable) {
    --m_expanding;
    if (m_canceled) {
        checkDone();
        return;
    }
    m_queue += files;
    m_total += int(files.size() + unopenable.size());
    Q_EMIT filesAdded(files + unopenable);
    // Names that are not valid UTF-8 cannot be opened: each is a failed item of the batch, not a skip.
    for (const QString& name : unopenable) {
        ItemResult failed;
        failed.item.path = name;
        failed.status = QStringLiteral("failed");
        failed.started = QDateTime::currentDateTimeUtc();
        failed.errors.append(
            QJsonObject{{QStringLiteral("stage"), QStringLiteral("source")},
                        {QStringLiteral("stage_type"), QString()},
                        {QStringLiteral("message"),
                         tr("the file name is not valid UTF-8, so it cannot be opened; rename it")},
                        {QStringLiteral("transient"), false}});
        ++m_finished;
        m_failures.append(failed);
        Q_EMIT itemFinished(failed);
    }
    Q_EMIT progress(m_finished, m_total);
    feed();
    checkDone();
}

void BatchRun::feed() {
    while (!m_paused && !m_canceled && m_inRunner < m_workers && !m_queue.isEmpty()) {
        const QString path = m_queue.takeFirst();
        if (m_runner->enqueue(path, {}, false, QStringLiteral("manual")))
            ++m_inRunner;
        else
            ++m_finished; // the same file twice in one batch: counted once as run
    }
}

void BatchRun::pause() {
    if (m_paused || m_canceled)
        return;
    m_paused = true;
    m_pausedSince = m_clock.elapsed();
    Q_EMIT pausedChanged(true);
}

void BatchRun::resume() {
    if (!m_paused)
        return;
    m_paused = false;
    if (m_pausedSince >= 0)
        m_pausedMs += m_clock.elapsed() - m_pausedSince;
    m_pausedSince = -1;
    Q_EMIT pausedChanged(false);
    feed();
}

void BatchRun::cancel() {
    if (m_canceled)
        return;
    m_canceled = true;
    m_canceledCount += int(m_queue.size());
    m_finished += int(m_queue.size());
    m_queue.clear();
    m_runner->cancelAll();
    if (m_paused)
        resume();
    Q_EMIT progress(m_finished, m_total);
    checkDone();
}

bool BatchRun::isDone() const {
    return m_expanding == 0 && m_queue.isEmpty() && m_inRunner == 0 && m_runner->pending() == 0;
}

qint64 BatchRun::activeMs() const {
    const qint64 now = m_clock.elapsed();
    return now - m_pausedMs - (m_pausedSince >= 0 ? now - m_pausedSince : 0);
}

qint64 BatchRun::etaMs() const {
    const int ran = m_finished - m_canceledCount;
    if (ran <= 0 || isDone())
        return -1;
    const int left = m_total - m_finished;
    return qint64(double(activeMs()) / double(ran) * double(left));
}

double BatchRun::progressOf(const QString& path) const {
    return m_runner->itemProgress(path);
}

RunMetrics BatchRun::metrics() const {
    return m_runner->metrics();
}

void BatchRun::onItemFinished(const ItemResult& result) {
    // Follow-ups (files extracted from an archive) finish here too without having been fed.
    if (result.item.depth == 0) {
        --m_inRunner;
        ++m_finished;
    }
    if (!result.ok() && result.status != QLatin1String("skipped"))
        m_failures.append(result);
    Q_EMIT itemFinished(result);
    Q_EMIT progress(m_finished, m_total);
    feed();
    checkDone();
}

void BatchRun::checkDone() {
    if (!m_doneSignalled && isDone()) {
        m_doneSignalled = true;
        Q_EMIT done();
    }
}

} // namespace sluice
