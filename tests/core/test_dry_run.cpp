// Route rules on earlier results (`field`), the dry run that plans branches from the file alone, and user
// pipelines found by name.

#include "pipeline/dry_run.h"
#include "pipeline/executor.h"
#include "pipeline/pipeline.h"
#include "pipeline/stage_registry.h"
#include "stages/route_rules.h"
#include "stages/route_stage.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

using namespace sluice;

namespace {

QString data(const QString& relative) {
    return QStringLiteral(SLUICE_TEST_DATA) + QLatin1Char('/') + relative;
}

PipelineNode node(const QString& id, const QString& stage) {
    PipelineNode n;
    n.id = id;
    n.stage = stage;
    return n;
}

QJsonArray rules(const char* json) {
    return QJsonDocument::fromJson(json).array();
}

/// One route node: tiny files, blurry images (decided by an earlier result), PDFs by name.
Pipeline qualityPipeline() {
    Pipeline p;
    p.name = QStringLiteral("quality");
    PipelineNode route = node(QStringLiteral("by_size"), QStringLiteral("route"));
    route.params.insert(QStringLiteral("rules"), rules(R"([{"port": "tiny", "max_size": 100},
                                  {"port": "blurry", "mime": ["image\u002f*"], "field": "analysis.quality.is_blurry",
                                   "op": "==", "value": true},
                                  {"port": "pdf", "glob": "*.pdf"}])"));
    p.nodes.append(route);
    return p;
}

} // namespace

class TestDryRun : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void fieldCriterionAtRunTime() {
        RouteStage stage;
        const QJsonObject params{
            {QStringLiteral("rules"),
             rules(R"([{"port": "low", "field": "ocr.mean_confidence", "op": "<", "value": 60},
                                               {"port": "blurry", "field": "img.quality.is_blurry", "op": "==", "value": true}])")},
            {QStringLiteral("default_port"), QStringLiteral("ok")}};
        QVERIFY(stage.checkParameters(params).isEmpty());
        Item item = Item::fromPath(data(QStringLiteral("text/crlf.txt")));
        Feedback feedback;

        item.results.insert(QStringLiteral("ocr"), QJsonObject{{QStringLiteral("mean_confidence"), 42.5}});
        StageResult r = stage.process(item, params, feedback);
        QVERIFY(r.ok);
        QCOMPARE(r.activePorts, QStringList{QStringLiteral("low")});
        QCOMPARE(r.output.value(QStringLiteral("rule")).toInt(), 0);

        item.results.insert(QStringLiteral("ocr"), QJsonObject{{QStringLiteral("mean_confidence"), 91.0}});
        item.results.insert(
            QStringLiteral("img"),
            QJsonObject{{QStringLiteral("quality"), QJsonObject{{QStringLiteral("is_blurry"), true}}}});
        r = stage.process(item, params, feedback);
        QCOMPARE(r.activePorts, QStringList{QStringLiteral("blurry")});

