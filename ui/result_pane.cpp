#include "result_pane.h"

#include "event_labels.h"
#include "json_tree_model.h"
#include "preview_tab.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeDatabase>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

namespace sluice {

namespace {

constexpr int kMaxPreviewChars = 1000000;

const QStringList& resultKeyOrder() {
    static const QStringList keys = {
        QStringLiteral("status"),   QStringLiteral("errors"),  QStringLiteral("warnings"),
        QStringLiteral("source"),   QStringLiteral("stages"),  QStringLiteral("node_status"),
        QStringLiteral("pipeline"), QStringLiteral("started"), QStringLiteral("duration_ms")};
    return keys;
}

QString fileNameOf(const QString& path) {
    const int slash = path.lastIndexOf(QLatin1Char('/'));
    return slash >= 0 ? path.mid(slash + 1) : path;
}

QLabel* boldLabel(QWidget* parent, qreal scale = 1.0) {
    auto* label = new QLabel(parent);
    QFont f = label->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * scale);
    label->setFont(f);
    return label;
}

} // namespace

ResultPane::ResultPane(QWidget* parent)
    : QWidget(parent), m_stack(new QStackedWidget(this)), m_model(new JsonTreeModel(this)) {
    setMinimumWidth(280); // with the other panes at their minimum, fits a 1024-pixel-wide screen
    m_stack->addWidget(createMessagePage());
    m_stack->addWidget(createResultPage());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(3, 6, 6, 6);
    layout->addWidget(m_stack);
    clear();
}

QWidget* ResultPane::createMessagePage() {
    auto* page = new QWidget(this);
    m_messageTitle = boldLabel(page, 1.15);
    m_messageTitle->setAlignment(Qt::AlignCenter);
    m_messageTitle->setWordWrap(true);
    m_messageHint = new QLabel(page);
    m_messageHint->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_messageHint->setWordWrap(true);
    QPalette soft = m_messageHint->palette();
    QColor c = soft.color(QPalette::WindowText);
    c.setAlphaF(0.6);
    soft.setColor(QPalette::WindowText, c);
    m_messageHint->setPalette(soft);

    auto* title = boldLabel(page);
    title->setText(tr("Result"));
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addStretch(1);
    layout->addWidget(m_messageTitle);
    layout->addWidget(m_messageHint);
    layout->addStretch(2);
    return page;
}

