#include "route_rules.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace sluice::route {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("sluice::route", text);
}

/// Compares two JSON scalars with `op`; false when they cannot be compared that way.
bool compare(const QJsonValue& actual, const QString& op, const QJsonValue& expected) {
    if (op == QLatin1String("exists"))
        return !actual.isUndefined() && !actual.isNull();
    if (op == QLatin1String("missing"))
        return actual.isUndefined() || actual.isNull();
    if (actual.isUndefined())
        return false;
    if (actual.isDouble() && expected.isDouble()) {
        const double a = actual.toDouble();
        const double b = expected.toDouble();
        if (op == QLatin1String("<"))
            return a < b;
        if (op == QLatin1String("<="))
            return a <= b;
        if (op == QLatin1String(">"))
            return a > b;
        if (op == QLatin1String(">="))
            return a >= b;
        if (op == QLatin1String("=="))
            return a == b;
        if (op == QLatin1String("!="))
            return a != b;
        return false;
    }
    if (op == QLatin1String("=="))
        return actual == expected;
    if (op == QLatin1String("!="))
        return actual != expected;
    return false;
}

} // namespace

QStringList fieldOperators() {
    return {QStringLiteral("<"),  QStringLiteral("<="), QStringLiteral(">"),      QStringLiteral(">="),
            QStringLiteral("=="), QStringLiteral("!="), QStringLiteral("exists"), QStringLiteral("missing")};
}

QStringList ruleKeys() {
    return {QStringLiteral("port"),     QStringLiteral("mime"),     QStringLiteral("glob"),
            QStringLiteral("min_size"), QStringLiteral("max_size"), QStringLiteral("field"),
            QStringLiteral("op"),       QStringLiteral("value")};
}

QJsonArray asList(const QJsonValue& value) {
    return value.isString() ? QJsonArray{value} : value.toArray();
}

bool mimeMatches(const QMimeType& type, const QJsonArray& patterns) {
    if (!type.isValid())
        return false;
    // Wildcards look at the type and its ancestors, not at aliases: application/pdf has the alias
    // "image/pdf" (shared-mime-info), which must not make a PDF an "image/*".
    const QStringList names = QStringList{type.name()} + type.allAncestors();
    for (const QJsonValue& p : patterns) {
        const QString pattern = p.toString();
        if (pattern.endsWith(QLatin1String("/*"))) {
            const QString prefix = pattern.chopped(1); // "image/"
            for (const QString& n : names)
                if (n.startsWith(prefix, Qt::CaseInsensitive))
                    return true;
        } else if (type.inherits(pattern.toLower())) {
            return true;
        }
    }
    return false;
}

bool globMatches(const QString& fileName, const QJsonArray& globs) {
    for (const QJsonValue& g : globs) {
        const QRegularExpression re(QRegularExpression::wildcardToRegularExpression(g.toString()),
                                    QRegularExpression::CaseInsensitiveOption);
        if (re.match(fileName).hasMatch())
            return true;
    }
    return false;
}

QJsonValue fieldValue(const QJsonObject& results, const QString& path) {
    const QStringList steps = path.split(QLatin1Char('.'));
    QJsonValue current = results;
    for (const QString& step : steps) {
        if (current.isObject()) {
            current = current.toObject().value(step);
        } else if (current.isArray()) {
            bool ok = false;
            const int index = step.toInt(&ok);
            const QJsonArray array = current.toArray();
            if (!ok || index < 0 || index >= array.size())
                return QJsonValue(QJsonValue::Undefined);
            current = array.at(index);
        } else {
            return QJsonValue(QJsonValue::Undefined);
        }
        if (current.isUndefined())
            return current;
    }
    return current;
}

RuleMatch matchRule(const QJsonObject& rule, const RouteSubject& subject) {
    if (rule.contains(QStringLiteral("mime")) &&
        !mimeMatches(subject.mime, asList(rule.value(QStringLiteral("mime")))))
        return RuleMatch::NoMatch;
    if (rule.contains(QStringLiteral("glob")) &&
        !globMatches(subject.fileName, asList(rule.value(QStringLiteral("glob")))))
        return RuleMatch::NoMatch;
    if (rule.contains(QStringLiteral("min_size")) &&
        subject.size < rule.value(QStringLiteral("min_size")).toInteger())
        return RuleMatch::NoMatch;
    if (rule.contains(QStringLiteral("max_size")) &&
        subject.size > rule.value(QStringLiteral("max_size")).toInteger())
        return RuleMatch::NoMatch;
    if (rule.contains(QStringLiteral("field"))) {
        if (!subject.results)
            return RuleMatch::AtRunTime;
        const QJsonValue actual =
            fieldValue(*subject.results, rule.value(QStringLiteral("field")).toString());
        if (!compare(actual, rule.value(QStringLiteral("op")).toString(QStringLiteral("exists")),
                     rule.value(QStringLiteral("value"))))
            return RuleMatch::NoMatch;
    }
    return RuleMatch::Matches;
}

QStringList checkFieldCriterion(const QJsonObject& rule, const QString& where) {
    QStringList problems;
    const bool hasField = rule.contains(QStringLiteral("field"));
    if (!hasField) {
        if (rule.contains(QStringLiteral("op")) || rule.contains(QStringLiteral("value")))
            problems << tr("%1: op and value need a field").arg(where);
        return problems;
    }
    static const QRegularExpression pathPattern(QStringLiteral("^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)+$"));
    const QJsonValue field = rule.value(QStringLiteral("field"));
    if (!field.isString() || !pathPattern.match(field.toString()).hasMatch())
        problems
            << tr("%1: field must be a dotted path \"node.key\", e.g. \"ocr.mean_confidence\"").arg(where);
    const QString op = rule.value(QStringLiteral("op")).toString(QStringLiteral("exists"));
    if (!fieldOperators().contains(op)) {
        problems << tr("%1: op must be one of: %2").arg(where, fieldOperators().join(QStringLiteral(", ")));
        return problems;
    }
    const QJsonValue value = rule.value(QStringLiteral("value"));
    const bool needsValue = op != QLatin1String("exists") && op != QLatin1String("missing");
    if (needsValue && value.isUndefined())
        problems << tr("%1: op \"%2\" needs a value").arg(where, op);
    else if (needsValue && op != QLatin1String("==") && op != QLatin1String("!=") && !value.isDouble())
        problems << tr("%1: op \"%2\" compares numbers: value must be a number").arg(where, op);
    else if (needsValue && (value.isArray() || value.isObject()))
        problems << tr("%1: value must be a number, a string, true or false").arg(where);
    return problems;
}

} // namespace sluice::route
