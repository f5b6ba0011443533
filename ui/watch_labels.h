#pragma once

#include "watch/watch_config.h"

#include <QCoreApplication>
#include <QIcon>
#include <QString>

namespace sluice {

/// Translated words and icons for the states of watch folder watching and of the stability gate, shared
/// by the watch-folder pane, its delegate and the waiting list. The core's codes stay the keys.
class WatchLabels {
    Q_DECLARE_TR_FUNCTIONS(WatchLabels)
public:
    /// "Watching", "Polling", "Paused", "Error".
    static QString stateLabel(WatchState state);
    /// 16-pixel icon of a state (the event log's icons: folder, polling, paused, error).
    static QIcon stateIcon(WatchState state);
    /// "Still growing", "Locked", "Ready" — the reason a file waits at the stability gate.
    static QString waitStateLabel(WaitState state);
    /// One sentence for people on what the gate waits for in `state`.
    static QString waitStateHint(WaitState state);
    /// Parses the flat status code of WatchFolderStats ("watching", "polling: r", "paused: r", "error: r",
    /// possibly translated in the context sluice::ProcessingService) into a state and its reason.
    /// An empty code is Watching with no reason; an unknown code is Watching.
    static WatchState parseStatusCode(const QString& code, QString* reason = nullptr);
    /// "12 s", "3 min", "2 h" — how long since `since` (UTC) at `now`.
    static QString durationSince(const QDateTime& since, const QDateTime& now);
    /// A byte count for people: "950 bytes", "1.4 MB" (QLocale::formattedDataSize, SI units).
    static QString size(qint64 bytes);
};

} // namespace sluice
