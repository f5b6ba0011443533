#include "settings.h"

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
    static const SettingValue<QByteArray> s(QStringLiteral("mainWindow/paneSplitter"));
    return s;
}

const SettingValue<QByteArray>& eventLogHeaderState() {
    static const SettingValue<QByteArray> s(QStringLiteral("eventLog/headerState"));
    return s;
}

const SettingValue<QString>& lastProcessDir() {
    static const SettingValue<QString> s(QStringLiteral("dialogs/lastProcessDir"));
    return s;
}

} // namespace sluice::settings
