#pragma once

#include "service/processing_service.h"

#include <QAbstractListModel>
#include <QList>

namespace sluice {

/// The watch folders, one row each, with their counts (processed, failed, waiting at the stability gate)
/// and status as reported by ProcessingService::statsChanged. Display is the folder's name; the
/// custom roles carry the rest for the delegate, tooltips and tests.
class WatchFolderModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        PathRole = Qt::UserRole + 1, ///< full path
        ProcessedRole,               ///< int
        FailedRole,                  ///< int
        WaitingRole,                 ///< int
        StatusRole,                  ///< translated short status: "Starting", "Watching", "Error"
        HasErrorRole,                ///< bool: the status is an error
        ErrorRole,                   ///< the error's reason as the service gave it; empty when none
        SummaryRole,                 ///< translated one-line summary of the counts
    };

    explicit WatchFolderModel(QObject* parent = nullptr);

    /// The form every path is kept in: absolute, cleaned, without trailing slash. String work only.
    static QString normalizedPath(const QString& path);
    /// The core's status text in words for people: "watching" → "Watching", "error: x" → "Error: x".
    /// (StatusRole gives the short form, without the reason.)
    static QString statusLabel(const QString& status);
    /// True when the core's status text reports an error ("error: …").
    static bool isErrorStatus(const QString& status);

    /// Appends a folder with the given counts; returns false when it is already listed.
    bool addFolder(const WatchFolderStats& stats);
    bool addFolder(const QString& root) { return addFolder(WatchFolderStats{root, 0, 0, 0, {}}); }
    /// Removes a folder; returns false when it is not listed.
    bool removeFolder(const QString& root);
    /// Updates the counts of a listed folder; ignores folders not listed.
    void updateStats(const sluice::WatchFolderStats& stats);

    /// Row of `root`, -1 when not listed.
    int rowOf(const QString& root) const;
    QStringList folders() const;
    const WatchFolderStats& statsAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QList<WatchFolderStats> m_rows;
};

} // namespace sluice
