#include "image_preview_tab.h"

#include "image_compare_view.h"
#include "images/image_loader.h"

#include <QButtonGroup>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QSplitter>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace sluice {

namespace {

/// Longest side the preview decodes at: a JPEG may then be decoded reduced (DCT scaling) in the worker.
constexpr int kPreviewSide = 2048;

QImage loadForPreview(const QString& path, QString* error) {
    ImageLoadOptions o;
    o.minLongestSide = kPreviewSide;
    const ImageLoadResult r = loadImage(path, o);
    if (!r.ok()) {
        *error = r.error;
        return {};
    }
    QImage image = r.loaded.image;
    if (qMax(image.width(), image.height()) > kPreviewSide)
        image = image.scaled(kPreviewSide, kPreviewSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image.convertToFormat(image.hasAlphaChannel() ? QImage::Format_ARGB32_Premultiplied
                                                         : QImage::Format_RGB32);
}

QString number(const QJsonValue& v, int decimals = 1) {
    return v.isDouble() ? QString::number(v.toDouble(), 'f', decimals) : v.toVariant().toString();
}

} // namespace

QJsonObject findStageOutput(const QJsonObject& result, const QString& key) {
    const QJsonObject stages = result.value(QStringLiteral("stages")).toObject();
    for (auto it = stages.begin(); it != stages.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        if (o.contains(key))
            return o;
    }
    return {};
}

ImagePreviewTab::ImagePreviewTab(QWidget* parent) : PreviewTab(parent) {
    m_view = new ImageCompareView(this);
    m_values = new QTreeWidget(this);
    m_values->setColumnCount(2);
    m_values->setHeaderLabels({tr("Measure"), tr("Value")});
    m_values->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_values->setRootIsDecorated(true);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);

    m_splitButton = new QToolButton(this);
    m_splitButton->setText(tr("Split"));
    m_splitButton->setCheckable(true);
    m_splitButton->setChecked(true);
    m_splitButton->setToolTip(tr("One picture: before left of the divider, after right of it"));
    m_sideButton = new QToolButton(this);
    m_sideButton->setText(tr("Side by side"));
    m_sideButton->setCheckable(true);
    auto* group = new QButtonGroup(this);
    group->addButton(m_splitButton);
    group->addButton(m_sideButton);
    m_splitButton->setObjectName(QStringLiteral("splitButton"));
    m_sideButton->setObjectName(QStringLiteral("sideBySideButton"));
    // Both modes compare two pictures: without a transformation there is nothing to compare.
    m_splitButton->setEnabled(false);
    m_sideButton->setEnabled(false);
    auto* fit = new QToolButton(this);
    fit->setObjectName(QStringLiteral("fitButton"));
    fit->setText(tr("Fit"));
    fit->setToolTip(tr("Fit the pictures into the view and centre them"));
    auto* actual = new QToolButton(this);
    actual->setText(tr("100%"));
    connect(m_splitButton, &QToolButton::clicked, this,
            [this] { m_view->setMode(ImageCompareView::Mode::Split); });
    connect(m_sideButton, &QToolButton::clicked, this,
            [this] { m_view->setMode(ImageCompareView::Mode::SideBySide); });
    connect(fit, &QToolButton::clicked, this, [this] { m_view->setZoom(0); });
    connect(actual, &QToolButton::clicked, this, [this] { m_view->setZoom(1.0); });

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_splitButton);
    bar->addWidget(m_sideButton);
    bar->addSpacing(12);
    bar->addWidget(fit);
    bar->addWidget(actual);
    bar->addWidget(m_note, 1);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(bar);
    leftLayout->addWidget(m_view, 1);
    // Values below the pictures: the result pane is narrow, and the view wants the width.
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(left);
    splitter->addWidget(m_values);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);

    connect(&m_watcher, &QFutureWatcher<Pair>::finished, this, &ImagePreviewTab::onLoaded);
}

ImagePreviewTab::~ImagePreviewTab() {
    m_watcher.waitForFinished();
}

QString ImagePreviewTab::title() const {
    return tr("Image");
}

bool ImagePreviewTab::accepts(const QJsonObject& result) const {
    return !findStageOutput(result, QStringLiteral("hashes")).isEmpty() ||
           !findStageOutput(result, QStringLiteral("decode_reduction")).isEmpty();
}

void ImagePreviewTab::showResult(const QString& path, const QJsonObject& result) {
    const QJsonObject analysis = findStageOutput(result, QStringLiteral("hashes"));
    const QJsonObject transform = findStageOutput(result, QStringLiteral("decode_reduction"));
    fillValues(analysis, transform);
    const QString after = transform.value(QStringLiteral("output")).toString();
    m_note->setText(after.isEmpty() ? tr("No transformation in this pipeline: the original is shown.")
                                    : tr("After: %1").arg(QFileInfo(after).fileName()));
    m_note->setToolTip(after);
    m_view->clear();
    m_splitButton->setEnabled(false);
    m_sideButton->setEnabled(false);
    const int generation = ++m_generation;
    m_watcher.setProperty("generation", generation);
    // Copies by value into the worker; the QPixmap is made in onLoaded() on the GUI thread.
    m_watcher.setFuture(QtConcurrent::run([path, after] {
        Pair p;
        p.before = loadForPreview(path, &p.error);
        if (!after.isEmpty())
            p.after = loadForPreview(after, &p.error);
        return p;
    }));
}

