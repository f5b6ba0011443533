#include "plugin_paths.h"

#include <QCoreApplication>
#include <QDir>

namespace sluice {

QStringList pluginCandidates(const QString& file, PluginDirOverride override) {
    const bool overridden = qEnvironmentVariableIsSet("SLUICE_PLUGIN_DIR");
    QStringList dirs;
    if (overridden)
        dirs << qEnvironmentVariable("SLUICE_PLUGIN_DIR");
    if (!overridden || override == PluginDirOverride::First) {
        // The build tree's folder only for a program that runs from that build tree (or a test without
        // an application object): an installed binary never loads modules from the machine it was built on.
        const QString buildRoot = QDir::cleanPath(QStringLiteral(SLUICE_BUILD_PLUGIN_DIR "/.."));
        bool inBuildTree = true;
        if (QCoreApplication::instance()) {
            const QString appDir = QDir::cleanPath(QCoreApplication::applicationDirPath());
            dirs << QDir(appDir).absoluteFilePath(QStringLiteral("../" SLUICE_INSTALL_PLUGIN_SUBDIR));
            inBuildTree = appDir == buildRoot || appDir.startsWith(buildRoot + QLatin1Char('/'));
        }
        if (inBuildTree)
            dirs << QStringLiteral(SLUICE_BUILD_PLUGIN_DIR);
        dirs << QStringLiteral(SLUICE_INSTALL_PLUGIN_DIR);
    }
    QStringList paths;
    for (const QString& dir : std::as_const(dirs))
        paths << QDir::cleanPath(QDir(dir).absoluteFilePath(file));
    paths.removeDuplicates();
    return paths;
}

} // namespace sluice
