#include "image_batch_tab.h"

#include "image_preview_tab.h"
#include "images/image_loader.h"
#include "service/processing_service.h"

#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace sluice {

namespace {

constexpr int kPathRole = Qt::UserRole + 1;
constexpr int kBadgesRole = Qt::UserRole + 2;

QPixmap withBadges(const QImage& thumb, const QStringList& badges, const QStringList& labels) {
    QPixmap pm(ImageBatchTab::kThumb, ImageBatchTab::kThumb);
    pm.fill(QColor(60, 60, 60));
    QPainter p(&pm);
    if (!thumb.isNull()) {
        const QImage s = thumb.scaled(pm.size(), Qt::KeepAspectRatio, Qt::SmoothTransformation);
        p.drawImage(QPoint((pm.width() - s.width()) / 2, (pm.height() - s.height()) / 2), s);
    }
    int y = 4;
    for (int i = 0; i < badges.size(); ++i) {
        const QColor colour =
            badges[i] == QLatin1String("blurry") ? QColor(230, 140, 0) : QColor(200, 40, 40);
        QFont f = p.font();
        f.setBold(true);
        f.setPointSizeF(qMax(6.0, f.pointSizeF() * 0.8));
        p.setFont(f);
        const QRect r = p.fontMetrics()
                            .boundingRect(labels[i])
                            .adjusted(-4, -1, 4, 1)
                            .translated(4 + 4, y + p.fontMetrics().ascent());
        p.fillRect(r, colour);
        p.setPen(Qt::white);
        p.drawText(r, Qt::AlignCenter, labels[i]);
        y += r.height() + 3;
    }
    return pm;
}

} // namespace

ImageBatchTab::ImageBatchTab(ProcessingService* service, QWidget* parent) : PreviewTab(parent) {
    m_header = new QLabel(this);
    m_header->setWordWrap(true);
    m_grid = new QListWidget(this);
    m_grid->setViewMode(QListView::IconMode);
    m_grid->setIconSize(QSize(kThumb, kThumb));
    m_grid->setGridSize(QSize(kThumb + 16, kThumb + 36));
    m_grid->setResizeMode(QListView::Adjust);
    m_grid->setMovement(QListView::Static);
    m_grid->setUniformItemSizes(true);
    m_grid->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_header);
    layout->addWidget(m_grid, 1);
    if (service) {
        connect(service, &ProcessingService::itemFinished, this, [this](const ItemResult& r) {
            addResult(r.item.watchRoot, r.item.path, r.toJson(QString()));
        });
    }
    connect(&m_watcher, &QFutureWatcher<Thumb>::resultReadyAt, this, &ImageBatchTab::onThumbReady);
}

ImageBatchTab::~ImageBatchTab() {
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

QString ImageBatchTab::title() const {
    return tr("Batch");
}

bool ImageBatchTab::accepts(const QJsonObject& result) const {
    return !findStageOutput(result, QStringLiteral("hashes")).isEmpty();
}

void ImageBatchTab::addResult(const QString& folder, const QString& path, const QJsonObject& result) {
    const QJsonObject a = findStageOutput(result, QStringLiteral("hashes"));
    if (a.isEmpty())
        return;
    Entry e;
    e.path = path;
    e.blurry = a.value(QStringLiteral("quality")).toObject().value(QStringLiteral("is_blurry")).toBool();
    e.duplicate = !a.value(QStringLiteral("duplicate_of")).toString().isEmpty();
    QList<Entry>& list = m_byFolder[folder];
    list.removeIf([&path](const Entry& x) { return x.path == path; });
    list.append(e);
    if (list.size() > kMaxPerFolder)
        list.removeFirst();
    m_folderOf.insert(path, folder);
}

void ImageBatchTab::showResult(const QString& path, const QJsonObject& result) {
    if (!m_folderOf.contains(path)) {
        const QString root =
            result.value(QStringLiteral("source")).toObject().value(QStringLiteral("watch_root")).toString();
        addResult(root, path, result);
    }
    const QString folder = m_folderOf.value(path);
    m_shown = m_byFolder.value(folder);
    int blurry = 0;
    int dups = 0;
    for (const Entry& e : std::as_const(m_shown)) {
        blurry += e.blurry;
        dups += e.duplicate;
    }
    m_header->setText(tr("%n image(s) from %1: %2 blurry, %3 duplicate(s)", nullptr, int(m_shown.size()))
                          .arg(folder.isEmpty() ? tr("this batch") : folder)
                          .arg(blurry)
                          .arg(dups));
    m_watcher.cancel();
    m_watcher.waitForFinished();
    m_grid->clear();
    QStringList paths;
    for (const Entry& e : std::as_const(m_shown)) {
        auto* item = new QListWidgetItem(QFileInfo(e.path).fileName(), m_grid);
        item->setData(kPathRole, e.path);
        QStringList badges;
        if (e.blurry)
            badges << QStringLiteral("blurry");
        if (e.duplicate)
            badges << QStringLiteral("duplicate");
        item->setData(kBadgesRole, badges);
        item->setToolTip(e.path);
        if (e.path == path)
            m_grid->setCurrentItem(item);
        paths << e.path;
    }
    // Thumbnails in workers, one result each, streamed as they are ready.
    m_watcher.setFuture(QtConcurrent::mapped(paths, [](const QString& p) {
        ImageLoadOptions o;
        o.minLongestSide = kThumb;
        const ImageLoadResult r = loadImage(p, o);
        Thumb t;
        t.path = p;
        if (r.ok())
            t.image = r.loaded.image.scaled(kThumb, kThumb, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        return t;
    }));
}

void ImageBatchTab::onThumbReady(int index) {
    const Thumb t = m_watcher.resultAt(index);
    for (int i = 0; i < m_grid->count(); ++i) {
        QListWidgetItem* item = m_grid->item(i);
        if (item->data(kPathRole).toString() != t.path)
            continue;
        const QStringList badges = item->data(kBadgesRole).toStringList();
        QStringList labels;
        for (const QString& b : badges)
            labels << (b == QLatin1String("blurry") ? tr("BLURRY") : tr("DUPLICATE"));
        item->setIcon(QIcon(withBadges(t.image, badges, labels)));
    }
}

QStringList ImageBatchTab::badgesOf(const QString& path) const {
    for (int i = 0; i < m_grid->count(); ++i)
        if (m_grid->item(i)->data(kPathRole).toString() == path)
            return m_grid->item(i)->data(kBadgesRole).toStringList();
    return {};
}

void ImageBatchTab::clearPreview() {
    m_watcher.cancel();
    m_grid->clear();
    m_header->clear();
}

} // namespace sluice
