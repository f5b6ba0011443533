#pragma once

#include <QColor>
#include <QString>

namespace sluice::editorstyle {

/// Colour of a port type ("file", "document", "image", "text"); grey for others.
QColor portColor(const QString& type);
/// Header colour of a stage group (the untranslated StageRegistry group as shown in the palette).
QColor groupColor(const QString& group);
/// Badge colour of a try-it status: "waiting", "running", "done", "failed", "skipped".
QColor statusColor(const QString& status);

/// Node geometry in scene pixels.
constexpr double kNodeWidth = 196;
constexpr double kHeaderHeight = 46;
constexpr double kPortRowHeight = 20;
constexpr double kPortRadius = 5.5;

} // namespace sluice::editorstyle
