#include "ocr_review_tab.h"

#include "images/image_loader.h"
#include "ocr_word_model.h"
#include "ocr_word_overlay_view.h"
#include "service/processing_service.h"
#include "settings.h"

#include <QBoxLayout>
#include <QButtonGroup>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QResizeEvent>
#include <QScrollBar>
#include <QShortcut>
#include <QSlider>
#include <QSpinBox>
#include <QSplitter>
#include <QTextBlock>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace sluice {

namespace {

/// Longest side a page image is kept at for display (pixels); larger images are scaled down in the
/// worker, and the view stretches them back onto the page's pixel grid.
constexpr int kDisplaySide = 4000;
constexpr double kDefaultDpi = 300;
/// Narrower than this (pixels), the tab stacks its tool rows and puts the text below the page.
constexpr int kNarrow = 760;

QToolButton* toolButton(QWidget* parent, const QString& text, const QString& tip) {
    auto* b = new QToolButton(parent);
    b->setText(text);
    b->setToolTip(tip);
    b->setAutoRaise(true);
    return b;
}

QString signedNumber(double v, int decimals) {
    return QString::number(v, 'f', decimals).replace(QLatin1Char('-'), QChar(0x2212));
}

QString numberText(double v) {
    return QString::number(v, 'f', 1);
}

/// Decodes a page image for display on a worker; `page` > 0 picks that page (0-based) of a multi-page
/// TIFF.
QImage loadForDisplay(const QString& path, int page, QString* error) {
    ImageLoadOptions options;
    options.allPages = page > 0;
    const ImageLoadResult r = loadImage(path, options);
    if (!r.ok()) {
        *error = r.error;
        return {};
    }
    // A file of one picture stands for every page that names it.
    QImage image = page > 0 && r.loaded.pages.size() > 1 ? r.loaded.pages.value(page) : r.loaded.image;
    if (image.isNull()) {
        *error = OcrReviewTab::tr("the file has no page %1").arg(page + 1);
        return {};
    }
    if (qMax(image.width(), image.height()) > kDisplaySide)
        image = image.scaled(kDisplaySide, kDisplaySide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image.convertToFormat(QImage::Format_RGB32);
}

} // namespace

OcrReviewTab::OcrReviewTab(ProcessingService* service, QWidget* parent)
    : PreviewTab(parent), m_service(service) {
    // Tool bar: pages, image, zoom, threshold, save.
    auto* prev = toolButton(this, tr("◀"), tr("Previous page"));
    auto* next = toolButton(this, tr("▶"), tr("Next page"));
    m_pageSpin = new QSpinBox(this);
    m_pageSpin->setMinimum(1);
    m_pageSpin->setAccessibleName(tr("Page number"));
    m_pageOf = new QLabel(this);
    m_original = toolButton(this, tr("Original"), tr("Show the image as it came in"));
    m_preprocessed =
        toolButton(this, tr("Preprocessed"), tr("Show the image as Tesseract read it, after preprocessing"));
    m_original->setCheckable(true);
    m_preprocessed->setCheckable(true);
    m_original->setChecked(true);
    auto* imageGroup = new QButtonGroup(this);
    imageGroup->addButton(m_original);
    imageGroup->addButton(m_preprocessed);
    auto* zoomOut = toolButton(this, tr("−"), tr("Zoom out"));
    auto* zoomIn = toolButton(this, tr("+"), tr("Zoom in"));
    auto* fit = toolButton(this, tr("Fit"), tr("Fit the page into the view"));
    auto* actual = toolButton(this, tr("100%"), tr("One page pixel per screen pixel"));
    m_zoomLabel = new QLabel(this);
    m_zoomLabel->setMinimumWidth(44);
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setRange(0, 100);
    m_slider->setMinimumWidth(80);
    m_slider->setMaximumWidth(200);
    m_slider->setAccessibleName(tr("Confidence threshold"));
    m_slider->setToolTip(
        tr("Words recognised with less confidence than this (0–100) are marked red and listed"));
    m_thresholdLabel = new QLabel(this);
    m_thresholdLabel->setMinimumWidth(24);
    m_save = new QToolButton(this);
    m_save->setText(tr("Save corrections"));
    m_save->setToolTip(tr("Write the corrections into the result and the exported text and hOCR (Ctrl+S)"));

    // Pages, picture and zoom on one row, threshold and saving on another; side by side when wide.
    auto* viewBar = new QHBoxLayout;
    viewBar->setSpacing(2);
    viewBar->addWidget(prev);
    viewBar->addWidget(m_pageSpin);
    viewBar->addWidget(m_pageOf);
    viewBar->addWidget(next);
    viewBar->addSpacing(8);
    viewBar->addWidget(m_original);
    viewBar->addWidget(m_preprocessed);
    viewBar->addSpacing(8);
    viewBar->addWidget(zoomOut);
    viewBar->addWidget(m_zoomLabel);
    viewBar->addWidget(zoomIn);
    viewBar->addWidget(fit);
    viewBar->addWidget(actual);
    viewBar->addStretch(1);
    auto* reviewBar = new QHBoxLayout;
    reviewBar->setSpacing(2);
    reviewBar->addWidget(new QLabel(tr("Threshold:"), this));
    reviewBar->addWidget(m_slider, 1);
    reviewBar->addWidget(m_thresholdLabel);
    reviewBar->addSpacing(8);
    reviewBar->addWidget(m_save);
    m_bars = new QBoxLayout(QBoxLayout::LeftToRight);
    m_bars->setContentsMargins(0, 0, 0, 0);
    m_bars->addLayout(viewBar, 1);
    m_bars->addLayout(reviewBar);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_view = new OcrWordOverlayView(this);
    m_text = new QPlainTextEdit(this);
    m_text->setReadOnly(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setAccessibleName(tr("Recognised text"));
    m_text->setPlaceholderText(tr("No text was recognised on this page."));

    m_model = new OcrWordModel(this);
    m_lowWords = new OcrLowConfidenceProxy(this);
    m_lowWords->setSourceModel(m_model);
    m_lowList = new QTreeView(this);
    m_lowList->setModel(m_lowWords);
    m_lowList->setRootIsDecorated(false);
    m_lowList->setUniformRowHeights(true);
    m_lowList->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_lowList->setAccessibleName(tr("Words below the threshold"));
    m_lowList->header()->setSectionResizeMode(OcrWordModel::WordColumn, QHeaderView::Stretch);
    m_lowList->header()->setSectionResizeMode(OcrWordModel::ConfidenceColumn, QHeaderView::ResizeToContents);
    m_lowList->header()->setStretchLastSection(false);
    m_lowList->installEventFilter(this);
    m_lowTitle = new QLabel(this);
    m_lowTitle->setWordWrap(true);
    auto* lowPane = new QWidget(this);
    auto* lowLayout = new QVBoxLayout(lowPane);
    lowLayout->setContentsMargins(0, 0, 0, 0);
    lowLayout->addWidget(m_lowTitle);
    lowLayout->addWidget(m_lowList, 1);

    auto* side = new QSplitter(Qt::Vertical, this);
    side->addWidget(m_text);
    side->addWidget(lowPane);
    side->setStretchFactor(0, 3);
    side->setStretchFactor(1, 2);
    side->setChildrenCollapsible(false);
    m_split = new QSplitter(Qt::Horizontal, this);
    m_split->addWidget(m_view);
    m_split->addWidget(side);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);
    m_split->setChildrenCollapsible(false);

    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(m_bars);
    layout->addWidget(m_summary);
    layout->addWidget(m_split, 1);
    layout->addWidget(m_note);

    connect(prev, &QToolButton::clicked, this, [this] { setPage(m_page - 1); });
    connect(next, &QToolButton::clicked, this, [this] { setPage(m_page + 1); });
    connect(m_pageSpin, &QSpinBox::valueChanged, this, [this](int v) { setPage(v - 1); });
    connect(m_original, &QToolButton::clicked, this, [this] { setShowPreprocessed(false); });
    connect(m_preprocessed, &QToolButton::clicked, this, [this] { setShowPreprocessed(true); });
    connect(zoomOut, &QToolButton::clicked, this, [this] { m_view->setZoom(m_view->zoom() / 1.25); });
    connect(zoomIn, &QToolButton::clicked, this, [this] { m_view->setZoom(m_view->zoom() * 1.25); });
    connect(fit, &QToolButton::clicked, m_view, &OcrWordOverlayView::fitToWindow);
    connect(actual, &QToolButton::clicked, this, [this] { m_view->setZoom(1.0); });
    connect(m_view, &OcrWordOverlayView::zoomChanged, this,
            [this](double z) { m_zoomLabel->setText(tr("%1 %").arg(qRound(z * 100))); });
    connect(m_slider, &QSlider::valueChanged, this, [this](int v) {
        settings::ocrConfidenceThreshold().setValue(v);
        m_thresholdLabel->setText(QString::number(v));
        m_lowWords->setThreshold(v);
        m_view->setThreshold(v);
        updateSummary();
    });
    connect(m_save, &QToolButton::clicked, this, &OcrReviewTab::saveCorrections);
    connect(m_view, &OcrWordOverlayView::wordClicked, this, [this](int i) { selectWordFrom(i, From::Box); });
    connect(m_view, &OcrWordOverlayView::wordEdited, this, &OcrReviewTab::correctWord);
    connect(m_model, &OcrWordModel::editRequested, this, &OcrReviewTab::correctWord);
    connect(m_text, &QPlainTextEdit::cursorPositionChanged, this, &OcrReviewTab::textCursorMoved);
    connect(m_lowList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &OcrReviewTab::lowWordChanged);

    auto shortcut = [this](const QKeySequence& keys, auto slot) {
        auto* s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::Key_F3), [this] { nextLowWord(); });
    shortcut(QKeySequence(Qt::SHIFT | Qt::Key_F3), [this] { previousLowWord(); });
    shortcut(QKeySequence::Save, [this] { saveCorrections(); });

