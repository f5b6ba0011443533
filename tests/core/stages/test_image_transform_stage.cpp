// The image_transform stage: sizes, formats, 16 bits, metadata kept, atomic output never over the source,
// reduced JPEG decoding, and the corrections on images made here.

#include "images/exif_reader.h"
#include "images/image_loader.h"
#include "stage_test_util.h"
#include "stages/image_transform_stage.h"

#include <QColorSpace>
#include <QDir>
#include <QImageReader>
#include <QTemporaryDir>
#include <QTest>

using namespace sluice;

class TestImageTransformStage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void resizeModes_data();
    void resizeModes();
    void orientationAppliedBeforeResize();
    void reducedDecodeForLargeJpeg();
    void sixteenBitKeptInPng();
    void metadataKept();
    void formats_data();
    void formats();
    void corrections();
    void neverOverSource();
    void templateChecked();
    void bombRefused();
};

void TestImageTransformStage::resizeModes_data() {
    QTest::addColumn<QJsonObject>("params");
    QTest::addColumn<QSize>("size");
    QTest::newRow("longest side") << QJsonObject{{"resize", "longest_side"}, {"size", 100}} << QSize(100, 50);
    QTest::newRow("exact") << QJsonObject{{"resize", "exact"}, {"width", 30}, {"height", 70}}
                           << QSize(30, 70);
    QTest::newRow("percent") << QJsonObject{{"resize", "percent"}, {"percent", 25.0}} << QSize(50, 25);
    QTest::newRow("enlarge") << QJsonObject{{"resize", "longest_side"}, {"size", 400}} << QSize(400, 200);
    QTest::newRow("none") << QJsonObject{} << QSize(200, 100);
}

void TestImageTransformStage::resizeModes() {
    QFETCH(QJsonObject, params);
    QFETCH(QSize, size);
    QTemporaryDir dir;
    const QString src = dir.filePath(QStringLiteral("src.png"));
    QImage im(200, 100, QImage::Format_RGB32);
    im.fill(QColor(50, 100, 150));
    QVERIFY(im.save(src));
    params.insert(QStringLiteral("output_dir"), dir.filePath(QStringLiteral("out")));
    ImageTransformStage stage;
    const StageResult r = test::run(stage, src, params);
    QVERIFY2(r.ok, qPrintable(r.error));
    const QString out = r.output.value("output").toString();
    QCOMPARE(out, QDir(dir.filePath(QStringLiteral("out"))).absoluteFilePath(QStringLiteral("src.png")));
    QCOMPARE(QImageReader(out).size(), size);
    QCOMPARE(r.output.value("width").toInt(), size.width());
    QCOMPARE(QImage(out).pixelColor(size.width() / 2, size.height() / 2), QColor(50, 100, 150));
}

void TestImageTransformStage::orientationAppliedBeforeResize() {
    // The ImageMagick PNG is 512x512 with orientation 3 (180°): the output's top-left is the source's
    // bottom-right, and its EXIF says upright.
    QTemporaryDir dir;
    ImageTransformStage stage;
    const StageResult r =
        test::run(stage, test::data(QStringLiteral("image/exif_imagemagick_orientation.png")),
                  {{"output_dir", dir.path()}, {"format", "jpeg"}, {"resize", "longest_side"}, {"size", 64}});
    QVERIFY2(r.ok, qPrintable(r.error));
    const ImageLoadResult src =
        loadImage(test::data(QStringLiteral("image/exif_imagemagick_orientation.png")));
    const ImageLoadResult out = loadImage(r.output.value("output").toString());
    QVERIFY(out.ok());
    QCOMPARE(out.loaded.image.size(), QSize(64, 64));
    QCOMPARE(out.loaded.exifOrientation, 1);
    const QColor a =
        src.loaded.image.scaled(64, 64, Qt::IgnoreAspectRatio, Qt::SmoothTransformation).pixelColor(5, 5);
    const QColor b = out.loaded.image.pixelColor(5, 5);
    QVERIFY2(qAbs(a.red() - b.red()) < 40 && qAbs(a.green() - b.green()) < 40,
             qPrintable(a.name() + b.name()));
}

