// The four perceptual hashes against values worked out independently: the steps of Python's imagehash
// 4.3 run with Pillow 9.4 (convert("L"), resize(LANCZOS)), scipy.fftpack.dct and PyWavelets (Debian 12
// packages); the script is in tests/data/GENERATED.md ("Perceptual hash reference values").

#include "../stages/stage_test_util.h"
#include "images/image_hashes.h"
#include "images/image_loader.h"

#include <QImageReader>
#include <QTest>

using namespace sluice;

namespace {

/// The fixed test image: 97×83 RGB, red rising to the right, green falling downwards, blue a 10-pixel
/// checkerboard (30 / 200) with a disc of 220 (radius 25 at 60,35).
QImage fixedImage() {
    QImage im(97, 83, QImage::Format_RGB888);
    for (int y = 0; y < 83; ++y) {
        for (int x = 0; x < 97; ++x) {
            const int b =
                (x - 60) * (x - 60) + (y - 35) * (y - 35) < 625 ? 220 : ((x / 10 + y / 10) % 2 ? 200 : 30);
            im.setPixel(x, y, qRgb(x * 255 / 96, 255 - y * 255 / 82, b));
        }
    }
    return im;
}

QImage stored(const QString& file) {
    QImageReader r(test::data(file));
    r.setAutoTransform(false);
    return r.read();
}

} // namespace

class TestImageHashes : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void lanczosMatchesPillowStepByStep();
    void dctMatchesDefinition();
    void fixedImageHashes();
    void corpusImages_data();
    void corpusImages();
    void flatImageIsAllZero();
    void sixteenBitGrayClipsAsPillow();
    void hexAndDistance();
};

void TestImageHashes::lanczosMatchesPillowStepByStep() {
    // Pillow: numpy.asarray(im.convert("L").resize((8, 8), LANCZOS)) of the fixed image.
    const int expected[8][8] = {
        {156, 169, 178, 186, 199, 205, 217, 226}, {142, 149, 159, 173, 190, 197, 202, 207},
        {118, 131, 140, 162, 171, 182, 187, 188}, {104, 110, 124, 141, 153, 162, 172, 169},
        {81, 93, 102, 124, 134, 145, 149, 151},   {66, 73, 83, 94, 114, 119, 126, 131},
        {43, 55, 64, 73, 84, 92, 103, 112},       {29, 35, 46, 56, 64, 76, 84, 94}};
    const QImage im = fixedImage();
    std::vector<quint8> gray;
    for (int y = 0; y < im.height(); ++y)
        for (int x = 0; x < im.width(); ++x) {
            const QRgb p = im.pixel(x, y);
            gray.push_back(
                quint8((qRed(p) * 19595u + qGreen(p) * 38470u + qBlue(p) * 7471u + 0x8000u) >> 16));
        }
    const std::vector<quint8> s = pil::resizeLanczos(gray, 97, 83, 8, 8);
    double mean = 0;
    for (int y = 0; y < 8; ++y)
        for (int x = 0; x < 8; ++x) {
            QCOMPARE(int(s[size_t(y * 8 + x)]), expected[y][x]);
            mean += expected[y][x];
        }
    // average_hash by hand from Pillow's values: mean 130.1; row 0 is all above it -> 0xff first, etc.
    mean /= 64;
    quint64 bits = 0;
    for (int y = 0; y < 8; ++y)
        for (int x = 0; x < 8; ++x)
            bits = (bits << 1) | (expected[y][x] > mean ? 1u : 0u);
    QCOMPARE(ImageHashes::hex(bits), QStringLiteral("ffff7f1f0f010000"));
    QCOMPARE(computeImageHashes(im).average, bits);
}

void TestImageHashes::dctMatchesDefinition() {
    // scipy.fftpack.dct([1, 2, 3, 4]) = [20, -6.30864406, 0, -0.44834153].
    const std::vector<double> y = pil::dct2({1, 2, 3, 4});
    QVERIFY(qAbs(y[0] - 20.0) < 1e-9);
    QVERIFY(qAbs(y[1] + 6.30864406) < 1e-7);
    QVERIFY(qAbs(y[2]) < 1e-9);
    QVERIFY(qAbs(y[3] + 0.44834153) < 1e-7);
}

void TestImageHashes::fixedImageHashes() {
    const ImageHashes h = computeImageHashes(fixedImage());
    QCOMPARE(ImageHashes::hex(h.average), QStringLiteral("ffff7f1f0f010000"));
    QCOMPARE(ImageHashes::hex(h.perceptual), QStringLiteral("889c6bebe6e69a80"));
    QCOMPARE(ImageHashes::hex(h.difference), QStringLiteral("fffffffeffffffff"));
    QCOMPARE(ImageHashes::hex(h.wavelet), QStringLiteral("ffff7f1f0f000000"));
}

