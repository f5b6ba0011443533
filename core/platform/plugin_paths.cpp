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
        if (QCoreApplication::instance())
            dirs << QDir(QCoreApplication::applicationDirPath())
                        .absoluteFilePath(QStringLiteral("../" SLUICE_INSTALL_PLUGIN_SUBDIR));
        dirs << QStringLiteral(SLUICE_BUILD_PLUGIN_DIR) << QStringLiteral(SLUICE_INSTALL_PLUGIN_DIR);
    }
    QStringList paths;
    for (const QString& dir : std::as_const(dirs))
        paths << QDir::cleanPath(QDir(dir).absoluteFilePath(file));
    paths.removeDuplicates();
    return paths;
}

} // namespace sluice
