// The fast resize path of image_transform (issue 6's speed target): libjpeg-turbo decoding at N/8
// (core/images/jpeg_codec.h), the integer area shrink (core/images/area_resize.h) and the direct JPEG
// encoder, each held to the quality of the slow path it replaces: OpenCV's INTER_AREA on the fully decoded
// image. The photo used is the 512×512 ImageMagick test photo from the corpus, tiled to 3000×2250 so that
// the decoder has real detail at full resolution.

#include "../stages/stage_test_util.h"
#include "images/area_resize.h"
#include "images/cv_image.h"
#include "images/image_loader.h"
#include "images/jpeg_codec.h"
#include "stages/image_transform_stage.h"

#include <QColorSpace>
#include <QFile>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>
#include <opencv2/imgproc.hpp>

using namespace sluice;

namespace {

/// A 3000×2250 photo (the corpus photo tiled, every other tile mirrored so that edges continue), saved as
/// JPEG quality 90 at `path`.
bool makeBigPhoto(const QString& path, QImage* full = nullptr) {
    const QImage tile(test::data(QStringLiteral("image/exif_imagemagick_orientation.png")));
    if (tile.isNull())
        return false;
    QImage big(3000, 2250, QImage::Format_RGB32);
    QPainter p(&big);
    for (int y = 0; y < big.height(); y += tile.height()) {
        for (int x = 0; x < big.width(); x += tile.width()) {
            const bool flipX = (x / tile.width()) % 2 == 1;
            const bool flipY = (y / tile.height()) % 2 == 1;
            p.drawImage(x, y, tile.mirrored(flipX, flipY));
        }
    }
    p.end();
    if (full)
        *full = big;
    return big.save(path, "JPEG", 90);
}

/// The slow reference: the whole JPEG decoded at full size by Qt, then OpenCV's INTER_AREA.
cv::Mat referenceShrink(const QString& path, cv::Size size) {
    const cv::Mat full = cvimage::toMat(QImage(path), false, false);
    cv::Mat r;
    cv::resize(full, r, size, 0, 0, cv::INTER_AREA);
    return r;
}

/// dB PSNR that the fast resize path must keep against the slow one on the tiled photo.
constexpr double kMinPsnr = 31.0;

} // namespace

class TestJpegResize : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void scaleForLongestSide_data();
    void scaleForLongestSide();
    void scaledDecodeSizesAndColour();
    void grayStaysGray();
    void iccProfileKept();
    void cmykLeftToGeneralPath();
    void orientationAppliedOnReducedPath();
    void corruptDataIsAnError();
    void areaShrinkMatchesOpenCv_data();
    void areaShrinkMatchesOpenCv();
    void areaShrinkKeepsFlatExactly();
    void areaShrinkRefusesEnlarging();
    void fastPathQualityBound();
    void transformStageQualityBound();
    void encoderRoundTrip();
};

void TestJpegResize::scaleForLongestSide_data() {
    QTest::addColumn<int>("longest");
    QTest::addColumn<int>("minSide");
    QTest::addColumn<int>("scale");
    QTest::newRow("4000 to 1024: 4/8 = 2000 (3/8 = 1500 left out)") << 4000 << 1024 << 4;
    QTest::newRow("2400 to 1024: 4/8 = 1200") << 2400 << 1024 << 4;
    QTest::newRow("1600 to 400: 2/8 exactly") << 1600 << 400 << 2;
    QTest::newRow("1600 to 401: 4/8 = 800") << 1600 << 401 << 4;
    QTest::newRow("rounded up: ceil(1001·1/8) = 126") << 1001 << 126 << 1;
    QTest::newRow("ceil(1001·2/8) = 251") << 1001 << 251 << 2;
    QTest::newRow("ceil(1001·2/8) = 251 < 252") << 1001 << 252 << 4;
    QTest::newRow("1100 to 1024: only 8/8") << 1100 << 1024 << 8;
    QTest::newRow("smaller than the target") << 500 << 1024 << 8;
    QTest::newRow("no target") << 4000 << 0 << 8;
}

