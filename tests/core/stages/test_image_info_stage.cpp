// The image_info stage on corpus images (dimensions checked with ImageMagick `identify`), on
// decompression bombs, truncated files and headers crafted here.

#include "stage_test_util.h"
#include "stages/image_info_stage.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace sluice;

class TestImageInfoStage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void corpus_data();
    void corpus();
    void exifOrientationReported();
    void bilevelPng();
    void gifFrameOutsideCanvasIsABomb();
    void pngTextMetadataBomb();
    void craftedGifCanvasBomb();
    void craftedTiffBomb();
    void laterTiffPageBomb();
    void pngExifOrientation();
    void megapixelLimitParameter();
    void truncatedPng();
    void truncatedJpeg();
    void verifyOffReadsHeaderOnly();
    void notAnImage();
    void allocationLimitFitsParameter();
};

void TestImageInfoStage::corpus_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("height");
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("frames");
    QTest::addColumn<QString>("decoder");
    QTest::addColumn<int>("channels");
    QTest::addColumn<int>("depth");
    QTest::addColumn<bool>("alpha");
    QTest::addColumn<int>("gray"); // 1 true, 0 false, -1 not asserted
    // identify: 64x64 16-bit Grayscale with tRNS; Qt decodes it to RGBA64 (16 bits per channel).
    QTest::newRow("i_trns.png") << "image/i_trns.png" << 64 << 64 << "png" << 1 << "qt" << 4 << 16 << true
                                << 1;
    // identify: 128x128 8-bit GrayscaleAlpha; Qt decodes LA to ARGB32, every pixel gray.
    QTest::newRow("uncompressed_la.png")
        << "image/uncompressed_la.png" << 128 << 128 << "png" << 1 << "qt" << 4 << 8 << true << 1;
    // identify: 5 frames on a 100x100 canvas.
    QTest::newRow("dispose_bgnd.gif")
        << "image/dispose_bgnd.gif" << 100 << 100 << "gif" << 5 << "qt" << 3 << 8 << false << -1;
    // identify: 100x100 CMYK; Qt converts it to RGB.
    QTest::newRow("pil_sample_cmyk.jpg")
        << "image/pil_sample_cmyk.jpg" << 100 << 100 << "jpeg" << 1 << "qt" << 3 << 8 << false << -1;
    // No Qt TIFF plugin on Debian by default: header parsed here, pixels by OpenCV.
    // identify -verbose: 3 pages, the first 10x10, 1-bit, photometric palette with the colormap
    // 0: (0,128,0) green, 1: (0,0,0) black — colour, not gray.
    QTest::newRow("multipage.tiff") << "image/multipage.tiff" << 10 << 10 << "tiff" << 3 << "opencv" << 3 << 1
                                    << false << 0;
    // identify: 100x40 16-bit TrueColorAlpha.
    QTest::newRow("tiff_16bit_RGBa.tiff")
        << "image/tiff_16bit_RGBa.tiff" << 100 << 40 << "tiff" << 1 << "opencv" << 4 << 16 << true << 0;
    // WebP made with ImageMagick (tests/data/GENERATED.md), one per container chunk type: VP8, VP8X, VP8L.
    QTest::newRow("webp lossy") << "image/generated-lossy-50x30.webp" << 50 << 30 << "webp" << 1 << "opencv"
                                << 3 << 8 << false << 0;
    QTest::newRow("webp alpha") << "image/generated-alpha-40x20.webp" << 40 << 20 << "webp" << 1 << "opencv"
                                << 4 << 8 << true << 0;
    QTest::newRow("webp lossless gray") << "image/generated-lossless-gray-64x48.webp" << 64 << 48 << "webp"
                                        << 1 << "opencv" << 3 << 8 << false << 1;
}

