#include "document_preview_tab.h"

#include "page_thumbnail_model.h"
#include "pdf_page_view.h"
#include "word_document_html.h"

#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QResizeEvent>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace sluice {

namespace {

constexpr double kMinZoom = 0.1;
constexpr double kMaxZoom = 8.0;
constexpr qint64 kPixelBudget = 16'000'000;
constexpr int kThumbnailSide = 96;
constexpr int kNarrow = 700;

QString normalised(const QString& text) {
    return text.normalized(QString::NormalizationForm_KC).toCaseFolded();
}

QRectF rectOf(const QJsonArray& xywh, int offset) {
    return QRectF(xywh.at(offset).toDouble(), xywh.at(offset + 1).toDouble(), xywh.at(offset + 2).toDouble(),
                  xywh.at(offset + 3).toDouble());
}

QToolButton* toolButton(QWidget* parent, const QString& text, const QString& tip) {
    auto* b = new QToolButton(parent);
    b->setText(text);
    b->setToolTip(tip);
    b->setAutoRaise(true);
    return b;
}

} // namespace

DocumentPreviewTab::DocumentPreviewTab(QWidget* parent)
    : PreviewTab(parent), m_stack(new QStackedWidget(this)), m_word(new QTextBrowser(this)),
      m_render(new QFutureWatcher<PdfRenderResult>(this)),
      m_thumbs(new QFutureWatcher<PdfRenderResult>(this)) {
    m_stack->addWidget(createPdfPage());
    m_word->setOpenExternalLinks(true);
    m_word->setAccessibleName(tr("Word document"));
    m_stack->addWidget(m_word);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_stack);

    connect(m_render, &QFutureWatcher<PdfRenderResult>::finished, this, &DocumentPreviewTab::renderFinished);
    connect(m_thumbs, &QFutureWatcher<PdfRenderResult>::resultReadyAt, this, [this](int i) {
        const PdfRenderResult r = m_thumbs->resultAt(i);
        m_thumbModel->setThumbnail(r.page, r.image);
    });
}

DocumentPreviewTab::~DocumentPreviewTab() {
    // The workers hold copies of what they need; canceling lets them stop early.
    m_render->cancel();
    m_thumbs->cancel();
}

QWidget* DocumentPreviewTab::createPdfPage() {
    auto* page = new QWidget(this);
    m_prev = toolButton(page, tr("◀"), tr("Previous page"));
    m_next = toolButton(page, tr("▶"), tr("Next page"));
    m_pageSpin = new QSpinBox(page);
    m_pageSpin->setAccessibleName(tr("Page number"));
    m_pageSpin->setMinimum(1);
    m_pageOf = new QLabel(page);
    QToolButton* zoomOut = toolButton(page, tr("−"), tr("Zoom out"));
    QToolButton* zoomIn = toolButton(page, tr("+"), tr("Zoom in"));
    QToolButton* fit = toolButton(page, tr("Fit"), tr("Fit the page width into the view"));
    m_zoomLabel = new QLabel(page);
    m_zoomLabel->setMinimumWidth(40);
    m_search = new QLineEdit(page);
    m_search->setPlaceholderText(tr("Search the text"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search"));
    m_matches = new QLabel(page);

    connect(m_prev, &QToolButton::clicked, this, [this] { setPage(m_page - 1); });
    connect(m_next, &QToolButton::clicked, this, [this] { setPage(m_page + 1); });
    connect(m_pageSpin, &QSpinBox::valueChanged, this, [this](int v) { setPage(v - 1); });
    connect(zoomOut, &QToolButton::clicked, this, [this] { setZoom(m_zoom / 1.25); });
    connect(zoomIn, &QToolButton::clicked, this, [this] { setZoom(m_zoom * 1.25); });
    connect(fit, &QToolButton::clicked, this, &DocumentPreviewTab::fitWidth);
    connect(m_search, &QLineEdit::textChanged, this, &DocumentPreviewTab::setSearchText);
    connect(m_search, &QLineEdit::returnPressed, this, &DocumentPreviewTab::nextMatch);

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->setSpacing(2);
    bar->addWidget(m_prev);
    bar->addWidget(m_pageSpin);
    bar->addWidget(m_pageOf);
    bar->addWidget(m_next);
    bar->addSpacing(8);
    bar->addWidget(zoomOut);
    bar->addWidget(m_zoomLabel);
    bar->addWidget(zoomIn);
    bar->addWidget(fit);
    bar->addSpacing(8);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_matches);

    m_thumbModel = new PageThumbnailModel(this);
    m_thumbView = new QListView(page);
    m_thumbView->setModel(m_thumbModel);
    m_thumbView->setViewMode(QListView::IconMode);
    m_thumbView->setFlow(QListView::TopToBottom);
    m_thumbView->setWrapping(false);
    m_thumbView->setMovement(QListView::Static);
    m_thumbView->setIconSize(QSize(kThumbnailSide * 3 / 4, kThumbnailSide));
    m_thumbView->setSpacing(4);
    m_thumbView->setUniformItemSizes(true);
    m_thumbView->setFixedWidth(kThumbnailSide * 3 / 4 + 34);
    m_thumbView->setAccessibleName(tr("Pages"));
    connect(m_thumbView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    setPage(current.row());
            });

    m_pageView = new PdfPageView(page);

    m_text = new QPlainTextEdit(page);
    m_text->setReadOnly(true);
    m_text->setAccessibleName(tr("Text of the page"));
    m_text->setPlaceholderText(tr("This page has no text layer."));
    m_tableModel = new QStandardItemModel(this);
    m_tableView = new QListView(page);
    m_tableView->setModel(m_tableModel);
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableView->setAccessibleName(tr("Tables"));
    connect(m_tableView, &QListView::activated, this, &DocumentPreviewTab::showTable);
    connect(m_tableView, &QListView::clicked, this, &DocumentPreviewTab::showTable);
    m_side = new QTabWidget(page);
    m_side->setDocumentMode(true);
    m_side->addTab(m_text, tr("Text"));
    m_side->addTab(m_tableView, tr("Tables"));

    m_pageSplit = new QSplitter(Qt::Vertical, page);
    m_pageSplit->addWidget(m_pageView);
    m_pageSplit->addWidget(m_side);
    m_pageSplit->setStretchFactor(0, 3);
    m_pageSplit->setStretchFactor(1, 2);
    m_pageSplit->setChildrenCollapsible(false);

    auto* body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->addWidget(m_thumbView);
    body->addWidget(m_pageSplit, 1);

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addLayout(body, 1);
    return page;
}

