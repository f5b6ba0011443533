#include "item.h"

#include <QFileInfo>

namespace sluice {

Item Item::fromPath(const QString& path, const QString& watchRoot, bool* ok) {
    Item item;
    const QFileInfo info(path);
    item.path = info.absoluteFilePath();
    item.watchRoot = watchRoot;
    const bool exists = info.exists() && info.isFile();
    if (exists) {
        item.size = info.size();
        item.mtime = info.lastModified().toUTC();
    }
    if (ok)
        *ok = exists;
    return item;
}

QJsonObject Item::sourceJson() const {
    QJsonObject o;
    o.insert(QStringLiteral("path"), path);
    o.insert(QStringLiteral("size"), size);
    o.insert(QStringLiteral("mtime"), mtime.isValid() ? mtime.toString(Qt::ISODateWithMs) : QString());
    o.insert(QStringLiteral("mime"), mime);
    o.insert(QStringLiteral("sha256"), sha256);
    if (depth > 0) {
        o.insert(QStringLiteral("depth"), depth);
        o.insert(QStringLiteral("parent"), parent);
    }
    if (!trigger.isEmpty())
        o.insert(QStringLiteral("trigger"), trigger);
    if (triggerWhileStopped)
        o.insert(QStringLiteral("while_stopped"), true);
    return o;
}

} // namespace sluice
