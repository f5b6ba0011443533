#include "event_filter_proxy.h"

#include "event_labels.h"
#include "event_log_model.h"

namespace sluice {

EventFilterProxyModel::EventFilterProxyModel(QObject* parent) : QSortFilterProxyModel(parent) {
    setDynamicSortFilter(true);
}

void EventFilterProxyModel::setFilterText(const QString& text) {
    const QString trimmed = text.simplified();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    m_words = trimmed.isEmpty() ? QStringList() : trimmed.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

void EventFilterProxyModel::setMinimumLevel(sluice::EventLevel level) {
    if (level == m_minimumLevel)
        return;
    m_minimumLevel = level;
    invalidateFilter();
}

bool EventFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (index.data(EventLogModel::LevelRole).toInt() < int(m_minimumLevel))
        return false;
    if (m_words.isEmpty())
        return true;
    const QString kind = index.data(EventLogModel::KindRole).toString();
    const QString fields[] = {
        index.data(EventLogModel::MessageRole).toString(),
        index.data(EventLogModel::PathRole).toString(),
        kind,
        EventLabels::kindLabel(kind),
    };
    for (const QString& word : m_words) {
        bool found = false;
        for (const QString& field : fields) {
            if (field.contains(word, Qt::CaseInsensitive)) {
                found = true;
                break;
            }
        }
        if (!found)
            return false;
    }
    return true;
}

} // namespace sluice
