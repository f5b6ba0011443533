#pragma once

#include <QColor>
#include <QFont>
#include <QString>

namespace sluice::editorstyle {

/// Colour of a port type ("file", "document", "image", "text"); grey for others.
QColor portColor(const QString& type);
/// Header colour of a stage group (the untranslated StageRegistry group as shown in the palette).
QColor groupColor(const QString& group);
/// Badge colour of a try-it status: "waiting", "running", "done", "failed", "skipped".
QColor statusColor(const QString& status);

/// The fonts of a node card: title (bold), subtitle and port names, from the application font.
QFont nodeTitleFont();
QFont nodeSubtitleFont();
QFont nodePortFont();

/// Node geometry in scene pixels. A node is kNodeWidth wide, wider when its title, its "id · stage"
/// subtitle or its port names need it, up to kMaxNodeWidth (longer texts are elided at the end and shown
/// in full in the tooltip).
constexpr double kNodeWidth = 196;
constexpr double kMaxNodeWidth = 340;
constexpr double kHeaderHeight = 46;
constexpr double kPortRowHeight = 20;
constexpr double kPortRadius = 5.5;

} // namespace sluice::editorstyle
