#include "drop_overlay.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

namespace sluice {

DropOverlay::DropOverlay(QWidget* parent) : QWidget(parent) {
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    parent->installEventFilter(this);
    setGeometry(parent->rect());
    hide();
}

void DropOverlay::showWithText(const QString& text) {
    m_text = text;
    setGeometry(parentWidget()->rect());
    raise();
    show();
    update();
}

bool DropOverlay::eventFilter(QObject* watched, QEvent* event) {
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

void DropOverlay::paintEvent(QPaintEvent* event) {
    (void)event;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QColor accent = palette().color(QPalette::Highlight);
    QColor fill = accent;
    fill.setAlphaF(0.12);
    const QRectF frame = QRectF(rect()).adjusted(4, 4, -4, -4);
    QPainterPath path;
    path.addRoundedRect(frame, 8, 8);
    painter.fillPath(path, fill);
    QPen pen(accent, 2, Qt::DashLine);
    painter.setPen(pen);
    painter.drawPath(path);

    QFont font = this->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.2);
    painter.setFont(font);
    const QRectF textRect = frame.adjusted(16, 16, -16, -16);
    const QRectF bounds = painter.boundingRect(textRect, Qt::AlignCenter | Qt::TextWordWrap, m_text);
    QPainterPath bubble;
    bubble.addRoundedRect(bounds.adjusted(-12, -8, 12, 8), 6, 6);
    painter.fillPath(bubble, palette().color(QPalette::Base));
    painter.setPen(accent.darker(130));
    painter.drawText(textRect, Qt::AlignCenter | Qt::TextWordWrap, m_text);
}

} // namespace sluice