void TestJpegResize::scaleForLongestSide() {
    QFETCH(int, longest);
    QFETCH(int, minSide);
    QFETCH(int, scale);
    QCOMPARE(jpegcodec::scaleFor(longest, minSide), scale);
}

void TestJpegResize::scaledDecodeSizesAndColour() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("flat.jpg"));
    QImage im(1001, 333, QImage::Format_RGB32);
    im.fill(QColor(10, 120, 200));
    QVERIFY(im.save(path, "JPEG", 95));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray data = f.readAll();
    for (int n = 1; n <= 8; ++n) {
        jpegcodec::JpegReader reader(data);
        QVERIFY2(reader.readHeader(), qPrintable(reader.error()));
        QCOMPARE(reader.width(), 1001);
        QCOMPARE(reader.height(), 333);
        QVERIFY(reader.supported());
        const QImage out = reader.decode(n);
        QVERIFY2(!out.isNull(), qPrintable(reader.error()));
        QCOMPARE(out.size(), QSize((1001 * n + 7) / 8, (333 * n + 7) / 8)); // libjpeg rounds up
        QCOMPARE(out.format(), QImage::Format_RGB888);
        const QColor c = out.pixelColor(out.width() / 2, out.height() / 2);
        QVERIFY2(qAbs(c.red() - 10) <= 3 && qAbs(c.green() - 120) <= 3 && qAbs(c.blue() - 200) <= 3,
                 qPrintable(QStringLiteral("%1/8: %2").arg(n).arg(c.name())));
    }
}

void TestJpegResize::grayStaysGray() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("gray.jpg"));
    QImage im(800, 600, QImage::Format_Grayscale8);
    im.fill(77);
    QVERIFY(im.save(path, "JPEG", 95));
    ImageLoadOptions o;
    o.minLongestSide = 400; // 4/8 of 800
    const ImageLoadResult r = loadImage(path, o);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.loaded.decoder, QStringLiteral("libjpeg"));
    QCOMPARE(r.loaded.scaleEighths, 4);
    QCOMPARE(r.loaded.image.size(), QSize(400, 300));
    QCOMPARE(r.loaded.image.format(), QImage::Format_Grayscale8);
    QCOMPARE(r.loaded.colorMode, QStringLiteral("gray"));
    QCOMPARE(qGray(r.loaded.image.pixel(200, 150)), 77);
}

void TestJpegResize::iccProfileKept() {
    // Qt writes the colour space's ICC profile into APP2; the reduced path reads the same bytes as Qt's.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("adobe.jpg"));
    QImage im(800, 400, QImage::Format_RGB32);
    im.fill(QColor(30, 160, 90));
    im.setColorSpace(QColorSpace(QColorSpace::AdobeRgb));
    QVERIFY(im.save(path, "JPEG", 90));
    const ImageLoadResult full = loadImage(path);
    QVERIFY(full.ok());
    QVERIFY(!full.loaded.iccProfile.isEmpty());
    ImageLoadOptions o;
    o.minLongestSide = 200;
    const ImageLoadResult reduced = loadImage(path, o);
    QVERIFY2(reduced.ok(), qPrintable(reduced.error));
    QCOMPARE(reduced.loaded.decoder, QStringLiteral("libjpeg"));
    QCOMPARE(reduced.loaded.scaleEighths, 2);
    QCOMPARE(reduced.loaded.iccProfile, full.loaded.iccProfile);
    QCOMPARE(reduced.loaded.image.colorSpace(), QColorSpace(QColorSpace::AdobeRgb));
}

