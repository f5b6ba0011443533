#include "cli_commands.h"

#include "log/event_log.h"
#include "pipeline/pipeline.h"
#include "pipeline/runner.h"
#include "pipeline/stage_registry.h"
#include "service/processing_service.h"
#include "store/state_store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>
#include <atomic>
#include <csignal>

namespace sluice::cli {

namespace {

QString tr(const char* text, int n = -1) {
    return QCoreApplication::translate("sluice-cli", text, nullptr, n);
}

QTextStream& out() {
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err() {
    static QTextStream stream(stderr);
    return stream;
}

const QCommandLineOption kPipelineOption({QStringLiteral("p"), QStringLiteral("pipeline")},
                                         QStringLiteral("Pipeline file, or the name of a built-in pipeline."),
                                         QStringLiteral("FILE|NAME"), QStringLiteral("inbox"));
const QCommandLineOption
    kOutOption({QStringLiteral("o"), QStringLiteral("out")},
               QStringLiteral("Folder for the result JSON files (default: the results folder "
                              "under the application-data folder)."),
               QStringLiteral("DIR"));
const QCommandLineOption kStateOption(QStringLiteral("state"),
                                      QStringLiteral("SQLite state database (default: state.sqlite under the "
                                                     "application-data folder)."),
                                      QStringLiteral("DB"));

/// Parses `arguments`; on error prints it with the help text and returns false with `exitCode` = 2.
/// On --help prints the help and returns false with `exitCode` = 0.
/// The parser's help with its usage line naming the sub-command ("Usage: sluice-cli run [options] …");
/// QCommandLineParser itself names only the program.
QString helpText(const QCommandLineParser& parser, const QStringList& arguments) {
    QString text = parser.helpText();
    const QString command = arguments.value(0).section(QLatin1Char(' '), -1);
    const int end = text.indexOf(QStringLiteral(" ["));
    if (text.startsWith(QStringLiteral("Usage: ")) && end > 0)
        text.replace(0, end, QStringLiteral("Usage: sluice-cli ") + command);
    return text;
}

bool parse(QCommandLineParser& parser, const QStringList& arguments, int* exitCode) {
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        err() << parser.errorText() << "\n\n" << helpText(parser, arguments);
        *exitCode = kExitUsage;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << helpText(parser, arguments);
        *exitCode = kExitOk;
        return false;
    }
    return true;
}

void initCliLogging() {
    initLogging(QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                    .filePath(QStringLiteral("logs")),
                false); // stdout already says what happened to each file
}

/// Reads --jobs: 0 when not given; -1 (after printing why) when not a whole number from 1 to 64.
int parseJobs(const QCommandLineParser& parser, const QCommandLineOption& option, const QString& command) {
    if (!parser.isSet(option))
        return 0;
    bool ok = false;
    const int jobs = parser.value(option).toInt(&ok);
    if (!ok || jobs < 1 || jobs > 64) {
        err() << tr("sluice-cli %1: --jobs must be a whole number from 1 to 64\n").arg(command);
        return -1;
    }
    return jobs;
}

/// Creates the result folder up front, so that a bad --out is one clear error, not one per file.
bool prepareOutDir(const QString& dir, const QString& command) {
    if (QDir().mkpath(dir) && QFileInfo(dir).isDir() && QFileInfo(dir).isWritable())
        return true;
    err() << tr("sluice-cli %1: cannot create or write to the output folder %2\n").arg(command, dir);
    return false;
}

std::atomic<int> g_signal{0};

extern "C" void onStopSignal(int signal) {
    g_signal.store(signal);
}

} // namespace

int runCommand(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Processes files and folders once through a pipeline and writes one "
                                        "result JSON per input file."));
    parser.addOption(kPipelineOption);
    parser.addOption(kOutOption);
    parser.addOption(kStateOption);
    const QCommandLineOption jobs({QStringLiteral("j"), QStringLiteral("jobs")},
                                  QStringLiteral("Files processed at once (default: number of cores)."),
                                  QStringLiteral("N"));
    parser.addOption(jobs);
    parser.addPositionalArgument(QStringLiteral("INPUT"),
                                 QStringLiteral("Files or folders (folders recursively)."),
                                 QStringLiteral("INPUT..."));
    int code = 0;
    if (!parse(parser, arguments, &code))
        return code;
    if (parser.positionalArguments().isEmpty()) {
        err() << tr("sluice-cli run: no input given\n\n") << parser.helpText();
        return kExitUsage;
    }
    const int jobCount = parseJobs(parser, jobs, QStringLiteral("run"));
    if (jobCount < 0)
        return kExitUsage;

    Pipeline pipeline;
    QString error;
    if (!Pipeline::load(parser.value(kPipelineOption), pipeline, &error)) {
        err() << tr("sluice-cli run: %1\n").arg(error);
        return kExitUsage;
    }
    const QList<ValidationIssue> issues = pipeline.validate();
    if (!issues.isEmpty()) {
        err() << tr("sluice-cli run: pipeline '%1' is not valid:\n").arg(parser.value(kPipelineOption));
        for (const ValidationIssue& issue : issues)
            err() << "  " << issue.toString() << '\n';
        return kExitUsage;
    }

    // Collect the inputs first, so that a missing one is a usage error before anything runs.
    QStringList files;
    for (const QString& input : parser.positionalArguments()) {
        const QFileInfo info(input);
        if (info.isDir()) {
            QStringList found;
            QDirIterator it(info.absoluteFilePath(), QDir::Files | QDir::NoSymLinks,
                            QDirIterator::Subdirectories);
            while (it.hasNext())
                found.append(it.next());
            found.sort();
            files += found;
        } else if (info.isFile()) {
            files.append(info.absoluteFilePath());
        } else {
            err() << tr("sluice-cli run: no such file or folder: %1\n").arg(input);
            return kExitUsage;
        }
    }

    initCliLogging();
    StateStore store;
    const QString statePath =
        parser.isSet(kStateOption) ? parser.value(kStateOption) : StateStore::defaultPath();
    if (!store.open(statePath, &error)) {
        err() << tr("sluice-cli run: %1\n").arg(error);
        return kExitFailed;
    }
    const QString outDir = parser.isSet(kOutOption)
                               ? QFileInfo(parser.value(kOutOption)).absoluteFilePath()
                               : QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                                     .filePath(QStringLiteral("results"));
    if (!prepareOutDir(outDir, QStringLiteral("run")))
        return kExitFailed;

    EventLog log;
    Runner runner(pipeline, &store, &log);
    if (jobCount > 0)
        runner.setMaxThreads(jobCount);
    runner.setResultDir(outDir);
    int okCount = 0;
    int failedCount = 0;
    QObject::connect(&runner, &Runner::itemFinished, [&](const ItemResult& result) {
        if (result.ok()) {
            ++okCount;
            out() << "ok      " << result.item.path << "  (" << result.item.mime << ", " << result.durationMs
                  << " ms)\n";
        } else {
            ++failedCount;
            const QJsonObject first = result.errors.first().toObject();
            out() << "FAILED  " << result.item.path << "  " << first.value(QStringLiteral("stage")).toString()
                  << ": " << first.value(QStringLiteral("message")).toString() << '\n';
        }
        out().flush();
    });
    for (const QString& file : std::as_const(files))
        runner.enqueue(file);
    runner.waitForDone();
    out() << tr("%1 succeeded, %2 failed; results in %3\n").arg(okCount).arg(failedCount).arg(outDir);
    return failedCount == 0 ? kExitOk : kExitFailed;
}

