#include "route_stage.h"

#include "builtin_stages.h"
#include "mime_stage.h"
#include "route_rules.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QMimeDatabase>
#include <QRegularExpression>

namespace sluice {

using route::asList;

namespace {

const QRegularExpression& portPattern() {
    static const QRegularExpression re(QStringLiteral("^[a-z0-9_]+$"));
    return re;
}

const QRegularExpression& mimePattern() {
    // type/subtype (RFC 6838 §4.2 restricted names) or type/* as a wildcard.
    static const QRegularExpression re(
        QStringLiteral("^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*/([A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*|\\*)$"));
    return re;
}

bool isStringList(const QJsonValue& v) {
    if (v.isString())
        return true;
    if (!v.isArray())
        return false;
    for (const QJsonValue& e : v.toArray())
        if (!e.isString())
            return false;
    return true;
}

bool isSize(const QJsonValue& v) {
    return v.isDouble() && v.toDouble() >= 0 && v.toDouble() == static_cast<double>(v.toInteger());
}

} // namespace

QString RouteStage::displayName() const {
    return tr("Route");
}
QString RouteStage::group() const {
    return tr("Flow");
}
QString RouteStage::description() const {
    return tr(
        "Sends each file to one output port by its MIME type, file name or size: the first matching rule "
        "wins, files that match no rule go to the default port.");
}

QList<ParamSpec> RouteStage::parameters() const {
    ParamSpec rules;
    rules.name = QStringLiteral("rules");
    rules.type = ParamType::Json;
    rules.defaultValue = QJsonArray();
    rules.help =
        tr("List of rules {port, mime, glob, min_size, max_size, field, op, value}; the first rule whose "
           "every criterion matches chooses the port.");

    ParamSpec defaultPort;
    defaultPort.name = QStringLiteral("default_port");
    defaultPort.type = ParamType::String;
    defaultPort.defaultValue = QStringLiteral("other");
    defaultPort.help = tr("Port for files that match no rule (letters a-z, digits and _).");
    return {rules, defaultPort};
}

QList<PortSpec> RouteStage::outputs(const QJsonObject& params) const {
    QStringList ports;
    for (const QJsonValue& rule : params.value(QStringLiteral("rules")).toArray()) {
        const QString port = rule.toObject().value(QStringLiteral("port")).toString();
        if (portPattern().match(port).hasMatch() && !ports.contains(port))
            ports << port;
    }
    const QString fallback = params.value(QStringLiteral("default_port")).toString(QStringLiteral("other"));
    if (!fallback.isEmpty() && !ports.contains(fallback))
        ports << fallback;
    QList<PortSpec> specs;
    for (const QString& port : ports)
        specs << PortSpec{port, QStringLiteral("file")};
    return specs;
}

QStringList RouteStage::checkParameters(const QJsonObject& params) const {
    QStringList problems;
    const QJsonValue fallback = params.value(QStringLiteral("default_port"));
    if (!fallback.isUndefined() && !portPattern().match(fallback.toString()).hasMatch())
        problems << tr("default_port: must be a non-empty name of lower-case letters a-z, digits and _");

    const QJsonValue rulesValue = params.value(QStringLiteral("rules"));
    if (rulesValue.isUndefined())
        return problems;
    if (!rulesValue.isArray()) {
        problems << tr("rules: must be a list of rule objects");
        return problems;
    }
    const QStringList known = route::ruleKeys();
    const QJsonArray rules = rulesValue.toArray();
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const QString where = QStringLiteral("rules[%1]").arg(i);
        if (!rules.at(i).isObject()) {
            problems << tr("%1: must be an object {port, mime, glob, min_size, max_size}").arg(where);
            continue;
        }
        const QJsonObject rule = rules.at(i).toObject();
        for (auto it = rule.constBegin(); it != rule.constEnd(); ++it)
            if (!known.contains(it.key()))
                problems << tr("%1: unknown key \"%2\" (known: %3)")
                                .arg(where, it.key(), known.join(QStringLiteral(", ")));
        const QJsonValue port = rule.value(QStringLiteral("port"));
        if (port.isUndefined())
            problems << tr("%1: port is missing").arg(where);
        else if (!port.isString() || !portPattern().match(port.toString()).hasMatch())
            problems
                << tr("%1: port must be a non-empty name of lower-case letters a-z, digits and _").arg(where);

        const QJsonValue mime = rule.value(QStringLiteral("mime"));
        if (!mime.isUndefined()) {
            if (!isStringList(mime))
                problems << tr("%1: mime must be a MIME type name or a list of them").arg(where);
            else
                for (const QJsonValue& m : asList(mime))
                    if (!mimePattern().match(m.toString()).hasMatch())
                        problems << tr("%1: mime \"%2\" is not a type name like \"application/pdf\" or "
                                       "\"image/*\"")
                                        .arg(where, m.toString());
        }
        const QJsonValue glob = rule.value(QStringLiteral("glob"));
        if (!glob.isUndefined()) {
            if (!isStringList(glob))
                problems << tr("%1: glob must be a file-name pattern or a list of them").arg(where);
            else
                for (const QJsonValue& g : asList(glob))
                    if (g.toString().isEmpty())
                        problems << tr("%1: glob patterns must not be empty").arg(where);
        }
        const QJsonValue minSize = rule.value(QStringLiteral("min_size"));
        const QJsonValue maxSize = rule.value(QStringLiteral("max_size"));
        if (!minSize.isUndefined() && !isSize(minSize))
            problems << tr("%1: min_size must be a whole number of bytes, 0 or more").arg(where);
        if (!maxSize.isUndefined() && !isSize(maxSize))
            problems << tr("%1: max_size must be a whole number of bytes, 0 or more").arg(where);
        if (isSize(minSize) && isSize(maxSize) && minSize.toInteger() > maxSize.toInteger())
            problems << tr("%1: min_size (%2) is larger than max_size (%3)")
                            .arg(where)
                            .arg(minSize.toInteger())
                            .arg(maxSize.toInteger());
        problems << route::checkFieldCriterion(rule, where);
    }
    return problems;
}

StageResult RouteStage::process(Item& item, const QJsonObject& params, Feedback& feedback) {
    const QStringList problems = checkParameters(params);
    if (!problems.isEmpty())
        return StageResult::failure(tr("invalid route rules: %1").arg(problems.join(QStringLiteral("; "))));
    if (feedback.isCanceled())
        return stageutil::canceledResult();
    feedback.setProgress(0);

    if (item.mime.isEmpty())
        item.mime = detectMime(item.path).type.name();
    route::RouteSubject subject;
    subject.fileName = QFileInfo(item.path).fileName();
    subject.size = item.size;
    subject.mime = QMimeDatabase().mimeTypeForName(item.mime);
    subject.results = &item.results;

    QString port = params.value(QStringLiteral("default_port")).toString(QStringLiteral("other"));
    int chosen = -1;
    const QJsonArray rules = params.value(QStringLiteral("rules")).toArray();
    for (qsizetype i = 0; i < rules.size() && chosen < 0; ++i) {
        const QJsonObject rule = rules.at(i).toObject();
        if (route::matchRule(rule, subject) != route::RuleMatch::Matches)
            continue;
        chosen = static_cast<int>(i);
        port = rule.value(QStringLiteral("port")).toString();
    }

    QJsonObject out;
    out.insert(QStringLiteral("port"), port);
    out.insert(QStringLiteral("rule"), chosen);
    StageResult result = StageResult::success(out);
    result.activePorts = QStringList{port};
    feedback.setProgress(100);
    return result;
}

} // namespace sluice
