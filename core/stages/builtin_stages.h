#pragma once

#include "pipeline/stage.h"
#include "text/text_counts.h"

#include <QCoreApplication>
#include <QFile>
#include <QString>

namespace sluice {
namespace stageutil {

/// Opens `file` (its name already set) read-only for a stage.
///
/// Returns an empty string on success. On failure returns a translated sentence naming the file and the
/// operating system's reason (QFile::errorString), e.g. "cannot open /in/a.pdf: Permission denied", and sets
/// `*transient` to true only when the OS said the file is busy or locked by another process (EBUSY,
/// ETXTBSY, EAGAIN on Unix; sharing or lock violation on Windows) — a retry may then succeed.
QString openForReading(QFile& file, bool* transient);

/// The failed result a stage returns when Feedback::isCanceled() became true: error "canceled", permanent.
StageResult canceledResult();

using sluice::codePointCount; ///< see core/text/text_counts.h

using sluice::wordCount; ///< see core/text/text_counts.h

} // namespace stageutil
} // namespace sluice
