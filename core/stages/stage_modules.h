#pragma once

// Stage modules: the heavy stage groups (pdf, images, ocr, s3) and the libraries they need (poppler,
// OpenCV, Tesseract, libcurl) are loaded the first time one of their stages is created, so that a process
// that never runs them — `sluice-cli watch --no-process`, a pipeline of light stages — does not pay for
// loading and relocating those libraries at start-up.
//
// sluice-cli registers each heavy stage as a lazy factory (registerModuleStages); the first create() loads
// the group's shared library (libsluice-stages-<group>.so, stages/stage_module_library.cpp) and asks it
// for the stage. Programs that link the groups in (the GUI, the tests: the sluice-core target) register
// them as linked providers instead (linked_stage_modules.cpp), and the same factories use those.

#include "pipeline/stage.h"

#include <QString>
#include <QStringList>
#include <memory>

namespace sluice {

class StageRegistry;

/// Bumped whenever StageModuleApi or the Stage interface changes in a way a module built earlier would
/// not match.
constexpr int kStageModuleApiVersion = 1;

/// The table a stage module hands to core. `sluiceVersion` is the SLUICE_VERSION the module was built with;
/// a module from another build is refused.
struct StageModuleApi {
    int apiVersion;
    const char* sluiceVersion;
    /// A fresh stage of the group, or nullptr when `id` is not one of its stages.
    std::unique_ptr<Stage> (*create)(const QString& id);
};

/// The entry point of each group, defined in stages/<group>_stage_module.cpp.
const StageModuleApi* imagesStageModule();
const StageModuleApi* pdfStageModule();
const StageModuleApi* ocrStageModule();
const StageModuleApi* s3StageModule();

namespace stagemodules {

using Entry = const StageModuleApi* (*)();

/// The groups and the ids of their stages, in registration order: {"pdf", {"pdf_text", "pdf"}}, ….
struct GroupInfo {
    QString name;
    QStringList stageIds;
};
QList<GroupInfo> groups();

/// Registers every stage of every group as a lazy factory in `registry`.
void registerModuleStages(StageRegistry& registry);

/// Declares group `name` linked into this program: its stages are created through `entry`, no library is
/// loaded. Called before main() by linked_stage_modules.cpp.
void provideLinked(const QString& name, Entry entry);

/// Loads group `name` once per process (the linked provider, else its shared library) and returns its
/// table; nullptr with a translated reason in `*error` ("libsluice-stages-pdf.so: cannot open shared
/// object file…") when it cannot be loaded. Thread-safe; a failure is remembered, not retried.
const StageModuleApi* load(const QString& name, QString* error = nullptr);

/// A fresh stage `id` of group `name`; when the group cannot be loaded, a stage whose every use fails with
/// "stage module <name> could not be loaded: <reason>" (never nullptr).
std::unique_ptr<Stage> create(const QString& name, const QString& id);

/// True when group `name` has been loaded (or its linked provider used) in this process.
bool isLoaded(const QString& name);

} // namespace stagemodules
} // namespace sluice