void TestImageHashes::corpusImages_data() {
    QTest::addColumn<QImage>("image");
    QTest::addColumn<QString>("average");
    QTest::addColumn<QString>("perceptual");
    QTest::addColumn<QString>("difference");
    QTest::addColumn<QString>("wavelet");
    // imagehash on Image.open(file) (stored orientation) and on ImageOps.exif_transpose(Image.open(file)).
    QTest::newRow("hopper stored") << stored("image/hopper_orientation_6.jpg") << "fcf8b8bcbe180800"
                                   << "cfdb209db6180ea6"
                                   << "e8f173646471b3cc"
                                   << "fcf8b8bcbeb80820";
    QTest::newRow("hopper upright") << loadImage(test::data("image/hopper_orientation_6.jpg")).loaded.image
                                    << "1f031f3f7f191000"
                                    << "8c977c0983ce9e8d"
                                    << "71b676d1d6333194"
                                    << "3f03bf3f7f191000";
    QTest::newRow("gray+alpha") << loadImage(test::data("image/uncompressed_la.png")).loaded.image
                                << "fcfcf0f000000000"
                                << "d2d2d2c63e392d2c"
                                << "a9a9a9a8a084a000"
                                << "fcfcfcfcf0f00000";
    QTest::newRow("png exif upright")
        << loadImage(test::data("image/exif_imagemagick_orientation.png")).loaded.image << "005aa55a5aa55a00"
        << "ccef23ea08c83337"
        << "69b24db2b24db269"
        << "385aa55adba55a38";
}

void TestImageHashes::corpusImages() {
    QFETCH(QImage, image);
    QFETCH(QString, average);
    QFETCH(QString, perceptual);
    QFETCH(QString, difference);
    QFETCH(QString, wavelet);
    QVERIFY(!image.isNull());
    const ImageHashes h = computeImageHashes(image);
    QCOMPARE(ImageHashes::hex(h.average), average);
    QCOMPARE(ImageHashes::hex(h.perceptual), perceptual);
    QCOMPARE(ImageHashes::hex(h.difference), difference);
    QCOMPARE(ImageHashes::hex(h.wavelet), wavelet);
}

void TestImageHashes::flatImageIsAllZero() {
    QImage flat(40, 30, QImage::Format_Grayscale8);
    flat.fill(128);
    const ImageHashes h = computeImageHashes(flat);
    QCOMPARE(h.average, quint64(0));
    QCOMPARE(h.difference, quint64(0));
    QCOMPARE(h.wavelet, quint64(0));
}

void TestImageHashes::sixteenBitGrayClipsAsPillow() {
    // 64×48 16-bit gray, value 9x + 5y (0–782). Pillow 9.4: Image.fromarray(uint16 array) is mode "I;16";
    // saved as PNG and opened again it is mode "I"; convert("L") of either clips to 0–255 (140 at (10,10),
    // 255 at (63,47)), and imagehash gives the same four values for both (script in GENERATED.md).
    QImage im(64, 48, QImage::Format_Grayscale16);
    for (int y = 0; y < 48; ++y) {
        auto* line = reinterpret_cast<quint16*>(im.scanLine(y));
        for (int x = 0; x < 64; ++x)
            line[x] = quint16(x * 9 + y * 5);
    }
    const ImageHashes h = computeImageHashes(im);
    QCOMPARE(ImageHashes::hex(h.average), QStringLiteral("1f1f3f3f7f7f7fff"));
    QCOMPARE(ImageHashes::hex(h.perceptual), QStringLiteral("80073e183f193f3f"));
    QCOMPARE(ImageHashes::hex(h.difference), QStringLiteral("f4f0e8e0d0c08080"));
    // whash: PyWavelets gives 0000101030303070 — its LL values of the all-255 blocks differ only by
    // floating-point noise of waverec2 (ties broken by rounding), which the exact sums here do not have.
    // The conversion itself is checked against the 8-bit image of the clipped values.
    QImage clipped(64, 48, QImage::Format_Grayscale8);
    for (int y = 0; y < 48; ++y)
        for (int x = 0; x < 64; ++x)
            clipped.scanLine(y)[x] = uchar(qMin(255, x * 9 + y * 5));
    const ImageHashes c = computeImageHashes(clipped);
    QCOMPARE(h.wavelet, c.wavelet);
    QCOMPARE(h.average, c.average);
    QVERIFY(h.average != computeImageHashes(im.convertToFormat(QImage::Format_Grayscale8)).average);
}

void TestImageHashes::hexAndDistance() {
    QCOMPARE(ImageHashes::hex(0x1ULL), QStringLiteral("0000000000000001"));
    QCOMPARE(ImageHashes::hex(0xfedcba9876543210ULL), QStringLiteral("fedcba9876543210"));
    QCOMPARE(hammingDistance(0, ~0ULL), 64);
    QCOMPARE(hammingDistance(0xF0, 0x0F), 8);
}

QTEST_GUILESS_MAIN(TestImageHashes)
#include "test_image_hashes.moc"
