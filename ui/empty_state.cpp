#include "empty_state.h"

#include <QPainter>
#include <QWidget>

namespace sluice {

void paintEmptyState(QWidget* viewport, const QString& title, const QString& hint, const QRect& where) {
    QPainter painter(viewport);
    const QRect area = (where.isValid() ? where : viewport->rect()).adjusted(16, 16, -16, -16);
    if (area.width() <= 0 || area.height() <= 0)
        return;
    const QPalette& palette = viewport->palette();

    QFont titleFont = viewport->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    titleFont.setBold(true);
    QFont hintFont = viewport->font();

    const int flags = Qt::AlignHCenter | Qt::TextWordWrap;
    const QRect titleBounds = QFontMetrics(titleFont).boundingRect(area, flags, title);
    const QRect hintBounds =
        hint.isEmpty() ? QRect() : QFontMetrics(hintFont).boundingRect(area, flags, hint);
    const int gap = hint.isEmpty() ? 0 : 8;
    const int total = titleBounds.height() + gap + hintBounds.height();
    int top = area.top() + qMax(0, (area.height() - total) / 3);

    painter.setFont(titleFont);
    QColor titleColor = palette.color(QPalette::WindowText);
    titleColor.setAlphaF(0.75);
    painter.setPen(titleColor);
    painter.drawText(QRect(area.left(), top, area.width(), titleBounds.height()), flags, title);
    top += titleBounds.height() + gap;

    if (!hint.isEmpty()) {
        painter.setFont(hintFont);
        QColor hintColor = palette.color(QPalette::WindowText);
        hintColor.setAlphaF(0.55);
        painter.setPen(hintColor);
        painter.drawText(QRect(area.left(), top, area.width(), hintBounds.height()), flags, hint);
    }
}

} // namespace sluice
