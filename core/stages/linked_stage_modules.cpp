// Linked into programs that link the heavy stage groups in (the sluice-core target: the GUI and the
// tests): declares each group linked before main(), so that stages/stage_modules.cpp creates their stages
// directly instead of loading libsluice-stages-<group>. sluice-cli does not link this file.
#include "stage_modules.h"

namespace {

const bool registered = [] {
    using namespace sluice;
    stagemodules::provideLinked(QStringLiteral("pdf"), &pdfStageModule);
    stagemodules::provideLinked(QStringLiteral("images"), &imagesStageModule);
    stagemodules::provideLinked(QStringLiteral("ocr"), &ocrStageModule);
    stagemodules::provideLinked(QStringLiteral("s3"), &s3StageModule);
    return true;
}();

} // namespace
