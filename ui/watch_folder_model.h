#pragma once

#include "service/processing_service.h"
#include "watch/watch_config.h"

#include <QAbstractListModel>
#include <QList>

namespace sluice {

/// The watch folders, one row each: the folder's config (name, roots, filters, pipeline) and its status
/// as the service reports it (ProcessingService::statusChanged; the older statsChanged is understood
/// too) — state (watching / polling / paused / error) with its reason, and the counts (processed, failed,
/// waiting at the stability gate, tracked). Display is the folder's name; the custom roles carry the
/// rest for the delegate, tooltips and tests.
///
/// A folder added by path (addFolder(QString)) is named after that path, as ProcessingService names it;
/// it is displayed by the path's last component.
class WatchFolderModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        PathRole = Qt::UserRole + 1, ///< the first root's full path
        ProcessedRole,               ///< int
        FailedRole,                  ///< int
        WaitingRole,                 ///< int
        StatusRole,                  ///< translated short state: "Watching", "Polling", "Paused", "Error"
        HasErrorRole,                ///< bool: the state is Error
        ErrorRole,                   ///< the error's reason; empty when not in error
        SummaryRole,                 ///< translated one-line summary of the counts
        NameRole,                    ///< the folder's name (the key of every service call)
        RootsRole,                   ///< QStringList: every root
        StateRole,                   ///< int (WatchState)
        ReasonRole,   ///< why polling / paused / in error (translated by the core); may be empty
        PausedRole,   ///< bool: processing is held
        TrackedRole,  ///< int: files known to the watcher
        PipelineRole, ///< the pipeline's name or file; empty = the default pipeline
    };

    explicit WatchFolderModel(QObject* parent = nullptr);

    /// The form every path is kept in: absolute, cleaned, without trailing slash. String work only.
    static QString normalizedPath(const QString& path);
    /// The core's flat status code in words for people: "watching" → "Watching", "error: x" →
    /// "Error: x", "polling: y" → "Polling: y". (StatusRole gives the short form, without the reason.)
    static QString statusLabel(const QString& status);
    /// True when the core's status code reports an error ("error: …").
    static bool isErrorStatus(const QString& status);

    /// Appends a watch folder; returns false when one of that name is already listed or the name is empty.
    bool addFolder(const WatchFolderConfig& config, const WatchFolderStatus& status = {});
    /// Appends a folder added by path (named after the normalised path), with the given counts.
    bool addFolder(const WatchFolderStats& stats);
    bool addFolder(const QString& root) { return addFolder(WatchFolderStats{root, 0, 0, 0, {}}); }
    /// Removes a folder by name; returns false when it is not listed.
    bool removeFolder(const QString& name);
    /// Replaces the config of the folder named `config.name` (or, when `oldName` is given, of the folder
    /// of that name: a rename). Returns false when not listed.
    bool updateConfig(const WatchFolderConfig& config, const QString& oldName = {});
    /// Takes the state, reason and counts of a listed folder; ignores folders not listed.
    void updateStatus(const sluice::WatchFolderStatus& status);
    /// Takes the counts and flat status code of a listed folder; ignores folders not listed.
    void updateStats(const sluice::WatchFolderStats& stats);

    /// Row of the folder named `name` (or added by that path), -1 when not listed.
    int rowOf(const QString& name) const;
    /// Names of the folders, in display order.
    QStringList folders() const;
    const WatchFolderConfig& configAt(int row) const { return m_rows.at(row).config; }
    const WatchFolderStatus& statusAt(int row) const { return m_rows.at(row).status; }
    QList<WatchFolderConfig> configs() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        WatchFolderConfig config;
        WatchFolderStatus status;
    };
    QString displayName(const Row& row) const;

    QList<Row> m_rows;
};

} // namespace sluice
