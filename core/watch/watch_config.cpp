#include "watch_config.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QRegularExpression>

namespace sluice {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("sluice::WatchFolderConfig", text);
}

QJsonArray toArray(const QStringList& list) {
    return QJsonArray::fromStringList(list);
}

void readList(const QJsonObject& json, const char* key, QStringList& out) {
    const QJsonValue v = json.value(QLatin1String(key));
    if (!v.isArray())
        return;
    out.clear();
    for (const QJsonValue& item : v.toArray())
        if (item.isString())
            out.append(item.toString());
}

void readInt(const QJsonObject& json, const char* key, int& out) {
    const QJsonValue v = json.value(QLatin1String(key));
    if (v.isDouble())
        out = v.toInt(out);
}

void readBool(const QJsonObject& json, const char* key, bool& out) {
    const QJsonValue v = json.value(QLatin1String(key));
    if (v.isBool())
        out = v.toBool();
}

void readString(const QJsonObject& json, const char* key, QString& out) {
    const QJsonValue v = json.value(QLatin1String(key));
    if (v.isString())
        out = v.toString();
}

} // namespace

QString contentHashModeName(ContentHashMode mode) {
    switch (mode) {
    case ContentHashMode::FirstMiB:
        return QStringLiteral("first_mib");
    case ContentHashMode::Full:
        return QStringLiteral("full");
    case ContentHashMode::Off:
        break;
    }
    return QStringLiteral("off");
}

ContentHashMode contentHashModeFromName(const QString& name) {
    if (name == QStringLiteral("first_mib"))
        return ContentHashMode::FirstMiB;
    if (name == QStringLiteral("full"))
        return ContentHashMode::Full;
    return ContentHashMode::Off;
}

QStringList WatchFolderConfig::allEventTypes() {
    return {QStringLiteral("created"), QStringLiteral("modified"), QStringLiteral("content_changed"),
            QStringLiteral("deleted"), QStringLiteral("renamed")};
}

bool WatchFolderConfig::wantsEvent(const QString& type) const {
    return eventTypes.isEmpty() || eventTypes.contains(type);
}

QJsonObject WatchFolderConfig::toJson() const {
    return QJsonObject{
        {QStringLiteral("name"), name},
        {QStringLiteral("roots"), toArray(roots)},
        {QStringLiteral("recursive"), recursive},
        {QStringLiteral("include_globs"), toArray(includeGlobs)},
        {QStringLiteral("exclude_globs"), toArray(excludeGlobs)},
        {QStringLiteral("include_regexes"), toArray(includeRegexes)},
        {QStringLiteral("exclude_regexes"), toArray(excludeRegexes)},
        {QStringLiteral("max_size_bytes"), double(maxSizeBytes)},
        {QStringLiteral("min_age_ms"), minAgeMs},
        {QStringLiteral("skip_hidden"), skipHidden},
        {QStringLiteral("skip_temporary"), skipTemporary},
        {QStringLiteral("settle_ms"), settleMs},
        {QStringLiteral("cooldown_ms"), cooldownMs},
        {QStringLiteral("event_types"), toArray(eventTypes)},
        {QStringLiteral("content_hash"), contentHashModeName(contentHash)},
        {QStringLiteral("pipeline"), pipeline},
        {QStringLiteral("batch_size"), batchSize},
        {QStringLiteral("paused"), paused},
        {QStringLiteral("force_polling"), forcePolling},
        {QStringLiteral("poll_interval_ms"), pollIntervalMs},
        {QStringLiteral("rescan_ms"), rescanMs},
        {QStringLiteral("max_native_watches"), maxNativeWatches},
    };
}

WatchFolderConfig WatchFolderConfig::fromJson(const QJsonObject& json) {
    WatchFolderConfig c;
    readString(json, "name", c.name);
    readList(json, "roots", c.roots);
    readBool(json, "recursive", c.recursive);
    readList(json, "include_globs", c.includeGlobs);
    readList(json, "exclude_globs", c.excludeGlobs);
    readList(json, "include_regexes", c.includeRegexes);
    readList(json, "exclude_regexes", c.excludeRegexes);
    const QJsonValue maxSize = json.value(QStringLiteral("max_size_bytes"));
    if (maxSize.isDouble())
        c.maxSizeBytes = qint64(maxSize.toDouble());
    readInt(json, "min_age_ms", c.minAgeMs);
    readBool(json, "skip_hidden", c.skipHidden);
    readBool(json, "skip_temporary", c.skipTemporary);
    readInt(json, "settle_ms", c.settleMs);
    readInt(json, "cooldown_ms", c.cooldownMs);
    readList(json, "event_types", c.eventTypes);
    QString hash;
    readString(json, "content_hash", hash);
    c.contentHash = contentHashModeFromName(hash);
    readString(json, "pipeline", c.pipeline);
    readInt(json, "batch_size", c.batchSize);
    readBool(json, "paused", c.paused);
    readBool(json, "force_polling", c.forcePolling);
    readInt(json, "poll_interval_ms", c.pollIntervalMs);
    readInt(json, "rescan_ms", c.rescanMs);
    readInt(json, "max_native_watches", c.maxNativeWatches);
    return c;
}

