// OCR preprocessing without Tesseract: skew measured with the right sign on pages turned here and on the
// skewed scans from the field, inverted banners found, salt-and-pepper noise detected, DPI derived, and
// boxes mapped back through turns and scaling.

#include "documents/pdf_page_renderer.h"
#include "images/image_loader.h"
#include "ocr/page_geometry.h"
#include "ocr/page_preprocess.h"
#include "ocr_test_util.h"
#include "stage_test_util.h"

#include <QJsonObject>
#include <QTest>
#include <opencv2/imgproc.hpp>

using namespace sluice;
using namespace sluice::ocr;

namespace {

cv::Mat renderPdfPage(const QString& path, double dpi) {
    PdfRenderRequest request;
    request.path = path;
    request.scale = dpi / 72.0;
    const PdfRenderResult r = PdfPageRenderer::render(request).result();
    return r.image.isNull() ? cv::Mat() : test::grayMat(r.image);
}

} // namespace

class TestOcrPreprocess : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void skewOfTurnedText_data();
    void skewOfTurnedText();
    void fieldSkewResidual_data();
    void fieldSkewResidual();
    void quarterTurnsAreNotSkew();
    void invertedBannerFound();
    void negativePageInverted();
    void saltAndPepperDetected();
    void dpiDerived();
    void transformMapsBack();
    void preprocessReportsSteps();
    void otherDenoiseAndThreshold();
};

void TestOcrPreprocess::skewOfTurnedText_data() {
    QTest::addColumn<double>("qtDegrees"); // QTransform::rotate: clockwise on screen
    QTest::addColumn<double>("expected");  // measureSkewDeg: counter-clockwise positive
    QTest::newRow("10 ccw") << -10.0 << 10.0;
    QTest::newRow("10 cw") << 10.0 << -10.0;
    QTest::newRow("3.5 ccw") << -3.5 << 3.5;
    QTest::newRow("25 cw") << 25.0 << -25.0;
    QTest::newRow("40 ccw") << -40.0 << 40.0;
    QTest::newRow("none") << 0.0 << 0.0;
}

void TestOcrPreprocess::skewOfTurnedText() {
    QFETCH(double, qtDegrees);
    QFETCH(double, expected);
    const QStringList lines{QStringLiteral("The quick brown fox jumps over the lazy dog"),
                            QStringLiteral("Pack my box with five dozen liquor jugs"),
                            QStringLiteral("How vexingly quick daft zebras jump"),
                            QStringLiteral("Sphinx of black quartz judge my vow")};
    const QImage page = test::rotated(test::renderText(lines, 150), qtDegrees);
    const double measured = measureSkewDeg(test::grayMat(page));
    QVERIFY2(std::abs(measured - expected) < 1.0, qPrintable(QStringLiteral("measured %1").arg(measured)));
}

void TestOcrPreprocess::fieldSkewResidual_data() {
    QTest::addColumn<QString>("file");
    QTest::newRow("skew.pdf") << QStringLiteral("ocr/skew.pdf");
    QTest::newRow("rotated_skew.pdf") << QStringLiteral("ocr/rotated_skew.pdf");
}

void TestOcrPreprocess::fieldSkewResidual() {
    // The linn scan drawn skewed through the page matrix (and with /Rotate 90): measured, straightened,
    // measured again. The straight original (linn.png) measures 0, so what is left is the error.
    QFETCH(QString, file);
    const cv::Mat page = renderPdfPage(test::data(file), 100);
    QVERIFY(!page.empty());
    const double angle = measureSkewDeg(page);
    QVERIFY2(std::abs(angle) > 1.0, qPrintable(QStringLiteral("skew %1").arg(angle))); // it is skewed
    const cv::Mat straight = rotateExpand(page, -angle, 255, nullptr);
    const double residual = measureSkewDeg(straight);
    QVERIFY2(std::abs(residual) < 0.5,
             qPrintable(QStringLiteral("skew %1, residual %2").arg(angle).arg(residual)));

    const ImageLoadResult linn = loadImage(test::data(QStringLiteral("ocr/linn.png")));
    QVERIFY(linn.ok());
    cv::Mat linnGray;
    cv::resize(test::grayMat(linn.loaded.image), linnGray, cv::Size(), 1 / 3.0, 1 / 3.0, cv::INTER_AREA);
    QVERIFY(std::abs(measureSkewDeg(linnGray)) < 0.5);
}

void TestOcrPreprocess::quarterTurnsAreNotSkew() {
    // A page on its side is an orientation for OSD, not a 90° skew.
    const QImage page = test::rotated(test::renderText(test::sampleLines(), 150), 90);
    QVERIFY(std::abs(measureSkewDeg(test::grayMat(page))) < 1.0);
}

void TestOcrPreprocess::invertedBannerFound() {
    cv::Mat page = test::grayMat(test::bannerPage(150));
    const double darkBefore = cv::mean(page)[0];
    QCOMPARE(invertDarkRegions(page), 1);
    QVERIFY(cv::mean(page)[0] > darkBefore + 20); // the banner is light now
    // The body text below stays dark on light: its ink did not move.
    const cv::Mat lower = page(cv::Rect(0, page.rows / 2, page.cols, page.rows / 2));
    QVERIFY(cv::mean(lower)[0] > 200);
    cv::Mat plain = test::grayMat(test::renderText(test::sampleLines(), 150));
    QCOMPARE(invertDarkRegions(plain), 0);
}

void TestOcrPreprocess::negativePageInverted() {
    cv::Mat page = test::grayMat(test::renderText(test::sampleLines(), 150));
    cv::bitwise_not(page, page);
    QCOMPARE(invertDarkRegions(page), 1);
    QVERIFY(cv::mean(page)[0] > 200);
}

