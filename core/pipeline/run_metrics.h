#pragma once

#include <QJsonObject>
#include <QtGlobal>

namespace sluice {

/// Throughput and outcome counts of a run (all items of a Runner) or of one watch folder.
struct RunMetrics {
    int succeeded = 0;    ///< items that finished "ok"
    int failed = 0;       ///< items that finished "failed"
    int skipped = 0;      ///< items not run (unchanged since processed)
    int retries = 0;      ///< stage runs repeated after transient failures
    qint64 bytes = 0;     ///< bytes of the items that ran (succeeded + failed), as stat'ed at their start
    qint64 elapsedMs = 0; ///< from the first item queued to the last one finished, ms

    /// Items that ran per second of elapsed time; 0 before any time passed.
    double filesPerSecond() const;
    /// Megabytes (10^6 bytes) of the items that ran per second of elapsed time.
    double megabytesPerSecond() const;
    /// failed / (succeeded + failed), 0 when nothing ran.
    double failureRate() const;
    /// {succeeded, failed, skipped, retries, bytes, elapsed_ms, files_per_s, mb_per_s} (rates rounded to
    /// 0.01).
    QJsonObject toJson() const;
};

} // namespace sluice
