#include "retry_policy.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSet>
#include <QThread>
#include <algorithm>
#include <cmath>

namespace sluice {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("sluice::RetryPolicy", text);
}

constexpr qint64 kMaxDelayBound = 3600000;

} // namespace

qint64 RetryPolicy::delayMs(int retry, double u) const {
    if (retry < 1)
        return 0;
    const double base = double(initialDelayMs) * std::pow(factor, double(retry - 1));
    const double capped = std::min(double(maxDelayMs), base);
    const double jittered = capped * (1.0 - jitter * std::clamp(u, 0.0, 1.0));
    return qint64(std::llround(std::max(0.0, jittered)));
}

RetryPolicy RetryPolicy::fromJson(const QJsonObject& o, const RetryPolicy& base, QStringList* problems) {
    RetryPolicy p = base;
    auto problem = [problems](const QString& message) {
        if (problems)
            problems->append(message);
    };
    static const QSet<QString> known{QStringLiteral("attempts"), QStringLiteral("initial_delay_ms"),
                                     QStringLiteral("factor"), QStringLiteral("max_delay_ms"),
                                     QStringLiteral("jitter")};
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        if (!known.contains(it.key()))
            problem(tr("retry.%1: unknown key (known: attempts, initial_delay_ms, factor, max_delay_ms, "
                       "jitter)")
                        .arg(it.key()));
    auto number = [&](const char* key, double lo, double hi, bool whole, double* outValue) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return;
        const double d = v.toDouble(std::nan(""));
        if (!v.isDouble() || std::isnan(d) || d < lo || d > hi || (whole && d != std::floor(d))) {
            problem(tr("retry.%1: must be a %2 from %3 to %4")
                        .arg(QLatin1String(key), whole ? tr("whole number") : tr("number"))
                        .arg(lo)
                        .arg(hi));
            return;
        }
        *outValue = d;
    };
    double attempts = p.attempts, initial = double(p.initialDelayMs), factor = p.factor,
           maxDelay = double(p.maxDelayMs), jitter = p.jitter;
    number("attempts", 1, 20, true, &attempts);
    number("initial_delay_ms", 0, kMaxDelayBound, true, &initial);
    number("factor", 1, 10, false, &factor);
    number("max_delay_ms", 0, kMaxDelayBound, true, &maxDelay);
    number("jitter", 0, 1, false, &jitter);
    p.attempts = int(attempts);
    p.initialDelayMs = qint64(initial);
    p.factor = factor;
    p.maxDelayMs = qint64(maxDelay);
    p.jitter = jitter;
    return p;
}

QJsonObject RetryPolicy::toJson() const {
    return QJsonObject{{QStringLiteral("attempts"), attempts},
                       {QStringLiteral("initial_delay_ms"), initialDelayMs},
                       {QStringLiteral("factor"), factor},
                       {QStringLiteral("max_delay_ms"), maxDelayMs},
                       {QStringLiteral("jitter"), jitter}};
}

bool SystemSleeper::sleep(qint64 ms, const Feedback& feedback) {
    qint64 left = ms;
    while (left > 0) {
        if (feedback.isCanceled())
            return false;
        const qint64 slice = std::min<qint64>(left, 50);
        QThread::msleep(static_cast<unsigned long>(slice));
        left -= slice;
    }
    return !feedback.isCanceled();
}

double SystemSleeper::random() {
    return QRandomGenerator::global()->generateDouble();
}

std::shared_ptr<Sleeper> SystemSleeper::instance() {
    static const std::shared_ptr<Sleeper> sleeper = std::make_shared<SystemSleeper>();
    return sleeper;
}

} // namespace sluice
