// What a new user sees first: the event log's "drop files here" hint only while the log is empty (and
// the drop overlay only while dragging), and the main window's default pane widths, kept once the user
// drags a splitter handle. Settings go to QStandardPaths' test location.

#include "service/processing_service.h"
#include "ui/batch_panel.h"
#include "ui/drop_overlay.h"
#include "ui/event_filter_proxy.h"
#include "ui/event_log_model.h"
#include "ui/event_log_pane.h"
#include "ui/event_log_view.h"
#include "ui/main_window.h"
#include "ui/result_pane.h"
#include "ui/settings.h"

#include <QDockWidget>
#include <QDragEnterEvent>
#include <QHeaderView>
#include <QJsonObject>
#include <QLineEdit>
#include <QMimeData>
#include <QMimeDatabase>
#include <QSplitter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <memory>

using namespace sluice;

namespace {

Event makeEvent(int i) {
    Event e;
    e.level = EventLevel::Info;
    e.kind = QStringLiteral("processed");
    e.path = QStringLiteral("/watch/in/file_%1.pdf").arg(i);
    e.message = QStringLiteral("Processed file %1").arg(i);
    e.time = QDateTime::currentDateTimeUtc();
    return e;
}

/// Pixels in rows [top, viewport bottom) of the view's viewport that differ from its base colour: text
/// painted there. The rows above `top` (with their alternating colours) are not looked at.
int paintedPixelsBelow(EventLogView* view, int top) {
    QCoreApplication::sendPostedEvents();
    const QImage image = view->viewport()->grab().toImage();
    const QColor base = view->viewport()->palette().color(QPalette::Base);
    const qreal scale = image.devicePixelRatio();
    int painted = 0;
    for (int y = int(top * scale); y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            painted += image.pixelColor(x, y).rgb() != base.rgb() ? 1 : 0;
    }
    return painted;
}

/// The bottom of the view's last row in viewport coordinates (-1 without rows).
int lastRowBottom(EventLogView* view) {
    const int rows = view->model()->rowCount();
    return rows > 0 ? view->visualRect(view->model()->index(rows - 1, 0)).bottom() : -1;
}

/// Each pane's share of the splitter's width, in percent (rounded).
QList<int> sharesOf(const QSplitter* splitter) {
    const QList<int> sizes = splitter->sizes();
    int total = 0;
    for (int s : sizes)
        total += s;
    QList<int> shares;
    for (int s : sizes)
        shares << qRound(100.0 * s / qMax(1, total));
    return shares;
}

} // namespace

class TestMainWindowLayout : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void dropHintOnlyWhileLogIsEmpty();
    void filteredOutSaysSo();
    void narrowLogKeepsTheMessageColumn();
    void dropOverlayOnlyWhileDragging();
    void defaultPaneShares();
    void smallWindowKeepsEveryPaneUsable();
    void batchDockOpensCompact();
    void draggedPaneWidthsAreKept();
    void resultSummaryNamesTheFileType();

private:
    /// A main window of `size` pixels, shown.
    std::unique_ptr<MainWindow> newWindow(const QSize& size = QSize(1600, 1000));

    QTemporaryDir m_state;
    std::unique_ptr<ProcessingService> m_service;
};

void TestMainWindowLayout::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SluiceTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_main_window_layout"));
    QSettings().clear();
    QVERIFY(m_state.isValid());
    ProcessingService::Config config;
    config.statePath = m_state.filePath(QStringLiteral("state.sqlite"));
    config.resultDir = m_state.filePath(QStringLiteral("results"));
    config.jobs = 1;
    m_service = std::make_unique<ProcessingService>();
    QString error;
    QVERIFY2(m_service->start(config, &error), qPrintable(error));
}

void TestMainWindowLayout::cleanupTestCase() {
    if (m_service)
        m_service->stop();
    m_service.reset();
    QSettings().clear();
}

std::unique_ptr<MainWindow> TestMainWindowLayout::newWindow(const QSize& size) {
    auto window = std::make_unique<MainWindow>(m_service.get());
    window->resize(size);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return {};
    return window;
}

