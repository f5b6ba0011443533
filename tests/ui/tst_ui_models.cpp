// Unit tests of the ui's item models, each watched by QAbstractItemModelTester.

#include "log/event_log.h"
#include "ui/event_filter_proxy.h"
#include "ui/event_labels.h"
#include "ui/event_log_model.h"
#include "ui/json_tree_model.h"
#include "ui/watch_folder_model.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace sluice;

namespace {

Event makeEvent(qint64 id, EventLevel level, const QString& kind, const QString& path, const QString& message,
                const QJsonObject& data = {}) {
    Event e;
    e.id = id;
    e.time = QDateTime::currentDateTimeUtc();
    e.level = level;
    e.kind = kind;
    e.path = path;
    e.message = message;
    e.data = data;
    return e;
}

QJsonObject resultDoc(const QString& path, const QString& status) {
    QJsonObject source{{QStringLiteral("path"), path},
                       {QStringLiteral("size"), 12},
                       {QStringLiteral("mime"), QStringLiteral("text/plain")}};
    return QJsonObject{{QStringLiteral("source"), source},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("pipeline"), QStringLiteral("inbox")},
                       {QStringLiteral("stages"),
                        QJsonObject{{QStringLiteral("text"), QJsonObject{{QStringLiteral("lines"), 3}}}}},
                       {QStringLiteral("errors"), QJsonArray()},
                       {QStringLiteral("duration_ms"), 7}};
}

} // namespace

class TestUiModels : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void jsonTree();
    void jsonTreeFirstKeysAndReset();
    void eventLogNewestFirstAndBounded();
    void eventLogFollowsEventLog();
    void eventLogResults();
    void eventFilter();
    void eventFilterLevel();
    void watchFolders();
};

void TestUiModels::jsonTree() {
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);

    QJsonObject doc{
        {QStringLiteral("b"), 1},
        {QStringLiteral("a"), QJsonArray{QStringLiteral("x"), true, QJsonValue()}},
        {QStringLiteral("c"), QJsonObject{{QStringLiteral("deep"), QStringLiteral("line1\nline2")}}}};
    model.setDocument(doc);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), 2);
    // Objects are shown in key order.
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("a"));
    const QModelIndex array = model.indexForPath({QStringLiteral("a")});
    QVERIFY(array.isValid());
    QCOMPARE(model.rowCount(array), 3);
    QCOMPARE(model.index(0, 0, array).data().toString(), QStringLiteral("[0]"));
    QCOMPARE(model.index(0, 1, array).data().toString(), QStringLiteral("x"));
    QCOMPARE(model.index(1, 1, array).data().toString(), QStringLiteral("true"));
    QCOMPARE(model.index(2, 1, array).data().toString(), QStringLiteral("null"));
    QVERIFY(model.index(0, 1).data().toString().contains(QLatin1Char('3')));

    const QModelIndex deep = model.indexForPath({QStringLiteral("c"), QStringLiteral("deep")});
    QVERIFY(deep.isValid());
    QCOMPARE(model.parent(deep), model.indexForPath({QStringLiteral("c")}));
    QVERIFY(!deep.siblingAtColumn(1).data().toString().contains(QLatin1Char('\n')));
    QCOMPARE(deep.data(JsonTreeModel::JsonValueRole).value<QJsonValue>().toString(),
             QStringLiteral("line1\nline2"));
    QCOMPARE(deep.data(JsonTreeModel::KeyPathRole).toStringList(),
             QStringList({QStringLiteral("c"), QStringLiteral("deep")}));
    QVERIFY(!model.indexForPath({QStringLiteral("missing")}).isValid());

    // Long strings are cut for display.
    model.setDocument({{QStringLiteral("text"), QString(5000, QLatin1Char('x'))}});
    QVERIFY(model.index(0, 1).data().toString().size() < 400);
}