void TestImageInfoStage::corpus() {
    QFETCH(QString, file);
    QFETCH(int, width);
    QFETCH(int, height);
    QFETCH(QString, format);
    QFETCH(int, frames);
    QFETCH(QString, decoder);
    QFETCH(int, channels);
    QFETCH(int, depth);
    QFETCH(bool, alpha);
    QFETCH(int, gray);
    // With qt6-image-formats-plugins installed Qt reads TIFF and WebP itself, with its own pixel formats.
    const bool qtReadsIt = QImageReader::supportedImageFormats().contains(format.toLatin1());
    if (decoder == QLatin1String("opencv") && qtReadsIt)
        decoder = QStringLiteral("qt");
    ImageInfoStage stage;
    Feedback feedback;
    const StageResult r = test::run(stage, test::data(file), {}, nullptr, &feedback);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.output.value("width").toInt(), width);
    QCOMPARE(r.output.value("height").toInt(), height);
    QCOMPARE(r.output.value("megapixels").toDouble(), width * height / 1e6);
    QCOMPARE(r.output.value("format").toString(), format);
    QCOMPARE(r.output.value("frames").toInt(), frames);
    QCOMPARE(r.output.value("decoder").toString(), decoder);
    if (!qtReadsIt || (format != QLatin1String("tiff") && format != QLatin1String("webp"))) {
        QCOMPARE(r.output.value("channels").toInt(), channels);
        QCOMPARE(r.output.value("depth").toInt(), depth);
        QCOMPARE(r.output.value("has_alpha").toBool(), alpha);
        if (gray >= 0)
            QCOMPARE(r.output.value("grayscale").toBool(), gray == 1);
    }
    QVERIFY(!r.output.contains(QStringLiteral("orientation_transform")));
    QCOMPARE(feedback.progress(), 100.0);
}

void TestImageInfoStage::exifOrientationReported() {
    // identify: Orientation RightTop (EXIF 6); the stored pixels are 128x128.
    ImageInfoStage stage;
    const StageResult r = test::run(stage, test::data(QStringLiteral("image/hopper_orientation_6.jpg")));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.output.value("width").toInt(), 128);
    QCOMPARE(r.output.value("height").toInt(), 128);
    QCOMPARE(r.output.value("format").toString(), QStringLiteral("jpeg"));
    QCOMPARE(r.output.value("orientation_transform").toString(), QStringLiteral("rotate_90"));
    QCOMPARE(r.output.value("exif_orientation").toInt(), 6);
    QCOMPARE(r.output.value("channels").toInt(), 3);
}

void TestImageInfoStage::bilevelPng() {
    // A 1-bit black-and-white PNG (like a fax or typewriter scan): Qt decodes it to Format_Mono.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mono.png"));
    QImage mono(40, 30, QImage::Format_Mono);
    mono.setColorTable({qRgb(0, 0, 0), qRgb(255, 255, 255)});
    mono.fill(1);
    mono.setPixel(3, 3, 0);
    QVERIFY(mono.save(path, "PNG"));
    ImageInfoStage stage;
    const StageResult r = test::run(stage, path);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.output.value("width").toInt(), 40);
    QCOMPARE(r.output.value("height").toInt(), 30);
    QCOMPARE(r.output.value("channels").toInt(), 1);
    QCOMPARE(r.output.value("depth").toInt(), 1);
    QCOMPARE(r.output.value("grayscale").toBool(), true);
    QCOMPARE(r.output.value("has_alpha").toBool(), false);
}

void TestImageInfoStage::gifFrameOutsideCanvasIsABomb() {
    // 44 bytes: a 32x32 canvas whose frame claims 65535x1321 at y=65280, i.e. 65535 x 66601 pixels.
    ImageInfoStage stage;
    const StageResult r = test::run(stage, test::data(QStringLiteral("image/decompression_bomb.gif")));
    QVERIFY(!r.ok);
    QCOMPARE(r.error,
             QString::fromUtf8("decompression bomb: 65535×66601 pixels exceeds the limit of 100 megapixels"));
    QVERIFY(!r.transient);
}

void TestImageInfoStage::pngTextMetadataBomb() {
    // 1x1 PNG whose three zTXt chunks inflate to 2 MiB each.
    ImageInfoStage stage;
    const StageResult r = test::run(stage, test::data(QStringLiteral("image/png_decompression_dos.png")));
    QVERIFY(!r.ok);
    QVERIFY2(r.error.startsWith(QStringLiteral("decompression bomb: text metadata \"big")),
             qPrintable(r.error));
    QVERIFY2(r.error.contains(QStringLiteral("2097152 characters, over the limit of 1048576")),
             qPrintable(r.error));
}

