#pragma once

#include <QList>
#include <QPainterPath>
#include <QRectF>

namespace sluice {

/// The path of a connection from the output port at `from` to the input port at `to` (scene pixels) that
/// does not pass behind any of `obstacles` (the cards of the other nodes).
///
/// When the plain S-curve (EdgeItem::curve) stays `clearance` px away from every obstacle it is the
/// answer. Otherwise the obstacles between the two x positions are grouped into columns (rects whose
/// x ranges overlap); in each column the edge runs horizontally through the free gap nearest to the
/// straight line from `from` to `to` (above or below the column when it has no gap), and S-curves join
/// these runs in the free space between columns, as in the orthogonal routing of layered graph drawing.
/// A backward edge (to left of from) keeps the plain curve.
QPainterPath routeEdge(const QPointF& from, const QPointF& to, const QList<QRectF>& obstacles,
                       double clearance = 10);

/// Whether `path` (flattened to line segments) passes through any of `rects`.
bool pathCrossesAny(const QPainterPath& path, const QList<QRectF>& rects);

} // namespace sluice
