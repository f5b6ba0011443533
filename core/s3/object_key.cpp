#include "object_key.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace sluice {

QString makeObjectKey(const QString& prefix, const QString& path, const QString& watchRoot,
                      ObjectKeySource source, QString* error) {
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return QString();
    };
    const QFileInfo info(path);
    QString name = info.fileName();
    if (source == ObjectKeySource::RelativePath && !watchRoot.isEmpty()) {
        const QString relative = QDir(watchRoot).relativeFilePath(info.absoluteFilePath());
        if (relative.startsWith(QLatin1String("../")) || relative == QLatin1String("..") ||
            QDir::isAbsolutePath(relative))
            return fail(
                QCoreApplication::translate("sluice::ObjectKey", "%1 is not inside the watch folder %2")
                    .arg(path, watchRoot));
        name = relative;
    }
    QString p = prefix.trimmed();
    while (p.startsWith(QLatin1Char('/')))
        p.remove(0, 1);
    if (!p.isEmpty() && !p.endsWith(QLatin1Char('/')))
        p += QLatin1Char('/');
    const QString key = (p + name).normalized(QString::NormalizationForm_C);
    if (name.isEmpty())
        return fail(QCoreApplication::translate("sluice::ObjectKey", "%1 has no file name").arg(path));
    if (key.toUtf8().size() > 1024)
        return fail(QCoreApplication::translate("sluice::ObjectKey",
                                                "the object key for %1 is longer than 1,024 bytes")
                        .arg(path));
    return key;
}

} // namespace sluice
