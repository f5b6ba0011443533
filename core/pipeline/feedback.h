#pragma once

#include <QString>
#include <atomic>

namespace sluice {

/// The channel through which a running stage reports progress and learns that it should stop.
///
/// Thread-safe: a stage calls it from a worker thread while the Runner (or the GUI) cancels from another.
/// Modelled on QGIS's QgsProcessingFeedback.
class Feedback {
public:
    virtual ~Feedback() = default;

    /// Progress of the current stage on the current item, 0–100 percent.
    virtual void setProgress(double percent) { m_progress.store(percent); }
    double progress() const { return m_progress.load(); }

    /// A line for the event log at info level (never include credentials).
    virtual void info(const QString& message) { (void)message; }

    /// An alert for the operator: an event of level warning and kind "alert" in the event log, which the
    /// GUI also shows as a desktop notification. `title` is short; `message` one or two sentences.
    virtual void alert(const QString& title, const QString& message) {
        (void)title;
        (void)message;
    }

    /// Asks the stage to stop as soon as it can; the stage then returns a failed result "canceled".
    void cancel() { m_canceled.store(true); }
    bool isCanceled() const { return m_canceled.load(); }

private:
    std::atomic<double> m_progress{0.0};
    std::atomic<bool> m_canceled{false};
};

} // namespace sluice
