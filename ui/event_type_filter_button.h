#pragma once

#include <QSet>
#include <QString>
#include <QToolButton>

class QAction;
class QMenu;

namespace sluice {

/// A drop-down button that chooses which event types the event log shows (several at once): a menu
/// with "All types" and one checkable entry per EventLabels::types() code, with its icon. The menu stays
/// open while entries are toggled. The button's text says what is chosen ("All types", "Failed",
/// "3 types").
class EventTypeFilterButton : public QToolButton {
    Q_OBJECT
public:
    explicit EventTypeFilterButton(QWidget* parent = nullptr);

    /// The chosen types (codes of EventLabels::types()).
    QSet<QString> selectedTypes() const;
    /// Checks exactly `types`; emits typesChanged when that changes the choice.
    void setSelectedTypes(const QSet<QString>& types);
    /// The menu's checkable action for `type`, nullptr when unknown (for tests).
    QAction* actionFor(const QString& type) const;

Q_SIGNALS:
    void typesChanged(const QSet<QString>& types);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateText();

    QMenu* m_menu;
    QAction* m_all;
    QList<QAction*> m_typeActions;
};

} // namespace sluice
