#include "event_labels.h"

#include "app_icon.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace sluice {

QString EventLabels::levelLabel(EventLevel level) {
    switch (level) {
    case EventLevel::Debug:
        return tr("Debug");
    case EventLevel::Info:
        return tr("Info");
    case EventLevel::Warning:
        return tr("Warning");
    case EventLevel::Error:
        return tr("Error");
    }
    return tr("Info");
}

QString EventLabels::kindLabel(const QString& kind) {
    // Kept as a chain of comparisons so lupdate sees every literal inside tr().
    if (kind == QLatin1String("created"))
        return tr("Created");
    if (kind == QLatin1String("modified"))
        return tr("Modified");
    if (kind == QLatin1String("content_changed"))
        return tr("Content changed");
    if (kind == QLatin1String("deleted"))
        return tr("Deleted");
    if (kind == QLatin1String("renamed"))
        return tr("Renamed");
    if (kind == QLatin1String("waiting"))
        return tr("Waiting");
    if (kind == QLatin1String("ready"))
        return tr("Ready");
    if (kind == QLatin1String("started"))
        return tr("Started");
    if (kind == QLatin1String("processed"))
        return tr("Processed");
    if (kind == QLatin1String("failed"))
        return tr("Failed");
    if (kind == QLatin1String("skipped"))
        return tr("Skipped");
    if (kind == QLatin1String("watch_added"))
        return tr("Watch added");
    if (kind == QLatin1String("watch_removed"))
        return tr("Watch removed");
    if (kind == QLatin1String("watch_error"))
        return tr("Watch error");
    if (kind == QLatin1String("watch_polling"))
        return tr("Polling");
    if (kind == QLatin1String("watch_warning"))
        return tr("Watch warning");
    if (kind == QLatin1String("watch_recovered"))
        return tr("Watch recovered");
    if (kind == QLatin1String("watch_paused"))
        return tr("Paused");
    if (kind == QLatin1String("watch_resumed"))
        return tr("Resumed");
    if (kind == QLatin1String("watch_start_scan"))
        return tr("Start scan");
    if (kind == QLatin1String("watch_updated"))
        return tr("Watch changed");
    if (kind == QLatin1String("auto_paused"))
        return tr("Paused automatically");
    if (kind == QLatin1String("alert"))
        return tr("Alert");
    if (kind == QLatin1String("resumed"))
        return tr("Job resumed");
    if (kind == QLatin1String("moved_to_errors"))
        return tr("Moved to errors");
    if (kind == QLatin1String("info"))
        return tr("Info");
    return kind;
}

QColor EventLabels::levelColor(EventLevel level) {
    switch (level) {
    case EventLevel::Debug:
        return QColor(0x70, 0x77, 0x7f);
    case EventLevel::Info:
        return QColor(0x1f, 0x6f, 0xb5);
    case EventLevel::Warning:
        return QColor(0xb3, 0x6b, 0x00);
    case EventLevel::Error:
        return QColor(0xc6, 0x28, 0x28);
    }
    return {};
}

QIcon EventLabels::levelIcon(EventLevel level) {
    static QHash<int, QIcon> cache;
    auto it = cache.constFind(int(level));
    if (it != cache.constEnd())
        return *it;
    QIcon icon;
    for (int size : {12, 16, 24}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(levelColor(level));
        const qreal margin = size / 5.0;
        painter.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin));
        painter.end();
        icon.addPixmap(pixmap);
    }
    cache.insert(int(level), icon);
    return icon;
}

QString EventLabels::kindIconName(const QString& kind, EventLevel level) {
    static const QStringList ownIcon = {
        QStringLiteral("created"), QStringLiteral("modified"), QStringLiteral("content_changed"),
        QStringLiteral("deleted"), QStringLiteral("renamed"),  QStringLiteral("waiting"),
        QStringLiteral("ready"),   QStringLiteral("started"),  QStringLiteral("processed"),
        QStringLiteral("failed"),  QStringLiteral("skipped")};
    if (ownIcon.contains(kind))
        return kind;
    if (kind == QLatin1String("watch_error"))
        return QStringLiteral("error");
    if (kind == QLatin1String("watch_polling"))
        return QStringLiteral("polling");
    if (kind == QLatin1String("watch_paused") || kind == QLatin1String("auto_paused"))
        return QStringLiteral("paused");
    if (kind == QLatin1String("watch_resumed"))
        return QStringLiteral("started");
    if (isFolderKind(kind))
        return QStringLiteral("folder");
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

QIcon EventLabels::kindIcon(const QString& kind, EventLevel level) {
    static QHash<QString, QIcon> cache;
    const QString name = kindIconName(kind, level);
    auto it = cache.constFind(name);
    if (it != cache.constEnd())
        return *it;
    appIcon(); // registers the ui library's resources on first use
    const QIcon icon(QStringLiteral(":/icons/events/%1.svg").arg(name));
    cache.insert(name, icon);
    return icon;
}

QString EventLabels::typeOf(const QString& kind) {
    static const QStringList ownType = {QStringLiteral("created"),         QStringLiteral("modified"),
                                        QStringLiteral("content_changed"), QStringLiteral("deleted"),
                                        QStringLiteral("renamed"),         QStringLiteral("waiting"),
                                        QStringLiteral("started"),         QStringLiteral("processed"),
                                        QStringLiteral("failed"),          QStringLiteral("skipped")};
    if (ownType.contains(kind))
        return kind;
    if (kind == QLatin1String("ready"))
        return QStringLiteral("waiting");
    if (isFolderKind(kind) || kind == QLatin1String("auto_paused"))
        return QStringLiteral("folder");
    return QStringLiteral("other");
}

QStringList EventLabels::types() {
    return {QStringLiteral("created"), QStringLiteral("modified"),  QStringLiteral("content_changed"),
            QStringLiteral("deleted"), QStringLiteral("renamed"),   QStringLiteral("waiting"),
            QStringLiteral("started"), QStringLiteral("processed"), QStringLiteral("failed"),
            QStringLiteral("skipped"), QStringLiteral("folder"),    QStringLiteral("other")};
}

QString EventLabels::typeLabel(const QString& type) {
    if (type == QLatin1String("waiting"))
        return tr("Waiting and ready");
    if (type == QLatin1String("folder"))
        return tr("Watch folder");
    if (type == QLatin1String("other"))
        return tr("Other messages");
    return kindLabel(type);
}

QIcon EventLabels::typeIcon(const QString& type) {
    if (type == QLatin1String("folder"))
        return kindIcon(QStringLiteral("watch_added"));
    if (type == QLatin1String("other"))
        return kindIcon(QStringLiteral("info"));
    return kindIcon(type);
}

bool EventLabels::isFolderKind(const QString& kind) {
    return kind.startsWith(QLatin1String("watch_"));
}

bool EventLabels::carriesResult(const QString& kind) {
    return kind == QLatin1String("processed") || kind == QLatin1String("failed");
}

} // namespace sluice
