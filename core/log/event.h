#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace sluice {

/// Severity of an event, as shown in the event log and written by spdlog.
enum class EventLevel { Debug, Info, Warning, Error };

QString eventLevelName(EventLevel level); ///< "debug", "info", "warning", "error"

/// One thing that happened: a file seen, a job finished, a watch folder added, a problem.
struct Event {
    qint64 id = 0;  ///< increasing, assigned by EventLog::add
    QDateTime time; ///< UTC, assigned by EventLog::add when invalid
    EventLevel level = EventLevel::Info;
    QString kind;     ///< fixed, untranslated: created, modified, deleted, waiting, ready, processed,
                      ///< failed, watch_added, watch_removed, watch_error, info
    QString path;     ///< the file or folder concerned, may be empty
    QString message;  ///< translated sentence for people
    QJsonObject data; ///< machine-readable details (e.g. result summary)

    /// One JSON object: {id, time, level, event, path, message, data}; the `watch` CLI prints these.
    QJsonObject toJson() const;
};

} // namespace sluice

Q_DECLARE_METATYPE(sluice::Event)
