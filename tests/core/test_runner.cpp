// The Runner on real files from the shared corpus, through the built-in inbox pipeline.
#include "log/event_log.h"
#include "pipeline/runner.h"
#include "pipeline/stage_registry.h"
#include "store/state_store.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace sluice;

namespace {

/// A stage that waits until it is canceled (at most 10 s): makes cancellation deterministic.
class BlockingStage : public Stage {
public:
    QString id() const override { return QStringLiteral("test_block"); }
    QString displayName() const override { return QStringLiteral("Block"); }
    QString group() const override { return QStringLiteral("Test"); }
    QString description() const override { return QStringLiteral("Waits for cancellation."); }
    StageResult process(Item&, const QJsonObject&, Feedback& feedback) override {
        QElapsedTimer t;
        t.start();
        while (!feedback.isCanceled() && t.elapsed() < 10000)
            QThread::msleep(5);
        return StageResult::success({});
    }
};

/// A stage that takes 800 ms and reports the size it saw: time for the file to change during its run.
class SlowStage : public Stage {
public:
    QString id() const override { return QStringLiteral("test_slow"); }
    QString displayName() const override { return QStringLiteral("Slow"); }
    QString group() const override { return QStringLiteral("Test"); }
    QString description() const override { return QStringLiteral("Sleeps 800 ms."); }
    StageResult process(Item& item, const QJsonObject&, Feedback&) override {
        QThread::msleep(800);
        return StageResult::success({{QStringLiteral("size_seen"), item.size}});
    }
};

/// A stage that writes one new file next to the item and asks for it to be processed: a stand-in for
/// archive extraction, to test follow-ups and their depth limit.
class SpawnStage : public Stage {
public:
    QString id() const override { return QStringLiteral("test_spawn"); }
    QString displayName() const override { return QStringLiteral("Spawn"); }
    QString group() const override { return QStringLiteral("Test"); }
    QString description() const override { return QStringLiteral("Writes a child file."); }
    StageResult process(Item& item, const QJsonObject&, Feedback&) override {
        const QString child = item.path + QStringLiteral(".child");
        QFile f(child);
        if (!f.open(QIODevice::WriteOnly))
            return StageResult::failure(f.errorString());
        f.write(QByteArray::number(item.depth));
        StageResult r = StageResult::success({{QStringLiteral("child"), child}});
        r.followUps.append(child);
        return r;
    }
};

/// A stage that always fails, permanently.
class FailStage : public Stage {
public:
    QString id() const override { return QStringLiteral("test_fail"); }
    QString displayName() const override { return QStringLiteral("Fail"); }
    QString group() const override { return QStringLiteral("Test"); }
    QString description() const override { return QStringLiteral("Always fails."); }
    StageResult process(Item&, const QJsonObject&, Feedback&) override {
        return StageResult::failure(QStringLiteral("broken on purpose"));
    }
};

QJsonObject readJson(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

} // namespace

class TestRunner : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_in;

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_in = m_dir.filePath(QStringLiteral("in"));
        QVERIFY(QDir().mkpath(m_in));
        const QString data = QStringLiteral(SLUICE_TEST_DATA);
        QVERIFY(QFile::copy(data + QStringLiteral("/pdf/issue-598-example.pdf"),
                            m_in + QStringLiteral("/paper.pdf")));
        QVERIFY(
            QFile::copy(data + QStringLiteral("/pdf/invalid.pdf"), m_in + QStringLiteral("/invalid.pdf")));
        QVERIFY(QFile::copy(data + QStringLiteral("/image/hopper_orientation_6.jpg"),
                            m_in + QStringLiteral("/hopper.jpg")));
        QFile text(m_in + QStringLiteral("/notes.txt"));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("first line\nsecond line\n");
        text.close();
    }

    void inboxOnRealFiles() {
        Pipeline inbox;
        QVERIFY(Pipeline::load(QStringLiteral("inbox"), inbox, nullptr));
        StateStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("state.sqlite"))));
        EventLog log;
        Runner runner(inbox, &store, &log);
        runner.setMaxThreads(2);
        const QString out = m_dir.filePath(QStringLiteral("out"));
        runner.setResultDir(out);
        QSignalSpy finished(&runner, &Runner::itemFinished);
        for (const char* name : {"paper.pdf", "invalid.pdf", "hopper.jpg", "notes.txt"})
            QVERIFY(runner.enqueue(m_in + QLatin1Char('/') + QLatin1String(name)));
        QVERIFY(!runner.enqueue(m_in + QStringLiteral("/paper.pdf")) || finished.size() > 0);
        QVERIFY(runner.waitForDone(60000));
        QCOMPARE(finished.size(), 4);

        const QJsonObject pdf = readJson(out + QStringLiteral("/paper.pdf.sluice.json"));
        QCOMPARE(pdf.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        const QJsonObject source = pdf.value(QStringLiteral("source")).toObject();
        QCOMPARE(source.value(QStringLiteral("mime")).toString(), QStringLiteral("application/pdf"));
        // sha256sum of the corpus file (SOURCES.md lists its first 16 hex digits).
        QVERIFY(
            source.value(QStringLiteral("sha256")).toString().startsWith(QStringLiteral("022dc4c57d995bea")));
        const QJsonObject stages = pdf.value(QStringLiteral("stages")).toObject();
        QCOMPARE(stages.value(QStringLiteral("by_type")).toObject().value(QStringLiteral("port")).toString(),
                 QStringLiteral("pdf"));
        const QJsonObject pdfText = stages.value(QStringLiteral("pdf")).toObject();
        QCOMPARE(pdfText.value(QStringLiteral("pages")).toInt(), 1);
        QVERIFY(pdfText.value(QStringLiteral("text"))
                    .toString()
                    .contains(QStringLiteral("What is Earth Science?")));
        QVERIFY(stages.contains(QStringLiteral("log")));
        QVERIFY(!stages.contains(QStringLiteral("image")));

        const QJsonObject bad = readJson(out + QStringLiteral("/invalid.pdf.sluice.json"));
        QCOMPARE(bad.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        const QJsonObject error = bad.value(QStringLiteral("errors")).toArray().first().toObject();
        QCOMPARE(error.value(QStringLiteral("stage")).toString(), QStringLiteral("pdf"));
        QVERIFY2(!error.value(QStringLiteral("message")).toString().isEmpty(), "error has a message");
        // The log still records the failed file (jsonl_log runs after failures), with the failure.
        QCOMPARE(bad.value(QStringLiteral("node_status")).toObject().value(QStringLiteral("log")).toString(),
                 QStringLiteral("done"));
        const QString logFile = bad.value(QStringLiteral("stages"))
                                    .toObject()
                                    .value(QStringLiteral("log"))
                                    .toObject()
                                    .value(QStringLiteral("file"))
                                    .toString();
        QFile jsonl(logFile);
        QVERIFY2(jsonl.open(QIODevice::ReadOnly), qPrintable(logFile));
        bool loggedFailure = false;
        for (const QByteArray& line : jsonl.readAll().split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (o.value(QStringLiteral("path")).toString() == m_in + QStringLiteral("/invalid.pdf"))
                loggedFailure = o.value(QStringLiteral("status")).toString() == QStringLiteral("failed") &&
                                o.value(QStringLiteral("errors")).toArray().size() == 1;
        }
        QVERIFY(loggedFailure);

        const QJsonObject image = readJson(out + QStringLiteral("/hopper.jpg.sluice.json"));
        QCOMPARE(image.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        const QJsonObject info =
            image.value(QStringLiteral("stages")).toObject().value(QStringLiteral("image")).toObject();
        QCOMPARE(info.value(QStringLiteral("width")).toInt(), 128);
        QCOMPARE(info.value(QStringLiteral("height")).toInt(), 128);

        const QJsonObject text = readJson(out + QStringLiteral("/notes.txt.sluice.json"));
        QCOMPARE(text.value(QStringLiteral("stages"))
                     .toObject()
                     .value(QStringLiteral("text"))
                     .toObject()
                     .value(QStringLiteral("lines"))
                     .toInt(),
                 2);

        QCOMPARE(store.jobCount(), 4);
        QCOMPARE(store.jobCount(QStringLiteral("failed")), 1);
        QCOMPARE(store.jobCount(QStringLiteral("ok")), 3);
        QVERIFY(store.unfinishedJobs().isEmpty());
        const auto known = store.knownFile(m_in + QStringLiteral("/paper.pdf"));
        QVERIFY(known.has_value());
        QCOMPARE(known->status, QStringLiteral("processed"));
        QCOMPARE(store.latestResult(m_in + QStringLiteral("/paper.pdf"))
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("ok"));

        // The same unchanged file from a watch folder is not run again.
        QSignalSpy again(&runner, &Runner::itemFinished);
        QVERIFY(runner.enqueue(m_in + QStringLiteral("/paper.pdf"), m_in, true));
        QVERIFY(runner.waitForDone(10000));
        QCOMPARE(again.size(), 1);
        QCOMPARE(again.first().first().value<ItemResult>().status, QStringLiteral("skipped"));
        QCOMPARE(store.jobCount(), 4);

        // So is a file that failed for good (a broken PDF): it is not retried until it changes. The skip
        // event carries the earlier result, so it can still be inspected.
        QSignalSpy events(&log, &EventLog::eventAdded);
        QVERIFY(runner.enqueue(m_in + QStringLiteral("/invalid.pdf"), m_in, true));
        QVERIFY(runner.waitForDone(10000));
        QCOMPARE(again.last().first().value<ItemResult>().status, QStringLiteral("skipped"));
        QCOMPARE(store.jobCount(), 4);
        QCOMPARE(store.knownFile(m_in + QStringLiteral("/invalid.pdf"))->status, QStringLiteral("failed"));
        const Event skipEvent = events.last().first().value<Event>();
        QCOMPARE(skipEvent.kind, QStringLiteral("skipped"));
        QCOMPARE(skipEvent.data.value(QStringLiteral("result"))
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("failed"));
    }

    void sameNameFromTwoFoldersKeepsBothResults() {
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("a"))));
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("b"))));
        for (const char* sub : {"a", "b"}) {
            QFile f(dir.filePath(QLatin1String(sub) + QStringLiteral("/same.txt")));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray("from ") + sub + '\n');
        }
        Pipeline inbox;
        QVERIFY(Pipeline::load(QStringLiteral("inbox"), inbox, nullptr));
        Runner runner(inbox, nullptr, nullptr);
        const QString out = dir.filePath(QStringLiteral("out"));
        runner.setResultDir(out);
        runner.enqueue(dir.filePath(QStringLiteral("a/same.txt")));
        QVERIFY(runner.waitForDone(10000));
        runner.enqueue(dir.filePath(QStringLiteral("b/same.txt")));
        QVERIFY(runner.waitForDone(10000));
        runner.enqueue(dir.filePath(QStringLiteral("a/same.txt"))); // replaces its own result
        QVERIFY(runner.waitForDone(10000));
        QCOMPARE(QDir(out).entryList(QDir::Files), (QStringList{QStringLiteral("same.txt (2).sluice.json"),
                                                                QStringLiteral("same.txt.sluice.json")}));
        QCOMPARE(readJson(out + QStringLiteral("/same.txt (2).sluice.json"))
                     .value(QStringLiteral("source"))
                     .toObject()
                     .value(QStringLiteral("path"))
                     .toString(),
                 dir.filePath(QStringLiteral("b/same.txt")));
    }

    void largeResultsAreToldApartByTheirSource() {
        // Result files over the 64 KiB the runner reads first to find "source": found in the head (before a
        // large "stages"), or after a large "errors" member by reading the rest.
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("in"))));
        const QString input = dir.filePath(QStringLiteral("in/same.txt"));
        {
            QFile f(input);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("hello\n");
        }
        const QString out = dir.filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(out));
        const QString big(200000, QLatin1Char('x'));
        auto write = [&out](const QString& name, const QJsonObject& document) {
            QFile f(out + QLatin1Char('/') + name);
            return f.open(QIODevice::WriteOnly) &&
                   f.write(QJsonDocument(document).toJson(QJsonDocument::Compact)) > 0;
        };
        const QString elsewhere = QStringLiteral("/elsewhere/same.txt");
        QVERIFY(
            write(QStringLiteral("same.txt.sluice.json"),
                  QJsonObject{{QStringLiteral("source"), QJsonObject{{QStringLiteral("path"), elsewhere}}},
                              {QStringLiteral("stages"), QJsonObject{{QStringLiteral("x"), big}}}}));
        QVERIFY(write(QStringLiteral("same.txt (2).sluice.json"),
                      QJsonObject{{QStringLiteral("errors"), QJsonArray{big}},
                                  {QStringLiteral("source"), QJsonObject{{QStringLiteral("path"), input}}}}));
        Pipeline inbox;
        QVERIFY(Pipeline::load(QStringLiteral("inbox"), inbox, nullptr));
        Runner runner(inbox, nullptr, nullptr);
        runner.setResultDir(out);
        runner.enqueue(input);
        QVERIFY(runner.waitForDone(10000));
        // The other source's result is kept; this source's own "(2)" is replaced, not followed by a "(3)".
        QCOMPARE(QDir(out).entryList(QDir::Files), (QStringList{QStringLiteral("same.txt (2).sluice.json"),
                                                                QStringLiteral("same.txt.sluice.json")}));
        auto sourceOf = [](const QJsonObject& result) {
            return result.value(QStringLiteral("source")).toObject().value(QStringLiteral("path")).toString();
        };
        QCOMPARE(sourceOf(readJson(out + QStringLiteral("/same.txt.sluice.json"))), elsewhere);
        const QJsonObject replaced = readJson(out + QStringLiteral("/same.txt (2).sluice.json"));
        QCOMPARE(sourceOf(replaced), input);
        QCOMPARE(replaced.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(replaced.value(QStringLiteral("errors")).toArray().size(), 0);
    }

    void followUpsRunUpToTheDepthLimit() {
        StageRegistry::instance().add(QStringLiteral("test_spawn"),
                                      [] { return std::make_unique<SpawnStage>(); });
        Pipeline p;
        p.name = QStringLiteral("spawn");
        p.nodes.append({QStringLiteral("s"), QStringLiteral("test_spawn"), {}, {}, {}});
        QTemporaryDir dir;
        const QString root = dir.filePath(QStringLiteral("a.txt"));
        QFile f(root);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        EventLog log;
        QSignalSpy events(&log, &EventLog::eventAdded);
        Runner runner(p, nullptr, &log);
        runner.setMaxFollowUpDepth(2);
        runner.setResultDir(dir.filePath(QStringLiteral("out")));
        QSignalSpy finished(&runner, &Runner::itemFinished);
        QSignalSpy idle(&runner, &Runner::idle);
        runner.enqueue(root);
        QVERIFY(runner.waitForDone(10000));
        QCOMPARE(idle.size(), 1);     // one batch: the children kept it going
        QCOMPARE(finished.size(), 3); // a.txt (depth 0), a.txt.child (1), a.txt.child.child (2)
        QStringList paths;
        for (const QList<QVariant>& args : finished)
            paths.append(args.first().value<ItemResult>().item.path);
        // A child can finish on another worker before its parent's result is reported: compare as a set.
        paths.sort();
        QCOMPARE(paths,
                 (QStringList{root, root + QStringLiteral(".child"), root + QStringLiteral(".child.child")}));
        // Named after the file it came from too.
        const QJsonObject child = readJson(dir.filePath(QStringLiteral("out/a.txt!a.txt.child.sluice.json")));
        QCOMPARE(child.value(QStringLiteral("source")).toObject().value(QStringLiteral("depth")).toInt(), 1);
        QCOMPARE(child.value(QStringLiteral("source")).toObject().value(QStringLiteral("parent")).toString(),
                 root);
        QCOMPARE(child.value(QStringLiteral("node_order")).toArray(), QJsonArray{QStringLiteral("s")});
        bool warned = false;
        for (const QList<QVariant>& args : events) {
            const Event e = args.first().value<Event>();
            warned |=
                e.level == EventLevel::Warning && e.message.contains(QStringLiteral("over the limit of 2"));
        }
        QVERIFY(warned);
        QVERIFY(QFile::exists(root + QStringLiteral(".child.child.child"))); // written, but not run
    }

    void veryLongNameGetsAShortenedResultName() {
        QTemporaryDir dir;
        const QString name = QString(240, QLatin1Char('x')) + QStringLiteral(".txt"); // 244 bytes, legal
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("long\n");
        f.close();
        Pipeline inbox;
        QVERIFY(Pipeline::load(QStringLiteral("inbox"), inbox, nullptr));
        Runner runner(inbox, nullptr, nullptr);
        runner.setResultDir(dir.filePath(QStringLiteral("out")));
        QSignalSpy finished(&runner, &Runner::itemFinished);
        runner.enqueue(dir.filePath(name));
        QVERIFY(runner.waitForDone(10000));
        QCOMPARE(finished.first().first().value<ItemResult>().status, QStringLiteral("ok"));
        const QStringList written = QDir(dir.filePath(QStringLiteral("out"))).entryList(QDir::Files);
        QCOMPARE(written.size(), 1);
        QVERIFY(written.first().toUtf8().size() <= 255);
        QVERIFY(written.first().startsWith(QString(100, QLatin1Char('x'))));
        QVERIFY(written.first().endsWith(QStringLiteral(".sluice.json")));
    }

    // The event log's line for a processed file: no empty "()" when no node set the type, and a warning
    // a stage lists only in its output (the truncated zip read from its local headers) makes it
    // "OK with 1 warning(s) …: <node>: <warning>" at Warning level, as ItemResult::warnings.
    void processedEventShowsTypeAndWarnings() {
        QTemporaryDir dir;
        Pipeline pipeline;
        QString error;
        QVERIFY2(Pipeline::fromJson(QStringLiteral(R"({"format":"sluice-pipeline","version":1,"name":"x",
            "nodes":[{"id":"hash","stage":"hash"},
                     {"id":"x","stage":"archive_extract","params":{"destination":"%1"}}],
            "edges":[{"from":"hash","to":"x"}]})")
                                        .arg(dir.filePath(QStringLiteral("extracted")))
                                        .toUtf8(),
                                    pipeline, &error),
                 qPrintable(error));
        QVERIFY(pipeline.validate().isEmpty());
        EventLog log;
        Runner runner(pipeline, nullptr, &log);
        QSignalSpy finished(&runner, &Runner::itemFinished);
        runner.enqueue(QStringLiteral(SLUICE_TEST_DATA "/archive/testfile-truncated.zip"));
        QVERIFY(runner.waitForDone(20000));
        const ItemResult r = finished.first().first().value<ItemResult>();
        QVERIFY(r.okWithWarnings());
        QCOMPARE(r.warnings.size(), 1);
        const QString warning = r.warnings.first().toObject().value(QStringLiteral("message")).toString();
        QVERIFY2(warning.contains(QStringLiteral("central directory")), qPrintable(warning));
        Event processed;
        for (const Event& e : log.snapshot())
            if (e.kind == QStringLiteral("processed"))
                processed = e;
        QCOMPARE(processed.level, EventLevel::Warning);
        QCOMPARE(processed.message,
                 QStringLiteral("OK with 1 warning(s) in %1 ms: x: %2").arg(r.durationMs).arg(warning));

        // No mime node: "Processed in N ms", no "()".
        QTemporaryDir plainDir;
        const QString text = plainDir.filePath(QStringLiteral("notes.txt"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write("notes\n") == 6);
        f.close();
        Pipeline hashOnly;
        QVERIFY(Pipeline::fromJson(R"({"format":"sluice-pipeline","version":1,"name":"h",
            "nodes":[{"id":"hash","stage":"hash"}],"edges":[]})",
                                   hashOnly, &error));
        EventLog log2;
        Runner runner2(hashOnly, nullptr, &log2);
        QSignalSpy finished2(&runner2, &Runner::itemFinished);
        runner2.enqueue(text);
        QVERIFY(runner2.waitForDone(20000));
        const ItemResult r2 = finished2.first().first().value<ItemResult>();
        QCOMPARE(r2.item.mime, QString());
        QStringList messages;
        for (const Event& e : log2.snapshot())
            if (e.kind == QStringLiteral("processed"))
                messages.append(e.message);
        QCOMPARE(messages, QStringList{QStringLiteral("Processed in %1 ms").arg(r2.durationMs)});
    }

    // A newline, a tab or a bidi override in the source name never reaches the result's file name; the
    // JSON keeps the source path byte for byte, and "a_b.txt" next to "a\nb.txt" keeps its own plain
    // result name whichever runs first: the sanitised name carries a tag of the original name.
    void controlCharactersInNamesAreReplacedInResultNames() {
        QTemporaryDir dir;
        const QString odd = QStringLiteral("line\none\tx") + QChar(0x202E) + QStringLiteral("txt.pdf.txt");
        const QString plain = QStringLiteral("line_one_x_txt.pdf.txt");
        for (const QString& name : {odd, plain}) {
            QFile f(dir.filePath(name));
            QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(f.errorString()));
            f.write(name.toUtf8() + '\n');
        }
        auto tagOf = [](const QString& name) {
            return QStringLiteral("~") +
                   QString::fromLatin1(
                       QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha1).toHex().left(10));
        };
        const QString oddBase = plain + tagOf(odd);
        QCOMPARE(Runner::resultBaseName(dir.filePath(odd)), oddBase);
        QCOMPARE(Runner::resultBaseName(dir.filePath(plain)), plain);
        QCOMPARE(Runner::resultBaseName(QStringLiteral("/x/a\x1b[31mred\x7f.txt")),
                 QStringLiteral("a_[31mred_.txt") + tagOf(QStringLiteral("a\x1b[31mred\x7f.txt")));
        QCOMPARE(Runner::resultBaseName(QStringLiteral("/x/über ✓.txt")), QStringLiteral("über ✓.txt"));
        Pipeline inbox;
        QVERIFY(Pipeline::load(QStringLiteral("inbox"), inbox, nullptr));
        Runner runner(inbox, nullptr, nullptr);
        const QString out = dir.filePath(QStringLiteral("out"));
        runner.setResultDir(out);
        runner.enqueue(dir.filePath(odd));
        QVERIFY(runner.waitForDone(10000));
        runner.enqueue(dir.filePath(plain));
        QVERIFY(runner.waitForDone(10000));
        QCOMPARE(QDir(out).entryList(QDir::Files), (QStringList{plain + QStringLiteral(".sluice.json"),
                                                                oddBase + QStringLiteral(".sluice.json")}));
        auto sourceOf = [&](const QString& file) {
            return readJson(out + QLatin1Char('/') + file)
                .value(QStringLiteral("source"))
                .toObject()
                .value(QStringLiteral("path"))
                .toString();
        };
        QCOMPARE(sourceOf(oddBase + QStringLiteral(".sluice.json")), dir.filePath(odd));
        QCOMPARE(sourceOf(plain + QStringLiteral(".sluice.json")), dir.filePath(plain));
    }

    void logRunsAfterAFailureNodesAway() {
        StageRegistry::instance().add(QStringLiteral("test_fail"),
                                      [] { return std::make_unique<FailStage>(); });
        QTemporaryDir dir;
        Pipeline p;
        p.name = QStringLiteral("fail");
        p.nodes.append({QStringLiteral("f"), QStringLiteral("test_fail"), {}, {}, {}});
        p.nodes.append({QStringLiteral("m"), QStringLiteral("mime"), {}, {}, {}});
        p.nodes.append({QStringLiteral("log"),
                        QStringLiteral("jsonl_log"),
                        QJsonObject{{QStringLiteral("dir"), dir.filePath(QStringLiteral("logs"))}},
                        {},
                        {}});
        p.edges.append(
            {QStringLiteral("f"), QStringLiteral("out"), QStringLiteral("m"), QStringLiteral("in")});
        p.edges.append(
            {QStringLiteral("m"), QStringLiteral("out"), QStringLiteral("log"), QStringLiteral("in")});
        QVERIFY(p.validate().isEmpty());
        Runner runner(p, nullptr, nullptr);
        QSignalSpy finished(&runner, &Runner::itemFinished);
        runner.enqueue(m_in + QStringLiteral("/notes.txt"));
        QVERIFY(runner.waitForDone(10000));
        const ItemResult r = finished.first().first().value<ItemResult>();
        QCOMPARE(r.status, QStringLiteral("failed"));
        QCOMPARE(r.nodeStatus.value(QStringLiteral("m")).toString(), QStringLiteral("skipped"));
        QCOMPARE(r.nodeStatus.value(QStringLiteral("log")).toString(), QStringLiteral("done"));
        QCOMPARE(QDir(dir.filePath(QStringLiteral("logs"))).entryList(QDir::Files).size(), 1);
    }

    void missingFileFailsClearly() {
        Pipeline inbox;
        QVERIFY(Pipeline::load(QStringLiteral("inbox"), inbox, nullptr));
        Runner runner(inbox, nullptr, nullptr);
        QSignalSpy finished(&runner, &Runner::itemFinished);
        runner.enqueue(m_dir.filePath(QStringLiteral("does-not-exist.pdf")));
        QVERIFY(runner.waitForDone(10000));
        const ItemResult r = finished.first().first().value<ItemResult>();
        QCOMPARE(r.status, QStringLiteral("failed"));
        QCOMPARE(r.errors.first().toObject().value(QStringLiteral("message")).toString(),
                 QStringLiteral("file not found or not a regular file"));
    }

    // A file queued again while its job runs (it changed mid-run) runs once more after that job, as the
    // new event; one queued again while its job still waits runs once, with its first trigger and the
    // content it has when it starts.
    void fileChangedWhileRunningRunsAgain() {
        StageRegistry::instance().add(QStringLiteral("test_slow"),
                                      [] { return std::make_unique<SlowStage>(); });
        Pipeline p;
        p.name = QStringLiteral("slow");
        p.nodes.append({QStringLiteral("slow"), QStringLiteral("test_slow"), {}, {}, {}});
        QVERIFY(p.validate().isEmpty());
        QTemporaryDir dir;
        StateStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("state.sqlite"))));
        Runner runner(p, &store, nullptr);
        runner.setMaxThreads(1);
        QSignalSpy started(&runner, &Runner::itemStarted);
        QSignalSpy finished(&runner, &Runner::itemFinished);
        const QString a = dir.filePath(QStringLiteral("a.txt"));
        const QString b = dir.filePath(QStringLiteral("b.txt"));
        auto write = [](const QString& path, const QByteArray& data) {
            QFile f(path);
            return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
        };
        QVERIFY(write(a, "a1\n"));
        QVERIFY(write(b, "b1\n"));
        QVERIFY(runner.enqueue(a, {}, true, QStringLiteral("created")));
        QVERIFY(runner.enqueue(b, {}, true, QStringLiteral("created")));
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 5000);
        QCOMPARE(started.first().first().toString(), a);
        // a is running, b waits: both change.
        QVERIFY(write(a, "a2, longer\n"));
        QVERIFY(write(b, "b2, longer\n"));
        QVERIFY(!runner.enqueue(a, {}, true, QStringLiteral("modified")));
        QVERIFY(!runner.enqueue(b, {}, true, QStringLiteral("modified")));
        QVERIFY(runner.waitForDone(20000));
        QCOMPARE(finished.size(), 3);
        QStringList runs;
        for (const QList<QVariant>& args : finished) {
            const ItemResult r = args.first().value<ItemResult>();
            QCOMPARE(r.status, QStringLiteral("ok"));
            runs.append(
                QStringLiteral("%1 %2 %3")
                    .arg(QFileInfo(r.item.path).fileName(), r.item.trigger)
                    .arg(r.item.results.value(QStringLiteral("slow")).toObject().value("size_seen").toInt()));
        }
        QCOMPARE(runs, (QStringList{QStringLiteral("a.txt created 3"), QStringLiteral("b.txt created 11"),
                                    QStringLiteral("a.txt modified 11")}));
        QCOMPARE(runner.pending(), 0);
    }

    void cancelStopsARunningItem() {
        StageRegistry::instance().add(QStringLiteral("test_block"),
                                      [] { return std::make_unique<BlockingStage>(); });
        Pipeline p;
        p.name = QStringLiteral("block");
        p.nodes.append({QStringLiteral("b"), QStringLiteral("test_block"), {}, {}, {}});
        p.nodes.append({QStringLiteral("after"), QStringLiteral("mime"), {}, {}, {}});
        p.edges.append(
            {QStringLiteral("b"), QStringLiteral("out"), QStringLiteral("after"), QStringLiteral("in")});
        QVERIFY(p.validate().isEmpty());
        Runner runner(p, nullptr, nullptr);
        QSignalSpy started(&runner, &Runner::itemStarted);
        QSignalSpy finished(&runner, &Runner::itemFinished);
        QElapsedTimer t;
        t.start();
        runner.enqueue(m_in + QStringLiteral("/notes.txt"));
        QVERIFY(started.wait(5000));
        runner.cancelAll();
        QVERIFY(runner.waitForDone(5000));
        QVERIFY(t.elapsed() < 9000);
        const ItemResult r = finished.first().first().value<ItemResult>();
        QCOMPARE(r.status, QStringLiteral("failed"));
        QCOMPARE(r.errors.first().toObject().value(QStringLiteral("message")).toString(),
                 QStringLiteral("canceled"));
        QCOMPARE(r.nodeStatus.value(QStringLiteral("after")).toString(), QStringLiteral("skipped"));
    }
};

QTEST_GUILESS_MAIN(TestRunner)
#include "test_runner.moc"
