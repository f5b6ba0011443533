#include "batch_panel.h"

#include "batch_model.h"
#include "pipeline/pipeline.h"
#include "service/batch_run.h"
#include "service/processing_service.h"
#include "settings.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace sluice {

BatchPanel::BatchPanel(ProcessingService* service, QWidget* parent)
    : QWidget(parent), m_service(service), m_model(new BatchModel(this)), m_pipeline(new QComboBox(this)),
      m_workers(new QSpinBox(this)), m_pause(new QPushButton(tr("Pause"), this)),
      m_cancel(new QPushButton(tr("Cancel"), this)), m_bar(new QProgressBar(this)),
      m_status(new QLabel(this)), m_view(new QTableView(this)), m_summaryTitle(new QLabel(this)),
      m_failures(new QListWidget(this)), m_openFolder(new QPushButton(tr("Open Folder"), this)),
      m_timer(new QTimer(this)) {
    setObjectName(QStringLiteral("batchPanel"));
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Pipeline:"), this));
    m_pipeline->setToolTip(tr("Pipeline for files dropped on the window"));
    top->addWidget(m_pipeline, 1);
    top->addWidget(new QLabel(tr("Files at once:"), this));
    m_workers->setRange(1, 64);
    m_workers->setValue(settings::workerCountOrDefault());
    m_workers->setToolTip(tr("Worker threads for batches; the default is the number of cores"));
    top->addWidget(m_workers);
    m_pause->setEnabled(false);
    m_cancel->setEnabled(false);
    top->addWidget(m_pause);
    top->addWidget(m_cancel);

    m_bar->setRange(0, 1);
    m_bar->setValue(0);
    m_bar->setFormat(tr("%v / %m"));
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_bar, 1);
    progressRow->addWidget(m_status, 2);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(BatchModel::FileColumn, QHeaderView::Interactive);
    m_view->setColumnWidth(BatchModel::FileColumn, 260);
    m_view->setColumnWidth(BatchModel::StateColumn, 90);
    m_view->setColumnWidth(BatchModel::ProgressColumn, 80);
    m_view->setColumnWidth(BatchModel::TimeColumn, 70);
    m_view->setAlternatingRowColors(true);

    m_summaryTitle->setWordWrap(true);
    m_failures->setToolTip(tr("Double-click a failure to show its result"));
    m_openFolder->setToolTip(tr("Open the folder of the selected failed file"));
    m_openFolder->setEnabled(false);
    auto* summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_summaryTitle, 1);
    summaryRow->addWidget(m_openFolder);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(progressRow);
    layout->addWidget(m_view, 3);
    layout->addLayout(summaryRow);
    layout->addWidget(m_failures, 1);
    m_failures->hide();
    m_summaryTitle->hide();
    m_openFolder->hide();

    fillPipelines();
    connect(m_workers, &QSpinBox::valueChanged, this, [](int n) { settings::workerCount().setValue(n); });
    connect(m_pipeline, &QComboBox::currentIndexChanged, this, [this] {
        const QString name = m_pipeline->currentData().toString();
        settings::batchPipeline().setValue(name == m_service->pipeline().name ? QString() : name);
    });
    connect(m_pause, &QPushButton::clicked, this, &BatchPanel::togglePause);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_batch)
            m_batch->cancel();
    });
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        Q_EMIT resultRequested(index.data(BatchModel::PathRole).toString(),
                               index.data(BatchModel::ResultRole).toJsonObject());
    });
    connect(m_failures, &QListWidget::itemDoubleClicked, this, &BatchPanel::showFailure);
    connect(m_failures, &QListWidget::currentItemChanged, this,
            [this](QListWidgetItem* item) { m_openFolder->setEnabled(item != nullptr); });
    connect(m_openFolder, &QPushButton::clicked, this, &BatchPanel::openFolderOfSelectedFailure);
    m_timer->setInterval(250);
    connect(m_timer, &QTimer::timeout, this, &BatchPanel::refresh);
    refresh();
}

void BatchPanel::fillPipelines() {
    const QString defaultName = m_service->pipeline().name;
    m_pipeline->addItem(tr("%1 (watch folders' pipeline)").arg(defaultName), defaultName);
    QStringList names = Pipeline::userNames() + Pipeline::builtinNames();
    names.removeDuplicates();
    for (const QString& name : std::as_const(names))
        if (name != defaultName)
            m_pipeline->addItem(name, name);
    const int saved = m_pipeline->findData(settings::batchPipeline().value());
    m_pipeline->setCurrentIndex(saved > 0 ? saved : 0);
}

int BatchPanel::start(const QStringList& paths) {
    if (paths.isEmpty())
        return 0;
    const QString pipeline = m_pipeline->currentData().toString();
    if (m_batch && !m_batch->isDone() && !m_batch->isCanceled() && m_batch->pipeline().name == pipeline) {
        m_batch->start(paths);
        return int(paths.size());
    }
    QString error;
    BatchRun* batch = m_service->startBatch(paths, pipeline, m_workers->value(), &error);
    if (!batch) {
        QMessageBox::warning(this, tr("Cannot start the batch"), error);
        return 0;
    }
    m_batch = batch;
    m_model->setBatch(batch);
    m_failures->clear();
    m_failures->hide();
    m_summaryTitle->hide();
    m_openFolder->hide();
    m_pause->setText(tr("Pause"));
    m_pause->setEnabled(true);
    m_cancel->setEnabled(true);
    connect(batch, &BatchRun::progress, this, &BatchPanel::refresh);
    connect(batch, &BatchRun::pausedChanged, this, &BatchPanel::refresh);
    connect(batch, &BatchRun::done, this, &BatchPanel::onDone);
    m_timer->start();
    refresh();
    Q_EMIT batchStarted();
    return int(paths.size());
}