    connect(&m_imageWatcher, &QFutureWatcher<LoadedImage>::finished, this, [this] {
        if (m_imageWatcher.property("request").toInt() != m_generation || m_imageWatcher.isCanceled())
            return;
        const LoadedImage r = m_imageWatcher.result();
        imageLoaded(r.image, r.error);
    });
    connect(&m_pdfWatcher, &QFutureWatcher<PdfRenderResult>::finished, this, [this] {
        if (m_pdfWatcher.property("request").toInt() != m_generation || m_pdfWatcher.isCanceled() ||
            m_pdfWatcher.future().resultCount() == 0)
            return;
        const PdfRenderResult r = m_pdfWatcher.result();
        imageLoaded(r.image, r.error);
    });
    connect(&m_saveWatcher, &QFutureWatcher<OcrSaveResult>::finished, this, &OcrReviewTab::saveFinished);
    connect(&m_savedWatcher, &QFutureWatcher<QJsonObject>::finished, this, &OcrReviewTab::savedResultRead);

    const int threshold = qBound(0, settings::ocrConfidenceThreshold().value(), 100);
    m_slider->setValue(threshold);
    m_thresholdLabel->setText(QString::number(threshold));
    m_lowWords->setThreshold(threshold);
    m_view->setThreshold(threshold);
    updateSaveState();
}

