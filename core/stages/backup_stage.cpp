#include "backup_stage.h"

#include "file_transfer.h"
#include "name_template.h"
#include "trigger_filter.h"

#include <QDateTime>
#include <QFileInfo>

namespace sluice {

QString BackupStage::displayName() const {
    return tr("Backup");
}
QString BackupStage::group() const {
    return tr("Output");
}
QString BackupStage::description() const {
    return tr("Copies the file into a dated backup folder (<folder>/YYYY-MM-DD/<relative path>), verified by "
              "size and SHA-256.");
}

QList<ParamSpec> BackupStage::parameters() const {
    ParamSpec dir = makeParam(QStringLiteral("dir"), ParamType::Path, QJsonValue::Undefined,
                              tr("Backup folder; each day gets a subfolder YYYY-MM-DD."));
    dir.required = true;
    QList<ParamSpec> params{dir, conflictParam(QStringLiteral("unique"))};
    params += triggerfilter::parameters({QStringLiteral("created")});
    return params;
}

QStringList BackupStage::checkParameters(const QJsonObject& params) const {
    return triggerfilter::check(params);
}

StageResult BackupStage::process(Item& item, const QJsonObject& params, Feedback& feedback) {
    if (feedback.isCanceled())
        return StageResult::failure(tr("canceled"));
    const QString skip = triggerfilter::skipReason(item, params);
    if (!skip.isEmpty())
        return StageResult::skip(skip, QJsonObject{{QStringLiteral("trigger"), item.trigger}});
    const QDateTime when = (item.jobStarted.isValid() ? item.jobStarted : QDateTime::currentDateTimeUtc());
    const QString reldir = NameTemplate::relativeDir(item);
    QString relative = when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")) + QLatin1Char('/');
    if (!reldir.isEmpty())
        relative += reldir + QLatin1Char('/');
    relative += QFileInfo(item.path).fileName();
    StageResult r =
        transferFile(item, params.value(QStringLiteral("dir")).toString(), relative,
                     fileops::conflictPolicyFromName(params.value(QStringLiteral("on_conflict")).toString()),
                     false, feedback);
    return r;
}

} // namespace sluice
