// Retries with exponential backoff on a fake clock, the side-effect journal (reuse on resume), resuming an
// interrupted job through the StateStore, the error folder and run metrics — on real files.

#include "log/event_log.h"
#include "pipeline/error_folder.h"
#include "pipeline/executor.h"
#include "pipeline/retry_policy.h"
#include "pipeline/runner.h"
#include "pipeline/stage_registry.h"
#include "store/state_store.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>
#include <atomic>

using namespace sluice;

namespace {

/// Fails transiently the first `fail_times` runs per path (counted across instances), or permanently
/// when `permanent` is set.
class FlakyStage : public Stage {
public:
    static QHash<QString, int>& runs() {
        static QHash<QString, int> counts;
        return counts;
    }
    QString id() const override { return QStringLiteral("test_flaky"); }
    QString displayName() const override { return QStringLiteral("Flaky"); }
    QString group() const override { return QStringLiteral("Test"); }
    QString description() const override { return QStringLiteral("Fails a few times."); }
    QList<ParamSpec> parameters() const override {
        return {
            makeParam(QStringLiteral("fail_times"), ParamType::Int, 0, QStringLiteral("Failures first.")),
            makeParam(QStringLiteral("permanent"), ParamType::Bool, false, QStringLiteral("Fail for good."))};
    }
    StageResult process(Item& item, const QJsonObject& params, Feedback&) override {
        const int n = ++runs()[item.path];
        item.mime = QStringLiteral("changed/by-attempt-%1").arg(n);
        if (params.value(QStringLiteral("permanent")).toBool())
            return StageResult::failure(QStringLiteral("corrupt"), false);
        if (n <= params.value(QStringLiteral("fail_times")).toInt())
            return StageResult::failure(QStringLiteral("locked by another process"), true);
        return StageResult::success({{QStringLiteral("run"), n}});
    }
};

/// A side-effect stage that counts its runs (the journal must keep it from running twice).
class EffectStage : public Stage {
public:
    static std::atomic<int>& runs() {
        static std::atomic<int> count{0};
        return count;
    }
    QString id() const override { return QStringLiteral("test_effect"); }
    QString displayName() const override { return QStringLiteral("Effect"); }
    QString group() const override { return QStringLiteral("Test"); }
    QString description() const override { return QStringLiteral("Counts runs."); }
    bool hasSideEffects() const override { return true; }
    StageResult process(Item& item, const QJsonObject&, Feedback&) override {
        ++runs();
        item.sha256 = QStringLiteral("set-by-effect");
        return StageResult::success({{QStringLiteral("effect"), runs().load()}});
    }
};

class FakeSleeper : public Sleeper {
public:
    bool sleep(qint64 ms, const Feedback& feedback) override {
        sleeps.append(ms);
        return !cancelOnSleep && !feedback.isCanceled();
    }
    double random() override { return draw; }
    QList<qint64> sleeps;
    double draw = 0.5;
    bool cancelOnSleep = false;
};

class MemoryJournal : public ExecutionJournal {
public:
    std::optional<QJsonObject> completed(const QString& node) override {
        return done.contains(node) ? std::optional<QJsonObject>(done.value(node)) : std::nullopt;
    }
    void before(const QString& node, const QString&, int attempt) override {
        log.append(QStringLiteral("before %1 #%2").arg(node).arg(attempt));
    }
    void after(const QString& node, const QJsonObject& record) override {
        log.append(QStringLiteral("after %1").arg(node));
        done.insert(node, record);
    }
    QHash<QString, QJsonObject> done;
    QStringList log;
};

Pipeline pipelineFrom(const QByteArray& json) {
    Pipeline p;
    QString error;
    if (!Pipeline::fromJson(json, p, &error))
        qWarning("%s", qPrintable(error));
    return p;
}

Pipeline flakyPipeline(int failTimes, bool permanent = false) {
    return pipelineFrom(QStringLiteral(R"({"format":"sluice-pipeline","version":1,"name":"flaky","nodes":[
        {"id":"f","stage":"test_flaky","params":{"fail_times":%1,"permanent":%2},
         "retry":{"attempts":4,"initial_delay_ms":100,"factor":3,"max_delay_ms":500,"jitter":0.5}}]})")
                            .arg(failTimes)
                            .arg(permanent ? QStringLiteral("true") : QStringLiteral("false"))
                            .toUtf8());
}

QString dataFile(const QString& relative) {
    return QStringLiteral(SLUICE_TEST_DATA) + QLatin1Char('/') + relative;
}

} // namespace

class TestResilience : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void backoffFormula();
    void retryPolicyValidation();
    void transientFailureRetriedWithBackoff();
    void retriesExhausted();
    void permanentFailureNotRetried();
    void cancelDuringBackoff();
    void journalRecordsAndReuses();
    void runnerResumesInterruptedJob();
    void errorFolderOnPermanentFailure();
    void errorFolderOffByDefault();
};

