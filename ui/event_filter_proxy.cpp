#include "event_filter_proxy.h"

#include "event_labels.h"
#include "event_log_model.h"

namespace sluice {

EventFilterProxyModel::EventFilterProxyModel(QObject* parent) : QSortFilterProxyModel(parent) {
    setDynamicSortFilter(true);
    const QStringList all = EventLabels::types();
    m_types = QSet<QString>(all.begin(), all.end());
}

void EventFilterProxyModel::setSourceModel(QAbstractItemModel* model) {
    m_events = qobject_cast<const EventLogModel*>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void EventFilterProxyModel::setFilterText(const QString& text) {
    const QString trimmed = text.simplified();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    m_words = trimmed.isEmpty() ? QStringList() : trimmed.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    refilter();
}

void EventFilterProxyModel::setMinimumLevel(sluice::EventLevel level) {
    if (level == m_minimumLevel)
        return;
    m_minimumLevel = level;
    refilter();
}

void EventFilterProxyModel::setTypes(const QSet<QString>& types) {
    if (types == m_types)
        return;
    m_types = types;
    const QStringList all = EventLabels::types();
    m_allTypes = true;
    for (const QString& type : all) {
        if (!m_types.contains(type)) {
            m_allTypes = false;
            break;
        }
    }
    refilter();
}

void EventFilterProxyModel::showAllTypes() {
    const QStringList all = EventLabels::types();
    setTypes(QSet<QString>(all.begin(), all.end()));
}

void EventFilterProxyModel::setFolderFilter(sluice::EventFilterProxyModel::FolderFilter filter,
                                            const QString& folder) {
    const QString name = filter == FolderFilter::Named ? folder : QString();
    if (filter == m_folderFilter && name == m_folder)
        return;
    m_folderFilter = filter;
    m_folder = name;
    refilter();
}

void EventFilterProxyModel::refilter() {
    // invalidateFilter() announces every contiguous run of rows that comes or goes on its own; with a
    // type or folder filter over 100,000 rows that is tens of thousands of signals, each costing the view
    // a pass over its rows (11 s measured). A reset is one signal; it loses the selection, which a
    // filter change on a log that large may.
    if (sourceModel() && sourceModel()->rowCount() > kResetAbove) {
        beginResetModel();
        endResetModel(); // QSortFilterProxyModel rebuilds its mapping on its own modelReset
    } else {
        invalidateFilter();
    }
}

QString EventFilterProxyModel::cachedKindLabel(const QString& kind) const {
    auto it = m_kindLabels.constFind(kind);
    if (it == m_kindLabels.constEnd())
        it = m_kindLabels.insert(kind, EventLabels::kindLabel(kind));
    return *it;
}

QString EventFilterProxyModel::cachedType(const QString& kind) const {
    auto it = m_kindTypes.constFind(kind);
    if (it == m_kindTypes.constEnd())
        it = m_kindTypes.insert(kind, EventLabels::typeOf(kind));
    return *it;
}

bool EventFilterProxyModel::acceptsText(const QString& kind, const QString& message, const QString& path,
                                        const QString& folder) const {
    if (m_words.isEmpty())
        return true;
    const QString label = cachedKindLabel(kind);
    for (const QString& word : m_words) {
        if (!message.contains(word, Qt::CaseInsensitive) && !path.contains(word, Qt::CaseInsensitive) &&
            !folder.contains(word, Qt::CaseInsensitive) && !kind.contains(word, Qt::CaseInsensitive) &&
            !label.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

bool EventFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    int level = 0;
    QString kind;
    QString message;
    QString path;
    QString folder;
    if (m_events && !sourceParent.isValid()) {
        const EventLogModel::Row& row = m_events->rowAt(sourceRow);
        level = int(row.event.level);
        kind = row.event.kind;
        message = row.event.message;
        path = row.event.path;
        folder = row.folder;
    } else {
        const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
        level = index.data(EventLogModel::LevelRole).toInt();
        kind = index.data(EventLogModel::KindRole).toString();
        message = index.data(EventLogModel::MessageRole).toString();
        path = index.data(EventLogModel::PathRole).toString();
        folder = index.data(EventLogModel::FolderRole).toString();
    }
    if (level < int(m_minimumLevel))
        return false;
    if (!m_allTypes && !m_types.contains(cachedType(kind)))
        return false;
    switch (m_folderFilter) {
    case FolderFilter::Any:
        break;
    case FolderFilter::Named:
        if (folder != m_folder)
            return false;
        break;
    case FolderFilter::NoFolder:
        if (!folder.isEmpty())
            return false;
        break;
    }
    return acceptsText(kind, message, path, folder);
}

} // namespace sluice