QString DocumentPreviewTab::title() const {
    return tr("Document");
}

QJsonObject DocumentPreviewTab::pdfOutput(const QJsonObject& result) {
    const QJsonObject stages = result.value(QStringLiteral("stages")).toObject();
    for (auto it = stages.begin(); it != stages.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        if (o.contains(QStringLiteral("page_list")) && o.contains(QStringLiteral("pdf_version")))
            return o;
    }
    return {};
}

QJsonObject DocumentPreviewTab::docxOutput(const QJsonObject& result) {
    const QJsonObject stages = result.value(QStringLiteral("stages")).toObject();
    for (auto it = stages.begin(); it != stages.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        if (o.contains(QStringLiteral("body")) && o.contains(QStringLiteral("core_properties")))
            return o;
    }
    return {};
}

bool DocumentPreviewTab::accepts(const QJsonObject& result) const {
    return !pdfOutput(result).isEmpty() || !docxOutput(result).isEmpty();
}

bool DocumentPreviewTab::showsWord() const {
    return m_stack->currentWidget() == m_word && m_page < 0 && !m_word->document()->isEmpty();
}

void DocumentPreviewTab::showResult(const QString& path, const QJsonObject& result) {
    const QJsonObject pdf = pdfOutput(result);
    if (pdf.isEmpty()) {
        clearPreview();
        m_word->setHtml(WordDocumentHtml::toHtml(docxOutput(result)));
        m_stack->setCurrentWidget(m_word);
        return;
    }
    const bool sameFile =
        path == m_path && m_pages.size() == pdf.value(QStringLiteral("page_list")).toArray().size();
    const int keepPage = m_page;
    clearPreview();
    m_path = path;
    m_pages = pdf.value(QStringLiteral("page_list")).toArray();
    m_tablesJson = pdf.value(QStringLiteral("tables")).toArray();
    m_stack->setCurrentIndex(0);

    for (const QJsonValue& v : std::as_const(m_tablesJson)) {
        const QJsonObject t = v.toObject();
        auto* item = new QStandardItem(tr("Table %1 on page %2: %3 × %4")
                                           .arg(m_tableModel->rowCount() + 1)
                                           .arg(t.value(QStringLiteral("page")).toInt())
                                           .arg(t.value(QStringLiteral("rows")).toInt())
                                           .arg(t.value(QStringLiteral("columns")).toInt()));
        QStringList preview;
        for (const QJsonValue& row : t.value(QStringLiteral("cells")).toArray()) {
            QStringList cells;
            for (const QJsonValue& c : row.toArray())
                cells << c.toString();
            preview << cells.join(QStringLiteral(" | "));
            if (preview.size() >= 8)
                break;
        }
        item->setToolTip(preview.join(QLatin1Char('\n')));
        m_tableModel->appendRow(item);
    }
    m_side->setTabText(1, tr("Tables (%1)").arg(m_tablesJson.size()));

    m_thumbModel->reset(int(m_pages.size()), QSize(kThumbnailSide * 3 / 4, kThumbnailSide));
    m_thumbs->setFuture(PdfPageRenderer::thumbnails(path, QString(), kThumbnailSide));
    m_pageSpin->blockSignals(true);
    m_pageSpin->setMaximum(qMax(1, int(m_pages.size())));
    m_pageSpin->blockSignals(false);
    m_pageOf->setText(tr("of %1").arg(m_pages.size()));
    m_fitPending = m_fitPending || !sameFile;
    setPage(sameFile ? keepPage : 0);
    applyPendingFit();
}

