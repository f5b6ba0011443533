// The StateStore keeps files, jobs, results and events across close and reopen, in WAL mode.
#include "log/event.h"
#include "store/state_store.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtConcurrent>
#include <QtTest>

using namespace sluice;

class TestStateStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void resultIsStoredAsUtf8Text() {
        // The compact result's UTF-8 bytes go in as TEXT: non-ASCII comes back as written, and SQL sees text.
        QTemporaryDir dir;
        StateStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("state.sqlite"))));
        const qint64 job = store.beginJob(QStringLiteral("/in/ä.pdf"), QStringLiteral("inbox"));
        const QString text = QStringLiteral("scienti\uFB01c \u201Cfiction\u201D \U0001F600 \u00E4");
        store.finishJob(job, QStringLiteral("ok"), QJsonObject{{QStringLiteral("text"), text}});
        QCOMPARE(store.latestResult(QStringLiteral("/in/ä.pdf")).value(QStringLiteral("text")).toString(),
                 text);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek-utf8"));
        {
            db.setDatabaseName(dir.filePath(QStringLiteral("state.sqlite")));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(
                QStringLiteral("SELECT typeof(document), json_extract(document, '$.text') FROM results")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("text"));
            QCOMPARE(q.value(1).toString(), text);
            db.close();
        }
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("peek-utf8"));
    }

    void survivesReopen() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/state.sqlite"));
        const QDateTime mtime = QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7, 890), Qt::UTC);
        qint64 job = 0;
        {
            StateStore store;
            QString error;
            QVERIFY2(store.open(path, &error), qPrintable(error));
            store.upsertKnownFile({QStringLiteral("/in/a.pdf"), 1234, mtime, QStringLiteral("ab12"),
                                   QStringLiteral("processed"), 7});
            store.upsertKnownFile({QStringLiteral("/other/b.pdf"), 1, mtime, {}, QStringLiteral("seen"), 0});
            job = store.beginJob(QStringLiteral("/in/a.pdf"), QStringLiteral("inbox"));
            QVERIFY(job > 0);
            const qint64 unfinished = store.beginJob(QStringLiteral("/in/c.pdf"), QStringLiteral("inbox"));
            store.finishJob(
                job, QStringLiteral("ok"),
                QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}, {QStringLiteral("n"), 42}});
            Event e;
            e.time = mtime;
            e.level = EventLevel::Warning;
            e.kind = QStringLiteral("created");
            e.path = QStringLiteral("/in/a.pdf");
            e.message = QStringLiteral("File appeared");
            e.data = QJsonObject{{QStringLiteral("result"), QJsonObject{{QStringLiteral("big"), 1}}},
                                 {QStringLiteral("k"), QStringLiteral("v")}};
            store.appendEvent(e);
            QCOMPARE(store.unfinishedJobs(), QList<qint64>{unfinished});
        }
        StateStore store;
        QVERIFY(store.open(path));
        const auto known = store.knownFile(QStringLiteral("/in/a.pdf"));
        QVERIFY(known.has_value());
        QCOMPARE(known->size, 1234);
        QCOMPARE(known->mtime, mtime);
        QCOMPARE(known->sha256, QStringLiteral("ab12"));
        QCOMPARE(known->status, QStringLiteral("processed"));
        QCOMPARE(known->lastJob, 7);
        QCOMPARE(store.knownFilesUnder(QStringLiteral("/in")).size(), 1);
        QCOMPARE(store.jobCount(), 2);
        QCOMPARE(store.jobCount(QStringLiteral("ok")), 1);
        QCOMPARE(store.latestResult(QStringLiteral("/in/a.pdf")).value(QStringLiteral("n")).toInt(), 42);
        const QList<QJsonObject> events = store.recentEvents(10);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().value(QStringLiteral("event")).toString(), QStringLiteral("created"));
        QCOMPARE(events.first().value(QStringLiteral("level")).toString(), QStringLiteral("warning"));
        // Result documents are stored once, in `results`, not again in the event row.
        QCOMPARE(events.first().value(QStringLiteral("data")).toObject(),
                 QJsonObject({{QStringLiteral("k"), QStringLiteral("v")}}));
        // The earlier-sessions page of the log: only events before the given time, as Events.
        const QList<Event> earlier = store.eventsBefore(QDateTime::currentDateTimeUtc().addSecs(1), 10);
        QCOMPARE(earlier.size(), 1);
        QCOMPARE(earlier.first().kind, QStringLiteral("created"));
        QCOMPARE(earlier.first().level, EventLevel::Warning);
        QCOMPARE(earlier.first().message, QStringLiteral("File appeared"));
        QCOMPARE(earlier.first().data.value(QStringLiteral("k")).toString(), QStringLiteral("v"));
        QVERIFY(store.eventsBefore(earlier.first().time, 10).isEmpty());
        store.removeKnownFile(QStringLiteral("/in/a.pdf"));
        QVERIFY(!store.knownFile(QStringLiteral("/in/a.pdf")).has_value());

        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
    }

    void writesFromManyThreads() {
        QTemporaryDir dir;
        StateStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("s.sqlite"))));
        QList<QFuture<void>> futures;
        for (int t = 0; t < 4; ++t)
            futures.append(QtConcurrent::run([&store, t] {
                for (int i = 0; i < 50; ++i) {
                    const qint64 id =
                        store.beginJob(QStringLiteral("/f/%1-%2").arg(t).arg(i), QStringLiteral("p"));
                    store.finishJob(id, QStringLiteral("ok"), {});
                }
            }));
        for (auto& f : futures)
            f.waitForFinished();
        QCOMPARE(store.jobCount(QStringLiteral("ok")), 200);
    }

    void followUpsBeginWithTheParentsEnd() {
        // One transaction: the parent ends and its members begin, each resumable with its origin.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("state.sqlite"));
        QList<qint64> ids;
        {
            StateStore store;
            QVERIFY(store.open(path));
            const qint64 parent = store.beginJob(QStringLiteral("/in/a.zip"), QStringLiteral("unzip"));
            QList<StateStore::JobStart> members;
            for (const char* name : {"/x/a/1.txt", "/x/a/2.txt", "/x/a/3.txt"})
                members.append(
                    {QLatin1String(name), QJsonObject{{QStringLiteral("parent"), QStringLiteral("/in/a.zip")},
                                                      {QStringLiteral("depth"), 1}}});
            ids = store.finishJobBeginFollowUps(parent, QStringLiteral("ok"), R"({"status":"ok"})",
                                                QStringLiteral("unzip"), members);
            QCOMPARE(ids.size(), 3);
            QVERIFY(ids.at(0) > parent && ids.at(1) > ids.at(0) && ids.at(2) > ids.at(1));
            QCOMPARE(
                store.latestResult(QStringLiteral("/in/a.zip")).value(QStringLiteral("status")).toString(),
                QStringLiteral("ok"));
            store.finishJob(ids.at(0), QStringLiteral("ok"), QJsonObject{{QStringLiteral("status"), "ok"}});
        } // closed as a kill would leave it
        StateStore store;
        QVERIFY(store.open(path));
        QCOMPARE(store.jobCount(QStringLiteral("ok")), 2);
        const QList<InterruptedJob> left = store.interruptedJobs(QStringLiteral("unzip"));
        QCOMPARE(left.size(), 2);
        QCOMPARE(left.at(0).id, ids.at(1));
        QCOMPARE(left.at(0).path, QStringLiteral("/x/a/2.txt"));
        QCOMPARE(left.at(1).path, QStringLiteral("/x/a/3.txt"));
        QCOMPARE(left.at(1).origin.value(QStringLiteral("parent")).toString(), QStringLiteral("/in/a.zip"));
        QCOMPARE(left.at(1).origin.value(QStringLiteral("depth")).toInt(), 1);
        QVERIFY(store.interruptedJobs(QStringLiteral("other")).isEmpty());
    }

    void openWithCurrentSchemaWritesNothing() {
        // The schema version is written only when it differs: opening a current database is a read, so its
        // log stays empty (no write, no fsync of a new log).
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("state.sqlite"));
        const QString wal = path + QStringLiteral("-wal");
        const QString text = QString(300000, QLatin1Char('x')); // a result of many pages
        {
            StateStore store;
            QVERIFY(store.open(path));
            const qint64 job = store.beginJob(QStringLiteral("/in/a.pdf"), QStringLiteral("inbox"));
            store.finishJob(job, QStringLiteral("ok"), QJsonObject{{QStringLiteral("text"), text}});
        }
        // SQLite's default: the last connection to close checkpoints the log into the database and deletes
        // it.
        QVERIFY(!QFileInfo::exists(wal));
        QVERIFY(QFileInfo(path).size() > qint64(text.size()));
        {
            StateStore store;
            QVERIFY(store.open(path));
            QCOMPARE(QFileInfo(wal).size(), qint64(0));
            QCOMPARE(store.latestResult(QStringLiteral("/in/a.pdf")).value(QStringLiteral("text")).toString(),
                     text);
        }
    }

    void unwritableLocationIsAnError() {
        StateStore store;
        QString error;
        QVERIFY(!store.open(QStringLiteral("/proc/sluice-cannot/state.sqlite"), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!store.isOpen());
    }
};

QTEST_GUILESS_MAIN(TestStateStore)
#include "test_state_store.moc"
