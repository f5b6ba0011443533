// The ocr stage group's entry: the table stages/stage_modules.cpp uses to create its stages, whether
// the group is linked in or loaded as libsluice-stages-ocr (stages/stage_module_library.cpp).
#include "ocr_stage.h"
#include "stage_modules.h"

namespace sluice {

namespace {

std::unique_ptr<Stage> create(const QString& id) {
    if (id == OcrStage().id())
        return std::make_unique<OcrStage>();
    return nullptr;
}

} // namespace

const StageModuleApi* ocrStageModule() {
    static const StageModuleApi api{kStageModuleApiVersion, SLUICE_VERSION, &create};
    return &api;
}

} // namespace sluice
