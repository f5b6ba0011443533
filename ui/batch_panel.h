#pragma once

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;
class QTimer;

namespace sluice {

class BatchModel;
class BatchRun;
class ProcessingService;

/// The batch view: files and folders dropped on the window run once through a pipeline picked here
/// (default: the watch folders' pipeline), with a row per file (state, progress, time, error), overall
/// progress with the files left and an estimate of the time left, Pause/Resume and Cancel, and at the end
/// a summary listing every failure with its reason — double-click one to show its result, or open the
/// file's folder. The worker count (files at once) is kept in QSettings (settings::workerCount).
/// Talks to core only through ProcessingService::startBatch and the BatchRun it returns.
class BatchPanel : public QWidget {
    Q_OBJECT
public:
    explicit BatchPanel(ProcessingService* service, QWidget* parent = nullptr);

    /// Starts a batch of `paths` with the picked pipeline and worker count; adds to the running batch when
    /// one runs with the same pipeline. Returns how many paths were handed over (0 with a message shown
    /// when the pipeline cannot be used).
    int start(const QStringList& paths);

    BatchRun* batch() const { return m_batch; }
    BatchModel* model() const { return m_model; }
    QComboBox* pipelineBox() const { return m_pipeline; }
    QSpinBox* workersBox() const { return m_workers; }
    QPushButton* pauseButton() const { return m_pause; }
    QPushButton* cancelButton() const { return m_cancel; }
    QProgressBar* overallBar() const { return m_bar; }
    QTableView* view() const { return m_view; }
    /// "12 of 200 files · 1 failed · about 0:14 left", or the summary once done.
    QString statusText() const;
    QListWidget* failureList() const { return m_failures; }

    /// "0:14", "1:02:03" for a duration in ms.
    static QString formatDuration(qint64 ms);

Q_SIGNALS:
    /// The user asked to see the result of `path` (double-click on a row or a failure); `result` is its
    /// result document (empty while it has not finished).
    void resultRequested(const QString& path, const QJsonObject& result);
    /// A batch started (the main window shows the panel).
    void batchStarted();

private:
    void fillPipelines();
    void togglePause();
    void refresh();
    void onDone();
    void openFolderOfSelectedFailure();
    void showFailure(QListWidgetItem* item);

    ProcessingService* m_service;
    QPointer<BatchRun> m_batch;
    BatchModel* m_model;
    QComboBox* m_pipeline;
    QSpinBox* m_workers;
    QPushButton* m_pause;
    QPushButton* m_cancel;
    QProgressBar* m_bar;
    QLabel* m_status;
    QTableView* m_view;
    QLabel* m_summaryTitle;
    QListWidget* m_failures;
    QPushButton* m_openFolder;
    QTimer* m_timer;
};

} // namespace sluice
