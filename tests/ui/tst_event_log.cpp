// The event log under load: 100,000 events pushed through the core's EventLog into the bounded
// EventLogModel, then filtered by type, folder and text through EventFilterProxyModel and the pane's
// widgets. Asserts values (rows kept, dropped, inserted in batches, filter counts), never timings.

#include "log/event_log.h"
#include "ui/event_filter_proxy.h"
#include "ui/event_labels.h"
#include "ui/event_log_model.h"
#include "ui/event_log_pane.h"
#include "ui/event_type_filter_button.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace sluice;

namespace {

constexpr int kTotal = 100000;
constexpr int kCapacity = 30000;

// Event i (1-based) has kind kKinds[i % 10] and belongs to folder A when i % 3 == 0, B when i % 3 == 1,
// and to no folder otherwise; folder A names itself in the event's data, B is found by its root.
const QStringList kKinds = {QStringLiteral("created"),         QStringLiteral("modified"),
                            QStringLiteral("deleted"),         QStringLiteral("renamed"),
                            QStringLiteral("processed"),       QStringLiteral("failed"),
                            QStringLiteral("waiting"),         QStringLiteral("watch_polling"),
                            QStringLiteral("content_changed"), QStringLiteral("info")};

QString kindOf(int i) {
    return kKinds.at(i % kKinds.size());
}

QString folderOf(int i) {
    return i % 3 == 0 ? QStringLiteral("A") : i % 3 == 1 ? QStringLiteral("B") : QString();
}

Event makeEvent(int i) {
    Event e;
    e.level = kindOf(i) == QLatin1String("failed") ? EventLevel::Error : EventLevel::Info;
    e.kind = kindOf(i);
    const QString folder = folderOf(i);
    const QString dir = folder == QLatin1String("A")   ? QStringLiteral("/watch/a")
                        : folder == QLatin1String("B") ? QStringLiteral("/watch/b")
                                                       : QStringLiteral("/elsewhere");
    e.path = QStringLiteral("%1/file_%2.txt").arg(dir).arg(i);
    e.message = QStringLiteral("message %1").arg(i);
    if (folder == QLatin1String("A"))
        e.data.insert(QStringLiteral("folder"), folder);
    if (e.kind == QLatin1String("processed"))
        e.data.insert(QStringLiteral("result"),
                      QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}});
    return e;
}

/// Id of the newest row, 0 while the model is empty.
qint64 newestId(const EventLogModel& model) {
    return model.rowCount() > 0 ? model.rowAt(0).event.id : 0;
}

/// How many of the kept events (ids first..last) satisfy `pred`.
template <typename Pred> int countKept(int first, int last, Pred pred) {
    int n = 0;
    for (int i = first; i <= last; ++i)
        n += pred(i) ? 1 : 0;
    return n;
}

} // namespace

class TestEventLog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void hundredThousandEventsStayBounded();
    void earlierSessionsAppendBelow();
    void paneWidgetsDriveTheFilter();
    void kindIconsAndTypes();
};

