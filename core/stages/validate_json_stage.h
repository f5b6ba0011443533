#pragma once

#include "pipeline/stage.h"

#include <QCoreApplication>

namespace sluice {

/// Stage `validate_json` (group Inspect): checks that the file is well-formed JSON (RFC 8259) with
/// QJsonDocument.
///
/// Output: {valid, type ("object"/"array"), and when invalid: error, line and column (1-based; the column
/// counts characters), offset (bytes)}. With fail_invalid (default true) an invalid file fails the item
/// (permanent error naming line and column). Files over max_bytes (default 64 MiB) are refused.
/// QJsonDocument takes only an object or an array at the top level: a bare number or string is reported
/// as invalid.
class ValidateJsonStage : public Stage {
    Q_DECLARE_TR_FUNCTIONS(sluice::ValidateJsonStage)
public:
    QString id() const override { return QStringLiteral("validate_json"); }
    QString displayName() const override;
    QString group() const override;
    QString description() const override;
    QList<ParamSpec> parameters() const override;

    StageResult process(Item& item, const QJsonObject& params, Feedback& feedback) override;
};

} // namespace sluice
