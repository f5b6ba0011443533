// The batch view offscreen against a running ProcessingService: per-file and overall progress, pause and
// resume, cancel, and the summary of failures with one click to their result. A test stage that waits
// for permits makes the order of events deterministic.

#include "pipeline/stage_registry.h"
#include "service/batch_run.h"
#include "service/processing_service.h"
#include "ui/batch_model.h"
#include "ui/batch_panel.h"
#include "ui/settings.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace sluice;

namespace {

constexpr int kTimeoutMs = 20000;

QSemaphore& permits() {
    static QSemaphore semaphore;
    return semaphore;
}

/// Waits for a permit (or cancellation) and reports 50 % while waiting.
class GateStage : public Stage {
public:
    QString id() const override { return QStringLiteral("test_gate"); }
    QString displayName() const override { return QStringLiteral("Gate"); }
    QString group() const override { return QStringLiteral("Test"); }
    QString description() const override { return QStringLiteral("Waits for a permit."); }
    StageResult process(Item&, const QJsonObject&, Feedback& feedback) override {
        feedback.setProgress(50);
        while (!permits().tryAcquire(1, 10))
            if (feedback.isCanceled())
                return StageResult::failure(
                    QCoreApplication::translate("sluice::PipelineExecutor", "canceled"));
        return StageResult::success({});
    }
};

bool writeFile(const QString& path, const QByteArray& content) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}

} // namespace

class TestBatchPanel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void defaultsFromSettings();
    void progressPerFileAndOverall();
    void pauseHoldsTheQueue();
    void cancelStopsEverything();
    void failuresAreListedAndOpenTheirResult();

private:
    QStringList makeFiles(const QString& prefix, int count);
    void pickPipeline(const QString& name);

    QTemporaryDir m_state;
    QTemporaryDir m_files;
    std::unique_ptr<ProcessingService> m_service;
    std::unique_ptr<BatchPanel> m_panel;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestBatchPanel::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SluiceTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_batch_panel"));
    QSettings().clear();
    settings::workerCount().setValue(2);
    StageRegistry::instance().add(QStringLiteral("test_gate"), [] { return std::make_unique<GateStage>(); });
    // Two user pipelines the panel lists: one that waits at the gate, one that validates JSON.
    const QString dir = Pipeline::userPipelineDir();
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(writeFile(QDir(dir).filePath(QStringLiteral("gated.sluice.json")),
                      R"({"format":"sluice-pipeline","version":1,"name":"gated",
                          "nodes":[{"id":"gate","stage":"test_gate"}]})"));
    QVERIFY(writeFile(QDir(dir).filePath(QStringLiteral("json-check.sluice.json")),
                      R"({"format":"sluice-pipeline","version":1,"name":"json-check",
                          "nodes":[{"id":"json","stage":"validate_json"}]})"));

    ProcessingService::Config config;
    config.statePath = m_state.filePath(QStringLiteral("state.sqlite"));
    config.resultDir = m_state.filePath(QStringLiteral("results"));
    config.jobs = 2;
    m_service = std::make_unique<ProcessingService>();
    QString error;
    QVERIFY2(m_service->start(config, &error), qPrintable(error));
    m_panel = std::make_unique<BatchPanel>(m_service.get());
    m_panel->resize(900, 500);
    m_panel->show();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestBatchPanel::cleanupTestCase() {
    permits().release(1000);
    m_tester.reset();
    m_panel.reset();
    m_service.reset();
    QDir(Pipeline::userPipelineDir()).removeRecursively();
    QSettings().clear();
}

QStringList TestBatchPanel::makeFiles(const QString& prefix, int count) {
    QStringList paths;
    for (int i = 0; i < count; ++i) {
        const QString path = m_files.filePath(QStringLiteral("%1-%2.txt").arg(prefix).arg(i));
        writeFile(path, QByteArray("file ") + QByteArray::number(i));
        paths.append(path);
    }
    return paths;
}

void TestBatchPanel::pickPipeline(const QString& name) {
    const int index = m_panel->pipelineBox()->findData(name);
    QVERIFY2(index >= 0, qPrintable(name));
    m_panel->pipelineBox()->setCurrentIndex(index);
}