void TestEventLog::hundredThousandEventsStayBounded() {
    EventLog log(10000);
    EventLogModel model(kCapacity);
    model.setWatchFolders({{QStringLiteral("B"), {QStringLiteral("/watch/b")}}});
    EventFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy dropped(&model, &EventLogModel::droppedCountChanged);
    model.attach(&log);

    for (int i = 1; i <= kTotal; ++i)
        log.add(makeEvent(i));
    // Every event is signalled through a queued connection, then inserted by the flush timer.
    QTRY_COMPARE_WITH_TIMEOUT(newestId(model), qint64(kTotal), 20000);
    QCOMPARE(model.queuedCount(), 0);

    QCOMPARE(model.rowCount(), kCapacity);
    QCOMPARE(model.droppedCount(), qint64(kTotal - kCapacity));
    QVERIFY(!dropped.isEmpty());
    QCOMPARE(dropped.last().at(0).toLongLong(), qint64(kTotal - kCapacity));
    // Batched: far fewer insertions than events.
    QVERIFY2(inserted.count() < 200, qPrintable(QString::number(inserted.count())));
    // Newest first; the oldest kept is the 70,001st.
    QCOMPARE(model.rowAt(kCapacity - 1).event.id, qint64(kTotal - kCapacity + 1));
    for (int row : {0, 1, 777, kCapacity - 1}) {
        const int i = int(model.rowAt(row).event.id);
        QCOMPARE(model.rowAt(row).event.kind, kindOf(i));
        QCOMPARE(model.index(row, EventLogModel::FolderColumn).data().toString(), folderOf(i));
        QCOMPARE(model.index(row, EventLogModel::FileColumn).data().toString(),
                 QStringLiteral("file_%1.txt").arg(i));
    }
    // Only the newest rows keep their result documents.
    int newestProcessed = kTotal;
    while (kindOf(newestProcessed) != QLatin1String("processed"))
        --newestProcessed;
    const int newestRow = kTotal - newestProcessed;
    QCOMPARE(model.index(newestRow, 0).data(EventLogModel::EventIdRole).toLongLong(),
             qint64(newestProcessed));
    QCOMPARE(model.index(newestRow, 0)
                 .data(EventLogModel::ResultRole)
                 .toJsonObject()
                 .value(QStringLiteral("status")),
             QJsonValue(QStringLiteral("ok")));
    QCOMPARE(model.latestResultFor(model.rowAt(newestRow).event.path).value(QStringLiteral("status")),
             QJsonValue(QStringLiteral("ok")));
    int oldRowsWithResult = 0;
    for (int row = EventLogModel::kResultRows; row < kCapacity; ++row)
        oldRowsWithResult += model.rowAt(row).event.data.contains(QStringLiteral("result")) ? 1 : 0;
    QCOMPARE(oldRowsWithResult, 0);

    const int first = kTotal - kCapacity + 1;
    QCOMPARE(proxy.rowCount(), kCapacity);

    // Type filter: one type, then two.
    proxy.setTypes({QStringLiteral("failed")});
    QCOMPARE(proxy.rowCount(),
             countKept(first, kTotal, [](int i) { return kindOf(i) == QLatin1String("failed"); }));
    QCOMPARE(proxy.rowCount(), kCapacity / 10);
    proxy.setTypes({QStringLiteral("created"), QStringLiteral("folder")});
    QCOMPARE(proxy.rowCount(), countKept(first, kTotal, [](int i) {
                 return kindOf(i) == QLatin1String("created") || kindOf(i) == QLatin1String("watch_polling");
             }));
    // "info" is of type "other".
    proxy.setTypes({QStringLiteral("other")});
    QCOMPARE(proxy.rowCount(),
             countKept(first, kTotal, [](int i) { return kindOf(i) == QLatin1String("info"); }));
    proxy.setTypes({});
    QCOMPARE(proxy.rowCount(), 0);
    proxy.showAllTypes();
    QCOMPARE(proxy.rowCount(), kCapacity);

    // Folder filter: by the event's own folder (A), by root (B), and outside any folder.
    proxy.setFolderFilter(EventFilterProxyModel::FolderFilter::Named, QStringLiteral("A"));
    QCOMPARE(proxy.rowCount(), countKept(first, kTotal, [](int i) { return i % 3 == 0; }));
    proxy.setFolderFilter(EventFilterProxyModel::FolderFilter::Named, QStringLiteral("B"));
    QCOMPARE(proxy.rowCount(), countKept(first, kTotal, [](int i) { return i % 3 == 1; }));
    proxy.setFolderFilter(EventFilterProxyModel::FolderFilter::NoFolder);
    QCOMPARE(proxy.rowCount(), countKept(first, kTotal, [](int i) { return i % 3 == 2; }));

    // Combined with type and text.
    proxy.setFolderFilter(EventFilterProxyModel::FolderFilter::Named, QStringLiteral("B"));
    proxy.setTypes({QStringLiteral("processed")});
    QCOMPARE(proxy.rowCount(), countKept(first, kTotal, [](int i) {
                 return i % 3 == 1 && kindOf(i) == QLatin1String("processed");
             }));
    proxy.setFolderFilter(EventFilterProxyModel::FolderFilter::Any);
    proxy.showAllTypes();
    proxy.setFilterText(QStringLiteral("file_99999."));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data(EventLogModel::EventIdRole).toLongLong(), 99999);
    proxy.setFilterText(QStringLiteral("FILE_7000")); // case-insensitive: 70001..70009 are kept
    QCOMPARE(proxy.rowCount(), 9);
    proxy.setFilterText(QStringLiteral("message 9999 failed")); // every word, in message or kind label
    QCOMPARE(proxy.rowCount(), countKept(first, kTotal, [](int i) {
                 return QString::number(i).contains(QLatin1String("9999")) &&
                        kindOf(i) == QLatin1String("failed");
             }));
    proxy.setFilterText({});

    // Renaming the root of B moves its rows' folder column.
    model.setWatchFolders({{QStringLiteral("Bee"), {QStringLiteral("/watch/b/")}}});
    proxy.setFolderFilter(EventFilterProxyModel::FolderFilter::Named, QStringLiteral("Bee"));
    QCOMPARE(proxy.rowCount(), countKept(first, kTotal, [](int i) { return i % 3 == 1; }));

    // More events keep the model at its capacity.
    for (int i = kTotal + 1; i <= kTotal + 500; ++i)
        log.add(makeEvent(i));
    QTRY_COMPARE_WITH_TIMEOUT(newestId(model), qint64(kTotal + 500), 10000);
    QCOMPARE(model.rowCount(), kCapacity);
    QCOMPARE(model.droppedCount(), qint64(kTotal + 500 - kCapacity));
}