void TestImageInfoStage::craftedGifCanvasBomb() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.gif"));
    // GIF89a, logical screen 65535x65535, no colour table, then the trailer: 4.3 gigapixels claimed.
    QVERIFY(test::writeFile(path, QByteArray("GIF89a\xff\xff\xff\xff\x00\x00\x00\x3b", 14)));
    ImageInfoStage stage;
    const StageResult r = test::run(stage, path);
    QVERIFY(!r.ok);
    QCOMPARE(r.error,
             QString::fromUtf8("decompression bomb: 65535×65535 pixels exceeds the limit of 100 megapixels"));
}

void TestImageInfoStage::craftedTiffBomb() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.tif"));
    // Little-endian TIFF, one IFD at offset 8 with ImageWidth = ImageLength = 100000 (LONG), no next IFD.
    const QByteArray tiff("II\x2a\x00\x08\x00\x00\x00"
                          "\x02\x00"
                          "\x00\x01\x04\x00\x01\x00\x00\x00\xa0\x86\x01\x00"
                          "\x01\x01\x04\x00\x01\x00\x00\x00\xa0\x86\x01\x00"
                          "\x00\x00\x00\x00",
                          38);
    QVERIFY(test::writeFile(path, tiff));
    ImageInfoStage stage;
    const StageResult r = test::run(stage, path);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.startsWith(QString::fromUtf8("decompression bomb: 100000×100000 pixels")),
             qPrintable(r.error));
}

void TestImageInfoStage::laterTiffPageBomb() {
    // Every page's header is checked, not only the first: page 1 is 10×10, page 2 claims 100000×100000.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pages.tif"));
    const QByteArray tiff("II\x2a\x00\x08\x00\x00\x00"
                          "\x02\x00"
                          "\x00\x01\x03\x00\x01\x00\x00\x00\x0a\x00\x00\x00"
                          "\x01\x01\x03\x00\x01\x00\x00\x00\x0a\x00\x00\x00"
                          "\x26\x00\x00\x00" // next IFD at 38
                          "\x02\x00"
                          "\x00\x01\x04\x00\x01\x00\x00\x00\xa0\x86\x01\x00"
                          "\x01\x01\x04\x00\x01\x00\x00\x00\xa0\x86\x01\x00"
                          "\x00\x00\x00\x00",
                          68);
    QVERIFY(test::writeFile(path, tiff));
    ImageInfoStage stage;
    const StageResult r = test::run(stage, path);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.startsWith(QString::fromUtf8("decompression bomb: 100000×100000 pixels")),
             qPrintable(r.error));
}

namespace {
/// CRC-32 of PNG chunks (ISO 3309, as in the PNG specification's sample code).
quint32 pngCrc(const QByteArray& bytes) {
    quint32 c = 0xFFFFFFFFu;
    for (const char ch : bytes) {
        c ^= quint8(ch);
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
    }
    return c ^ 0xFFFFFFFFu;
}
} // namespace

void TestImageInfoStage::pngExifOrientation() {
    // ImageMagick's "Raw profile type exif" text chunk: identify says Orientation BottomRight (3).
    ImageInfoStage stage;
    const StageResult im =
        test::run(stage, test::data(QStringLiteral("image/exif_imagemagick_orientation.png")));
    QVERIFY2(im.ok, qPrintable(im.error));
    QCOMPARE(im.output.value("exif_orientation").toInt(), 3);
    QCOMPARE(im.output.value("orientation_transform").toString(), QStringLiteral("rotate_180"));

    // A PNG eXIf chunk (PNG 3rd edition, 11.3.3.1) with Orientation 6, inserted after IHDR.
    QImage image(30, 20, QImage::Format_RGB32);
    image.fill(Qt::red);
    QByteArray png;
    QBuffer buffer(&png);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(image.save(&buffer, "PNG"));
    const QByteArray exif("MM\x00\x2a\x00\x00\x00\x08"
                          "\x00\x01"
                          "\x01\x12\x00\x03\x00\x00\x00\x01\x00\x06\x00\x00"
                          "\x00\x00\x00\x00",
                          26);
    QByteArray chunk(4, '\0');
    qToBigEndian<quint32>(quint32(exif.size()), chunk.data());
    const QByteArray typed = QByteArray("eXIf") + exif;
    chunk += typed;
    QByteArray crc(4, '\0');
    qToBigEndian<quint32>(pngCrc(typed), crc.data());
    chunk += crc;
    png.insert(8 + 25, chunk); // signature + IHDR (length, type, 13 bytes, CRC)
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("exif.png"));
    QVERIFY(test::writeFile(path, png));
    const StageResult r = test::run(stage, path);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.output.value("width").toInt(), 30); // as stored
    QCOMPARE(r.output.value("exif_orientation").toInt(), 6);
    QCOMPARE(r.output.value("orientation_transform").toString(), QStringLiteral("rotate_90"));
}