QStringList WatchFolderConfig::validate() const {
    QStringList problems;
    if (name.trimmed().isEmpty())
        problems.append(tr("The watch folder has no name."));
    if (roots.isEmpty())
        problems.append(tr("The watch folder has no folder to watch."));
    for (const QString& root : roots)
        if (!QDir::isAbsolutePath(root))
            problems.append(tr("'%1' is not an absolute folder path.").arg(root));
    for (const QStringList* list : {&includeRegexes, &excludeRegexes})
        for (const QString& pattern : *list) {
            const QRegularExpression re(pattern);
            if (!re.isValid())
                problems.append(
                    tr("Regular expression '%1' is not valid: %2").arg(pattern, re.errorString()));
        }
    const QStringList known = allEventTypes();
    for (const QString& type : eventTypes)
        if (!known.contains(type))
            problems.append(tr("Unknown event type '%1'.").arg(type));
    if (settleMs < 0 || cooldownMs < 0 || minAgeMs < 0 || batchSize < 0 || maxSizeBytes < 0)
        problems.append(tr("Times, sizes and the batch size cannot be negative."));
    return problems;
}

QString watchStateName(WatchState state) {
    switch (state) {
    case WatchState::Polling:
        return QStringLiteral("polling");
    case WatchState::Paused:
        return QStringLiteral("paused");
    case WatchState::Error:
        return QStringLiteral("error");
    case WatchState::Watching:
        break;
    }
    return QStringLiteral("watching");
}

WatchState watchStateFromName(const QString& name) {
    if (name == QStringLiteral("polling"))
        return WatchState::Polling;
    if (name == QStringLiteral("paused"))
        return WatchState::Paused;
    if (name == QStringLiteral("error"))
        return WatchState::Error;
    return WatchState::Watching;
}

QJsonObject RootStatus::toJson() const {
    return QJsonObject{{QStringLiteral("root"), root},
                       {QStringLiteral("state"), watchStateName(state)},
                       {QStringLiteral("reason"), reason},
                       {QStringLiteral("tracked"), trackedFiles},
                       {QStringLiteral("native_dirs"), nativeDirs},
                       {QStringLiteral("polled_dirs"), polledDirs}};
}

QJsonObject WatchFolderStatus::toJson() const {
    QJsonArray rootArray;
    for (const RootStatus& r : roots)
        rootArray.append(r.toJson());
    return QJsonObject{
        {QStringLiteral("name"), name},           {QStringLiteral("state"), watchStateName(state)},
        {QStringLiteral("reason"), reason},       {QStringLiteral("roots"), rootArray},
        {QStringLiteral("tracked"), tracked},     {QStringLiteral("waiting"), waiting},
        {QStringLiteral("processed"), processed}, {QStringLiteral("failed"), failed}};
}

QString waitStateName(WaitState state) {
    switch (state) {
    case WaitState::Locked:
        return QStringLiteral("waiting: locked");
    case WaitState::Ready:
        return QStringLiteral("ready");
    case WaitState::Growing:
        break;
    }
    return QStringLiteral("waiting: still growing");
}

QJsonObject WaitingFile::toJson() const {
    return QJsonObject{{QStringLiteral("path"), path},
                       {QStringLiteral("root"), root},
                       {QStringLiteral("state"), waitStateName(state)},
                       {QStringLiteral("size"), double(size)},
                       {QStringLiteral("since"), since.toUTC().toString(Qt::ISODateWithMs)}};
}

QJsonObject WatchEvent::toJson() const {
    QJsonObject o{{QStringLiteral("type"), type},
                  {QStringLiteral("path"), path},
                  {QStringLiteral("folder"), folder},
                  {QStringLiteral("root"), root},
                  {QStringLiteral("time"), time.toUTC().toString(Qt::ISODateWithMs)}};
    if (!from.isEmpty())
        o.insert(QStringLiteral("from"), from);
    if (size >= 0)
        o.insert(QStringLiteral("size"), double(size));
    if (isDir)
        o.insert(QStringLiteral("dir"), true);
    if (whileStopped)
        o.insert(QStringLiteral("while_stopped"), true);
    if (contentUnchanged)
        o.insert(QStringLiteral("content_unchanged"), true);
    return o;
}

} // namespace sluice
