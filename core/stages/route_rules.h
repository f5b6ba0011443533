#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QMimeType>
#include <QString>
#include <QStringList>

namespace sluice::route {

/// What a route rule is checked against: the file's name, size and MIME type, and — once stages have
/// run — the results of earlier nodes (node id → output object, as in Item::results).
struct RouteSubject {
    QString fileName;                     ///< name without folder, e.g. "scan.pdf"
    qint64 size = 0;                      ///< bytes
    QMimeType mime;                       ///< by content (QMimeDatabase); invalid when unknown
    const QJsonObject* results = nullptr; ///< null before any stage ran (a dry run)
};

/// The answer of one rule for one subject.
enum class RuleMatch {
    Matches,  ///< every criterion of the rule holds
    NoMatch,  ///< some criterion fails
    AtRunTime ///< the file-only criteria hold, but a `field` criterion needs results not known yet
};

/// The comparison operators of a `field` criterion: "<", "<=", ">", ">=", "==", "!=", "exists",
/// "missing". Numbers compare numerically; "=="/"!=" also compare strings and booleans.
QStringList fieldOperators();

/// Keys a rule may have: port, mime, glob, min_size, max_size, field, op, value.
QStringList ruleKeys();

/// `mime` or `glob` value as a list: a single string counts as a one-element list.
QJsonArray asList(const QJsonValue& value);

/// True when `type` is, inherits from, or (for "type/*" wildcards) has the prefix of a listed type.
bool mimeMatches(const QMimeType& type, const QJsonArray& patterns);

/// True when the file name matches any wildcard (QRegularExpression::wildcardToRegularExpression,
/// case-insensitive).
bool globMatches(const QString& fileName, const QJsonArray& globs);

/// The value at a dotted path "node.key.sub" in `results` (array elements by number, "pages.0.text");
/// Undefined when any step is missing.
QJsonValue fieldValue(const QJsonObject& results, const QString& path);

/// Checks one rule (criteria as documented on RouteStage) against `subject`. The file-only criteria
/// (mime, glob, min_size, max_size) are checked first; a `field` criterion with `subject.results`
/// null gives AtRunTime when they hold.
RuleMatch matchRule(const QJsonObject& rule, const RouteSubject& subject);

/// Problems of one rule's `field`/`op`/`value` criterion, each prefixed with `where` ("rules[2]").
QStringList checkFieldCriterion(const QJsonObject& rule, const QString& where);

} // namespace sluice::route