        item.results.insert(
            QStringLiteral("img"),
            QJsonObject{{QStringLiteral("quality"), QJsonObject{{QStringLiteral("is_blurry"), false}}}});
        r = stage.process(item, params, feedback);
        QCOMPARE(r.activePorts, QStringList{QStringLiteral("ok")});
    }

    void fieldValuePaths() {
        const QJsonObject results =
            QJsonDocument::fromJson(R"({"pdf": {"pages": [{"chars": 12}, {"chars": 7}]}})").object();
        QCOMPARE(route::fieldValue(results, QStringLiteral("pdf.pages.1.chars")).toInt(), 7);
        QVERIFY(route::fieldValue(results, QStringLiteral("pdf.pages.5.chars")).isUndefined());
        QVERIFY(route::fieldValue(results, QStringLiteral("ocr.mean_confidence")).isUndefined());
    }

    void fieldCriterionChecks() {
        RouteStage stage;
        const QStringList problems = stage.checkParameters(
            {{QStringLiteral("rules"), rules(R"([{"port": "a", "field": "nodot", "op": "<", "value": 1},
                                               {"port": "b", "field": "x.y", "op": "<"},
                                               {"port": "c", "field": "x.y", "op": "~", "value": 1},
                                               {"port": "d", "field": "x.y", "op": ">", "value": "high"},
                                               {"port": "e", "op": "==", "value": 1}])")}});
        QCOMPARE(problems.size(), 5);
        QVERIFY2(problems.at(0).startsWith(QLatin1String("rules[0]: field must be a dotted path")),
                 qPrintable(problems.at(0)));
        QCOMPARE(problems.at(1), QStringLiteral("rules[1]: op \"<\" needs a value"));
        QVERIFY(problems.at(2).startsWith(QLatin1String("rules[2]: op must be one of")));
        QCOMPARE(problems.at(3),
                 QStringLiteral("rules[3]: op \">\" compares numbers: value must be a number"));
        QCOMPARE(problems.at(4), QStringLiteral("rules[4]: op and value need a field"));
    }

    void planInbox_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("port");
        QTest::addColumn<QString>("lastNode");
        QTest::newRow("pdf") << "pdf/issue-336-example.pdf"
                             << "pdf"
                             << "log";
        QTest::newRow("png") << "image/i_trns.png"
                             << "image"
                             << "log";
        QTest::newRow("text") << "text/crlf.txt"
                              << "text"
                              << "log";
        QTest::newRow("zip") << "archive/test-utf8-unmarked.zip"
                             << "archive"
                             << "log";
        QTest::newRow("docx") << "docx/tables.docx"
                              << "word"
                              << "log";
        // 0 bytes (application/x-zerosize) but named .pdf: to the pdf stage, which reports "empty file".
        QTest::newRow("empty pdf") << "pdf/empty.pdf"
                                   << "pdf"
                                   << "log";
    }
    void planInbox() {
        QFETCH(QString, file);
        QFETCH(QString, port);
        QFETCH(QString, lastNode);
        Pipeline inbox;
        QVERIFY(Pipeline::load(QStringLiteral("inbox"), inbox, nullptr));
        const DryRunPlan plan = planDryRun(inbox, data(file));
        QVERIFY2(plan.error.isEmpty(), qPrintable(plan.error));
        QCOMPARE(plan.size, QFileInfo(data(file)).size());
        QCOMPARE(plan.decisions.size(), 1);
        QCOMPARE(plan.decisions.first().node, QStringLiteral("by_type"));
        QCOMPARE(plan.decisions.first().port, port);
        QVERIFY(!plan.decisions.first().atRunTime);
        QCOMPARE(plan.nodes.mid(0, 3),
                 (QStringList{QStringLiteral("mime"), QStringLiteral("hash"), QStringLiteral("by_type")}));
        QCOMPARE(plan.nodes.last(), lastNode);
        QVERIFY(plan.maybeNodes.isEmpty());
        // Exactly the branch's nodes: no node of another branch is planned.
        for (const QString& other : {QStringLiteral("pdf"), QStringLiteral("image"), QStringLiteral("text"),
                                     QStringLiteral("archive"), QStringLiteral("word")})
            QCOMPARE(plan.nodes.contains(other), other == port);
    }

    void planDecidedAtRunTime() {
        const Pipeline p = qualityPipeline();
        QVERIFY2(p.validate().isEmpty(), qPrintable(p.validate().value(0).toString()));
        // i_trns.png is over 100 bytes: rule 0 fails, rule 1 needs a result → run time.
        DryRunPlan plan = planDryRun(p, data(QStringLiteral("image/i_trns.png")));
        QCOMPARE(plan.mime, QStringLiteral("image/png"));
        QCOMPARE(plan.decisions.size(), 1);
        QVERIFY(plan.decisions.first().atRunTime);
        QVERIFY(plan.decisions.first().port.isEmpty());
        // A PDF fails rule 1's MIME criterion, so the file-only rule 2 decides now.
        plan = planDryRun(p, data(QStringLiteral("pdf/issue-336-example.pdf")));
        QVERIFY(!plan.decisions.first().atRunTime);
        QCOMPARE(plan.decisions.first().port, QStringLiteral("pdf"));
        QCOMPARE(plan.decisions.first().rule, 2);
        plan = planDryRun(p, data(QStringLiteral("missing.bin")));
        QVERIFY(!plan.error.isEmpty());
    }

    void userPipelineByName() {
        const QString dir = Pipeline::userPipelineDir();
        QVERIFY(dir.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
        QVERIFY(QDir().mkpath(dir));
        Pipeline p = qualityPipeline();
        p.name = QStringLiteral("scans");
        QVERIFY(p.save(QDir(dir).filePath(QStringLiteral("scans.sluice.json")), nullptr));
        QVERIFY(Pipeline::userNames().contains(QStringLiteral("scans")));
        Pipeline loaded;
        QString error;
        QVERIFY2(Pipeline::load(QStringLiteral("scans"), loaded, &error), qPrintable(error));
        QCOMPARE(loaded.toJsonObject(), p.toJsonObject());
        // Built-in names still resolve when no user pipeline shadows them.
        QVERIFY(Pipeline::load(QStringLiteral("inbox"), loaded, nullptr));
        QCOMPARE(loaded.name, QStringLiteral("inbox"));
        QFile::remove(QDir(dir).filePath(QStringLiteral("scans.sluice.json")));
    }

    void executorReportsRunningFirst() {
        Pipeline p;
        p.nodes.append(node(QStringLiteral("mime"), QStringLiteral("mime")));
        p.nodes.append(node(QStringLiteral("text"), QStringLiteral("text")));
        p.edges.append(
            {QStringLiteral("mime"), QStringLiteral("out"), QStringLiteral("text"), QStringLiteral("in")});
        QStringList events;
        Feedback feedback;
        const ItemResult r =
            PipelineExecutor(p).run(Item::fromPath(data(QStringLiteral("text/crlf.txt"))), feedback,
                                    [&](const QString& id, const QString& status, qint64) {
                                        events << id + QLatin1Char(':') + status;
                                    });
        QVERIFY(r.ok());
        QCOMPARE(events, (QStringList{QStringLiteral("mime:running"), QStringLiteral("mime:done"),
                                      QStringLiteral("text:running"), QStringLiteral("text:done")}));
    }
};

QTEST_GUILESS_MAIN(TestDryRun)
#include "test_dry_run.moc"
