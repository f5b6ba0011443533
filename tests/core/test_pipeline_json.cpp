// Pipeline JSON: round trip, the built-in inbox pipeline, and validation messages that name node and
// parameter.
#include "pipeline/pipeline.h"
#include "pipeline/stage_registry.h"

#include <QFile>
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
        QCOMPARE(m, QStringList{QStringLiteral("node 'm': cycle through nodes: m → h → m")});
    }

    void cycleListsOnlyItsNodesInOrder() {
        // in → a → b → c → out, plus one edge c → a: the cycle is a, b, c; "in" before it and "out" after
        // it are on no cycle.
        Pipeline p;
        p.name = QStringLiteral("loop");
        for (const char* id : {"in", "a", "b", "c", "out"})
            p.nodes.append({QString::fromLatin1(id), QStringLiteral("mime"), {}, QPointF(), {}});
        auto edge = [&p](const char* from, const char* to) {
            p.edges.append({QString::fromLatin1(from), QStringLiteral("out"), QString::fromLatin1(to),
                            QStringLiteral("in")});
        };
        edge("in", "a");
        edge("a", "b");
        edge("b", "c");
        edge("c", "out");
        edge("c", "a");
        QCOMPARE(messages(p.validate()),
                 QStringList{QStringLiteral("node 'a': cycle through nodes: a → b → c → a")});
        QStringList cycle;
        QVERIFY(p.topologicalOrder(&cycle).isEmpty());
        QCOMPARE(cycle, (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        // An edge from a node to itself is reported as such, not as a cycle through the rest.
        p.edges.removeLast();
        edge("b", "b");
        QCOMPARE(messages(p.validate()),
                 QStringList{QStringLiteral("node 'b': edge b.out → b.in connects the node to itself")});
        QVERIFY(p.topologicalOrder(&cycle).isEmpty());
        QCOMPARE(cycle, QStringList{QStringLiteral("b")});
    }

    void nodeWithTypeInsteadOfStage() {
        Pipeline p;
        QString error;
        QVERIFY2(Pipeline::fromJson(R"({"format":"sluice-pipeline","version":1,"name":"t","nodes":[
            {"id":"h","type":"hash"},{"id":"m"}],"edges":[]})",
                                    p, &error),
                 qPrintable(error));
        QCOMPARE(p.nodes.at(0).unknownKeys, QStringList{QStringLiteral("type")});
        QCOMPARE(messages(p.validate()),
                 (QStringList{QStringLiteral("node 'h': the node has no \"stage\"; it has \"type\" — write "
                                             "\"stage\" instead"),
                              QStringLiteral("node 'm': the node has no \"stage\"")}));
    }

    void everyProblemOfAFileAtOnce() {
        // No "format", a node that is not an object, a "type" for "stage", a bad parameter and a cycle:
        // all reported by one check, in the order of the file.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.sluice.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"version":1,"name":"broken","nodes":[
            {"id":"a","stage":"mime"}, 7,
            {"id":"b","type":"hash"},
            {"id":"c","stage":"hash","params":{"algorithms":["crc99"]}}],
            "edges":[{"from":"a","to":"c"},{"from":"c","to":"a"},{"to":"b"}]})");
        f.close();
        Pipeline p;
        QList<ValidationIssue> issues;
        QString error;
        QVERIFY2(Pipeline::check(path, p, &issues, &error), qPrintable(error));
        QCOMPARE(
            messages(issues),
            (QStringList{
                QStringLiteral("'format' must be \"sluice-pipeline\""),
                QStringLiteral("nodes[1] must be an object"),
                QStringLiteral("edges[2] needs 'from' and 'to'"),
                QStringLiteral("node 'b': the node has no \"stage\"; it has \"type\" — write \"stage\" "
                               "instead"),
                QStringLiteral("node 'c', parameter 'algorithms': unknown algorithm \"crc99\"; choose from "
                               "sha256, sha1, md5, sha512"),
                QStringLiteral("node 'a': cycle through nodes: a → c → a")}));
        QCOMPARE(p.nodes.size(), 3);
        // load() still refuses the file, naming every shape problem.
        QVERIFY(!Pipeline::load(path, p, &error));
        QCOMPARE(error, path + QStringLiteral(": 'format' must be \"sluice-pipeline\"; nodes[1] must be an "
                                              "object; edges[2] needs 'from' and 'to'"));
        // Not JSON at all: no list, one error with the place.
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("{\"nodes\": [");
        f.close();
        QVERIFY(!Pipeline::check(path, p, &issues, &error));
        QVERIFY2(error.startsWith(path + QStringLiteral(": not valid JSON at line 1")), qPrintable(error));
        // No "version": said so, not "version -1"; a version from the future: which one this build reads.
        for (const QByteArray& version :
             {QByteArray(), QByteArray(R"("version":"1",)"), QByteArray(R"("version":9,)")}) {
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(R"({"format":"sluice-pipeline",)" + version +
                    R"("nodes":[{"id":"a","stage":"mime"}],"edges":[]})");
            f.close();
            QVERIFY(!Pipeline::load(path, p, &error));
            const QString expected =
                version.contains('9')
                    ? QStringLiteral(": 'version' 9 is not supported (this build reads version 1)")
                : version.isEmpty() ? QStringLiteral(": 'version' is missing: add \"version\": 1")
                                    : QStringLiteral(": 'version' must be a number: \"version\": 1");
            QCOMPARE(error, path + expected);
        }
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

    // The same connection written twice (default ports spelt out once, left out once) is one problem
    // naming the edge; a second edge between the same nodes on other ports is not.
    void duplicateEdgeIsReported() {
        Pipeline p;
        QString error;
        QVERIFY2(Pipeline::fromJson(R"({"format":"sluice-pipeline","version":1,"name":"dup","nodes":[
            {"id":"m","stage":"mime"},{"id":"h","stage":"hash"}],
            "edges":[{"from":"m","to":"h"},{"from":"m","from_port":"out","to":"h","to_port":"in"}]})",
                                    p, &error),
                 qPrintable(error));
        QCOMPARE(p.edges.size(), 2);
        QCOMPARE(messages(p.validate()),
                 QStringList{QStringLiteral("node 'h': edge m.out → h.in is listed more than once")});
        p.edges.removeLast();
        QVERIFY(p.validate().isEmpty());
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
