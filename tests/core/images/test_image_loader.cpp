// The safe image loader (core/images/image_loader.h) on every case from the field in issue 6: orientation,
// CMYK, 16-bit, alpha, gray, palette, animation, multi-page TIFF, WebP, bombs, truncation, EXIF 0/0.
// Expected sizes, depths and colours were checked with ImageMagick `identify` / `convert`.

#include "../stages/stage_test_util.h"
#include "images/image_loader.h"

#include <QFile>
#include <QImageReader>
#include <QTemporaryDir>
#include <QTest>

using namespace sluice;
using Status = ImageLoadResult::Status;

class TestImageLoader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void jpegOrientation6();
    void pngImageMagickExifOrientation();
    void cmykJpegIsNotANegative();
    void grayWithAlpha();
    void sixteenBitGrayWithTransparency();
    void sixteenBitTiffKeepsDepth();
    void multipageTiffEveryPage();
    void animatedGifFirstFrameAndCount();
    void webp();
    void bombsRefusedFromHeader();
    void truncatedIsPermanentAndDistinct();
    void stillArrivingIsTransient();
    void exifZeroResolutionIsNoCrash();
    void reducedJpegDecoding();
    void notAnImage();
};

void TestImageLoader::jpegOrientation6() {
    // identify: 128x128 stored, Orientation RightTop (6). Upright = stored rotated 90° clockwise.
    const ImageLoadResult r = loadImage(test::data("image/hopper_orientation_6.jpg"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.loaded.exifOrientation, 6);
    QCOMPARE(r.loaded.storedWidth, 128);
    QCOMPARE(r.loaded.image.size(), QSize(128, 128));
    QCOMPARE(r.loaded.format, QStringLiteral("jpeg"));
    // Rotation check on the pixels: the upright image's top-left is the stored bottom-left.
    QImageReader raw(test::data("image/hopper_orientation_6.jpg"));
    raw.setAutoTransform(false);
    const QImage stored = raw.read();
    QCOMPARE(r.loaded.image.pixel(0, 0), stored.pixel(0, 127));
    QCOMPARE(r.loaded.image.pixel(127, 0), stored.pixel(0, 0));
}

void TestImageLoader::pngImageMagickExifOrientation() {
    // identify: 512x512, Orientation BottomRight (3), stored as ImageMagick's "Raw profile type exif".
    const ImageLoadResult r = loadImage(test::data("image/exif_imagemagick_orientation.png"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.loaded.exifOrientation, 3);
    QVERIFY(r.loaded.exif.present);
    QCOMPARE(r.loaded.image.size(), QSize(512, 512));
    QImageReader raw(test::data("image/exif_imagemagick_orientation.png"));
    raw.setAutoTransform(false);
    const QImage stored = raw.read();
    QCOMPARE(r.loaded.image.pixel(0, 0), stored.pixel(511, 511));
    QCOMPARE(r.loaded.image.pixel(10, 3), stored.pixel(501, 508));
}

void TestImageLoader::cmykJpegIsNotANegative() {
    // `convert pil_sample_cmyk.jpg -colorspace sRGB`: red "RED" on black; (50,10) is (1,4,4), (30,50) is
    // (253,13,22). A negative would be near white and cyan.
    const ImageLoadResult r = loadImage(test::data("image/pil_sample_cmyk.jpg"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    // Four components with Adobe APP14 transform 2: YCCK, which libjpeg turns into (inverted) CMYK.
    QCOMPARE(r.loaded.colorMode, QStringLiteral("ycck"));
    QCOMPARE(r.loaded.channels, 4);
    const QColor dark = r.loaded.image.pixelColor(50, 10);
    QVERIFY2(dark.red() < 30 && dark.green() < 30 && dark.blue() < 30, qPrintable(dark.name()));
    const QColor red = r.loaded.image.pixelColor(30, 50);
    QVERIFY2(red.red() > 220 && red.green() < 50 && red.blue() < 60, qPrintable(red.name()));
}

void TestImageLoader::grayWithAlpha() {
    // identify: 128x128 8-bit GrayscaleAlpha.
    const ImageLoadResult r = loadImage(test::data("image/uncompressed_la.png"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.loaded.colorMode, QStringLiteral("gray_alpha"));
    QCOMPARE(r.loaded.channels, 2);
    QCOMPARE(r.loaded.depth, 8);
    QVERIFY(r.loaded.hasAlpha);
    QVERIFY(r.loaded.image.hasAlphaChannel());
}

void TestImageLoader::sixteenBitGrayWithTransparency() {
    // identify: 64x64 16-bit Grayscale with a tRNS transparent colour.
    const ImageLoadResult r = loadImage(test::data("image/i_trns.png"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.loaded.colorMode, QStringLiteral("gray"));
    QCOMPARE(r.loaded.depth, 16);
    QVERIFY(r.loaded.hasAlpha);
    QCOMPARE(r.loaded.image.depth(), 64); // 16 bits per channel kept
    bool transparent = false;
    for (int y = 0; y < 64 && !transparent; ++y)
        for (int x = 0; x < 64 && !transparent; ++x)
            transparent = r.loaded.image.pixelColor(x, y).alpha() == 0;
    QVERIFY(transparent);
}

void TestImageLoader::sixteenBitTiffKeepsDepth() {
    // identify: 100x40 16-bit TrueColorAlpha.
    const ImageLoadResult r = loadImage(test::data("image/tiff_16bit_RGBa.tiff"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.loaded.image.size(), QSize(100, 40));
    QCOMPARE(r.loaded.depth, 16);
    QCOMPARE(r.loaded.image.depth(), 64);
    QVERIFY(r.loaded.hasAlpha);
}

void TestImageLoader::multipageTiffEveryPage() {
    // identify: 3 pages, 10x10, 10x10, 20x20, 1-bit palette.
    ImageLoadOptions o;
    o.allPages = true;
    const ImageLoadResult r = loadImage(test::data("image/multipage.tiff"), o);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.loaded.frames, 3);
    QCOMPARE(r.loaded.pages.size(), 3);
    QCOMPARE(r.loaded.pages[0].size(), QSize(10, 10));
    QCOMPARE(r.loaded.pages[1].size(), QSize(10, 10));
    QCOMPARE(r.loaded.pages[2].size(), QSize(20, 20));
    // Palette pages (1-bit indices): the colours come through the palette, as ImageMagick shows them —
    // green, red, blue — not as gray levels.
    QCOMPARE(r.loaded.colorMode, QStringLiteral("palette"));
    QCOMPARE(r.loaded.pages[0].pixelColor(0, 0), QColor(0, 128, 0));
    QCOMPARE(r.loaded.pages[1].pixelColor(0, 0), QColor(255, 0, 0));
    QCOMPARE(r.loaded.pages[2].pixelColor(0, 0), QColor(0, 0, 255));
    const ImageLoadResult first = loadImage(test::data("image/multipage.tiff"));
    QVERIFY(first.ok());
    QVERIFY(first.loaded.pages.isEmpty());
    QCOMPARE(first.loaded.frames, 3);
}

void TestImageLoader::animatedGifFirstFrameAndCount() {
    // identify: 5 frames on a 100x100 canvas.
    const ImageLoadResult r = loadImage(test::data("image/dispose_bgnd.gif"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.loaded.frames, 5);
    QCOMPARE(r.loaded.image.size(), QSize(100, 100));
    QCOMPARE(r.loaded.colorMode, QStringLiteral("palette"));
}

void TestImageLoader::webp() {
    const ImageLoadResult lossy = loadImage(test::data("image/generated-lossy-50x30.webp"));
    QVERIFY2(lossy.ok(), qPrintable(lossy.error));
    QCOMPARE(lossy.loaded.image.size(), QSize(50, 30));
    QCOMPARE(lossy.loaded.format, QStringLiteral("webp"));
    const ImageLoadResult alpha = loadImage(test::data("image/generated-alpha-40x20.webp"));
    QVERIFY2(alpha.ok(), qPrintable(alpha.error));
    QVERIFY(alpha.loaded.hasAlpha);
    QVERIFY(alpha.loaded.image.hasAlphaChannel());
}

void TestImageLoader::bombsRefusedFromHeader() {
    const ImageLoadResult gif = loadImage(test::data("image/decompression_bomb.gif"));
    QCOMPARE(gif.status, Status::Bomb);
    QCOMPARE(gif.error,
             QString::fromUtf8("decompression bomb: 65535×66601 pixels exceeds the limit of 100 megapixels"));
    QVERIFY(!gif.transient);
    const ImageLoadResult png = loadImage(test::data("image/png_decompression_dos.png"));
    QCOMPARE(png.status, Status::Bomb);
    QVERIFY2(png.error.contains(QStringLiteral("text metadata")), qPrintable(png.error));
    // A multi-page TIFF whose second page (100000×100000) is the bomb: every IFD is read first.
    QTemporaryDir dir;
    const QString pages = dir.filePath(QStringLiteral("pages.tif"));
    const QByteArray tiff("II\x2a\x00\x08\x00\x00\x00"
                          "\x02\x00"
                          "\x00\x01\x03\x00\x01\x00\x00\x00\x0a\x00\x00\x00"
                          "\x01\x01\x03\x00\x01\x00\x00\x00\x0a\x00\x00\x00"
                          "\x26\x00\x00\x00"
                          "\x02\x00"
                          "\x00\x01\x04\x00\x01\x00\x00\x00\xa0\x86\x01\x00"
                          "\x01\x01\x04\x00\x01\x00\x00\x00\xa0\x86\x01\x00"
                          "\x00\x00\x00\x00",
                          68);
    QFile f(pages);
    QVERIFY(f.open(QIODevice::WriteOnly) && f.write(tiff) == tiff.size());
    f.close();
    const ImageLoadResult paged = loadImage(pages);
    QCOMPARE(paged.status, Status::Bomb);
    QCOMPARE(
        paged.error,
        QString::fromUtf8("decompression bomb: 100000×100000 pixels exceeds the limit of 100 megapixels"));
    // The limit is a parameter: 64x64 = 0.004096 MP.
    ImageLoadOptions o;
    o.maxMegapixels = 0.004;
    QCOMPARE(loadImage(test::data("image/i_trns.png"), o).status, Status::Bomb);
}

void TestImageLoader::truncatedIsPermanentAndDistinct() {
    const ImageLoadResult jpg = loadImage(test::data("image/truncated_jpeg.jpg"));
    QCOMPARE(jpg.status, Status::Truncated);
    QVERIFY(!jpg.transient);
    QCOMPARE(
        jpg.error,
        QStringLiteral("corrupt or truncated image: the JPEG data ends without its end-of-image marker"));
    const ImageLoadResult png = loadImage(test::data("image/truncated_image.png"));
    QCOMPARE(png.status, Status::Truncated);
    QVERIFY(!png.transient);
    QCOMPARE(png.error,
             QStringLiteral("corrupt or truncated image: the PNG data ends before its IEND chunk"));
}

void TestImageLoader::stillArrivingIsTransient() {
    // The same cut-short JPEG: settled, it is "truncated" (permanent); when the file grows while it is
    // read (a copy still in progress), it is "still arriving" (transient, retried by the Runner).
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("arriving.jpg"));
    QFile src(test::data("image/truncated_jpeg.jpg"));
    QVERIFY(src.open(QIODevice::ReadOnly));
    QVERIFY(test::writeFile(path, src.readAll()));
    QCOMPARE(loadImage(path).status, Status::Truncated);
    ImageLoadOptions o;
    o.beforeDecode = [&path] {
        QFile writer(path);
        if (writer.open(QIODevice::Append))
            writer.write(QByteArray(4096, '\x55'));
    };
    const ImageLoadResult r = loadImage(path, o);
    QCOMPARE(r.status, Status::StillArriving);
    QVERIFY(r.transient);
    QCOMPARE(r.error, QStringLiteral("the image is still arriving: the file changed while it was read"));
}

void TestImageLoader::exifZeroResolutionIsNoCrash() {
    // identify: 200x200 at 200 dpi (Photoshop ResolutionInfo; no JFIF segment); EXIF IFD0 says 0/0.
    const ImageLoadResult r = loadImage(test::data("image/exif-dpi-zerodivision.jpg"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.loaded.image.size(), QSize(200, 200));
    QVERIFY(r.loaded.exif.present);
    QCOMPARE(r.loaded.exif.xDpi, 0.0); // 0/0 counts as absent
    QCOMPARE(r.loaded.dpiX, 200.0);    // from Photoshop's ResolutionInfo
}

void TestImageLoader::reducedJpegDecoding() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.jpg"));
    QImage big(1600, 1200, QImage::Format_RGB32);
    big.fill(QColor(10, 120, 200));
    QVERIFY(big.save(path, "JPEG", 90));
    ImageLoadOptions o;
    o.minLongestSide = 400; // 1600/4 = 400 fits, 1600/8 = 200 does not
    const ImageLoadResult r = loadImage(path, o);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.loaded.scaleEighths, 2); // 1/4
    QCOMPARE(r.loaded.decoder, QStringLiteral("libjpeg"));
    QCOMPARE(r.loaded.image.size(), QSize(400, 300));
    QCOMPARE(r.loaded.storedWidth, 1600);
    const QColor c = r.loaded.image.pixelColor(200, 150);
    QVERIFY(qAbs(c.red() - 10) <= 3 && qAbs(c.green() - 120) <= 3 && qAbs(c.blue() - 200) <= 3);
    o.minLongestSide = 401;
    QCOMPARE(loadImage(path, o).loaded.scaleEighths, 4); // 1/2
}

void TestImageLoader::notAnImage() {
    const ImageLoadResult r = loadImage(test::data("text/crlf.txt"));
    QCOMPARE(r.status, Status::NotAnImage);
    QVERIFY2(r.error.startsWith(QStringLiteral("not a readable image: ")), qPrintable(r.error));
    QCOMPARE(loadImage(QStringLiteral("/nonexistent/x.png")).status, Status::CannotOpen);
}

QTEST_GUILESS_MAIN(TestImageLoader)
#include "test_image_loader.moc"