void TestBatchPanel::defaultsFromSettings() {
    QCOMPARE(m_panel->workersBox()->value(), 2);
    // The first entry is the watch folders' pipeline; the user pipelines follow.
    QCOMPARE(m_panel->pipelineBox()->itemData(0).toString(), m_service->pipeline().name);
    QVERIFY(m_panel->pipelineBox()->findData(QStringLiteral("gated")) > 0);
    m_panel->workersBox()->setValue(3);
    QCOMPARE(settings::workerCount().value(), 3);
    m_panel->workersBox()->setValue(2);
    QVERIFY(!m_panel->pauseButton()->isEnabled());
}

void TestBatchPanel::progressPerFileAndOverall() {
    pickPipeline(QStringLiteral("gated"));
    const QStringList files = makeFiles(QStringLiteral("progress"), 6);
    QCOMPARE(m_panel->start(files), 6);
    BatchRun* batch = m_panel->batch();
    QVERIFY(batch);
    QCOMPARE(batch->workers(), 2);
    BatchModel* model = m_panel->model();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 6, kTimeoutMs);
    // Two files at once: two running at the gate (50 %), four queued.
    QTRY_COMPARE_WITH_TIMEOUT(model->countInState(QStringLiteral("running")), 2, kTimeoutMs);
    QCOMPARE(model->countInState(QStringLiteral("queued")), 4);
    QTRY_COMPARE_WITH_TIMEOUT(model->index(0, 0).data(BatchModel::ProgressRole).toDouble(), 50.0, kTimeoutMs);
    QCOMPARE(m_panel->overallBar()->maximum(), 6);
    QCOMPARE(m_panel->overallBar()->value(), 0);
    // Plurals come from the translation; untranslated the text reads "file(s)".
    QVERIFY2(m_panel->statusText().startsWith(QStringLiteral("0 of 6 file")),
             qPrintable(m_panel->statusText()));

    permits().release(2);
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->overallBar()->value(), 2, kTimeoutMs);
    QCOMPARE(model->countInState(QStringLiteral("ok")), 2);
    QCOMPARE(model->index(0, BatchModel::StateColumn).data().toString(), QStringLiteral("Done"));
    QCOMPARE(model->index(0, 0).data(BatchModel::ProgressRole).toDouble(), 100.0);
    // With files done the panel estimates the time left.
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->statusText().contains(QStringLiteral("left")), kTimeoutMs);
    QVERIFY(batch->etaMs() >= 0);

    QSignalSpy done(batch, &BatchRun::done);
    permits().release(4);
    QVERIFY(done.wait(kTimeoutMs));
    QCOMPARE(m_panel->overallBar()->value(), 6);
    QCOMPARE(model->countInState(QStringLiteral("ok")), 6);
    QVERIFY2(m_panel->statusText().contains(QStringLiteral("6 succeeded, 0 failed")),
             qPrintable(m_panel->statusText()));
    QVERIFY(!m_panel->cancelButton()->isEnabled());
    QVERIFY(!m_panel->failureList()->isVisible());
}

void TestBatchPanel::pauseHoldsTheQueue() {
    pickPipeline(QStringLiteral("gated"));
    const QStringList files = makeFiles(QStringLiteral("pause"), 5);
    m_panel->start(files);
    BatchRun* batch = m_panel->batch();
    BatchModel* model = m_panel->model();
    QTRY_COMPARE_WITH_TIMEOUT(model->countInState(QStringLiteral("running")), 2, kTimeoutMs);
    QTest::mouseClick(m_panel->pauseButton(), Qt::LeftButton);
    QVERIFY(batch->isPaused());
    QCOMPARE(m_panel->pauseButton()->text(), QStringLiteral("Resume"));
    QVERIFY(m_panel->statusText().contains(QStringLiteral("paused")));
    permits().release(2); // the two running files finish; nothing new starts
    QTRY_COMPARE_WITH_TIMEOUT(model->countInState(QStringLiteral("ok")), 2, kTimeoutMs);
    QTest::qWait(200);
    QCOMPARE(model->countInState(QStringLiteral("running")), 0);
    QCOMPARE(model->countInState(QStringLiteral("queued")), 3);
    QTest::mouseClick(m_panel->pauseButton(), Qt::LeftButton);
    QVERIFY(!batch->isPaused());
    QTRY_COMPARE_WITH_TIMEOUT(model->countInState(QStringLiteral("running")), 2, kTimeoutMs);
    QSignalSpy done(batch, &BatchRun::done);
    permits().release(3);
    QVERIFY(done.wait(kTimeoutMs));
    QCOMPARE(model->countInState(QStringLiteral("ok")), 5);
}

