#pragma once

#include "pipeline/pipeline.h"

#include <QHash>
#include <QPointF>
#include <functional>

namespace sluice {

/// Positions for a tidy left-to-right layout (scene pixels, top-left of each node): each node goes into
/// the layer of its longest path from a source (Pipeline::topologicalOrder), layers are `columnGap`
/// apart; inside a layer nodes are ordered by the mean row of their predecessors (one barycentre pass,
/// as in Sugiyama layouts) and stacked with `rowGap` between them, the layer centred on y = 0.
/// `height` gives a node's height in pixels. Nodes on a cycle keep their place.
QHash<QString, QPointF> tidyLayout(const Pipeline& pipeline,
                                   const std::function<double(const QString&)>& height,
                                   double columnGap = 250, double rowGap = 28);

} // namespace sluice
