#include "port_item.h"

#include "editor_style.h"
#include "node_item.h"

#include <QCoreApplication>
#include <QCursor>
#include <QPainter>

namespace sluice {

using namespace editorstyle;

PortItem::PortItem(NodeItem* node, QString name, QString type, bool isOutput)
    : QGraphicsItem(node), m_node(node), m_name(std::move(name)), m_type(std::move(type)),
      m_isOutput(isOutput) {
    setAcceptHoverEvents(true);
    setCursor(Qt::CrossCursor);
    setToolTip((isOutput ? QCoreApplication::translate("sluice::PortItem",
                                                       "Output '%1' (%2): drag onto an input to connect")
                         : QCoreApplication::translate("sluice::PortItem",
                                                       "Input '%1' (%2): drag onto an output to connect"))
                   .arg(m_name, m_type));
}

QRectF PortItem::boundingRect() const {
    const double r = kPortRadius + 5;
    return {-r, -r, 2 * r, 2 * r};
}

QPainterPath PortItem::shape() const {
    QPainterPath path;
    path.addEllipse(boundingRect());
    return path;
}

void PortItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    painter->setRenderHint(QPainter::Antialiasing);
    QColor color = portColor(m_type);
    if (m_dimmed)
        color = QColor(0xd5, 0xd8, 0xdc);
    const double r = m_hovered ? kPortRadius + 2 : kPortRadius;
    painter->setPen(QPen(color.darker(115), 1.5));
    painter->setBrush(m_connected || m_hovered ? color : QColor(Qt::white));
    painter->drawEllipse(QPointF(0, 0), r, r);
}

void PortItem::setDimmed(bool dimmed) {
    if (m_dimmed != dimmed) {
        m_dimmed = dimmed;
        update();
    }
}

void PortItem::setConnected(bool connected) {
    if (m_connected != connected) {
        m_connected = connected;
        update();
    }
}

void PortItem::hoverEnterEvent(QGraphicsSceneHoverEvent* event) {
    m_hovered = true;
    update();
    QGraphicsItem::hoverEnterEvent(event);
}

void PortItem::hoverLeaveEvent(QGraphicsSceneHoverEvent* event) {
    m_hovered = false;
    update();
    QGraphicsItem::hoverLeaveEvent(event);
}

} // namespace sluice
