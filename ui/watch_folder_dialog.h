#pragma once

#include "watch/watch_config.h"

#include <QDialog>
#include <functional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace sluice {

/// Edits one watch folder's WatchFolderConfig in three tabs:
/// - General: name, the root folders (several; added with a folder browser, removed), recursive, the
///   pipeline (default, a built-in or user pipeline by name — Pipeline::builtinNames() / userNames() — or
///   a pipeline file), paused.
/// - Filters: include / exclude globs and regular expressions (one per line, matched on the path
///   relative to the root), maximum size (MB, 0 = no limit), minimum age, skip hidden, skip temporary.
/// - Events: settle time, cooldown, the event types reported, content hashing (off / first MiB / full),
///   batch size, polling instead of native notification.
/// Fields the dialog does not show (rescan interval, native-watch limit) keep the values of the config
/// given to setConfig(). OK is refused, with the problems listed in the dialog, while the config does not
/// validate (WatchFolderConfig::validate) or the name is taken (setNameCheck).
class WatchFolderDialog : public QDialog {
    Q_OBJECT
public:
    explicit WatchFolderDialog(QWidget* parent = nullptr);

    /// Fills every field from `config`.
    void setConfig(const WatchFolderConfig& config);
    /// The config the fields describe.
    WatchFolderConfig config() const;
    /// A check of the name: returns a translated problem ("name taken") or an empty string.
    void setNameCheck(std::function<QString(const QString&)> check) { m_nameCheck = std::move(check); }
    /// Everything that keeps OK from accepting, one translated sentence each; empty when the config is
    /// usable.
    QStringList problems() const;
    /// Adds a root folder (what "Add Folder…" does after its folder browser). Ignores duplicates.
    void addRoot(const QString& path);

public Q_SLOTS:
    void accept() override;

private:
    void chooseRoot();
    void choosePipelineFile();
    void removeSelectedRoots();
    void updateButtons();
    static QStringList linesOf(const QPlainTextEdit* edit);

    WatchFolderConfig m_original; ///< fields not shown are taken from here
    /// What the Name field showed at setConfig: a folder added by path is named after its full path but
    /// shown, as in the list, by its last component; left as shown, the full-path name is kept.
    QString m_shownName;
    std::function<QString(const QString&)> m_nameCheck;

    QLineEdit* m_name;
    QListWidget* m_roots;
    QPushButton* m_addRoot;
    QPushButton* m_removeRoot;
    QCheckBox* m_recursive;
    QComboBox* m_pipeline;
    QCheckBox* m_paused;

    QPlainTextEdit* m_includeGlobs;
    QPlainTextEdit* m_excludeGlobs;
    QPlainTextEdit* m_includeRegexes;
    QPlainTextEdit* m_excludeRegexes;
    QDoubleSpinBox* m_maxSize;
    QSpinBox* m_minAge;
    QCheckBox* m_skipHidden;
    QCheckBox* m_skipTemporary;

    QSpinBox* m_settle;
    QSpinBox* m_cooldown;
    QList<QCheckBox*> m_eventTypes;
    QComboBox* m_contentHash;
    QSpinBox* m_batchSize;
    QCheckBox* m_forcePolling;
    QSpinBox* m_pollInterval;

    QLabel* m_problems;
};

} // namespace sluice
