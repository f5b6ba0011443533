// The image_analyze stage: known values on images made here, corpus cases, duplicates across items.

#include "images/duplicate_registry.h"
#include "stage_test_util.h"
#include "stages/image_analyze_stage.h"
#include "store/state_store.h"

#include <QBuffer>
#include <QJsonArray>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using namespace sluice;

namespace {

QJsonObject q(const StageResult& r) {
    return r.output.value(QStringLiteral("quality")).toObject();
}

/// A 200×150 scene of shapes and text: sharp edges, several colours.
QImage scene() {
    QImage im(200, 150, QImage::Format_RGB32);
    im.fill(QColor(240, 240, 230));
    QPainter p(&im);
    p.fillRect(20, 20, 60, 40, QColor(200, 30, 30));
    p.fillRect(110, 70, 70, 60, QColor(30, 60, 200));
    p.setPen(QPen(Qt::black, 3));
    p.drawLine(0, 149, 199, 0);
    p.drawEllipse(QPoint(60, 110), 30, 25);
    return im;
}

} // namespace

class TestImageAnalyzeStage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { DuplicateRegistry::instance().clear(); }
    void flatGrayExactValues();
    void sharpVersusBlurred();
    void rotatedExifDisplayedSize();
    void exifZeroDivisionNoCrash();
    void cmykDominantColours();
    void facesFound();
    void hostileInputs_data();
    void hostileInputs();
    void nearDuplicatesGrouped();
    void exactDuplicateAndPorts();
    void nearDuplicatesSurviveARestart();
};

void TestImageAnalyzeStage::flatGrayExactValues() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("gray.png"));
    QImage gray(64, 48, QImage::Format_Grayscale8);
    gray.fill(100);
    QVERIFY(gray.save(path));
    ImageAnalyzeStage stage;
    const StageResult r = test::run(stage, path);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(q(r).value("brightness").toDouble(), 100.0);
    QCOMPARE(q(r).value("contrast").toDouble(), 0.0);
    QCOMPARE(q(r).value("sharpness").toDouble(), 0.0);
    QCOMPARE(q(r).value("noise").toDouble(), 0.0);
    QCOMPARE(q(r).value("is_blurry").toBool(), true);
    QCOMPARE(q(r).value("is_dark").toBool(), false);
    QCOMPARE(r.output.value("color_mode").toString(), QStringLiteral("gray"));
    const QJsonObject content = r.output.value("content").toObject();
    QCOMPARE(content.value("edge_density").toDouble(), 0.0);
    QCOMPARE(content.value("corners").toInt(), 0);
    const QJsonArray colors = content.value("dominant_colors").toArray();
    QCOMPARE(colors.first().toObject().value("hex").toString(), QStringLiteral("#646464"));
    QCOMPARE(colors.first().toObject().value("share").toDouble(), 1.0);
    QCOMPARE(r.output.value("hashes").toObject().value("average").toString(),
             QStringLiteral("0000000000000000"));
}

void TestImageAnalyzeStage::sharpVersusBlurred() {
    QTemporaryDir dir;
    const QString sharp = dir.filePath(QStringLiteral("sharp.png"));
    const QString blurred = dir.filePath(QStringLiteral("blurred.png"));
    const QImage im = scene();
    QVERIFY(im.save(sharp));
    // A box blur by down- and up-scaling (4×) made with Qt, independent of the stage's OpenCV code.
    QVERIFY(im.scaled(50, 38, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                .scaled(200, 150, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                .save(blurred));
    ImageAnalyzeStage stage;
    const StageResult a = test::run(stage, sharp, {{"duplicates", false}});
    const StageResult b = test::run(stage, blurred, {{"duplicates", false}});
    QVERIFY2(a.ok && b.ok, qPrintable(a.error + b.error));
    const double sa = q(a).value("sharpness").toDouble();
    const double sb = q(b).value("sharpness").toDouble();
    QVERIFY2(sa > 4 * sb, qPrintable(QStringLiteral("sharp %1 blurred %2").arg(sa).arg(sb)));
    QVERIFY(!q(a).value("is_blurry").toBool());
    QVERIFY(q(b).value("is_blurry").toBool() || sb < sa);
}

void TestImageAnalyzeStage::rotatedExifDisplayedSize() {
    // A 60×40 JPEG written with EXIF orientation 6 by ImageMagick would be displayed 40×60; the corpus file
    // is square, so the stage's displayed/stored sizes are checked on a file made here by the transform of
    // the loader: Qt writes no EXIF, so the orientation is spliced in by hand (APP1 after SOI).
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rot.jpg"));
    QImage im(60, 40, QImage::Format_RGB32);
    im.fill(Qt::white);
    QByteArray jpeg;
    {
        QBuffer buf(&jpeg);
        QVERIFY(buf.open(QIODevice::WriteOnly));
        QVERIFY(im.save(&buf, "JPEG"));
    }
    // Big-endian TIFF header, IFD0 with one entry: Orientation (SHORT) = 6.
    const QByteArray tiff("MM\x00\x2a\x00\x00\x00\x08\x00\x01\x01\x12\x00\x03\x00\x00\x00\x01\x00\x06\x00\x00"
                          "\x00\x00\x00\x00",
                          26);
    const QByteArray payload = QByteArray("Exif\0\0", 6) + tiff;
    QByteArray app1("\xFF\xE1", 2);
    app1.append(char(((payload.size() + 2) >> 8) & 0xFF));
    app1.append(char((payload.size() + 2) & 0xFF));
    jpeg.insert(2, app1 + payload);
    QVERIFY(test::writeFile(path, jpeg));
    ImageAnalyzeStage stage;
    const StageResult r = test::run(stage, path, {{"duplicates", false}});
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.output.value("width").toInt(), 40);
    QCOMPARE(r.output.value("height").toInt(), 60);
    QCOMPARE(r.output.value("stored_width").toInt(), 60);
    QCOMPARE(r.output.value("stored_height").toInt(), 40);
    QCOMPARE(r.output.value("orientation").toInt(), 6);
    QCOMPARE(r.output.value("exif").toObject().value("orientation").toInt(), 6);
    QCOMPARE(r.output.value("exif").toObject().value("gps").toBool(), false);
}

void TestImageAnalyzeStage::exifZeroDivisionNoCrash() {
    ImageAnalyzeStage stage;
    const StageResult r = test::run(stage, test::data(QStringLiteral("image/exif-dpi-zerodivision.jpg")));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.output.value("dpi").toObject().value("x").toDouble(), 200.0);
    QVERIFY(r.output.contains(QStringLiteral("exif")));
    QCOMPARE(r.output.value("width").toInt(), 200);
}