void TestResilience::initTestCase() {
    StageRegistry::instance().add(QStringLiteral("test_flaky"),
                                  [] { return std::make_unique<FlakyStage>(); });
    StageRegistry::instance().add(QStringLiteral("test_effect"),
                                  [] { return std::make_unique<EffectStage>(); });
}

void TestResilience::backoffFormula() {
    RetryPolicy p;
    p.initialDelayMs = 200;
    p.factor = 2;
    p.maxDelayMs = 1000;
    p.jitter = 0.2;
    // u = 0: no jitter taken off; 200, 400, 800, then capped at 1000.
    QCOMPARE(p.delayMs(1, 0.0), 200);
    QCOMPARE(p.delayMs(2, 0.0), 400);
    QCOMPARE(p.delayMs(3, 0.0), 800);
    QCOMPARE(p.delayMs(4, 0.0), 1000);
    QCOMPARE(p.delayMs(9, 0.0), 1000);
    // u → 1: up to 20 % less.
    QCOMPARE(p.delayMs(1, 0.5), 180);
    QCOMPARE(p.delayMs(4, 1.0), 800);
}

void TestResilience::retryPolicyValidation() {
    Pipeline p = pipelineFrom(R"({"format":"sluice-pipeline","version":1,"nodes":[
        {"id":"h","stage":"hash","retry":{"attempts":0,"factor":"fast","max_wait":5}}]})");
    const QList<ValidationIssue> issues = p.validate();
    QStringList text;
    for (const ValidationIssue& i : issues)
        text << i.toString();
    QCOMPARE(issues.size(), 3);
    QVERIFY2(text.join('\n').contains(QStringLiteral("retry.attempts: must be a whole number from 1 to 20")),
             qPrintable(text.join('\n')));
    QVERIFY(text.join('\n').contains(QStringLiteral("retry.factor: must be a number from 1 to 10")));
    QVERIFY(text.join('\n').contains(QStringLiteral("retry.max_wait: unknown key")));
    // Saved and read back unchanged.
    Pipeline ok = flakyPipeline(1);
    QVERIFY(ok.validate().isEmpty());
    Pipeline again;
    QVERIFY(Pipeline::fromJson(ok.toJson(), again, nullptr));
    QCOMPARE(again.nodes.first().retry.value("factor").toDouble(), 3.0);
}

void TestResilience::transientFailureRetriedWithBackoff() {
    PipelineExecutor executor(flakyPipeline(3));
    auto sleeper = std::make_shared<FakeSleeper>();
    executor.setSleeper(sleeper);
    Feedback feedback;
    const ItemResult r = executor.run(Item::fromPath(dataFile(QStringLiteral("image/i_trns.png"))), feedback);
    QVERIFY(r.ok());
    // 100, 300, 900→500 ms, each less half of the jitter share (u = 0.5, jitter 0.5 → × 0.75).
    QCOMPARE(sleeper->sleeps, (QList<qint64>{75, 225, 375}));
    QCOMPARE(r.retries, 3);
    QCOMPARE(r.item.results.value("f").toObject().value("attempts").toInt(), 4);
    QCOMPARE(r.item.results.value("f").toObject().value("run").toInt(), 4);
    // Fields set by a failed attempt are not left behind: the last attempt started from the clean item.
    QCOMPARE(r.item.mime, QStringLiteral("changed/by-attempt-4"));
}

void TestResilience::retriesExhausted() {
    PipelineExecutor executor(flakyPipeline(10));
    auto sleeper = std::make_shared<FakeSleeper>();
    sleeper->draw = 0.0;
    executor.setSleeper(sleeper);
    Feedback feedback;
    const ItemResult r =
        executor.run(Item::fromPath(dataFile(QStringLiteral("image/uncompressed_la.png"))), feedback);
    QCOMPARE(r.status, QStringLiteral("failed"));
    QCOMPARE(sleeper->sleeps, (QList<qint64>{100, 300, 500}));
    const QJsonObject error = r.errors.first().toObject();
    QCOMPARE(error.value("attempts").toInt(), 4);
    QVERIFY(error.value("transient").toBool());
    QCOMPARE(error.value("message").toString(), QStringLiteral("locked by another process"));
}

void TestResilience::permanentFailureNotRetried() {
    PipelineExecutor executor(flakyPipeline(0, true));
    auto sleeper = std::make_shared<FakeSleeper>();
    executor.setSleeper(sleeper);
    Feedback feedback;
    const ItemResult r =
        executor.run(Item::fromPath(dataFile(QStringLiteral("image/dispose_bgnd.gif"))), feedback);
    QCOMPARE(r.status, QStringLiteral("failed"));
    QVERIFY(sleeper->sleeps.isEmpty());
    QCOMPARE(r.errors.first().toObject().value("attempts").toInt(), 1);
    QCOMPARE(r.retries, 0);
}

