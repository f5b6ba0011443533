#pragma once

#include "documents/pdf_page_renderer.h"
#include "preview_tab.h"

#include <QFutureWatcher>
#include <QJsonArray>

class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QSpinBox;
class QSplitter;
class QStackedWidget;
class QStandardItemModel;
class QTabWidget;
class QTextBrowser;
class QToolButton;

namespace sluice {

class PageThumbnailModel;
class PdfPageView;

/// The "Document" preview tab: a PDF result (stage `pdf` or `pdf_text`) as its pages, a Word result (stage
/// `docx`) as structured text.
///
/// PDF: a thumbnail strip (PageThumbnailModel, filled by PdfPageRenderer::thumbnails), the page rendered
/// off the GUI thread by PdfPageRenderer at the zoom (within a 16 MP budget, stale or superseded renders
/// canceled), page navigation, zoom in/out and fit-width, the page's extracted text beside it (below it when
/// the tab is narrow), the detected tables drawn as outlines on the page and listed, and a search box that
/// highlights the matching words on the page from the result's word boxes (matching is case-insensitive on
/// NFKC-normalised text, so "fi" finds the ligature "ﬁ"). Word: WordDocumentHtml in a QTextBrowser.
/// Everything shown comes from the result JSON except the page images, which core renders.
class DocumentPreviewTab : public PreviewTab {
    Q_OBJECT
public:
    explicit DocumentPreviewTab(QWidget* parent = nullptr);
    ~DocumentPreviewTab() override;

    QString title() const override;
    bool accepts(const QJsonObject& result) const override;
    void showResult(const QString& path, const QJsonObject& result) override;
    void clearPreview() override;

    /// The output of the PDF stage in `result` (an object with page_list and pdf_version), or {}.
    static QJsonObject pdfOutput(const QJsonObject& result);
    /// The output of the docx stage in `result` (an object with body and core_properties), or {}.
    static QJsonObject docxOutput(const QJsonObject& result);

    /// 0-based index of the page shown; -1 when no PDF is shown.
    int currentPage() const { return m_page; }
    int pageCount() const { return int(m_pages.size()); }
    /// Pixels per point at which the page is shown (1.0 = 100 %).
    double zoom() const { return m_zoom; }
    /// Shows page `index` (clamped to the document).
    void setPage(int index);
    void setZoom(double zoom);
    /// Fits the page width into the view.
    void fitWidth();
    /// Highlights the words matching `text` on the page and counts the matches in the document.
    void setSearchText(const QString& text);
    /// Matching words on the page shown / in the whole document.
    int pageMatches() const { return m_pageMatches; }
    int documentMatches() const { return m_documentMatches; }
    /// True when a Word document is shown, false for a PDF or nothing.
    bool showsWord() const;

    PdfPageView* pageView() const { return m_pageView; }
    PageThumbnailModel* thumbnails() const { return m_thumbModel; }
    QStandardItemModel* tables() const { return m_tableModel; }
    QPlainTextEdit* pageText() const { return m_text; }
    QTextBrowser* wordView() const { return m_word; }

Q_SIGNALS:
    /// The image of page `index` is shown (or its error message, when `ok` is false).
    void pageRendered(int index, bool ok);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    QWidget* createPdfPage();
    void applyPendingFit();
    void requestRender();
    void renderFinished();
    void updatePageWidgets();
    void updateHighlights();
    void nextMatch();
    void showTable(const QModelIndex& index);
    QList<QRectF> matchingWords(int page) const;

    QStackedWidget* m_stack;
    QTextBrowser* m_word;
    PdfPageView* m_pageView;
    PageThumbnailModel* m_thumbModel;
    QListView* m_thumbView;
    QStandardItemModel* m_tableModel;
    QListView* m_tableView;
    QPlainTextEdit* m_text;
    QTabWidget* m_side;
    QSplitter* m_pageSplit;
    QToolButton* m_prev;
    QToolButton* m_next;
    QSpinBox* m_pageSpin;
    QLabel* m_pageOf;
    QLabel* m_zoomLabel;
    QLineEdit* m_search;
    QLabel* m_matches;

    QString m_path;
    QJsonArray m_pages;
    QJsonArray m_tablesJson;
    int m_page = -1;
    double m_zoom = 1.0;
    bool m_fitPending = false;
    int m_generation = 0;
    int m_pageMatches = 0;
    int m_documentMatches = 0;
    QStringList m_tokens;
    QFutureWatcher<PdfRenderResult>* m_render;
    QFutureWatcher<PdfRenderResult>* m_thumbs;
};

} // namespace sluice
