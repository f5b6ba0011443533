// sluice-cli: the headless front door. Argument parsing and wiring only; the work is in sluice-core.
#include "cli_commands.h"
#include "platform/malloc_tuning.h"
#include "platform/openmp_limit.h"

#include <QCoreApplication>
#include <QTextStream>

namespace {

void printUsage(QTextStream& out) {
    out << QCoreApplication::translate(
        "sluice-cli", "Usage: sluice-cli COMMAND [options]\n"
                      "\n"
                      "Commands:\n"
                      "  run [--pipeline FILE|NAME] [--out DIR] [--jobs N] [--state DB] INPUT...\n"
                      "                      process files and folders once, one result JSON per input\n"
                      "  watch [--pipeline FILE|NAME] [--out DIR] [--state DB] [--jobs N] [--settle MS]\n"
                      "        [--include GLOB] [--exclude GLOB] [--no-recursive] [--no-process] ... DIR...\n"
                      "                      watch folders until interrupted, one JSON line per event\n"
                      "  stages [--json]     list the stages and their parameters\n"
                      "  validate FILE       check a pipeline file and name each problem\n"
                      "  pipelines [NAME]    list the built-in pipelines, or print one\n"
                      "\n"
                      "Run 'sluice-cli COMMAND --help' for a command's options.\n"
                      "Exit status: 0 success, 1 a file or pipeline failed, 2 bad usage.\n");
}

} // namespace

int main(int argc, char* argv[]) {
    sluice::tuneMallocForBatch();
    sluice::limitOpenMpThreads();
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Sluice"));
    QCoreApplication::setApplicationName(QStringLiteral("Sluice"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SLUICE_VERSION));

    QStringList args = QCoreApplication::arguments();
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args.size() < 2) {
        printUsage(err);
        return sluice::cli::kExitUsage;
    }
    const QString command = args.at(1);
    if (command == QStringLiteral("--help") || command == QStringLiteral("-h") ||
        command == QStringLiteral("help")) {
        printUsage(out);
        return sluice::cli::kExitOk;
    }
    if (command == QStringLiteral("--version") || command == QStringLiteral("-v")) {
        out << "sluice-cli " << QCoreApplication::applicationVersion() << '\n';
        return sluice::cli::kExitOk;
    }
    // The sub-command's parser sees "sluice-cli COMMAND" as its program name.
    args[0] = args.at(0) + QLatin1Char(' ') + command;
    args.removeAt(1);
    if (command == QStringLiteral("run"))
        return sluice::cli::runCommand(args);
    if (command == QStringLiteral("watch"))
        return sluice::cli::watchCommand(args);
    if (command == QStringLiteral("stages"))
        return sluice::cli::stagesCommand(args);
    if (command == QStringLiteral("validate"))
        return sluice::cli::validateCommand(args);
    if (command == QStringLiteral("pipelines"))
        return sluice::cli::pipelinesCommand(args);
    err << QCoreApplication::translate("sluice-cli", "sluice-cli: unknown command '%1'\n").arg(command);
    printUsage(err);
    return sluice::cli::kExitUsage;
}
