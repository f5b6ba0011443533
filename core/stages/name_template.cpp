#include "name_template.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace sluice {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("sluice::NameTemplate", text);
}

const QRegularExpression& fieldPattern() {
    static const QRegularExpression pattern(QStringLiteral("\\{([a-z0-9_]*)\\}"));
    return pattern;
}

} // namespace

QStringList NameTemplate::fields() {
    return {QStringLiteral("name"),   QStringLiteral("stem"),   QStringLiteral("ext"),
            QStringLiteral("parent"), QStringLiteral("reldir"), QStringLiteral("date"),
            QStringLiteral("time"),   QStringLiteral("year"),   QStringLiteral("month"),
            QStringLiteral("day"),    QStringLiteral("sha8"),   QStringLiteral("size")};
}

QString NameTemplate::check(const QString& text) {
    if (text.trimmed().isEmpty())
        return tr("the name template is empty");
    if (text.startsWith(QLatin1Char('/')) || text.contains(QLatin1Char('\\')))
        return tr("the name template must be a relative path with '/' between folders");
    QString rest = text;
    auto it = fieldPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (!fields().contains(m.captured(1)))
            return tr("unknown field {%1}; known fields: %2")
                .arg(m.captured(1),
                     QStringLiteral("{") + fields().join(QStringLiteral("} {")) + QStringLiteral("}"));
    }
    rest.remove(fieldPattern());
    if (rest.contains(QLatin1Char('{')) || rest.contains(QLatin1Char('}')))
        return tr("unbalanced '{' or '}' in the name template");
    return {};
}

QString NameTemplate::relativeDir(const Item& item) {
    if (item.watchRoot.isEmpty())
        return {};
    const QString rel = QDir(item.watchRoot).relativeFilePath(QFileInfo(item.path).absolutePath());
    if (rel == QLatin1String(".") || rel.startsWith(QLatin1String("..")))
        return {};
    return rel;
}

QString NameTemplate::expand(const QString& text, const Item& item, const QDateTime& when, QString* error) {
    const QString problem = check(text);
    if (!problem.isEmpty()) {
        *error = problem;
        return {};
    }
    const QFileInfo info(item.path);
    const QString name = info.fileName();
    const int dot = name.lastIndexOf(QLatin1Char('.'));
    const QString stem = dot > 0 ? name.left(dot) : name;
    const QString ext = dot > 0 ? name.mid(dot + 1) : QString();
    const QDateTime local = (when.isValid() ? when : QDateTime::currentDateTimeUtc()).toLocalTime();
    QString out;
    int last = 0;
    auto it = fieldPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += text.mid(last, m.capturedStart() - last);
        last = int(m.capturedEnd());
        const QString field = m.captured(1);
        QString value;
        if (field == QLatin1String("name"))
            value = name;
        else if (field == QLatin1String("stem"))
            value = stem;
        else if (field == QLatin1String("ext"))
            value = ext;
        else if (field == QLatin1String("parent"))
            value = info.absoluteDir().dirName();
        else if (field == QLatin1String("reldir"))
            value = relativeDir(item);
        else if (field == QLatin1String("date"))
            value = local.toString(QStringLiteral("yyyy-MM-dd"));
        else if (field == QLatin1String("time"))
            value = local.toString(QStringLiteral("HHmmss"));
        else if (field == QLatin1String("year"))
            value = local.toString(QStringLiteral("yyyy"));
        else if (field == QLatin1String("month"))
            value = local.toString(QStringLiteral("MM"));
        else if (field == QLatin1String("day"))
            value = local.toString(QStringLiteral("dd"));
        else if (field == QLatin1String("sha8"))
            value = item.sha256.left(8);
        else if (field == QLatin1String("size"))
            value = QString::number(item.size);
        out += value;
    }
    out += text.mid(last);
    // "{reldir}/{name}" with an empty reldir gives "/name": drop empty components made by empty fields.
    QStringList parts = out.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString& part : std::as_const(parts)) {
        if (part == QLatin1String(".") || part == QLatin1String("..") || part.trimmed().isEmpty()) {
            *error = tr("the name template gives '%1', which is not a safe relative path").arg(out);
            return {};
        }
    }
    if (parts.isEmpty()) {
        *error = tr("the name template gives an empty name for %1").arg(name);
        return {};
    }
    return parts.join(QLatin1Char('/'));
}

} // namespace sluice