OcrReviewTab::~OcrReviewTab() {
    // Closing an open editor commits it: nothing may reach this half-destroyed tab.
    m_model->disconnect(this);
    m_view->disconnect(this);
    // Images are only read; saves write files and must finish.
    m_imageWatcher.cancel();
    m_pdfWatcher.cancel();
    m_saveWatcher.waitForFinished();
    for (QFuture<OcrSaveResult>& f : m_backgroundSaves)
        f.waitForFinished();
}

QString OcrReviewTab::title() const {
    return tr("OCR");
}

bool OcrReviewTab::accepts(const QJsonObject& result) const {
    return !findOcrNode(result).isEmpty();
}

void OcrReviewTab::showResult(const QString& path, const QJsonObject& result) {
    const bool samePage = path == m_path;
    const int keepPage = m_page;
    clearPreview();
    m_path = path;
    m_result = result;
    m_node = findOcrNode(result);
    m_ocr = result.value(QStringLiteral("stages")).toObject().value(m_node).toObject();
    if (m_service)
        m_resultDir = m_service->resultDir();
    const int pages = pageCount();
    m_pageSpin->blockSignals(true);
    m_pageSpin->setMaximum(qMax(1, pages));
    m_pageSpin->blockSignals(false);
    m_pageOf->setText(tr("of %1").arg(pages));
    m_page = -1;
    setPage(samePage ? qMax(0, keepPage) : 0);
    if (pages == 0)
        m_view->setMessage(tr("The OCR found no page in this file."));
    // The event log may hold this result from before corrections were saved: read the saved one.
    if (!m_resultDir.isEmpty()) {
        const QString dir = m_resultDir;
        m_savedWatcher.setProperty("request", m_resultSerial);
        m_savedWatcher.setFuture(QtConcurrent::run([dir, result] { return readSavedResult(dir, result); }));
    }
}

