#include "edge_route.h"

#include <QLineF>
#include <algorithm>
#include <cmath>

namespace sluice {

namespace {

/// The plain connection: horizontal tangents at both ports, as EdgeItem::curve draws it.
QPainterPath plainCurve(const QPointF& a, const QPointF& b) {
    const double dx = std::max(40.0, std::abs(b.x() - a.x()) * 0.5);
    QPainterPath path(a);
    path.cubicTo(a + QPointF(dx, 0), b - QPointF(dx, 0), b);
    return path;
}

/// An S-curve from `a` to `b` (b right of a) that stays within a.x()..b.x().
void joinTo(QPainterPath& path, const QPointF& a, const QPointF& b) {
    const double dx = (b.x() - a.x()) / 2;
    if (dx < 0.5 || std::abs(b.y() - a.y()) < 0.5) {
        path.lineTo(b);
        return;
    }
    path.cubicTo(a + QPointF(dx, 0), b - QPointF(dx, 0), b);
}

bool segmentHitsRect(const QPointF& p, const QPointF& q, const QRectF& r) {
    if (r.contains(p) || r.contains(q))
        return true;
    if (std::max(p.x(), q.x()) < r.left() || std::min(p.x(), q.x()) > r.right() ||
        std::max(p.y(), q.y()) < r.top() || std::min(p.y(), q.y()) > r.bottom())
        return false;
    const QLineF segment(p, q);
    const QLineF sides[] = {{r.topLeft(), r.topRight()},
                            {r.topRight(), r.bottomRight()},
                            {r.bottomRight(), r.bottomLeft()},
                            {r.bottomLeft(), r.topLeft()}};
    for (const QLineF& side : sides)
        if (segment.intersects(side, nullptr) == QLineF::BoundedIntersection)
            return true;
    return false;
}

/// Obstacles between the two x positions, grouped by overlapping x ranges.
struct Column {
    double left;
    double right;
    QList<std::pair<double, double>> blocked; ///< y ranges, merged and sorted
};

QList<Column> columnsBetween(double fromX, double toX, const QList<QRectF>& rects) {
    QList<QRectF> inSpan;
    for (const QRectF& r : rects)
        if (r.right() > fromX && r.left() < toX)
            inSpan.append(QRectF(QPointF(std::max(r.left(), fromX), r.top()),
                                 QPointF(std::min(r.right(), toX), r.bottom())));
    std::sort(inSpan.begin(), inSpan.end(),
              [](const QRectF& a, const QRectF& b) { return a.left() < b.left(); });
    QList<Column> columns;
    for (const QRectF& r : std::as_const(inSpan)) {
        if (columns.isEmpty() || r.left() > columns.last().right)
            columns.append(Column{r.left(), r.right(), {}});
        Column& c = columns.last();
        c.right = std::max(c.right, r.right());
        c.blocked.append({r.top(), r.bottom()});
    }
    for (Column& c : columns) {
        std::sort(c.blocked.begin(), c.blocked.end());
        QList<std::pair<double, double>> merged;
        for (const auto& range : std::as_const(c.blocked)) {
            if (!merged.isEmpty() && range.first <= merged.last().second)
                merged.last().second = std::max(merged.last().second, range.second);
            else
                merged.append(range);
        }
        c.blocked = merged;
    }
    return columns;
}

/// The free y in `column` nearest to `wanted`.
double freeY(const Column& column, double wanted) {
    for (const auto& range : column.blocked)
        if (wanted > range.first && wanted < range.second)
            return wanted - range.first < range.second - wanted ? range.first : range.second;
    return wanted;
}

} // namespace

bool pathCrossesAny(const QPainterPath& path, const QList<QRectF>& rects) {
    if (rects.isEmpty())
        return false;
    const QRectF bounds = path.controlPointRect();
    QList<QRectF> near;
    for (const QRectF& r : rects) // by hand: QRectF::intersects() is false for the flat bounds of a line
        if (r.left() <= bounds.right() && r.right() >= bounds.left() && r.top() <= bounds.bottom() &&
            r.bottom() >= bounds.top())
            near.append(r);
    if (near.isEmpty())
        return false;
    for (const QPolygonF& polygon : path.toSubpathPolygons())
        for (qsizetype i = 1; i < polygon.size(); ++i)
            for (const QRectF& r : std::as_const(near))
                if (segmentHitsRect(polygon.at(i - 1), polygon.at(i), r))
                    return true;
    return false;
}

QPainterPath routeEdge(const QPointF& from, const QPointF& to, const QList<QRectF>& obstacles,
                       double clearance) {
    const QPainterPath plain = plainCurve(from, to);
    if (obstacles.isEmpty() || to.x() <= from.x() + 2 * clearance)
        return plain;
    QList<QRectF> inflated;
    inflated.reserve(obstacles.size());
    for (const QRectF& r : obstacles)
        inflated.append(r.adjusted(-clearance, -clearance, clearance, clearance));
    if (!pathCrossesAny(plain, inflated))
        return plain;

    const QList<Column> columns = columnsBetween(from.x(), to.x(), inflated);
    QPainterPath path(from);
    QPointF at = from;
    for (const Column& c : columns) {
        const double middle = (c.left + c.right) / 2;
        const double onLine = from.y() + (to.y() - from.y()) * (middle - from.x()) / (to.x() - from.x());
        const double y = freeY(c, onLine);
        joinTo(path, at, QPointF(c.left, y));
        path.lineTo(c.right, y);
        at = QPointF(c.right, y);
    }
    joinTo(path, at, to);
    return path;
}

} // namespace sluice
