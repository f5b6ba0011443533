#pragma once

#include "pipeline/stage.h"

#include <QCoreApplication>

namespace sluice {

/// Stage `jsonl_log` (group Output): appends one JSON line per item to a daily log file.
///
/// The file is `<dir>/sluice-YYYY-MM-DD.jsonl` (UTC date; JSON Lines, https://jsonlines.org); `dir`
/// defaults to `<QStandardPaths::AppDataLocation>/logs` and is created when missing. Each line is
/// {time (ISO 8601 UTC with ms), path, size (bytes), mtime (ISO 8601 UTC), mime, sha256, nodes (ids of the
/// nodes that produced results so far)}. Thread-safe within the process: a static mutex serialises writers,
/// each line is written with one write() and flushed. Output: {file: path of the log file}.
/// Errors: the folder cannot be created, the file cannot be opened, or the line is not fully written
/// (disk full).
class JsonlLogStage : public Stage {
    Q_DECLARE_TR_FUNCTIONS(sluice::JsonlLogStage)
public:
    /// The folder used when `dir` is empty: `<AppDataLocation>/logs`.
    static QString defaultDirectory();

    QString id() const override { return QStringLiteral("jsonl_log"); }
    QString displayName() const override;
    QString group() const override;
    QString description() const override;
    QList<ParamSpec> parameters() const override;
    /// The log records failed files too (with "status": "failed" and their errors).
    bool runsAfterFailure() const override { return true; }
    StageResult process(Item& item, const QJsonObject& params, Feedback& feedback) override;
};

} // namespace sluice