int watchCommand(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Watches folders until interrupted (SIGINT/SIGTERM); every file that "
                                        "arrives and is complete runs through the pipeline. Prints one JSON "
                                        "line per event."));
    parser.addOption(kPipelineOption);
    parser.addOption(kOutOption);
    parser.addOption(kStateOption);
    const QCommandLineOption settle(QStringLiteral("settle"),
                                    QStringLiteral("Milliseconds a file's size and time must stay unchanged "
                                                   "before it is processed (default 1000)."),
                                    QStringLiteral("MS"), QStringLiteral("1000"));
    parser.addOption(settle);
    const QCommandLineOption jobs({QStringLiteral("j"), QStringLiteral("jobs")},
                                  QStringLiteral("Files processed at once (default: number of cores)."),
                                  QStringLiteral("N"));
    parser.addOption(jobs);
    const QCommandLineOption verbose(QStringLiteral("verbose"), QStringLiteral("Also print debug events."));
    parser.addOption(verbose);
    parser.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("Folders to watch."),
                                 QStringLiteral("DIR..."));
    int code = 0;
    if (!parse(parser, arguments, &code))
        return code;
    const QStringList dirs = parser.positionalArguments();
    if (dirs.isEmpty()) {
        err() << tr("sluice-cli watch: no folder given\n\n") << parser.helpText();
        return kExitUsage;
    }
    for (const QString& dir : dirs) {
        if (!QFileInfo(dir).isDir()) {
            err() << tr("sluice-cli watch: not a folder: %1\n").arg(dir);
            return kExitUsage;
        }
    }
    bool ok = false;
    const int settleMs = parser.value(settle).toInt(&ok);
    if (!ok || settleMs < 0) {
        err() << tr("sluice-cli watch: --settle must be a whole number of milliseconds\n");
        return kExitUsage;
    }

    const int jobCount = parseJobs(parser, jobs, QStringLiteral("watch"));
    if (jobCount < 0)
        return kExitUsage;
    if (parser.isSet(kOutOption) &&
        !prepareOutDir(QFileInfo(parser.value(kOutOption)).absoluteFilePath(), QStringLiteral("watch")))
        return kExitFailed;

    initCliLogging();
    ProcessingService::Config config;
    config.pipeline = parser.value(kPipelineOption);
    config.statePath = parser.value(kStateOption);
    config.resultDir =
        parser.isSet(kOutOption) ? QFileInfo(parser.value(kOutOption)).absoluteFilePath() : QString();
    config.jobs = jobCount;
    config.watch.settleMs = settleMs;

    ProcessingService service;
    const bool printDebug = parser.isSet(verbose);
    QObject::connect(service.eventLog(), &EventLog::eventAdded, &service, [printDebug](const Event& event) {
        if (event.level == EventLevel::Debug && !printDebug)
            return;
        QJsonObject line = event.toJson();
        // The full result is in the result file; the line names it and keeps the status and errors.
        QJsonObject data = event.data;
        const QJsonObject result = data.take(QStringLiteral("result")).toObject();
        if (!result.isEmpty()) {
            data.insert(QStringLiteral("status"), result.value(QStringLiteral("status")));
            data.insert(QStringLiteral("mime"),
                        result.value(QStringLiteral("source")).toObject().value(QStringLiteral("mime")));
            data.insert(QStringLiteral("errors"), result.value(QStringLiteral("errors")));
        }
        if (data.isEmpty())
            line.remove(QStringLiteral("data"));
        else
            line.insert(QStringLiteral("data"), data);
        out() << QJsonDocument(line).toJson(QJsonDocument::Compact) << '\n';
        out().flush();
    });
    QString error;
    if (!service.start(config, &error)) {
        err() << tr("sluice-cli watch: %1\n").arg(error);
        return kExitUsage;
    }
    for (const QString& dir : dirs)
        service.addWatchFolder(dir);

    std::signal(SIGINT, onStopSignal);
    std::signal(SIGTERM, onStopSignal);
    QTimer signalPoll;
    QObject::connect(&signalPoll, &QTimer::timeout, [] {
        if (g_signal.load() != 0)
            QCoreApplication::quit();
    });
    signalPoll.start(100);
    QCoreApplication::exec();
    service.stop();
    return kExitOk;
}

