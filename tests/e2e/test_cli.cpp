// sluice-cli as a user runs it: exit codes, one result JSON per input with the PDF's text, stage listing,
// validation messages, and `watch` printing one JSON line per event until SIGTERM.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

QProcessEnvironment isolatedEnv(const QTemporaryDir& dir) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("xdg-data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("xdg-config")));
    return env;
}

Run cli(const QTemporaryDir& dir, const QStringList& args, int timeoutMs = 120000,
        const QHash<QString, QString>& extraEnv = {}) {
    QProcess p;
    QProcessEnvironment env = isolatedEnv(dir);
    for (auto it = extraEnv.cbegin(); it != extraEnv.cend(); ++it)
        env.insert(it.key(), it.value());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SLUICE_CLI_PATH), args);
    Run r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

/// Writes `json` to `<dir>/<name>` and returns the path.
QString writeText(const QTemporaryDir& dir, const QString& name, const QByteArray& json) {
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly) || f.write(json) != json.size())
        return {};
    return f.fileName();
}

/// `sluice-cli run` of a pipeline of the hash stage alone on `input`, its results in <dir>/out and its state
/// in <dir>/state.sqlite.
Run runHashPipeline(const QTemporaryDir& dir, const QString& input,
                    const QHash<QString, QString>& extraEnv = {}) {
    const QString pipeline = writeText(
        dir, QStringLiteral("hash.sluice.json"),
        R"({"format":"sluice-pipeline","version":1,"name":"h","nodes":[{"id":"hash","stage":"hash"}],"edges":[]})");
    return cli(dir,
               {QStringLiteral("run"), QStringLiteral("--pipeline"), pipeline, QStringLiteral("--out"),
                dir.filePath(QStringLiteral("out")), QStringLiteral("--state"),
                dir.filePath(QStringLiteral("state.sqlite")), input},
               120000, extraEnv);
}

