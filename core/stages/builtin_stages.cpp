#include "builtin_stages.h"

#include "archive_create_stage.h"
#include "archive_extract_stage.h"
#include "backup_stage.h"
#include "copy_stage.h"
#include "delete_stage.h"
#include "docx_stage.h"
#include "hash_stage.h"
#include "jsonl_log_stage.h"
#include "mime_stage.h"
#include "move_stage.h"
#include "notify_stage.h"
#include "pipeline/stage_registry.h"
#include "route_stage.h"
#include "stage_modules.h"
#include "text_stage.h"
#include "validate_json_stage.h"
#include "validate_xml_stage.h"
#include "version_stage.h"

#include <cerrno>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace sluice {

namespace {

template <typename T> void addStage(StageRegistry& registry) {
    registry.add(T().id(), [] { return std::make_unique<T>(); });
}

} // namespace

void registerBuiltinStages(StageRegistry& registry) {
    addStage<MimeStage>(registry);
    addStage<HashStage>(registry);
    addStage<TextStage>(registry);
    addStage<DocxStage>(registry);
    addStage<RouteStage>(registry);
    addStage<JsonlLogStage>(registry);
    addStage<ArchiveExtractStage>(registry);
    addStage<ArchiveCreateStage>(registry);
    addStage<ValidateJsonStage>(registry);
    addStage<ValidateXmlStage>(registry);
    addStage<CopyStage>(registry);
    addStage<MoveStage>(registry);
    addStage<BackupStage>(registry);
    addStage<VersionStage>(registry);
    addStage<DeleteStage>(registry);
    addStage<NotifyStage>(registry);
    // pdf, pdf_text, image_*, ocr, s3_upload: created by their module, loaded on first use.
    stagemodules::registerModuleStages(registry);
}

namespace stageutil {

QString openForReading(QFile& file, bool* transient) {
    if (transient)
        *transient = false;
    errno = 0;
    if (file.open(QIODevice::ReadOnly))
        return {};
#ifdef Q_OS_WIN
    const DWORD code = GetLastError();
    const bool busy = code == ERROR_SHARING_VIOLATION || code == ERROR_LOCK_VIOLATION;
#else
    const int code = errno;
    const bool busy = code == EBUSY || code == ETXTBSY || code == EAGAIN;
#endif
    if (transient)
        *transient = busy;
    return QCoreApplication::translate("sluice::StageInput", "cannot open %1: %2")
        .arg(file.fileName(), file.errorString());
}

StageResult canceledResult() {
    return StageResult::failure(QCoreApplication::translate("sluice::StageInput", "canceled"));
}

} // namespace stageutil
} // namespace sluice