void OcrReviewTab::clearPreview() {
    if (!m_pending.isEmpty())
        startSave(false);
    ++m_generation;
    ++m_resultSerial;
    m_imageWatcher.cancel();
    m_pdfWatcher.cancel();
    m_path.clear();
    m_result = QJsonObject();
    m_ocr = QJsonObject();
    m_node.clear();
    m_page = -1;
    m_word = -1;
    m_layout = OcrPageText();
    m_syncing = true;
    m_text->clear();
    m_syncing = false;
    m_model->setWords({});
    m_view->setBoxes({});
    m_view->setImage({}, {});
    m_view->setMessage(QString());
    m_summary->clear();
    m_lowTitle->clear();
    m_note->clear();
    updateSaveState();
}

QJsonObject OcrReviewTab::pageObject(int index) const {
    return m_ocr.value(QStringLiteral("pages")).toArray().at(index).toObject();
}

void OcrReviewTab::setPage(int index) {
    const int pages = pageCount();
    if (pages == 0)
        return;
    index = qBound(0, index, pages - 1);
    if (index == m_page)
        return;
    m_page = index;
    m_pageSpin->blockSignals(true);
    m_pageSpin->setValue(index + 1);
    m_pageSpin->blockSignals(false);
    m_view->fitToWindow();
    showPage();
    requestImage();
}

QSet<int> OcrReviewTab::correctedWords(int page) const {
    QSet<int> out;
    const int number = pageObject(page).value(QStringLiteral("page")).toInt(page + 1);
    for (const QJsonValue& v : m_ocr.value(QStringLiteral("corrections")).toArray())
        if (v.toObject().value(QStringLiteral("page")).toInt() == number)
            out.insert(v.toObject().value(QStringLiteral("word")).toInt());
    return out;
}

void OcrReviewTab::showPage() {
    const QJsonObject page = pageObject(m_page);
    const QJsonArray words = page.value(QStringLiteral("words")).toArray();
    const QSet<int> corrected = correctedWords(m_page);
    m_model->setWords(words, corrected);
    QList<OcrWordOverlayView::Box> boxes;
    boxes.reserve(words.size());
    for (int i = 0; i < m_model->rowCount(); ++i) {
        const QModelIndex idx = m_model->index(i, 0);
        // Rules and underlines come as words of white space: not drawn, not clickable.
        const bool blank = m_model->wordText(i).trimmed().isEmpty() && !corrected.contains(i);
        boxes.append({blank ? QRectF() : idx.data(OcrWordModel::BoxRole).toRectF(),
                      idx.data(OcrWordModel::ConfidenceRole).toDouble(), corrected.contains(i),
                      m_model->wordText(i)});
    }
    m_view->setBoxes(boxes);
    m_layout = layOutOcrPage(page);
    m_syncing = true;
    m_text->setPlainText(m_layout.text);
    m_syncing = false;
    m_word = -1;
    const bool hasPreprocessed = !page.value(QStringLiteral("preprocessed_image")).toString().isEmpty();
    m_preprocessed->setEnabled(hasPreprocessed);
    if (!hasPreprocessed)
        m_original->setChecked(true);
    m_pageSpin->setVisible(pageCount() > 1);
    m_pageOf->setVisible(pageCount() > 1);
    updateSummary();
}

