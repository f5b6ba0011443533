// The route stage: port choice by MIME type (with inheritance and wildcards), glob and size, its
// output ports, and the messages of its rules check.

#include "stage_test_util.h"
#include "stages/route_stage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace sluice;

namespace {

QJsonObject params(const char* rulesJson, const QString& defaultPort = QStringLiteral("other")) {
    return {{"rules", QJsonDocument::fromJson(rulesJson).array()}, {"default_port", defaultPort}};
}

// The type rules of the built-in `inbox` pipeline, shortened.
const char* kByType = "[ {\"port\": \"pdf\", \"mime\": [\"application/pdf\"]}, {\"port\": \"image\", "
                      "\"mime\": [\"image/*\"]}, {\"port\": \"text\", \"mime\": [\"text/plain\"]} ]";

} // namespace

class TestRouteStage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void byType_data();
    void byType();
    void detectsMimeWhenMissing();
    void usesItemMimeWhenSet();
    void globIsCaseInsensitive();
    void sizeLimits();
    void firstMatchWins();
    void wildcardMatchesAncestors();
    void outputs();
    void checkMessages();
    void invalidRulesFailCleanly();

private:
    QTemporaryDir m_dir;
};

void TestRouteStage::byType_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("port");
    QTest::addColumn<int>("rule");
    QTest::newRow("pdf") << "pdf/issue-598-example.pdf"
                         << "pdf" << 0;
    QTest::newRow("png") << "image/i_trns.png"
                         << "image" << 1;
    QTest::newRow("jpeg") << "image/hopper_orientation_6.jpg"
                          << "image" << 1;
    QTest::newRow("text") << "text/crlf.txt"
                          << "text" << 2;
    QTest::newRow("docx") << "docx/tables.docx"
                          << "other" << -1;
    QTest::newRow("empty file") << "pdf/empty.pdf"
                                << "other" << -1;
}

void TestRouteStage::byType() {
    QFETCH(QString, file);
    QFETCH(QString, port);
    QFETCH(int, rule);
    RouteStage stage;
    const StageResult r = test::run(stage, test::data(file), params(kByType));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.output.value("port").toString(), port);
    QCOMPARE(r.output.value("rule").toInt(), rule);
    QCOMPARE(r.activePorts, QStringList{port});
}

void TestRouteStage::detectsMimeWhenMissing() {
    RouteStage stage;
    Item item;
    const StageResult r =
        test::run(stage, test::data(QStringLiteral("image/i_trns.png")), params(kByType), &item);
    QVERIFY(r.ok);
    QCOMPARE(item.mime, QStringLiteral("image/png"));
}

void TestRouteStage::usesItemMimeWhenSet() {
    // An earlier mime stage's answer is trusted: a PNG the item says is a PDF goes to "pdf".
    RouteStage stage;
    Item item = Item::fromPath(test::data(QStringLiteral("image/i_trns.png")));
    item.mime = QStringLiteral("application/pdf");
    Feedback feedback;
    const StageResult r = stage.process(item, StageRegistry::withDefaults(stage, params(kByType)), feedback);
    QCOMPARE(r.output.value("port").toString(), QStringLiteral("pdf"));
}

void TestRouteStage::globIsCaseInsensitive() {
    RouteStage stage;
    const QJsonObject p = params("[{\"port\": \"reports\", \"glob\": [\"*.PDF\", \"*.ps\"]}]");
    const StageResult r = test::run(stage, test::data(QStringLiteral("pdf/issue-598-example.pdf")), p);
    QCOMPARE(r.output.value("port").toString(), QStringLiteral("reports"));
    const StageResult single = test::run(stage, test::data(QStringLiteral("pdf/issue-598-example.pdf")),
                                         params("[{\"port\": \"issues\", \"glob\": \"issue-*-example.*\"}]"));
    QCOMPARE(single.output.value("port").toString(), QStringLiteral("issues"));
    const StageResult miss = test::run(stage, test::data(QStringLiteral("image/i_trns.png")), p);
    QCOMPARE(miss.output.value("port").toString(), QStringLiteral("other"));
}

void TestRouteStage::sizeLimits() {
    // invalid.pdf is 44 bytes, issue-598-example.pdf 504551 bytes.
    RouteStage stage;
    const QJsonObject p = params("[ {\"port\": \"tiny\", \"max_size\": 44}, {\"port\": \"big\", "
                                 "\"min_size\": 500000, \"mime\": \"application/pdf\"} ]",
                                 QStringLiteral("middle"));
    QCOMPARE(
        test::run(stage, test::data(QStringLiteral("pdf/invalid.pdf")), p).output.value("port").toString(),
        QStringLiteral("tiny"));
    QCOMPARE(test::run(stage, test::data(QStringLiteral("pdf/issue-598-example.pdf")), p)
                 .output.value("port")
                 .toString(),
             QStringLiteral("big"));
    QCOMPARE(
        test::run(stage, test::data(QStringLiteral("image/i_trns.png")), p).output.value("port").toString(),
        QStringLiteral("middle"));
}