void TestImageTransformStage::reducedDecodeForLargeJpeg() {
    QTemporaryDir dir;
    const QString src = dir.filePath(QStringLiteral("big.jpg"));
    QImage im(2400, 1800, QImage::Format_RGB32);
    im.fill(QColor(200, 80, 40));
    QVERIFY(im.save(src, "JPEG", 90));
    ImageTransformStage stage;
    const StageResult r = test::run(
        stage, src, {{"output_dir", dir.filePath("out")}, {"resize", "longest_side"}, {"size", 1024}});
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.output.value("decode_reduction").toInt(), 2); // 1200 px decoded, then area-shrunk to 1024
    QCOMPARE(r.output.value("decode_scale").toString(), QStringLiteral("4/8"));
    QCOMPARE(QImageReader(r.output.value("output").toString()).size(), QSize(1024, 768));
    QCOMPARE(r.output.value("format").toString(), QStringLiteral("jpeg"));
}

void TestImageTransformStage::sixteenBitKeptInPng() {
    QTemporaryDir dir;
    ImageTransformStage stage;
    const StageResult r = test::run(stage, test::data(QStringLiteral("image/tiff_16bit_RGBa.tiff")),
                                    {{"output_dir", dir.path()}, {"format", "png"}});
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.output.value("depth").toInt(), 16);
    const ImageLoadResult out = loadImage(r.output.value("output").toString());
    QVERIFY(out.ok());
    QCOMPARE(out.loaded.depth, 16);
    QVERIFY(out.loaded.hasAlpha);
    // JPEG cannot hold 16 bits: 8.
    const StageResult j = test::run(stage, test::data(QStringLiteral("image/tiff_16bit_RGBa.tiff")),
                                    {{"output_dir", dir.path()}, {"format", "jpeg"}});
    QVERIFY2(j.ok, qPrintable(j.error));
    QCOMPARE(j.output.value("depth").toInt(), 8);
}

void TestImageTransformStage::metadataKept() {
    QTemporaryDir dir;
    ImageTransformStage stage;
    const QString src = test::data(QStringLiteral("image/hopper_orientation_6.jpg"));
    const StageResult r =
        test::run(stage, src, {{"output_dir", dir.path()}, {"resize", "percent"}, {"percent", 50.0}});
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(r.output.value("exif_kept").toBool());
    const ImageLoadResult out = loadImage(r.output.value("output").toString());
    QVERIFY(out.ok());
    QVERIFY(out.loaded.exif.present);
    QCOMPARE(out.loaded.exif.orientation, 1); // pixels written upright
    QCOMPARE(out.loaded.image.size(), QSize(64, 64));
    const StageResult stripped =
        test::run(stage, src, {{"output_dir", dir.filePath("s")}, {"keep_metadata", false}});
    QVERIFY(!loadImage(stripped.output.value("output").toString()).loaded.exif.present);
    // An ICC profile survives into PNG (iCCP) when the source has one: made here with Qt's sRGB profile.
    const QString withIcc = dir.filePath(QStringLiteral("icc.png"));
    QImage im(20, 20, QImage::Format_RGB32);
    im.fill(Qt::green);
    im.setColorSpace(QColorSpace(QColorSpace::AdobeRgb));
    QVERIFY(im.save(withIcc));
    const StageResult icc =
        test::run(stage, withIcc, {{"output_dir", dir.filePath("icc")}, {"format", "jpeg"}});
    QVERIFY2(icc.ok, qPrintable(icc.error));
    QVERIFY(icc.output.value("icc_kept").toBool());
    QCOMPARE(QImage(icc.output.value("output").toString()).colorSpace(), QColorSpace(QColorSpace::AdobeRgb));
}

void TestImageTransformStage::formats_data() {
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("suffix");
    QTest::newRow("jpeg") << "jpeg"
                          << "jpg";
    QTest::newRow("png") << "png"
                         << "png";
    QTest::newRow("webp") << "webp"
                          << "webp";
    QTest::newRow("tiff") << "tiff"
                          << "tif";
}