void TestJpegResize::cmykLeftToGeneralPath() {
    // The corpus CMYK JPEG (Adobe, inverted) goes through OpenCV, which handles the inversion: not a
    // negative.
    QFile f(test::data(QStringLiteral("image/pil_sample_cmyk.jpg")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray data = f.readAll();
    jpegcodec::JpegReader reader(data);
    QVERIFY(reader.readHeader());
    QCOMPARE(reader.components(), 4);
    QVERIFY(!reader.supported());
    QVERIFY(reader.decode(4).isNull());
    ImageLoadOptions o;
    o.minLongestSide = 10;
    const ImageLoadResult r = loadImage(test::data(QStringLiteral("image/pil_sample_cmyk.jpg")), o);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(r.loaded.decoder != QStringLiteral("libjpeg"));
    QCOMPARE(r.loaded.colorMode, QStringLiteral("ycck")); // Adobe transform 2, as identify says
    const ImageLoadResult full = loadImage(test::data(QStringLiteral("image/pil_sample_cmyk.jpg")));
    const QColor a =
        full.loaded.image.pixelColor(full.loaded.image.width() / 2, full.loaded.image.height() / 2);
    const QColor b = r.loaded.image.pixelColor(r.loaded.image.width() / 2, r.loaded.image.height() / 2);
    QVERIFY2(qAbs(a.red() - b.red()) < 40 && qAbs(a.green() - b.green()) < 40 &&
                 qAbs(a.blue() - b.blue()) < 40,
             qPrintable(a.name() + QLatin1Char(' ') + b.name()));
}

void TestJpegResize::orientationAppliedOnReducedPath() {
    // hopper_orientation_6.jpg: 128×128 stored, EXIF orientation 6 (rotate 90° clockwise). Decoded at 1/2
    // it must be the upright full decode shrunk, not the stored one.
    const QString path = test::data(QStringLiteral("image/hopper_orientation_6.jpg"));
    ImageLoadOptions o;
    o.minLongestSide = 64;
    const ImageLoadResult r = loadImage(path, o);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.loaded.decoder, QStringLiteral("libjpeg"));
    QCOMPARE(r.loaded.scaleEighths, 4);
    QCOMPARE(r.loaded.exifOrientation, 6);
    QCOMPARE(r.loaded.image.size(), QSize(64, 64));
    const ImageLoadResult full = loadImage(path);
    QVERIFY(full.ok());
    const cv::Mat upright = cvimage::toMat(full.loaded.image, false, false);
    cv::Mat expected;
    cv::resize(upright, expected, cv::Size(64, 64), 0, 0, cv::INTER_AREA);
    const cv::Mat reduced = cvimage::toMat(r.loaded.image, false, false);
    const double psnr = cv::PSNR(reduced, expected);
    cv::Mat stored; // the same pixels without the rotation: far off
    cv::rotate(expected, stored, cv::ROTATE_90_COUNTERCLOCKWISE);
    QVERIFY2(psnr >= 28.0, qPrintable(QString::number(psnr)));
    QVERIFY2(cv::PSNR(reduced, stored) < psnr - 10.0, qPrintable(QString::number(cv::PSNR(reduced, stored))));
}

void TestJpegResize::corruptDataIsAnError() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cut.jpg"));
    QImage im(640, 480, QImage::Format_RGB32);
    im.fill(QColor(1, 2, 3));
    QVERIFY(im.save(path, "JPEG", 90));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray whole = f.readAll();
    // The entropy-coded data cut in half: libjpeg's "premature end" is an error, not gray rows.
    const QByteArray half = whole.left(whole.size() / 2);
    jpegcodec::JpegReader reader(half);
    QVERIFY(reader.readHeader());
    QVERIFY(reader.decode(4).isNull());
    QVERIFY2(!reader.error().isEmpty(), "no message");
    // Not a JPEG at all.
    const QByteArray text("hello, this is text");
    jpegcodec::JpegReader notJpeg(text);
    QVERIFY(!notJpeg.readHeader());
    QVERIFY(!notJpeg.error().isEmpty());
    // Through the loader: the corpus's truncated JPEG stays "corrupt or truncated" on the reduced path.
    ImageLoadOptions o;
    o.minLongestSide = 16;
    const ImageLoadResult r = loadImage(test::data(QStringLiteral("image/truncated_jpeg.jpg")), o);
    QCOMPARE(r.status, ImageLoadResult::Status::Truncated);
    QVERIFY2(r.error.startsWith(QStringLiteral("corrupt or truncated image")), qPrintable(r.error));
}

