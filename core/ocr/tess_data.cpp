#include "tess_data.h"

#include <QDir>
#include <QFileInfo>

namespace sluice::ocr {

QString tessdataDir() {
    const QString env = qEnvironmentVariable("TESSDATA_PREFIX");
    if (!env.isEmpty() && QFileInfo(env).isDir())
        return QDir(env).absolutePath();
    const QStringList candidates{QStringLiteral("/usr/share/tesseract-ocr/5/tessdata"),
                                 QStringLiteral("/usr/share/tesseract-ocr/4.00/tessdata"),
                                 QStringLiteral("/usr/share/tessdata"),
                                 QStringLiteral("/usr/local/share/tessdata")};
    for (const QString& c : candidates) {
        if (QFileInfo(c).isDir())
            return c;
    }
    return {};
}

QStringList installedLanguages(const QString& dir) {
    const QString folder = dir.isEmpty() ? tessdataDir() : dir;
    if (folder.isEmpty())
        return {};
    QStringList languages;
    const QStringList files =
        QDir(folder).entryList({QStringLiteral("*.traineddata")}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QString& f : files) {
        const QString name = f.chopped(int(qstrlen(".traineddata")));
        if (name != QLatin1String("osd") && name != QLatin1String("equ"))
            languages.append(name);
    }
    return languages;
}

bool hasOrientationData(const QString& dir) {
    const QString folder = dir.isEmpty() ? tessdataDir() : dir;
    return !folder.isEmpty() && QFileInfo::exists(QDir(folder).filePath(QStringLiteral("osd.traineddata")));
}

QString checkLanguageSpec(const QString& spec, const QStringList& installed) {
    if (spec.trimmed().isEmpty())
        return QCoreApplication::translate("sluice::ocr", "no language given (installed: %1)")
            .arg(installed.join(QStringLiteral(", ")));
    QStringList missing;
    const QStringList parts = spec.split(QLatin1Char('+'));
    for (const QString& part : parts) {
        if (part.isEmpty() || !installed.contains(part))
            missing.append(part.isEmpty() ? QStringLiteral("''") : part);
    }
    if (missing.isEmpty())
        return {};
    return QCoreApplication::translate("sluice::ocr", "language '%1' is not installed (installed: %2)")
        .arg(missing.join(QStringLiteral("', '")), installed.isEmpty()
                                                       ? QCoreApplication::translate("sluice::ocr", "none")
                                                       : installed.join(QStringLiteral(", ")));
}

} // namespace sluice::ocr
