#include "event.h"

namespace sluice {

QString eventLevelName(EventLevel level) {
    switch (level) {
    case EventLevel::Debug:
        return QStringLiteral("debug");
    case EventLevel::Info:
        return QStringLiteral("info");
    case EventLevel::Warning:
        return QStringLiteral("warning");
    case EventLevel::Error:
        return QStringLiteral("error");
    }
    return QStringLiteral("info");
}

QJsonObject Event::toJson() const {
    QJsonObject o;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("time"), time.toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("level"), eventLevelName(level));
    o.insert(QStringLiteral("event"), kind);
    o.insert(QStringLiteral("path"), path);
    o.insert(QStringLiteral("message"), message);
    if (!data.isEmpty())
        o.insert(QStringLiteral("data"), data);
    return o;
}

} // namespace sluice
