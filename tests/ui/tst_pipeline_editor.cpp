// The visual pipeline editor, offscreen: a pipeline built with real mouse events (palette, drop, port
// drags, node moves), saved and read back by the core; undo/redo; refused connections; the problems list;
// route rules in a table; "Try it" on real files; dry run; tidy layout.

#include "service/processing_service.h"
#include "ui/editor/dry_run_dialog.h"
#include "ui/editor/edge_item.h"
#include "ui/editor/edge_route.h"
#include "ui/editor/editor_scene.h"
#include "ui/editor/editor_style.h"
#include "ui/editor/editor_view.h"
#include "ui/editor/node_item.h"
#include "ui/editor/node_output_panel.h"
#include "ui/editor/param_editor.h"
#include "ui/editor/pipeline_document.h"
#include "ui/editor/pipeline_editor_window.h"
#include "ui/editor/port_item.h"
#include "ui/editor/property_panel.h"
#include "ui/editor/route_rules_editor.h"
#include "ui/editor/stage_palette.h"
#include "ui/editor/try_run.h"
#include "ui/editor/validation_panel.h"
#include "ui/json_tree_model.h"
#include "ui/main_window.h"
#include "ui/settings.h"
#include "ui/watch_folder_controller.h"
#include "ui/watch_folder_model.h"
#include "ui/watch_folder_settings.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QFontMetricsF>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

using namespace sluice;

namespace {

QString data(const QString& relative) {
    return QStringLiteral(SLUICE_TEST_DATA) + QLatin1Char('/') + relative;
}

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

/// Saves a picture of `widget` as <name>.png in $SLUICE_UI_SCREENSHOTS, when that variable is set.
void saveScreenshot(QWidget* widget, const QString& name) {
    const QString dir = qEnvironmentVariable("SLUICE_UI_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QCoreApplication::sendPostedEvents();
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

QPoint toView(EditorView* view, const QPointF& scenePos) {
    return view->mapFromScene(scenePos);
}

/// A left-button drag on the view's viewport with intermediate moves, as a hand would do it.
void drag(EditorView* view, const QPointF& fromScene, const QPointF& toScene) {
    QWidget* vp = view->viewport();
    const QPoint a = toView(view, fromScene);
    const QPoint b = toView(view, toScene);
    QTest::mousePress(vp, Qt::LeftButton, {}, a);
    for (int i = 1; i <= 6; ++i)
        QTest::mouseMove(vp, a + (b - a) * i / 6);
    QTest::mouseRelease(vp, Qt::LeftButton, {}, b);
}

QPointF portPos(EditorScene* scene, const QString& node, const QString& port, bool output) {
    NodeItem* item = scene->nodeItem(node);
    if (!item || !item->port(port, output))
        return {};
    return item->port(port, output)->scenePos();
}

/// Drags from an output port to an input port.
void connectPorts(PipelineEditorWindow& w, const QString& from, const QString& fromPort, const QString& to,
                  const QString& toPort = QStringLiteral("in")) {
    drag(w.view(), portPos(w.scene(), from, fromPort, true), portPos(w.scene(), to, toPort, false));
}

/// Moves a node by dragging its header.
void moveNode(PipelineEditorWindow& w, const QString& id, const QPointF& delta) {
    const QPointF grip = w.scene()->nodeItem(id)->scenePos() + QPointF(120, 12);
    drag(w.view(), grip, grip + delta);
}

Pipeline pipelineFromJson(const char* json) {
    Pipeline p;
    QString error;
    if (!Pipeline::fromJson(json, p, &error))
        qFatal("bad test pipeline: %s", qPrintable(error));
    return p;
}

/// mime → route by type → text / pdf_text, each followed by nothing: small enough to try quickly.
const char* kSmallRoute = R"({"format": "sluice-pipeline", "version": 1, "name": "small",
  "nodes": [
    {"id": "mime", "stage": "mime", "params": {}, "position": [0, 0]},
    {"id": "by_type", "stage": "route", "position": [260, 0], "params": {"rules": [
        {"port": "pdf", "mime": ["application/pdf"]}, {"port": "text", "mime": ["text/plain"]}],
        "default_port": "other"}},
    {"id": "pdf", "stage": "pdf_text", "params": {}, "position": [520, -120]},
    {"id": "text", "stage": "text", "params": {}, "position": [520, 120]}],
  "edges": [
    {"from": "mime", "from_port": "out", "to": "by_type", "to_port": "in"},
    {"from": "by_type", "from_port": "pdf", "to": "pdf", "to_port": "in"},
    {"from": "by_type", "from_port": "text", "to": "text", "to_port": "in"}]})";

} // namespace

