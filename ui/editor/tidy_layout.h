#pragma once

#include "pipeline/pipeline.h"

#include <QHash>
#include <QPointF>
#include <QSizeF>
#include <functional>

namespace sluice {

/// Positions for a tidy left-to-right layout (scene pixels, top-left of each node), after the layered
/// (Sugiyama) drawing of directed graphs: each node goes into the layer of its longest path from a source
/// (Pipeline::topologicalOrder); an edge that spans several layers gets a lane of `laneHeight` pixels in
/// each layer it crosses, so that it can pass between the nodes there instead of behind them; inside a
/// layer nodes and lanes are ordered by the mean row of their predecessors (one barycentre pass) and
/// stacked with `rowGap` between them, each layer centred on y = 0. A layer starts `columnGap` pixels
/// right of the widest card of the layer before. `size` gives a node's card size in pixels.
/// Returns no positions for a pipeline with a cycle (its nodes keep their place).
QHash<QString, QPointF> tidyLayout(const Pipeline& pipeline,
                                   const std::function<QSizeF(const QString&)>& size, double columnGap = 64,
                                   double rowGap = 28, double laneHeight = 16);

} // namespace sluice
