#pragma once

// Helpers shared by the OCR tests: pages of text rendered here with QPainter (DejaVu Sans, fonts-dejavu),
// turned, inverted, noised and shrunk the way scans arrive, and a main() that holds Tesseract's OpenMP to
// one thread the way the applications do.

#include <QFont>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QStringList>
#include <QTest>
#include <QTransform>
#include <opencv2/core.hpp>

namespace sluice::test {

/// The lines every rendered page carries; their words are what the tests expect back.
inline QStringList sampleLines() {
    return {QStringLiteral("Invoice number 4711 from Sluice"),
            QStringLiteral("The quick brown fox jumps over"),
            QStringLiteral("the lazy dog near the river bank")};
}

/// `lines` in black 12 pt DejaVu Sans on white at `dpi`, with a margin; Format_Grayscale8, DPI recorded.
inline QImage renderText(const QStringList& lines = sampleLines(), int dpi = 300, int pointSize = 12) {
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(pointSize * dpi / 72);
    const int lineHeight = font.pixelSize() * 2;
    const int margin = dpi / 3;
    QImage image(int(dpi * 5.5), margin * 2 + lineHeight * int(lines.size()), QImage::Format_Grayscale8);
    image.fill(Qt::white);
    image.setDotsPerMeterX(int(dpi / 0.0254 + 0.5));
    image.setDotsPerMeterY(int(dpi / 0.0254 + 0.5));
    QPainter p(&image);
    p.setFont(font);
    p.setPen(Qt::black);
    for (int i = 0; i < lines.size(); ++i)
        p.drawText(margin, margin + lineHeight * i + font.pixelSize(), lines[i]);
    return image;
}

/// `image` turned by `degrees` clockwise as seen on screen (QTransform::rotate) about its centre onto a
/// white canvas large enough for all of it; `transform` receives the map from `image` to the result.
inline QImage rotated(const QImage& image, double degrees, QTransform* transform = nullptr) {
    const QTransform r = QTransform().rotate(degrees);
    const QRect bounds = r.mapRect(image.rect());
    QImage out(bounds.size(), QImage::Format_Grayscale8);
    out.fill(Qt::white);
    out.setDotsPerMeterX(image.dotsPerMeterX());
    out.setDotsPerMeterY(image.dotsPerMeterY());
    const QTransform full = r * QTransform::fromTranslate(-bounds.x(), -bounds.y());
    QPainter p(&out);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.setTransform(full);
    p.drawImage(0, 0, image);
    p.end();
    if (transform)
        *transform = full;
    return out;
}

/// `image` with `share` (0–1) of its pixels set to black or white at random (salt and pepper), seeded.
inline QImage saltAndPepper(const QImage& image, double share, quint32 seed = 7) {
    QImage out = image.convertToFormat(QImage::Format_Grayscale8);
    QRandomGenerator rng(seed);
    const qint64 n = qint64(out.width()) * out.height() * share;
    for (qint64 i = 0; i < n; ++i) {
        const int x = int(rng.bounded(out.width()));
        const int y = int(rng.bounded(out.height()));
        out.scanLine(y)[x] = rng.bounded(2) ? 255 : 0;
    }
    return out;
}

/// A page with a dark banner of white text above the normal sample text.
inline QImage bannerPage(int dpi = 300) {
    const QImage body = renderText(sampleLines(), dpi);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(14 * dpi / 72);
    font.setBold(true);
    const int bannerHeight = font.pixelSize() * 3;
    QImage page(body.width(), body.height() + bannerHeight + dpi / 6, QImage::Format_Grayscale8);
    page.fill(Qt::white);
    page.setDotsPerMeterX(body.dotsPerMeterX());
    page.setDotsPerMeterY(body.dotsPerMeterY());
    QPainter p(&page);
    const QRect banner(dpi / 6, dpi / 6, body.width() - dpi / 3, bannerHeight);
    p.fillRect(banner, QColor(20, 20, 20));
    p.setFont(font);
    p.setPen(Qt::white);
    p.drawText(banner, Qt::AlignCenter, QStringLiteral("WARNING Quarterly Report"));
    p.drawImage(0, bannerHeight + dpi / 6, body);
    return page;
}

/// 8-bit gray matrix (deep copy) of a Grayscale8 image.
inline cv::Mat grayMat(const QImage& image) {
    const QImage g = image.convertToFormat(QImage::Format_Grayscale8);
    cv::Mat m(g.height(), g.width(), CV_8UC1);
    for (int y = 0; y < g.height(); ++y)
        std::copy_n(g.constScanLine(y), g.width(), m.ptr<uchar>(y));
    return m;
}

} // namespace sluice::test

/// main() of an OCR test: a QGuiApplication (QPainter text needs fonts), then the test object. OpenMP is
/// held to one thread by the recogniser itself (limitOpenMpOnThisThread on every worker thread).
#define SLUICE_OCR_TEST_MAIN(TestObject)                                                                     \
    int main(int argc, char** argv) {                                                                        \
        qputenv("QT_QPA_PLATFORM", "offscreen");                                                             \
        QGuiApplication app(argc, argv);                                                                     \
        TestObject tc;                                                                                       \
        QTEST_SET_MAIN_SOURCE_PATH                                                                           \
        return QTest::qExec(&tc, argc, argv);                                                                \
    }