class TestPipelineEditor : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SluiceTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_pipeline_editor"));
    }

    void paletteModel() {
        StagePalette palette;
        QAbstractItemModelTester tester(palette.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(paletteIndex(&palette, QStringLiteral("route")).isValid());
        QVERIFY(paletteIndex(&palette, QStringLiteral("pdf_text")).isValid());
        // The search filters stages and keeps their groups.
        QTest::keyClicks(palette.searchField(), QStringLiteral("digests")); // in the hash stage's description
        QVERIFY(paletteIndex(&palette, QStringLiteral("hash")).isValid());
        QVERIFY(!paletteIndex(&palette, QStringLiteral("route")).isValid());
        palette.searchField()->clear();
        QVERIFY(paletteIndex(&palette, QStringLiteral("route")).isValid());
        // A stage row drags as the stage id.
        const QModelIndex source =
            palette.proxy()->mapToSource(paletteIndex(&palette, QStringLiteral("hash")));
        std::unique_ptr<QMimeData> mime(palette.model()->mimeData({source}));
        QCOMPARE(mime->data(QString::fromLatin1(kStageMimeType)), QByteArray("hash"));
    }

    void buildWithMouseSaveAndLoad() {
        PipelineEditorWindow w;
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        PipelineDocument* doc = w.document();

        // 1. Enter on a palette row.
        StagePalette* palette = w.palette();
        QTest::keyClicks(palette->searchField(), QStringLiteral("mime"));
        const QModelIndex mimeRow = paletteIndex(palette, QStringLiteral("mime"));
        QVERIFY(mimeRow.isValid());
        palette->view()->setCurrentIndex(mimeRow);
        QTest::keyClick(palette->view(), Qt::Key_Return);
        QCOMPARE(doc->pipeline().nodes.size(), 1);
        QCOMPARE(doc->pipeline().nodes.first().stage, QStringLiteral("mime"));
        palette->searchField()->clear();

        // 2. Double-click on a palette row.
        const QModelIndex textRow = paletteIndex(palette, QStringLiteral("text"));
        palette->view()->scrollTo(textRow);
        const QPoint textPoint = palette->view()->visualRect(textRow).center();
        QTest::mouseClick(palette->view()->viewport(), Qt::LeftButton, {}, textPoint);
        QTest::mouseDClick(palette->view()->viewport(), Qt::LeftButton, {}, textPoint);
        QCOMPARE(doc->pipeline().nodes.size(), 2);
        QCOMPARE(doc->pipeline().nodes.at(1).stage, QStringLiteral("text"));

        // 3. A drop from the palette onto the canvas: the offscreen platform has no QDrag, so the drop events
        //    the view receives are sent directly, with the palette model's own MIME data (the whole drag
        //    with the mouse, through QDrag::exec, is tst_pipeline_editor_drag).
        const QModelIndex hashSource =
            palette->proxy()->mapToSource(paletteIndex(palette, QStringLiteral("hash")));
        std::unique_ptr<QMimeData> mime(palette->model()->mimeData({hashSource}));
        const QPoint dropAt(300, 400);
        QDragEnterEvent enter(dropAt, Qt::CopyAction, mime.get(), Qt::LeftButton, {});
        QCoreApplication::sendEvent(w.view()->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(dropAt, Qt::CopyAction, mime.get(), Qt::LeftButton, {});
        QCoreApplication::sendEvent(w.view()->viewport(), &drop);
        QCOMPARE(doc->pipeline().nodes.size(), 3);
        const PipelineNode hash = doc->pipeline().nodes.at(2);
        QCOMPARE(hash.stage, QStringLiteral("hash"));
        const QPoint landed =
            w.view()->mapFromScene(hash.position + QPointF(editorstyle::kNodeWidth / 2, 20));
        QVERIFY(qAbs(landed.x() - dropAt.x()) <= 1 && qAbs(landed.y() - dropAt.y()) <= 1);

        // 4. Spread the nodes by dragging them: positions land in the document, one undo step each.
        const QString mimeId = doc->pipeline().nodes.at(0).id;
        const QString textId = doc->pipeline().nodes.at(1).id;
        const QString hashId = hash.id;
        const QPointF textBefore = doc->pipeline().node(textId)->position;
        const int stepsBefore = doc->undoStack()->count();
        moveNode(w, textId, QPointF(520, 60));
        QCOMPARE(doc->undoStack()->count(), stepsBefore + 1);
        const QPointF moved = doc->pipeline().node(textId)->position - textBefore;
        QVERIFY2(qAbs(moved.x() - 520) <= 2 && qAbs(moved.y() - 60) <= 2,
                 qPrintable(QStringLiteral("moved by %1,%2").arg(moved.x()).arg(moved.y())));
        moveNode(w, hashId,
                 w.scene()->nodeItem(mimeId)->scenePos() + QPointF(260, 0) -
                     w.scene()->nodeItem(hashId)->scenePos());

        // 5. Connect mime → hash → text by dragging from port to port.
        connectPorts(w, mimeId, QStringLiteral("out"), hashId);
        connectPorts(w, hashId, QStringLiteral("out"), textId);
        QCOMPARE(doc->pipeline().edges.size(), 2);
        QVERIFY(doc->pipeline().edges.contains(
            PipelineEdge{mimeId, QStringLiteral("out"), hashId, QStringLiteral("in")}));
        QVERIFY(doc->pipeline().edges.contains(
            PipelineEdge{hashId, QStringLiteral("out"), textId, QStringLiteral("in")}));
        QVERIFY(w.scene()->edgeItem(doc->pipeline().edges.first()));
        QVERIFY(doc->pipeline().validate().isEmpty());
        QCOMPARE(w.validationPanel()->list()->count(), 0);

        // 6. Save, load with the core, compare.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("drawn.sluice.json"));
        QString error;
        QVERIFY2(w.saveTo(path, &error), qPrintable(error));
        QVERIFY(!doc->isModified());
        Pipeline loaded;
        QVERIFY2(Pipeline::load(path, loaded, &error), qPrintable(error));
        QCOMPARE(loaded.toJsonObject(), doc->pipeline().toJsonObject());
        QCOMPARE(loaded.nodes.size(), 3);
        QCOMPARE(loaded.node(textId)->position, doc->pipeline().node(textId)->position);
        QVERIFY(loaded.validate().isEmpty());
        QCOMPARE(loaded.topologicalOrder(), (QStringList{mimeId, hashId, textId}));
    }

    void undoRedoRestoresExactJson() {
        PipelineEditorWindow w;
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        PipelineDocument* doc = w.document();
        QList<QByteArray> states{doc->snapshot()};
        const QString a = w.addStageAtCentre(QStringLiteral("mime"));
        states << doc->snapshot();
        const QString b = w.addStageAtCentre(QStringLiteral("route"));
        states << doc->snapshot();
        moveNode(w, b, QPointF(300, 0));
        states << doc->snapshot();
        connectPorts(w, a, QStringLiteral("out"), b);
        states << doc->snapshot();

        // Typing into one field is one undo step (consecutive edits of one field merge).
        w.scene()->selectNode(b);
        ParamEditor* port = w.propertyPanel()->editor(QStringLiteral("default_port"));
        QVERIFY(port);
        auto* line = qobject_cast<QLineEdit*>(port->focusWidget_());
        QVERIFY(line);
        line->selectAll();
        const int before = doc->undoStack()->count();
        QTest::keyClicks(line, QStringLiteral("rest"));
        QCOMPARE(doc->undoStack()->count(), before + 1);
        QCOMPARE(doc->pipeline().node(b)->params.value(QStringLiteral("default_port")).toString(),
                 QStringLiteral("rest"));
        QVERIFY(w.scene()->nodeItem(b)->port(QStringLiteral("rest"), true));
        states << doc->snapshot();
        w.scene()->clearSelection();
        w.deleteSelection(); // nothing selected: no step
        QCOMPARE(doc->undoStack()->count(), int(states.size() - 1));

        for (int i = int(states.size()) - 2; i >= 0; --i) {
            doc->undoStack()->undo();
            QCOMPARE(doc->snapshot(), states.at(i));
            QCOMPARE(w.scene()->nodeItems().size(), doc->pipeline().nodes.size());
        }
        for (int i = 1; i < states.size(); ++i) {
            doc->undoStack()->redo();
            QCOMPARE(doc->snapshot(), states.at(i));
        }
        QCOMPARE(w.scene()->edgeItems().size(), 1);
    }

    void incompatibleConnectionRefused() {
        PipelineEditorWindow w;
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.setPipeline(pipelineFromJson(R"({"format": "sluice-pipeline", "version": 1, "name": "t", "nodes": [
            {"id": "shrink", "stage": "image_transform", "params": {}, "position": [0, 0]},
            {"id": "text", "stage": "text", "params": {}, "position": [400, 0]}], "edges": []})"));
        w.view()->resetZoom();
        w.view()->centerOn(QPointF(300, 50));
        connectPorts(w, QStringLiteral("shrink"), QStringLiteral("out"), QStringLiteral("text"));
        QVERIFY(w.document()->pipeline().edges.isEmpty());
        QVERIFY2(w.lastMessage().contains(QLatin1String("'image' output cannot feed a 'text' input")),
                 qPrintable(w.lastMessage()));
        QCOMPARE(w.document()->undoStack()->count(), 0);
        // Input to input is refused too.
        drag(w.view(), portPos(w.scene(), QStringLiteral("shrink"), QStringLiteral("in"), false),
             portPos(w.scene(), QStringLiteral("text"), QStringLiteral("in"), false));
        QVERIFY(w.document()->pipeline().edges.isEmpty());
        QVERIFY(w.lastMessage().contains(QLatin1String("output to an input")));
    }

    void cycleRefusedAndReported() {
        PipelineEditorWindow w;
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.setPipeline(pipelineFromJson(R"({"format": "sluice-pipeline", "version": 1, "name": "t", "nodes": [
            {"id": "a", "stage": "mime", "params": {}, "position": [0, 0]},
            {"id": "b", "stage": "hash", "params": {}, "position": [300, 0]}],
            "edges": [{"from": "a", "from_port": "out", "to": "b", "to_port": "in"}]})"));
        w.view()->resetZoom();
        w.view()->centerOn(QPointF(250, 50));
        connectPorts(w, QStringLiteral("b"), QStringLiteral("out"), QStringLiteral("a"));
        QCOMPARE(w.document()->pipeline().edges.size(), 1);
        QVERIFY2(w.lastMessage().contains(QLatin1String("cycle")), qPrintable(w.lastMessage()));

        // A file with a cycle and an unknown stage loads; the problems list names them and focuses the node.
        w.setPipeline(pipelineFromJson(R"({"format": "sluice-pipeline", "version": 1, "name": "t", "nodes": [
            {"id": "a", "stage": "mime", "params": {}, "position": [0, 0]},
            {"id": "b", "stage": "hash", "params": {"algorithms": ["crc99"]}, "position": [300, 0]},
            {"id": "far", "stage": "no_such_stage", "params": {}, "position": [3000, 2000]}],
            "edges": [{"from": "a", "from_port": "out", "to": "b", "to_port": "in"},
                      {"from": "b", "from_port": "out", "to": "a", "to_port": "in"}]})"));
        QListWidget* list = w.validationPanel()->list();
        QStringList texts;
        for (int i = 0; i < list->count(); ++i)
            texts << list->item(i)->text();
        const QList<ValidationIssue> core = w.document()->pipeline().validate();
        QCOMPARE(texts.size(), core.size());
        for (const ValidationIssue& issue : core)
            QVERIFY(texts.contains(issue.toString())); // the same lines `sluice-cli validate` prints
        QVERIFY(texts.filter(QStringLiteral("cycle through nodes")).size() == 1);
        QVERIFY(texts.filter(QStringLiteral("node 'far': unknown stage 'no_such_stage'")).size() == 1);
        QVERIFY(texts.filter(QStringLiteral("node 'b', parameter 'algorithms'")).size() == 1);
        QVERIFY(!w.scene()->nodeItem(QStringLiteral("b"))->look().problems.isEmpty());

        const int row = texts.indexOf(texts.filter(QStringLiteral("node 'far'")).first());
        list->scrollToItem(list->item(row));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualItemRect(list->item(row)).center());
        QCOMPARE(w.scene()->selectedNodeIds(), QStringList{QStringLiteral("far")});
        const QPointF centre = w.view()->mapToScene(w.view()->viewport()->rect().center());
        QVERIFY(w.scene()
                    ->nodeItem(QStringLiteral("far"))
                    ->sceneBoundingRect()
                    .adjusted(-5, -5, 5, 5)
                    .contains(centre));
    }

    void routeRulesInTable() {
        PipelineEditorWindow w;
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.setPipeline(pipelineFromJson(kSmallRoute));
        w.view()->resetZoom();
        w.view()->centerOn(QPointF(300, 0));
        // Select the route node with a click on its header.
        QTest::mouseClick(
            w.view()->viewport(), Qt::LeftButton, {},
            toView(w.view(), w.scene()->nodeItem(QStringLiteral("by_type"))->scenePos() + QPointF(120, 12)));
        QCOMPARE(w.propertyPanel()->nodeId(), QStringLiteral("by_type"));
        auto* rules = qobject_cast<RouteRulesEditor*>(w.propertyPanel()->editor(QStringLiteral("rules")));
        QVERIFY(rules);
        QTableWidget* table = rules->table();
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, RouteRulesEditor::Port)->text(), QStringLiteral("pdf"));
        QCOMPARE(table->item(1, RouteRulesEditor::Mime)->text(), QStringLiteral("text/plain"));

        rules->findChild<QToolButton*>(QStringLiteral("addRule"))->click();
        QCOMPARE(table->rowCount(), 3);
        table->item(2, RouteRulesEditor::Port)->setText(QStringLiteral("blurry"));
        table->item(2, RouteRulesEditor::Mime)->setText(QStringLiteral("image/*"));
        table->item(2, RouteRulesEditor::Field)->setText(QStringLiteral("image_analysis.quality.is_blurry"));
        qobject_cast<QComboBox*>(table->cellWidget(2, RouteRulesEditor::Op))
            ->setCurrentText(QStringLiteral("=="));
        table->item(2, RouteRulesEditor::Value)->setText(QStringLiteral("true"));
        const QJsonObject rule = w.document()
                                     ->pipeline()
                                     .node(QStringLiteral("by_type"))
                                     ->params.value(QStringLiteral("rules"))
                                     .toArray()
                                     .at(2)
                                     .toObject();
        QCOMPARE(rule, QJsonDocument::fromJson(R"({"port": "blurry", "mime": ["image\u002f*"],
            "field": "image_analysis.quality.is_blurry", "op": "==", "value": true})")
                           .object());
        QVERIFY(w.scene()->nodeItem(QStringLiteral("by_type"))->port(QStringLiteral("blurry"), true));
        QCOMPARE(w.validationPanel()->list()->count(), 0);

        // A bad MIME type is marked at once, in the row and in the problems list.
        table->item(0, RouteRulesEditor::Mime)->setText(QStringLiteral("pdf"));
        QCOMPARE(w.validationPanel()->list()->count(), 1);
        QVERIFY(
            w.validationPanel()->list()->item(0)->text().contains(QLatin1String("rules[0]: mime \"pdf\"")));
        QCOMPARE(table->item(0, RouteRulesEditor::Port)->background().color(), QColor(0xfb, 0xe3, 0xe3));
        QVERIFY(!rules->problem().isEmpty());
        saveScreenshot(&w, QStringLiteral("editor-route-rules"));
        QVERIFY(table->item(1, RouteRulesEditor::Port)->background().style() == Qt::NoBrush);
        w.document()->undoStack()->undo();
        QCOMPARE(table->item(0, RouteRulesEditor::Mime)->text(), QStringLiteral("application/pdf"));
        QCOMPARE(w.validationPanel()->list()->count(), 0);
    }

    void copyPasteDuplicateDelete() {
        PipelineEditorWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.setPipeline(pipelineFromJson(kSmallRoute));
        PipelineDocument* doc = w.document();
        w.scene()->nodeItem(QStringLiteral("mime"))->setSelected(true);
        w.scene()->nodeItem(QStringLiteral("by_type"))->setSelected(true);
        w.copySelection();
        w.paste();
        QCOMPARE(doc->pipeline().nodes.size(), 6);
        QVERIFY(doc->pipeline().node(QStringLiteral("mime_2")));
        QVERIFY(doc->pipeline().node(QStringLiteral("by_type_2")));
        QVERIFY(
            doc->pipeline().edges.contains(PipelineEdge{QStringLiteral("mime_2"), QStringLiteral("out"),
                                                        QStringLiteral("by_type_2"), QStringLiteral("in")}));
        QCOMPARE(doc->pipeline().node(QStringLiteral("mime_2"))->position, QPointF(40, 40));
        QCOMPARE(w.scene()->selectedNodeIds(),
                 (QStringList{QStringLiteral("mime_2"), QStringLiteral("by_type_2")}));
        w.duplicateSelection();
        QCOMPARE(doc->pipeline().nodes.size(), 8);
        QVERIFY(doc->pipeline().node(QStringLiteral("by_type_3")));
        w.deleteSelection();
        w.scene()->selectNode(QStringLiteral("by_type_2"));
        w.deleteSelection();
        QCOMPARE(doc->pipeline().nodes.size(), 5);
        QVERIFY(!doc->pipeline().node(QStringLiteral("by_type_2")));
        for (const PipelineEdge& e : doc->pipeline().edges)
            QVERIFY(e.from != QLatin1String("by_type_2") && e.to != QLatin1String("by_type_2"));
        // Deleting one selected edge.
        w.scene()->clearSelection();
        w.scene()
            ->edgeItem(PipelineEdge{QStringLiteral("by_type"), QStringLiteral("text"), QStringLiteral("text"),
                                    QStringLiteral("in")})
            ->setSelected(true);
        w.deleteSelection();
        QCOMPARE(doc->pipeline().edges.size(), 2); // mime → by_type → pdf remain
        QCOMPARE(doc->pipeline().nodes.size(), 5);
    }

    void tryItShowsEachNodesOutput() {
        PipelineEditorWindow w;
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.setPipeline(pipelineFromJson(kSmallRoute));
        QSignalSpy finished(w.tryRun(), &TryRun::finished);
        QSignalSpy statuses(w.tryRun(), &TryRun::nodeStatus);
        QString error;
        QVERIFY2(w.tryFile(data(QStringLiteral("text/crlf.txt")), &error), qPrintable(error));
        QCOMPARE(w.scene()->nodeItem(QStringLiteral("pdf"))->runStatus(), QStringLiteral("waiting"));
        QVERIFY(finished.wait(30000));
        QCOMPARE(w.scene()->nodeItem(QStringLiteral("mime"))->runStatus(), QStringLiteral("done"));
        QCOMPARE(w.scene()->nodeItem(QStringLiteral("by_type"))->runStatus(), QStringLiteral("done"));
        QCOMPARE(w.scene()->nodeItem(QStringLiteral("text"))->runStatus(), QStringLiteral("done"));
        QCOMPARE(w.scene()->nodeItem(QStringLiteral("pdf"))->runStatus(), QStringLiteral("not_reached"));
        QStringList seen;
        for (const QList<QVariant>& s : statuses)
            seen << s.at(0).toString() + QLatin1Char(':') + s.at(1).toString();
        QCOMPARE(seen.mid(0, 2), (QStringList{QStringLiteral("mime:running"), QStringLiteral("mime:done")}));
        QVERIFY(seen.contains(QStringLiteral("text:running")));

        // Click the text node: its output (the file's text) shows in the side panel.
        QTest::mouseClick(
            w.view()->viewport(), Qt::LeftButton, {},
            toView(w.view(), w.scene()->nodeItem(QStringLiteral("text"))->scenePos() + QPointF(120, 12)));
        NodeOutputPanel* out = w.outputPanel();
        QFile file(data(QStringLiteral("text/crlf.txt")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString expected =
            QString::fromUtf8(file.readAll()).replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        QCOMPARE(out->textView()->toPlainText().replace(QStringLiteral("\r\n"), QStringLiteral("\n")),
                 expected);
        QVERIFY(out->header()->text().contains(QLatin1String("done")));
        QCOMPARE(out->jsonModel()->document().value(QStringLiteral("lines")).toInt(), 3);
        QCOMPARE(out->tabs()->tabText(0), QStringLiteral("Text"));

        // A PDF goes the other way; the pdf node shows its text and a rendered first page.
        QVERIFY2(w.tryFile(data(QStringLiteral("pdf/issue-336-example.pdf")), &error), qPrintable(error));
        QVERIFY(finished.wait(60000));
        QCOMPARE(w.scene()->nodeItem(QStringLiteral("pdf"))->runStatus(), QStringLiteral("done"));
        QCOMPARE(w.scene()->nodeItem(QStringLiteral("text"))->runStatus(), QStringLiteral("not_reached"));
        QSignalSpy picture(out, &NodeOutputPanel::pictureReady);
        w.scene()->selectNode(QStringLiteral("pdf"));
        QVERIFY(!out->textView()->toPlainText().trimmed().isEmpty());
        QVERIFY(picture.wait(30000));
        QVERIFY(!out->picture().isNull());
        QVERIFY(out->picture().width() > 100);
        saveScreenshot(&w, QStringLiteral("editor-try-pdf"));
        // The route node's output names the branch.
        w.scene()->selectNode(QStringLiteral("by_type"));
        QCOMPARE(out->jsonModel()->document().value(QStringLiteral("port")).toString(),
                 QStringLiteral("pdf"));
    }

    void tidyLayoutAndFit() {
        PipelineEditorWindow w;
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QString error;
        QVERIFY2(w.newFrom(QStringLiteral("inbox"), &error), qPrintable(error));
        // The built-in file's positions are for smaller cards: opening it tidies them, without an undo step.
        QCOMPARE(w.document()->undoStack()->count(), 0);
        QVERIFY(w.document()->pipeline().node(QStringLiteral("log"))->position != QPointF(960, 200));
        const Pipeline& p = w.document()->pipeline();
        auto x = [&](const char* id) {
            return p.node(QString::fromLatin1(id))->position.x();
        };
        QVERIFY(x("mime") < x("hash"));
        QVERIFY(x("hash") < x("by_type"));
        QVERIFY(x("by_type") < x("pdf"));
        QCOMPARE(x("pdf"), x("text"));
        QVERIFY(x("image") < x("image_analysis"));
        QVERIFY(x("image_analysis") < x("log"));
        // No two nodes overlap.
        const QList<NodeItem*> items = w.scene()->nodeItems();
        for (int i = 0; i < items.size(); ++i)
            for (int j = i + 1; j < items.size(); ++j)
                QVERIFY(!items.at(i)
                             ->sceneBoundingRect()
                             .adjusted(0, 16, 0, 0)
                             .intersects(items.at(j)->sceneBoundingRect().adjusted(0, 16, 0, 0)));
        // Fit shows every node.
        const QRectF visible = w.view()->mapToScene(w.view()->viewport()->rect()).boundingRect();
        for (NodeItem* n : items)
            QVERIFY(visible.contains(n->sceneBoundingRect()));
        saveScreenshot(&w, QStringLiteral("editor-inbox"));
        // Tidying after a move is one undo step.
        const QPointF tidyLog = p.node(QStringLiteral("log"))->position;
        moveNode(w, QStringLiteral("log"), QPointF(0, 150));
        QVERIFY(p.node(QStringLiteral("log"))->position != tidyLog);
        w.tidyLayout();
        QCOMPARE(p.node(QStringLiteral("log"))->position, tidyLog);
        QCOMPARE(w.document()->undoStack()->count(), 2);
        w.document()->undoStack()->undo();
        QVERIFY(p.node(QStringLiteral("log"))->position != tidyLog);
    }

    void edgeRoutingAroundObstacles() {
        const QPointF a(0, 0);
        const QPointF b(600, 10);
        // Nothing in the way: the plain curve.
        QCOMPARE(routeEdge(a, b, {}), EdgeItem::curve(a, b));
        QCOMPARE(routeEdge(a, b, {QRectF(250, 200, 100, 80)}), EdgeItem::curve(a, b));
        // A card across the straight line, and a column of two cards with a gap between them.
        const QList<QRectF> one{QRectF(250, -40, 100, 80)};
        QVERIFY(pathCrossesAny(EdgeItem::curve(a, b), one));
        const QPainterPath around = routeEdge(a, b, one);
        QVERIFY(!pathCrossesAny(around, one));
        QCOMPARE(around.pointAtPercent(0), a);
        QCOMPARE(around.pointAtPercent(1), b);
        const QList<QRectF> column{QRectF(250, -120, 100, 100), QRectF(250, 40, 100, 100)};
        const QPainterPath gap = routeEdge(a, b, column);
        QVERIFY(!pathCrossesAny(gap, column));
        // Through the gap (y -20…40, less 10 px clearance), not around the whole column.
        QVERIFY(gap.boundingRect().top() >= -12 && gap.boundingRect().bottom() <= 32);
        // A backward edge keeps its curve.
        QCOMPARE(routeEdge(b, a, one), EdgeItem::curve(b, a));
    }

    void builtinPipelinesReadableAfterTidy() {
        PipelineEditorWindow w;
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QFontMetricsF subtitleMetrics(editorstyle::nodeSubtitleFont());
        for (const QString& name : Pipeline::builtinNames()) {
            QString error;
            QVERIFY2(w.newFrom(name, &error), qPrintable(error));
            w.tidyLayout();
            QCoreApplication::processEvents();
            const QList<NodeItem*> nodes = w.scene()->nodeItems();
            QVERIFY(!nodes.isEmpty());
            for (NodeItem* n : nodes) {
                // The card is wide enough for the whole "id · stage" line (44 px icon column, 8 px margin).
                const double needed = 44 + subtitleMetrics.horizontalAdvance(n->look().subtitle) + 8;
                QVERIFY2(n->width() >= needed - 0.5 && !n->textElided(),
                         qPrintable(QStringLiteral("%1/%2: %3 px wide, needs %4")
                                        .arg(name, n->id())
                                        .arg(n->width())
                                        .arg(needed)));
                QVERIFY(n->width() <= editorstyle::kMaxNodeWidth);
                // Outputs sit on the right edge of the card.
                for (PortItem* p : n->ports())
                    QCOMPARE(p->pos().x(), p->isOutput() ? n->width() : 0.0);
            }
            for (qsizetype i = 0; i < nodes.size(); ++i)
                for (qsizetype j = i + 1; j < nodes.size(); ++j)
                    QVERIFY(!nodes.at(i)->sceneCardRect().intersects(nodes.at(j)->sceneCardRect()));
            // No edge passes behind a node it does not connect.
            for (EdgeItem* e : w.scene()->edgeItems())
                for (NodeItem* n : nodes) {
                    if (n->id() == e->edge().from || n->id() == e->edge().to)
                        continue;
                    QVERIFY2(!pathCrossesAny(e->path(), {n->sceneCardRect()}),
                             qPrintable(QStringLiteral("%1: %2 → %3 passes behind %4")
                                            .arg(name, e->edge().from, e->edge().to, n->id())));
                }
            saveScreenshot(&w, QStringLiteral("editor-tidy-") + name);
        }
    }

    void longSubtitleElidedAtEndAndEdgesRerouted() {
        PipelineEditorWindow w;
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QString longId = QStringLiteral("analysis_of_every_scanned_page_from_the_front_office");
        w.setPipeline(pipelineFromJson(QStringLiteral(R"({"format": "sluice-pipeline", "version": 1,
            "name": "t", "nodes": [
            {"id": "a", "stage": "mime", "params": {}, "position": [0, 0]},
            {"id": "b", "stage": "text", "params": {}, "position": [900, 0]},
            {"id": "%1", "stage": "image_analysis", "params": {}, "position": [400, 20]}],
            "edges": [{"from": "a", "from_port": "out", "to": "b", "to_port": "in"}]})")
                                           .arg(longId)
                                           .toUtf8()
                                           .constData()));
        NodeItem* wide = w.scene()->nodeItem(longId);
        QCOMPARE(wide->width(), editorstyle::kMaxNodeWidth);
        QVERIFY(wide->textElided());
        QVERIFY(wide->toolTip().contains(longId + QStringLiteral(" · image_analysis")));
        NodeItem* narrow = w.scene()->nodeItem(QStringLiteral("a"));
        QCOMPARE(narrow->width(), editorstyle::kNodeWidth);
        QVERIFY(!narrow->textElided());
        QVERIFY(narrow->toolTip().isEmpty());

        // The edge a → b goes around the card in its way…
        const PipelineEdge ab{QStringLiteral("a"), QStringLiteral("out"), QStringLiteral("b"),
                              QStringLiteral("in")};
        EdgeItem* edge = w.scene()->edgeItem(ab);
        const QPointF from = w.scene()->nodeItem(QStringLiteral("a"))->anchor(QStringLiteral("out"), true);
        const QPointF to = w.scene()->nodeItem(QStringLiteral("b"))->anchor(QStringLiteral("in"), false);
        QVERIFY(pathCrossesAny(EdgeItem::curve(from, to), {wide->sceneCardRect()}));
        QVERIFY(!pathCrossesAny(edge->path(), {wide->sceneCardRect()}));
        // …and straightens once that card is dragged out of the way.
        w.view()->resetZoom();
        w.view()->centerOn(wide->sceneCardRect().center() + QPointF(0, 150));
        moveNode(w, longId, QPointF(0, 250));
        QCoreApplication::processEvents();
        QCOMPARE(edge->path(), EdgeItem::curve(from, to));
    }

    void useForWatchFoldersSavesUserPipeline() {
        PipelineEditorWindow w;
        w.setPipeline(pipelineFromJson(kSmallRoute));
        QString error;
        QVERIFY(!w.useForWatchFolders(QStringLiteral("inbox"), {}, &error)); // a built-in name
        QVERIFY(!w.useForWatchFolders(QStringLiteral("bad name"), {}, &error));
        QVERIFY2(w.useForWatchFolders(QStringLiteral("small_route"), {}, &error), qPrintable(error));
        QVERIFY(Pipeline::userNames().contains(QStringLiteral("small_route")));
        Pipeline loaded; // what `sluice-cli run --pipeline small_route` and watch folders load
        QVERIFY2(Pipeline::load(QStringLiteral("small_route"), loaded, &error), qPrintable(error));
        QCOMPARE(loaded.nodes.size(), 4);
        QCOMPARE(loaded.name, QStringLiteral("small_route"));
        QCOMPARE(QSettings().value(QStringLiteral("watch/pipeline")).toString(),
                 QStringLiteral("small_route"));
        QFile::remove(QDir(Pipeline::userPipelineDir()).filePath(QStringLiteral("small_route.sluice.json")));
    }

    /// "Use for Watch Folders…" from the editor the main window opens: the assignment reaches the running
    /// service, the watch-folder pane and the saved watch folders; after a restart (a new service and main
    /// window reading the settings) the folder still runs the drawn pipeline on a file dropped into it.
    void useForWatchFolderSurvivesRestart() {
        QSettings().clear();
        QTemporaryDir state;
        QTemporaryDir inbox;
        QVERIFY(state.isValid() && inbox.isValid());
        const QString root = QDir(inbox.path()).canonicalPath();
        ProcessingService::Config config;
        config.statePath = state.filePath(QStringLiteral("state.sqlite"));
        config.resultDir = state.filePath(QStringLiteral("results"));
        config.jobs = 1;
        const QString name = QStringLiteral("small_route_inbox");
        const QString userFile =
            QDir(Pipeline::userPipelineDir()).filePath(name + QStringLiteral(".sluice.json"));
        QString error;
        {
            ProcessingService service;
            QVERIFY2(service.start(config, &error), qPrintable(error));
            MainWindow window(&service);
            WatchFolderConfig folder;
            folder.name = QStringLiteral("Scans");
            folder.roots = {root};
            folder.settleMs = 300;
            QVERIFY2(window.watchFolderController()->addFolder(folder, &error), qPrintable(error));
            QCOMPARE(service.watchFolderConfig(QStringLiteral("Scans")).pipeline, QString()); // the default

            window.openPipelineEditor();
            PipelineEditorWindow* editor = window.pipelineEditor();
            QVERIFY(editor);
            editor->setPipeline(pipelineFromJson(kSmallRoute));
            QVERIFY(!editor->useForWatchFolders(name, QStringLiteral("No such folder"), &error));
            QCOMPARE(error, QStringLiteral("no watch folder 'No such folder'"));
            QVERIFY2(editor->useForWatchFolders(name, QStringLiteral("Scans"), &error), qPrintable(error));
            QCOMPARE(editor->lastMessage(),
                     QStringLiteral("Watch folder 'Scans' now runs pipeline '%1'").arg(name));
            QVERIFY(QFile::exists(userFile));
            // The running service, the pane's model and the saved settings all have it.
            QCOMPARE(service.watchFolderConfig(QStringLiteral("Scans")).pipeline, name);
            WatchFolderModel* model = window.watchFolderModel();
            QCOMPARE(model->configAt(model->rowOf(QStringLiteral("Scans"))).pipeline, name);
            const QList<WatchFolderConfig> saved = settings::loadWatchFolderConfigs();
            QCOMPARE(saved.size(), 1);
            QCOMPARE(saved.first().name, QStringLiteral("Scans"));
            QCOMPARE(saved.first().roots, QStringList{root});
            QCOMPARE(saved.first().pipeline, name);
            QVERIFY(!QSettings().contains(settings::watchPipeline().key())); // the default is untouched
            window.close();
        }
        // A restart: a new service and main window, from the settings alone.
        {
            ProcessingService service;
            QVERIFY2(service.start(config, &error), qPrintable(error));
            QList<ItemResult> finished;
            connect(&service, &ProcessingService::itemFinished, this,
                    [&finished](const ItemResult& r) { finished.append(r); });
            MainWindow window(&service);
            QCOMPARE(service.watchFolders(), QStringList{QStringLiteral("Scans")});
            QCOMPARE(service.watchFolderConfig(QStringLiteral("Scans")).pipeline, name);
            QCOMPARE(window.watchFolderModel()->configAt(0).pipeline, name);

            const QString dropped = QDir(root).filePath(QStringLiteral("letter.txt"));
            QVERIFY(QFile::copy(data(QStringLiteral("text/crlf.txt")), dropped));
            QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
            const ItemResult& r = finished.first();
            QCOMPARE(r.item.path, dropped);
            QCOMPARE(r.status, QStringLiteral("ok"));
            // The drawn pipeline ran (the default, inbox, has other nodes: hash, log, …).
            QStringList nodes = r.nodeStatus.keys();
            nodes.sort();
            QCOMPARE(nodes, (QStringList{QStringLiteral("by_type"), QStringLiteral("mime"),
                                         QStringLiteral("pdf"), QStringLiteral("text")}));
            QCOMPARE(r.nodeStatus.value(QStringLiteral("text")).toString(), QStringLiteral("done"));
            QCOMPARE(r.nodeStatus.value(QStringLiteral("pdf")).toString(), QStringLiteral("not_reached"));
            QCOMPARE(r.item.results.value(QStringLiteral("text"))
                         .toObject()
                         .value(QStringLiteral("lines"))
                         .toInt(),
                     3);
            QCOMPARE(r.nodeOrder, (QStringList{QStringLiteral("mime"), QStringLiteral("by_type"),
                                               QStringLiteral("text")}));
        }
        QFile::remove(userFile);
        QSettings().clear();
    }

    void dryRunListsBranches() {
        Pipeline inbox;
        QVERIFY(Pipeline::load(QStringLiteral("inbox"), inbox, nullptr));
        DryRunDialog dialog(inbox, {});
        QSignalSpy planned(&dialog, &DryRunDialog::planned);
        dialog.plan(data(QStringLiteral("text")));
        QVERIFY(planned.wait(30000));
        QStandardItemModel* model = dialog.model();
        QCOMPARE(model->rowCount(), 3);
        for (int r = 0; r < model->rowCount(); ++r) {
            QCOMPARE(model->item(r, DryRunDialog::BranchColumn)->text(), QStringLiteral("by_type → text"));
            QVERIFY(model->item(r, DryRunDialog::NodesColumn)->text().endsWith(QLatin1String("text, log")));
        }
    }
};

QTEST_MAIN(TestPipelineEditor)
#include "tst_pipeline_editor.moc"
