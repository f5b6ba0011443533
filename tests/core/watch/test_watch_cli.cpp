// `sluice-cli watch` prints one JSON line per event with type, path, from (renames) and time; its filter
// options reach the watcher; bad option values are usage errors (exit 2).
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <csignal>

class TestWatchCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void eventsAreJsonLines() {
        QTemporaryDir dir;
        const QString root = dir.filePath(QStringLiteral("in"));
        QVERIFY(QDir().mkpath(root));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), dir.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(SLUICE_CLI_PATH),
                {QStringLiteral("watch"), QStringLiteral("--no-process"), QStringLiteral("--settle"),
                 QStringLiteral("0"), QStringLiteral("--exclude"), QStringLiteral("*.log"), root});
        QVERIFY(p.waitForStarted());
        QList<QJsonObject> lines;
        auto readLines = [&] {
            while (p.canReadLine())
                lines.append(QJsonDocument::fromJson(p.readLine()).object());
        };
        auto find = [&](const QString& type, const QString& path) {
            readLines();
            for (const QJsonObject& o : lines)
                if (o.value(QStringLiteral("type")).toString() == type &&
                    o.value(QStringLiteral("path")).toString() == path)
                    return o;
            return QJsonObject();
        };
        QTRY_VERIFY_WITH_TIMEOUT(!find(QStringLiteral("scan_finished"), root).isEmpty(), 10000);
        const QString a = root + QStringLiteral("/a.txt");
        const QString b = root + QStringLiteral("/b.txt");
        QFile f(a);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("hello");
        f.close();
        QFile log(root + QStringLiteral("/skip.log"));
        QVERIFY(log.open(QIODevice::WriteOnly));
        log.close();
        QTRY_VERIFY_WITH_TIMEOUT(!find(QStringLiteral("created"), a).isEmpty(), 5000);
        const QJsonObject created = find(QStringLiteral("created"), a);
        QVERIFY(QDateTime::fromString(created.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs)
                    .isValid());
        QCOMPARE(created.value(QStringLiteral("size")).toInt(), 5);
        QVERIFY(QFile::rename(a, b));
        QTRY_VERIFY_WITH_TIMEOUT(!find(QStringLiteral("renamed"), b).isEmpty(), 5000);
        QCOMPARE(find(QStringLiteral("renamed"), b).value(QStringLiteral("from")).toString(), a);
        QVERIFY(QFile::remove(b));
        QTRY_VERIFY_WITH_TIMEOUT(!find(QStringLiteral("deleted"), b).isEmpty(), 5000);
        for (const QJsonObject& o : lines)
            QVERIFY(!o.value(QStringLiteral("path")).toString().endsWith(QStringLiteral(".log")));
        ::kill(static_cast<pid_t>(p.processId()), SIGTERM);
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 0);
    }

    void badValuesAreUsageErrors() {
        QTemporaryDir dir;
        for (const QStringList& args :
             {QStringList{QStringLiteral("--settle"), QStringLiteral("-1")},
              QStringList{QStringLiteral("--hash"), QStringLiteral("md5")},
              QStringList{QStringLiteral("--events"), QStringLiteral("created,exploded")},
              QStringList{QStringLiteral("--include-regex"), QStringLiteral("([")}}) {
            QProcess p;
            p.start(QStringLiteral(SLUICE_CLI_PATH),
                    QStringList{QStringLiteral("watch"), QStringLiteral("--no-process")} + args +
                        QStringList{dir.path()});
            QVERIFY(p.waitForFinished(10000));
            QCOMPARE(p.exitCode(), 2);
            QVERIFY(!p.readAllStandardError().isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestWatchCli)
#include "test_watch_cli.moc"