int stagesCommand(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Lists every stage with its parameters, ports and help."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON instead of text."));
    parser.addOption(json);
    int code = 0;
    if (!parse(parser, arguments, &code))
        return code;
    const QJsonArray stages = StageRegistry::instance().describe();
    if (parser.isSet(json)) {
        out() << QJsonDocument(stages).toJson(QJsonDocument::Indented);
        return kExitOk;
    }
    for (const QJsonValue& v : stages) {
        const QJsonObject s = v.toObject();
        out() << s.value(QStringLiteral("id")).toString() << "  —  "
              << s.value(QStringLiteral("name")).toString() << "  ["
              << s.value(QStringLiteral("group")).toString() << "]\n";
        out() << "    " << s.value(QStringLiteral("description")).toString() << '\n';
        for (const QJsonValue& pv : s.value(QStringLiteral("parameters")).toArray()) {
            const QJsonObject p = pv.toObject();
            out() << "    " << p.value(QStringLiteral("name")).toString() << " ("
                  << p.value(QStringLiteral("type")).toString();
            if (p.contains(QStringLiteral("default")))
                out() << ", default "
                      << QString::fromUtf8(QJsonDocument(QJsonArray{p.value(QStringLiteral("default"))})
                                               .toJson(QJsonDocument::Compact)
                                               .mid(1)
                                               .chopped(1));
            const QString min = p.value(QStringLiteral("min")).toVariant().toString();
            const QString max = p.value(QStringLiteral("max")).toVariant().toString();
            if (!min.isEmpty() || !max.isEmpty())
                out() << ", " << (min.isEmpty() ? QStringLiteral("…") : min) << ".."
                      << (max.isEmpty() ? QStringLiteral("…") : max);
            if (p.contains(QStringLiteral("unit")))
                out() << ' ' << p.value(QStringLiteral("unit")).toString();
            out() << ")  " << p.value(QStringLiteral("help")).toString() << '\n';
        }
        QStringList outputs;
        for (const QJsonValue& o : s.value(QStringLiteral("outputs")).toArray())
            outputs.append(o.toObject().value(QStringLiteral("name")).toString());
        out() << "    outputs: " << outputs.join(QStringLiteral(", ")) << "\n\n";
    }
    return kExitOk;
}

