#pragma once

#include "log/event.h"

#include <QHash>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStringList>

namespace sluice {

class EventLogModel;

/// Filters an EventLogModel by text, minimum level, event type and watch folder.
///
/// - Text: split at white space; a row passes when every word occurs, case-insensitively, in its
///   message, its path, its folder, or its event kind (the fixed name or the translated label).
/// - Types: a set of EventLabels::types() codes; a row passes when its kind's type is in the set. All
///   types (the default) lets every row pass.
/// - Folder: every row, only the rows of one watch folder (by name), or only rows outside any folder
///   (files dropped on the window or given on the command line, messages of the application).
///
/// Reads the rows of the EventLogModel directly (not through QVariant roles) so that refiltering
/// 100,000 rows after a keystroke stays well under a frame's budget per thousand rows.
class EventFilterProxyModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    enum class FolderFilter { Any, Named, NoFolder };
    /// Above this many source rows a filter change resets the proxy instead of announcing each run of
    /// rows that comes or goes (see refilter()).
    static constexpr int kResetAbove = 5000;

    explicit EventFilterProxyModel(QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* model) override;

    QString filterText() const { return m_text; }
    EventLevel minimumLevel() const { return m_minimumLevel; }
    /// The shown types; all of EventLabels::types() when none is filtered out.
    QSet<QString> types() const { return m_types; }
    FolderFilter folderFilter() const { return m_folderFilter; }
    QString folder() const { return m_folder; }

public Q_SLOTS:
    void setFilterText(const QString& text);
    void setMinimumLevel(sluice::EventLevel level);
    /// Shows only rows whose type is in `types`; an empty set hides every row.
    void setTypes(const QSet<QString>& types);
    /// Shows every type again.
    void showAllTypes();
    /// `folder` is used with FolderFilter::Named only.
    void setFolderFilter(sluice::EventFilterProxyModel::FolderFilter filter, const QString& folder = {});

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    bool acceptsText(const QString& kind, const QString& message, const QString& path,
                     const QString& folder) const;
    /// Applies a changed filter: invalidateFilter() for small logs, a reset for large ones.
    void refilter();
    QString cachedKindLabel(const QString& kind) const;
    QString cachedType(const QString& kind) const;

    const EventLogModel* m_events = nullptr; ///< the source, when it is an EventLogModel
    QString m_text;
    QStringList m_words;
    EventLevel m_minimumLevel = EventLevel::Debug;
    QSet<QString> m_types;
    bool m_allTypes = true;
    FolderFilter m_folderFilter = FolderFilter::Any;
    QString m_folder;
    mutable QHash<QString, QString> m_kindLabels; ///< kind → translated label
    mutable QHash<QString, QString> m_kindTypes;  ///< kind → type
};

} // namespace sluice