void TestImageTransformStage::formats() {
    QFETCH(QString, format);
    QFETCH(QString, suffix);
    QTemporaryDir dir;
    ImageTransformStage stage;
    const StageResult r = test::run(
        stage, test::data(QStringLiteral("image/uncompressed_la.png")),
        {{"output_dir", dir.path()}, {"format", format}, {"name_template", "{name}_{width}x{height}.{ext}"}});
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(QFileInfo(r.output.value("output").toString()).fileName(),
             QStringLiteral("uncompressed_la_128x128.") + suffix);
    const ImageLoadResult back = loadImage(r.output.value("output").toString());
    QVERIFY2(back.ok(), qPrintable(back.error));
    QCOMPARE(back.loaded.format, format);
    QCOMPARE(back.loaded.image.size(), QSize(128, 128));
}

void TestImageTransformStage::corrections() {
    // A bluish flat image: gray-world white balance makes it neutral; brightness/contrast are linear.
    QTemporaryDir dir;
    const QString src = dir.filePath(QStringLiteral("blue.png"));
    QImage im(40, 40, QImage::Format_RGB32);
    im.fill(QColor(100, 110, 160));
    QVERIFY(im.save(src));
    ImageTransformStage stage;
    const StageResult wb =
        test::run(stage, src, {{"output_dir", dir.filePath("wb")}, {"white_balance", true}});
    QVERIFY2(wb.ok, qPrintable(wb.error));
    const QColor n = QImage(wb.output.value("output").toString()).pixelColor(20, 20);
    QVERIFY2(qAbs(n.red() - n.blue()) <= 4 && qAbs(n.green() - n.blue()) <= 4, qPrintable(n.name()));
    const StageResult bc =
        test::run(stage, src, {{"output_dir", dir.filePath("bc")}, {"contrast", 2.0}, {"brightness", 10.0}});
    QVERIFY2(bc.ok, qPrintable(bc.error));
    // (v − 128) · 2 + 128 + 10: 100 → 82, 110 → 102, 160 → 202.
    QCOMPARE(QImage(bc.output.value("output").toString()).pixelColor(20, 20), QColor(82, 102, 202));
    const StageResult all = test::run(stage, src,
                                      {{"output_dir", dir.filePath("all")},
                                       {"sharpen", 1.0},
                                       {"blur_sigma", 1.5},
                                       {"edge_enhance", true},
                                       {"clahe", true},
                                       {"saturation", 0.0}});
    QVERIFY2(all.ok, qPrintable(all.error));
    const QColor g = QImage(all.output.value("output").toString()).pixelColor(20, 20);
    QVERIFY2(qAbs(g.red() - g.blue()) <= 3, qPrintable(g.name())); // saturation 0: gray
}

void TestImageTransformStage::neverOverSource() {
    QTemporaryDir dir;
    const QString src = dir.filePath(QStringLiteral("same.png"));
    QImage im(10, 10, QImage::Format_RGB32);
    im.fill(Qt::red);
    QVERIFY(im.save(src));
    const QByteArray before = [&] {
        QFile f(src);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    ImageTransformStage stage;
    const StageResult r =
        test::run(stage, src, {{"output_dir", dir.path()}, {"format", "png"}, {"sharpen", 1.0}});
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QStringLiteral("it is the source file")), qPrintable(r.error));
    QFile f(src);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1); // no temporary left behind
}

void TestImageTransformStage::templateChecked() {
    ImageTransformStage stage;
    QVERIFY(!stage.checkParameters({{"name_template", "../x.{ext}"}}).isEmpty());
    QVERIFY(!stage.checkParameters({{"name_template", "a/b.{ext}"}}).isEmpty());
    QVERIFY(stage.checkParameters({{"name_template", "{name}-small.{ext}"}}).isEmpty());
}

void TestImageTransformStage::bombRefused() {
    QTemporaryDir dir;
    ImageTransformStage stage;
    const StageResult r = test::run(stage, test::data(QStringLiteral("image/decompression_bomb.gif")),
                                    {{"output_dir", dir.path()}});
    QVERIFY(!r.ok);
    QVERIFY2(r.error.startsWith(QStringLiteral("decompression bomb: ")), qPrintable(r.error));
    QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
}

QTEST_GUILESS_MAIN(TestImageTransformStage)
#include "test_image_transform_stage.moc"
