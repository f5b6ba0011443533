// topLevelMemberText finds one top-level member's JSON text without parsing the rest, as the Runner reads
// "source" of an existing multi-megabyte result file; it answers null whenever the whole text must be parsed.
#include "pipeline/json_member.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace sluice;

namespace {

/// A result document shaped like the Runner's: "source" after members holding look-alikes of it, and a
/// large "stages" member after it.
QJsonObject resultDocument() {
    QJsonArray pages;
    for (int i = 0; i < 2000; ++i)
        pages.append(
            QJsonObject{{QStringLiteral("page"), i + 1},
                        {QStringLiteral("text"), QStringLiteral("Text } ] { [ \" \\ of page %1").arg(i)}});
    return QJsonObject{
        {QStringLiteral("duration_ms"), 384},
        {QStringLiteral("errors"),
         QJsonArray{QJsonObject{{QStringLiteral("source"), QStringLiteral("not this one")},
                                {QStringLiteral("message"), QStringLiteral("a \"quoted\" {brace} [x]")}}}},
        {QStringLiteral("node_status"), QJsonObject{{QStringLiteral("pdf"), QStringLiteral("done")}}},
        {QStringLiteral("pipeline"), QStringLiteral("source")},
        {QStringLiteral("ratio"), -1.5e-3},
        {QStringLiteral("flags"), QJsonArray{true, false, QJsonValue::Null}},
        {QStringLiteral("source"),
         QJsonObject{{QStringLiteral("path"), QStringLiteral("/in/r\u00E9sum\u00E9 \"1\".pdf")},
                     {QStringLiteral("size"), 2676020}}},
        {QStringLiteral("stages"), QJsonObject{{QStringLiteral("pdf"), pages}}}};
}

} // namespace

class TestJsonMember : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void findsTheTopLevelMemberInCompactAndIndentedText() {
        const QJsonObject document = resultDocument();
        for (const auto format : {QJsonDocument::Compact, QJsonDocument::Indented}) {
            const QByteArray text = QJsonDocument(document).toJson(format);
            const QByteArray source = topLevelMemberText(text, QLatin1StringView("source"));
            QVERIFY(!source.isNull());
            QCOMPARE(QJsonDocument::fromJson(source).object(),
                     document.value(QStringLiteral("source")).toObject());
            QCOMPARE(QJsonDocument::fromJson(source).object().value(QStringLiteral("path")).toString(),
                     QStringLiteral("/in/r\u00E9sum\u00E9 \"1\".pdf"));
            // Scalars and strings come back as their JSON text.
            QCOMPARE(topLevelMemberText(text, QLatin1StringView("duration_ms")), QByteArray("384"));
            QCOMPARE(topLevelMemberText(text, QLatin1StringView("pipeline")), QByteArray("\"source\""));
            QCOMPARE(topLevelMemberText(text, QLatin1StringView("ratio")).toDouble(), -1.5e-3);
        }
        // Compact: exactly the bytes QJsonDocument writes for the member's value, found before "stages".
        const QByteArray compact = QJsonDocument(document).toJson(QJsonDocument::Compact);
        const QByteArray expected =
            QJsonDocument(document.value(QStringLiteral("source")).toObject()).toJson(QJsonDocument::Compact);
        QCOMPARE(topLevelMemberText(compact, QLatin1StringView("source")), expected);
        QVERIFY(compact.indexOf(expected) < compact.indexOf("\"stages\""));
        QVERIFY(compact.size() > 100000);
    }

    void answersNullWhenTheWholeTextMustBeParsed() {
        const QByteArray compact = QJsonDocument(resultDocument()).toJson(QJsonDocument::Compact);
        const qsizetype end = compact.indexOf("\"stages\"");
        // A prefix that ends inside the member, or before it: not found there.
        QVERIFY(topLevelMemberText(compact.left(compact.indexOf("2676020")), QLatin1StringView("source"))
                    .isNull());
        QVERIFY(topLevelMemberText(compact.left(compact.indexOf("\"source\":{")), QLatin1StringView("source"))
                    .isNull());
        // A prefix that holds all of it: found.
        QVERIFY(!topLevelMemberText(compact.left(end), QLatin1StringView("source")).isNull());
        // Only top-level members count: "message" is inside "errors".
        QVERIFY(topLevelMemberText(compact, QLatin1StringView("message")).isNull());
        QVERIFY(topLevelMemberText(compact, QLatin1StringView("absent")).isNull());
        // A key written with an escape before it is not compared: the caller parses everything.
        QVERIFY(
            topLevelMemberText("{\"a\\u0062\":1,\"source\":{\"path\":\"x\"}}", QLatin1StringView("source"))
                .isNull());
        QCOMPARE(topLevelMemberText("{\"a\":\"\\u0062\\\"\",\"source\":{\"path\":\"x\"}}",
                                    QLatin1StringView("source")),
                 QByteArray("{\"path\":\"x\"}"));
        // Not an object, or not well-formed before the member.
        QVERIFY(topLevelMemberText("[{\"source\":1}]", QLatin1StringView("source")).isNull());
        QVERIFY(topLevelMemberText("{}", QLatin1StringView("source")).isNull());
        QVERIFY(topLevelMemberText("", QLatin1StringView("source")).isNull());
        QVERIFY(topLevelMemberText("{\"a\":[1,2},\"source\":1}", QLatin1StringView("source")).isNull());
        QVERIFY(topLevelMemberText("{\"a\" 1,\"source\":1}", QLatin1StringView("source")).isNull());
        QVERIFY(
            topLevelMemberText("{\"a\":\"line\nbreak\",\"source\":1}", QLatin1StringView("source")).isNull());
        QCOMPARE(
            topLevelMemberText(" \r\n{ \"source\" :\t[1, {\"b\": \"]\"}] }", QLatin1StringView("source")),
            QByteArray("[1, {\"b\": \"]\"}]"));
    }
};

QTEST_GUILESS_MAIN(TestJsonMember)
#include "test_json_member.moc"