void TestEventLog::earlierSessionsAppendBelow() {
    EventLogModel model(10);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int i = 1; i <= 6; ++i) {
        Event e = makeEvent(i);
        e.id = i;
        e.time = QDateTime(QDate(2026, 11, 29), QTime(12, 0, i), Qt::UTC);
        model.addEvent(e);
    }
    model.flush();
    QCOMPARE(model.oldestTime(), QDateTime(QDate(2026, 11, 29), QTime(12, 0, 1), Qt::UTC));
    QList<Event> earlier;
    for (int i = 1; i <= 6; ++i) {
        Event e = makeEvent(100 + i);
        e.id = -i;
        e.time = QDateTime(QDate(2026, 11, 28), QTime(9, 0, 0), Qt::UTC).addSecs(-i);
        earlier.append(e);
    }
    // Only 4 fit: the newer rows are never dropped for earlier ones.
    QCOMPARE(model.appendEarlier(earlier), 4);
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.earlierCount(), 4);
    QCOMPARE(model.index(5, 0).data(EventLogModel::EarlierRole).toBool(), false);
    QCOMPARE(model.index(6, 0).data(EventLogModel::EarlierRole).toBool(), true);
    QCOMPARE(model.index(6, 0).data(EventLogModel::EventIdRole).toLongLong(), -1);
    QVERIFY(
        model.index(6, EventLogModel::TimeColumn).data().toString().startsWith(QStringLiteral("2026-11-2")));
    // A new event pushes the oldest earlier one out.
    model.addEvent(makeEvent(7));
    model.flush();
    QCOMPARE(model.earlierCount(), 3);
    QCOMPARE(model.droppedCount(), qint64(1));
}

