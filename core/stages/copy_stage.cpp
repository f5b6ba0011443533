#include "copy_stage.h"

#include "file_transfer.h"
#include "name_template.h"
#include "platform/file_ops.h"

#include <QFileInfo>

namespace sluice {

/// The parts copy and move share: parameters, checks and the run.
namespace transferstage {

QList<ParamSpec> parameters() {
    ParamSpec folder = makeParam(QStringLiteral("folder"), ParamType::Path, QJsonValue::Undefined,
                                 QCoreApplication::translate("sluice::CopyStage", "Target folder."));
    folder.required = true;
    ParamSpec name = makeParam(
        QStringLiteral("name"), ParamType::String, QStringLiteral("{name}"),
        QCoreApplication::translate("sluice::CopyStage", "Name template, '/' for subfolders; fields: %1.")
            .arg(QStringLiteral("{") + NameTemplate::fields().join(QStringLiteral("} {")) +
                 QStringLiteral("}")));
    return {folder, name, conflictParam(QStringLiteral("unique"))};
}

QStringList check(const QJsonObject& params) {
    QStringList problems;
    const QString problem = NameTemplate::check(params.value(QStringLiteral("name")).toString());
    if (!problem.isEmpty())
        problems << QStringLiteral("name: ") + problem;
    if (params.value(QStringLiteral("folder")).toString().trimmed().isEmpty())
        problems << QStringLiteral("folder: ") +
                        QCoreApplication::translate("sluice::CopyStage", "the target folder is empty");
    return problems;
}

StageResult run(Item& item, const QJsonObject& params, Feedback& feedback, bool move) {
    const QStringList problems = check(params);
    if (!problems.isEmpty())
        return StageResult::failure(problems.join(QStringLiteral("; ")));
    if (feedback.isCanceled())
        return StageResult::failure(QCoreApplication::translate("sluice::StageInput", "canceled"));
    const QString tmpl = params.value(QStringLiteral("name")).toString();
    if (NameTemplate::needsSha(tmpl) && item.sha256.isEmpty() && QFileInfo(item.path).isFile()) {
        qint64 bytes = 0;
        QString error;
        bool transient = false;
        if (!fileops::sha256File(item.path, &item.sha256, &bytes, &error, &feedback, 0, 20, &transient))
            return StageResult::failure(error, transient);
    }
    QString error;
    const QString relative = NameTemplate::expand(tmpl, item, item.jobStarted, &error);
    if (relative.isEmpty())
        return StageResult::failure(error);
    return transferFile(
        item, params.value(QStringLiteral("folder")).toString(), relative,
        fileops::conflictPolicyFromName(params.value(QStringLiteral("on_conflict")).toString()), move,
        feedback);
}

} // namespace transferstage

QString CopyStage::displayName() const {
    return tr("Copy");
}
QString CopyStage::group() const {
    return tr("Output");
}
QString CopyStage::description() const {
    return tr("Copies the file into a folder under a name made from a template, verified by size and "
              "SHA-256 before it gets its name.");
}
QList<ParamSpec> CopyStage::parameters() const {
    return transferstage::parameters();
}
QStringList CopyStage::checkParameters(const QJsonObject& params) const {
    return transferstage::check(params);
}
StageResult CopyStage::process(Item& item, const QJsonObject& params, Feedback& feedback) {
    return transferstage::run(item, params, feedback, false);
}

} // namespace sluice
