// kill -9 of `sluice-cli run` while the members of an archive wait in the queue: a zip of kMembers small
// files is extracted with feed_back on and every member is copied by the same pipeline. The process is
// killed once the archive has finished ("ok") and some members are done, and again at random moments of
// each restart. Restarts are given no input at all (an empty folder): the members left must come back from
// the store's journal alone. At the end every member must be copied exactly once — none missing, no
// "name (2).txt", right bytes — with exactly one finished job per member and no unfinished job.
#include "kill_resume_util.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>
#include <archive.h>
#include <archive_entry.h>

using namespace sluice::test;

namespace {

constexpr int kMembers = 1500;

int fileCount(const QString& dir) {
    return int(QDir(dir).entryList(QDir::Files).size());
}

/// Rows of `sql` (one integer column or two text columns joined by '|') from the state database.
QStringList query(const QString& dbPath, const QString& sql) {
    QStringList rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(dbPath);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql))
                while (q.next()) {
                    QStringList cols;
                    for (int c = 0; c < q.record().count(); ++c)
                        cols << q.value(c).toString();
                    rows << cols.join(QLatin1Char('|'));
                }
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    return rows;
}

} // namespace

class TestArchiveKillResume : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void membersSurviveKillNine();
};

void TestArchiveKillResume::membersSurviveKillNine() {
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    // The archive: kMembers text files of 200–2000 bytes, each naming itself.
    QHash<QString, QByteArray> expected; // member name → bytes
    const QString zipPath = tmp.filePath(QStringLiteral("in/members.zip"));
    QVERIFY(QDir().mkpath(tmp.filePath(QStringLiteral("in"))));
    {
        QRandomGenerator random(20261129);
        archive* a = archive_write_new();
        QCOMPARE(archive_write_set_format_zip(a), ARCHIVE_OK);
        QCOMPARE(archive_write_open_filename(a, QFile::encodeName(zipPath).constData()), ARCHIVE_OK);
        for (int i = 0; i < kMembers; ++i) {
            const QString name = QStringLiteral("m%1.txt").arg(i, 5, 10, QLatin1Char('0'));
            QByteArray bytes = name.toUtf8() + '\n';
            while (bytes.size() < int(random.bounded(200, 2000)))
                bytes += QByteArray::number(random.generate()) + ' ';
            expected.insert(name, bytes);
            archive_entry* e = archive_entry_new();
            archive_entry_set_pathname(e, name.toUtf8().constData());
            archive_entry_set_filetype(e, AE_IFREG);
            archive_entry_set_perm(e, 0644);
            archive_entry_set_size(e, bytes.size());
            QCOMPARE(archive_write_header(a, e), ARCHIVE_OK);
            QCOMPARE(archive_write_data(a, bytes.constData(), size_t(bytes.size())),
                     la_ssize_t(bytes.size()));
            archive_entry_free(e);
        }
        QCOMPARE(archive_write_close(a), ARCHIVE_OK);
        archive_write_free(a);
    }
    QVERIFY(QDir().mkpath(tmp.filePath(QStringLiteral("empty"))));
    const QString copies = tmp.filePath(QStringLiteral("copies"));
    const QString extracted = tmp.filePath(QStringLiteral("extracted"));
    const QString results = tmp.filePath(QStringLiteral("results"));
    const QString state = tmp.filePath(QStringLiteral("state.sqlite"));
    const QString pipelinePath = tmp.filePath(QStringLiteral("unzip-copy.sluice.json"));
    {
        QFile f(pipelinePath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral(R"({"format":"sluice-pipeline","version":1,"name":"unzip-copy","nodes":[
            {"id":"by_name","stage":"route","params":{"rules":[{"port":"zip","glob":"*.zip"}],
             "default_port":"other"}},
            {"id":"extract","stage":"archive_extract","params":{"destination":"%1","feed_back":true}},
            {"id":"copy","stage":"copy","params":{"folder":"%2","name":"{name}"}}],
            "edges":[{"from":"by_name","from_port":"zip","to":"extract","to_port":"in"},
                     {"from":"by_name","from_port":"other","to":"copy","to_port":"in"}]})")
                    .arg(extracted, copies)
                    .toUtf8());
    }
    const auto args = [&](const QString& input) {
        return QStringList{QStringLiteral("run"),
                           QStringLiteral("--pipeline"),
                           pipelinePath,
                           QStringLiteral("--state"),
                           state,
                           QStringLiteral("--out"),
                           results,
                           QStringLiteral("--jobs"),
                           QStringLiteral("2"),
                           input};
    };

    // First run: killed when the archive is done and between 1 and kMembers/3 members are copied.
    {
        QProcess p;
        p.setProcessEnvironment(isolatedEnv(tmp));
        p.start(QStringLiteral(SLUICE_CLI_PATH), args(tmp.filePath(QStringLiteral("in"))));
        QVERIFY(p.waitForStarted());
        QElapsedTimer clock;
        clock.start();
        while (fileCount(copies) < 1 && clock.elapsed() < 120000 && p.state() == QProcess::Running)
            QTest::qWait(2);
        p.kill();
        QVERIFY(p.waitForFinished(10000));
        const int done = fileCount(copies);
        qInfo("first run killed after %lld ms with %d of %d members copied", clock.elapsed(), done, kMembers);
        QVERIFY2(done >= 1 && done < kMembers, "the kill did not land while members were queued");
    }
    // The archive's job finished, and every member not yet finished is journaled as a running job.
    QCOMPARE(query(state, QStringLiteral("SELECT status FROM jobs WHERE path LIKE '%.zip'")),
             QStringList{QStringLiteral("ok")});
    const int finishedMembers =
        query(state, QStringLiteral("SELECT COUNT(*) FROM jobs WHERE status <> 'running' AND path NOT LIKE "
                                    "'%.zip'"))
            .value(0)
            .toInt();
    const int runningMembers =
        query(state, QStringLiteral("SELECT COUNT(*) FROM jobs WHERE status = 'running'")).value(0).toInt();
    QCOMPARE(finishedMembers + runningMembers, kMembers);

    // Restarts with nothing to do but what the journal holds, killed at random moments, then one to the end.
    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("kill timing seed %u", seed);
    QRandomGenerator killRandom(seed);
    for (int round = 0; round < 3; ++round) {
        QProcess p;
        p.setProcessEnvironment(isolatedEnv(tmp));
        p.start(QStringLiteral(SLUICE_CLI_PATH), args(tmp.filePath(QStringLiteral("empty"))));
        QVERIFY(p.waitForStarted());
        if (p.waitForFinished(int(killRandom.bounded(100, 600))))
            break;
        p.kill();
        QVERIFY(p.waitForFinished(10000));
    }
    QProcess last;
    last.setProcessEnvironment(isolatedEnv(tmp));
    last.start(QStringLiteral(SLUICE_CLI_PATH), args(tmp.filePath(QStringLiteral("empty"))));
    QVERIFY(last.waitForFinished(300000));
    QCOMPARE(last.exitCode(), 0);

    // Every member copied exactly once with its bytes, and nothing else.
    QStringList names = expected.keys();
    names.sort();
    QCOMPARE(filesUnder(copies), names);
    for (const QString& name : std::as_const(names)) {
        QFile f(QDir(copies).filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256),
                 QCryptographicHash::hash(expected.value(name), QCryptographicHash::Sha256));
    }
    // One extraction folder, one finished ok job per member, none left running.
    QCOMPARE(QDir(extracted).entryList(QDir::Dirs | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("members")});
    QCOMPARE(query(state, QStringLiteral("SELECT COUNT(*) FROM jobs WHERE status = 'running'")),
             QStringList{QStringLiteral("0")});
    QCOMPARE(
        query(state, QStringLiteral("SELECT COUNT(*) FROM (SELECT path FROM jobs WHERE path NOT LIKE "
                                    "'%.zip' GROUP BY path HAVING COUNT(*) = 1 AND MAX(status) = 'ok')")),
        QStringList{QString::number(kMembers)});
}

QTEST_GUILESS_MAIN(TestArchiveKillResume)
#include "test_archive_kill_resume.moc"