void OcrReviewTab::requestImage() {
    const QJsonObject page = pageObject(m_page);
    ++m_generation;
    m_imageWatcher.cancel();
    m_pdfWatcher.cancel();
    m_view->setMessage(tr("Loading the page image…"));
    QString image = page.value(QStringLiteral("source_image")).toString();
    const QString preprocessed = page.value(QStringLiteral("preprocessed_image")).toString();
    if (showsPreprocessed() && !preprocessed.isEmpty())
        image = preprocessed;
    const QString mime =
        m_result.value(QStringLiteral("source")).toObject().value(QStringLiteral("mime")).toString();
    const bool pdf = mime == QLatin1String("application/pdf") ||
                     m_path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
    if (image.isEmpty() && pdf) {
        // Boxes of a PDF page are in pixels of the page rendered at the page's dpi: render it the same way.
        const double dpi = page.value(QStringLiteral("dpi")).toDouble(kDefaultDpi);
        PdfRenderRequest request;
        request.path = m_path;
        request.page = page.value(QStringLiteral("page")).toInt(m_page + 1) - 1;
        request.scale = (dpi > 0 ? dpi : kDefaultDpi) / 72.0;
        m_pdfWatcher.setProperty("request", m_generation);
        m_pdfWatcher.setFuture(PdfPageRenderer::render(request));
        return;
    }
    if (image.isEmpty())
        image = m_path;
    // A multi-page TIFF: every page names the same file; this page is the how-manieth of them.
    int fileIndex = 0;
    if (image != preprocessed)
        for (int p = 0; p < m_page; ++p)
            fileIndex += pageObject(p).value(QStringLiteral("source_image")).toString() == image ? 1 : 0;
    m_imageWatcher.setProperty("request", m_generation);
    m_imageWatcher.setFuture(QtConcurrent::run([image, fileIndex] {
        LoadedImage r;
        r.image = loadForDisplay(image, fileIndex, &r.error);
        return r;
    }));
}

void OcrReviewTab::imageLoaded(const QImage& image, const QString& error) {
    const QJsonObject page = pageObject(m_page);
    const QSizeF size(page.value(QStringLiteral("width")).toDouble(),
                      page.value(QStringLiteral("height")).toDouble());
    if (image.isNull()) {
        m_view->setImage({}, size);
        m_view->setMessage(tr("The page image cannot be shown: %1").arg(error));
        Q_EMIT pageImageShown(m_page, false);
        return;
    }
    m_view->setImage(image, size);
    m_view->setMessage(QString());
    if (showsPreprocessed()) {
        bool turned = false;
        for (const QJsonValue& v : page.value(QStringLiteral("preprocessing")).toArray()) {
            const QString step = v.toObject().value(QStringLiteral("step")).toString();
            turned |= step == QLatin1String("deskew") || step == QLatin1String("orientation");
        }
        m_note->setText(turned ? tr("The boxes are placed for the original image; the preprocessed one was "
                                    "turned, so they may not line up with it.")
                               : QString());
    }
    Q_EMIT pageImageShown(m_page, true);
}

void OcrReviewTab::setShowPreprocessed(bool preprocessed) {
    preprocessed = preprocessed && m_preprocessed->isEnabled();
    (preprocessed ? m_preprocessed : m_original)->setChecked(true);
    if (!preprocessed)
        m_note->clear();
    if (m_page >= 0)
        requestImage();
}

bool OcrReviewTab::showsPreprocessed() const {
    return m_preprocessed->isChecked() && m_preprocessed->isEnabled();
}

double OcrReviewTab::threshold() const {
    return m_slider->value();
}

void OcrReviewTab::setThreshold(int threshold) {
    m_slider->setValue(threshold);
}

