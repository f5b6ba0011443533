#pragma once
// Helpers shared by the folder-watching tests: a fast config, file writers and an event recorder.

#include "watch/folder_watcher.h"

#include <QDir>
#include <QFile>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QtTest>

namespace sluice::watchtest {

/// A watch folder config with short times, so the tests run in seconds.
inline WatchFolderConfig fastConfig(const QStringList& roots, int settleMs = 200) {
    WatchFolderConfig c;
    c.name = QStringLiteral("test");
    c.roots = roots;
    c.settleMs = settleMs;
    c.rescanMs = 0;
    c.pollIntervalMs = 200;
    return c;
}

inline WatchOptions fastOptions() {
    WatchOptions o;
    o.pollMs = 50;
    o.debounceMs = 50;
    o.renameWindowMs = 100;
    return o;
}

inline bool writeFile(const QString& path, const QByteArray& data) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

inline bool appendFile(const QString& path, const QByteArray& data) {
    QFile f(path);
    return f.open(QIODevice::Append) && f.write(data) == data.size();
}

/// Records every WatchEvent and fileReady of a watcher.
class Recorder : public QObject {
public:
    explicit Recorder(FolderWatcher* watcher) {
        connect(watcher, &FolderWatcher::watchEvent, this, [this](const WatchEvent& e) { events.append(e); });
        connect(watcher, &FolderWatcher::fileReady, this,
                [this](const QString& path, const QString&) { ready.append(path); });
    }
    QList<WatchEvent> events;
    QStringList ready;

    int count(const QString& type, const QString& path = {}) const {
        int n = 0;
        for (const WatchEvent& e : events)
            n += (e.type == type && (path.isEmpty() || e.path == path)) ? 1 : 0;
        return n;
    }
    /// Events as "type path" (and " <- from"), in order, paths relative to `base`.
    QStringList lines(const QString& base) const {
        QStringList out;
        for (const WatchEvent& e : events) {
            QString line = e.type + QLatin1Char(' ') + QDir(base).relativeFilePath(e.path);
            if (!e.from.isEmpty())
                line += QStringLiteral(" <- ") + QDir(base).relativeFilePath(e.from);
            out.append(line);
        }
        return out;
    }
};

} // namespace sluice::watchtest
