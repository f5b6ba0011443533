#pragma once

#include "log/event.h"

#include <QColor>
#include <QCoreApplication>
#include <QIcon>
#include <QString>

namespace sluice {

/// Translated names, colours and icons for event levels and event kinds, shared by the event log and
/// the result pane. The fixed, untranslated kind ("processed") stays the key; people see the label.
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
    /// True for kinds that are about a watch folder rather than a file.
    static bool isFolderKind(const QString& kind);
    /// True for kinds whose event data carries a result document ("processed", "failed").
    static bool carriesResult(const QString& kind);
};

} // namespace sluice
