// Registration and declarations of the seven built-in stages: ids, groups, parameter schemas whose
// defaults pass their own checks, ports, and the describe() listing the CLI prints.

#include "pipeline/stage_registry.h"

#include <QJsonArray>
#include <QTest>

using namespace sluice;

class TestBuiltinStages : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void registersAllSeven();
    void declarationsAreComplete_data();
    void declarationsAreComplete();
    void describeHidesPasswordDefault();
    void processInstanceIsFreshEachTime();
};

void TestBuiltinStages::registersAllSeven() {
    StageRegistry registry;
    registerBuiltinStages(registry);
    QStringList ids = registry.ids();
    ids.sort();
    // The foundation's stages; later issues add more (each tested in its own file).
    for (const char* id : {"hash", "image_info", "jsonl_log", "mime", "pdf_text", "route", "text"})
        QVERIFY2(ids.contains(QLatin1String(id)), id);
    QVERIFY(!registry.create(QStringLiteral("nope")));
}

void TestBuiltinStages::declarationsAreComplete_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("group");
    QTest::newRow("mime") << "mime"
                          << "Inspect";
    QTest::newRow("hash") << "hash"
                          << "Inspect";
    QTest::newRow("text") << "text"
                          << "Documents";
    QTest::newRow("pdf_text") << "pdf_text"
                              << "Documents";
    QTest::newRow("image_info") << "image_info"
                                << "Images";
    QTest::newRow("route") << "route"
                           << "Flow";
    QTest::newRow("jsonl_log") << "jsonl_log"
                               << "Output";
}

void TestBuiltinStages::declarationsAreComplete() {
    QFETCH(QString, id);
    QFETCH(QString, group);
    StageRegistry registry;
    registerBuiltinStages(registry);
    const std::unique_ptr<Stage> stage = registry.create(id);
    QVERIFY(stage);
    QCOMPARE(stage->id(), id);
    QCOMPARE(stage->group(), group); // no translator installed: the English source text
    QVERIFY(!stage->displayName().isEmpty());
    QVERIFY(stage->description().size() > 40);
    const QJsonObject defaults = StageRegistry::withDefaults(*stage, {});
    for (const ParamSpec& p : stage->parameters()) {
        QVERIFY2(!p.help.isEmpty(), qPrintable(p.name));
        QVERIFY2(!p.defaultValue.isUndefined(), qPrintable(p.name));
        QVERIFY2(p.check(p.defaultValue).isEmpty(), qPrintable(p.name + ": " + p.check(p.defaultValue)));
        QVERIFY(defaults.contains(p.name));
    }
    QCOMPARE(stage->checkParameters(defaults), QStringList());
    QCOMPARE(stage->inputs().size(), 1);
    QCOMPARE(stage->inputs().first().name, QStringLiteral("in"));
    QVERIFY(!stage->outputs(defaults).isEmpty());
}

void TestBuiltinStages::describeHidesPasswordDefault() {
    StageRegistry registry;
    registerBuiltinStages(registry);
    const QJsonArray all = registry.describe();
    QCOMPARE(all.size(), registry.ids().size());
    bool sawPassword = false;
    for (const QJsonValue& s : all) {
        if (s[QStringLiteral("id")].toString() != QLatin1String("pdf_text"))
            continue;
        for (const QJsonValue& p : s[QStringLiteral("parameters")].toArray()) {
            if (p[QStringLiteral("name")].toString() == QLatin1String("password")) {
                sawPassword = true;
                QCOMPARE(p[QStringLiteral("type")].toString(), QStringLiteral("password"));
                QVERIFY(!p.toObject().contains(QStringLiteral("default")));
            }
        }
    }
    QVERIFY(sawPassword);
    // The route stage's default outputs: just the default port.
    for (const QJsonValue& s : all)
        if (s[QStringLiteral("id")].toString() == QLatin1String("route"))
            QCOMPARE(s[QStringLiteral("outputs")].toArray().first()[QStringLiteral("name")].toString(),
                     QStringLiteral("other"));
}

void TestBuiltinStages::processInstanceIsFreshEachTime() {
    StageRegistry registry;
    registerBuiltinStages(registry);
    const std::unique_ptr<Stage> a = registry.create(QStringLiteral("hash"));
    const std::unique_ptr<Stage> b = registry.create(QStringLiteral("hash"));
    QVERIFY(a && b && a.get() != b.get());
}

QTEST_GUILESS_MAIN(TestBuiltinStages)
#include "test_builtin_stages.moc"
