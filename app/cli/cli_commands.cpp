#include "cli_commands.h"

#include "log/event_log.h"
#include "pipeline/pipeline.h"
#include "pipeline/runner.h"
#include "pipeline/stage_registry.h"
#include "platform/file_ops.h"
#include "service/processing_service.h"
#include "store/state_store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>
#include <atomic>
#include <csignal>
#include <limits>

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

/// `text` for one line of `run`'s report: control characters (a newline or tab in a file name, an escape
/// sequence) written as C escapes (\n, \t, \x1b), so that each file keeps one line and a name cannot
/// drive the terminal. A backslash stays as it is.
QString oneLine(const QString& text) {
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x20 && u != 0x7F && !(u >= 0x80 && u < 0xA0) && u != 0x2028 && u != 0x2029) {
            out += c;
        } else if (u == '\n') {
            out += QLatin1String("\\n");
        } else if (u == '\r') {
            out += QLatin1String("\\r");
        } else if (u == '\t') {
            out += QLatin1String("\\t");
        } else {
            out += (u < 0x100 ? QStringLiteral("\\x%1").arg(uint(u), 2, 16, QLatin1Char('0'))
                              : QStringLiteral("\\u%1").arg(uint(u), 4, 16, QLatin1Char('0')));
        }
    }
    return out;
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

const QCommandLineOption kKeepDaysOption(QStringLiteral("keep-days"),
                                         QStringLiteral("Remove finished jobs older than this many days "
                                                        "from the state database (default 30; 0 = keep)."),
                                         QStringLiteral("DAYS"), QStringLiteral("30"));
const QCommandLineOption kKeepJobsOption(QStringLiteral("keep-jobs"),
                                         QStringLiteral("Keep at most this many finished jobs in the state "
                                                        "database (default 100000; 0 = no limit)."),
                                         QStringLiteral("N"), QStringLiteral("100000"));

