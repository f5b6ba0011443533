#include "error_folder.h"

#include "platform/file_ops.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace sluice {

QString ErrorFolderPolicy::folderFor(const Item& item, const QString& resultDir) const {
    if (!dir.isEmpty())
        return QFileInfo(dir).absoluteFilePath();
    if (!item.watchRoot.isEmpty())
        return QDir(item.watchRoot).filePath(QStringLiteral(".sluice-errors"));
    if (!resultDir.isEmpty())
        return QDir(resultDir).filePath(QStringLiteral("errors"));
    return {};
}

bool failedPermanently(const ItemResult& result) {
    if (result.status != QStringLiteral("failed") || result.errors.isEmpty())
        return false;
    for (const QJsonValue& v : result.errors) {
        const QJsonObject e = v.toObject();
        if (e.value(QStringLiteral("transient")).toBool() ||
            e.value(QStringLiteral("message")).toString() ==
                QCoreApplication::translate("sluice::PipelineExecutor", "canceled"))
            return false;
    }
    return true;
}

bool moveToErrorFolder(const ItemResult& result, const QString& folder, const QString& pipelineName,
                       QString* movedTo, QString* error) {
    const QString source = result.item.path;
    Feedback feedback;
    fileops::CopyOutcome outcome;
    bool transient = false;
    if (!fileops::copyVerified(source, QDir(folder).filePath(QFileInfo(source).fileName()),
                               fileops::ConflictPolicy::Unique, feedback, &outcome, error, &transient))
        return false;
    const QJsonObject first = result.errors.first().toObject();
    QJsonObject doc;
    doc.insert(QStringLiteral("source"), source);
    doc.insert(QStringLiteral("file"), outcome.target);
    doc.insert(QStringLiteral("pipeline"), pipelineName);
    doc.insert(QStringLiteral("stage"), first.value(QStringLiteral("stage")));
    doc.insert(QStringLiteral("stage_type"), first.value(QStringLiteral("stage_type")));
    doc.insert(QStringLiteral("attempts"), first.value(QStringLiteral("attempts")).toInt(1));
    doc.insert(QStringLiteral("reason"), first.value(QStringLiteral("message")));
    doc.insert(QStringLiteral("transient"), first.value(QStringLiteral("transient")).toBool());
    doc.insert(QStringLiteral("errors"), result.errors);
    doc.insert(QStringLiteral("sha256"), outcome.sha256);
    doc.insert(QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    QSaveFile file(outcome.target + QStringLiteral(".error.json"));
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(doc).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
        *error = QCoreApplication::translate("sluice::ErrorFolder", "cannot write %1: %2")
                     .arg(file.fileName(), file.errorString());
        return false;
    }
    if (!fileops::removeFile(source, error))
        return false;
    *movedTo = outcome.target;
    return true;
}

} // namespace sluice
