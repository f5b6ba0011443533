#include "node_output_panel.h"

#include "documents/pdf_page_renderer.h"
#include "images/image_loader.h"
#include "json_tree_model.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace sluice {

namespace {

/// The text a node produced: "text", else "preview", else the pages' texts.
QString outputText(const QJsonObject& output) {
    if (output.value(QStringLiteral("text")).isString())
        return output.value(QStringLiteral("text")).toString();
    if (output.value(QStringLiteral("preview")).isString())
        return output.value(QStringLiteral("preview")).toString();
    QStringList pages;
    for (const QJsonValue& p : output.value(QStringLiteral("pages")).toArray())
        if (p.toObject().value(QStringLiteral("text")).isString())
            pages.append(p.toObject().value(QStringLiteral("text")).toString());
    return pages.join(QStringLiteral("\n\f\n"));
}

QString statusLabel(const QString& status) {
    if (status == QLatin1String("done"))
        return NodeOutputPanel::tr("done");
    if (status == QLatin1String("failed"))
        return NodeOutputPanel::tr("failed");
    if (status == QLatin1String("skipped"))
        return NodeOutputPanel::tr("skipped");
    if (status == QLatin1String("not_reached"))
        return NodeOutputPanel::tr("not reached (another branch was taken)");
    return status;
}

} // namespace

NodeOutputPanel::NodeOutputPanel(QWidget* parent)
    : QWidget(parent), m_header(new QLabel(this)), m_tabs(new QTabWidget(this)),
      m_text(new QPlainTextEdit(this)), m_pictureLabel(new QLabel), m_pictureCaption(new QLabel),
      m_pictureTab(new QWidget), m_jsonView(new QTreeView(this)), m_jsonModel(new JsonTreeModel(this)) {
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_header->setContentsMargins(8, 6, 8, 6);
    m_text->setReadOnly(true);
    m_text->setObjectName(QStringLiteral("outputText"));
    m_pictureLabel->setAlignment(Qt::AlignCenter);
    auto* scroll = new QScrollArea;
    scroll->setWidget(m_pictureLabel);
    scroll->setWidgetResizable(true);
    scroll->setAlignment(Qt::AlignCenter);
    auto* pictureLayout = new QVBoxLayout(m_pictureTab);
    pictureLayout->setContentsMargins(0, 0, 0, 0);
    pictureLayout->addWidget(scroll);
    pictureLayout->addWidget(m_pictureCaption);
    m_pictureCaption->setStyleSheet(QStringLiteral("color: #5f6873; padding: 2px 6px;"));
    m_jsonView->setModel(m_jsonModel);
    m_jsonView->setUniformRowHeights(true);
    m_jsonView->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs);
    connect(&m_pictureWatcher, &QFutureWatcher<QImage>::finished, this, [this] {
        const QImage image = m_pictureWatcher.future().resultCount() ? m_pictureWatcher.result() : QImage();
        showPicture(image, m_pictureCaption->text());
        Q_EMIT pictureReady();
    });
    showNode({});
}

NodeOutputPanel::~NodeOutputPanel() {
    m_pictureWatcher.cancel();
    m_pictureWatcher.waitForFinished();
}

void NodeOutputPanel::setResult(const ItemResult& result) {
    m_result = result;
    showNode(m_nodeId);
}

void NodeOutputPanel::showPicture(const QImage& image, const QString& caption) {
    m_picture = image;
    m_pictureCaption->setText(caption);
    if (image.isNull()) {
        m_pictureLabel->setText(tr("No preview"));
        return;
    }
    const QImage shown = image.width() > 900 ? image.scaledToWidth(900, Qt::SmoothTransformation) : image;
    m_pictureLabel->setPixmap(QPixmap::fromImage(shown));
}

void NodeOutputPanel::showNode(const QString& id) {
    m_nodeId = id;
    while (m_tabs->count() > 0)
        m_tabs->removeTab(0);
    m_picture = QImage();
    m_pictureWatcher.cancel();
    if (m_result.item.path.isEmpty()) {
        m_header->setText(tr("<b>Try it</b><br>Choose a sample file with <i>Try it…</i>; then click a node "
                             "to see what it produced."));
        return;
    }
    if (id.isEmpty()) {
        m_header->setText(
            tr("<b>%1</b> — %2 in %3 ms<br>Click a node to see its output.")
                .arg(QFileInfo(m_result.item.path).fileName().toHtmlEscaped(), statusLabel(m_result.status))
                .arg(m_result.durationMs));
        return;
    }
    const QString status = m_result.nodeStatus.value(id).toString();
    const QJsonObject output = m_result.item.results.value(id).toObject();
    QString head =
        tr("<b>%1</b> — %2").arg(id.toHtmlEscaped(), statusLabel(status.isEmpty() ? tr("not run") : status));
    if (output.contains(QStringLiteral("duration_ms")))
        head += tr(" in %1 ms").arg(output.value(QStringLiteral("duration_ms")).toInteger());
    // A node that chose not to act (a backup on a modified file) says why.
    if (output.value(QStringLiteral("skipped")).isString())
        head += QStringLiteral("<br>%1").arg(
            tr("skipped: %1").arg(output.value(QStringLiteral("skipped")).toString()).toHtmlEscaped());
    if (output.contains(QStringLiteral("error")))
        head += QStringLiteral("<br><span style='color:#b3261e'>%1</span>")
                    .arg(output.value(QStringLiteral("error")).toString().toHtmlEscaped());
    m_header->setText(head);
    if (output.isEmpty())
        return;

    const QString text = outputText(output);
    if (!text.isEmpty()) {
        m_text->setPlainText(text);
        m_tabs->addTab(m_text, tr("Text"));
    }
    // A page for PDF readers, the picture for image stages (or the file an image stage wrote).
    const QString path = m_result.item.path;
    const QString mime = m_result.item.mime;
    const QString written = output.value(QStringLiteral("output")).toString();
    const bool isPdf = mime == QLatin1String("application/pdf") && output.contains(QStringLiteral("pages"));
    const bool isImage =
        (mime.startsWith(QLatin1String("image/")) &&
         (output.contains(QStringLiteral("width")) || output.contains(QStringLiteral("quality")))) ||
        (!written.isEmpty() && QFileInfo(written).isFile() && mime.startsWith(QLatin1String("image/")));
    if (isPdf) {
        m_tabs->addTab(m_pictureTab, tr("Page"));
        m_pictureLabel->setText(tr("Rendering page 1…"));
        m_pictureCaption->setText(tr("Page 1 of %1").arg(QFileInfo(path).fileName()));
        PdfRenderRequest request;
        request.path = path;
        request.scale = 1.25;
        m_pictureWatcher.setFuture(
            PdfPageRenderer::render(request).then([](const PdfRenderResult& r) { return r.image; }));
    } else if (isImage) {
        const QString source = !written.isEmpty() && QFileInfo(written).isFile() ? written : path;
        m_tabs->addTab(m_pictureTab, tr("Image"));
        m_pictureLabel->setText(tr("Loading image…"));
        m_pictureCaption->setText(QFileInfo(source).fileName());
        m_pictureWatcher.setFuture(QtConcurrent::run([source] {
            const ImageLoadResult loaded = loadImage(source);
            return loaded.ok() ? loaded.loaded.image : QImage();
        }));
    }
    m_jsonModel->setDocument(output);
    m_jsonView->expandToDepth(0);
    m_tabs->addTab(m_jsonView, tr("JSON"));
}

} // namespace sluice