void TestJpegResize::areaShrinkMatchesOpenCv_data() {
    QTest::addColumn<int>("channels");
    QTest::addColumn<QSize>("from");
    QTest::addColumn<QSize>("to");
    for (int cn : {1, 3, 4}) {
        const QByteArray c = QByteArray::number(cn);
        QTest::newRow("1500x1125 to 1024x768, " + c) << cn << QSize(1500, 1125) << QSize(1024, 768);
        QTest::newRow("1000x750 to 999x749, " + c) << cn << QSize(1000, 750) << QSize(999, 749);
        QTest::newRow("1024x768 to 128x96 (integer 8), " + c) << cn << QSize(1024, 768) << QSize(128, 96);
        QTest::newRow("512x512 to 97x300, " + c) << cn << QSize(512, 512) << QSize(97, 300);
        QTest::newRow("same size, " + c) << cn << QSize(300, 200) << QSize(300, 200);
    }
}

void TestJpegResize::areaShrinkMatchesOpenCv() {
    QFETCH(int, channels);
    QFETCH(QSize, from);
    QFETCH(QSize, to);
    const QImage photo(test::data(QStringLiteral("image/exif_imagemagick_orientation.png")));
    QVERIFY(!photo.isNull());
    cv::Mat bgr = cvimage::toMat(photo.scaled(from.width(), from.height()), false, false);
    cv::Mat src;
    if (channels == 1)
        cv::cvtColor(bgr, src, cv::COLOR_BGR2GRAY);
    else if (channels == 4)
        cv::cvtColor(bgr, src, cv::COLOR_BGR2BGRA);
    else
        src = bgr;
    const cv::Size size(to.width(), to.height());
    QVERIFY(arearesize::supports(src, size));
    const cv::Mat ours = arearesize::areaShrink(src, size);
    cv::Mat theirs;
    cv::resize(src, theirs, size, 0, 0, cv::INTER_AREA);
    QCOMPARE(ours.type(), theirs.type());
    QCOMPARE(ours.cols, to.width());
    QCOMPARE(ours.rows, to.height());
    QVERIFY2(cv::norm(ours, theirs, cv::NORM_INF) <= 1.0,
             qPrintable(QString::number(cv::norm(ours, theirs, cv::NORM_INF))));
}

void TestJpegResize::areaShrinkKeepsFlatExactly() {
    const cv::Mat flat(1125, 1500, CV_8UC3, cv::Scalar(255, 0, 137));
    const cv::Mat out = arearesize::areaShrink(flat, cv::Size(1024, 768));
    QCOMPARE(cv::norm(out, cv::Mat(768, 1024, CV_8UC3, cv::Scalar(255, 0, 137)), cv::NORM_INF), 0.0);
}

void TestJpegResize::areaShrinkRefusesEnlarging() {
    const cv::Mat m(100, 100, CV_8UC3, cv::Scalar::all(0));
    QVERIFY(!arearesize::supports(m, cv::Size(101, 50)));
    QVERIFY(arearesize::areaShrink(m, cv::Size(101, 50)).empty());
    QVERIFY(!arearesize::supports(m, cv::Size(10, 10))); // 10× is past the 8× of the fixed-point path
    QVERIFY(!arearesize::supports(cv::Mat(100, 100, CV_16UC3), cv::Size(50, 50)));
}