void TestBatchPanel::cancelStopsEverything() {
    pickPipeline(QStringLiteral("gated"));
    const QStringList files = makeFiles(QStringLiteral("cancel"), 7);
    m_panel->start(files);
    BatchRun* batch = m_panel->batch();
    BatchModel* model = m_panel->model();
    QTRY_COMPARE_WITH_TIMEOUT(model->countInState(QStringLiteral("running")), 2, kTimeoutMs);
    QSignalSpy done(batch, &BatchRun::done);
    QVERIFY(m_panel->cancelButton()->isEnabled());
    QTest::mouseClick(m_panel->cancelButton(), Qt::LeftButton);
    QVERIFY(done.count() > 0 || done.wait(kTimeoutMs));
    // Running files were stopped, queued ones never started: all seven canceled, none done.
    QCOMPARE(model->countInState(QStringLiteral("canceled")), 7);
    QCOMPARE(model->countInState(QStringLiteral("ok")), 0);
    QCOMPARE(m_panel->overallBar()->value(), 7);
    // One whole sentence (not "Canceled. " glued before the "Done in" summary).
    const QString status = m_panel->statusText();
    QVERIFY2(status.startsWith(QStringLiteral("Canceled after ")), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral(": 0 succeeded, 0 failed, 7 canceled, 0 skipped — ")),
             qPrintable(status));
    QVERIFY2(!status.contains(QStringLiteral("Done in")), qPrintable(status));
    QVERIFY(!m_panel->cancelButton()->isEnabled());
    QCOMPARE(m_panel->failureList()->count(), 0); // canceled is not a failure
    QCOMPARE(m_service->pending(), 0);
}

void TestBatchPanel::failuresAreListedAndOpenTheirResult() {
    pickPipeline(QStringLiteral("json-check"));
    const QString good = m_files.filePath(QStringLiteral("good.json"));
    const QString bad = m_files.filePath(QStringLiteral("bad.json"));
    QVERIFY(writeFile(good, "{\"ok\": true}"));
    QVERIFY(writeFile(bad, "{\"ok\": tru}"));
    m_panel->start({m_files.path()}); // a folder: expanded, the .txt files of earlier tests fail as JSON too
    BatchRun* batch = m_panel->batch();
    QSignalSpy done(batch, &BatchRun::done);
    QVERIFY(done.wait(kTimeoutMs));
    QListWidget* failures = m_panel->failureList();
    QVERIFY(failures->isVisible());
    QCOMPARE(failures->count(), batch->total() - 1); // everything but good.json
    QListWidgetItem* badItem = nullptr;
    for (int i = 0; i < failures->count(); ++i)
        if (failures->item(i)->data(Qt::UserRole).toString() == bad)
            badItem = failures->item(i);
    QVERIFY(badItem);
    QVERIFY2(badItem->text().startsWith(QStringLiteral("bad.json — json: not valid JSON at line 1")),
             qPrintable(badItem->text()));
    QSignalSpy requested(m_panel.get(), &BatchPanel::resultRequested);
    const QRect rect = failures->visualItemRect(badItem);
    // A press first: item views act on a double-click only on the item that was pressed.
    QTest::mouseClick(failures->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
    QTest::mouseDClick(failures->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().at(0).toString(), bad);
    const QJsonObject result = requested.first().at(1).toJsonObject();
    QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
}

QTEST_MAIN(TestBatchPanel)
#include "tst_batch_panel.moc"