void TestResilience::cancelDuringBackoff() {
    PipelineExecutor executor(flakyPipeline(5));
    auto sleeper = std::make_shared<FakeSleeper>();
    sleeper->cancelOnSleep = true;
    executor.setSleeper(sleeper);
    Feedback feedback;
    const ItemResult r =
        executor.run(Item::fromPath(dataFile(QStringLiteral("image/multipage.tiff"))), feedback);
    QCOMPARE(r.status, QStringLiteral("failed"));
    QCOMPARE(sleeper->sleeps.size(), 1);
    QCOMPARE(r.errors.first().toObject().value("message").toString(), QStringLiteral("canceled"));
}

void TestResilience::journalRecordsAndReuses() {
    const Pipeline p = pipelineFrom(R"({"format":"sluice-pipeline","version":1,"nodes":[
        {"id":"m","stage":"mime"},{"id":"e","stage":"test_effect"}],"edges":[{"from":"m","to":"e"}]})");
    PipelineExecutor executor(p);
    MemoryJournal journal;
    Feedback feedback;
    const int before = EffectStage::runs().load();
    const QString path = dataFile(QStringLiteral("pdf/issue-598-example.pdf"));
    ItemResult first = executor.run(Item::fromPath(path), feedback, {}, &journal);
    QVERIFY(first.ok());
    QCOMPARE(EffectStage::runs().load(), before + 1);
    // Only the side-effect node is journaled, before and after.
    QCOMPARE(journal.log, (QStringList{QStringLiteral("before e #1"), QStringLiteral("after e")}));
    QCOMPARE(journal.done.value("e").value("item").toObject().value("sha256").toString(),
             QStringLiteral("set-by-effect"));

    // Run again as a resume: the node is not repeated, its output and item fields come from the journal.
    journal.log.clear();
    const ItemResult resumed = executor.run(Item::fromPath(path), feedback, {}, &journal);
    QVERIFY(resumed.ok());
    QCOMPARE(EffectStage::runs().load(), before + 1);
    QVERIFY(journal.log.isEmpty());
    QCOMPARE(resumed.reusedNodes, QStringList{QStringLiteral("e")});
    QCOMPARE(resumed.item.sha256, QStringLiteral("set-by-effect"));
    QVERIFY(resumed.item.results.value("e").toObject().value("resumed").toBool());
    QCOMPARE(resumed.item.results.value("e").toObject().value("effect").toInt(), before + 1);
    QCOMPARE(resumed.item.mime, QStringLiteral("application/pdf")); // the mime node ran again
}

void TestResilience::runnerResumesInterruptedJob() {
    QTemporaryDir tmp;
    const QString src = tmp.filePath(QStringLiteral("doc.pdf"));
    QVERIFY(QFile::copy(dataFile(QStringLiteral("pdf/issue-598-example.pdf")), src));
    const QString out = tmp.filePath(QStringLiteral("out"));
    StateStore store;
    QVERIFY(store.open(tmp.filePath(QStringLiteral("state.sqlite"))));
    const Pipeline p =
        pipelineFrom(QStringLiteral(R"({"format":"sluice-pipeline","version":1,"name":"twocopies",
        "nodes":[{"id":"c1","stage":"copy","params":{"folder":"%1/a"}},
                 {"id":"c2","stage":"copy","params":{"folder":"%1/b"}}],"edges":[{"from":"c1","to":"c2"}]})")
                         .arg(tmp.path())
                         .toUtf8());
    QVERIFY(p.validate().isEmpty());
    // What a process killed between c1's "after" and c2 leaves: a running job with its origin, c1 done
    // (recorded with a marker that only the journal can supply), c2 begun.
    const qint64 job = store.beginJob(src, p.name);
    const QString started = QStringLiteral("2026-01-05T10:00:00.000Z");
    store.recordJobOrigin(job, QJsonObject{{"watch_root", ""},
                                           {"depth", 0},
                                           {"parent", ""},
                                           {"result_dir", QDir(out).absolutePath()},
                                           {"started", started},
                                           {"item", QJsonObject{{"path", src}, {"size", 504551}}}});
    store.journalBefore(job, QStringLiteral("c1"), QStringLiteral("copy"), 1);
    store.journalAfter(job, QStringLiteral("c1"),
                       QJsonObject{{"output", QJsonObject{{"target", "recorded-target"}, {"verified", true}}},
                                   {"item", QJsonObject{{"path", src}, {"sha256", "recorded"}}}});
    store.journalBefore(job, QStringLiteral("c2"), QStringLiteral("copy"), 1);
    QCOMPARE(store.interruptedJobs(p.name).size(), 1);

    EventLog log;
    Runner runner(p, &store, &log);
    runner.setResultDir(out);
    QCOMPARE(runner.resumeInterrupted(), 1);
    QVERIFY(!runner.enqueue(src)); // already queued as the resumed job
    QVERIFY(runner.waitForDone(30000));
    QCOMPARE(store.jobCount(QStringLiteral("running")), 0);
    QCOMPARE(store.jobCount(), 1);
    const QJsonObject result = store.latestResult(src);
    QCOMPARE(result.value("status").toString(), QStringLiteral("ok"));
    QCOMPARE(result.value("resumed_nodes").toArray(), QJsonArray{"c1"});
    const QJsonObject stages = result.value("stages").toObject();
    QCOMPARE(stages.value("c1").toObject().value("target").toString(), QStringLiteral("recorded-target"));
    QVERIFY(!QFileInfo::exists(tmp.filePath(QStringLiteral("a/doc.pdf")))); // c1 did not run again
    QVERIFY(QFileInfo::exists(tmp.filePath(QStringLiteral("b/doc.pdf"))));  // c2 did
    QCOMPARE(store.journalCompleted(job).keys().size(), 2);
    QCOMPARE(runner.metrics().succeeded, 1);
}

