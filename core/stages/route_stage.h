#pragma once

#include "pipeline/stage.h"

#include <QCoreApplication>

namespace sluice {

/// Stage `route` (group Flow): sends the item down one output port chosen by rules.
///
/// Parameter `rules` (JSON array, default []): objects {port (required, [a-z0-9_]+), mime (type names or
/// "type/*" wildcards), glob (file-name patterns, case-insensitive), min_size, max_size (bytes,
/// inclusive), field (a dotted path into earlier results, "node.key", e.g. "ocr.mean_confidence" or
/// "image_analysis.quality.is_blurry"), op ("<", "<=", ">", ">=", "==", "!=", "exists", "missing"; default
/// "exists") and value (number, string or bool)}; `mime` and `glob` take a list or a single string. A rule
/// matches when every criterion it has matches: mime when any listed type is the item's type or one it
/// inherits from (QMimeType::inherits, so "text/plain" also takes C sources), or a wildcard's "type/" prefix
/// matches the item's type or an ancestor; glob when any pattern matches the file name
/// (QRegularExpression::wildcardToRegularExpression). A rule without criteria matches every item. The first
/// matching rule wins; none → `default_port` (default "other"). Output ports: each distinct rule port in
/// order, then the default port. Output: {port, rule (0-based index, -1 for the default)};
/// StageResult::activePorts = {port}. Uses Item::mime, detecting (and setting) it by content when it is
/// empty.
class RouteStage : public Stage {
    Q_DECLARE_TR_FUNCTIONS(sluice::RouteStage)
public:
    QString id() const override { return QStringLiteral("route"); }
    QString displayName() const override;
    QString group() const override;
    QString description() const override;
    QList<ParamSpec> parameters() const override;
    QList<PortSpec> outputs(const QJsonObject& params) const override;
    /// One message per problem, e.g. "rules[2]: port is missing", "rules[0]: unknown key \"globs\"".
    QStringList checkParameters(const QJsonObject& params) const override;
    StageResult process(Item& item, const QJsonObject& params, Feedback& feedback) override;
};

} // namespace sluice