void TestRouteStage::firstMatchWins() {
    RouteStage stage;
    const QJsonObject p =
        params("[{\"port\": \"a\", \"mime\": [\"image/png\"]}, {\"port\": \"b\", \"mime\": [\"image/*\"]}]");
    const StageResult r = test::run(stage, test::data(QStringLiteral("image/i_trns.png")), p);
    QCOMPARE(r.output.value("port").toString(), QStringLiteral("a"));
    QCOMPARE(r.output.value("rule").toInt(), 0);
}

void TestRouteStage::wildcardMatchesAncestors() {
    // A C source is text/x-csrc, which inherits text/plain; JSON inherits text/plain too (shared-mime-info).
    const QString c = m_dir.filePath(QStringLiteral("main.c"));
    QVERIFY(test::writeFile(c, "#include <stdio.h>\nint main(void) { return 0; }\n"));
    const QString json = m_dir.filePath(QStringLiteral("data.json"));
    QVERIFY(test::writeFile(json, "{\"a\": [1, 2, 3]}\n"));
    RouteStage stage;
    QCOMPARE(test::run(stage, c, params(kByType)).output.value("port").toString(), QStringLiteral("text"));
    const QJsonObject wildcard = params("[{\"port\": \"texty\", \"mime\": [\"text/*\"]}]");
    QCOMPARE(test::run(stage, json, wildcard).output.value("port").toString(), QStringLiteral("texty"));
    QCOMPARE(test::run(stage, test::data(QStringLiteral("pdf/issue-598-example.pdf")), wildcard)
                 .output.value("port")
                 .toString(),
             QStringLiteral("other"));
}

void TestRouteStage::outputs() {
    RouteStage stage;
    QStringList names;
    for (const PortSpec& p :
         stage.outputs(params("[ {\"port\": \"pdf\", \"mime\": [\"application/pdf\"]}, {\"port\": \"image\", "
                              "\"mime\": [\"image/*\"]}, {\"port\": \"pdf\", \"glob\": [\"*.pdf\"]}, "
                              "{\"port\": \"other\", \"glob\": [\"*.x\"]} ]")))
        names << p.name;
    QCOMPARE(names, (QStringList{"pdf", "image", "other"}));
    names.clear();
    for (const PortSpec& p : stage.outputs(params(kByType, QStringLiteral("rest"))))
        names << p.name;
    QCOMPARE(names, (QStringList{"pdf", "image", "text", "rest"}));
    QCOMPARE(stage.outputs(StageRegistry::withDefaults(stage, {})).size(), 1);
}

void TestRouteStage::checkMessages() {
    RouteStage stage;
    QCOMPARE(stage.checkParameters(params(kByType)), QStringList());
    QCOMPARE(
        stage.checkParameters(params("[{\"port\": \"a\"}, {\"port\": \"b\"}, {\"mime\": [\"image/png\"]}]")),
        QStringList{QStringLiteral("rules[2]: port is missing")});
    const QStringList bad = stage.checkParameters(
        params("[ {\"port\": \"PDF!\", \"mime\": \"application/pdf\"}, {\"port\": \"ok\", \"globs\": "
               "[\"*.txt\"]}, {\"port\": \"ok\", \"mime\": [\"pdf\"]}, {\"port\": \"ok\", \"min_size\": 10, "
               "\"max_size\": 5}, {\"port\": \"ok\", \"max_size\": -1}, \"not an object\" ]",
               QStringLiteral("Bad Port")));
    QCOMPARE(bad.size(), 7);
    QVERIFY(bad.at(0).startsWith(QStringLiteral("default_port: ")));
    QVERIFY2(bad.at(1).startsWith(QStringLiteral("rules[0]: port must be")), qPrintable(bad.at(1)));
    QCOMPARE(bad.at(2), QStringLiteral("rules[1]: unknown key \"globs\" (known: port, mime, glob, min_size, "
                                       "max_size, field, op, value)"));
    QVERIFY2(bad.at(3).startsWith(QStringLiteral("rules[2]: mime \"pdf\" is not a type name")),
             qPrintable(bad.at(3)));
    QCOMPARE(bad.at(4), QStringLiteral("rules[3]: min_size (10) is larger than max_size (5)"));
    QVERIFY2(bad.at(5).startsWith(QStringLiteral("rules[4]: max_size must be")), qPrintable(bad.at(5)));
    QVERIFY2(bad.at(6).startsWith(QStringLiteral("rules[5]: must be an object")), qPrintable(bad.at(6)));
    QCOMPARE(stage.checkParameters({{"rules", "pdf"}}),
             QStringList{QStringLiteral("rules: must be a list of rule objects")});
}

void TestRouteStage::invalidRulesFailCleanly() {
    RouteStage stage;
    const StageResult r =
        test::run(stage, test::data(QStringLiteral("image/i_trns.png")), params("[{\"mime\": []}]"));
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QStringLiteral("rules[0]: port is missing")), qPrintable(r.error));
}

QTEST_GUILESS_MAIN(TestRouteStage)
#include "test_route_stage.moc"