QJsonObject readJson(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void versionAndHelp() {
        QTemporaryDir dir;
        Run r = cli(dir, {QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("sluice-cli 0.")));
        r = cli(dir, {QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("validate FILE")));
        r = cli(dir, {QStringLiteral("run"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("--pipeline")));
    }

    void badUsageExitsTwo() {
        QTemporaryDir dir;
        QCOMPARE(cli(dir, {}).exitCode, 2);
        QCOMPARE(cli(dir, {QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(cli(dir, {QStringLiteral("run")}).exitCode, 2);
        QCOMPARE(cli(dir, {QStringLiteral("run"), QStringLiteral("--bogus"), QStringLiteral("x")}).exitCode,
                 2);
        const Run missing = cli(dir, {QStringLiteral("run"), dir.filePath(QStringLiteral("nope.pdf"))});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains(QStringLiteral("nope.pdf")));
        QCOMPARE(cli(dir, {QStringLiteral("run"), QStringLiteral("--jobs"), QStringLiteral("0"), dir.path()})
                     .exitCode,
                 2);
        QCOMPARE(cli(dir, {QStringLiteral("watch")}).exitCode, 2);
        const Run keep = cli(
            dir, {QStringLiteral("run"), QStringLiteral("--keep-days"), QStringLiteral("-1"), dir.path()});
        QCOMPARE(keep.exitCode, 2);
        QCOMPARE(keep.err, QStringLiteral(
                               "sluice-cli run: --keep-days and --keep-jobs must be whole numbers from 0\n"));
        QCOMPARE(cli(dir, {QStringLiteral("watch"), QStringLiteral("--keep-jobs"), QStringLiteral("many"),
                           dir.path()})
                     .exitCode,
                 2);
    }

    void runWritesOneResultPerPdf() {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out"));
        const QString pdfs = QStringLiteral(SLUICE_TEST_DATA "/pdf");
        const Run r = cli(dir, {QStringLiteral("run"), QStringLiteral("--pipeline"), QStringLiteral("inbox"),
                                QStringLiteral("--out"), out, QStringLiteral("--state"),
                                dir.filePath(QStringLiteral("state.sqlite")), QStringLiteral("--jobs"),
                                QStringLiteral("2"), pdfs});
        // empty.pdf, invalid.pdf and password-example.pdf cannot be read: exit 1, the others still done.
        QCOMPARE(r.exitCode, 1);
        const QStringList inputs = QDir(pdfs).entryList({QStringLiteral("*.pdf")}, QDir::Files);
        QStringList expected;
        for (const QString& f : inputs)
            expected.append(f + QStringLiteral(".sluice.json"));
        QStringList written = QDir(out).entryList(QDir::Files);
        expected.sort();
        written.sort();
        QCOMPARE(written, expected);

        const QJsonObject paper = readJson(out + QStringLiteral("/issue-598-example.pdf.sluice.json"));
        QCOMPARE(paper.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QVERIFY(paper.value(QStringLiteral("stages"))
                    .toObject()
                    .value(QStringLiteral("pdf"))
                    .toObject()
                    .value(QStringLiteral("text"))
                    .toString()
                    .contains(QStringLiteral("Lesson Objectives")));
        QCOMPARE(paper.value(QStringLiteral("source")).toObject().value(QStringLiteral("size")).toInt(),
                 QFileInfo(pdfs + QStringLiteral("/issue-598-example.pdf")).size());

        const QJsonObject japanese = readJson(out + QStringLiteral("/issue-463-example.pdf.sluice.json"));
        QCOMPARE(japanese.value(QStringLiteral("stages"))
                     .toObject()
                     .value(QStringLiteral("pdf"))
                     .toObject()
                     .value(QStringLiteral("pages"))
                     .toInt(),
                 3);

        const QJsonObject locked = readJson(out + QStringLiteral("/password-example.pdf.sluice.json"));
        QCOMPARE(locked.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QVERIFY(locked.value(QStringLiteral("errors"))
                    .toArray()
                    .first()
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("password")));
        QVERIFY(r.out.contains(QStringLiteral("FAILED")));
        QVERIFY(r.out.contains(QStringLiteral("succeeded")));
    }

    void inboxFailsEmptyAndMisnamedDocuments() {
        // Content alone calls these application/x-zerosize and application/x-ole-storage; by their names
        // they are a PDF and Word files, so the inbox pipeline must send them to the stage that names the
        // problem instead of logging them as "other" and reporting ok.
        QTemporaryDir dir;
        const QString in = dir.filePath(QStringLiteral("in"));
        QVERIFY(QDir().mkpath(in));
        QByteArray ole = QByteArray::fromHex("d0cf11e0a1b11ae1") + QByteArray(504, '\0');
        for (const char c : QByteArray("WordDocument")) {
            ole.append(c);
            ole.append('\0');
        }
        const QList<QPair<QString, QByteArray>> files{
            {QStringLiteral("x.pdf"), QByteArray()},
            {QStringLiteral("notes.pdf"), QByteArray("just text\n")},
            {QStringLiteral("old.docx"), ole},
            {QStringLiteral("e.docx"), QByteArray()}};
        for (const auto& [name, bytes] : files) {
            QFile f(in + QLatin1Char('/') + name);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QCOMPARE(f.write(bytes), bytes.size());
        }
        const QString out = dir.filePath(QStringLiteral("out"));
        const Run r = cli(dir, {QStringLiteral("run"), QStringLiteral("--pipeline"), QStringLiteral("inbox"),
                                QStringLiteral("--out"), out, QStringLiteral("--state"),
                                dir.filePath(QStringLiteral("state.sqlite")), in});
        QCOMPARE(r.exitCode, 1);
        const QList<QPair<QString, QString>> expected{
            {QStringLiteral("x.pdf"), QStringLiteral("pdf: empty file: 0 bytes")},
            {QStringLiteral("notes.pdf"), QStringLiteral("pdf: not a readable PDF: no %PDF- header")},
            {QStringLiteral("old.docx"), QStringLiteral("word: legacy Word 97-2003 document (.doc")},
            {QStringLiteral("e.docx"), QStringLiteral("word: empty file: 0 bytes")}};
        for (const auto& [name, error] : expected) {
            const QJsonObject result =
                readJson(out + QLatin1Char('/') + name + QStringLiteral(".sluice.json"));
            QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
            const QJsonObject first = result.value(QStringLiteral("errors")).toArray().first().toObject();
            const QString message = first.value(QStringLiteral("stage")).toString() + QStringLiteral(": ") +
                                    first.value(QStringLiteral("message")).toString();
            QVERIFY2(message.startsWith(error), qPrintable(name + QStringLiteral(" → ") + message));
        }
    }

    void stagesListsEverySchema() {
        QTemporaryDir dir;
        const Run r = cli(dir, {QStringLiteral("stages"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray stages = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QStringList ids;
        for (const QJsonValue& v : stages)
            ids.append(v.toObject().value(QStringLiteral("id")).toString());
        for (const char* id : {"mime", "hash", "text", "pdf_text", "image_info", "route", "jsonl_log"})
            QVERIFY2(ids.contains(QLatin1String(id)), id);
        const Run text = cli(dir, {QStringLiteral("stages")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains(QStringLiteral("pdf_text")));
    }

    void validateNamesNodeAndParameter() {
        QTemporaryDir dir;
        const Run builtin = cli(dir, {QStringLiteral("pipelines"), QStringLiteral("inbox")});
        QCOMPARE(builtin.exitCode, 0);
        const QString good = dir.filePath(QStringLiteral("good.sluice.json"));
        QFile g(good);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write(builtin.out.toUtf8());
        g.close();
        Run r = cli(dir, {QStringLiteral("validate"), good});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("valid")));

        QJsonObject broken = QJsonDocument::fromJson(builtin.out.toUtf8()).object();
        QJsonArray nodes = broken.value(QStringLiteral("nodes")).toArray();
        int textIndex = -1;
        for (int i = 0; i < nodes.size(); ++i)
            if (nodes.at(i).toObject().value(QStringLiteral("id")).toString() == QStringLiteral("text"))
                textIndex = i;
        QVERIFY(textIndex >= 0);
        QJsonObject text = nodes.at(textIndex).toObject();
        text.insert(QStringLiteral("params"),
                    QJsonObject{{QStringLiteral("preview_chars"), QStringLiteral("lots")}});
        nodes.replace(textIndex, text);
        broken.insert(QStringLiteral("nodes"), nodes);
        const QString bad = dir.filePath(QStringLiteral("bad.sluice.json"));
        QFile b(bad);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write(QJsonDocument(broken).toJson());
        b.close();
        r = cli(dir, {QStringLiteral("validate"), bad});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(
            r.out.contains(QStringLiteral("node 'text', parameter 'preview_chars': must be a whole number")),
            qPrintable(r.out));
        QCOMPARE(cli(dir, {QStringLiteral("validate")}).exitCode, 2);
    }

    void validateReportsEveryProblemAtOnce() {
        // A hand-written file with three mistakes people make: no "format", "type" for "stage", and an
        // edge back that closes a cycle in a longer chain.
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("mistakes.sluice.json"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"version": 1, "name": "mistakes", "nodes": [
            {"id": "type", "stage": "mime"}, {"id": "sum", "type": "hash"},
            {"id": "a", "stage": "hash"}, {"id": "b", "stage": "text"}, {"id": "log", "stage": "hash"}],
            "edges": [{"from": "type", "to": "a"}, {"from": "a", "to": "b"}, {"from": "b", "to": "log"},
                      {"from": "b", "to": "a"}]})");
        f.close();
        const Run r = cli(dir, {QStringLiteral("validate"), file});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(
            r.out.split(QLatin1Char('\n')),
            (QStringList{file + QStringLiteral(": 'format' must be \"sluice-pipeline\""),
                         file + QStringLiteral(": node 'sum': the node has no \"stage\"; it has \"type\" "
                                               "— write \"stage\" instead"),
                         file + QStringLiteral(": node 'a': cycle through nodes: a → b → a"),
                         QStringLiteral("3 problem(s)"), QString()}));
    }

    // A file whose name is not valid UTF-8 (byte 0xFF) cannot be opened through Qt, under a UTF-8 or the
    // C locale: `run DIR` reports it as FAILED with its name escaped, and counts it; the other file runs.
    void runReportsNamesThatAreNotUtf8() {
        for (const QString& locale : {QStringLiteral("C.UTF-8"), QStringLiteral("C")}) {
            QTemporaryDir dir;
            const QString in = dir.filePath(QStringLiteral("in"));
            QVERIFY(QDir().mkpath(in));
            const QByteArray raw = QFile::encodeName(in) + QByteArray("/bad\xff"
                                                                      "name.txt");
            const int fd = ::open(raw.constData(), O_CREAT | O_WRONLY | O_TRUNC, 0644);
            QVERIFY(fd >= 0);
            QCOMPARE(::write(fd, "latin-1 name\n", 13), ssize_t(13));
            ::close(fd);
            QFile good(in + QStringLiteral("/good.txt"));
            QVERIFY(good.open(QIODevice::WriteOnly) && good.write("good\n") == 5);
            good.close();
            const Run r = runHashPipeline(dir, in, {{QStringLiteral("LC_ALL"), locale}});
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.out.contains(QStringLiteral("FAILED  ") + in +
                                    QStringLiteral("/bad\\xFFname.txt  source: the file name is not valid "
                                                   "UTF-8, so it cannot be opened")),
                     qPrintable(locale + QLatin1Char('\n') + r.out));
            QVERIFY2(r.out.contains(QStringLiteral("ok      ") + in + QStringLiteral("/good.txt  (")),
                     qPrintable(r.out));
            QVERIFY2(r.out.contains(QStringLiteral("1 succeeded, 1 failed")), qPrintable(r.out));
            // The metrics line for scripts says the same.
            QVERIFY2(r.err.contains(QStringLiteral("\"failed\":1,")) &&
                         r.err.contains(QStringLiteral("\"succeeded\":1")),
                     qPrintable(r.err));
        }
    }

    // A newline, tab or escape character in a file name is written as a C escape: one line per file, and
    // no name can drive the terminal.
    void runKeepsOneLinePerFileWhateverItsName() {
        QTemporaryDir dir;
        const QString in = dir.filePath(QStringLiteral("in"));
        QVERIFY(QDir().mkpath(in));
        for (const QString& name : {QStringLiteral("two\nlines.txt"), QStringLiteral("tab\there.txt"),
                                    QStringLiteral("esc\x1b[31mred.txt")}) {
            QFile f(in + QLatin1Char('/') + name);
            QVERIFY(f.open(QIODevice::WriteOnly) && f.write("text\n") == 5);
        }
        const Run r = runHashPipeline(dir, in);
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4); // three files and the summary
        for (const QString& shown : {QStringLiteral("two\\nlines.txt"), QStringLiteral("tab\\there.txt"),
                                     QStringLiteral("esc\\x1b[31mred.txt")})
            QVERIFY2(r.out.contains(QStringLiteral("ok      ") + in + QLatin1Char('/') + shown +
                                    QStringLiteral("  (")),
                     qPrintable(r.out));
        QVERIFY(!r.out.contains(QChar(0x1b)));
    }

    // The summary line of a pipeline without a type node has no empty field: "(12 ms)", not "(, 12 ms)";
    // a stage's warning (a truncated zip) is on the item's line: "OK with 1 warning(s): x: …".
    void runLineShowsNoEmptyTypeAndTheWarnings() {
        QTemporaryDir dir;
        const QString pipeline =
            writeText(dir, QStringLiteral("x.sluice.json"),
                      QStringLiteral(R"({"format":"sluice-pipeline","version":1,"name":"x",
                        "nodes":[{"id":"x","stage":"archive_extract","params":{"destination":"%1"}}],
                        "edges":[]})")
                          .arg(dir.filePath(QStringLiteral("extracted")))
                          .toUtf8());
        const QString zip = QStringLiteral(SLUICE_TEST_DATA "/archive/testfile-truncated.zip");
        const QString notes = writeText(dir, QStringLiteral("notes.txt"), "notes\n");
        const Run r =
            cli(dir, {QStringLiteral("run"), QStringLiteral("--pipeline"), pipeline, QStringLiteral("--out"),
                      dir.filePath(QStringLiteral("out")), QStringLiteral("--state"),
                      dir.filePath(QStringLiteral("state.sqlite")), zip});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 3); // item, summary, ""
        static const QRegularExpression itemLine(
            QStringLiteral("^ok      (.+)  \\((\\d+) ms\\)  OK with 1 warning\\(s\\): x: (.+)$"));
        const QRegularExpressionMatch m = itemLine.match(lines.at(0));
        QVERIFY2(m.hasMatch(), qPrintable(lines.at(0)));
        QCOMPARE(m.captured(1), zip);
        QCOMPARE(m.captured(3), QStringLiteral("the zip central directory cannot be read (no "
                                               "end-of-central-directory record): names and sizes come from "
                                               "the local headers"));
        QVERIFY(!r.out.contains(QStringLiteral("(,")));
        QVERIFY(lines.at(1).startsWith(QStringLiteral("1 succeeded, 0 failed")));

        // With the built-in inbox pipeline (it has a type node) the type is there.
        const Run typed =
            cli(dir, {QStringLiteral("run"), QStringLiteral("--pipeline"), QStringLiteral("inbox"),
                      QStringLiteral("--out"), dir.filePath(QStringLiteral("out2")),
                      QStringLiteral("--state"), dir.filePath(QStringLiteral("state.sqlite")), notes});
        QCOMPARE(typed.exitCode, 0);
        QVERIFY2(typed.out.startsWith(QStringLiteral("ok      ") + notes + QStringLiteral("  (text/plain, ")),
                 qPrintable(typed.out));
    }

    // The same edge twice is a validation error (exit 1) naming the edge.
    void validateReportsADuplicatedEdge() {
        QTemporaryDir dir;
        const QString file = writeText(dir, QStringLiteral("dup.sluice.json"),
                                       R"({"format":"sluice-pipeline","version":1,"name":"d",
                          "nodes":[{"id":"m","stage":"mime"},{"id":"h","stage":"hash"}],
                          "edges":[{"from":"m","to":"h"},{"from":"m","to":"h"}]})");
        const Run r = cli(dir, {QStringLiteral("validate"), file});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.out.split(QLatin1Char('\n')),
                 (QStringList{file + QStringLiteral(": node 'h': edge m.out → h.in is listed more than once"),
                              QStringLiteral("1 problem(s)"), QString()}));
    }

    void watchPrintsJsonLinesUntilSigterm() {
        QTemporaryDir dir;
        const QString inbox = dir.filePath(QStringLiteral("inbox"));
        QVERIFY(QDir().mkpath(inbox));
        QProcess p;
        p.setProcessEnvironment(isolatedEnv(dir));
        p.start(QStringLiteral(SLUICE_CLI_PATH),
                {QStringLiteral("watch"), QStringLiteral("--settle"), QStringLiteral("300"),
                 QStringLiteral("--out"), dir.filePath(QStringLiteral("out")), QStringLiteral("--state"),
                 dir.filePath(QStringLiteral("s.sqlite")), inbox});
        QVERIFY(p.waitForStarted());
        QList<QJsonObject> lines;
        auto readLines = [&] {
            while (p.canReadLine())
                lines.append(QJsonDocument::fromJson(p.readLine()).object());
        };
        auto has = [&](const QString& kind, const QString& path) {
            readLines();
            for (const QJsonObject& o : lines)
                if (o.value(QStringLiteral("event")).toString() == kind &&
                    o.value(QStringLiteral("path")).toString() == path)
                    return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(has(QStringLiteral("watch_added"), inbox), 10000);
        const QString pdf = inbox + QStringLiteral("/paper.pdf");
        QVERIFY(QFile::copy(QStringLiteral(SLUICE_TEST_DATA "/pdf/issue-598-example.pdf"), pdf));
        QTRY_VERIFY_WITH_TIMEOUT(has(QStringLiteral("created"), pdf), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(has(QStringLiteral("processed"), pdf), 20000);
        for (const QJsonObject& o : lines)
            if (o.value(QStringLiteral("event")).toString() == QStringLiteral("processed"))
                QCOMPARE(
                    o.value(QStringLiteral("data")).toObject().value(QStringLiteral("status")).toString(),
                    QStringLiteral("ok"));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("out/paper.pdf.sluice.json"))));
        ::kill(static_cast<pid_t>(p.processId()), SIGTERM);
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
