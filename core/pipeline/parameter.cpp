#include "parameter.h"

#include <QJsonArray>

namespace sluice {

QString paramTypeName(ParamType type) {
    switch (type) {
    case ParamType::Bool:
        return QStringLiteral("bool");
    case ParamType::Int:
        return QStringLiteral("int");
    case ParamType::Double:
        return QStringLiteral("double");
    case ParamType::String:
        return QStringLiteral("string");
    case ParamType::Enum:
        return QStringLiteral("enum");
    case ParamType::Glob:
        return QStringLiteral("glob");
    case ParamType::Path:
        return QStringLiteral("path");
    case ParamType::Password:
        return QStringLiteral("password");
    case ParamType::StringList:
        return QStringLiteral("string_list");
    case ParamType::Json:
        return QStringLiteral("json");
    }
    return QStringLiteral("string");
}

namespace {

/// A range bound is set when it is a number; Undefined and null (a default-constructed QJsonValue) are not.
bool isBound(const QJsonValue& bound) {
    return bound.isDouble();
}

} // namespace

ParamSpec makeParam(const QString& name, ParamType type, const QJsonValue& defaultValue, const QString& help,
                    const QJsonValue& minimum, const QJsonValue& maximum, const QString& unit) {
    ParamSpec p;
    p.name = name;
    p.type = type;
    p.defaultValue = defaultValue;
    p.help = help;
    p.minimum = minimum;
    p.maximum = maximum;
    p.unit = unit;
    return p;
}

QJsonObject ParamSpec::toJson() const {
    QJsonObject o;
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("type"), paramTypeName(type));
    // A password's default is never shown, even an empty one.
    if (!defaultValue.isUndefined() && type != ParamType::Password)
        o.insert(QStringLiteral("default"), defaultValue);
    if (isBound(minimum))
        o.insert(QStringLiteral("min"), minimum);
    if (isBound(maximum))
        o.insert(QStringLiteral("max"), maximum);
    if (!choices.isEmpty())
        o.insert(QStringLiteral("choices"), QJsonArray::fromStringList(choices));
    if (!unit.isEmpty())
        o.insert(QStringLiteral("unit"), unit);
    o.insert(QStringLiteral("help"), help);
    o.insert(QStringLiteral("required"), required);
    return o;
}

namespace {

QString rangeProblem(double v, const QJsonValue& min, const QJsonValue& max) {
    const bool hasMin = isBound(min);
    const bool hasMax = isBound(max);
    if (hasMin && hasMax && (v < min.toDouble() || v > max.toDouble()))
        return QCoreApplication::translate("sluice::ParamSpec", "must be between %1 and %2")
            .arg(min.toVariant().toString(), max.toVariant().toString());
    if (hasMin && v < min.toDouble())
        return QCoreApplication::translate("sluice::ParamSpec", "must be at least %1")
            .arg(min.toVariant().toString());
    if (hasMax && v > max.toDouble())
        return QCoreApplication::translate("sluice::ParamSpec", "must be at most %1")
            .arg(max.toVariant().toString());
    return {};
}

} // namespace

QString ParamSpec::check(const QJsonValue& value) const {
    auto tr = [](const char* text) {
        return QCoreApplication::translate("sluice::ParamSpec", text);
    };
    switch (type) {
    case ParamType::Bool:
        return value.isBool() ? QString() : tr("must be true or false");
    case ParamType::Int: {
        if (!value.isDouble() || value.toDouble() != static_cast<double>(value.toInteger()))
            return tr("must be a whole number");
        return rangeProblem(value.toDouble(), minimum, maximum);
    }
    case ParamType::Double:
        if (!value.isDouble())
            return tr("must be a number");
        return rangeProblem(value.toDouble(), minimum, maximum);
    case ParamType::Enum:
        if (!value.isString() || !choices.contains(value.toString()))
            return tr("must be one of: %1").arg(choices.join(QStringLiteral(", ")));
        return {};
    case ParamType::String:
    case ParamType::Glob:
    case ParamType::Path:
    case ParamType::Password:
        return value.isString() ? QString() : tr("must be text");
    case ParamType::StringList: {
        if (!value.isArray())
            return tr("must be a list of text values");
        for (const QJsonValue& v : value.toArray())
            if (!v.isString())
                return tr("must be a list of text values");
        return {};
    }
    case ParamType::Json:
        return {};
    }
    return {};
}

QJsonObject PortSpec::toJson() const {
    return QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("type"), type}};
}

bool portTypesCompatible(const QString& from, const QString& to) {
    const QString file = QStringLiteral("file");
    return from == to || from == file || to == file;
}

} // namespace sluice
