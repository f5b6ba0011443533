#include "trigger_filter.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace sluice::triggerfilter {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("sluice::triggerfilter", text);
}

const QString kOnEvents = QStringLiteral("on_events");
const QString kOnExplicit = QStringLiteral("on_explicit");

QStringList eventsOf(const QJsonObject& params) {
    QStringList events;
    for (const QJsonValue& v : params.value(kOnEvents).toArray())
        events.append(v.toString());
    return events;
}

/// "created", "created or modified", "created, modified or content_changed".
QString joinedWithOr(const QStringList& names) {
    if (names.size() <= 1)
        return names.value(0);
    return tr("%1 or %2").arg(names.mid(0, names.size() - 1).join(QStringLiteral(", ")), names.last());
}

} // namespace

QStringList eventTypes() {
    return {QStringLiteral("created"), QStringLiteral("modified"), QStringLiteral("content_changed")};
}

QList<ParamSpec> parameters(const QStringList& defaultEvents) {
    return {makeParam(kOnEvents, ParamType::StringList, QJsonArray::fromStringList(defaultEvents),
                      tr("Watch events this node acts on: created, modified, content_changed. On other "
                         "events it is skipped.")),
            makeParam(kOnExplicit, ParamType::Bool, true,
                      tr("Also act when a file is run on purpose (sluice-cli run, a batch, files dropped on "
                         "the window)."))};
}

QStringList check(const QJsonObject& params) {
    QStringList problems;
    const QStringList known = eventTypes();
    for (const QJsonValue& v : params.value(kOnEvents).toArray()) {
        if (!v.isString() || !known.contains(v.toString()))
            problems.append(tr("%1: unknown event type '%2' (known: %3)")
                                .arg(kOnEvents, v.toVariant().toString(), known.join(QStringLiteral(", "))));
    }
    return problems;
}

QString skipReason(const Item& item, const QJsonObject& params) {
    if (item.trigger.isEmpty())
        return {};
    if (item.trigger == QLatin1String("manual") || item.trigger == QLatin1String("dropped")) {
        if (params.value(kOnExplicit).toBool(true))
            return {};
        return item.trigger == QLatin1String("manual") ? tr("a manual run, and on_explicit is off")
                                                       : tr("dropped files, and on_explicit is off");
    }
    const QStringList events = eventsOf(params);
    if (events.contains(item.trigger))
        return {};
    if (events.isEmpty())
        return tr("acts on no watch event (on_events is empty)");
    return tr("not a %1 event").arg(joinedWithOr(events));
}

} // namespace sluice::triggerfilter
