#include "event_labels.h"

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

bool EventLabels::isFolderKind(const QString& kind) {
    return kind.startsWith(QLatin1String("watch_"));
}

bool EventLabels::carriesResult(const QString& kind) {
    return kind == QLatin1String("processed") || kind == QLatin1String("failed");
}

} // namespace sluice
