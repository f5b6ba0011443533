#pragma once

#include "log/event.h"

#include <QSortFilterProxyModel>
#include <QStringList>

namespace sluice {

/// Filters an EventLogModel by text and by minimum level.
///
/// The text is split at white space; a row passes when every word occurs, case-insensitively, in its
/// message, its path, or its event kind (the fixed name or the translated label).
class EventFilterProxyModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit EventFilterProxyModel(QObject* parent = nullptr);

    QString filterText() const { return m_text; }
    EventLevel minimumLevel() const { return m_minimumLevel; }

public Q_SLOTS:
    void setFilterText(const QString& text);
    void setMinimumLevel(sluice::EventLevel level);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_text;
    QStringList m_words;
    EventLevel m_minimumLevel = EventLevel::Debug;
};

} // namespace sluice
