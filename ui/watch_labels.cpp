#include "watch_labels.h"

#include "event_labels.h"

#include <QLocale>

namespace sluice {

QString WatchLabels::stateLabel(WatchState state) {
    switch (state) {
    case WatchState::Watching:
        return tr("Watching");
    case WatchState::Polling:
        return tr("Polling");
    case WatchState::Paused:
        return tr("Paused");
    case WatchState::Error:
        return tr("Error");
    }
    return tr("Watching");
}

QIcon WatchLabels::stateIcon(WatchState state) {
    switch (state) {
    case WatchState::Watching:
        return EventLabels::kindIcon(QStringLiteral("watch_added"));
    case WatchState::Polling:
        return EventLabels::kindIcon(QStringLiteral("watch_polling"));
    case WatchState::Paused:
        return EventLabels::kindIcon(QStringLiteral("watch_paused"));
    case WatchState::Error:
        return EventLabels::kindIcon(QStringLiteral("watch_error"));
    }
    return {};
}

QString WatchLabels::waitStateLabel(WaitState state) {
    switch (state) {
    case WaitState::Growing:
        return tr("Still growing");
    case WaitState::Locked:
        return tr("Locked");
    case WaitState::Ready:
        return tr("Ready");
    }
    return {};
}

QString WatchLabels::waitStateHint(WaitState state) {
    switch (state) {
    case WaitState::Growing:
        return tr("Its size or time changed within the settle time: it is still being written.");
    case WaitState::Locked:
        return tr("It stopped changing but cannot be opened for reading yet.");
    case WaitState::Ready:
        return tr("It is complete; it runs through the pipeline next (or when the folder is resumed).");
    }
    return {};
}

WatchState WatchLabels::parseStatusCode(const QString& code, QString* reason) {
    static const char* const kContext = "sluice::ProcessingService";
    struct Prefix {
        const char* code;
        WatchState state;
    };
    const Prefix prefixes[] = {{"error", WatchState::Error},
                               {"polling", WatchState::Polling},
                               {"paused", WatchState::Paused},
                               {"watching", WatchState::Watching}};
    for (const Prefix& p : prefixes) {
        const QString plain = QLatin1String(p.code);
        const QString translated = QCoreApplication::translate(kContext, p.code);
        for (const QString& word : {plain, translated}) {
            if (word.isEmpty() || !code.startsWith(word))
                continue;
            QString rest = code.mid(word.size()).trimmed();
            if (rest.startsWith(QLatin1Char(':')))
                rest = rest.mid(1).trimmed();
            if (reason)
                *reason = rest;
            return p.state;
        }
    }
    if (reason)
        reason->clear();
    return WatchState::Watching;
}

QString WatchLabels::durationSince(const QDateTime& since, const QDateTime& now) {
    if (!since.isValid())
        return {};
    const qint64 s = qMax<qint64>(0, since.secsTo(now));
    if (s < 60)
        return tr("%n s", nullptr, int(s));
    if (s < 3600)
        return tr("%n min", nullptr, int(s / 60));
    return tr("%n h", nullptr, int(s / 3600));
}

QString WatchLabels::size(qint64 bytes) {
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

} // namespace sluice