/// The --keep-days and --keep-jobs values (whole numbers ≥ 0); false after printing why.
bool parseRetention(const QCommandLineParser& parser, const QString& command, int* days, int* jobs) {
    bool okDays = false;
    bool okJobs = false;
    *days = parser.value(kKeepDaysOption).toInt(&okDays);
    *jobs = parser.value(kKeepJobsOption).toInt(&okJobs);
    if (okDays && okJobs && *days >= 0 && *jobs >= 0)
        return true;
    err() << tr("sluice-cli %1: --keep-days and --keep-jobs must be whole numbers from 0\n").arg(command);
    return false;
}

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
    parser.addOption(kKeepDaysOption);
    parser.addOption(kKeepJobsOption);
    const QCommandLineOption jobs({QStringLiteral("j"), QStringLiteral("jobs")},
                                  QStringLiteral("Files processed at once (default: number of cores)."),
                                  QStringLiteral("N"));
    parser.addOption(jobs);
    const QCommandLineOption moveFailed(
        QStringLiteral("move-failed"),
        QStringLiteral("Move files that fail for good (not transient errors) to an error folder, each with a "
                       "<name>.error.json beside it (default folder: <out>/errors)."));
    parser.addOption(moveFailed);
    const QCommandLineOption errorDir(QStringLiteral("error-dir"),
                                      QStringLiteral("Error folder for --move-failed."),
                                      QStringLiteral("DIR"));
    parser.addOption(errorDir);
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
    int keepDays = 0;
    int keepJobs = 0;
    if (!parseRetention(parser, QStringLiteral("run"), &keepDays, &keepJobs))
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
    QStringList unopenable;         ///< files whose names are not valid UTF-8: reported as failed
    QHash<QString, QString> rootOf; ///< file → the folder argument it was found in
    for (const QString& input : parser.positionalArguments()) {
        const QFileInfo info(input);
        if (info.isDir()) {
            const QStringList found = fileops::filesUnder(info.absoluteFilePath(), &unopenable);
            files += found;
            // The folder given is the files' root: backups and {reldir} keep the path below it.
            for (const QString& f : std::as_const(found))
                rootOf.insert(f, info.absoluteFilePath());
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
    // Old finished jobs go first, so that the database does not grow run after run.
    store.pruneFinishedJobs(keepDays > 0 ? QDateTime::currentDateTimeUtc().addDays(-keepDays) : QDateTime(),
                            keepJobs);
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
    ErrorFolderPolicy errorPolicy;
    errorPolicy.enabled = parser.isSet(moveFailed) || parser.isSet(errorDir);
    errorPolicy.dir =
        parser.isSet(errorDir) ? parser.value(errorDir) : QDir(outDir).filePath(QStringLiteral("errors"));
    runner.setErrorFolder(errorPolicy);
    // Jobs a killed or crashed run of this pipeline into this --out left unfinished go first; their
    // inputs, given again, are not queued twice.
    const int resumed = runner.resumeInterrupted();
    if (resumed > 0)
        err() << tr("sluice-cli run: resuming %n interrupted job(s)\n", resumed) << Qt::flush;
    int okCount = 0;
    int failedCount = 0;
    QObject::connect(&runner, &Runner::itemFinished, [&](const ItemResult& result) {
        if (result.ok()) {
            ++okCount;
            // "(type, N ms)", or "(N ms)" when no node determined the type.
            out() << "ok      " << oneLine(result.item.path) << "  ("
                  << (result.item.mime.isEmpty() ? QString() : result.item.mime + QStringLiteral(", "))
                  << result.durationMs << " ms)";
            // Done, but not completely (archive members left out, a damaged archive read as far as it
            // goes, …): said on the same line with the first warning, as the event log does; every further
            // warning on a line of its own.
            auto warningText = [](const QJsonValue& v) {
                const QJsonObject w = v.toObject();
                return tr("%1: %2").arg(w.value(QStringLiteral("stage")).toString(),
                                        oneLine(w.value(QStringLiteral("message")).toString()));
            };
            if (!result.warnings.isEmpty())
                out() << "  "
                      << tr("OK with %n warning(s): %1", int(result.warnings.size()))
                             .arg(warningText(result.warnings.first()));
            out() << '\n';
            for (qsizetype i = 1; i < result.warnings.size(); ++i)
                out() << "  " << tr("warning %1").arg(warningText(result.warnings.at(i))) << '\n';
        } else {
            ++failedCount;
            const QJsonObject first = result.errors.first().toObject();
            out() << "FAILED  " << oneLine(result.item.path) << "  "
                  << first.value(QStringLiteral("stage")).toString() << ": "
                  << oneLine(first.value(QStringLiteral("message")).toString()) << '\n';
        }
        out().flush();
    });
    // Names Qt cannot represent (not valid UTF-8) cannot be opened: one failure each, never a silent skip.
    for (const QString& name : std::as_const(unopenable)) {
        ++failedCount;
        out() << "FAILED  " << oneLine(name) << "  "
              << tr("source: the file name is not valid UTF-8, so it cannot be opened; rename it (for "
                    "example with convmv) and run it again")
              << '\n';
    }
    out().flush();
    for (const QString& file : std::as_const(files))
        runner.enqueue(file, rootOf.value(file), false, QStringLiteral("manual"));
    runner.waitForDone();
    out() << tr("%1 succeeded, %2 failed; results in %3\n").arg(okCount).arg(failedCount).arg(outDir);
    out().flush();
    // One JSON line on stderr with the run's metrics, for scripts: {"metrics": {succeeded, failed, …}}.
    // Files that could not even be opened (their names) count as failed here too, as in the line above.
    RunMetrics metrics = runner.metrics();
    metrics.failed += int(unopenable.size());
    err() << QJsonDocument(QJsonObject{{QStringLiteral("metrics"), metrics.toJson()}})
                 .toJson(QJsonDocument::Compact)
          << '\n';
    err().flush();
    return failedCount == 0 ? kExitOk : kExitFailed;
}

int watchCommand(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Watches folders until interrupted (SIGINT/SIGTERM); every file that "
                                        "arrives and is complete runs through the pipeline. Prints one JSON "
                                        "line per event: {type, path, from (renames), time, …}."));
    parser.addOption(kPipelineOption);
    parser.addOption(kOutOption);
    parser.addOption(kStateOption);
    parser.addOption(kKeepDaysOption);
    parser.addOption(kKeepJobsOption);
    const QCommandLineOption settle(QStringLiteral("settle"),
                                    QStringLiteral("Milliseconds a file's size and time must stay unchanged "
                                                   "before it is processed (default 1000; 0 = at close)."),
                                    QStringLiteral("MS"), QStringLiteral("1000"));
    parser.addOption(settle);
    const QCommandLineOption jobs({QStringLiteral("j"), QStringLiteral("jobs")},
                                  QStringLiteral("Files processed at once (default: number of cores)."),
                                  QStringLiteral("N"));
    parser.addOption(jobs);
    const QCommandLineOption verbose(QStringLiteral("verbose"), QStringLiteral("Also print debug events."));
    parser.addOption(verbose);
    const QCommandLineOption noRecursive(
        QStringLiteral("no-recursive"),
        QStringLiteral("Watch only the folders given, not their sub-folders."));
    const QCommandLineOption include(QStringLiteral("include"),
                                     QStringLiteral("Only files matching this glob (name, or relative path "
                                                    "when it holds '/'); repeatable."),
                                     QStringLiteral("GLOB"));
    const QCommandLineOption exclude(QStringLiteral("exclude"),
                                     QStringLiteral("Skip files and folders matching this glob; repeatable."),
                                     QStringLiteral("GLOB"));
    const QCommandLineOption includeRe(QStringLiteral("include-regex"),
                                       QStringLiteral("Only files whose relative path matches; repeatable."),
                                       QStringLiteral("REGEX"));
    const QCommandLineOption excludeRe(QStringLiteral("exclude-regex"),
                                       QStringLiteral("Skip files whose relative path matches; repeatable."),
                                       QStringLiteral("REGEX"));
    const QCommandLineOption maxSize(QStringLiteral("max-size"),
                                     QStringLiteral("Ignore files larger than this many bytes."),
                                     QStringLiteral("BYTES"));
    const QCommandLineOption minAge(QStringLiteral("min-age"),
                                    QStringLiteral("A file is ready only when its mtime is this many "
                                                   "milliseconds old."),
                                    QStringLiteral("MS"));
    const QCommandLineOption cooldown(QStringLiteral("cooldown"),
                                      QStringLiteral("Merge further events of a path within this many "
                                                     "milliseconds into one."),
                                      QStringLiteral("MS"));
    const QCommandLineOption eventTypes(QStringLiteral("events"),
                                        QStringLiteral("Comma-separated event types to report and act on: "
                                                       "created,modified,content_changed,deleted,renamed "
                                                       "(default: all)."),
                                        QStringLiteral("LIST"));
    const QCommandLineOption hash(QStringLiteral("hash"),
                                  QStringLiteral("Content hash to notice changes that keep size and mtime: "
                                                 "off, first_mib or full (default off)."),
                                  QStringLiteral("MODE"), QStringLiteral("off"));
    const QCommandLineOption batch(QStringLiteral("batch"),
                                   QStringLiteral("At most N ready files handed on at a time, oldest first."),
                                   QStringLiteral("N"));
    const QCommandLineOption hidden(QStringLiteral("hidden"),
                                    QStringLiteral("Also watch hidden files and folders (names starting "
                                                   "with '.')."));
    const QCommandLineOption poll(QStringLiteral("poll"),
                                  QStringLiteral("Poll every folder instead of using change notifications."));
    const QCommandLineOption noProcess(QStringLiteral("no-process"),
                                       QStringLiteral("Only report events: run no pipeline and keep no state "
                                                      "(files present at start are not reported)."));
    const QCommandLineOption maxWatches(QStringLiteral("max-watches"),
                                        QStringLiteral("Use at most N native folder watches; further folders "
                                                       "are polled (as when the system's limit is reached)."),
                                        QStringLiteral("N"));
    for (const QCommandLineOption* option :
         {&noRecursive, &include, &exclude, &includeRe, &excludeRe, &maxSize, &minAge, &cooldown, &eventTypes,
          &hash, &batch, &hidden, &poll, &noProcess, &maxWatches})
        parser.addOption(*option);
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
    // A whole number from 0 to `max` (or `fallback` when the option is not given); -1 after printing why.
    auto number = [&parser](const QCommandLineOption& option, qint64 fallback,
                            qint64 max = std::numeric_limits<int>::max()) -> qint64 {
        if (!parser.isSet(option))
            return fallback;
        bool ok = false;
        const qint64 value = parser.value(option).toLongLong(&ok);
        if (ok && value >= 0 && value <= max)
            return value;
        err() << tr("sluice-cli watch: --%1 must be a whole number from 0 to %2\n")
                     .arg(option.names().first())
                     .arg(max);
        return -1;
    };
    WatchFolderConfig folder;
    folder.settleMs = int(number(settle, 1000));
    folder.maxSizeBytes = number(maxSize, 0, std::numeric_limits<qint64>::max());
    folder.minAgeMs = int(number(minAge, 0));
    folder.cooldownMs = int(number(cooldown, 0));
    folder.batchSize = int(number(batch, 0));
    folder.maxNativeWatches = int(number(maxWatches, 0));
    if (folder.settleMs < 0 || folder.maxSizeBytes < 0 || folder.minAgeMs < 0 || folder.cooldownMs < 0 ||
        folder.batchSize < 0 || folder.maxNativeWatches < 0)
        return kExitUsage;
    folder.recursive = !parser.isSet(noRecursive);
    folder.includeGlobs = parser.values(include);
    folder.excludeGlobs = parser.values(exclude);
    folder.includeRegexes = parser.values(includeRe);
    folder.excludeRegexes = parser.values(excludeRe);
    folder.skipHidden = !parser.isSet(hidden);
    folder.forcePolling = parser.isSet(poll);
    if (parser.isSet(eventTypes))
        folder.eventTypes = parser.value(eventTypes).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const QString hashMode = parser.value(hash);
    folder.contentHash = contentHashModeFromName(hashMode);
    if (folder.contentHash == ContentHashMode::Off && hashMode != QStringLiteral("off")) {
        err() << tr("sluice-cli watch: --hash must be off, first_mib or full\n");
        return kExitUsage;
    }
    for (const QString& dir : dirs)
        folder.roots.append(QDir::cleanPath(QFileInfo(dir).absoluteFilePath()));
    folder.name = folder.roots.join(QStringLiteral(", "));
    QStringList problems = folder.validate();
    if (!problems.isEmpty()) {
        err() << tr("sluice-cli watch: %1\n").arg(problems.join(QLatin1Char(' ')));
        return kExitUsage;
    }

    const int jobCount = parseJobs(parser, jobs, QStringLiteral("watch"));
    if (jobCount < 0)
        return kExitUsage;
    int keepDays = 0;
    int keepJobs = 0;
    if (!parseRetention(parser, QStringLiteral("watch"), &keepDays, &keepJobs))
        return kExitUsage;
    if (parser.isSet(kOutOption) &&
        !prepareOutDir(QFileInfo(parser.value(kOutOption)).absoluteFilePath(), QStringLiteral("watch")))
        return kExitFailed;

    auto printEvent = [](const WatchEvent& event) {
        out() << QJsonDocument(event.toJson()).toJson(QJsonDocument::Compact) << '\n';
        out().flush();
    };
    std::signal(SIGINT, onStopSignal);
    std::signal(SIGTERM, onStopSignal);
    QTimer signalPoll;
    QObject::connect(&signalPoll, &QTimer::timeout, [] {
        if (g_signal.load() != 0)
            QCoreApplication::quit();
    });
    signalPoll.start(100);

    if (parser.isSet(noProcess)) {
        // Events only: the watcher on this thread, no store, no pipeline (the benchmark's mode too).
        EventLog log;
        QObject::connect(&log, &EventLog::eventAdded, &log, [](const Event& event) {
            QJsonObject line = event.toJson();
            line.insert(QStringLiteral("type"), event.kind);
            out() << QJsonDocument(line).toJson(QJsonDocument::Compact) << '\n';
            out().flush();
        });
        WatchOptions options;
        options.reportExisting = false;
        FolderWatcher watcher(folder, options, &log);
        QObject::connect(&watcher, &FolderWatcher::watchEvent, &watcher, printEvent);
        QElapsedTimer scanClock;
        scanClock.start();
        QObject::connect(
            &watcher, &FolderWatcher::startScanFinished, &watcher,
            [&scanClock, &watcher](const QString& root, int, int, int, int unchanged) {
                const QJsonObject line{
                    {QStringLiteral("type"), QStringLiteral("scan_finished")},
                    {QStringLiteral("path"), root},
                    {QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                    {QStringLiteral("files"), unchanged},
                    {QStringLiteral("tracked"), watcher.trackedCount()},
                    {QStringLiteral("native_dirs"), watcher.nativeDirCount()},
                    {QStringLiteral("polled_dirs"), watcher.polledDirCount()},
                    {QStringLiteral("ms"), double(scanClock.nsecsElapsed()) / 1e6}};
                out() << QJsonDocument(line).toJson(QJsonDocument::Compact) << '\n';
                out().flush();
            });
        watcher.start();
        QCoreApplication::exec();
        return kExitOk;
    }

    initCliLogging();
    ProcessingService::Config config;
    config.pipeline = parser.value(kPipelineOption);
    config.statePath = parser.value(kStateOption);
    config.resultDir =
        parser.isSet(kOutOption) ? QFileInfo(parser.value(kOutOption)).absoluteFilePath() : QString();
    config.jobs = jobCount;
    config.keepJobsDays = keepDays;
    config.keepJobs = keepJobs;
    config.watch.settleMs = folder.settleMs;

    ProcessingService service;
    const bool printDebug = parser.isSet(verbose);
    QObject::connect(service.eventLog(), &EventLog::eventAdded, &service, [printDebug](const Event& event) {
        if (event.level == EventLevel::Debug && !printDebug)
            return;
        QJsonObject line = event.toJson();
        // Every line has `type` (the event kind); a watch event's `from` (renames) is on the line too.
        line.insert(QStringLiteral("type"), event.kind);
        const QString from = event.data.value(QStringLiteral("from")).toString();
        if (!from.isEmpty())
            line.insert(QStringLiteral("from"), from);
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
    if (!service.addWatchFolder(folder, &error)) {
        err() << tr("sluice-cli watch: %1\n").arg(error);
        return kExitUsage;
    }
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
    QList<ValidationIssue> issues; // every problem of the file at once, its shape and its graph
    if (!Pipeline::check(file, pipeline, &issues, &error)) {
        out() << error << '\n';
        return kExitFailed;
    }
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
