#include "event_log.h"

#include <QDir>
#include <QMutexLocker>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace sluice {

namespace {

constexpr const char* kLoggerName = "sluice";

spdlog::level::level_enum toSpdlog(EventLevel level) {
    switch (level) {
    case EventLevel::Debug:
        return spdlog::level::debug;
    case EventLevel::Info:
        return spdlog::level::info;
    case EventLevel::Warning:
        return spdlog::level::warn;
    case EventLevel::Error:
        return spdlog::level::err;
    }
    return spdlog::level::info;
}

} // namespace

EventLog::EventLog(int capacity, QObject* parent) : QObject(parent), m_capacity(qMax(1, capacity)) {
    qRegisterMetaType<sluice::Event>();
}

Event EventLog::add(Event event) {
    {
        QMutexLocker lock(&m_mutex);
        event.id = m_nextId++;
        if (!event.time.isValid())
            event.time = QDateTime::currentDateTimeUtc();
        m_events.push_back(event);
        while (int(m_events.size()) > m_capacity)
            m_events.pop_front();
    }
    if (auto logger = spdlog::get(kLoggerName)) {
        logger->log(toSpdlog(event.level), "{} {} {}", event.kind.toStdString(), event.path.toStdString(),
                    event.message.toStdString());
    }
    Q_EMIT eventAdded(event);
    return event;
}

Event EventLog::add(EventLevel level, const QString& kind, const QString& path, const QString& message,
                    const QJsonObject& data) {
    Event e;
    e.level = level;
    e.kind = kind;
    e.path = path;
    e.message = message;
    e.data = data;
    return add(std::move(e));
}

QList<Event> EventLog::snapshot() const {
    QMutexLocker lock(&m_mutex);
    return QList<Event>(m_events.begin(), m_events.end());
}

QString initLogging(const QString& logDir, bool toStderr) {
    if (!QDir().mkpath(logDir))
        return {};
    const QString file = QDir(logDir).filePath(QStringLiteral("sluice.log"));
    spdlog::drop(kLoggerName);
    std::vector<spdlog::sink_ptr> sinks;
    try {
        sinks.push_back(
            std::make_shared<spdlog::sinks::rotating_file_sink_mt>(file.toStdString(), 5 * 1024 * 1024, 3));
    } catch (const spdlog::spdlog_ex&) {
        return {};
    }
    if (toStderr) {
        auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
        console->set_level(spdlog::level::warn);
        sinks.push_back(console);
    }
    auto logger = std::make_shared<spdlog::logger>(kLoggerName, sinks.begin(), sinks.end());
    logger->set_level(spdlog::level::debug);
    logger->flush_on(spdlog::level::warn);
    logger->set_pattern("%Y-%m-%dT%H:%M:%S.%e%z [%l] %v");
    spdlog::register_logger(logger);
    return file;
}

} // namespace sluice
