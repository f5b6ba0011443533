// sluice: the GUI front door. Argument parsing and wiring only; the window lives in sluice-ui.

#include "log/event_log.h"
#include "platform/openmp_limit.h"
#include "service/processing_service.h"
#include "ui/app_icon.h"
#include "ui/main_window.h"
#include "ui/settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDebug>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTranslator>
#include <cstdlib>
#include <memory>

namespace {

/// True when the command line only asks for text (help or version): then no display is needed.
bool wantsTextOnly(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-?" || arg == "-v" ||
            arg == "--version")
            return true;
    }
    return false;
}

void installTranslators(QCoreApplication& app) {
    const QLocale locale;
    auto* qtbase = new QTranslator(&app);
    if (qtbase->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtbase);
    // English plural forms ("1 file", "2 files") under every locale: installed first, so that the
    // locale's own language, installed after it, is looked up before it.
    auto* english = new QTranslator(&app);
    if (english->load(QStringLiteral(":/i18n/sluice_en.qm")))
        QCoreApplication::installTranslator(english);
    auto* sluice = new QTranslator(&app);
    if (sluice->load(locale, QStringLiteral("sluice"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(sluice);
}

} // namespace

int main(int argc, char** argv) {
    sluice::limitOpenMpThreads();

    // --help and --version print and exit; they must work without a display, where QApplication aborts.
    const bool textOnly = wantsTextOnly(argc, argv);
    std::unique_ptr<QCoreApplication> app(textOnly ? new QCoreApplication(argc, argv)
                                                   : new QApplication(argc, argv));
    QCoreApplication::setOrganizationName(QStringLiteral("Sluice"));
    QCoreApplication::setApplicationName(QStringLiteral("Sluice"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SLUICE_VERSION));
    if (!textOnly) {
        QApplication::setApplicationDisplayName(QStringLiteral("Sluice"));
        QApplication::setDesktopFileName(QStringLiteral("sluice"));
        QApplication::setWindowIcon(sluice::appIcon());
    }
    installTranslators(*app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Watches folders and runs every file through a pipeline of stages."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption watchOption(
        QStringLiteral("watch"),
        QCoreApplication::translate("main", "Watch DIR (may be given more than once)."),
        QCoreApplication::translate("main", "DIR"));
    const QCommandLineOption pipelineOption(
        QStringLiteral("pipeline"),
        QCoreApplication::translate(
            "main", "Pipeline file, or built-in or user pipeline name (default: the one chosen in the "
                    "pipeline editor, else inbox)."),
        QCoreApplication::translate("main", "NAME|FILE"), QStringLiteral("inbox"));
    parser.addOption(watchOption);
    parser.addOption(pipelineOption);
    parser.addPositionalArgument(
        QStringLiteral("paths"),
        QCoreApplication::translate("main", "Folders to watch, like --watch; files are processed once."),
        QCoreApplication::translate("main", "[DIR|FILE...]"));
    parser.process(*app);

    const QString appData = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    sluice::initLogging(QDir(appData).filePath(QStringLiteral("logs")), false);

    sluice::ProcessingService::Config config;
    // Without --pipeline, the pipeline the editor's "Use for Watch Folders" chose (default inbox).
    config.pipeline = parser.isSet(pipelineOption) ? parser.value(pipelineOption)
                                                   : sluice::settings::watchPipeline().value();
    config.statePath = QDir(appData).filePath(QStringLiteral("state.sqlite"));
    config.resultDir = QDir(appData).filePath(QStringLiteral("results"));
    config.keepJobsDays = sluice::settings::keepJobsDays().value();
    config.keepJobs = sluice::settings::keepJobs().value();

    sluice::ProcessingService service;
    QString error;
    if (!service.start(config, &error)) {
        QMessageBox::critical(
            nullptr, QCoreApplication::translate("main", "Sluice cannot start"),
            QCoreApplication::translate("main", "Sluice could not start its processing:\n\n%1").arg(error));
        return 1;
    }

    sluice::MainWindow window(&service);
    QStringList folders = sluice::settings::watchFolders().value();
    QStringList files;
    // Folders on the command line are watched; files (e.g. opened from a file manager) are processed once
    // as a batch and never become watch folders.
    for (const QString& arg : parser.values(watchOption) + parser.positionalArguments()) {
        const QFileInfo info(arg);
        if (info.isDir())
            folders.append(info.absoluteFilePath());
        else if (info.isFile())
            files.append(info.absoluteFilePath());
        else
            qWarning().noquote()
                << QCoreApplication::translate("main", "sluice: no such file or folder: %1").arg(arg);
    }
    for (const QString& folder : std::as_const(folders))
        window.addWatchFolder(folder);
    window.show();
    if (!files.isEmpty())
        window.processPaths(files); // the batch view, like files dropped on the window

    const int code = QCoreApplication::exec();
    service.stop();
    return code;
}
