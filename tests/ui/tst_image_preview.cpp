// Offscreen tests of the image preview tabs: before/after loaded off the GUI thread, the divider dragged
// with real mouse events, zoom and pan shared by both pictures, the analysis values, and the batch grid's
// badges.

#include "ui/image_batch_tab.h"
#include "ui/image_compare_view.h"
#include "ui/image_preview_tab.h"

#include <QJsonArray>
#include <QListWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace sluice;

namespace {

QJsonObject analysis(bool blurry, const QString& duplicateOf) {
    return QJsonObject{{QStringLiteral("width"), 80},
                       {QStringLiteral("height"), 60},
                       {QStringLiteral("format"), QStringLiteral("png")},
                       {QStringLiteral("color_mode"), QStringLiteral("rgb")},
                       {QStringLiteral("depth"), 8},
                       {QStringLiteral("quality"), QJsonObject{{QStringLiteral("sharpness"), 12.5},
                                                               {QStringLiteral("is_blurry"), blurry},
                                                               {QStringLiteral("brightness"), 120.0},
                                                               {QStringLiteral("contrast"), 30.0},
                                                               {QStringLiteral("noise"), 1.25}}},
                       {QStringLiteral("hashes"),
                        QJsonObject{{QStringLiteral("average"), QStringLiteral("ffff7f1f0f010000")}}},
                       {QStringLiteral("duplicate_of"), duplicateOf}};
}

QJsonObject result(const QString& path, const QJsonObject& analysisOut, const QString& transformed = {}) {
    QJsonObject stages{{QStringLiteral("image_analysis"), analysisOut}};
    if (!transformed.isEmpty())
        stages.insert(QStringLiteral("resize"), QJsonObject{{QStringLiteral("output"), transformed},
                                                            {QStringLiteral("decode_reduction"), 1},
                                                            {QStringLiteral("width"), 40},
                                                            {QStringLiteral("height"), 30}});
    return QJsonObject{{QStringLiteral("source"), QJsonObject{{QStringLiteral("path"), path}}},
                       {QStringLiteral("status"), QStringLiteral("ok")},
                       {QStringLiteral("stages"), stages}};
}

QString makeImage(const QTemporaryDir& dir, const QString& name, const QColor& colour, const QSize& size) {
    const QString path = dir.filePath(name);
    QImage im(size, QImage::Format_RGB32);
    im.fill(colour);
    im.save(path);
    return path;
}

} // namespace

class TestImagePreview : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void acceptsImageResultsOnly();
    void beforeAfterLoadedAndDividerDragged();
    void zoomAndPanInStep();
    void fitResetsPanAndModesNeedAnAfter();
    void batchGridBadges();
};

void TestImagePreview::acceptsImageResultsOnly() {
    ImagePreviewTab tab;
    QVERIFY(tab.accepts(result(QStringLiteral("/x.png"), analysis(false, {}))));
    QVERIFY(!tab.accepts(
        QJsonObject{{QStringLiteral("stages"),
                     QJsonObject{{QStringLiteral("pdf"), QJsonObject{{QStringLiteral("pages"), 3}}}}}}));
    QVERIFY(!tab.title().isEmpty());
}

void TestImagePreview::beforeAfterLoadedAndDividerDragged() {
    QTemporaryDir dir;
    const QString before = makeImage(dir, QStringLiteral("before.png"), Qt::red, QSize(80, 60));
    const QString after = makeImage(dir, QStringLiteral("after.png"), Qt::blue, QSize(40, 30));
    ImagePreviewTab tab;
    tab.resize(900, 500);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    tab.showResult(before, result(before, analysis(true, {}), after));
    QTRY_VERIFY(tab.view()->hasBefore() && tab.view()->hasAfter());
    QVERIFY(!tab.isLoading());
    // The values beside it: quality with the blurry flag.
    const QList<QTreeWidgetItem*> sharp =
        tab.values()->findItems(QStringLiteral("Sharpness"), Qt::MatchRecursive | Qt::MatchExactly);
    QCOMPARE(sharp.size(), 1);
    QCOMPARE(sharp.first()->text(1), QStringLiteral("12.5 (blurry)"));

    ImageCompareView* view = tab.view();
    QCOMPARE(view->divider(), 0.5);
    const QRectF r = view->beforeRect();
    const QPoint grip(int(r.left() + r.width() * 0.5), int(r.center().y()));
    const QPoint to(int(r.left() + r.width() * 0.25), int(r.center().y()));
    QTest::mousePress(view, Qt::LeftButton, {}, grip);
    QTest::mouseMove(view, to);
    QTest::mouseRelease(view, Qt::LeftButton, {}, to);
    QVERIFY2(qAbs(view->divider() - 0.25) < 0.02, qPrintable(QString::number(view->divider())));
    // Split: both pictures in one rectangle; the after (40x30) is drawn at the before's size.
    QCOMPARE(view->afterRect(), view->beforeRect());
    const QImage shot = view->grab().toImage();
    QCOMPARE(shot.pixelColor(int(r.left() + r.width() * 0.1), int(r.center().y())), QColor(Qt::red));
    QCOMPARE(shot.pixelColor(int(r.left() + r.width() * 0.8), int(r.center().y())), QColor(Qt::blue));
}

