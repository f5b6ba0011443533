#include "settings.h"

#include <QThread>

namespace sluice::settings {

const SettingValue<QStringList>& watchFolders() {
    static const SettingValue<QStringList> s(QStringLiteral("watch/folders"));
    return s;
}

const SettingValue<QByteArray>& windowGeometry() {
    static const SettingValue<QByteArray> s(QStringLiteral("mainWindow/geometry"));
    return s;
}

const SettingValue<QByteArray>& windowState() {
    static const SettingValue<QByteArray> s(QStringLiteral("mainWindow/state"));
    return s;
}

const SettingValue<QByteArray>& paneSplitterState() {
    static const SettingValue<QByteArray> s(QStringLiteral("mainWindow/paneSplitter2"));
    return s;
}

const SettingValue<QByteArray>& eventLogHeaderState() {
    static const SettingValue<QByteArray> s(QStringLiteral("eventLog/headerState6b"));
    return s;
}

const SettingValue<QString>& lastProcessDir() {
    static const SettingValue<QString> s(QStringLiteral("dialogs/lastProcessDir"));
    return s;
}

const SettingValue<int>& ocrConfidenceThreshold() {
    static const SettingValue<int> s(QStringLiteral("ocrReview/threshold"), 60);
    return s;
}

const SettingValue<QString>& watchPipeline() {
    static const SettingValue<QString> s(QStringLiteral("watch/pipeline"), QStringLiteral("inbox"));
    return s;
}

const SettingValue<QByteArray>& editorState() {
    static const SettingValue<QByteArray> s(QStringLiteral("pipelineEditor/state"));
    return s;
}

const SettingValue<QString>& editorLastDir() {
    static const SettingValue<QString> s(QStringLiteral("pipelineEditor/lastDir"));
    return s;
}

const SettingValue<int>& workerCount() {
    static const SettingValue<int> s(QStringLiteral("batch/workers"), 0);
    return s;
}

int workerCountOrDefault() {
    const int n = workerCount().value();
    return n >= 1 && n <= 64 ? n : qBound(1, QThread::idealThreadCount(), 64);
}

const SettingValue<QString>& batchPipeline() {
    static const SettingValue<QString> s(QStringLiteral("batch/pipeline"));
    return s;
}

const SettingValue<int>& keepJobsDays() {
    static const SettingValue<int> s(QStringLiteral("store/keepJobsDays"), 30);
    return s;
}

const SettingValue<int>& keepJobs() {
    static const SettingValue<int> s(QStringLiteral("store/keepJobs"), 100000);
    return s;
}

} // namespace sluice::settings
