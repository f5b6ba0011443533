// Pipeline JSON: round trip, the built-in inbox pipeline, and validation messages that name node and
// parameter.
#include "pipeline/pipeline.h"
#include "pipeline/stage_registry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace sluice;

namespace {

Pipeline twoNodes() {
    Pipeline p;
    p.name = QStringLiteral("two");
    p.nodes.append(
        {QStringLiteral("m"), QStringLiteral("mime"), {}, QPointF(10, 20), QStringLiteral("Type")});
    p.nodes.append({QStringLiteral("h"),
                    QStringLiteral("hash"),
                    QJsonObject{{QStringLiteral("algorithms"), QJsonArray{QStringLiteral("md5")}}},
                    QPointF(200, 20),
                    {}});
    p.edges.append({QStringLiteral("m"), QStringLiteral("out"), QStringLiteral("h"), QStringLiteral("in")});
    return p;
}

QStringList messages(const QList<ValidationIssue>& issues) {
    QStringList out;
    for (const ValidationIssue& i : issues)
        out.append(i.toString());
    return out;
}

} // namespace

class TestPipelineJson : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTripKeepsEverything() {
        const Pipeline p = twoNodes();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("two.sluice.json"));
        QString error;
        QVERIFY2(p.save(path, &error), qPrintable(error));
        Pipeline loaded;
        QVERIFY2(Pipeline::load(path, loaded, &error), qPrintable(error));
        QCOMPARE(loaded.toJsonObject(), p.toJsonObject());
        QCOMPARE(loaded.nodes.at(0).position, QPointF(10, 20));
        QCOMPARE(loaded.nodes.at(0).label, QStringLiteral("Type"));
        QCOMPARE(loaded.nodes.at(1).params.value(QStringLiteral("algorithms")).toArray().at(0).toString(),
                 QStringLiteral("md5"));
        QCOMPARE(loaded.edges, p.edges);
        QVERIFY(loaded.validate().isEmpty());
    }

    void builtinInboxIsValid() {
        QVERIFY(Pipeline::builtinNames().contains(QStringLiteral("inbox")));
        Pipeline inbox;
        QString error;
        QVERIFY2(Pipeline::load(QStringLiteral("inbox"), inbox, &error), qPrintable(error));
        QCOMPARE(inbox.name, QStringLiteral("inbox"));
        QVERIFY2(inbox.validate().isEmpty(), qPrintable(messages(inbox.validate()).join(QLatin1Char('\n'))));
        const QStringList order = inbox.topologicalOrder();
        QCOMPARE(order.first(), QStringLiteral("mime"));
        QCOMPARE(order.last(), QStringLiteral("log"));
        QVERIFY(order.indexOf(QStringLiteral("by_type")) < order.indexOf(QStringLiteral("pdf")));
    }

    void syntaxErrorNamesTheOffset() {
        Pipeline p;
        QString error;
        QVERIFY(!Pipeline::fromJson("{\"format\": \"sluice-pipeline\",\n  \"nodes\": [}", p, &error));
        QVERIFY2(error.startsWith(QStringLiteral("not valid JSON at line 2, column ")), qPrintable(error));
        QVERIFY(!Pipeline::fromJson("{\"format\": \"sluice-pipeline\", \"version\": 1, \"nodes\": [{}]}", p,
                                    &error));
        QCOMPARE(error, QStringLiteral("nodes[0] has no 'id'"));
        QVERIFY(!Pipeline::fromJson("{\"format\": \"other\", \"version\": 1, \"nodes\": []}", p, &error));
        QVERIFY2(error.contains(QStringLiteral("format")), qPrintable(error));
        QVERIFY(!Pipeline::fromJson("{\"format\": \"sluice-pipeline\", \"version\": 99, \"nodes\": []}", p,
                                    &error));
        QVERIFY2(error.contains(QStringLiteral("99")), qPrintable(error));
    }

    void unknownStageIsNamed() {
        Pipeline p = twoNodes();
        p.nodes[1].stage = QStringLiteral("teleport");
        const QStringList m = messages(p.validate());
        QCOMPARE(m.size(), 1);
        QCOMPARE(m.first(), QStringLiteral("node 'h': unknown stage 'teleport'"));
    }

    void badParameterNamesNodeAndParameter() {
        Pipeline p = twoNodes();
        p.nodes[1].params.insert(QStringLiteral("algorithms"), QStringLiteral("sha256")); // not a list
        p.nodes[0].params.insert(QStringLiteral("colour"), true); // not a parameter of mime
        const QList<ValidationIssue> issues = p.validate();
        QStringList m = messages(issues);
        QVERIFY2(
            m.contains(QStringLiteral("node 'h', parameter 'algorithms': must be a list of text values")),
            qPrintable(m.join(QLatin1Char('\n'))));
        QVERIFY2(
            m.contains(QStringLiteral("node 'm', parameter 'colour': unknown parameter of stage 'mime'")),
            qPrintable(m.join(QLatin1Char('\n'))));
        for (const ValidationIssue& i : issues)
            QVERIFY(!i.param.isEmpty());
        QCOMPARE(m.count(QStringLiteral("node 'h', parameter 'algorithms': must be a list of text values")),
                 1);
        QCOMPARE(issues.size(), 2); // the wrong type once, not again by the stage's own check

        // A stage's own check reads "parameter 'algorithms': unknown …", without the name twice.
        Pipeline q = twoNodes();
        q.nodes[1].params.insert(QStringLiteral("algorithms"), QJsonArray{QStringLiteral("crc32")});
        const QList<ValidationIssue> own = q.validate();
        QCOMPARE(own.size(), 1);
        QCOMPARE(own.first().param, QStringLiteral("algorithms"));
        QVERIFY2(!own.first().message.startsWith(QStringLiteral("algorithms")),
                 qPrintable(own.first().message));
    }

    void outOfRangeNumberIsReported() {
        Pipeline p = twoNodes();
        p.nodes.append({QStringLiteral("t"),
                        QStringLiteral("text"),
                        QJsonObject{{QStringLiteral("preview_chars"), -5}},
                        {},
                        {}});
        p.edges.append(
            {QStringLiteral("h"), QStringLiteral("out"), QStringLiteral("t"), QStringLiteral("in")});
        const QList<ValidationIssue> issues = p.validate();
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().node, QStringLiteral("t"));
        QCOMPARE(issues.first().param, QStringLiteral("preview_chars"));
        QVERIFY2(issues.first().message.startsWith(QStringLiteral("must be")),
                 qPrintable(issues.first().message));
    }

    void nullBoundsAreUnbounded() {
        // A default-constructed QJsonValue is null, not Undefined: neither bounds a number nor is listed.
        ParamSpec spec = makeParam(QStringLiteral("offset"), ParamType::Double, 0.0, QStringLiteral("help"),
                                   QJsonValue(), QJsonValue());
        QCOMPARE(spec.check(-5.0), QString());
        QVERIFY(!spec.toJson().contains(QStringLiteral("min")));
        QVERIFY(!spec.toJson().contains(QStringLiteral("max")));
        spec.minimum = 1;
        QCOMPARE(spec.check(-5.0), QStringLiteral("must be at least 1"));
    }

    void cycleIsReported() {
        Pipeline p = twoNodes();
        p.edges.append(
            {QStringLiteral("h"), QStringLiteral("out"), QStringLiteral("m"), QStringLiteral("in")});
        QVERIFY(p.topologicalOrder().isEmpty());
        const QStringList m = messages(p.validate());
        QVERIFY2(m.contains(QStringLiteral("node 'm': cycle through nodes: m, h")),
                 qPrintable(m.join(QLatin1Char('\n'))));
    }

    void badEdgesAreReported() {
        Pipeline p = twoNodes();
        p.edges.append(
            {QStringLiteral("m"), QStringLiteral("nowhere"), QStringLiteral("h"), QStringLiteral("in")});
        p.edges.append(
            {QStringLiteral("m"), QStringLiteral("out"), QStringLiteral("ghost"), QStringLiteral("in")});
        const QStringList m = messages(p.validate());
        QVERIFY2(
            m.contains(QStringLiteral("node 'm': edge m.nowhere → h.in uses output port 'nowhere', which the "
                                      "node does not have")),
            qPrintable(m.join(QLatin1Char('\n'))));
        QVERIFY2(m.contains(QStringLiteral("node 'm': edge m.out → ghost.in goes to unknown node 'ghost'")),
                 qPrintable(m.join(QLatin1Char('\n'))));
    }

    void duplicateAndMalformedIds() {
        Pipeline p = twoNodes();
        p.nodes[1].id = QStringLiteral("m");
        p.nodes.append({QStringLiteral("bad id!"), QStringLiteral("mime"), {}, {}, {}});
        const QStringList m = messages(p.validate());
        QVERIFY(m.contains(QStringLiteral("node 'm': duplicate node id")));
        QVERIFY(m.contains(QStringLiteral("node 'bad id!': node id must be letters, digits, '_' or '-'")));
    }

    void routeRulesAreChecked() {
        Pipeline p;
        p.nodes.append({QStringLiteral("r"),
                        QStringLiteral("route"),
                        QJsonObject{{QStringLiteral("rules"),
                                     QJsonArray{QJsonObject{
                                         {QStringLiteral("mime"), QJsonArray{QStringLiteral("image/*")}}}}}},
                        {},
                        {}});
        const QList<ValidationIssue> issues = p.validate();
        QVERIFY(!issues.isEmpty());
        QCOMPARE(issues.first().node, QStringLiteral("r"));
        QCOMPARE(issues.first().param, QStringLiteral("rules"));
    }

    void everyStageDescribesItself() {
        const QJsonArray stages = StageRegistry::instance().describe();
        QStringList ids;
        for (const QJsonValue& v : stages) {
            const QJsonObject s = v.toObject();
            ids.append(s.value(QStringLiteral("id")).toString());
            QVERIFY(!s.value(QStringLiteral("name")).toString().isEmpty());
            QVERIFY(!s.value(QStringLiteral("description")).toString().isEmpty());
            for (const QJsonValue& pv : s.value(QStringLiteral("parameters")).toArray())
                QVERIFY2(!pv.toObject().value(QStringLiteral("help")).toString().isEmpty(),
                         qPrintable(s.value(QStringLiteral("id")).toString()));
        }
        for (const char* id : {"mime", "hash", "text", "pdf_text", "image_info", "route", "jsonl_log"})
            QVERIFY2(ids.contains(QString::fromLatin1(id)), id);
    }
};

QTEST_GUILESS_MAIN(TestPipelineJson)
#include "test_pipeline_json.moc"