void DocumentPreviewTab::clearPreview() {
    ++m_generation;
    m_render->cancel();
    m_thumbs->cancel();
    m_path.clear();
    m_pages = QJsonArray();
    m_tablesJson = QJsonArray();
    m_page = -1;
    m_tableModel->clear();
    m_thumbModel->reset(0, QSize());
    m_text->clear();
    m_word->clear();
    m_pageView->canvas()->setImage(QPixmap());
    m_pageView->canvas()->setTables({});
    m_pageView->canvas()->setHighlights({});
    m_pageView->canvas()->setMessage(QString());
    m_pageMatches = 0;
    m_documentMatches = 0;
    m_matches->clear();
}

void DocumentPreviewTab::setPage(int index) {
    if (m_pages.isEmpty())
        return;
    index = qBound(0, index, int(m_pages.size()) - 1);
    const bool changed = index != m_page;
    m_page = index;
    updatePageWidgets();
    if (changed || m_pageView->canvas()->pixmap().isNull())
        requestRender();
}

void DocumentPreviewTab::setZoom(double zoom) {
    zoom = qBound(kMinZoom, zoom, kMaxZoom);
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    m_zoom = zoom;
    updatePageWidgets();
    requestRender();
}

void DocumentPreviewTab::fitWidth() {
    if (m_page < 0)
        return;
    const double width = m_pages.at(m_page).toObject().value(QStringLiteral("width_pt")).toDouble(612);
    const int available =
        m_pageView->viewport()->width() - m_pageView->verticalScrollBar()->sizeHint().width() - 8;
    if (width > 0 && available > 100)
        setZoom(available / width);
}

void DocumentPreviewTab::updatePageWidgets() {
    if (m_page < 0)
        return;
    const QJsonObject page = m_pages.at(m_page).toObject();
    const QSizeF size(page.value(QStringLiteral("width_pt")).toDouble(612),
                      page.value(QStringLiteral("height_pt")).toDouble(792));
    m_pageView->setPage(size, m_zoom);
    m_zoomLabel->setText(tr("%1 %").arg(qRound(m_zoom * 100)));
    m_pageSpin->blockSignals(true);
    m_pageSpin->setValue(m_page + 1);
    m_pageSpin->blockSignals(false);
    m_prev->setEnabled(m_page > 0);
    m_next->setEnabled(m_page + 1 < m_pages.size());
    const QModelIndex thumb = m_thumbModel->index(m_page);
    if (m_thumbView->currentIndex() != thumb) {
        m_thumbView->selectionModel()->blockSignals(true);
        m_thumbView->setCurrentIndex(thumb);
        m_thumbView->selectionModel()->blockSignals(false);
        m_thumbView->scrollTo(thumb);
    }
    const QString text = page.value(QStringLiteral("text")).toString();
    if (m_text->toPlainText() != text)
        m_text->setPlainText(text);
    QList<QRectF> tables;
    for (const QJsonValue& v : std::as_const(m_tablesJson)) {
        const QJsonObject t = v.toObject();
        if (t.value(QStringLiteral("page")).toInt() == m_page + 1)
            tables << rectOf(t.value(QStringLiteral("bbox")).toArray(), 0);
    }
    m_pageView->canvas()->setTables(tables);
    updateHighlights();
}

void DocumentPreviewTab::requestRender() {
    if (m_page < 0 || m_path.isEmpty())
        return;
    ++m_generation;
    m_render->cancel();
    PdfRenderRequest request;
    request.path = m_path;
    request.page = m_page;
    request.scale = m_zoom * devicePixelRatioF();
    request.pixelBudget = kPixelBudget;
    m_pageView->canvas()->setMessage(m_pageView->canvas()->pixmap().isNull() ? tr("Rendering…") : QString());
    QFuture<PdfRenderResult> future = PdfPageRenderer::render(request);
    m_render->setProperty("generation", m_generation);
    m_render->setFuture(future);
}

