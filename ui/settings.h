#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace sluice {

/// One typed QSettings entry, declared once with its key and default (the shape of qBittorrent's
/// SettingValue). Reads and writes go through a fresh QSettings, so organisation and application name
/// (and QStandardPaths test mode) decide where they land.
template <typename T> class SettingValue {
public:
    explicit SettingValue(QString key, T defaultValue = T{})
        : m_key(std::move(key)), m_default(std::move(defaultValue)) {}

    QString key() const { return m_key; }
    /// The stored value, or the default when the key is missing or holds another type.
    T value() const {
        const QVariant v = QSettings().value(m_key);
        return v.isValid() && v.canConvert<T>() ? v.value<T>() : m_default;
    }
    void setValue(const T& value) const { QSettings().setValue(m_key, QVariant::fromValue(value)); }
    void remove() const { QSettings().remove(m_key); }

private:
    QString m_key;
    T m_default;
};

/// Every setting the GUI keeps between runs.
namespace settings {

/// Watch folders shown in the watch-folder pane, restored at start.
const SettingValue<QStringList>& watchFolders();
/// QMainWindow::saveGeometry() of the main window.
const SettingValue<QByteArray>& windowGeometry();
/// QMainWindow::saveState() (toolbars) of the main window.
const SettingValue<QByteArray>& windowState();
/// QSplitter::saveState() of the three-pane splitter, saved only once the user has dragged a handle (key
/// versioned: 2 since the result pane's default share grew, so layouts saved unasked get the new default).
const SettingValue<QByteArray>& paneSplitterState();
/// QHeaderView::saveState() of the event-log columns, saved only once the user has set a column width (key
/// versioned by column count: 6 since the folder column came; "b" since widths follow the pane until then).
const SettingValue<QByteArray>& eventLogHeaderState();
/// Folder last used by the "Process files…" dialog.
const SettingValue<QString>& lastProcessDir();
/// OCR review: words with a confidence (0–100) below this are marked and listed; default 60.
const SettingValue<int>& ocrConfidenceThreshold();
/// Pipeline (built-in or user pipeline name, or a file) that watch folders use from the next start when
/// no --pipeline is given; set by the pipeline editor's "Use for Watch Folders". Default "inbox".
const SettingValue<QString>& watchPipeline();
/// QMainWindow::saveState() (docks) of the pipeline editor.
const SettingValue<QByteArray>& editorState();
/// Folder last used by the pipeline editor's open, save and try-it dialogs.
const SettingValue<QString>& editorLastDir();
/// Files a batch processes at once (worker threads), 1–64; 0 = not set, meaning the core count
/// (QThread::idealThreadCount()). Use workerCountOrDefault() to read it.
const SettingValue<int>& workerCount();
/// workerCount(), or the core count when it is not set or out of range.
int workerCountOrDefault();
/// Pipeline last picked for dropped batches; empty = the default (watch-folder) pipeline.
const SettingValue<QString>& batchPipeline();
/// Finished jobs older than this many days are removed from the state store (ProcessingService::Config
/// keepJobsDays); default 30, 0 keeps them. Key "store/keepJobsDays"; no dialog yet.
const SettingValue<int>& keepJobsDays();
/// At most this many finished jobs are kept in the state store (Config::keepJobs); default 100000, 0 = no
/// limit. Key "store/keepJobs".
const SettingValue<int>& keepJobs();

} // namespace settings

} // namespace sluice
