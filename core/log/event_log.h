#pragma once

#include "event.h"

#include <QList>
#include <QMutex>
#include <QObject>
#include <deque>

namespace sluice {

/// Thread-safe in-memory ring buffer of the most recent events, with a signal per event (the shape of
/// qBittorrent's Logger). Every event also goes to the spdlog logger set up by initLogging().
/// The GUI's event-log model reads the snapshot once and then follows `eventAdded` (queued connection).
class EventLog : public QObject {
    Q_OBJECT
public:
    explicit EventLog(int capacity = 10000, QObject* parent = nullptr);

    /// Adds an event from any thread; fills id and time. Returns the stored event.
    Event add(Event event);
    Event add(EventLevel level, const QString& kind, const QString& path, const QString& message,
              const QJsonObject& data = {});

    /// The events still in the buffer, oldest first.
    QList<Event> snapshot() const;
    int capacity() const { return m_capacity; }

Q_SIGNALS:
    void eventAdded(const sluice::Event& event);

private:
    mutable QMutex m_mutex;
    std::deque<Event> m_events;
    int m_capacity;
    qint64 m_nextId = 1;
};

/// Sets up spdlog: a rotating file `sluice.log` (5 MiB × 3) in `logDir` (created if missing) and,
/// when `toStderr`, a colour console sink on stderr. Safe to call more than once.
/// Returns the path of the log file, empty when the folder could not be created.
QString initLogging(const QString& logDir, bool toStderr);

} // namespace sluice
