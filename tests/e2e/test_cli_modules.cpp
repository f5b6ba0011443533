// sluice-cli loads the heavy stage groups (pdf, images, ocr, s3) as modules on first use
// (core/stages/stage_modules.h). Checked from /proc/<pid>/maps of a running `sluice-cli watch`: nothing
// heavy is mapped before a heavy stage runs, a pdf_text pipeline maps the pdf module and poppler's core only
// (no poppler-qt6, no QtGui) and yields the same text as the stage linked into this test, the pdf stage
// renders pages for table rulings without them too, and a missing module is a clear error.
#include "pipeline/feedback.h"
#include "pipeline/item.h"
#include "pipeline/stage_registry.h"
#include "stages/stage_modules.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <csignal>
#include <memory>

namespace {

/// Libraries whose loading the modules exist to avoid, as file-name prefixes.
const QStringList kHeavy{QStringLiteral("libtesseract"),     QStringLiteral("liblept"),
                         QStringLiteral("libpoppler"),       QStringLiteral("libopencv"),
                         QStringLiteral("libcurl"),          QStringLiteral("libQt6Gui"),
                         QStringLiteral("libsluice-stages-")};

/// What the pdf module no longer loads: poppler-qt6 and QtGui (with OpenGL, X11, xkb, …).
const QStringList kQtGuiOrPopplerQt{QStringLiteral("libQt6Gui"), QStringLiteral("libpoppler-qt6"),
                                    QStringLiteral("libGL"), QStringLiteral("libX11"),
                                    QStringLiteral("libxkbcommon")};

/// File names of the shared objects mapped into process `pid` (Linux /proc/<pid>/maps).
QStringList mappedLibraries(qint64 pid) {
    QFile maps(QStringLiteral("/proc/%1/maps").arg(pid));
    QStringList names;
    if (!maps.open(QIODevice::ReadOnly | QIODevice::Text))
        return names;
    for (const QByteArray& line : maps.readAll().split('\n')) {
        const int slash = line.indexOf('/');
        if (slash < 0)
            continue;
        const QString name = QFileInfo(QString::fromUtf8(line.mid(slash))).fileName();
        if (name.contains(QStringLiteral(".so")) && !names.contains(name))
            names.append(name);
    }
    return names;
}

/// The mapped libraries that start with one of `prefixes`.
QStringList matching(const QStringList& libraries, const QStringList& prefixes) {
    QStringList found;
    for (const QString& name : libraries)
        for (const QString& prefix : prefixes)
            if (name.startsWith(prefix))
                found.append(name);
    return found;
}

QProcessEnvironment isolatedEnv(const QTemporaryDir& dir) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("xdg-data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("xdg-config")));
    env.remove(QStringLiteral("SLUICE_PLUGIN_DIR"));
    return env;
}

/// Writes a pipeline of `stages` in a chain (node ids = stage ids) and returns its path.
QString writePipeline(const QTemporaryDir& dir, const QStringList& stages) {
    QJsonArray nodes;
    QJsonArray edges;
    for (int i = 0; i < stages.size(); ++i) {
        nodes.append(
            QJsonObject{{QStringLiteral("id"), stages.at(i)}, {QStringLiteral("stage"), stages.at(i)}});
        if (i > 0)
            edges.append(QJsonObject{{QStringLiteral("from"), stages.at(i - 1)},
                                     {QStringLiteral("from_port"), QStringLiteral("out")},
                                     {QStringLiteral("to"), stages.at(i)},
                                     {QStringLiteral("to_port"), QStringLiteral("in")}});
    }
    const QJsonObject pipeline{{QStringLiteral("format"), QStringLiteral("sluice-pipeline")},
                               {QStringLiteral("version"), 1},
                               {QStringLiteral("name"), stages.join(QLatin1Char('-'))},
                               {QStringLiteral("nodes"), nodes},
                               {QStringLiteral("edges"), edges}};
    const QString path = dir.filePath(stages.join(QLatin1Char('-')) + QStringLiteral(".sluice.json"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(pipeline).toJson()) < 0)
        return {};
    return path;
}

/// A running `sluice-cli watch` and the JSON lines it printed so far.
class Watch {
public:
    Watch(const QTemporaryDir& dir, const QStringList& args) {
        m_process.setProcessEnvironment(isolatedEnv(dir));
        m_process.start(QStringLiteral(SLUICE_CLI_PATH), QStringList{QStringLiteral("watch")} + args);
    }
    ~Watch() {
        if (m_process.state() != QProcess::NotRunning) {
            ::kill(static_cast<pid_t>(m_process.processId()), SIGTERM);
            if (!m_process.waitForFinished(10000))
                m_process.kill();
        }
    }
    QProcess& process() { return m_process; }
    /// The first line so far whose `key` is `value` (and, if given, whose path is `path`), or {}.
    QJsonObject find(const QString& key, const QString& value, const QString& path = {}) {
        while (m_process.canReadLine())
            m_lines.append(QJsonDocument::fromJson(m_process.readLine()).object());
        for (const QJsonObject& o : std::as_const(m_lines))
            if (o.value(key).toString() == value &&
                (path.isEmpty() || o.value(QStringLiteral("path")).toString() == path))
                return o;
        return {};
    }

private:
    QProcess m_process;
    QList<QJsonObject> m_lines;
};

/// Starts `sluice-cli watch` of the folder "inbox" in `dir` with a pipeline of `stages`, its results in
/// "out" and its state in "s.sqlite", copies tests/data/`testFile` into the inbox as `name` and waits until
/// the watch has processed it. Null when any step fails or times out (the caller's QVERIFY says so).
std::unique_ptr<Watch> processedInWatch(const QTemporaryDir& dir, const QStringList& stages,
                                        const QString& testFile, const QString& name) {
    const QString inbox = dir.filePath(QStringLiteral("inbox"));
    const QString pipeline = writePipeline(dir, stages);
    if (!QDir().mkpath(inbox) || pipeline.isEmpty())
        return nullptr;
    auto watch = std::make_unique<Watch>(
        dir, QStringList{QStringLiteral("--pipeline"), pipeline, QStringLiteral("--settle"),
                         QStringLiteral("200"), QStringLiteral("--out"), dir.filePath(QStringLiteral("out")),
                         QStringLiteral("--state"), dir.filePath(QStringLiteral("s.sqlite")), inbox});
    if (!watch->process().waitForStarted() ||
        !QTest::qWaitFor(
            [&] { return !watch->find(QStringLiteral("event"), QStringLiteral("watch_added")).isEmpty(); },
            20000))
        return nullptr;
    const QString file = inbox + QLatin1Char('/') + name;
    if (!QFile::copy(QStringLiteral(SLUICE_TEST_DATA "/") + testFile, file) ||
        !QTest::qWaitFor(
            [&] {
                return !watch->find(QStringLiteral("event"), QStringLiteral("processed"), file).isEmpty();
            },
            30000))
        return nullptr;
    return watch;
}

} // namespace