void TestEventLog::paneWidgetsDriveTheFilter() {
    EventLogModel model(50);
    EventLogPane pane(&model);
    pane.resize(1000, 500);
    QList<Event> events;
    for (int i = 1; i <= 60; ++i) {
        Event e = makeEvent(i);
        e.id = i;
        e.time = QDateTime::currentDateTimeUtc();
        events.append(e);
    }
    model.setEvents(events); // 60 into 50: the oldest 10 are dropped
    model.setWatchFolders({{QStringLiteral("B"), {QStringLiteral("/watch/b")}}});
    pane.setFolders({QStringLiteral("A"), QStringLiteral("B")});
    // The level filter starts at "Info and above": every test event is at least Info.
    QCOMPARE(pane.proxy()->rowCount(), 50);
    QVERIFY2(pane.countLabel()->text().contains(QStringLiteral("10 older event(s) were dropped")),
             qPrintable(pane.countLabel()->text()));

    // The type menu: unchecking every type but "failed".
    EventTypeFilterButton* types = pane.typeFilter();
    QCOMPARE(types->text(), QStringLiteral("All types"));
    for (const QString& type : EventLabels::types()) {
        if (type != QLatin1String("failed"))
            types->actionFor(type)->trigger();
    }
    QCOMPARE(types->selectedTypes(), QSet<QString>({QStringLiteral("failed")}));
    QCOMPARE(types->text(), QStringLiteral("Failed"));
    QCOMPARE(pane.proxy()->rowCount(),
             countKept(11, 60, [](int i) { return kindOf(i) == QLatin1String("failed"); }));
    QVERIFY(pane.countLabel()->text().startsWith(QStringLiteral("5 of 50 event(s) shown")));
    types->actionFor(QStringLiteral("created"))->trigger();
    QCOMPARE(types->text(), QStringLiteral("2 types"));

    // The folder combo: "All folders", A, B, "Outside watch folders".
    QComboBox* folders = pane.folderCombo();
    QCOMPARE(folders->count(), 4);
    folders->setCurrentIndex(2); // B
    QCOMPARE(pane.proxy()->folder(), QStringLiteral("B"));
    QCOMPARE(pane.proxy()->rowCount(), countKept(11, 60, [](int i) {
                 return i % 3 == 1 &&
                        (kindOf(i) == QLatin1String("failed") || kindOf(i) == QLatin1String("created"));
             }));
    // Refilling the list keeps the choice.
    pane.setFolders({QStringLiteral("B"), QStringLiteral("C")});
    QCOMPARE(folders->currentText(), QStringLiteral("B"));
    folders->setCurrentIndex(folders->count() - 1);
    QCOMPARE(pane.proxy()->folderFilter(), EventFilterProxyModel::FolderFilter::NoFolder);
    folders->setCurrentIndex(0);
    types->setSelectedTypes(QSet<QString>({QStringLiteral("created"), QStringLiteral("deleted")}));

    // The text box.
    pane.filterEdit()->setText(QStringLiteral("file_40"));
    QCOMPARE(pane.proxy()->rowCount(), 1); // 40 is "created"
    pane.filterEdit()->setText(QStringLiteral("file_41"));
    QCOMPARE(pane.proxy()->rowCount(), 0); // 41 is "modified"
    pane.filterEdit()->clear();

    // Earlier events: the button asks for events before the oldest shown; fewer than asked = no more.
    pane.setEarlierEventsAvailable(true);
    QSignalSpy asked(&pane, &EventLogPane::earlierEventsRequested);
    pane.earlierButton()->click();
    QCOMPARE(asked.count(), 1);
    QCOMPARE(asked.first().at(0).toDateTime(), model.oldestTime());
    QCOMPARE(asked.first().at(1).toInt(), int(EventLogPane::kEarlierBatch));
    pane.addEarlierEvents({}, EventLogPane::kEarlierBatch);
    QVERIFY(!pane.earlierButton()->isEnabled());
}

void TestEventLog::kindIconsAndTypes() {
    // Each file-change kind and outcome has its own icon; others take their level's sign.
    QCOMPARE(EventLabels::kindIconName(QStringLiteral("content_changed")), QStringLiteral("content_changed"));
    QCOMPARE(EventLabels::kindIconName(QStringLiteral("renamed")), QStringLiteral("renamed"));
    QCOMPARE(EventLabels::kindIconName(QStringLiteral("watch_polling")), QStringLiteral("polling"));
    QCOMPARE(EventLabels::kindIconName(QStringLiteral("watch_added")), QStringLiteral("folder"));
    QCOMPARE(EventLabels::kindIconName(QStringLiteral("alert"), EventLevel::Warning),
             QStringLiteral("warning"));
    QCOMPARE(EventLabels::kindIconName(QStringLiteral("info"), EventLevel::Error), QStringLiteral("error"));
    for (const QString& kind : kKinds) {
        const QIcon icon = EventLabels::kindIcon(kind);
        QVERIFY2(!icon.pixmap(16, 16).isNull(), qPrintable(kind)); // the SVG resource loads
    }
    QCOMPARE(EventLabels::typeOf(QStringLiteral("ready")), QStringLiteral("waiting"));
    QCOMPARE(EventLabels::typeOf(QStringLiteral("watch_error")), QStringLiteral("folder"));
    QCOMPARE(EventLabels::typeOf(QStringLiteral("moved_to_errors")), QStringLiteral("other"));
    QCOMPARE(EventLabels::kindLabel(QStringLiteral("content_changed")), QStringLiteral("Content changed"));
}

QTEST_MAIN(TestEventLog)
#include "tst_event_log.moc"
