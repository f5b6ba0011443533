#pragma once

#include "feedback.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

namespace sluice {

/// How often and how patiently a node is retried after a transient failure (locked, busy, network).
///
/// The delay before retry n (n = 1 for the first retry) is
///   d(n) = min(maxDelayMs, initialDelayMs · factor^(n−1)) · (1 − jitter · u),  u uniform in [0, 1)
/// — capped exponential backoff with proportional jitter ("equal jitter" generalised, after AWS's
/// "Exponential Backoff And Jitter" article), so that many workers failing at once do not retry in step.
/// Permanent failures are never retried.
struct RetryPolicy {
    int attempts = 3;            ///< total tries including the first, 1..20 (1 = no retry)
    qint64 initialDelayMs = 500; ///< delay before the first retry, ms, 0..3 600 000
    double factor = 2.0;         ///< growth per retry, 1..10
    qint64 maxDelayMs = 30000;   ///< cap of one delay, ms, 0..3 600 000
    double jitter = 0.2;         ///< share of each delay that is random, 0..1

    /// The delay before retry `retry` (1-based) for a random draw `u` in [0, 1), in ms.
    qint64 delayMs(int retry, double u) const;

    /// Reads a node-level "retry" object {attempts, initial_delay_ms, factor, max_delay_ms, jitter};
    /// missing keys keep the defaults of `base`. Problems (unknown key, wrong type, out of range) go to
    /// `problems`, one message per key naming it, and leave that key at its default.
    static RetryPolicy fromJson(const QJsonObject& object, const RetryPolicy& base,
                                QStringList* problems = nullptr);
    /// The JSON form read by fromJson (every key written).
    QJsonObject toJson() const;
};

/// Time as the executor sees it, injectable so that tests of the retry timing run on a fake clock.
class Sleeper {
public:
    virtual ~Sleeper() = default;
    /// Waits `ms` milliseconds or until `feedback` is canceled; returns false when canceled.
    virtual bool sleep(qint64 ms, const Feedback& feedback) = 0;
    /// A draw in [0, 1) for the jitter.
    virtual double random() = 0;
};

/// The real clock: sleeps in slices of at most 50 ms so that a cancel is noticed promptly; jitter from
/// QRandomGenerator::global(). Thread-safe.
class SystemSleeper : public Sleeper {
public:
    bool sleep(qint64 ms, const Feedback& feedback) override;
    double random() override;
    /// One shared instance.
    static std::shared_ptr<Sleeper> instance();
};

} // namespace sluice
