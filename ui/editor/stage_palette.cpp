#include "stage_palette.h"

#include "editor_style.h"
#include "editor_view.h"
#include "pipeline/stage_registry.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMimeData>
#include <QPainter>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace sluice {

namespace {

QIcon groupIcon(const QString& group) {
    QPixmap pm(16, 16);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(editorstyle::groupColor(group));
    p.drawRoundedRect(QRectF(1, 1, 14, 14), 3, 3);
    return QIcon(pm);
}

} // namespace

StagePaletteModel::StagePaletteModel(QObject* parent) : QStandardItemModel(parent) {
    setHorizontalHeaderLabels({tr("Stage")});
    const StageRegistry& registry = StageRegistry::instance();
    QMap<QString, QStandardItem*> groups;
    for (const QString& id : registry.ids()) {
        const std::unique_ptr<Stage> stage = registry.create(id);
        if (!stage)
            continue;
        QStandardItem*& group = groups[stage->group()];
        if (!group) {
            group = new QStandardItem(stage->group());
            group->setFlags(Qt::ItemIsEnabled);
            QFont f = group->font();
            f.setBold(true);
            group->setFont(f);
            group->setData(stage->group(), SearchTextRole);
        }
        auto* item = new QStandardItem(groupIcon(stage->group()), stage->displayName());
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
        item->setData(id, StageIdRole);
        item->setData(QStringList{stage->displayName(), id, stage->group(), stage->description()}.join(
                          QLatin1Char('\n')),
                      SearchTextRole);
        item->setToolTip(
            QStringLiteral("<b>%1</b> <code>%2</code><br>%3")
                .arg(stage->displayName().toHtmlEscaped(), id, stage->description().toHtmlEscaped()));
        group->appendRow(item);
    }
    for (QStandardItem* g : std::as_const(groups)) {
        g->sortChildren(0);
        appendRow(g);
    }
}

QStringList StagePaletteModel::mimeTypes() const {
    return {QString::fromLatin1(kStageMimeType)};
}

QMimeData* StagePaletteModel::mimeData(const QModelIndexList& indexes) const {
    for (const QModelIndex& index : indexes) {
        const QString id = index.data(StageIdRole).toString();
        if (id.isEmpty())
            continue;
        auto* data = new QMimeData;
        data->setData(QString::fromLatin1(kStageMimeType), id.toUtf8());
        data->setText(id);
        return data;
    }
    return nullptr;
}

StagePalette::StagePalette(QWidget* parent)
    : QWidget(parent), m_search(new QLineEdit(this)), m_view(new QTreeView(this)),
      m_model(new StagePaletteModel(this)), m_proxy(new QSortFilterProxyModel(this)) {
    m_search->setPlaceholderText(tr("Search stages…"));
    m_search->setClearButtonEnabled(true);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(StagePaletteModel::SearchTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_view->setModel(m_proxy);
    m_view->setHeaderHidden(true);
    m_view->setDragEnabled(true);
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setRootIsDecorated(false);
    m_view->setIndentation(10);
    m_view->setUniformRowHeights(true);
    m_view->expandAll();
    m_view->installEventFilter(this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    layout->addWidget(m_search);
    layout->addWidget(m_view);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text);
        m_view->expandAll();
    });
    connect(m_view, &QTreeView::doubleClicked, this, &StagePalette::activate);
}

void StagePalette::activate(const QModelIndex& proxyIndex) {
    const QString id = proxyIndex.data(StagePaletteModel::StageIdRole).toString();
    if (!id.isEmpty())
        Q_EMIT stageActivated(id);
}

bool StagePalette::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            activate(m_view->currentIndex());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace sluice
