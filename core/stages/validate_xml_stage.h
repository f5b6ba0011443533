#pragma once

#include "pipeline/stage.h"

#include <QCoreApplication>

namespace sluice {

/// Stage `validate_xml` (group Inspect): checks that the file is well-formed XML 1.0 with
/// QXmlStreamReader (streamed: any size).
///
/// Output: {valid, root (name of the root element), elements (count), and when invalid: error, line,
/// column (1-based, as QXmlStreamReader counts them)}. With fail_invalid (default true) an invalid file
/// fails the item (permanent error naming line and column). Well-formedness only: no DTD or schema
/// validation, and external entities are never fetched.
class ValidateXmlStage : public Stage {
    Q_DECLARE_TR_FUNCTIONS(sluice::ValidateXmlStage)
public:
    QString id() const override { return QStringLiteral("validate_xml"); }
    QString displayName() const override;
    QString group() const override;
    QString description() const override;
    QList<ParamSpec> parameters() const override;

    StageResult process(Item& item, const QJsonObject& params, Feedback& feedback) override;
};

} // namespace sluice
