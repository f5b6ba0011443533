#pragma once

#include <QObject>
#include <QPointer>

class QSystemTrayIcon;

namespace sluice {

class EventLog;
struct Event;

/// Shows the alerts of the notify stage (events of kind "alert" in the EventLog; core raises them, the GUI
/// shows them) as desktop notifications through a QSystemTrayIcon. Where there is no system tray (or it
/// cannot show messages), alerts stay in the event log only. Counts what it showed, for tests.
class AlertNotifier : public QObject {
    Q_OBJECT
public:
    explicit AlertNotifier(QObject* parent = nullptr);
    ~AlertNotifier() override;

    /// Follows `log` (queued connection: alerts come from worker threads).
    void attach(EventLog* log);
    /// Alerts received; of those, shown as a desktop notification.
    int alertsReceived() const { return m_received; }
    int alertsShown() const { return m_shown; }
    /// Title and message of the last alert received.
    QString lastTitle() const { return m_lastTitle; }
    QString lastMessage() const { return m_lastMessage; }

private:
    void onEvent(const Event& event);

    QSystemTrayIcon* m_tray = nullptr;
    int m_received = 0;
    int m_shown = 0;
    QString m_lastTitle;
    QString m_lastMessage;
};

} // namespace sluice