QStringList OcrReviewTab::describePreprocessing(const QJsonArray& steps) {
    QStringList out;
    for (const QJsonValue& v : steps) {
        const QJsonObject s = v.toObject();
        if (s.value(QStringLiteral("applied")).toBool(true) == false)
            continue;
        const QString step = s.value(QStringLiteral("step")).toString();
        const QString method = s.value(QStringLiteral("method")).toString();
        if (step == QLatin1String("deskew")) {
            const double angle = s.value(QStringLiteral("angle_deg")).toDouble();
            if (qAbs(angle) >= 0.05)
                out << tr("deskewed %1°").arg(signedNumber(angle, 1));
        } else if (step == QLatin1String("orientation")) {
            const int rotation = s.value(QStringLiteral("rotation_deg")).toInt();
            if (rotation != 0)
                out << tr("rotated %1°").arg(rotation);
        } else if (step == QLatin1String("grayscale")) {
            out << tr("grayscale");
        } else if (step == QLatin1String("denoise")) {
            out << (method.isEmpty() ? tr("denoised") : tr("denoised (%1)").arg(method));
        } else if (step == QLatin1String("threshold") || step == QLatin1String("binarize")) {
            out << (method.isEmpty() ? tr("binarised") : tr("binarised (%1)").arg(method));
        } else if (step == QLatin1String("invert")) {
            out << tr("inverted");
        } else if (step == QLatin1String("upscale")) {
            const double factor =
                s.value(QStringLiteral("factor")).toDouble(s.value(QStringLiteral("scale")).toDouble());
            out << (factor > 0 ? tr("upscaled ×%1").arg(QString::number(factor, 'g', 3)) : tr("upscaled"));
        } else if (!step.isEmpty()) {
            out << step;
        }
    }
    return out;
}

void OcrReviewTab::updateSummary() {
    if (m_ocr.isEmpty()) {
        m_summary->clear();
        m_lowTitle->clear();
        return;
    }
    const int threshold = m_slider->value();
    int words = 0;
    int low = 0;
    for (const QJsonValue& p : m_ocr.value(QStringLiteral("pages")).toArray())
        for (const QJsonValue& w : p.toObject().value(QStringLiteral("words")).toArray()) {
            if (w.toObject().value(QStringLiteral("text")).toString().trimmed().isEmpty())
                continue;
            ++words;
            low += w.toObject().value(QStringLiteral("confidence")).toDouble() < threshold ? 1 : 0;
        }
    QStringList parts;
    parts << tr("Mean confidence %1")
                 .arg(numberText(m_ocr.value(QStringLiteral("mean_confidence")).toDouble()));
    parts << tr("Words: %1").arg(words);
    parts << tr("Below %1: %2").arg(threshold).arg(low);
    const int corrections = int(m_ocr.value(QStringLiteral("corrections")).toArray().size());
    if (corrections > 0)
        parts << tr("Corrected: %1").arg(corrections);
    const QStringList steps =
        describePreprocessing(pageObject(m_page).value(QStringLiteral("preprocessing")).toArray());
    if (!steps.isEmpty())
        parts << steps.join(QStringLiteral(", "));
    m_summary->setText(parts.join(QStringLiteral(" · ")));
    m_lowTitle->setText(tr("Below %1 on this page: %2 — F3 / Shift+F3 to step, Enter to correct")
                            .arg(threshold)
                            .arg(m_lowWords->rowCount()));
}

QString OcrReviewTab::summary() const {
    return m_summary->text();
}

void OcrReviewTab::updateSaveState() {
    m_save->setEnabled(!m_pending.isEmpty() && !m_saveWatcher.isRunning());
    m_save->setText(m_pending.isEmpty() ? tr("Save corrections")
                                        : tr("Save corrections (%1)").arg(m_pending.size()));
}

void OcrReviewTab::selectWord(int index) {
    selectWordFrom(index, From::Elsewhere);
}

