#include "event_log_pane.h"

#include "event_filter_proxy.h"
#include "event_labels.h"
#include "event_log_model.h"
#include "event_log_view.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace sluice {

EventLogPane::EventLogPane(EventLogModel* model, QWidget* parent)
    : QWidget(parent), m_model(model), m_proxy(new EventFilterProxyModel(this)),
      m_view(new EventLogView(this)), m_filter(new QLineEdit(this)), m_level(new QComboBox(this)),
      m_count(new QLabel(this)) {
    m_proxy->setSourceModel(model);
    m_view->setModel(m_proxy);
    m_view->applyDefaultColumnWidths();
    m_view->setAccessibleName(tr("Event log"));

    auto* title = new QLabel(tr("Event log"), this);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_filter->setPlaceholderText(tr("Filter by file, event or message (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter events"));

    m_level->addItem(tr("All levels"), int(EventLevel::Debug));
    m_level->addItem(tr("Info and above"), int(EventLevel::Info));
    m_level->addItem(tr("Warnings and errors"), int(EventLevel::Warning));
    m_level->addItem(tr("Errors only"), int(EventLevel::Error));
    m_level->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_level->setAccessibleName(tr("Minimum level"));

    m_count->setTextInteractionFlags(Qt::NoTextInteraction);
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto* top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(title);
    top->addSpacing(12);
    top->addWidget(m_filter, 1);
    top->addWidget(m_level);
    top->addWidget(m_count);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(3, 6, 3, 6);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &EventFilterProxyModel::setFilterText);
    connect(m_level, &QComboBox::currentIndexChanged, this,
            [this](int i) { m_proxy->setMinimumLevel(EventLevel(m_level->itemData(i).toInt())); });
    // Debug chatter ("processing started", "unchanged, skipped") stays hidden until asked for.
    m_level->setCurrentIndex(1);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                Q_EMIT currentEventChanged(m_proxy->mapToSource(current.siblingAtColumn(0)));
            });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &EventLogPane::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &EventLogPane::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &EventLogPane::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &EventLogPane::updateCount);
    updateCount();
}

void EventLogPane::focusFilter() {
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

bool EventLogPane::selectEventFor(const QString& path) {
    QModelIndex fallback;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(EventLogModel::PathRole).toString() != path)
            continue;
        if (EventLabels::carriesResult(index.data(EventLogModel::KindRole).toString())) {
            m_view->setCurrentIndex(index);
            return true;
        }
        if (!fallback.isValid())
            fallback = index;
    }
    if (fallback.isValid())
        m_view->setCurrentIndex(fallback);
    return fallback.isValid();
}

void EventLogPane::updateCount() {
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_view->setFilteredOut(shown == 0 && total > 0);
    if (shown == total)
        m_count->setText(tr("Events: %1").arg(total));
    else
        m_count->setText(tr("Events: %1 of %2").arg(shown).arg(total));
}

} // namespace sluice