void TestImagePreview::zoomAndPanInStep() {
    QTemporaryDir dir;
    const QString before = makeImage(dir, QStringLiteral("b.png"), Qt::green, QSize(100, 100));
    const QString after = makeImage(dir, QStringLiteral("a.png"), Qt::yellow, QSize(100, 100));
    ImagePreviewTab tab;
    tab.resize(900, 500);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    tab.showResult(before, result(before, analysis(false, {}), after));
    QTRY_VERIFY(tab.view()->hasAfter());
    ImageCompareView* view = tab.view();
    view->setMode(ImageCompareView::Mode::SideBySide);
    view->setZoom(2.0);
    QCOMPARE(view->beforeRect().size(), QSizeF(200, 200));
    QCOMPARE(view->afterRect().size(), view->beforeRect().size());
    const QPointF offset = view->afterRect().topLeft() - view->beforeRect().topLeft();
    const QPoint start = view->beforeRect().center().toPoint();
    QTest::mousePress(view, Qt::LeftButton, {}, start);
    QTest::mouseMove(view, start + QPoint(30, 20));
    QTest::mouseRelease(view, Qt::LeftButton, {}, start + QPoint(30, 20));
    QCOMPARE(view->pan(), QPointF(30, 20));
    QCOMPARE(view->afterRect().topLeft() - view->beforeRect().topLeft(), offset); // moved together
    tab.clearPreview();
    QVERIFY(!view->hasBefore());
}

void TestImagePreview::fitResetsPanAndModesNeedAnAfter() {
    QTemporaryDir dir;
    const QString before = makeImage(dir, QStringLiteral("b.png"), Qt::green, QSize(100, 100));
    const QString after = makeImage(dir, QStringLiteral("a.png"), Qt::yellow, QSize(100, 100));
    ImagePreviewTab tab;
    tab.resize(900, 500);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    auto* split = tab.findChild<QToolButton*>(QStringLiteral("splitButton"));
    auto* side = tab.findChild<QToolButton*>(QStringLiteral("sideBySideButton"));
    auto* fit = tab.findChild<QToolButton*>(QStringLiteral("fitButton"));
    QVERIFY(split && side && fit);
    // No transformation in the pipeline: only the original, and the comparison modes are off.
    tab.showResult(before, result(before, analysis(false, {})));
    QTRY_VERIFY(tab.view()->hasBefore());
    QVERIFY(!tab.view()->hasAfter());
    QVERIFY(!split->isEnabled());
    QVERIFY(!side->isEnabled());
    // With one, they are on.
    tab.showResult(before, result(before, analysis(false, {}), after));
    QTRY_VERIFY(tab.view()->hasAfter());
    QVERIFY(split->isEnabled());
    QVERIFY(side->isEnabled());

    ImageCompareView* view = tab.view();
    const QRectF fitted = view->beforeRect();
    view->setZoom(3.0);
    const QPoint start = view->rect().center() + QPoint(100, 40); // away from the divider
    QTest::mousePress(view, Qt::LeftButton, {}, start);
    QTest::mouseMove(view, start + QPoint(-50, 25));
    QTest::mouseRelease(view, Qt::LeftButton, {}, start + QPoint(-50, 25));
    QCOMPARE(view->pan(), QPointF(-50, 25));
    QTest::mouseClick(fit, Qt::LeftButton);
    QCOMPARE(view->zoom(), 0.0);
    QCOMPARE(view->pan(), QPointF());
    QCOMPARE(view->beforeRect(), fitted); // centred again
    tab.clearPreview();
    QVERIFY(!split->isEnabled());
}

void TestImagePreview::batchGridBadges() {
    QTemporaryDir dir;
    const QString a = makeImage(dir, QStringLiteral("a.png"), Qt::red, QSize(50, 40));
    const QString b = makeImage(dir, QStringLiteral("b.png"), Qt::red, QSize(50, 40));
    const QString c = makeImage(dir, QStringLiteral("c.png"), Qt::gray, QSize(50, 40));
    ImageBatchTab tab(nullptr);
    tab.resize(700, 400);
    tab.addResult(dir.path(), a, result(a, analysis(false, {})));
    tab.addResult(dir.path(), b, result(b, analysis(false, a)));
    tab.addResult(dir.path(), c, result(c, analysis(true, {})));
    tab.addResult(QStringLiteral("/elsewhere"), QStringLiteral("/elsewhere/x.png"),
                  result(QStringLiteral("/elsewhere/x.png"), analysis(false, {})));
    tab.showResult(b, result(b, analysis(false, a)));
    QCOMPARE(tab.grid()->count(), 3); // the same folder only
    QCOMPARE(tab.badgesOf(a), QStringList());
    QCOMPARE(tab.badgesOf(b), QStringList{QStringLiteral("duplicate")});
    QCOMPARE(tab.badgesOf(c), QStringList{QStringLiteral("blurry")});
    QCOMPARE(tab.grid()->currentItem()->text(), QStringLiteral("b.png"));
    QTRY_VERIFY(!tab.isLoading());
    QTRY_VERIFY(!tab.grid()->item(2)->icon().isNull());
}

QTEST_MAIN(TestImagePreview)
#include "tst_image_preview.moc"
