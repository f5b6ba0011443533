#pragma once

#include "log/event.h"

#include <QColor>
#include <QCoreApplication>
#include <QIcon>
#include <QString>
#include <QStringList>

namespace sluice {

/// Translated names, colours and icons for event levels and event kinds, shared by the event log and
/// the result pane. The fixed, untranslated kind ("processed") stays the key; people see the label.
///
/// Kinds are grouped into *types* for the event log's type filter: each file-change kind is its own
/// type (created, modified, content_changed, deleted, renamed), the gate's kinds are "waiting", the
/// runner's are started / processed / failed / skipped, every `watch_*` kind is "folder", and anything
/// else ("info", "alert", an unknown kind) is "other".
class EventLabels {
    Q_DECLARE_TR_FUNCTIONS(EventLabels)
public:
    /// "Debug", "Info", "Warning", "Error", translated.
    static QString levelLabel(EventLevel level);
    /// "Processed", "Watch added", … translated; an unknown kind is returned as it is.
    static QString kindLabel(const QString& kind);
    /// Text colour for a level, readable on a light background (invalid for the default colour).
    static QColor levelColor(EventLevel level);
    /// A small filled dot in the level's colour (cached).
    static QIcon levelIcon(EventLevel level);
    /// The 16-pixel type icon of an event (SVG from resources/icons/events, cached): one per file-change
    /// kind, per runner outcome, the gate, the watch-folder kinds (folder, polling, paused, error), and for
    /// other kinds the level's sign (info, warning, error).
    static QIcon kindIcon(const QString& kind, EventLevel level = EventLevel::Info);
    /// The resource name (without ".svg") kindIcon() uses, e.g. "processed", "warning".
    static QString kindIconName(const QString& kind, EventLevel level = EventLevel::Info);
    /// True for kinds that are about a watch folder rather than a file.
    static bool isFolderKind(const QString& kind);
    /// True for kinds whose event data carries a result document ("processed", "failed").
    static bool carriesResult(const QString& kind);

    /// The filter type of a kind (see the class comment).
    static QString typeOf(const QString& kind);
    /// Every filter type, in the order the type filter lists them.
    static QStringList types();
    /// Translated name of a filter type ("Created", "Watch folder", "Other").
    static QString typeLabel(const QString& type);
    /// Icon of a filter type (that of its main kind).
    static QIcon typeIcon(const QString& type);
};

} // namespace sluice
