#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace sluice {

/// The type of a stage parameter; drives validation, the CLI listing and the editor's property forms.
enum class ParamType {
    Bool,       ///< true/false
    Int,        ///< whole number, optional min/max
    Double,     ///< real number, optional min/max
    String,     ///< free text
    Enum,       ///< one of `choices`
    Glob,       ///< shell-style wildcard pattern (QRegularExpression::wildcardToRegularExpression)
    Path,       ///< a file or folder path
    Password,   ///< secret text: masked in the GUI, never logged, never printed by `stages`
    StringList, ///< list of strings (JSON array)
    Json        ///< any JSON value whose shape the stage checks itself (e.g. route rules)
};

/// Stable, untranslated name of a type as used in JSON ("bool", "int", ...).
QString paramTypeName(ParamType type);

/// Declaration of one parameter of a stage.
struct ParamSpec {
    QString name; ///< fixed key in pipeline JSON, never translated, e.g. "max_chars"
    ParamType type = ParamType::String;
    QJsonValue defaultValue{
        QJsonValue::Undefined}; ///< used when the pipeline omits the parameter (Undefined = no default)
    QJsonValue minimum{
        QJsonValue::Undefined}; ///< Int/Double lower bound (inclusive), Undefined when unbounded
    QJsonValue maximum{
        QJsonValue::Undefined}; ///< Int/Double upper bound (inclusive), Undefined when unbounded
    QStringList choices;        ///< Enum only
    QString unit;               ///< e.g. "bytes", "ms", "px", "%" — shown next to numbers
    QString help;               ///< translated one-line explanation
    bool required = false;      ///< must be set in the pipeline (no default)

    /// JSON form used by `sluice-cli stages --json`.
    QJsonObject toJson() const;

    /// Checks one value against this spec; returns an empty string when valid, otherwise the problem,
    /// e.g. "must be between 1 and 100" or "must be one of: sha256, md5".
    QString check(const QJsonValue& value) const;
};

/// A ParamSpec in one call; `minimum`/`maximum` left out (or null) mean unbounded.
ParamSpec makeParam(const QString& name, ParamType type, const QJsonValue& defaultValue, const QString& help,
                    const QJsonValue& minimum = QJsonValue(QJsonValue::Undefined),
                    const QJsonValue& maximum = QJsonValue(QJsonValue::Undefined), const QString& unit = {});

/// A typed port of a stage. Types: "file" (any item), "document", "image", "text" — a connection is
/// allowed when the types are equal or either side is "file".
struct PortSpec {
    QString name; ///< fixed port id, e.g. "out", "pdf"
    QString type = QStringLiteral("file");
    QJsonObject toJson() const;
};

/// True when an output port of type `from` may feed an input port of type `to`.
bool portTypesCompatible(const QString& from, const QString& to);

} // namespace sluice
