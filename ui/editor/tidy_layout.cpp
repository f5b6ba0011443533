#include "tidy_layout.h"

#include <QMap>
#include <algorithm>
#include <cmath>

namespace sluice {

namespace {

/// A node, or a lane of an edge through a layer (a "dummy" vertex of the layered drawing).
struct Vertex {
    QString id;            ///< node id; empty for a lane
    QSizeF size;           ///< card size, or 0 × laneHeight for a lane
    QList<QString> preds;  ///< keys of the vertices in the layer before that lead here
    QList<double> offsets; ///< per predecessor: the index of the output port the edge leaves by
};

} // namespace

QHash<QString, QPointF> tidyLayout(const Pipeline& pipeline,
                                   const std::function<QSizeF(const QString&)>& size, double columnGap,
                                   double rowGap, double laneHeight) {
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

    // Vertices by key (a node's key is its id; a lane's key starts with \x1f, which no id contains).
    QHash<QString, Vertex> vertices;
    QMap<int, QStringList> layers;
    for (const QString& id : order) {
        vertices.insert(id, Vertex{id, size(id), {}, {}});
        layers[layer.value(id)].append(id);
    }
    for (qsizetype i = 0; i < pipeline.edges.size(); ++i) {
        const PipelineEdge& e = pipeline.edges.at(i);
        if (!layer.contains(e.from) || !layer.contains(e.to))
            continue;
        // Ports further down the source node pull the target (and the edge's lanes) further down.
        const double port = double(pipeline.outgoing(e.from).indexOf(e));
        QString previous = e.from;
        for (int l = layer.value(e.from) + 1; l < layer.value(e.to); ++l) {
            const QString lane = QStringLiteral("\x1f%1\x1f%2").arg(i).arg(l);
            vertices.insert(lane, Vertex{{}, QSizeF(0, laneHeight), {previous}, {port}});
            layers[l].append(lane);
            previous = lane;
        }
        vertices[e.to].preds.append(previous);
        vertices[e.to].offsets.append(port);
    }

    QHash<QString, double>
        rank; // vertical centre of each placed vertex, for the barycentre of the next layer
    double x = 0;
    for (auto it = layers.begin(); it != layers.end(); ++it) {
        QStringList& keys = it.value();
        QHash<QString, double> key;
        for (int i = 0; i < keys.size(); ++i) {
            const Vertex& v = vertices.value(keys.at(i));
            double sum = 0;
            int count = 0;
            for (qsizetype p = 0; p < v.preds.size(); ++p)
                if (rank.contains(v.preds.at(p))) {
                    sum += rank.value(v.preds.at(p)) + v.offsets.at(p);
                    ++count;
                }
            key.insert(keys.at(i), count ? sum / count : 1e6 + double(i));
        }
        std::stable_sort(keys.begin(), keys.end(),
                         [&](const QString& a, const QString& b) { return key.value(a) < key.value(b); });
        double total = rowGap * double(keys.size() - 1);
        double widest = 0;
        for (const QString& k : keys) {
            total += vertices.value(k).size.height();
            widest = std::max(widest, vertices.value(k).size.width());
        }
        double y = -total / 2;
        for (const QString& k : std::as_const(keys)) {
            const Vertex& v = vertices.value(k);
            rank.insert(k, y + v.size.height() / 2);
            if (!v.id.isEmpty())
                positions.insert(v.id, QPointF(x, std::round(y)));
            y += v.size.height() + rowGap;
        }
        x += widest + columnGap;
    }
    return positions;
}

} // namespace sluice
