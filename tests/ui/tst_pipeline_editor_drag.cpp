// The palette's drag onto the canvas as a hand does it: a press on a palette row and moves past the
// start-drag distance start a real QDrag (QAbstractItemView::startDrag → QDrag::exec), whose own event
// loop then follows the mouse to the canvas and drops where the button is released.
//
// QDrag::exec blocks in a nested event loop, so the moves and the release that happen "during" the drag
// are queued with timers before the move that starts it; they reach the platform's drag through the
// window, as real input does. The offscreen platform has no drag (QDrag::exec returns at once), so this
// test runs on the minimal platform, whose drag is Qt's in-process QSimpleDrag (see
// tests/ui/CMakeLists.txt), and also passes under X11 (xcb, e.g. in Xvfb).

#include "ui/editor/editor_scene.h"
#include "ui/editor/editor_style.h"
#include "ui/editor/editor_view.h"
#include "ui/editor/node_item.h"
#include "ui/editor/pipeline_document.h"
#include "ui/editor/pipeline_editor_window.h"
#include "ui/editor/stage_palette.h"

#include <QApplication>
#include <QDrag>
#include <QGuiApplication>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>
#include <QWindow>
#include <functional>

using namespace sluice;

namespace {

/// The palette row of `stageId` (proxy index), invalid when filtered out.
QModelIndex paletteIndex(StagePalette* palette, const QString& stageId) {
    QSortFilterProxyModel* proxy = palette->proxy();
    for (int g = 0; g < proxy->rowCount(); ++g) {
        const QModelIndex group = proxy->index(g, 0);
        for (int r = 0; r < proxy->rowCount(group); ++r) {
            const QModelIndex index = proxy->index(r, 0, group);
            if (index.data(StagePaletteModel::StageIdRole).toString() == stageId)
                return index;
        }
    }
    return {};
}

/// What happened during one drag.
struct DragRun {
    bool dragWasRunning = false; ///< a QDrag existed while the queued moves arrived (QDrag::exec's loop)
    int nodesBefore = 0;
    int nodesAfter = 0;
};

/// Drags the palette row of `stageId` with the mouse: press on the row, three moves inside the palette
/// (the last one past QApplication::startDragDistance() starts the QDrag), then — inside the drag's event
/// loop — moves over `path` (points in the window) and a release at its last point, or the key `cancelKey`
/// before the release when it is not 0.
DragRun dragFromPalette(PipelineEditorWindow& w, const QString& stageId, const QList<QPoint>& path,
                        int cancelKey = 0) {
    DragRun run;
    QWindow* window = w.windowHandle();
    StagePalette* palette = w.palette();
    QTreeView* tree = palette->view();
    const QModelIndex row = paletteIndex(palette, stageId);
    tree->scrollTo(row);
    const QPoint onRow = tree->viewport()->mapTo(&w, tree->visualRect(row).center());
    const QPoint farEnough = onRow + QPoint(QApplication::startDragDistance() + 6, 3);
    run.nodesBefore = int(w.document()->pipeline().nodes.size());

    // Queued now, run inside QDrag::exec's loop: each step a little later than the one before.
    int delay = 50;
    for (const QPoint& p : path) {
        QTimer::singleShot(delay, &w, [&run, tree, window, p] {
            run.dragWasRunning = run.dragWasRunning || tree->findChild<QDrag*>() != nullptr;
            QTest::mouseMove(window, p);
        });
        delay += 30;
    }
    if (cancelKey)
        QTimer::singleShot(delay, &w, [window, cancelKey] { QTest::keyClick(window, Qt::Key(cancelKey)); });
    delay += 30;
    QTimer::singleShot(
        delay, &w, [window, last = path.last()] { QTest::mouseRelease(window, Qt::LeftButton, {}, last); });

    QTest::mousePress(window, Qt::LeftButton, {}, onRow);
    QTest::mouseMove(window, onRow + QPoint(2, 1));
    QTest::mouseMove(window, farEnough); // starts the drag: returns when it has ended
    // Without a drag (a platform without one) the queued steps run here instead; let them finish.
    QTest::qWait(delay + 50);
    run.nodesAfter = int(w.document()->pipeline().nodes.size());
    return run;
}

} // namespace