void OcrReviewTab::selectWordFrom(int index, From from) {
    if (index < 0 || index >= m_model->rowCount())
        return;
    m_word = index;
    m_syncing = true;
    m_view->setCurrentWord(index, from != From::Box);
    if (from != From::Text) {
        const auto [start, length] = m_layout.wordSpans.value(index, {-1, 0});
        if (start >= 0) {
            QTextCursor cursor(m_text->document());
            cursor.setPosition(start);
            cursor.setPosition(start + length, QTextCursor::KeepAnchor);
            m_text->setTextCursor(cursor);
            m_text->ensureCursorVisible();
        }
    }
    if (from != From::List) {
        const QModelIndex low = m_lowWords->mapFromSource(m_model->index(index, 0));
        if (low.isValid()) {
            m_lowList->setCurrentIndex(low);
            m_lowList->scrollTo(low);
        } else {
            m_lowList->selectionModel()->clearSelection();
            m_lowList->selectionModel()->clearCurrentIndex();
        }
    }
    m_syncing = false;
}

void OcrReviewTab::textCursorMoved() {
    if (m_syncing)
        return;
    const int word = m_layout.wordAt(m_text->textCursor().position());
    if (word >= 0)
        selectWordFrom(word, From::Text);
}

void OcrReviewTab::lowWordChanged(const QModelIndex& current) {
    if (m_syncing || !current.isValid())
        return;
    selectWordFrom(m_lowWords->mapToSource(current).row(), From::List);
}

void OcrReviewTab::nextLowWord() {
    stepLowWord(1);
}

void OcrReviewTab::previousLowWord() {
    stepLowWord(-1);
}

void OcrReviewTab::stepLowWord(int direction) {
    const int rows = m_lowWords->rowCount();
    if (rows == 0) {
        m_note->setText(tr("No word on this page is below the threshold."));
        return;
    }
    // The next listed word after (or before) the current word in reading order, wrapping around.
    int target = direction > 0 ? 0 : rows - 1;
    for (int r = 0; r < rows; ++r) {
        const int row = direction > 0 ? r : rows - 1 - r;
        const int word = m_lowWords->mapToSource(m_lowWords->index(row, 0)).row();
        if ((direction > 0 && word > m_word) || (direction < 0 && m_word >= 0 && word < m_word)) {
            target = row;
            break;
        }
    }
    selectWord(m_lowWords->mapToSource(m_lowWords->index(target, 0)).row());
}

void OcrReviewTab::correctWord(int index, const QString& text) {
    const QJsonObject page = pageObject(m_page);
    const QJsonArray words = page.value(QStringLiteral("words")).toArray();
    if (index < 0 || index >= words.size())
        return;
    const QString from = words.at(index).toObject().value(QStringLiteral("text")).toString();
    if (from == text)
        return;
    OcrCorrection c;
    c.page = page.value(QStringLiteral("page")).toInt(m_page + 1);
    c.word = index;
    c.from = from;
    c.to = text;
    const OcrCorrectionOutcome outcome = applyOcrCorrections(m_ocr, {c});
    if (!outcome.ok()) {
        m_note->setText(outcome.errors.join(QLatin1Char(' ')));
        return;
    }
    m_ocr = outcome.ocr;
    m_pending.append(c);
    m_layout = layOutOcrPage(pageObject(m_page));
    const int scroll = m_text->verticalScrollBar()->value();
    m_syncing = true;
    m_text->setPlainText(m_layout.text);
    m_text->verticalScrollBar()->setValue(scroll);
    m_syncing = false;
    m_model->setWordText(index, text);
    const QModelIndex idx = m_model->index(index, 0);
    m_view->setBox(index, {idx.data(OcrWordModel::BoxRole).toRectF(),
                           idx.data(OcrWordModel::ConfidenceRole).toDouble(), true, text});
    selectWordFrom(index, From::Elsewhere);
    m_note->setText(tr("\"%1\" corrected to \"%2\" — not saved yet.").arg(from, text));
    updateSummary();
    updateSaveState();
}

void OcrReviewTab::saveCorrections() {
    if (m_pending.isEmpty() || m_saveWatcher.isRunning())
        return;
    startSave(true);
}

