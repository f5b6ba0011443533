// The images stage group's entry: the table stages/stage_modules.cpp uses to create its stages, whether
// the group is linked in or loaded as libsluice-stages-images (stages/stage_module_library.cpp).
#include "image_analyze_stage.h"
#include "image_info_stage.h"
#include "image_transform_stage.h"
#include "stage_modules.h"

namespace sluice {

namespace {

std::unique_ptr<Stage> create(const QString& id) {
    if (id == ImageInfoStage().id())
        return std::make_unique<ImageInfoStage>();
    if (id == ImageAnalyzeStage().id())
        return std::make_unique<ImageAnalyzeStage>();
    if (id == ImageTransformStage().id())
        return std::make_unique<ImageTransformStage>();
    return nullptr;
}

} // namespace

const StageModuleApi* imagesStageModule() {
    static const StageModuleApi api{kStageModuleApiVersion, SLUICE_VERSION, &create};
    return &api;
}

} // namespace sluice
