#include "editor_style.h"

#include <QGuiApplication>
#include <QHash>

namespace sluice::editorstyle {

QColor portColor(const QString& type) {
    static const QHash<QString, QColor> colors{{QStringLiteral("file"), QColor(0x78, 0x86, 0x93)},
                                               {QStringLiteral("document"), QColor(0xd9, 0x73, 0x2e)},
                                               {QStringLiteral("image"), QColor(0x2f, 0x9e, 0x62)},
                                               {QStringLiteral("text"), QColor(0x2b, 0x7b, 0xc0)}};
    return colors.value(type, QColor(0x90, 0x90, 0x90));
}

QColor groupColor(const QString& group) {
    // Hashing the name keeps colours stable for groups added later; the known ones get fixed colours.
    static const QHash<QString, QColor> colors{{QStringLiteral("Inspect"), QColor(0x4a, 0x7d, 0xe0)},
                                               {QStringLiteral("Documents"), QColor(0xd9, 0x73, 0x2e)},
                                               {QStringLiteral("Images"), QColor(0x2f, 0x9e, 0x62)},
                                               {QStringLiteral("Flow"), QColor(0x8e, 0x5b, 0xc9)},
                                               {QStringLiteral("Output"), QColor(0x55, 0x6b, 0x7d)},
                                               {QStringLiteral("Archives"), QColor(0xb8, 0x93, 0x1c)},
                                               {QStringLiteral("Text"), QColor(0x2b, 0x7b, 0xc0)}};
    if (colors.contains(group))
        return colors.value(group);
    return QColor::fromHsv(int(qHash(group) % 360), 120, 190);
}

QFont nodeTitleFont() {
    QFont f = QGuiApplication::font();
    f.setPointSizeF(9.5);
    f.setBold(true);
    return f;
}

QFont nodeSubtitleFont() {
    QFont f = QGuiApplication::font();
    f.setPointSizeF(7.5);
    return f;
}

QFont nodePortFont() {
    QFont f = QGuiApplication::font();
    f.setPointSizeF(8);
    return f;
}

QColor statusColor(const QString& status) {
    if (status == QLatin1String("running"))
        return QColor(0x2b, 0x7b, 0xe0);
    if (status == QLatin1String("done"))
        return QColor(0x2f, 0x9e, 0x62);
    if (status == QLatin1String("failed"))
        return QColor(0xd0, 0x3b, 0x3b);
    if (status == QLatin1String("skipped"))
        return QColor(0xa0, 0xa0, 0xa0);
    return QColor(0xc8, 0xc8, 0xc8); // waiting
}

} // namespace sluice::editorstyle
