// Old finished jobs leave the state store: a store filled with 1200 jobs (800 finished 40 days ago, 400
// today, 6 left running by a crash long ago) is pruned by age and by count, in small batches, with their
// result and journal rows; unfinished jobs and the latest job of a known file stay. The ProcessingService
// prunes at start (logging how many it removed) and every pruneIntervalMs.
#include "log/event_log.h"
#include "service/processing_service.h"
#include "store/state_store.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace sluice;

namespace {

constexpr int kOld = 800;
constexpr int kRecent = 400;
constexpr int kRunning = 6;

/// Rows of `table` (optionally WHERE `where`), read through a connection of the test's own.
int countRows(const QString& dbPath, const QString& table, const QString& where = {}) {
    const QString name = QStringLiteral("count-") + table;
    int n = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dbPath);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT COUNT(*) FROM %1%2")
                           .arg(table, where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where)) &&
                q.next())
                n = q.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return n;
}

/// Sets `finished` (and `started`) of jobs [first, last] to `when`, as if they had run then.
bool backdate(const QString& dbPath, qint64 first, qint64 last, const QDateTime& when) {
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("backdate"));
        db.setDatabaseName(dbPath);
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("UPDATE jobs SET started = ?, finished = CASE WHEN status = 'running' "
                                     "THEN NULL ELSE ? END WHERE id BETWEEN ? AND ?"));
            const QString iso = when.toUTC().toString(Qt::ISODateWithMs);
            q.addBindValue(iso);
            q.addBindValue(iso);
            q.addBindValue(first);
            q.addBindValue(last);
            ok = q.exec() && q.numRowsAffected() == int(last - first + 1);
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("backdate"));
    return ok;
}

struct Filled {
    qint64 firstOld = 0, lastOld = 0, firstRecent = 0, lastRecent = 0;
    QList<qint64> running;
    qint64 knownLastJob = 0; ///< an old job that is the latest job of a known file
};

/// Jobs with a journal row each and a result, as the Runner leaves them.
Filled fill(StateStore& store, const QString& dbPath) {
    Filled f;
    auto job = [&store](int i, bool finish) {
        const QString path = QStringLiteral("/in/file%1.txt").arg(i);
        const qint64 id = store.beginJob(path, QStringLiteral("inbox"));
        store.recordJobOrigin(id, QJsonObject{{QStringLiteral("result_dir"), QStringLiteral("/out")}});
        store.journalBefore(id, QStringLiteral("copy"), QStringLiteral("copy"), 1);
        if (finish)
            store.finishJob(id, i % 7 == 0 ? QStringLiteral("failed") : QStringLiteral("ok"),
                            QJsonObject{{QStringLiteral("n"), i}});
        return id;
    };
    for (int i = 0; i < kOld; ++i) {
        const qint64 id = job(i, true);
        if (i == 0)
            f.firstOld = id;
        f.lastOld = id;
    }
    for (int i = 0; i < kRunning; ++i)
        f.running.append(job(10000 + i, false));
    for (int i = 0; i < kRecent; ++i) {
        const qint64 id = job(20000 + i, true);
        if (i == 0)
            f.firstRecent = id;
        f.lastRecent = id;
    }
    const QDateTime old = QDateTime::currentDateTimeUtc().addDays(-40);
    backdate(dbPath, f.firstOld, f.lastOld, old);
    backdate(dbPath, f.running.first(), f.running.last(), old);
    // file5.txt was processed long ago and has not changed since: its job stays.
    f.knownLastJob = f.firstOld + 5;
    store.upsertKnownFile({QStringLiteral("/in/file5.txt"), 10, old, QStringLiteral("ab"),
                           QStringLiteral("processed"), f.knownLastJob});
    return f;
}

} // namespace

class TestJobPruning : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void prunesByAgeInBatches() {
        QTemporaryDir dir;
        const QString dbPath = dir.filePath(QStringLiteral("state.sqlite"));
        StateStore store;
        QVERIFY(store.open(dbPath));
        const Filled f = fill(store, dbPath);
        QCOMPARE(store.jobCount(), kOld + kRecent + kRunning);
        QCOMPARE(countRows(dbPath, QStringLiteral("journal")), 2 * (kOld + kRecent + kRunning));