void TestUiModels::jsonTreeFirstKeysAndReset() {
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(resultDoc(QStringLiteral("/x/a.txt"), QStringLiteral("ok")),
                      {QStringLiteral("status"), QStringLiteral("errors"), QStringLiteral("source")});
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("status"));
    QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("ok"));
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("errors"));
    QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("source"));
    const QModelIndex mime = model.indexForPath({QStringLiteral("source"), QStringLiteral("mime")});
    QCOMPARE(mime.siblingAtColumn(1).data().toString(), QStringLiteral("text/plain"));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestUiModels::eventLogNewestFirstAndBounded() {
    EventLogModel model(5);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.columnCount(), int(EventLogModel::ColumnCount));
    QCOMPARE(model.headerData(EventLogModel::MessageColumn, Qt::Horizontal).toString(),
             QStringLiteral("Message"));

    QList<Event> snapshot;
    for (int i = 1; i <= 3; ++i)
        snapshot << makeEvent(i, EventLevel::Info, QStringLiteral("created"),
                              QStringLiteral("/in/f%1.txt").arg(i), QStringLiteral("File appeared"));
    model.setEvents(snapshot);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, 0).data(EventLogModel::EventIdRole).toLongLong(), 3);
    QCOMPARE(model.index(0, EventLogModel::FileColumn).data().toString(), QStringLiteral("f3.txt"));
    QCOMPARE(model.index(0, EventLogModel::FileColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("/in/f3.txt"));
    QCOMPARE(model.index(0, EventLogModel::KindColumn).data().toString(), QStringLiteral("Created"));
    QVERIFY(!model.index(0, EventLogModel::LevelColumn).data(Qt::DecorationRole).value<QIcon>().isNull());

    // An event of the snapshot signalled again is not shown twice.
    model.addEvent(snapshot.last());
    model.flush();
    QCOMPARE(model.rowCount(), 3);

    // New events go on top, in one insertion; the oldest fall off at the capacity.
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    for (int i = 4; i <= 8; ++i)
        model.addEvent(makeEvent(i, EventLevel::Warning, QStringLiteral("waiting"),
                                 QStringLiteral("/in/f%1.txt").arg(i), QStringLiteral("Waiting\nfor it")));
    QCOMPARE(model.rowCount(), 3); // not yet: gathered for a batch
    QTRY_COMPARE(model.rowCount(), 5);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.index(0, 0).data(EventLogModel::EventIdRole).toLongLong(), 8);
    QCOMPARE(model.index(4, 0).data(EventLogModel::EventIdRole).toLongLong(), 4);
    QVERIFY(!model.index(0, EventLogModel::MessageColumn).data().toString().contains(QLatin1Char('\n')));

    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestUiModels::eventLogFollowsEventLog() {
    EventLog log(100);
    log.add(EventLevel::Info, QStringLiteral("watch_added"), QStringLiteral("/in"),
            QStringLiteral("Watching"));
    EventLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.attach(&log);
    QCOMPARE(model.rowCount(), 1);
    log.add(EventLevel::Error, QStringLiteral("failed"), QStringLiteral("/in/bad.pdf"),
            QStringLiteral("Broken"));
    QCOMPARE(model.rowCount(), 1); // queued connection
    QTRY_COMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, 0).data(EventLogModel::KindRole).toString(), QStringLiteral("failed"));
    QCOMPARE(model.index(0, EventLogModel::LevelColumn).data(Qt::ForegroundRole).value<QColor>(),
             EventLabels::levelColor(EventLevel::Error));
}

void TestUiModels::eventLogResults() {
    EventLogModel model;
    const QString path = QStringLiteral("/in/a.txt");
    model.setEvents(
        {makeEvent(1, EventLevel::Info, QStringLiteral("processed"), path, QStringLiteral("ok"),
                   {{QStringLiteral("result"), resultDoc(path, QStringLiteral("ok"))}}),
         makeEvent(2, EventLevel::Info, QStringLiteral("modified"), path, QStringLiteral("changed")),
         makeEvent(3, EventLevel::Error, QStringLiteral("failed"), path, QStringLiteral("bad"),
                   {{QStringLiteral("result"), resultDoc(path, QStringLiteral("failed"))}})});
    QCOMPARE(model.latestResultFor(path).value(QStringLiteral("status")).toString(),
             QStringLiteral("failed"));
    QVERIFY(model.latestResultFor(QStringLiteral("/other")).isEmpty());
    QCOMPARE(model.index(2, 0).data(EventLogModel::ResultRole).toJsonObject().value(QStringLiteral("status")),
             QJsonValue(QStringLiteral("ok")));
    QVERIFY(model.index(1, 0).data(EventLogModel::ResultRole).toJsonObject().isEmpty());
}

