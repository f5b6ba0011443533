#include "alert_notifier.h"

#include "app_icon.h"
#include "log/event_log.h"

#include <QSystemTrayIcon>

namespace sluice {

AlertNotifier::AlertNotifier(QObject* parent) : QObject(parent) {
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(appIcon(), this);
        m_tray->setToolTip(tr("Sluice"));
        m_tray->show();
    }
}

AlertNotifier::~AlertNotifier() = default;

void AlertNotifier::attach(EventLog* log) {
    connect(log, &EventLog::eventAdded, this, &AlertNotifier::onEvent, Qt::QueuedConnection);
}

void AlertNotifier::onEvent(const Event& event) {
    if (event.kind != QLatin1String("alert"))
        return;
    ++m_received;
    m_lastTitle = event.data.value(QStringLiteral("title")).toString();
    if (m_lastTitle.isEmpty())
        m_lastTitle = tr("Sluice");
    m_lastMessage = event.message;
    if (m_tray && QSystemTrayIcon::supportsMessages()) {
        m_tray->showMessage(m_lastTitle, m_lastMessage, QSystemTrayIcon::Warning, 10000);
        ++m_shown;
    }
}

} // namespace sluice