void BatchPanel::togglePause() {
    if (!m_batch)
        return;
    if (m_batch->isPaused())
        m_batch->resume();
    else
        m_batch->pause();
    m_pause->setText(m_batch->isPaused() ? tr("Resume") : tr("Pause"));
}

QString BatchPanel::formatDuration(qint64 ms) {
    const qint64 s = (ms + 500) / 1000;
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(s / 3600)
            .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString BatchPanel::statusText() const {
    return m_status->text();
}

void BatchPanel::refresh() {
    m_model->refreshProgress();
    if (!m_batch) {
        m_status->setText(tr("Drop files or folders on the window to process them as a batch."));
        return;
    }
    const int total = m_batch->total();
    const int finished = m_batch->finishedCount();
    m_bar->setRange(0, qMax(1, total));
    m_bar->setValue(finished);
    QStringList parts;
    parts << tr("%1 of %n file(s)", nullptr, total).arg(finished);
    const int failed = m_model->countInState(QStringLiteral("failed"));
    if (failed > 0)
        parts << tr("%n failed", nullptr, failed);
    if (m_batch->isPaused())
        parts << tr("paused");
    else if (!m_batch->isDone()) {
        const qint64 eta = m_batch->etaMs();
        parts << (eta < 0 ? tr("estimating time left…") : tr("about %1 left").arg(formatDuration(eta)));
    }
    m_status->setText(parts.join(QStringLiteral(" · ")));
}

void BatchPanel::onDone() {
    m_timer->stop();
    m_model->refreshProgress();
    m_pause->setEnabled(false);
    m_cancel->setEnabled(false);
    if (!m_batch)
        return;
    const RunMetrics metrics = m_batch->metrics();
    const int failed = m_model->countInState(QStringLiteral("failed"));
    const int canceled = m_model->countInState(QStringLiteral("canceled"));
    m_bar->setRange(0, qMax(1, m_batch->total()));
    m_bar->setValue(m_batch->finishedCount());
    // Counts of the batch's own files; the rates include files extracted from them (archive members).
    // Whole sentences, so that a translation can order the words as its language needs.
    const QString sentence =
        m_batch->isCanceled()
            ? tr("Canceled after %1: %2 succeeded, %3 failed, %4 canceled, %5 skipped — %6 files/s, %7 MB/s.")
            : tr("Done in %1: %2 succeeded, %3 failed, %4 canceled, %5 skipped — %6 files/s, %7 MB/s.");
    const QString summary = sentence.arg(formatDuration(m_batch->activeMs()))
                                .arg(m_model->countInState(QStringLiteral("ok")))
                                .arg(failed)
                                .arg(canceled)
                                .arg(m_model->countInState(QStringLiteral("skipped")))
                                .arg(metrics.filesPerSecond(), 0, 'f', 1)
                                .arg(metrics.megabytesPerSecond(), 0, 'f', 2);
    m_status->setText(summary);
    m_failures->clear();
    for (const ItemResult& r : m_batch->failures()) {
        const QJsonObject e = r.errors.isEmpty() ? QJsonObject() : r.errors.first().toObject();
        if (e.value(QStringLiteral("message")).toString() ==
            QCoreApplication::translate("sluice::PipelineExecutor", "canceled"))
            continue;
        auto* item = new QListWidgetItem(tr("%1 — %2: %3")
                                             .arg(QFileInfo(r.item.path).fileName(),
                                                  e.value(QStringLiteral("stage")).toString(),
                                                  e.value(QStringLiteral("message")).toString()),
                                         m_failures);
        item->setData(Qt::UserRole, r.item.path);
        item->setToolTip(r.item.path);
    }
    const bool anyFailure = m_failures->count() > 0;
    m_summaryTitle->setText(
        anyFailure
            ? tr("%n file(s) failed — double-click one to see its result:", nullptr, m_failures->count())
            : tr("No failures."));
    m_summaryTitle->show();
    m_failures->setVisible(anyFailure);
    m_openFolder->setVisible(anyFailure);
    m_openFolder->setEnabled(m_failures->currentItem() != nullptr);
}

void BatchPanel::showFailure(QListWidgetItem* item) {
    if (!item)
        return;
    const QString path = item->data(Qt::UserRole).toString();
    const int row = m_model->rowOf(path);
    Q_EMIT resultRequested(
        path, row < 0 ? QJsonObject() : m_model->index(row, 0).data(BatchModel::ResultRole).toJsonObject());
}

void BatchPanel::openFolderOfSelectedFailure() {
    const QListWidgetItem* item = m_failures->currentItem();
    if (!item)
        return;
    QDesktopServices::openUrl(
        QUrl::fromLocalFile(QFileInfo(item->data(Qt::UserRole).toString()).absolutePath()));
}

} // namespace sluice