void TestMainWindowLayout::dropHintOnlyWhileLogIsEmpty() {
    EventLogModel model(100);
    EventLogPane pane(&model);
    pane.resize(900, 600);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    EventLogView* view = pane.view();

    // Empty: the title and the hint to drop files are painted in the middle of the table.
    QCOMPARE(view->emptyStateTitle(), QStringLiteral("No events yet"));
    QVERIFY2(view->emptyStateHint().contains(QStringLiteral("drop files here")),
             qPrintable(view->emptyStateHint()));
    QVERIFY(paintedPixelsBelow(view, 0) > 200);

    // Three rows leave most of the table free, and nothing is painted there.
    for (int i = 1; i <= 3; ++i)
        model.addEvent(makeEvent(i));
    model.flush();
    QCOMPARE(pane.proxy()->rowCount(), 3);
    QVERIFY(view->emptyStateTitle().isEmpty());
    QVERIFY(view->emptyStateHint().isEmpty());
    const int bottom = lastRowBottom(view);
    QVERIFY(bottom > 0);
    QVERIFY2(view->viewport()->height() - bottom > 300, "the free space below the rows is large");
    QCOMPARE(paintedPixelsBelow(view, bottom + 1), 0);

    // Cleared: the hint is back.
    model.clear();
    QCOMPARE(pane.proxy()->rowCount(), 0);
    QCOMPARE(view->emptyStateTitle(), QStringLiteral("No events yet"));
    QVERIFY(paintedPixelsBelow(view, 0) > 200);
}

void TestMainWindowLayout::filteredOutSaysSo() {
    EventLogModel model(100);
    EventLogPane pane(&model);
    pane.resize(900, 600);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    for (int i = 1; i <= 3; ++i)
        model.addEvent(makeEvent(i));
    model.flush();
    pane.filterEdit()->setText(QStringLiteral("no such text anywhere"));
    QTRY_COMPARE(pane.proxy()->rowCount(), 0);
    QCOMPARE(pane.view()->emptyStateTitle(), QStringLiteral("No events match the filter"));
    QVERIFY(!pane.view()->emptyStateHint().contains(QStringLiteral("drop"), Qt::CaseInsensitive));
    pane.filterEdit()->clear();
    QTRY_COMPARE(pane.proxy()->rowCount(), 3);
    QVERIFY(pane.view()->emptyStateTitle().isEmpty());
}

void TestMainWindowLayout::narrowLogKeepsTheMessageColumn() {
    EventLogModel model(100);
    EventLogPane pane(&model);
    EventLogView* view = pane.view();
    QHeaderView* header = view->header();
    pane.resize(1400, 500);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    const int wideFile = header->sectionSize(EventLogModel::FileColumn);
    const int wideFolder = header->sectionSize(EventLogModel::FolderColumn);
    auto messageWidth = [&] {
        return view->viewport()->width() - header->sectionViewportPosition(EventLogModel::MessageColumn);
    };
    QVERIFY(messageWidth() > view->viewport()->width() / 2);

    // Narrow (the pane on a 1024-pixel screen is about 560 px): the file and folder columns give way.
    pane.resize(620, 500);
    QTRY_VERIFY(view->viewport()->width() < 620);
    QVERIFY(view->fitsColumns());
    QVERIFY(header->sectionSize(EventLogModel::FileColumn) < wideFile);
    QVERIFY(header->sectionSize(EventLogModel::FolderColumn) <= wideFolder);
    QVERIFY2(
        messageWidth() >= view->viewport()->width() * EventLogView::kMessageShare / 100 - 2,
        qPrintable(QStringLiteral("message %1 of %2 px").arg(messageWidth()).arg(view->viewport()->width())));
    // Wide again: the defaults come back.
    pane.resize(1400, 500);
    QTRY_COMPARE(header->sectionSize(EventLogModel::FileColumn), wideFile);

    // A width the user sets is kept, whatever the pane's width.
    header->resizeSection(EventLogModel::FileColumn, 300);
    QVERIFY(!view->fitsColumns());
    pane.resize(620, 500);
    QCoreApplication::processEvents();
    QCOMPARE(header->sectionSize(EventLogModel::FileColumn), 300);
}

