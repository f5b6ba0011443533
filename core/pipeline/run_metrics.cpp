#include "run_metrics.h"

#include <cmath>

namespace sluice {

namespace {
double round2(double v) {
    return std::round(v * 100.0) / 100.0;
}
} // namespace

double RunMetrics::filesPerSecond() const {
    return elapsedMs > 0 ? double(succeeded + failed) * 1000.0 / double(elapsedMs) : 0.0;
}

double RunMetrics::megabytesPerSecond() const {
    return elapsedMs > 0 ? double(bytes) / 1e6 * 1000.0 / double(elapsedMs) : 0.0;
}

double RunMetrics::failureRate() const {
    const int ran = succeeded + failed;
    return ran > 0 ? double(failed) / double(ran) : 0.0;
}

QJsonObject RunMetrics::toJson() const {
    return QJsonObject{{QStringLiteral("succeeded"), succeeded},
                       {QStringLiteral("failed"), failed},
                       {QStringLiteral("skipped"), skipped},
                       {QStringLiteral("retries"), retries},
                       {QStringLiteral("bytes"), bytes},
                       {QStringLiteral("elapsed_ms"), elapsedMs},
                       {QStringLiteral("files_per_s"), round2(filesPerSecond())},
                       {QStringLiteral("mb_per_s"), round2(megabytesPerSecond())}};
}

} // namespace sluice
