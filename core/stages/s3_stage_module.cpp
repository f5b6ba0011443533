// The s3 stage group's entry: the table stages/stage_modules.cpp uses to create its stages, whether
// the group is linked in or loaded as libsluice-stages-s3 (stages/stage_module_library.cpp).
#include "s3_upload_stage.h"
#include "stage_modules.h"

namespace sluice {

namespace {

std::unique_ptr<Stage> create(const QString& id) {
    if (id == S3UploadStage().id())
        return std::make_unique<S3UploadStage>();
    return nullptr;
}

} // namespace

const StageModuleApi* s3StageModule() {
    static const StageModuleApi api{kStageModuleApiVersion, SLUICE_VERSION, &create};
    return &api;
}

} // namespace sluice
