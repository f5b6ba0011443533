#pragma once

#include <QString>
#include <QStringList>

namespace sluice {

/// Which folders a module may come from when $SLUICE_PLUGIN_DIR is set.
enum class PluginDirOverride {
    Only,  ///< $SLUICE_PLUGIN_DIR alone (stage modules: a test or packager points at exactly one folder)
    First, ///< $SLUICE_PLUGIN_DIR first, then the usual places (the image codecs module)
};

/// The absolute paths, most preferred first and without duplicates, at which the module library `file`
/// (e.g. "libsluice-stages-pdf.so") may be: $SLUICE_PLUGIN_DIR (see `override`), beside an installed binary
/// (<prefix>/bin/../<libdir>/sluice, needs a QCoreApplication), the build tree's plugin folder (only for a
/// program inside that build tree, or without a QCoreApplication), and the
/// configured install prefix. Reports nothing itself: the caller says which paths it tried.
QStringList pluginCandidates(const QString& file, PluginDirOverride override);

} // namespace sluice
