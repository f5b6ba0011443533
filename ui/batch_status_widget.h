#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace sluice {

/// The permanent part of the status bar: how many files are queued or running, and a progress bar for
/// the current batch ("7 / 20"). Shows "Idle" when nothing is running. Knows nothing of the service:
/// the main window feeds it.
class BatchStatusWidget : public QWidget {
    Q_OBJECT
public:
    explicit BatchStatusWidget(QWidget* parent = nullptr);

    int pending() const { return m_pending; }
    int finished() const { return m_finished; }
    int total() const { return m_total; }
    /// True between the first progress of a batch and idle.
    bool isBusy() const { return m_busy; }
    QProgressBar* progressBar() const { return m_bar; }
    QString queueText() const;

public Q_SLOTS:
    /// Items queued or running.
    void setPending(int pending);
    /// Progress of the current batch: `finished` of `total` items.
    void setProgress(int finished, int total);
    /// The last item of the batch finished.
    void setIdle();

private:
    void refresh();

    int m_pending = 0;
    int m_finished = 0;
    int m_total = 0;
    bool m_busy = false;
    QLabel* m_queue;
    QProgressBar* m_bar;
};

} // namespace sluice