void TestMainWindowLayout::dropOverlayOnlyWhileDragging() {
    std::unique_ptr<MainWindow> window = newWindow();
    QVERIFY(window);
    auto* overlay = window->findChild<DropOverlay*>();
    QVERIFY(overlay);
    QVERIFY(!overlay->isVisible());

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(m_state.filePath(QStringLiteral("state.sqlite")))});
    const QPoint pos = window->rect().center();
    QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QVERIFY(overlay->isVisible());
    QCOMPARE(overlay->text(), QStringLiteral("Drop to process these files now"));
    // It covers all three panes (not squeezed in beside them as a splitter pane).
    QCOMPARE(window->paneSplitter()->count(), 3);
    QCOMPARE(overlay->geometry(), window->centralWidget()->rect());
    QCOMPARE(overlay->mapTo(window.get(), QPoint(0, 0)),
             window->paneSplitter()->mapTo(window.get(), QPoint(0, 0)));
    QCOMPARE(overlay->size(), window->paneSplitter()->size());
    QDragLeaveEvent leave;
    QApplication::sendEvent(window.get(), &leave);
    QVERIFY(!overlay->isVisible());
}

void TestMainWindowLayout::defaultPaneShares() {
    settings::paneSplitterState().remove();
    std::unique_ptr<MainWindow> window = newWindow();
    QVERIFY(window);
    QSplitter* splitter = window->paneSplitter();
    QVERIFY(splitter->width() > 1000);
    const QList<int> shares = sharesOf(splitter);
    QCOMPARE(shares.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QVERIFY2(qAbs(shares.at(i) - MainWindow::kDefaultPaneShares[i]) <= 2,
                 qPrintable(QStringLiteral("pane %1 has %2 %, wanted %3 %")
                                .arg(i)
                                .arg(shares.at(i))
                                .arg(MainWindow::kDefaultPaneShares[i])));
    }
    // The result pane has room for an OCR page or a PDF (it had 420 px before); the event log keeps room
    // for the message column after its default column widths. Closing without dragging a handle saves no
    // pane widths.
    QVERIFY2(splitter->sizes().at(2) >= 560, qPrintable(QString::number(splitter->sizes().at(2))));
    const QHeaderView* header = window->eventLogPane()->view()->header();
    const int messageLeft = header->sectionViewportPosition(EventLogModel::MessageColumn);
    QVERIFY2(header->width() - messageLeft >= 100,
             qPrintable(QStringLiteral("message column: %1 px").arg(header->width() - messageLeft)));
    window->close();
    QVERIFY(settings::paneSplitterState().value().isEmpty());
}

void TestMainWindowLayout::smallWindowKeepsEveryPaneUsable() {
    settings::paneSplitterState().remove();
    std::unique_ptr<MainWindow> window = newWindow(QSize(1024, 700));
    QVERIFY(window);
    const QSplitter* splitter = window->paneSplitter();
    const QList<int> sizes = splitter->sizes();
    QCOMPARE(sizes.size(), 3);
    // No pane is squeezed below what its own widgets need (the result pane's floor is 280 px).
    for (int i = 0; i < 3; ++i) {
        const QWidget* pane = splitter->widget(i);
        const int floor = pane->minimumWidth() > 0 ? pane->minimumWidth() : pane->minimumSizeHint().width();
        QVERIFY2(sizes.at(i) >= floor,
                 qPrintable(QStringLiteral("pane %1: %2 px < %3 px").arg(i).arg(sizes.at(i)).arg(floor)));
    }
    QVERIFY(sizes.at(2) >= 280);
    // The window fits a 1024 × 700 screen (while the batch dock is closed: with it open, the preview
    // tabs' minimum heights add up to about 710 px).
    QVERIFY2(window->minimumSizeHint().width() <= 1000,
             qPrintable(QString::number(window->minimumSizeHint().width())));
    QVERIFY2(window->minimumSizeHint().height() <= 640,
             qPrintable(QString::number(window->minimumSizeHint().height())));
    // Together they fill the window's width (less the handles), none hangs off the edge.
    int total = 0;
    for (int s : sizes)
        total += s;
    QCOMPARE(total + 2 * splitter->handleWidth(), splitter->width());
    window->close();
}

