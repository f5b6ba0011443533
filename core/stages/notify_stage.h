#pragma once

#include "pipeline/stage.h"

#include <QCoreApplication>

namespace sluice {

/// Stage `notify` (group Output): raises an alert for the operator — an event of level warning and kind
/// "alert" in the event log (Feedback::alert), which the GUI shows as a desktop notification.
///
/// Parameters: title (default "Sluice"), message (template with {name}, {path}, {status} = ok/failed,
/// {errors} = the failed nodes' messages; default "{name}: {status}"), when (always / on_failure /
/// on_success, default always). It runs after failures too, so that "on_failure" can report them.
/// Output: {notified (bool), title, message}.
class NotifyStage : public Stage {
    Q_DECLARE_TR_FUNCTIONS(sluice::NotifyStage)
public:
    QString id() const override { return QStringLiteral("notify"); }
    QString displayName() const override;
    QString group() const override;
    QString description() const override;
    QList<ParamSpec> parameters() const override;
    bool runsAfterFailure() const override { return true; }
    StageResult process(Item& item, const QJsonObject& params, Feedback& feedback) override;
};

} // namespace sluice
