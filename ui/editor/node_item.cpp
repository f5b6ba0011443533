#include "node_item.h"

#include "edge_item.h"
#include "editor_scene.h"
#include "editor_style.h"
#include "port_item.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <algorithm>
#include <cmath>

namespace sluice {

using namespace editorstyle;

namespace {

bool samePorts(const QList<PortSpec>& a, const QList<PortSpec>& b) {
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (a.at(i).name != b.at(i).name || a.at(i).type != b.at(i).type)
            return false;
    return true;
}

QString statusText(const QString& status) {
    if (status == QLatin1String("waiting"))
        return QCoreApplication::translate("sluice::NodeItem", "waiting");
    if (status == QLatin1String("running"))
        return QCoreApplication::translate("sluice::NodeItem", "running…");
    if (status == QLatin1String("done"))
        return QCoreApplication::translate("sluice::NodeItem", "done");
    if (status == QLatin1String("failed"))
        return QCoreApplication::translate("sluice::NodeItem", "failed");
    if (status == QLatin1String("skipped"))
        return QCoreApplication::translate("sluice::NodeItem", "skipped");
    if (status == QLatin1String("not_reached"))
        return QCoreApplication::translate("sluice::NodeItem", "not reached");
    return status;
}

} // namespace

bool NodeLook::operator==(const NodeLook& o) const {
    return id == o.id && title == o.title && subtitle == o.subtitle && group == o.group &&
           samePorts(inputs, o.inputs) && samePorts(outputs, o.outputs) && problems == o.problems &&
           unknownStage == o.unknownStage;
}

NodeItem::NodeItem(const NodeLook& look) : m_look(look) {
    setFlags(ItemIsMovable | ItemIsSelectable | ItemSendsGeometryChanges);
    setCacheMode(DeviceCoordinateCache);
    setZValue(1);
    measure();
    rebuildPorts();
}

void NodeItem::measure() {
    // Header texts start right of the 28 px icon square (x = 44) and keep 8 px from the right edge; port
    // names sit 12 px from each side with at least 16 px between an input's and an output's name.
    constexpr double kTextLeft = 44;
    constexpr double kTextRight = 8;
    const double title = QFontMetricsF(nodeTitleFont()).horizontalAdvance(m_look.title);
    const double subtitle = QFontMetricsF(nodeSubtitleFont()).horizontalAdvance(m_look.subtitle);
    const QFontMetricsF portMetrics(nodePortFont());
    double widestIn = 0;
    double widestOut = 0;
    for (const PortSpec& p : std::as_const(m_look.inputs))
        widestIn = std::max(widestIn, portMetrics.horizontalAdvance(p.name));
    for (const PortSpec& p : std::as_const(m_look.outputs))
        widestOut = std::max(widestOut, portMetrics.horizontalAdvance(p.name));
    const double wanted = std::max({kTextLeft + title + kTextRight, kTextLeft + subtitle + kTextRight,
                                    12 + widestIn + 16 + widestOut + 12});
    // Whole multiples of 4 px keep cards aligned on the grid.
    m_width = std::clamp(std::ceil(wanted / 4) * 4, kNodeWidth, kMaxNodeWidth);
    m_elided = std::max(title, subtitle) > m_width - kTextLeft - kTextRight + 0.5;
}

void NodeItem::updateToolTip() {
    QStringList lines = m_look.problems;
    if (m_elided)
        lines.prepend(m_look.title + QLatin1Char('\n') + m_look.subtitle);
    setToolTip(lines.join(QLatin1Char('\n')));
}

double NodeItem::height() const {
    const qsizetype rows = std::max<qsizetype>({m_look.inputs.size(), m_look.outputs.size(), 1});
    return kHeaderHeight + double(rows) * kPortRowHeight + 10;
}

QRectF NodeItem::boundingRect() const {
    // Room for the shadow, the selection outline and the status badge above the card.
    return QRectF(-4, -16, m_width + 10, height() + 22);
}

void NodeItem::setLook(const NodeLook& look) {
    if (look == m_look)
        return;
    const bool portsChanged =
        !samePorts(look.inputs, m_look.inputs) || !samePorts(look.outputs, m_look.outputs);
    prepareGeometryChange();
    m_look = look;
    const double oldWidth = m_width;
    measure();
    if (portsChanged || m_width != oldWidth)
        rebuildPorts();
    updateToolTip();
    update();
    for (EdgeItem* e : std::as_const(m_edges))
        e->updatePath();
}

void NodeItem::rebuildPorts() {
    qDeleteAll(m_ports);
    m_ports.clear();
    for (qsizetype i = 0; i < m_look.inputs.size(); ++i) {
        auto* p = new PortItem(this, m_look.inputs.at(i).name, m_look.inputs.at(i).type, false);
        p->setPos(0, kHeaderHeight + (double(i) + 0.5) * kPortRowHeight + 4);
        m_ports.append(p);
    }
    for (qsizetype i = 0; i < m_look.outputs.size(); ++i) {
        auto* p = new PortItem(this, m_look.outputs.at(i).name, m_look.outputs.at(i).type, true);
        p->setPos(m_width, kHeaderHeight + (double(i) + 0.5) * kPortRowHeight + 4);
        m_ports.append(p);
    }
    updateToolTip();
}

PortItem* NodeItem::port(const QString& name, bool output) const {
    for (PortItem* p : m_ports)
        if (p->name() == name && p->isOutput() == output)
            return p;
    return nullptr;
}

QPointF NodeItem::anchor(const QString& name, bool output) const {
    if (PortItem* p = port(name, output))
        return p->scenePos();
    return mapToScene(QPointF(output ? m_width : 0, height() / 2));
}

void NodeItem::attachEdge(EdgeItem* edge) {
    if (!m_edges.contains(edge))
        m_edges.append(edge);
}

void NodeItem::detachEdge(EdgeItem* edge) {
    m_edges.removeAll(edge);
}

void NodeItem::setRunStatus(const QString& status, qint64 ms) {
    m_status = status;
    m_ms = ms;
    update();
}

QVariant NodeItem::itemChange(GraphicsItemChange change, const QVariant& value) {
    if (change == ItemPositionHasChanged) {
        for (EdgeItem* e : std::as_const(m_edges))
            e->updatePath();
        // Edges of other nodes may now pass behind this one: the scene reroutes them (once per event loop).
        if (auto* editorScene = qobject_cast<EditorScene*>(scene()))
            editorScene->scheduleEdgeRouting();
    }
    return QGraphicsObject::itemChange(change, value);
}

void NodeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    const QRectF card(0, 0, m_width, height());
    const bool selected = option->state & QStyle::State_Selected;
    const QColor accent = m_look.unknownStage ? QColor(0xd0, 0x3b, 0x3b) : groupColor(m_look.group);