void TestImageAnalyzeStage::cmykDominantColours() {
    // Red letters on black (ImageMagick's rendering): the two largest clusters are near black and near red.
    ImageAnalyzeStage stage;
    const StageResult r =
        test::run(stage, test::data(QStringLiteral("image/pil_sample_cmyk.jpg")), {{"colors", 2}});
    QVERIFY2(r.ok, qPrintable(r.error));
    const QJsonArray colors = r.output.value("content").toObject().value("dominant_colors").toArray();
    QCOMPARE(colors.size(), 2);
    const QColor first(colors[0].toObject().value("hex").toString());
    const QColor second(colors[1].toObject().value("hex").toString());
    QVERIFY2(first.lightness() < 40, qPrintable(first.name()));
    QVERIFY2(second.red() > 150 && second.green() < 90, qPrintable(second.name()));
    QVERIFY(colors[0].toObject().value("share").toDouble() > colors[1].toObject().value("share").toDouble());
}

void TestImageAnalyzeStage::facesFound() {
    // Grace Hopper's portrait: one frontal face once the EXIF rotation is applied.
    ImageAnalyzeStage stage;
    const StageResult r = test::run(stage, test::data(QStringLiteral("image/hopper_orientation_6.jpg")));
    QVERIFY2(r.ok, qPrintable(r.error));
    const QJsonObject faces = r.output.value("faces").toObject();
    QVERIFY2(!faces.contains("error"), qPrintable(faces.value("error").toString()));
    QCOMPARE(faces.value("count").toInt(), 1);
    const QJsonObject box = faces.value("boxes").toArray().first().toObject();
    QVERIFY(box.value("w").toInt() > 30 && box.value("x").toInt() >= 0);
}

void TestImageAnalyzeStage::hostileInputs_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("prefix");
    QTest::newRow("gif bomb") << "image/decompression_bomb.gif"
                              << "decompression bomb: ";
    QTest::newRow("png text bomb") << "image/png_decompression_dos.png"
                                   << "decompression bomb: ";
    QTest::newRow("truncated jpeg") << "image/truncated_jpeg.jpg"
                                    << "corrupt or truncated image: ";
    QTest::newRow("truncated png") << "image/truncated_image.png"
                                   << "corrupt or truncated image: ";
    QTest::newRow("text") << "text/crlf.txt"
                          << "not a readable image: ";
}

void TestImageAnalyzeStage::hostileInputs() {
    QFETCH(QString, file);
    QFETCH(QString, prefix);
    ImageAnalyzeStage stage;
    const StageResult r = test::run(stage, test::data(file));
    QVERIFY(!r.ok);
    QVERIFY(!r.transient);
    QVERIFY2(r.error.startsWith(prefix), qPrintable(r.error));
}