void TestUiModels::eventFilter() {
    EventLogModel model;
    EventFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEvents({makeEvent(1, EventLevel::Info, QStringLiteral("created"),
                               QStringLiteral("/in/Report.PDF"), QStringLiteral("File appeared")),
                     makeEvent(2, EventLevel::Info, QStringLiteral("processed"),
                               QStringLiteral("/in/notes.txt"), QStringLiteral("Processed in 5 ms")),
                     makeEvent(3, EventLevel::Error, QStringLiteral("failed"), QStringLiteral("/in/scan.png"),
                               QStringLiteral("Image is truncated"))});
    QCOMPARE(proxy.rowCount(), 3);
    proxy.setFilterText(QStringLiteral("report.pdf")); // path, any case
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data(EventLogModel::EventIdRole).toLongLong(), 1);
    proxy.setFilterText(QStringLiteral("TRUNCATED")); // message
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setFilterText(QStringLiteral("processed")); // event kind (and message)
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setFilterText(QStringLiteral("failed scan")); // every word must match
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setFilterText(QStringLiteral("failed notes"));
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setFilterText(QStringLiteral("/in/"));
    QCOMPARE(proxy.rowCount(), 3);
    proxy.setFilterText(QString());
    QCOMPARE(proxy.rowCount(), 3);

    // New rows are filtered as they arrive.
    proxy.setFilterText(QStringLiteral("scan"));
    model.addEvent(makeEvent(4, EventLevel::Info, QStringLiteral("created"), QStringLiteral("/in/scan2.png"),
                             QStringLiteral("File appeared")));
    model.addEvent(makeEvent(5, EventLevel::Info, QStringLiteral("created"), QStringLiteral("/in/x.doc"),
                             QStringLiteral("File appeared")));
    model.flush();
    QCOMPARE(proxy.rowCount(), 2);
}

void TestUiModels::eventFilterLevel() {
    EventLogModel model;
    EventFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEvents({makeEvent(1, EventLevel::Debug, QStringLiteral("started"), {}, QStringLiteral("a")),
                     makeEvent(2, EventLevel::Info, QStringLiteral("info"), {}, QStringLiteral("b")),
                     makeEvent(3, EventLevel::Warning, QStringLiteral("info"), {}, QStringLiteral("c")),
                     makeEvent(4, EventLevel::Error, QStringLiteral("failed"), {}, QStringLiteral("d"))});
    proxy.setMinimumLevel(EventLevel::Warning);
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setMinimumLevel(EventLevel::Error);
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setMinimumLevel(EventLevel::Debug);
    QCOMPARE(proxy.rowCount(), 4);
}

void TestUiModels::watchFolders() {
    WatchFolderModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.addFolder(QStringLiteral("/data/inbox/")));
    QVERIFY(!model.addFolder(QStringLiteral("/data/inbox"))); // same folder, trailing slash
    QVERIFY(model.addFolder(QStringLiteral("/data/scans")));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.folders(), QStringList({QStringLiteral("/data/inbox"), QStringLiteral("/data/scans")}));
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("inbox"));
    QCOMPARE(model.index(0).data(WatchFolderModel::PathRole).toString(), QStringLiteral("/data/inbox"));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.updateStats(WatchFolderStats{QStringLiteral("/data/scans"), 12, 2, 3, QStringLiteral("watching")});
    QCOMPARE(changed.count(), 1);
    const QModelIndex scans = model.index(1);
    QCOMPARE(scans.data(WatchFolderModel::ProcessedRole).toInt(), 12);
    QCOMPARE(scans.data(WatchFolderModel::FailedRole).toInt(), 2);
    QCOMPARE(scans.data(WatchFolderModel::WaitingRole).toInt(), 3);
    QCOMPARE(scans.data(WatchFolderModel::StatusRole).toString(), QStringLiteral("Watching"));
    QVERIFY(scans.data(WatchFolderModel::SummaryRole).toString().contains(QStringLiteral("12 processed")));
    QVERIFY(scans.data(Qt::ToolTipRole).toString().contains(QStringLiteral("/data/scans")));
    QVERIFY(!scans.data(WatchFolderModel::HasErrorRole).toBool());

    model.updateStats(
        WatchFolderStats{QStringLiteral("/data/inbox"), 0, 0, 0, QStringLiteral("error: gone")});
    QVERIFY(model.index(0).data(WatchFolderModel::HasErrorRole).toBool());
    QCOMPARE(model.index(0).data(WatchFolderModel::StatusRole).toString(), QStringLiteral("Error"));
    QCOMPARE(model.index(0).data(WatchFolderModel::ErrorRole).toString(), QStringLiteral("gone"));
    QVERIFY(model.index(0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Error: gone")));
    QVERIFY(scans.data(WatchFolderModel::ErrorRole).toString().isEmpty());

    model.updateStats(WatchFolderStats{QStringLiteral("/not/listed"), 1, 1, 1, {}}); // ignored
    QCOMPARE(model.rowCount(), 2);

    QVERIFY(model.removeFolder(QStringLiteral("/data/inbox")));
    QVERIFY(!model.removeFolder(QStringLiteral("/data/inbox")));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.rowOf(QStringLiteral("/data/scans")), 0);
}

QTEST_MAIN(TestUiModels)
#include "tst_ui_models.moc"