QWidget* ResultPane::createResultPage() {
    auto* page = new QWidget(this);

    auto* title = boldLabel(page);
    title->setText(tr("Result"));

    m_badge = new QLabel(page);
    m_badge->setAlignment(Qt::AlignCenter);
    m_badge->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_name = boldLabel(page, 1.1);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_name->setMinimumWidth(50);
    m_name->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto* nameRow = new QHBoxLayout;
    nameRow->addWidget(m_badge);
    nameRow->addWidget(m_name, 1);

    m_pathEdit = new QLineEdit(page);
    m_pathEdit->setReadOnly(true);
    m_pathEdit->setFrame(false);
    m_pathEdit->setAccessibleName(tr("File path"));
    QPalette pathPalette = m_pathEdit->palette();
    pathPalette.setColor(QPalette::Base, Qt::transparent);
    m_pathEdit->setPalette(pathPalette);
    m_openButton = new QToolButton(page);
    m_openButton->setText(tr("Open"));
    m_openButton->setToolTip(tr("Open the file with its default application"));
    connect(m_openButton, &QToolButton::clicked, this, &ResultPane::openFile);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_pathEdit, 1);
    pathRow->addWidget(m_openButton);

    m_summary = new QLabel(page);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_errorBox = new QLabel(page);
    m_errorBox->setObjectName(QStringLiteral("errorBox"));
    m_errorBox->setWordWrap(true);
    m_errorBox->setTextFormat(Qt::RichText);
    m_errorBox->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorBox->setStyleSheet(
        QStringLiteral("QLabel#errorBox { background: #fdecea; color: #8a1c14;"
                       " border: 1px solid #f1b0ab; border-radius: 4px; padding: 6px; }"));

    m_warningBox = new QLabel(page);
    m_warningBox->setObjectName(QStringLiteral("warningBox"));
    m_warningBox->setWordWrap(true);
    m_warningBox->setTextFormat(Qt::RichText);
    m_warningBox->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warningBox->setStyleSheet(
        QStringLiteral("QLabel#warningBox { background: #fff4e5; color: #6b4100;"
                       " border: 1px solid #f0c27b; border-radius: 4px; padding: 6px; }"));
    m_warningBox->hide();

    m_note = new QLabel(page);
    m_note->setWordWrap(true);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setStyleSheet(QStringLiteral("QLabel#note { background: #eef3f8; color: #2b4a66;"
                                         " border: 1px solid #c9d8e6; border-radius: 4px; padding: 6px; }"));

    // The tree with its buttons, and the full value of the selected key below it.
    m_tree = new QTreeView(page);
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setAcceptDrops(false);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->resizeSection(JsonTreeModel::KeyColumn, 150); // leaves the values room at 280 px
    m_tree->setAccessibleName(tr("Result document"));
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ResultPane::showSelectedValue);

    auto makeButton = [page](const QString& text, const QString& tip) {
        auto* b = new QToolButton(page);
        b->setText(text);
        b->setToolTip(tip);
        return b;
    };
    QToolButton* expand = makeButton(tr("Expand all"), tr("Show every key of the result"));
    QToolButton* collapse = makeButton(tr("Collapse all"), tr("Show only the top-level keys"));
    QToolButton* copy = makeButton(tr("Copy JSON"), tr("Copy the whole result document to the clipboard"));
    connect(expand, &QToolButton::clicked, m_tree, &QTreeView::expandAll);
    connect(collapse, &QToolButton::clicked, m_tree, &QTreeView::collapseAll);
    connect(copy, &QToolButton::clicked, this, &ResultPane::copyJson);
    auto* treeButtons = new QHBoxLayout;
    treeButtons->setContentsMargins(0, 0, 0, 0);
    treeButtons->addWidget(expand);
    treeButtons->addWidget(collapse);
    treeButtons->addStretch(1);
    treeButtons->addWidget(copy);

    m_valueView = new QPlainTextEdit(page);
    m_valueView->setReadOnly(true);
    m_valueView->setPlaceholderText(tr("Select a key to see its whole value here."));
    m_valueView->setAccessibleName(tr("Selected value"));
    m_valueView->setLineWrapMode(QPlainTextEdit::WidgetWidth);

    auto* treeBox = new QWidget(page);
    auto* treeLayout = new QVBoxLayout(treeBox);
    treeLayout->setContentsMargins(0, 0, 0, 0);
    treeLayout->addLayout(treeButtons);
    treeLayout->addWidget(m_tree, 1);

    auto* split = new QSplitter(Qt::Vertical, page);
    split->addWidget(treeBox);
    split->addWidget(m_valueView);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    m_treeArea = split;

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addLayout(nameRow);
    layout->addLayout(pathRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_errorBox);
    layout->addWidget(m_warningBox);
    layout->addWidget(m_note);
    m_tabs = new QTabWidget(page);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(split, tr("Details"));
    layout->addWidget(m_tabs, 1);
    layout->addStretch(0); // takes the space while the tabs are hidden, so the header stays on top
    return page;
}

void ResultPane::clear() {
    showMessage(tr("No file selected"),
                tr("Select a file's event in the event log to see its result here: the status, any errors, "
                   "and everything each stage found."));
}

void ResultPane::addPreviewTab(PreviewTab* tab) {
    m_previewTabs.append(tab);
    const int index = m_tabs->addTab(tab, tab->title());
    m_tabs->setTabVisible(index, false);
}

void ResultPane::updatePreviewTabs(const QString& path, const QJsonObject& result) {
    for (PreviewTab* tab : std::as_const(m_previewTabs)) {
        const int index = m_tabs->indexOf(tab);
        const bool accepted = !result.isEmpty() && tab->accepts(result);
        if (accepted)
            tab->showResult(path, result);
        else
            tab->clearPreview();
        m_tabs->setTabVisible(index, accepted);
    }
    if (!m_tabs->isTabVisible(m_tabs->currentIndex()))
        m_tabs->setCurrentIndex(0);
}

void ResultPane::showMessage(const QString& title, const QString& hint) {
    updatePreviewTabs({}, {});
    m_path.clear();
    m_status.clear();
    m_errors.clear();
    m_warnings.clear();
    m_warningBox->hide();
    m_model->clear();
    m_valueView->clear();
    m_messageTitle->setText(title);
    m_messageHint->setText(hint);
    m_stack->setCurrentIndex(0);
}