    // Soft shadow.
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0, 0, 0, 22));
    painter->drawRoundedRect(card.translated(1.5, 2.5), 7, 7);

    // Card.
    QPen border(QColor(0xc9, 0xce, 0xd6), 1);
    if (!m_look.problems.isEmpty())
        border = QPen(QColor(0xd0, 0x3b, 0x3b), 1.6);
    if (selected)
        border = QPen(QColor(0x1e, 0x6f, 0xd9), 2.2);
    painter->setPen(border);
    painter->setBrush(Qt::white);
    painter->drawRoundedRect(card, 7, 7);

    // Accent bar and icon square, as in n8n and Node-RED.
    QPainterPath header;
    header.addRoundedRect(QRectF(0, 0, m_width, kHeaderHeight), 7, 7);
    header.addRect(QRectF(0, kHeaderHeight - 8, m_width, 8));
    painter->setPen(Qt::NoPen);
    QColor headerFill = accent;
    headerFill.setAlpha(28);
    painter->setBrush(headerFill);
    painter->drawPath(header);
    painter->setBrush(accent);
    painter->drawRoundedRect(QRectF(8, 9, 28, 28), 5, 5);
    painter->setPen(Qt::white);
    QFont iconFont = painter->font();
    iconFont.setBold(true);
    iconFont.setPointSizeF(11);
    painter->setFont(iconFont);
    const QString initial = m_look.group.isEmpty() ? QStringLiteral("?") : m_look.group.left(1).toUpper();
    painter->drawText(QRectF(8, 9, 28, 28), Qt::AlignCenter, initial);
    painter->setPen(QPen(QColor(0xe3, 0xe6, 0xea), 1));
    painter->drawLine(QPointF(1, kHeaderHeight), QPointF(m_width - 1, kHeaderHeight));

    // Title and subtitle.
    const QFont titleFont = nodeTitleFont();
    painter->setFont(titleFont);
    painter->setPen(QColor(0x22, 0x27, 0x2e));
    const QRectF titleRect(44, 7, m_width - 52, 18);
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetricsF(titleFont).elidedText(m_look.title, Qt::ElideRight, titleRect.width()));
    const QFont smallFont = nodeSubtitleFont();
    painter->setFont(smallFont);
    painter->setPen(QColor(0x6b, 0x74, 0x80));
    const QRectF subRect(44, 24, m_width - 52, 15);
    painter->drawText(subRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetricsF(smallFont).elidedText(m_look.subtitle, Qt::ElideRight, subRect.width()));

    // Port names.
    painter->setFont(nodePortFont());
    painter->setPen(QColor(0x3c, 0x44, 0x4f));
    for (const PortItem* p : std::as_const(m_ports)) {
        const QPointF at = p->pos();
        const QRectF r(12, at.y() - 9, m_width - 24, 18); // measure() left room for both names
        painter->drawText(r, (p->isOutput() ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter, p->name());
    }

    // Problem marker.
    if (!m_look.problems.isEmpty()) {
        const QRectF badge(m_width - 22, -8, 16, 16);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0xd0, 0x3b, 0x3b));
        painter->drawEllipse(badge);
        painter->setPen(Qt::white);
        painter->setFont(iconFont);
        painter->drawText(badge, Qt::AlignCenter, QStringLiteral("!"));
    }

    // Try-it status pill above the card.
    if (!m_status.isEmpty()) {
        QString text = statusText(m_status);
        if (m_ms >= 0 && (m_status == QLatin1String("done") || m_status == QLatin1String("failed")))
            text += QStringLiteral(" · %1 ms").arg(m_ms);
        painter->setFont(smallFont);
        const double w = QFontMetricsF(smallFont).horizontalAdvance(text) + 18;
        const QRectF pill(0, -15, w, 14);
        painter->setPen(Qt::NoPen);
        painter->setBrush(statusColor(m_status));
        painter->drawRoundedRect(pill, 7, 7);
        painter->setPen(Qt::white);
        painter->drawText(pill, Qt::AlignCenter, text);
    }
}

} // namespace sluice
