#pragma once

#include "pipeline/stage.h"

namespace sluice {

/// Stands in for a stage whose module could not be loaded (stages/stage_modules.h): it keeps the stage's
/// id, declares no parameters, and reports `reason` — from checkParameters(), so that pipeline validation
/// names it, and as a permanent failure from process(), so that each item gets an error record.
class UnavailableStage : public Stage {
public:
    UnavailableStage(QString id, QString reason) : m_id(std::move(id)), m_reason(std::move(reason)) {}

    QString id() const override { return m_id; }
    QString displayName() const override { return m_id; }
    QString group() const override;
    QString description() const override { return m_reason; }
    QStringList checkParameters(const QJsonObject&) const override { return {m_reason}; }
    StageResult process(Item& item, const QJsonObject& params, Feedback& feedback) override;

    /// The sentence every use reports.
    const QString& reason() const { return m_reason; }

private:
    QString m_id;
    QString m_reason;
};

} // namespace sluice
