#include "notify_stage.h"

#include <QFileInfo>
#include <QStringList>

namespace sluice {

QString NotifyStage::displayName() const {
    return tr("Notify");
}
QString NotifyStage::group() const {
    return tr("Output");
}
QString NotifyStage::description() const {
    return tr("Raises an alert in the event log and a desktop notification, always or only when the file "
              "failed or succeeded.");
}
QList<ParamSpec> NotifyStage::parameters() const {
    ParamSpec when = makeParam(QStringLiteral("when"), ParamType::Enum, QStringLiteral("always"),
                               tr("When to notify: always, on_failure or on_success."));
    when.choices = {QStringLiteral("always"), QStringLiteral("on_failure"), QStringLiteral("on_success")};
    return {makeParam(QStringLiteral("title"), ParamType::String, QStringLiteral("Sluice"),
                      tr("Title of the notification.")),
            makeParam(QStringLiteral("message"), ParamType::String, QStringLiteral("{name}: {status}"),
                      tr("Text; fields {name}, {path}, {status} (ok or failed), {errors}.")),
            when};
}

StageResult NotifyStage::process(Item& item, const QJsonObject& params, Feedback& feedback) {
    QStringList errors;
    for (auto it = item.results.constBegin(); it != item.results.constEnd(); ++it) {
        const QJsonValue error = it.value().toObject().value(QStringLiteral("error"));
        if (error.isString())
            errors.append(QStringLiteral("%1: %2").arg(it.key(), error.toString()));
    }
    const bool failed = !errors.isEmpty();
    const QString when = params.value(QStringLiteral("when")).toString();
    const bool notify = when == QLatin1String("always") || (when == QLatin1String("on_failure") && failed) ||
                        (when == QLatin1String("on_success") && !failed);
    const QString title = params.value(QStringLiteral("title")).toString();
    QString message = params.value(QStringLiteral("message")).toString();
    message.replace(QStringLiteral("{name}"), QFileInfo(item.path).fileName())
        .replace(QStringLiteral("{path}"), item.path)
        .replace(QStringLiteral("{status}"), failed ? QStringLiteral("failed") : QStringLiteral("ok"))
        .replace(QStringLiteral("{errors}"), errors.join(QStringLiteral("; ")));
    if (notify)
        feedback.alert(title, message);
    QJsonObject out;
    out.insert(QStringLiteral("notified"), notify);
    out.insert(QStringLiteral("title"), title);
    out.insert(QStringLiteral("message"), message);
    return StageResult::success(out);
}

} // namespace sluice