void TestImageAnalyzeStage::nearDuplicatesGrouped() {
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.png"));
    const QString b = dir.filePath(QStringLiteral("b_half.jpg"));
    const QString c = dir.filePath(QStringLiteral("c_other.png"));
    const QImage im = scene();
    QVERIFY(im.save(a));
    QVERIFY(im.scaled(100, 75, Qt::IgnoreAspectRatio, Qt::SmoothTransformation).save(b, "JPEG", 85));
    QVERIFY(im.mirrored(true, true).save(c)); // same colours, different layout
    ImageAnalyzeStage stage;
    const StageResult ra = test::run(stage, a);
    const StageResult rb = test::run(stage, b);
    const StageResult rc = test::run(stage, c);
    QVERIFY(ra.ok && rb.ok && rc.ok);
    QCOMPARE(ra.output.value("duplicate_of").toString(), QString());
    QCOMPARE(rb.output.value("duplicate_of").toString(), a);
    const QJsonObject db = rb.output.value("duplicates").toObject();
    QCOMPARE(db.value("group").toString(), a);
    QVERIFY(db.value("near_duplicates").toArray().first().toObject().value("distance").toInt() <= 8);
    QVERIFY(!db.contains("exact_duplicate_of"));
    QCOMPARE(rc.output.value("duplicate_of").toString(), QString());
    QCOMPARE(rc.output.value("duplicates").toObject().value("group").toString(), c);
}

void TestImageAnalyzeStage::exactDuplicateAndPorts() {
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.png"));
    const QString copy = dir.filePath(QStringLiteral("copy.png"));
    QVERIFY(scene().save(a));
    QVERIFY(QFile::copy(a, copy));
    ImageAnalyzeStage stage;
    QCOMPARE(stage.outputs({{"duplicate_ports", true}}).size(), 2);
    const StageResult ra = test::run(stage, a, {{"duplicate_ports", true}});
    const StageResult rc = test::run(stage, copy, {{"duplicate_ports", true}});
    QCOMPARE(ra.activePorts, QStringList{QStringLiteral("unique")});
    QCOMPARE(rc.activePorts, QStringList{QStringLiteral("duplicate")});
    QCOMPARE(rc.output.value("duplicates").toObject().value("exact_duplicate_of").toString(), a);
    // Re-processing the same path is not a duplicate of itself.
    const StageResult again = test::run(stage, a, {{"duplicate_ports", true}});
    QCOMPARE(again.output.value("duplicates").toObject().value("exact_duplicate_of").toString(), copy);
    // A different scope does not see the others.
    const StageResult other = test::run(stage, copy, {{"duplicate_scope", "elsewhere"}});
    QCOMPARE(other.output.value("duplicate_of").toString(), QString());
}

void TestImageAnalyzeStage::nearDuplicatesSurviveARestart() {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("state.sqlite"));
    const QString a = dir.filePath(QStringLiteral("a.png"));
    const QString b = dir.filePath(QStringLiteral("b_half.jpg"));
    const QString c = dir.filePath(QStringLiteral("c_copy.png"));
    const QString lone = dir.filePath(QStringLiteral("lone.png"));
    const QImage im = scene();
    QVERIFY(im.save(a));
    QVERIFY(im.scaled(100, 75, Qt::IgnoreAspectRatio, Qt::SmoothTransformation).save(b, "JPEG", 85));
    QVERIFY(im.mirrored(true, true).save(lone));
    ImageAnalyzeStage stage;
    const QJsonObject scoped{{"duplicate_scope", "inbox"}, {"faces", false}};
    {
        StateStore store;
        QVERIFY(store.open(db));
        DuplicateRegistry::instance().attachStore(&store);
        QVERIFY(test::run(stage, a, scoped).ok);
        QVERIFY(test::run(stage, lone, {{"faces", false}}).ok); // the "batch" scope
        DuplicateRegistry::instance().detachStore(&store);
        QCOMPARE(store.imageHashes(QStringLiteral("inbox"), 100).size(), 1);
        QCOMPARE(store.imageHashes(QStringLiteral("batch"), 100).size(), 0); // a batch is one run
    }
    DuplicateRegistry::instance().clear(); // as after a restart: nothing in memory
    {
        StateStore store;
        QVERIFY(store.open(db));
        DuplicateRegistry::instance().attachStore(&store);
        const StageResult rb = test::run(stage, b, scoped);
        QVERIFY2(rb.ok, qPrintable(rb.error));
        QCOMPARE(rb.output.value("duplicate_of").toString(), a);
        QCOMPARE(rb.output.value("duplicates").toObject().value("group").toString(), a);
        const QList<ImageHashRecord> rows = store.imageHashes(QStringLiteral("inbox"), 100);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(1).path, b);
        QCOMPARE(rows.at(1).group, a);
        // A remembered image that was deleted meanwhile is no duplicate of anything.
        QVERIFY(QFile::copy(a, c));
        QVERIFY(QFile::remove(a));
        QVERIFY(QFile::remove(b));
        const StageResult rc = test::run(stage, c, scoped);
        QCOMPARE(rc.output.value("duplicate_of").toString(), QString());
        QVERIFY(!rc.output.value("duplicates").toObject().contains("exact_duplicate_of"));
        DuplicateRegistry::instance().detachStore(&store);
    }
}

QTEST_GUILESS_MAIN(TestImageAnalyzeStage)
#include "test_image_analyze_stage.moc"