void OcrReviewTab::startSave(bool keepShowing) {
    OcrSaveRequest request;
    request.result = m_result;
    request.resultDir = m_resultDir;
    request.nodeId = m_node;
    request.corrections = m_pending;
    if (!keepShowing) {
        // Leaving this result: the save finishes on its own (the destructor waits for it).
        m_backgroundSaves.append(saveOcrCorrectionsAsync(request));
        m_pending.clear();
        return;
    }
    m_saving = int(m_pending.size());
    m_note->setText(tr("Saving the corrections…"));
    m_saveWatcher.setProperty("request", m_path);
    m_saveWatcher.setFuture(saveOcrCorrectionsAsync(request));
    updateSaveState();
}

void OcrReviewTab::saveFinished() {
    const OcrSaveResult r = m_saveWatcher.result();
    const bool current = m_saveWatcher.property("request").toString() == m_path && !m_path.isEmpty();
    QString message;
    if (!r.ok) {
        message = tr("The corrections were not saved: %1").arg(r.error);
    } else {
        message = tr("Corrections saved to %1 and %2.")
                      .arg(QFileInfo(r.txtPath).fileName(), QFileInfo(r.hocrPath).fileName());
        if (!r.warnings.isEmpty())
            message += QLatin1Char(' ') + r.warnings.join(QLatin1Char(' '));
    }
    if (current) {
        if (r.ok) {
            m_pending.remove(0, qMin(m_saving, int(m_pending.size())));
            m_result = r.result;
            // Corrections made while saving stay applied on top of what was saved.
            m_ocr = applyOcrCorrections(r.ocr, m_pending).ocr;
        }
        m_note->setText(message);
        m_note->setToolTip(r.ok ? r.txtPath + QLatin1Char('\n') + r.hocrPath : QString());
        updateSummary();
    }
    m_saving = 0;
    updateSaveState();
    Q_EMIT correctionsSaved(r.ok, r.ok ? r.txtPath + QLatin1Char('\n') + r.hocrPath : message);
}

void OcrReviewTab::savedResultRead() {
    if (m_savedWatcher.property("request").toInt() != m_resultSerial ||
        m_savedWatcher.future().resultCount() == 0)
        return;
    const QJsonObject saved = m_savedWatcher.result();
    if (saved.value(QStringLiteral("source")).toObject().value(QStringLiteral("path")).toString() !=
        m_result.value(QStringLiteral("source")).toObject().value(QStringLiteral("path")).toString())
        return;
    const QString node = findOcrNode(saved);
    const QJsonObject ocr = saved.value(QStringLiteral("stages")).toObject().value(node).toObject();
    const auto count = [](const QJsonObject& o) {
        return o.value(QStringLiteral("corrections")).toArray().size();
    };
    if (node.isEmpty() || count(ocr) <= count(m_ocr) || !m_pending.isEmpty() || m_saveWatcher.isRunning())
        return;
    m_result = saved;
    m_node = node;
    m_ocr = ocr;
    const int word = m_word;
    showPage();
    if (word >= 0)
        selectWord(word);
}

void OcrReviewTab::resizeEvent(QResizeEvent* event) {
    PreviewTab::resizeEvent(event);
    // In a narrow result pane the tool rows stack and the text goes below the page.
    const bool narrow = event->size().width() < kNarrow;
    m_bars->setDirection(narrow ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
    const Qt::Orientation orientation = narrow ? Qt::Vertical : Qt::Horizontal;
    if (m_split->orientation() != orientation || !m_splitSized) {
        m_split->setOrientation(orientation);
        // The page gets three fifths at first, whatever the text and list would like.
        const int length = narrow ? event->size().height() : event->size().width();
        if (length > 200) {
            m_splitSized = true;
            m_split->setSizes({length * 3 / 5, length * 2 / 5});
        }
    }
}

bool OcrReviewTab::eventFilter(QObject* watched, QEvent* event) {
    // Enter on a listed word edits it. While the list edits a word its editor has the focus, and its
    // Enter (which the delegate commits on the next turn) reaches the list too: not an edit then.
    if (watched == m_lowList && event->type() == QEvent::KeyPress && m_lowList->hasFocus()) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && m_lowList->currentIndex().isValid()) {
            m_lowList->edit(m_lowList->currentIndex().siblingAtColumn(OcrWordModel::WordColumn));
            return true;
        }
    }
    return PreviewTab::eventFilter(watched, event);
}

} // namespace sluice
