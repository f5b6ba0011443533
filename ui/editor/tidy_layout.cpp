#include "tidy_layout.h"

#include <QMap>
#include <algorithm>

namespace sluice {

QHash<QString, QPointF> tidyLayout(const Pipeline& pipeline,
                                   const std::function<double(const QString&)>& height, double columnGap,
                                   double rowGap) {
    QHash<QString, QPointF> positions;
    const QStringList order = pipeline.topologicalOrder();
    if (order.isEmpty())
        return positions;
    QHash<QString, int> layer;
    for (const QString& id : order) {
        int l = 0;
        for (const PipelineEdge& e : pipeline.incoming(id))
            l = std::max(l, layer.value(e.from, -1) + 1);
        layer.insert(id, l);
    }
    QMap<int, QStringList> layers;
    for (const QString& id : order)
        layers[layer.value(id)].append(id);

    QHash<QString, double> rank; // vertical centre of each placed node, for the barycentre of the next layer
    for (auto it = layers.begin(); it != layers.end(); ++it) {
        QStringList& ids = it.value();
        QHash<QString, double> key;
        for (int i = 0; i < ids.size(); ++i) {
            double sum = 0;
            int count = 0;
            for (const PipelineEdge& e : pipeline.incoming(ids.at(i)))
                if (rank.contains(e.from)) {
                    // Ports further down the source node pull the target further down.
                    sum += rank.value(e.from) + double(pipeline.outgoing(e.from).indexOf(e));
                    ++count;
                }
            key.insert(ids.at(i), count ? sum / count : 1e6 + double(i));
        }
        std::stable_sort(ids.begin(), ids.end(),
                         [&](const QString& a, const QString& b) { return key.value(a) < key.value(b); });
        double total = 0;
        for (const QString& id : ids)
            total += height(id);
        total += rowGap * double(ids.size() - 1);
        double y = -total / 2;
        for (int i = 0; i < ids.size(); ++i) {
            rank.insert(ids.at(i), y + height(ids.at(i)) / 2);
            positions.insert(ids.at(i), QPointF(double(it.key()) * columnGap, std::round(y)));
            y += height(ids.at(i)) + rowGap;
        }
    }
    return positions;
}

} // namespace sluice