void TestOcrPreprocess::saltAndPepperDetected() {
    const QImage clean = test::renderText(test::sampleLines(), 300);
    QVERIFY(impulseNoiseFraction(test::grayMat(clean)) < 0.002);
    const double noisy = impulseNoiseFraction(test::grayMat(test::saltAndPepper(clean, 0.03)));
    QVERIFY2(noisy > 0.01, qPrintable(QString::number(noisy)));
}

void TestOcrPreprocess::dpiDerived() {
    // linn.png has no resolution tag; letter paper at 2550 × 3300 px is 300 dpi.
    const ImageLoadResult linn = loadImage(test::data(QStringLiteral("ocr/linn.png")));
    QVERIFY(linn.ok());
    QCOMPARE(linn.loaded.dpiX, 0.0);
    const DpiEstimate e = estimateDpi(test::grayMat(linn.loaded.image), linn.loaded.dpiX);
    QCOMPARE(e.dpi, 300);
    QCOMPARE(e.source, QStringLiteral("paper_size"));
    // A stated 200 dpi is believed; 72 (a screen default) is not.
    QCOMPARE(estimateDpi(test::grayMat(linn.loaded.image), 200).source, QStringLiteral("file"));
    // Text of 12 pt rendered at 300 and at 100 dpi on a strip of no paper size: the estimate follows.
    const DpiEstimate at300 = estimateDpi(test::grayMat(test::renderText(test::sampleLines(), 300)), 72);
    const DpiEstimate at100 = estimateDpi(test::grayMat(test::renderText(test::sampleLines(), 100)), 72);
    QCOMPARE(at300.source, QStringLiteral("text_height"));
    QVERIFY2(at300.dpi > 200 && at300.dpi < 420, qPrintable(QString::number(at300.dpi)));
    QVERIFY2(at100.dpi > 60 && at100.dpi < 140, qPrintable(QString::number(at100.dpi)));
}

void TestOcrPreprocess::transformMapsBack() {
    const cv::Mat page(100, 200, CV_8UC1, cv::Scalar(255));
    PageTransform t;
    t.thenScale(2.0); // 400 × 200
    const cv::Mat scaled(200, 400, CV_8UC1, cv::Scalar(255));
    const cv::Mat turned = rotateQuarter(scaled, 1, &t); // 200 × 400, turned clockwise
    QCOMPARE(turned.cols, 200);
    QCOMPARE(turned.rows, 400);
    // The original's top-left 10 × 20 box is at the top right of the turned image.
    const cv::Rect back = t.toOriginal(200 - 40, 0, 200, 20, page.size());
    QCOMPARE(back, cv::Rect(0, 0, 10, 20));
    PageTransform r;
    const cv::Mat bigger = rotateExpand(page, 30.0, 255, &r);
    QVERIFY(bigger.cols > page.cols && bigger.rows > page.rows);
    const cv::Vec3d centre = r.m * cv::Vec3d(100, 50, 1);
    QVERIFY(std::abs(centre[0] - bigger.cols / 2.0) < 1.0 && std::abs(centre[1] - bigger.rows / 2.0) < 1.0);
}

void TestOcrPreprocess::preprocessReportsSteps() {
    const QImage noisy =
        test::saltAndPepper(test::rotated(test::renderText(test::sampleLines(), 100), -8), 0.02);
    cv::Mat bgr;
    cv::cvtColor(test::grayMat(noisy), bgr, cv::COLOR_GRAY2BGR);
    PreprocessOptions options;
    options.threshold = QStringLiteral("otsu");
    const PreparedPage p = preprocessPage(bgr, 100, options);
    QStringList steps;
    for (const QJsonValue& v : p.steps)
        steps << v.toObject().value(QStringLiteral("step")).toString();
    QCOMPARE(steps, (QStringList{"grayscale", "denoise", "upscale", "deskew", "threshold"}));
    QCOMPARE(p.steps[1].toObject().value(QStringLiteral("method")).toString(), QStringLiteral("median"));
    QCOMPARE(p.steps[2].toObject().value(QStringLiteral("factor")).toDouble(), 3.0);
    QCOMPARE(p.dpi, 300);
    QVERIFY(std::abs(p.steps[3].toObject().value(QStringLiteral("angle_deg")).toDouble() - 8.0) < 1.0);
    QCOMPARE(p.image.channels(), 1);
    // Binary after Otsu.
    cv::Mat mid = (p.image > 0) & (p.image < 255);
    QCOMPARE(cv::countNonZero(mid), 0);
}

void TestOcrPreprocess::otherDenoiseAndThreshold() {
    // Non-local means and the adaptive threshold, chosen explicitly; upscaling and deskew off.
    const QImage page = test::renderText(test::sampleLines(), 150);
    PreprocessOptions options;
    options.denoise = QStringLiteral("nlmeans");
    options.threshold = QStringLiteral("adaptive");
    options.upscale = false;
    options.deskew = false;
    const PreparedPage p = preprocessPage(test::grayMat(page), 150, options);
    QCOMPARE(p.steps.size(), 3);
    QCOMPARE(p.steps[1].toObject().value(QStringLiteral("method")).toString(), QStringLiteral("nlmeans"));
    QCOMPARE(p.steps[2].toObject().value(QStringLiteral("method")).toString(), QStringLiteral("adaptive"));
    QCOMPARE(p.image.size(), test::grayMat(page).size());
    cv::Mat mid = (p.image > 0) & (p.image < 255);
    QCOMPARE(cv::countNonZero(mid), 0);
    // Ink stays ink: the text's dark pixels are still there.
    QVERIFY(cv::countNonZero(p.image == 0) > 1000);
}

SLUICE_OCR_TEST_MAIN(TestOcrPreprocess)
#include "test_ocr_preprocess.moc"