void TestImageInfoStage::megapixelLimitParameter() {
    ImageInfoStage stage;
    const StageResult r =
        test::run(stage, test::data(QStringLiteral("image/i_trns.png")), {{"max_megapixels", 0.004}});
    QVERIFY(!r.ok);
    QCOMPARE(r.error,
             QString::fromUtf8("decompression bomb: 64×64 pixels exceeds the limit of 0.004 megapixels"));
    QVERIFY(test::run(stage, test::data(QStringLiteral("image/i_trns.png")), {{"max_megapixels", 0.005}}).ok);
}

void TestImageInfoStage::truncatedPng() {
    // Valid 640x480 header, IDAT cut off at 80 KiB.
    ImageInfoStage stage;
    const StageResult r = test::run(stage, test::data(QStringLiteral("image/truncated_image.png")));
    QVERIFY(!r.ok);
    // Found from the chunk sequence before libpng runs (which would print "Read Error" on stderr).
    QCOMPARE(r.error, QStringLiteral("corrupt or truncated image: the PNG data ends before its IEND chunk"));
}

void TestImageInfoStage::truncatedJpeg() {
    // libjpeg only warns "Premature end of JPEG file" and pads with gray; the missing EOI gives it away.
    ImageInfoStage stage;
    const StageResult r = test::run(stage, test::data(QStringLiteral("image/truncated_jpeg.jpg")));
    QVERIFY(!r.ok);
    QCOMPARE(r.error, QStringLiteral(
                          "corrupt or truncated image: the JPEG data ends without its end-of-image marker"));
}

void TestImageInfoStage::verifyOffReadsHeaderOnly() {
    ImageInfoStage stage;
    const StageResult r =
        test::run(stage, test::data(QStringLiteral("image/truncated_image.png")), {{"verify", false}});
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.output.value("width").toInt(), 640);
    QCOMPARE(r.output.value("height").toInt(), 480);
    QCOMPARE(r.output.value("format").toString(), QStringLiteral("png"));
    // From the header's pixel format (8-bit RGB), without decoding: grayscale is not known.
    QCOMPARE(r.output.value("channels").toInt(), 3);
    QCOMPARE(r.output.value("depth").toInt(), 8);
    QCOMPARE(r.output.value("has_alpha").toBool(), false);
    QVERIFY(!r.output.contains(QStringLiteral("grayscale")));
}

void TestImageInfoStage::notAnImage() {
    ImageInfoStage stage;
    const StageResult r = test::run(stage, test::data(QStringLiteral("text/crlf.txt")));
    QVERIFY(!r.ok);
    QVERIFY2(r.error.startsWith(QStringLiteral("not a readable image: ")), qPrintable(r.error));
    const StageResult empty = test::run(stage, test::data(QStringLiteral("pdf/empty.pdf")));
    QVERIFY(!empty.ok);
    QVERIFY2(empty.error.startsWith(QStringLiteral("not a readable image: ")), qPrintable(empty.error));
}

void TestImageInfoStage::allocationLimitFitsParameter() {
    // 100 MP of 16-bit RGBA is 800 MB = 763 MiB: Qt's default limit (256 MiB) must have been raised.
    ImageInfoStage stage;
    QVERIFY(test::run(stage, test::data(QStringLiteral("image/i_trns.png"))).ok);
    QVERIFY(QImageReader::allocationLimit() == 0 || QImageReader::allocationLimit() >= 763);
}

QTEST_GUILESS_MAIN(TestImageInfoStage)
#include "test_image_info_stage.moc"
