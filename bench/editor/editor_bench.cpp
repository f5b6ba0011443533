// Frame times of the pipeline editor at 100 nodes: dragging one node (each mouse move repaints the
// viewport), the document update when the drag ends, and — for comparison — a full rebuild of the
// scene. Prints one line per measure: median and 95th percentile in milliseconds.
//
// Usage: sluice-editor-bench [NODES] [MOVES]   (default 100, 300); run under Xvfb or offscreen.

#include "ui/editor/editor_scene.h"
#include "ui/editor/editor_view.h"
#include "ui/editor/node_item.h"
#include "ui/editor/pipeline_document.h"
#include "ui/editor/pipeline_editor_window.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMouseEvent>
#include <QTextStream>
#include <algorithm>

using namespace sluice;

namespace {

/// A pipeline of `count` nodes in rows of ten, each fed by the node before it and, every third node, by
/// the one two before, so nodes have one to three edges like a real pipeline.
Pipeline grid(int count) {
    Pipeline p;
    p.name = QStringLiteral("bench");
    const QStringList stages{QStringLiteral("mime"), QStringLiteral("hash"), QStringLiteral("text"),
                             QStringLiteral("jsonl_log")};
    for (int i = 0; i < count; ++i) {
        PipelineNode n;
        n.id = QStringLiteral("n%1").arg(i);
        n.stage = i == 0 ? QStringLiteral("mime") : stages.at(1 + i % 3);
        n.position = QPointF((i % 10) * 280, (i / 10) * 150);
        p.nodes.append(n);
        if (i > 0)
            p.edges.append(
                {QStringLiteral("n%1").arg(i - 1), QStringLiteral("out"), n.id, QStringLiteral("in")});
        if (i > 1 && i % 3 == 0)
            p.edges.append(
                {QStringLiteral("n%1").arg(i - 2), QStringLiteral("out"), n.id, QStringLiteral("in")});
    }
    return p;
}

QString stats(QList<double> ms) {
    std::sort(ms.begin(), ms.end());
    const double median = ms.at(ms.size() / 2);
    const double p95 = ms.at(std::min<qsizetype>(ms.size() - 1, qsizetype(double(ms.size()) * 0.95)));
    return QStringLiteral("median %1 ms, p95 %2 ms, max %3 ms (n=%4)")
        .arg(median, 0, 'f', 2)
        .arg(p95, 0, 'f', 2)
        .arg(ms.last(), 0, 'f', 2)
        .arg(ms.size());
}

void send(QWidget* w, QEvent::Type type, const QPoint& at, Qt::MouseButtons buttons) {
    QMouseEvent e(type, at, w->mapToGlobal(at), Qt::LeftButton, buttons, Qt::NoModifier);
    QApplication::sendEvent(w, &e);
}

} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100;
    const int moves = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 300;
    QTextStream out(stdout);

    PipelineEditorWindow window;
    window.resize(1600, 1000);
    window.show();
    QElapsedTimer t;
    t.start();
    window.setPipeline(grid(count));
    QApplication::processEvents();
    out << "load " << count << " nodes, " << window.document()->pipeline().edges.size()
        << " edges and fit: " << t.elapsed() << " ms\n";

    EditorView* view = window.view();
    QWidget* vp = view->viewport();
    NodeItem* node = window.scene()->nodeItem(QStringLiteral("n55"));
    QList<double> frame;
    QList<double> release;
    for (int round = 0; round < 5; ++round) {
        const QPoint start = view->mapFromScene(node->scenePos() + QPointF(120, 12));
        send(vp, QEvent::MouseButtonPress, start, Qt::LeftButton);
        for (int i = 1; i <= moves / 5; ++i) {
            const QPoint at = start + QPoint(int(60 * std::sin(i / 8.0)), int(40 * std::cos(i / 11.0)) - 40);
            t.restart();
            send(vp, QEvent::MouseMove, at, Qt::LeftButton);
            vp->repaint(); // the frame the user sees
            frame.append(double(t.nsecsElapsed()) / 1e6);
        }
        t.restart();
        send(vp, QEvent::MouseButtonRelease, start + QPoint(10, 0), Qt::NoButton);
        QApplication::processEvents();
        release.append(double(t.nsecsElapsed()) / 1e6);
    }
    out << "drag one node (move + repaint): " << stats(frame) << '\n';
    out << "drop (undo step, scene sync, validation): " << stats(release) << '\n';

    QList<double> rebuild;
    for (int i = 0; i < 5; ++i) {
        t.restart();
        window.setPipeline(grid(count));
        vp->repaint();
        rebuild.append(double(t.nsecsElapsed()) / 1e6);
    }
    out << "full rebuild of the scene (for comparison): " << stats(rebuild) << '\n';
    return 0;
}
