// The exported entry of one stage module library, libsluice-stages-<group>: built once per group with
// SLUICE_STAGE_MODULE_GROUP set to pdf, images, ocr or s3 (core/CMakeLists.txt). stages/stage_modules.cpp
// resolves sluice_stage_module_<group> after loading the library. The group's code is linked in whole;
// core's own symbols are left undefined here and bind to the executable's copy when the library is loaded.
#include "stage_modules.h"

#include <QtGlobal>

#define SLUICE_PASTE_(a, b) a##b
#define SLUICE_PASTE(a, b) SLUICE_PASTE_(a, b)

/// The group's table (sluice::<group>StageModule()).
extern "C" Q_DECL_EXPORT const sluice::StageModuleApi* SLUICE_PASTE(sluice_stage_module_,
                                                                    SLUICE_STAGE_MODULE_GROUP)() {
    return sluice::SLUICE_PASTE(SLUICE_STAGE_MODULE_GROUP, StageModule)();
}