        const int deleted =
            store.pruneFinishedJobs(QDateTime::currentDateTimeUtc().addDays(-30), 0, /*batchSize*/ 64);
        QCOMPARE(deleted, kOld - 1); // all old finished ones but file5's latest job
        QCOMPARE(store.jobCount(), kRecent + kRunning + 1);
        QCOMPARE(store.jobCount(QStringLiteral("running")), kRunning);
        QCOMPARE(store.unfinishedJobs(), f.running);
        // Their result and journal rows went with them; those of the kept jobs are all there.
        QCOMPARE(countRows(dbPath, QStringLiteral("results")), kRecent + 1);
        QCOMPARE(countRows(dbPath, QStringLiteral("journal")), 2 * (kRecent + kRunning + 1));
        QCOMPARE(countRows(dbPath, QStringLiteral("journal"),
                           QStringLiteral("job_id NOT IN (SELECT id FROM jobs)")),
                 0);
        QCOMPARE(store.latestResult(QStringLiteral("/in/file5.txt")).value(QStringLiteral("n")).toInt(), 5);
        QCOMPARE(store.journalEntries(f.running.first()).size(), 2); // a crash's job stays resumable
        // Nothing more to do the second time.
        QCOMPARE(store.pruneFinishedJobs(QDateTime::currentDateTimeUtc().addDays(-30), 0, 64), 0);
    }

    void prunesByCount() {
        QTemporaryDir dir;
        const QString dbPath = dir.filePath(QStringLiteral("state.sqlite"));
        StateStore store;
        QVERIFY(store.open(dbPath));
        const Filled f = fill(store, dbPath);
        // No age limit; keep the newest 150 finished jobs.
        QCOMPARE(store.pruneFinishedJobs(QDateTime(), 150), kOld + kRecent - 150 - 1);
        QCOMPARE(store.jobCount(QStringLiteral("running")), kRunning);
        QCOMPARE(countRows(dbPath, QStringLiteral("jobs"),
                           QStringLiteral("status != 'running' AND id > %1").arg(f.lastRecent - 150)),
                 150);
        QCOMPARE(countRows(dbPath, QStringLiteral("jobs"),
                           QStringLiteral("status != 'running' AND id <= %1").arg(f.lastRecent - 150)),
                 1); // file5's
        // Both limits off: nothing is deleted.
        QCOMPARE(store.pruneFinishedJobs(QDateTime(), 0), 0);
        QCOMPARE(store.jobCount(), 150 + 1 + kRunning);
    }

    void servicePrunesAtStart() {
        QTemporaryDir dir;
        const QString dbPath = dir.filePath(QStringLiteral("state.sqlite"));
        {
            StateStore store;
            QVERIFY(store.open(dbPath));
            fill(store, dbPath);
        }
        ProcessingService service;
        QSignalSpy log(service.eventLog(), &EventLog::eventAdded);
        ProcessingService::Config config;
        config.statePath = dbPath;
        config.resultDir = dir.filePath(QStringLiteral("results"));
        config.keepJobsDays = 30;
        config.keepJobs = 0;
        QString error;
        QVERIFY2(service.start(config, &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(countRows(dbPath, QStringLiteral("jobs")), kRecent + kRunning + 1, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&log] {
                for (const QList<QVariant>& args : log) {
                    const Event e = args.first().value<Event>();
                    if (e.kind == QStringLiteral("jobs_pruned"))
                        return e.data.value(QStringLiteral("jobs")).toInt() == kOld - 1 &&
                               e.message == QStringLiteral("Removed 799 old finished job(s) from the state "
                                                           "store");
                }
                return false;
            }(),
            5000);
        service.stop();
    }

    void servicePrunesPeriodically() {
        // Old jobs that turn up while it runs (another process sharing the store) go at the next prune.
        QTemporaryDir dir;
        const QString dbPath = dir.filePath(QStringLiteral("state.sqlite"));
        ProcessingService service;
        ProcessingService::Config config;
        config.statePath = dbPath;
        config.resultDir = dir.filePath(QStringLiteral("results"));
        config.keepJobsDays = 30;
        config.keepJobs = 0;
        config.pruneIntervalMs = 300;
        QString error;
        QVERIFY2(service.start(config, &error), qPrintable(error));
        {
            StateStore other;
            QVERIFY(other.open(dbPath));
            fill(other, dbPath);
        }
        QTRY_COMPARE_WITH_TIMEOUT(countRows(dbPath, QStringLiteral("jobs")), kRecent + kRunning + 1, 20000);
        service.stop();
    }
};

QTEST_GUILESS_MAIN(TestJobPruning)
#include "test_job_pruning.moc"