int validateCommand(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Checks a pipeline file and names each problem (node and parameter)."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Pipeline file (*.sluice.json)."));
    int code = 0;
    if (!parse(parser, arguments, &code))
        return code;
    if (parser.positionalArguments().size() != 1) {
        err() << tr("sluice-cli validate: give exactly one pipeline file\n\n") << parser.helpText();
        return kExitUsage;
    }
    const QString file = parser.positionalArguments().first();
    Pipeline pipeline;
    QString error;
    if (!Pipeline::load(file, pipeline, &error)) {
        out() << error << '\n';
        return kExitFailed;
    }
    const QList<ValidationIssue> issues = pipeline.validate();
    if (issues.isEmpty()) {
        out() << tr("%1: valid (%2 nodes, %3 edges)\n")
                     .arg(file)
                     .arg(pipeline.nodes.size())
                     .arg(pipeline.edges.size());
        return kExitOk;
    }
    for (const ValidationIssue& issue : issues)
        out() << file << ": " << issue.toString() << '\n';
    out() << tr("%n problem(s)\n", int(issues.size()));
    return kExitFailed;
}

int pipelinesCommand(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Lists the built-in pipelines, or prints one as JSON."));
    parser.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("A built-in pipeline to print."),
                                 QStringLiteral("[NAME]"));
    int code = 0;
    if (!parse(parser, arguments, &code))
        return code;
    if (parser.positionalArguments().isEmpty()) {
        for (const QString& name : Pipeline::builtinNames()) {
            Pipeline p;
            Pipeline::load(name, p, nullptr);
            out() << name << "  —  " << p.description << '\n';
        }
        return kExitOk;
    }
    const QString name = parser.positionalArguments().first();
    if (!Pipeline::builtinNames().contains(name)) {
        err() << tr("sluice-cli pipelines: no built-in pipeline '%1'\n").arg(name);
        return kExitUsage;
    }
    Pipeline p;
    Pipeline::load(name, p, nullptr);
    out() << p.toJson();
    return kExitOk;
}

} // namespace sluice::cli