void DocumentPreviewTab::renderFinished() {
    if (m_render->property("generation").toInt() != m_generation || m_render->isCanceled() ||
        m_render->future().resultCount() == 0)
        return;
    const PdfRenderResult r = m_render->result();
    if (r.page != m_page)
        return;
    if (r.image.isNull()) {
        m_pageView->canvas()->setImage(QPixmap());
        m_pageView->canvas()->setMessage(tr("The page cannot be shown: %1").arg(r.error));
        Q_EMIT pageRendered(r.page, false);
        return;
    }
    QPixmap pixmap = QPixmap::fromImage(r.image);
    m_pageView->canvas()->setMessage(r.reduced ? QString() : QString());
    m_pageView->canvas()->setImage(pixmap);
    m_pageView->canvas()->setToolTip(r.reduced ? tr("Shown at a lower resolution: the page is too large to "
                                                    "render at this zoom.")
                                               : QString());
    Q_EMIT pageRendered(r.page, true);
}

QList<QRectF> DocumentPreviewTab::matchingWords(int page) const {
    QList<QRectF> out;
    if (m_tokens.isEmpty() || page < 0 || page >= m_pages.size())
        return out;
    for (const QJsonValue& v : m_pages.at(page).toObject().value(QStringLiteral("word_boxes")).toArray()) {
        const QJsonArray w = v.toArray();
        const QString word = normalised(w.at(0).toString());
        for (const QString& token : m_tokens)
            if (word.contains(token)) {
                out << rectOf(w, 1);
                break;
            }
    }
    return out;
}

void DocumentPreviewTab::setSearchText(const QString& text) {
    if (m_search->text() != text) {
        m_search->setText(text); // calls back here through textChanged
        return;
    }
    m_tokens = normalised(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    m_documentMatches = 0;
    for (int i = 0; i < m_pages.size(); ++i)
        m_documentMatches += int(matchingWords(i).size());
    updateHighlights();
}

void DocumentPreviewTab::updateHighlights() {
    const QList<QRectF> words = matchingWords(m_page);
    m_pageMatches = int(words.size());
    m_pageView->canvas()->setHighlights(words);
    if (!words.isEmpty())
        m_pageView->reveal(words.first());
    m_matches->setText(
        m_tokens.isEmpty() ? QString() : tr("%1 here, %2 in all").arg(m_pageMatches).arg(m_documentMatches));
    // The same words in the page's text.
    QList<QTextEdit::ExtraSelection> selections;
    for (const QString& token : std::as_const(m_tokens)) {
        QTextCursor cursor(m_text->document());
        while (true) {
            cursor = m_text->document()->find(token, cursor);
            if (cursor.isNull())
                break;
            QTextEdit::ExtraSelection s;
            s.cursor = cursor;
            s.format.setBackground(QColor(255, 200, 0, 140));
            selections << s;
        }
    }
    m_text->setExtraSelections(selections);
}

void DocumentPreviewTab::nextMatch() {
    if (m_tokens.isEmpty() || m_pages.isEmpty())
        return;
    for (int step = 1; step <= m_pages.size(); ++step) {
        const int page = (m_page + step) % int(m_pages.size());
        if (!matchingWords(page).isEmpty()) {
            setPage(page);
            return;
        }
    }
}

void DocumentPreviewTab::showTable(const QModelIndex& index) {
    if (!index.isValid() || index.row() >= m_tablesJson.size())
        return;
    const QJsonObject t = m_tablesJson.at(index.row()).toObject();
    setPage(t.value(QStringLiteral("page")).toInt() - 1);
    m_pageView->reveal(rectOf(t.value(QStringLiteral("bbox")).toArray(), 0));
}

void DocumentPreviewTab::resizeEvent(QResizeEvent* event) {
    PreviewTab::resizeEvent(event);
    // Text beside the page when there is room, below it when the pane is narrow.
    m_pageSplit->setOrientation(event->size().width() >= kNarrow ? Qt::Horizontal : Qt::Vertical);
    applyPendingFit();
}

void DocumentPreviewTab::showEvent(QShowEvent* event) {
    PreviewTab::showEvent(event);
    applyPendingFit();
}

void DocumentPreviewTab::applyPendingFit() {
    // The width is known only once the tab is shown and laid out.
    if (m_fitPending && m_page >= 0 && isVisible() && m_pageView->viewport()->width() > 150) {
        m_fitPending = false;
        fitWidth();
    }
}

} // namespace sluice
