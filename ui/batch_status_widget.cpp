#include "batch_status_widget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

namespace sluice {

BatchStatusWidget::BatchStatusWidget(QWidget* parent)
    : QWidget(parent), m_queue(new QLabel(this)), m_bar(new QProgressBar(this)) {
    m_bar->setMinimumWidth(220);
    m_bar->setMaximumWidth(320);
    m_bar->setMaximumHeight(18);
    m_bar->setTextVisible(true);
    m_bar->setAccessibleName(tr("Batch progress"));
    m_queue->setMinimumWidth(m_queue->fontMetrics().horizontalAdvance(tr("Queue: %1").arg(99999)) + 8);
    m_queue->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_queue->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 4, 0);
    layout->addWidget(m_queue);
    layout->addWidget(m_bar);
    refresh();
}

QString BatchStatusWidget::queueText() const {
    return m_queue->text();
}

void BatchStatusWidget::setPending(int pending) {
    m_pending = qMax(0, pending);
    refresh();
}

void BatchStatusWidget::setProgress(int finished, int total) {
    m_finished = qMax(0, finished);
    m_total = qMax(m_finished, total);
    m_busy = m_total > 0 && m_finished < m_total;
    refresh();
}

void BatchStatusWidget::setIdle() {
    m_busy = false;
    m_pending = 0;
    refresh();
}

void BatchStatusWidget::refresh() {
    m_queue->setText(m_pending > 0 ? tr("Queue: %1").arg(m_pending) : tr("Queue empty"));
    m_queue->setToolTip(tr("Files queued or being processed"));
    if (m_total <= 0) {
        m_bar->setRange(0, 1);
        m_bar->setValue(0);
        m_bar->setFormat(tr("Idle"));
        m_bar->setToolTip(tr("No batch has run yet"));
        return;
    }
    m_bar->setRange(0, m_total);
    m_bar->setValue(m_finished);
    if (m_busy) {
        //: Batch progress in the status bar: finished files / all files of the batch.
        m_bar->setFormat(tr("%1 / %2 files").arg(m_finished).arg(m_total));
        m_bar->setToolTip(tr("Processing the current batch"));
    } else {
        m_bar->setFormat(tr("Done: %1 / %2 files").arg(m_finished).arg(m_total));
        m_bar->setToolTip(tr("The last batch has finished"));
    }
}

} // namespace sluice
