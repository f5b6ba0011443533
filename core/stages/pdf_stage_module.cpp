// The pdf stage group's entry: the table stages/stage_modules.cpp uses to create its stages, whether
// the group is linked in or loaded as libsluice-stages-pdf (stages/stage_module_library.cpp).
#include "pdf_stage.h"
#include "pdf_text_stage.h"
#include "stage_modules.h"

namespace sluice {

namespace {

std::unique_ptr<Stage> create(const QString& id) {
    if (id == PdfTextStage().id())
        return std::make_unique<PdfTextStage>();
    if (id == PdfStage().id())
        return std::make_unique<PdfStage>();
    return nullptr;
}

} // namespace

const StageModuleApi* pdfStageModule() {
    static const StageModuleApi api{kStageModuleApiVersion, SLUICE_VERSION, &create};
    return &api;
}

} // namespace sluice
