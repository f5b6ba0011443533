#include "watch_folder_settings.h"

#include "settings.h"
#include "watch_folder_model.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sluice::settings {

namespace {

const SettingValue<QString>& watchFolderConfigsValue() {
    static const SettingValue<QString> s(QStringLiteral("watch/folderConfigs"));
    return s;
}

} // namespace

QList<WatchFolderConfig> loadWatchFolderConfigs() {
    QList<WatchFolderConfig> configs;
    if (!QSettings().contains(watchFolderConfigsValue().key())) {
        const QStringList oldList = watchFolders().value();
        if (oldList.isEmpty())
            return configs;
        QStringList seen;
        for (const QString& path : oldList) {
            const QString root = WatchFolderModel::normalizedPath(path);
            if (root.isEmpty() || seen.contains(root))
                continue;
            seen.append(root);
            WatchFolderConfig config;
            config.name = root;
            config.roots = {root};
            configs.append(config);
        }
        saveWatchFolderConfigs(configs);
        watchFolders().remove();
        return configs;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(watchFolderConfigsValue().value().toUtf8());
    for (const QJsonValue& v : doc.array()) {
        if (v.isObject())
            configs.append(WatchFolderConfig::fromJson(v.toObject()));
    }
    return configs;
}

void saveWatchFolderConfigs(const QList<WatchFolderConfig>& configs) {
    QJsonArray array;
    for (const WatchFolderConfig& c : configs)
        array.append(c.toJson());
    watchFolderConfigsValue().setValue(
        QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
}

} // namespace sluice::settings
