// DocumentPreviewTab offscreen: PDF pages rendered off the GUI thread, thumbnails, navigation, zoom, search
// highlights and table outlines from a real pdf stage result; Word results as structured HTML.

#include "../core/stages/stage_test_util.h"
#include "stages/docx_stage.h"
#include "stages/pdf_stage.h"
#include "ui/document_preview_tab.h"
#include "ui/page_thumbnail_model.h"
#include "ui/pdf_page_view.h"
#include "ui/result_pane.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QJsonArray>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextTable>

using namespace sluice;

namespace {

/// A result document as the Runner writes it, with `stageOutput` under node `node`.
QJsonObject resultOf(const QString& node, const QJsonObject& stageOutput) {
    return QJsonObject{{"status", "ok"}, {"stages", QJsonObject{{node, stageOutput}}}};
}

QJsonObject runStage(Stage& stage, const QString& path, const QJsonObject& params = {}) {
    const StageResult r = test::run(stage, path, params);
    return r.ok ? r.output : QJsonObject();
}

} // namespace

class TestDocumentPreview : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void acceptsOnlyDocuments() {
        DocumentPreviewTab tab;
        QVERIFY(!tab.accepts(resultOf("image", QJsonObject{{"width", 10}})));
        QVERIFY(
            tab.accepts(resultOf("pdf", QJsonObject{{"page_list", QJsonArray{}}, {"pdf_version", "1.4"}})));
        QVERIFY(tab.accepts(
            resultOf("word", QJsonObject{{"body", QJsonArray{}}, {"core_properties", QJsonObject{}}})));
        QCOMPARE(tab.title(), QStringLiteral("Document"));
    }

    void pdfPagesTablesAndSearch() {
        PdfStage stage;
        const QString path = test::data("pdf/issue-336-example.pdf");
        const QJsonObject out = runStage(stage, path);
        QVERIFY(!out.isEmpty());
        DocumentPreviewTab tab;
        QAbstractItemModelTester thumbTester(tab.thumbnails());
        QAbstractItemModelTester tableTester(tab.tables());
        tab.resize(1000, 800);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        QSignalSpy rendered(&tab, &DocumentPreviewTab::pageRendered);
        tab.showResult(path, resultOf("pdf", out));
        QCOMPARE(tab.pageCount(), 1);
        QCOMPARE(tab.currentPage(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!rendered.isEmpty(), 20000);
        QCOMPARE(rendered.last().at(1).toBool(), true);
        QVERIFY(!tab.pageView()->canvas()->pixmap().isNull());
        // Fit width: the page fills the view's width at about 1 px per point here.
        QVERIFY(tab.zoom() > 0.5);
        // Three tables: outlined on the page and listed.
        QCOMPARE(tab.pageView()->canvas()->tables().size(), 3);
        QCOMPARE(tab.tables()->rowCount(), 3);
        QCOMPARE(tab.tables()->item(2)->text(), QStringLiteral("Table 3 on page 1: 2 × 3"));
        // The page's text beside it.
        QVERIFY(tab.pageText()->toPlainText().contains(QStringLiteral("1.7333")));
        // Thumbnails stream in from the worker.
        QCOMPARE(tab.thumbnails()->rowCount(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(tab.thumbnails()->hasThumbnail(0), 20000);
        // Search: "1.00" is in ten cells of table 7.6.
        tab.setSearchText(QStringLiteral("1.00"));
        QCOMPARE(tab.pageMatches(), 10);
        QCOMPARE(tab.documentMatches(), 10);
        QCOMPARE(tab.pageView()->canvas()->highlights().size(), 10);
        QCOMPARE(tab.pageText()->extraSelections().size(), 10);
        tab.setSearchText(QString());
        QCOMPARE(tab.pageView()->canvas()->highlights().size(), 0);
        // Zoom re-renders.
        rendered.clear();
        const double zoom = tab.zoom();
        tab.setZoom(zoom * 1.25);
        QVERIFY(qAbs(tab.zoom() - zoom * 1.25) < 1e-9);
        QTRY_VERIFY_WITH_TIMEOUT(!rendered.isEmpty(), 20000);
        QCOMPARE(tab.pageView()->canvas()->width(), qRound(595.32 * tab.zoom()));
        tab.clearPreview();
        QCOMPARE(tab.currentPage(), -1);
        QCOMPARE(tab.tables()->rowCount(), 0);
    }

    void ligatureSearchAndNavigation() {
        // "fi" in the search finds the LaTeX ligature U+FB01 ("scientiﬁc") through NFKC.
        PdfStage stage;
        const QString path = test::data("pdf/password-example.pdf");
        const QJsonObject out = runStage(stage, path, {{"password", "test"}});
        QVERIFY(!out.isEmpty());
        DocumentPreviewTab tab;
        tab.resize(600, 700);
        tab.show();
        tab.showResult(path, resultOf("pdf", out));
        QCOMPARE(tab.pageCount(), 4);
        tab.setPage(2);
        QCOMPARE(tab.currentPage(), 2);
        tab.setPage(10);
        QCOMPARE(tab.currentPage(), 3);
        // The renderer has no password: the page says why it is not shown, and nothing crashes.
        QSignalSpy rendered(&tab, &DocumentPreviewTab::pageRendered);
        QTRY_VERIFY_WITH_TIMEOUT(!rendered.isEmpty(), 20000);
        QCOMPARE(rendered.last().at(1).toBool(), false);
        QVERIFY(tab.pageView()->canvas()->message().contains(QStringLiteral("password required")));

        PdfStage paperStage;
        const QString paper = test::data("pdf/issue-598-example.pdf");
        tab.showResult(paper, resultOf("pdf", runStage(paperStage, paper)));
        tab.setSearchText(QStringLiteral("scientific"));
        QCOMPARE(tab.pageMatches(), 2); // "scienti\uFB01c method", "scienti\uFB01c models"
    }

    void wordDocument() {
        DocxStage stage;
        const QString path = test::data("docx/track-changes-test.docx");
        const QJsonObject out = runStage(stage, path);
        QVERIFY(!out.isEmpty());
        DocumentPreviewTab tab;
        tab.showResult(path, resultOf("word", out));
        QVERIFY(tab.showsWord());
        const QString html = tab.wordView()->toHtml();
        const QString plain = tab.wordView()->toPlainText();
        QVERIFY(plain.contains(QStringLiteral("Track Changes Test")));
        QVERIFY(plain.contains(QStringLiteral("This is new content, that I suggest.")));
        QVERIFY(!plain.contains(QStringLiteral("Item 1")));
        QVERIFY(html.contains(QStringLiteral("http://www.hlx.live")));
        // The table of the document is a table in the view.
        QTextCursor cursor(tab.wordView()->document());
        bool hasTable = false;
        for (QTextBlock b = tab.wordView()->document()->begin(); b.isValid(); b = b.next()) {
            cursor.setPosition(b.position());
            hasTable = hasTable || cursor.currentTable() != nullptr;
        }
        QVERIFY(hasTable);
    }

    void tabInTheResultPane() {
        ResultPane pane;
        auto* tab = new DocumentPreviewTab;
        pane.addPreviewTab(tab);
        DocxStage stage;
        const QString path = test::data("docx/tables.docx");
        QJsonObject result = resultOf("word", runStage(stage, path));
        pane.showResult(path, result);
        const int index = pane.tabs()->indexOf(tab);
        QVERIFY(pane.tabs()->isTabVisible(index));
        QCOMPARE(pane.tabs()->tabText(index), QStringLiteral("Document"));
        pane.showResult(path, resultOf("text", QJsonObject{{"encoding", "UTF-8"}}));
        QVERIFY(!pane.tabs()->isTabVisible(index));
    }
};

QTEST_MAIN(TestDocumentPreview)
#include "tst_document_preview.moc"