void TestResilience::errorFolderOnPermanentFailure() {
    QTemporaryDir tmp;
    const QString bad = tmp.filePath(QStringLiteral("in/broken.json"));
    QDir().mkpath(tmp.filePath(QStringLiteral("in")));
    {
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"a\": [1, 2,, 3]}\n");
    }
    const QString good = tmp.filePath(QStringLiteral("in/ok.json"));
    {
        QFile f(good);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"a\": [1, 2, 3]}\n");
    }
    const Pipeline p = pipelineFrom(R"({"format":"sluice-pipeline","version":1,"name":"check",
        "nodes":[{"id":"json","stage":"validate_json"}]})");
    StateStore store;
    QVERIFY(store.open(tmp.filePath(QStringLiteral("state.sqlite"))));
    Runner runner(p, &store, nullptr);
    const QString out = tmp.filePath(QStringLiteral("out"));
    runner.setResultDir(out);
    ErrorFolderPolicy policy;
    policy.enabled = true;
    runner.setErrorFolder(policy);
    runner.enqueue(bad);
    runner.enqueue(good);
    QVERIFY(runner.waitForDone(30000));
    QVERIFY(!QFileInfo::exists(bad));
    QVERIFY(QFileInfo::exists(good));
    const QString moved = out + QStringLiteral("/errors/broken.json");
    QFile movedFile(moved);
    QVERIFY(movedFile.open(QIODevice::ReadOnly));
    QCOMPARE(movedFile.readAll(), QByteArray("{\"a\": [1, 2,, 3]}\n"));
    QFile errorJson(moved + QStringLiteral(".error.json"));
    QVERIFY(errorJson.open(QIODevice::ReadOnly));
    const QJsonObject e = QJsonDocument::fromJson(errorJson.readAll()).object();
    QCOMPARE(e.value("stage").toString(), QStringLiteral("json"));
    QCOMPARE(e.value("stage_type").toString(), QStringLiteral("validate_json"));
    QCOMPARE(e.value("attempts").toInt(), 1);
    QCOMPARE(e.value("source").toString(), bad);
    QVERIFY2(e.value("reason").toString().startsWith(QStringLiteral("not valid JSON at line 1, column 14")),
             qPrintable(e.value("reason").toString()));
    QCOMPARE(store.latestResult(bad).value("moved_to").toString(), moved);
    const RunMetrics m = runner.metrics();
    QCOMPARE(m.succeeded, 1);
    QCOMPARE(m.failed, 1);
    QCOMPARE(m.bytes, qint64(18 + 17));
    QCOMPARE(m.retries, 0);
}

void TestResilience::errorFolderOffByDefault() {
    QTemporaryDir tmp;
    const QString bad = tmp.filePath(QStringLiteral("broken.xml"));
    {
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("<a><b></a>");
    }
    const Pipeline p = pipelineFrom(R"({"format":"sluice-pipeline","version":1,"name":"check",
        "nodes":[{"id":"xml","stage":"validate_xml"}]})");
    Runner runner(p, nullptr, nullptr);
    runner.setResultDir(tmp.filePath(QStringLiteral("out")));
    runner.enqueue(bad);
    QVERIFY(runner.waitForDone(30000));
    QVERIFY(QFileInfo::exists(bad));
    QVERIFY(!QFileInfo::exists(tmp.filePath(QStringLiteral("out/errors"))));
    QCOMPARE(runner.metrics().failed, 1);
}

QTEST_GUILESS_MAIN(TestResilience)
#include "test_resilience.moc"
