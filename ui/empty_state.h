#pragma once

#include <QRect>
#include <QString>

class QWidget;

namespace sluice {

/// Paints the text of an empty view in its viewport (or in `area` of it, when given): a title in the
/// window-text colour and, below it, a hint in a softer colour saying what to do. Call from a view's
/// paintEvent after the base class has painted.
void paintEmptyState(QWidget* viewport, const QString& title, const QString& hint = {},
                     const QRect& area = {});

} // namespace sluice
