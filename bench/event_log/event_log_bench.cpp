// Times the event log with 100,000 events: pushing them through the core's EventLog into the GUI's
// EventLogModel (queued signals, batched inserts, a 100,000-row bound) under a shown EventLogPane, the
// refilter after a keystroke, a type and a folder choice, and a scroll to the bottom and back.
// Prints one line per step in milliseconds. Usage: sluice-event-log-bench [EVENTS]

#include "log/event_log.h"
#include "ui/event_filter_proxy.h"
#include "ui/event_log_model.h"
#include "ui/event_log_pane.h"
#include "ui/event_log_view.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QScrollBar>
#include <QTextStream>
#include <functional>

using namespace sluice;

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    const int total = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    QTextStream out(stdout);
    const QStringList kinds = {QStringLiteral("created"),   QStringLiteral("modified"),
                               QStringLiteral("processed"), QStringLiteral("failed"),
                               QStringLiteral("deleted"),   QStringLiteral("renamed")};

    EventLog log(10000);
    EventLogModel model;
    model.setWatchFolders({{QStringLiteral("A"), {QStringLiteral("/watch/a")}},
                           {QStringLiteral("B"), {QStringLiteral("/watch/b")}}});
    EventLogPane pane(&model);
    pane.setFolders({QStringLiteral("A"), QStringLiteral("B")});
    pane.resize(1200, 800);
    pane.show();
    model.attach(&log);
    QCoreApplication::processEvents();

    QElapsedTimer timer;
    timer.start();
    for (int i = 1; i <= total; ++i) {
        Event e;
        e.kind = kinds.at(i % kinds.size());
        e.level = e.kind == QLatin1String("failed") ? EventLevel::Error : EventLevel::Info;
        e.path =
            QStringLiteral("/watch/%1/file_%2.txt").arg(i % 2 ? QLatin1Char('a') : QLatin1Char('b')).arg(i);
        e.message = QStringLiteral("message %1").arg(i);
        log.add(e);
    }
    const qint64 added = timer.elapsed();
    while (model.rowCount() == 0 || model.rowAt(0).event.id != total)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    const qint64 shown = timer.elapsed();
    out << "events: " << total << ", rows kept: " << model.rowCount() << ", dropped: " << model.droppedCount()
        << "\nEventLog::add x" << total << ": " << added << " ms (" << (added * 1000.0 / total)
        << " us each, spdlog not set up)\nall inserted and painted: " << shown << " ms\n";

    auto step = [&](const char* what, const std::function<void()>& f) {
        QElapsedTimer t;
        t.start();
        f();
        QCoreApplication::processEvents();
        out << what << ": " << t.elapsed() << " ms, rows shown " << pane.proxy()->rowCount() << "\n";
    };
    step("text filter 'file_9'", [&] { pane.proxy()->setFilterText(QStringLiteral("file_9")); });
    step("text filter cleared", [&] { pane.proxy()->setFilterText({}); });
    step("type = failed", [&] { pane.proxy()->setTypes({QStringLiteral("failed")}); });
    step("all types", [&] { pane.proxy()->showAllTypes(); });
    step("folder = B", [&] {
        pane.proxy()->setFolderFilter(EventFilterProxyModel::FolderFilter::Named, QStringLiteral("B"));
    });
    step("all folders", [&] { pane.proxy()->setFolderFilter(EventFilterProxyModel::FolderFilter::Any); });
    step("scroll to bottom", [&] {
        pane.view()->scrollToBottom();
        pane.view()->repaint();
    });
    step("scroll to top", [&] {
        pane.view()->scrollToTop();
        pane.view()->repaint();
    });
    step("1,000 more events", [&] {
        for (int i = 0; i < 1000; ++i)
            log.add(EventLevel::Info, QStringLiteral("created"), QStringLiteral("/watch/a/more_%1").arg(i),
                    {});
        while (model.rowAt(0).event.path != QLatin1String("/watch/a/more_999"))
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        pane.view()->repaint();
    });
    return 0;
}
