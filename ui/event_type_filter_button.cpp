#include "event_type_filter_button.h"

#include "event_labels.h"

#include <QEvent>
#include <QMenu>
#include <QMouseEvent>

namespace sluice {

EventTypeFilterButton::EventTypeFilterButton(QWidget* parent) : QToolButton(parent), m_menu(new QMenu(this)) {
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setAccessibleName(tr("Event types"));
    setToolTip(tr("Show only some types of event"));

    m_all = m_menu->addAction(tr("All types"));
    connect(m_all, &QAction::triggered, this, [this] {
        const QStringList all = EventLabels::types();
        setSelectedTypes(QSet<QString>(all.begin(), all.end()));
    });
    m_menu->addSeparator();
    for (const QString& type : EventLabels::types()) {
        QAction* action = m_menu->addAction(EventLabels::typeIcon(type), EventLabels::typeLabel(type));
        action->setCheckable(true);
        action->setChecked(true);
        action->setData(type);
        connect(action, &QAction::toggled, this, [this] {
            updateText();
            Q_EMIT typesChanged(selectedTypes());
        });
        m_typeActions.append(action);
    }
    m_menu->installEventFilter(this);
    setMenu(m_menu);
    updateText();
}

QSet<QString> EventTypeFilterButton::selectedTypes() const {
    QSet<QString> types;
    for (QAction* action : m_typeActions) {
        if (action->isChecked())
            types.insert(action->data().toString());
    }
    return types;
}

void EventTypeFilterButton::setSelectedTypes(const QSet<QString>& types) {
    if (types == selectedTypes())
        return;
    for (QAction* action : std::as_const(m_typeActions)) {
        const QSignalBlocker block(action);
        action->setChecked(types.contains(action->data().toString()));
    }
    updateText();
    Q_EMIT typesChanged(selectedTypes());
}

QAction* EventTypeFilterButton::actionFor(const QString& type) const {
    for (QAction* action : m_typeActions) {
        if (action->data().toString() == type)
            return action;
    }
    return nullptr;
}

bool EventTypeFilterButton::eventFilter(QObject* watched, QEvent* event) {
    // Toggling an entry keeps the menu open, so that several types can be chosen in one go.
    if (watched == m_menu && event->type() == QEvent::MouseButtonRelease) {
        QAction* action = m_menu->actionAt(static_cast<QMouseEvent*>(event)->position().toPoint());
        if (action && action->isCheckable() && action->isEnabled()) {
            action->trigger();
            return true;
        }
    }
    return QToolButton::eventFilter(watched, event);
}

void EventTypeFilterButton::updateText() {
    const QSet<QString> types = selectedTypes();
    if (types.size() == m_typeActions.size()) {
        setText(tr("All types"));
    } else if (types.isEmpty()) {
        setText(tr("No types"));
    } else if (types.size() == 1) {
        setText(EventLabels::typeLabel(*types.begin()));
    } else {
        setText(tr("%1 types").arg(types.size()));
    }
}

} // namespace sluice