void TestJpegResize::fastPathQualityBound() {
    // The whole fast path (1/2 decode by libjpeg, integer area shrink) against the slow one (full decode,
    // OpenCV INTER_AREA), in dB PSNR: 33.8 dB. The bound sits below it and above what the speed tricks that
    // spoil a photo give (measured here: libjpeg's 3/8 scaling 27.2 dB; on the photo tiled without mirroring
    // bilinear from the full image 27.1 dB, decoding at 1/4 and enlarging with Lanczos 20.9 dB, nearest
    // neighbour 14.9 dB).
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("photo.jpg"));
    QVERIFY(makeBigPhoto(path));
    ImageLoadOptions o;
    o.minLongestSide = 1024;
    const ImageLoadResult r = loadImage(path, o);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.loaded.decoder, QStringLiteral("libjpeg"));
    QCOMPARE(r.loaded.scaleEighths, 4);
    QCOMPARE(r.loaded.image.size(), QSize(1500, 1125));
    QCOMPARE(r.loaded.storedWidth, 3000);
    const cv::Size target(1024, 768);
    const cv::Mat fast = arearesize::areaShrink(cvimage::toMat(r.loaded.image, false, false), target);
    const cv::Mat slow = referenceShrink(path, target);
    const double psnr = cv::PSNR(fast, slow);
    qInfo("fast path vs full decode + INTER_AREA: %.1f dB", psnr);
    QVERIFY2(psnr >= kMinPsnr, qPrintable(QString::number(psnr)));
    // What the bound guards against: libjpeg's 3/8 scaling (1125×844), and bilinear from the full image.
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray data = f.readAll();
    jpegcodec::JpegReader reader(data);
    QVERIFY(reader.readHeader());
    const cv::Mat threeEighths =
        arearesize::areaShrink(cvimage::toMat(reader.decode(3), false, false), target);
    const double psnr38 = cv::PSNR(threeEighths, slow);
    qInfo("3/8 decode + area shrink: %.1f dB", psnr38);
    QVERIFY2(psnr38 < kMinPsnr, qPrintable(QString::number(psnr38)));
    cv::Mat bilinear;
    cv::resize(cvimage::toMat(QImage(path), false, false), bilinear, target, 0, 0, cv::INTER_LINEAR);
    QVERIFY(cv::PSNR(bilinear, slow) < kMinPsnr);
}

void TestJpegResize::transformStageQualityBound() {
    // The same bound through image_transform itself (PNG output, so that only the resize is measured).
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("photo.jpg"));
    QVERIFY(makeBigPhoto(path));
    ImageTransformStage stage;
    const StageResult r = test::run(stage, path,
                                    {{"output_dir", dir.filePath(QStringLiteral("out"))},
                                     {"resize", "longest_side"},
                                     {"size", 1024},
                                     {"format", "png"}});
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.output.value("decode_scale").toString(), QStringLiteral("4/8"));
    QCOMPARE(r.output.value("width").toInt(), 1024);
    QCOMPARE(r.output.value("height").toInt(), 768);
    const QImage out(r.output.value("output").toString());
    QCOMPARE(out.size(), QSize(1024, 768));
    const double psnr =
        cv::PSNR(cvimage::toMat(out, false, false), referenceShrink(path, cv::Size(1024, 768)));
    qInfo("image_transform vs full decode + INTER_AREA: %.1f dB", psnr);
    QVERIFY2(psnr >= kMinPsnr, qPrintable(QString::number(psnr)));
}

void TestJpegResize::encoderRoundTrip() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("photo.jpg"));
    QImage full;
    QVERIFY(makeBigPhoto(path, &full));
    const cv::Mat small = referenceShrink(path, cv::Size(1024, 768));
    QString error;
    const QByteArray jpeg = jpegcodec::encode(small, 85, &error);
    QVERIFY2(!jpeg.isEmpty(), qPrintable(error));
    QVERIFY(jpeg.startsWith("\xFF\xD8\xFF\xE0")); // SOI, JFIF APP0
    const cv::Mat back = cvimage::toMat(QImage::fromData(jpeg, "JPEG"), false, false);
    QCOMPARE(back.cols, 1024);
    QCOMPARE(back.rows, 768);
    const double psnr = cv::PSNR(back, small);
    qInfo("JPEG quality 85 round trip: %.1f dB, %lld bytes", psnr, qint64(jpeg.size()));
    QVERIFY2(psnr >= 33.0, qPrintable(QString::number(psnr)));
    // Gray in, one-component JPEG out; BGRA or 16-bit input is refused with a reason.
    cv::Mat gray;
    cv::cvtColor(small, gray, cv::COLOR_BGR2GRAY);
    QCOMPARE(QImage::fromData(jpegcodec::encode(gray, 85, &error), "JPEG").format(),
             QImage::Format_Grayscale8);
    QVERIFY(jpegcodec::encode(cv::Mat(10, 10, CV_16UC3), 85, &error).isEmpty());
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestJpegResize)
#include "test_jpeg_resize.moc"