void ResultPane::setStatusBadge(const QString& text, const QColor& color) {
    m_badge->setText(text);
    m_badge->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; font-weight: bold;"
                                          " border-radius: 4px; padding: 2px 8px; }")
                               .arg(color.name()));
}

QString ResultPane::summaryText() const {
    return m_summary->text();
}

QString ResultPane::statusText() const {
    return m_stack->currentIndex() == 1 ? m_badge->text() : QString();
}

QString ResultPane::errorText() const {
    return m_errors.join(QLatin1Char('\n'));
}

QString ResultPane::warningText() const {
    return m_warnings.join(QLatin1Char('\n'));
}

void ResultPane::showResult(const QString& path, const QJsonObject& result, const QString& failure) {
    const bool samePath = path == m_path;
    m_path = path;
    m_errors.clear();
    m_warnings.clear();
    m_warningBox->hide();
    m_name->setText(fileNameOf(path));
    m_name->setToolTip(path);
    m_pathEdit->setText(path);
    m_pathEdit->setCursorPosition(0);
    m_pathEdit->setToolTip(path);
    m_valueView->clear();
    m_stack->setCurrentIndex(1);
    updatePreviewTabs(path, result);

    if (result.isEmpty() && !failure.isEmpty()) {
        m_status = QStringLiteral("failed");
        setStatusBadge(tr("FAILED"), EventLabels::levelColor(EventLevel::Error));
        m_summary->hide();
        m_errors << failure;
        m_errorBox->setText(failure.toHtmlEscaped());
        m_errorBox->show();
        m_note->hide();
        m_model->clear();
        m_tabs->hide(); // no document: neither the tree nor a preview
        return;
    }
    if (result.isEmpty()) {
        m_status = QStringLiteral("none");
        setStatusBadge(tr("NO RESULT"), QColor(0x70, 0x77, 0x7f));
        m_summary->hide();
        m_errorBox->hide();
        m_note->setText(tr("This file has no result yet. It may still be waiting at the stability gate "
                           "(its size or time stamp is still changing) or in the queue; its result appears "
                           "here as soon as it has been processed."));
        m_note->show();
        m_model->clear();
        m_tabs->hide(); // no document: neither the tree nor a preview
        return;
    }

    m_status = result.value(QStringLiteral("status")).toString();
    const QJsonArray warnings = result.value(QStringLiteral("warnings")).toArray();
    if (m_status == QLatin1String("ok") && !warnings.isEmpty())
        setStatusBadge(tr("OK WITH WARNINGS"), EventLabels::levelColor(EventLevel::Warning));
    else if (m_status == QLatin1String("ok"))
        setStatusBadge(tr("OK"), QColor(0x2e, 0x7d, 0x32));
    else if (m_status == QLatin1String("failed"))
        setStatusBadge(tr("FAILED"), EventLabels::levelColor(EventLevel::Error));
    else if (m_status == QLatin1String("skipped"))
        setStatusBadge(tr("SKIPPED"), QColor(0x70, 0x77, 0x7f));
    else
        setStatusBadge(m_status.toUpper(), QColor(0x70, 0x77, 0x7f));

    // Summary: type, size, duration, pipeline, start time.
    const QJsonObject source = result.value(QStringLiteral("source")).toObject();
    QStringList parts;
    const QString mime = source.value(QStringLiteral("mime")).toString();
    if (!mime.isEmpty()) {
        // "Word 2007 document" (shared-mime-info's description, in the user's language), not the MIME name.
        const QMimeType type = QMimeDatabase().mimeTypeForName(mime);
        parts << (type.isValid() && !type.comment().isEmpty() ? type.comment() : mime);
    }
    m_summary->setToolTip(mime);
    if (source.contains(QStringLiteral("size")))
        parts << QLocale().formattedDataSize(qint64(source.value(QStringLiteral("size")).toDouble()));
    if (result.contains(QStringLiteral("duration_ms")))
        parts << tr("%1 ms").arg(qint64(result.value(QStringLiteral("duration_ms")).toDouble()));
    const QString pipeline = result.value(QStringLiteral("pipeline")).toString();
    if (!pipeline.isEmpty())
        parts << tr("pipeline %1").arg(pipeline);
    const QDateTime started =
        QDateTime::fromString(result.value(QStringLiteral("started")).toString(), Qt::ISODateWithMs);
    if (started.isValid())
        parts << tr("started %1").arg(QLocale().toString(started.toLocalTime(), QLocale::ShortFormat));
    for (QString& part : parts)
        part.replace(QLatin1Char(' '), QChar(QChar::Nbsp)); // a long line breaks between the parts only
    m_summary->setText(parts.join(QStringLiteral(" · ")));
    m_summary->setVisible(!parts.isEmpty());

    // Errors, prominent.
    const QJsonArray errors = result.value(QStringLiteral("errors")).toArray();
    QStringList html;
    for (const QJsonValue& v : errors) {
        const QJsonObject e = v.toObject();
        const QString stage = e.value(QStringLiteral("stage")).toString();
        const QString type = e.value(QStringLiteral("stage_type")).toString();
        const QString message = e.value(QStringLiteral("message")).toString();
        QString where = stage;
        if (!type.isEmpty() && type != stage)
            where = tr("%1 (%2)").arg(stage, type);
        m_errors << (where.isEmpty() ? message : tr("%1: %2").arg(where, message));
        QString line =
            where.isEmpty()
                ? message.toHtmlEscaped()
                : QStringLiteral("<b>%1</b>: %2").arg(where.toHtmlEscaped(), message.toHtmlEscaped());
        if (e.value(QStringLiteral("transient")).toBool())
            line += QStringLiteral(" <i>%1</i>")
                        .arg(tr("(temporary problem; may succeed on retry)").toHtmlEscaped());
        html << line;
    }
    if (html.isEmpty() && m_status == QLatin1String("failed"))
        html << tr("The file failed without an error message.").toHtmlEscaped();
    m_errorBox->setText(html.join(QStringLiteral("<br>")));
    m_errorBox->setVisible(!html.isEmpty());

    // Warnings: the item is done, but not completely (e.g. archive members left out).
    QStringList warningHtml;
    for (const QJsonValue& v : warnings) {
        const QJsonObject w = v.toObject();
        const QString stage = w.value(QStringLiteral("stage")).toString();
        const QString message = w.value(QStringLiteral("message")).toString();
        m_warnings << (stage.isEmpty() ? message : tr("%1: %2").arg(stage, message));
        warningHtml
            << (stage.isEmpty()
                    ? message.toHtmlEscaped()
                    : QStringLiteral("<b>%1</b>: %2").arg(stage.toHtmlEscaped(), message.toHtmlEscaped()));
    }
    m_warningBox->setText(warningHtml.join(QStringLiteral("<br>")));
    m_warningBox->setVisible(!warningHtml.isEmpty());
    m_note->hide();

    // The tree: keep what was expanded when the same file's result is refreshed.
    QList<QStringList> expanded;
    if (samePath) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QModelIndex i = m_model->index(row, 0);
            if (m_tree->isExpanded(i))
                expanded << i.data(JsonTreeModel::KeyPathRole).toStringList();
        }
    }
    m_model->setDocument(result, resultKeyOrder());
    m_tabs->show();
    if (samePath && !expanded.isEmpty()) {
        for (const QStringList& keyPath : std::as_const(expanded))
            m_tree->expand(m_model->indexForPath(keyPath));
    } else {
        for (const QString& key : {QStringLiteral("errors"), QStringLiteral("warnings"),
                                   QStringLiteral("source"), QStringLiteral("stages")})
            m_tree->expand(m_model->indexForPath({key}));
    }
}

void ResultPane::showSelectedValue() {
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid()) {
        m_valueView->clear();
        return;
    }
    const QJsonValue value =
        current.siblingAtColumn(0).data(JsonTreeModel::JsonValueRole).value<QJsonValue>();
    QString text;
    if (value.isObject())
        text = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented));
    else if (value.isArray())
        text = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented));
    else if (value.isString())
        text = value.toString();
    else
        text = JsonTreeModel::displayValue(value);
    if (text.size() > kMaxPreviewChars)
        text = text.left(kMaxPreviewChars) + QStringLiteral("\n…");
    m_valueView->setPlainText(text);
}

void ResultPane::copyJson() {
    if (m_model->document().isEmpty())
        return;
    QApplication::clipboard()->setText(QString::fromUtf8(QJsonDocument(m_model->document()).toJson()));
}

void ResultPane::openFile() {
    if (!m_path.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_path));
}

} // namespace sluice