class TestPipelineEditorDrag : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SluiceTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_pipeline_editor_drag"));
        if (QGuiApplication::platformName() == QLatin1String("offscreen"))
            QSKIP("the offscreen platform has no drag and drop (QDrag::exec returns at once); run with "
                  "QT_QPA_PLATFORM=minimal or under X11");
    }

    void dragStageOntoCanvas() {
        PipelineEditorWindow w;
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QWindow* window = w.windowHandle();
        QVERIFY(window);
        EditorView* view = w.view();
        view->resetZoom();
        view->centerOn(QPointF(0, 0));
        const int paletteRows = w.palette()->model()->rowCount();

        // Drop the hash stage at a point of the canvas, passing over the canvas on the way.
        const QPoint target(view->viewport()->width() / 3, view->viewport()->height() / 2);
        const QPoint inWindow = view->viewport()->mapTo(&w, target);
        const DragRun hashRun = dragFromPalette(
            w, QStringLiteral("hash"),
            {inWindow - QPoint(120, 60), inWindow - QPoint(40, 20), inWindow - QPoint(5, 2), inWindow});
        QVERIFY(hashRun.dragWasRunning);
        QCOMPARE(hashRun.nodesAfter, hashRun.nodesBefore + 1);
        const PipelineNode hash = w.document()->pipeline().nodes.last();
        QCOMPARE(hash.stage, QStringLiteral("hash"));
        // The node's grip point (top centre, 20 px down) is where the button was released.
        const QPoint landed = view->mapFromScene(hash.position + QPointF(editorstyle::kNodeWidth / 2, 20));
        QVERIFY2((landed - target).manhattanLength() <= 2,
                 qPrintable(QStringLiteral("landed at %1,%2, dropped at %3,%4")
                                .arg(landed.x())
                                .arg(landed.y())
                                .arg(target.x())
                                .arg(target.y())));
        QCOMPARE(w.scene()->selectedNodeIds(), QStringList{hash.id});
        QCOMPARE(w.document()->undoStack()->count(), 1);
        QCOMPARE(w.palette()->model()->rowCount(), paletteRows); // a copy: the palette keeps its rows

        // A second drag at another zoom lands where it is dropped too, and connects nothing by itself.
        view->zoomBy(0.5);
        const QPoint target2(view->viewport()->width() * 3 / 4, view->viewport()->height() / 4);
        const DragRun textRun = dragFromPalette(
            w, QStringLiteral("text"),
            {view->viewport()->mapTo(&w, target2 + QPoint(30, 30)), view->viewport()->mapTo(&w, target2)});
        QVERIFY(textRun.dragWasRunning);
        QCOMPARE(textRun.nodesAfter, textRun.nodesBefore + 1);
        const PipelineNode text = w.document()->pipeline().nodes.last();
        QCOMPARE(text.stage, QStringLiteral("text"));
        const QPoint landed2 = view->mapFromScene(text.position + QPointF(editorstyle::kNodeWidth / 2, 20));
        QVERIFY2((landed2 - target2).manhattanLength() <= 2,
                 qPrintable(QStringLiteral("landed at %1,%2, dropped at %3,%4")
                                .arg(landed2.x())
                                .arg(landed2.y())
                                .arg(target2.x())
                                .arg(target2.y())));
        QVERIFY(w.document()->pipeline().edges.isEmpty());
        QVERIFY(w.scene()->nodeItem(text.id));
    }

    void dropOutsideCanvasOrEscapeAddsNothing() {
        PipelineEditorWindow w;
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        // Released over the palette itself: nothing accepts the drop.
        QTreeView* tree = w.palette()->view();
        const QPoint overPalette = tree->viewport()->mapTo(&w, tree->viewport()->rect().center());
        const DragRun back = dragFromPalette(w, QStringLiteral("hash"), {overPalette + QPoint(0, 40)});
        QVERIFY(back.dragWasRunning);
        QCOMPARE(back.nodesAfter, back.nodesBefore);

        // Escape over the canvas cancels the drag: the release then drops nothing.
        const QPoint overCanvas = w.view()->viewport()->mapTo(&w, w.view()->viewport()->rect().center());
        const DragRun cancelled = dragFromPalette(w, QStringLiteral("hash"),
                                                  {overCanvas + QPoint(-30, 0), overCanvas}, Qt::Key_Escape);
        QVERIFY(cancelled.dragWasRunning);
        QCOMPARE(cancelled.nodesAfter, cancelled.nodesBefore);
        QCOMPARE(w.document()->undoStack()->count(), 0);

        // The same drag without Escape adds the node: the two checks above can fail.
        const DragRun dropped =
            dragFromPalette(w, QStringLiteral("hash"), {overCanvas + QPoint(-30, 0), overCanvas});
        QCOMPARE(dropped.nodesAfter, dropped.nodesBefore + 1);
    }
};

QTEST_MAIN(TestPipelineEditorDrag)
#include "tst_pipeline_editor_drag.moc"
