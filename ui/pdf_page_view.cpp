#include "pdf_page_view.h"

#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>

namespace sluice {

PdfPageCanvas::PdfPageCanvas(QWidget* parent) : QWidget(parent) {
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    setAccessibleName(tr("Page"));
}

void PdfPageCanvas::setPage(const QSizeF& sizePt, double zoom) {
    m_sizePt = sizePt.isValid() && !sizePt.isEmpty() ? sizePt : QSizeF(612, 792);
    m_zoom = zoom;
    resize(sizeHint());
    update();
}

QSize PdfPageCanvas::sizeHint() const {
    return QSize(qMax(1, qRound(m_sizePt.width() * m_zoom)), qMax(1, qRound(m_sizePt.height() * m_zoom)));
}

QRectF PdfPageCanvas::toWidget(const QRectF& points) const {
    return QRectF(points.x() * m_zoom, points.y() * m_zoom, points.width() * m_zoom,
                  points.height() * m_zoom);
}

void PdfPageCanvas::paintEvent(QPaintEvent* event) {
    QPainter p(this);
    const QRect page(QPoint(0, 0), sizeHint());
    p.fillRect(event->rect(), Qt::white);
    if (!m_pixmap.isNull()) {
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.drawPixmap(page, m_pixmap);
    }
    if (!m_message.isEmpty()) {
        p.setPen(QColor(0x70, 0x77, 0x7f));
        p.drawText(page.adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap, m_message);
    }
    p.setRenderHint(QPainter::Antialiasing);
    QPen tablePen(QColor(0x1e, 0x88, 0xe5), 2);
    tablePen.setStyle(Qt::DashLine);
    p.setPen(tablePen);
    p.setBrush(Qt::NoBrush);
    for (const QRectF& t : std::as_const(m_tables))
        p.drawRect(toWidget(t));
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(255, 200, 0, 110));
    for (const QRectF& w : std::as_const(m_highlights))
        p.drawRect(toWidget(w).adjusted(-1, -1, 1, 1));
    p.setPen(QColor(0xcc, 0xcc, 0xcc));
    p.setBrush(Qt::NoBrush);
    p.drawRect(page.adjusted(0, 0, -1, -1));
}

PdfPageView::PdfPageView(QWidget* parent) : QScrollArea(parent), m_canvas(new PdfPageCanvas) {
    setWidget(m_canvas);
    setWidgetResizable(false);
    setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    setBackgroundRole(QPalette::Dark);
}

void PdfPageView::setPage(const QSizeF& sizePt, double zoom) {
    m_canvas->setPage(sizePt, zoom);
}

void PdfPageView::reveal(const QRectF& points) {
    const QRectF r = m_canvas->toWidget(points);
    ensureVisible(qRound(r.center().x()), qRound(r.center().y()), qRound(r.width() / 2) + 40,
                  qRound(r.height() / 2) + 40);
}

} // namespace sluice