void ImagePreviewTab::onLoaded() {
    if (m_watcher.property("generation").toInt() != m_generation || m_watcher.isCanceled())
        return;
    const Pair p = m_watcher.result();
    if (!p.error.isEmpty())
        m_note->setText(p.error);
    m_view->setImages(p.before, p.after);
    m_splitButton->setEnabled(!p.after.isNull());
    m_sideButton->setEnabled(!p.after.isNull());
}

void ImagePreviewTab::clearPreview() {
    ++m_generation;
    m_view->clear();
    m_splitButton->setEnabled(false);
    m_sideButton->setEnabled(false);
    m_values->clear();
    m_note->clear();
}

void ImagePreviewTab::fillValues(const QJsonObject& a, const QJsonObject& t) {
    m_values->clear();
    auto section = [this](const QString& name) {
        auto* item = new QTreeWidgetItem(m_values, {name});
        item->setExpanded(true);
        QFont f = item->font(0);
        f.setBold(true);
        item->setFont(0, f);
        return item;
    };
    auto row = [](QTreeWidgetItem* parent, const QString& name, const QString& value) {
        new QTreeWidgetItem(parent, {name, value});
    };
    if (!a.isEmpty()) {
        QTreeWidgetItem* props = section(tr("Image"));
        row(props, tr("Size"),
            tr("%1 × %2 px")
                .arg(a.value(QStringLiteral("width")).toInt())
                .arg(a.value(QStringLiteral("height")).toInt()));
        row(props, tr("Format"),
            tr("%1, %2, %3 bit")
                .arg(a.value(QStringLiteral("format")).toString(),
                     a.value(QStringLiteral("color_mode")).toString(),
                     QString::number(a.value(QStringLiteral("depth")).toInt())));
        if (a.contains(QStringLiteral("dpi")))
            row(props, tr("Resolution"),
                tr("%1 dpi").arg(
                    number(a.value(QStringLiteral("dpi")).toObject().value(QStringLiteral("x")), 0)));
        const QJsonObject exif = a.value(QStringLiteral("exif")).toObject();
        if (exif.contains(QStringLiteral("camera")))
            row(props, tr("Camera"), exif.value(QStringLiteral("camera")).toString());
        if (exif.contains(QStringLiteral("date_taken")))
            row(props, tr("Taken"), exif.value(QStringLiteral("date_taken")).toString());
        const QJsonObject q = a.value(QStringLiteral("quality")).toObject();
        QTreeWidgetItem* quality = section(tr("Quality"));
        row(quality, tr("Sharpness"),
            q.value(QStringLiteral("is_blurry")).toBool()
                ? tr("%1 (blurry)").arg(number(q.value(QStringLiteral("sharpness"))))
                : number(q.value(QStringLiteral("sharpness"))));
        row(quality, tr("Brightness"),
            q.value(QStringLiteral("is_dark")).toBool()
                ? tr("%1 (dark)").arg(number(q.value(QStringLiteral("brightness"))))
                : number(q.value(QStringLiteral("brightness"))));
        row(quality, tr("Contrast"), number(q.value(QStringLiteral("contrast"))));
        row(quality, tr("Noise"), number(q.value(QStringLiteral("noise")), 2));
        const QJsonObject c = a.value(QStringLiteral("content")).toObject();
        QTreeWidgetItem* content = section(tr("Content"));
        QStringList colours;
        for (const QJsonValue& v : c.value(QStringLiteral("dominant_colors")).toArray())
            colours << QStringLiteral("%1 %2%")
                           .arg(v.toObject().value(QStringLiteral("hex")).toString())
                           .arg(qRound(v.toObject().value(QStringLiteral("share")).toDouble() * 100));
        row(content, tr("Colours"), colours.join(QStringLiteral(", ")));
        row(content, tr("Edge density"), number(c.value(QStringLiteral("edge_density")), 3));
        row(content, tr("Corners"), QString::number(c.value(QStringLiteral("corners")).toInt()));
        row(content, tr("Faces"),
            QString::number(
                a.value(QStringLiteral("faces")).toObject().value(QStringLiteral("count")).toInt()));
        QTreeWidgetItem* hashes = section(tr("Hashes"));
        const QJsonObject h = a.value(QStringLiteral("hashes")).toObject();
        for (const QString& k : {QStringLiteral("average"), QStringLiteral("perceptual"),
                                 QStringLiteral("difference"), QStringLiteral("wavelet")})
            row(hashes, k, h.value(k).toString());
        const QString dup = a.value(QStringLiteral("duplicate_of")).toString();
        if (a.contains(QStringLiteral("duplicate_of")))
            row(hashes, tr("Duplicate of"), dup.isEmpty() ? tr("none") : dup);
    }
    if (!t.isEmpty()) {
        QTreeWidgetItem* out = section(tr("Output"));
        row(out, tr("File"), t.value(QStringLiteral("output")).toString());
        row(out, tr("Size"),
            tr("%1 × %2 px")
                .arg(t.value(QStringLiteral("width")).toInt())
                .arg(t.value(QStringLiteral("height")).toInt()));
        row(out, tr("Bytes"), number(t.value(QStringLiteral("bytes"))));
    }
}

} // namespace sluice
