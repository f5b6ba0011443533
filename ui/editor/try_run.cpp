#include "try_run.h"

#include "pipeline/feedback.h"

#include <QFileInfo>
#include <QPointer>
#include <QtConcurrent>

namespace sluice {

TryRun::TryRun(QObject* parent) : QObject(parent) {
    connect(&m_watcher, &QFutureWatcher<ItemResult>::finished, this, [this] {
        if (m_watcher.future().resultCount() > 0)
            m_result = m_watcher.result();
        Q_EMIT finished(m_result);
    });
}

TryRun::~TryRun() {
    cancel();
    m_watcher.waitForFinished();
}

bool TryRun::isRunning() const {
    return m_watcher.isRunning();
}

void TryRun::cancel() {
    if (m_feedback)
        m_feedback->cancel();
}

bool TryRun::start(const Pipeline& pipeline, const QString& path, QString* error) {
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (isRunning())
        return fail(tr("a sample is still running"));
    const QList<ValidationIssue> issues = pipeline.validate();
    if (!issues.isEmpty())
        return fail(
            tr("the pipeline has %n problem(s); fix them first (see Problems)", nullptr, int(issues.size())));
    if (!QFileInfo(path).isFile())
        return fail(tr("'%1' is not a file").arg(path));

    m_feedback = std::make_shared<Feedback>();
    const std::shared_ptr<Feedback> feedback = m_feedback;
    QPointer<TryRun> self(this);
    // The callback runs on the worker; each status is queued to this object's (the GUI) thread.
    auto onNode = [self](const QString& id, const QString& status, qint64 ms) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, id, status, ms] {
                if (self)
                    Q_EMIT self->nodeStatus(id, status, ms);
            },
            Qt::QueuedConnection);
    };
    m_watcher.setFuture(QtConcurrent::run([pipeline, path, feedback, onNode] {
        bool ok = false;
        Item item = Item::fromPath(path, {}, &ok);
        return PipelineExecutor(pipeline).run(item, *feedback, onNode);
    }));
    return true;
}

} // namespace sluice