class TestCliModules : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
#ifndef Q_OS_LINUX
        QSKIP("reads /proc/<pid>/maps");
#endif
    }

    void watchNoProcessLoadsNoHeavyLibrary() {
        QTemporaryDir dir;
        const QString inbox = dir.filePath(QStringLiteral("inbox"));
        QVERIFY(QDir().mkpath(inbox + QStringLiteral("/sub")));
        QVERIFY(QFile::copy(QStringLiteral(SLUICE_TEST_DATA "/pdf/issue-598-example.pdf"),
                            inbox + QStringLiteral("/sub/paper.pdf")));
        Watch watch(dir, {QStringLiteral("--no-process"), inbox});
        QVERIFY(watch.process().waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(
            !watch.find(QStringLiteral("type"), QStringLiteral("scan_finished")).isEmpty(), 20000);
        const QStringList libraries = mappedLibraries(watch.process().processId());
        QVERIFY2(!matching(libraries, {QStringLiteral("libQt6Core")}).isEmpty(),
                 qPrintable(libraries.join(' ')));
        QVERIFY2(matching(libraries, kHeavy).isEmpty(), qPrintable(matching(libraries, kHeavy).join(' ')));
    }

    void lightPipelineLoadsNoHeavyLibrary() {
        QTemporaryDir dir;
        const QString inbox = dir.filePath(QStringLiteral("inbox"));
        QVERIFY(QDir().mkpath(inbox));
        const QString pipeline = writePipeline(dir, {QStringLiteral("mime"), QStringLiteral("hash")});
        QVERIFY(!pipeline.isEmpty());
        Watch watch(dir, {QStringLiteral("--pipeline"), pipeline, QStringLiteral("--settle"),
                          QStringLiteral("200"), QStringLiteral("--out"), dir.filePath(QStringLiteral("out")),
                          QStringLiteral("--state"), dir.filePath(QStringLiteral("s.sqlite")), inbox});
        QVERIFY(watch.process().waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(
            !watch.find(QStringLiteral("event"), QStringLiteral("watch_added")).isEmpty(), 20000);
        const QString pdf = inbox + QStringLiteral("/paper.pdf");
        QVERIFY(QFile::copy(QStringLiteral(SLUICE_TEST_DATA "/pdf/issue-598-example.pdf"), pdf));
        QTRY_VERIFY_WITH_TIMEOUT(
            !watch.find(QStringLiteral("event"), QStringLiteral("processed"), pdf).isEmpty(), 30000);
        const QJsonObject processed = watch.find(QStringLiteral("event"), QStringLiteral("processed"), pdf);
        QCOMPARE(
            processed.value(QStringLiteral("data")).toObject().value(QStringLiteral("status")).toString(),
            QStringLiteral("ok"));
        const QStringList libraries = mappedLibraries(watch.process().processId());
        QVERIFY2(!matching(libraries, {QStringLiteral("libQt6Core")}).isEmpty(),
                 qPrintable(libraries.join(' ')));
        QVERIFY2(matching(libraries, kHeavy).isEmpty(), qPrintable(matching(libraries, kHeavy).join(' ')));
    }

    void pdfPipelineLoadsThePdfModuleOnly() {
        QTemporaryDir dir;
        const std::unique_ptr<Watch> watch =
            processedInWatch(dir, {QStringLiteral("pdf_text")}, QStringLiteral("pdf/issue-598-example.pdf"),
                             QStringLiteral("paper.pdf"));
        QVERIFY(watch);
        const QString pdf = dir.filePath(QStringLiteral("inbox/paper.pdf"));
        const QStringList libraries = mappedLibraries(watch->process().processId());
        const QStringList heavy = matching(libraries, kHeavy);
        QVERIFY2(heavy.contains(QStringLiteral("libsluice-stages-pdf.so")), qPrintable(heavy.join(' ')));
        QVERIFY2(!matching(libraries, {QStringLiteral("libpoppler.so")}).isEmpty(),
                 qPrintable(heavy.join(' ')));
        QVERIFY2(matching(libraries,
                          {QStringLiteral("libtesseract"), QStringLiteral("libcurl"),
                           QStringLiteral("libsluice-stages-ocr"), QStringLiteral("libsluice-stages-s3")})
                     .isEmpty(),
                 qPrintable(heavy.join(' ')));
        // The pdf module reads PDFs with poppler's core alone: no poppler-qt6, no QtGui (nor what it loads).
        QVERIFY2(matching(libraries, kQtGuiOrPopplerQt).isEmpty(),
                 qPrintable(matching(libraries, kQtGuiOrPopplerQt).join(' ')));

        // The text from the module equals the text of the same stage linked into this test.
        QFile resultFile(dir.filePath(QStringLiteral("out/paper.pdf.sluice.json")));
        QVERIFY(resultFile.open(QIODevice::ReadOnly));
        const QJsonObject result = QJsonDocument::fromJson(resultFile.readAll()).object();
        QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        const QString moduleText = result.value(QStringLiteral("stages"))
                                       .toObject()
                                       .value(QStringLiteral("pdf_text"))
                                       .toObject()
                                       .value(QStringLiteral("text"))
                                       .toString();
        QVERIFY(moduleText.contains(QStringLiteral("What is Earth Science?")));

        std::unique_ptr<sluice::Stage> linked =
            sluice::StageRegistry::instance().create(QStringLiteral("pdf_text"));
        QVERIFY(linked);
        QVERIFY(sluice::stagemodules::isLoaded(QStringLiteral("pdf")));
        sluice::Item item;
        item.path = pdf;
        item.size = QFileInfo(pdf).size();
        sluice::Feedback feedback;
        const sluice::StageResult direct =
            linked->process(item, sluice::StageRegistry::withDefaults(*linked, {}), feedback);
        QVERIFY2(direct.ok, qPrintable(direct.error));
        QCOMPARE(moduleText, direct.output.value(QStringLiteral("text")).toString());
    }

    void pdfStageRendersTablesWithoutQtGui() {
        // issue-336-example.pdf: three ruled tables on one page; finding their rulings renders the page.
        QTemporaryDir dir;
        const std::unique_ptr<Watch> watch =
            processedInWatch(dir, {QStringLiteral("pdf")}, QStringLiteral("pdf/issue-336-example.pdf"),
                             QStringLiteral("tables.pdf"));
        QVERIFY(watch);
        const QStringList libraries = mappedLibraries(watch->process().processId());
        QVERIFY2(libraries.contains(QStringLiteral("libsluice-stages-pdf.so")),
                 qPrintable(libraries.join(' ')));
        QVERIFY2(!matching(libraries, {QStringLiteral("libpoppler.so")}).isEmpty(),
                 qPrintable(libraries.join(' ')));
        QVERIFY2(matching(libraries, kQtGuiOrPopplerQt).isEmpty(),
                 qPrintable(matching(libraries, kQtGuiOrPopplerQt).join(' ')));

        QFile resultFile(dir.filePath(QStringLiteral("out/tables.pdf.sluice.json")));
        QVERIFY(resultFile.open(QIODevice::ReadOnly));
        const QJsonObject result = QJsonDocument::fromJson(resultFile.readAll()).object();
        QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        const QJsonObject output =
            result.value(QStringLiteral("stages")).toObject().value(QStringLiteral("pdf")).toObject();
        const QJsonArray tables = output.value(QStringLiteral("tables")).toArray();
        QCOMPARE(tables.size(), 3);
        // Ruled tables: their rows are the rulings found in the rendering.
        for (const QJsonValue& table : tables)
            QVERIFY(table.toObject().value(QStringLiteral("row_edges")).toArray().size() >= 3);
    }

    void imageAnalysisLoadsTheCodecsModuleWithTheProgramsMalloc() {
        // sluice-cli links tcmalloc (when found): the OpenCV codecs module, loaded on the first face search,
        // must free with the same malloc as the program (no RTLD_DEEPBIND then), or glibc aborts the run.
        QTemporaryDir dir;
        const QString pipeline = writePipeline(dir, {QStringLiteral("image_analyze")});
        QVERIFY(!pipeline.isEmpty());
        QProcess p;
        p.setProcessEnvironment(isolatedEnv(dir));
        p.start(QStringLiteral(SLUICE_CLI_PATH),
                {QStringLiteral("run"), QStringLiteral("--pipeline"), pipeline, QStringLiteral("--out"),
                 dir.filePath(QStringLiteral("out")), QStringLiteral("--state"),
                 dir.filePath(QStringLiteral("s.sqlite")),
                 QStringLiteral(SLUICE_TEST_DATA "/image/i_trns.png")});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        QFile resultFile(dir.filePath(QStringLiteral("out/i_trns.png.sluice.json")));
        QVERIFY(resultFile.open(QIODevice::ReadOnly));
        const QJsonObject result = QJsonDocument::fromJson(resultFile.readAll()).object();
        QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        const QJsonObject faces = result.value(QStringLiteral("stages"))
                                      .toObject()
                                      .value(QStringLiteral("image_analyze"))
                                      .toObject()
                                      .value(QStringLiteral("faces"))
                                      .toObject();
        QCOMPARE(faces.value(QStringLiteral("count")).toInt(-1), 0);
    }

    void missingModuleIsAClearError() {
        QTemporaryDir dir;
        const QString empty = dir.filePath(QStringLiteral("no-modules"));
        QVERIFY(QDir().mkpath(empty));
        const QString pipeline = writePipeline(dir, {QStringLiteral("mime"), QStringLiteral("pdf_text")});
        QProcess p;
        QProcessEnvironment env = isolatedEnv(dir);
        env.insert(QStringLiteral("SLUICE_PLUGIN_DIR"), empty);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(SLUICE_CLI_PATH),
                {QStringLiteral("run"), QStringLiteral("--pipeline"), pipeline, QStringLiteral("--out"),
                 dir.filePath(QStringLiteral("out")), QStringLiteral("--state"),
                 dir.filePath(QStringLiteral("s.sqlite")),
                 QStringLiteral(SLUICE_TEST_DATA "/pdf/issue-598-example.pdf")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 2);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral(
                     "stage module pdf could not be loaded: libsluice-stages-pdf.so is missing")),
                 qPrintable(err));
        QVERIFY2(err.contains(empty), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestCliModules)
#include "test_cli_modules.moc"
