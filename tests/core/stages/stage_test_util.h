#pragma once

// Helpers shared by the stage tests: run one stage on one file the way the executor does
// (parameters with defaults filled in, a fresh Item from the path).

#include "pipeline/stage_registry.h"

#include <QFile>
#include <QJsonObject>
#include <QString>

namespace sluice::test {

/// Absolute path of a file under tests/data, e.g. data("pdf/empty.pdf").
inline QString data(const QString& relative) {
    return QStringLiteral(SLUICE_TEST_DATA) + QLatin1Char('/') + relative;
}

/// Writes `bytes` to `path`; returns false when the file cannot be written.
inline bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

/// Runs `stage` on the file at `path` with `params` (defaults filled in) and a fresh Feedback.
/// `item` receives the Item after processing (mime/sha256 may be set by the stage).
inline StageResult run(Stage& stage, const QString& path, const QJsonObject& params = {},
                       Item* item = nullptr, Feedback* feedback = nullptr) {
    Item local = Item::fromPath(path);
    Item& it = item ? *item : local;
    if (item)
        it = Item::fromPath(path);
    Feedback defaultFeedback;
    Feedback& fb = feedback ? *feedback : defaultFeedback;
    return stage.process(it, StageRegistry::withDefaults(stage, params), fb);
}

} // namespace sluice::test