void TestMainWindowLayout::batchDockOpensCompact() {
    settings::windowState().remove();
    std::unique_ptr<MainWindow> window = newWindow();
    QVERIFY(window);
    auto* dock = window->findChild<QDockWidget*>(QStringLiteral("batchDock"));
    QVERIFY(dock);
    QVERIFY(!dock->isVisible());
    const QString file = m_state.filePath(QStringLiteral("note.txt"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("A short note for the batch.\n");
    f.close();
    QCOMPARE(window->processPaths({file}), 1);
    QVERIFY(dock->isVisible());
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    // A strip of about kDefaultBatchDockShare % of the window, not a third of it; never less than the
    // batch view needs.
    const int wanted = window->height() * MainWindow::kDefaultBatchDockShare / 100;
    QVERIFY2(dock->height() <= wanted + 40,
             qPrintable(QStringLiteral("%1 > %2").arg(dock->height()).arg(wanted)));
    QVERIFY(dock->height() >= window->batchPanel()->minimumSizeHint().height());
    QVERIFY(window->eventLogPane()->height() > dock->height());
    QTRY_VERIFY_WITH_TIMEOUT(m_service->pending() == 0, 15000);
    window->close();
}

void TestMainWindowLayout::draggedPaneWidthsAreKept() {
    settings::paneSplitterState().remove();
    QList<int> dragged;
    {
        std::unique_ptr<MainWindow> window = newWindow();
        QVERIFY(window);
        QSplitter* splitter = window->paneSplitter();
        const QList<int> before = splitter->sizes();
        // Drag the handle between the event log and the result pane 150 px to the right.
        QSplitterHandle* handle = splitter->handle(2);
        const QPoint grip = handle->rect().center();
        QTest::mousePress(handle, Qt::LeftButton, {}, grip);
        QMouseEvent move(QEvent::MouseMove, QPointF(grip + QPoint(150, 0)),
                         handle->mapToGlobal(grip + QPoint(150, 0)), Qt::LeftButton, Qt::LeftButton,
                         Qt::NoModifier);
        QApplication::sendEvent(handle, &move);
        QTest::mouseRelease(handle, Qt::LeftButton, {}, grip + QPoint(150, 0));
        dragged = splitter->sizes();
        QCOMPARE(dragged.at(0), before.at(0));
        QCOMPARE(dragged.at(1), before.at(1) + 150);
        QCOMPARE(dragged.at(2), before.at(2) - 150);
        window->close();
    }
    QVERIFY(!settings::paneSplitterState().value().isEmpty());
    std::unique_ptr<MainWindow> again = newWindow();
    QVERIFY(again);
    QCOMPARE(again->paneSplitter()->sizes(), dragged);
}

void TestMainWindowLayout::resultSummaryNamesTheFileType() {
    ResultPane pane;
    pane.resize(600, 700);
    pane.show();
    const QString docx =
        QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    const QString path = QStringLiteral("/in/tables.docx");
    pane.showResult(path,
                    QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                                {QStringLiteral("pipeline"), QStringLiteral("inbox")},
                                {QStringLiteral("duration_ms"), 60},
                                {QStringLiteral("source"), QJsonObject{{QStringLiteral("path"), path},
                                                                       {QStringLiteral("mime"), docx},
                                                                       {QStringLiteral("size"), 13087}}}});
    const QString summary = pane.summaryText();
    const QString description = QMimeDatabase().mimeTypeForName(docx).comment();
    QVERIFY(!description.isEmpty());
    // The description an office user knows, not the 71-character MIME name; parts never break inside.
    QVERIFY2(!summary.contains(QStringLiteral("application/vnd")), qPrintable(summary));
    const QString nbsp(QChar::Nbsp);
    QVERIFY2(summary.startsWith(QString(description).replace(QLatin1Char(' '), QChar::Nbsp)),
             qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("60") + nbsp + QStringLiteral("ms")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral(" · pipeline") + nbsp + QStringLiteral("inbox")),
             qPrintable(summary));
}

QTEST_MAIN(TestMainWindowLayout)
#include "tst_main_window_layout.moc"
