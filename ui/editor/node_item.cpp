#include "node_item.h"

#include "edge_item.h"
#include "editor_style.h"
#include "port_item.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

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
    rebuildPorts();
}

double NodeItem::height() const {
    const qsizetype rows = std::max<qsizetype>({m_look.inputs.size(), m_look.outputs.size(), 1});
    return kHeaderHeight + double(rows) * kPortRowHeight + 10;
}

QRectF NodeItem::boundingRect() const {
    // Room for the shadow, the selection outline and the status badge above the card.
    return QRectF(-4, -16, kNodeWidth + 10, height() + 22);
}

void NodeItem::setLook(const NodeLook& look) {
    if (look == m_look)
        return;
    const bool portsChanged =
        !samePorts(look.inputs, m_look.inputs) || !samePorts(look.outputs, m_look.outputs);
    prepareGeometryChange();
    m_look = look;
    if (portsChanged)
        rebuildPorts();
    setToolTip(m_look.problems.join(QLatin1Char('\n')));
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
        p->setPos(kNodeWidth, kHeaderHeight + (double(i) + 0.5) * kPortRowHeight + 4);
        m_ports.append(p);
    }
    setToolTip(m_look.problems.join(QLatin1Char('\n')));
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
    return mapToScene(QPointF(output ? kNodeWidth : 0, height() / 2));
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
    }
    return QGraphicsObject::itemChange(change, value);
}

void NodeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    const QRectF card(0, 0, kNodeWidth, height());
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
    header.addRoundedRect(QRectF(0, 0, kNodeWidth, kHeaderHeight), 7, 7);
    header.addRect(QRectF(0, kHeaderHeight - 8, kNodeWidth, 8));
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
    painter->drawLine(QPointF(1, kHeaderHeight), QPointF(kNodeWidth - 1, kHeaderHeight));

    // Title and subtitle.
    QFont titleFont = painter->font();
    titleFont.setPointSizeF(9.5);
    titleFont.setBold(true);
    painter->setFont(titleFont);
    painter->setPen(QColor(0x22, 0x27, 0x2e));
    const QRectF titleRect(44, 7, kNodeWidth - 52, 18);
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetricsF(titleFont).elidedText(m_look.title, Qt::ElideRight, titleRect.width()));
    QFont smallFont = painter->font();
    smallFont.setBold(false);
    smallFont.setPointSizeF(7.5);
    painter->setFont(smallFont);
    painter->setPen(QColor(0x6b, 0x74, 0x80));
    const QRectF subRect(44, 24, kNodeWidth - 52, 15);
    painter->drawText(subRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetricsF(smallFont).elidedText(m_look.subtitle, Qt::ElideMiddle, subRect.width()));

    // Port names.
    QFont portFont = smallFont;
    portFont.setPointSizeF(8);
    painter->setFont(portFont);
    painter->setPen(QColor(0x3c, 0x44, 0x4f));
    for (const PortItem* p : std::as_const(m_ports)) {
        const QPointF at = p->pos();
        const QRectF r = p->isOutput() ? QRectF(kNodeWidth / 2, at.y() - 9, kNodeWidth / 2 - 12, 18)
                                       : QRectF(12, at.y() - 9, kNodeWidth / 2 - 12, 18);
        painter->drawText(r, (p->isOutput() ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter, p->name());
    }

    // Problem marker.
    if (!m_look.problems.isEmpty()) {
        const QRectF badge(kNodeWidth - 22, -8, 16, 16);
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
