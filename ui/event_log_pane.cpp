#include "event_log_pane.h"

#include "event_filter_proxy.h"
#include "event_labels.h"
#include "event_log_model.h"
#include "event_log_view.h"
#include "event_type_filter_button.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace sluice {

namespace {

// Folder combo entries: data is the folder name for a named folder; these two are marked by role.
constexpr int kFolderModeRole = Qt::UserRole + 1;

} // namespace

EventLogPane::EventLogPane(EventLogModel* model, QWidget* parent)
    : QWidget(parent), m_model(model), m_proxy(new EventFilterProxyModel(this)),
      m_view(new EventLogView(this)), m_filter(new QLineEdit(this)), m_types(new EventTypeFilterButton(this)),
      m_folder(new QComboBox(this)), m_level(new QComboBox(this)), m_count(new QLabel(this)),
      m_earlier(new QPushButton(tr("Load Earlier Events"), this)) {
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
    m_filter->setMinimumWidth(m_filter->fontMetrics().averageCharWidth() * 10); // room to type a file name
    m_filter->setAccessibleName(tr("Filter events"));

    // The filter row must fit the pane's narrowest width (a 1024-pixel screen): the combo boxes show
    // about ten characters, their lists the whole names.
    m_folder->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_folder->setMinimumContentsLength(8);
    m_folder->view()->setMinimumWidth(m_folder->fontMetrics().averageCharWidth() * 24);
    m_folder->setAccessibleName(tr("Watch folder"));
    m_folder->setToolTip(tr("Show the events of one watch folder"));
    setFolders({});

    m_level->addItem(tr("All levels"), int(EventLevel::Debug));
    m_level->addItem(tr("Info and above"), int(EventLevel::Info));
    m_level->addItem(tr("Warnings and errors"), int(EventLevel::Warning));
    m_level->addItem(tr("Errors only"), int(EventLevel::Error));
    m_level->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_level->setMinimumContentsLength(10);
    m_level->view()->setMinimumWidth(m_level->view()->sizeHintForColumn(0) + 24);
    m_level->setAccessibleName(tr("Minimum level"));

    m_count->setTextInteractionFlags(Qt::NoTextInteraction);
    m_count->setTextFormat(Qt::PlainText);
    m_earlier->setToolTip(tr("Show events of earlier sessions, kept in the state database"));
    m_earlier->setVisible(false);

    auto* top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(title);
    top->addSpacing(12);
    top->addWidget(m_filter, 1);
    top->addWidget(m_types);
    top->addWidget(m_folder);
    top->addWidget(m_level);

    auto* bottom = new QHBoxLayout;
    bottom->setContentsMargins(0, 0, 0, 0);
    bottom->addWidget(m_count, 1);
    bottom->addWidget(m_earlier);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(3, 6, 3, 6);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    // On a large log the text filter waits for a pause in typing (refiltering 100,000 rows takes a few
    // hundred ms); on a small one it follows every keystroke.
    auto* typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(kTypingPauseMs);
    connect(typing, &QTimer::timeout, this, [this] { m_proxy->setFilterText(m_filter->text()); });
    connect(m_filter, &QLineEdit::textChanged, this, [this, typing](const QString& text) {
        if (m_model->rowCount() > EventFilterProxyModel::kResetAbove) {
            typing->start();
        } else {
            typing->stop();
            m_proxy->setFilterText(text);
        }
    });
    connect(m_types, &EventTypeFilterButton::typesChanged, m_proxy, &EventFilterProxyModel::setTypes);
    connect(m_folder, &QComboBox::currentIndexChanged, this, &EventLogPane::applyFolderChoice);
    connect(m_level, &QComboBox::currentIndexChanged, this,
            [this](int i) { m_proxy->setMinimumLevel(EventLevel(m_level->itemData(i).toInt())); });
    // Debug chatter ("processing started", "unchanged, skipped") stays hidden until asked for.
    m_level->setCurrentIndex(1);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                Q_EMIT currentEventChanged(m_proxy->mapToSource(current.siblingAtColumn(0)));
            });
    connect(m_earlier, &QPushButton::clicked, this, [this] {
        m_model->flush();
        Q_EMIT earlierEventsRequested(m_model->oldestTime().isValid() ? m_model->oldestTime()
                                                                      : QDateTime::currentDateTimeUtc(),
                                      kEarlierBatch);
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &EventLogPane::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &EventLogPane::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &EventLogPane::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &EventLogPane::updateCount);
    connect(m_model, &EventLogModel::droppedCountChanged, this, &EventLogPane::updateCount);
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

void EventLogPane::setFolders(const QStringList& names) {
    const int mode = m_folder->currentData(kFolderModeRole).toInt();
    const QString current = m_folder->currentData().toString();
    const QSignalBlocker block(m_folder);
    m_folder->clear();
    m_folder->addItem(tr("All folders"));
    m_folder->setItemData(0, int(EventFilterProxyModel::FolderFilter::Any), kFolderModeRole);
    for (const QString& name : names) {
        // Folders added by path are named after it: the combo shows the last component, the tooltip all.
        const int slash = name.lastIndexOf(QLatin1Char('/'));
        const QString shown =
            name.startsWith(QLatin1Char('/')) && slash + 1 < name.size() ? name.mid(slash + 1) : name;
        m_folder->addItem(EventLabels::kindIcon(QStringLiteral("watch_added")), shown, name);
        m_folder->setItemData(m_folder->count() - 1, name, Qt::ToolTipRole);
        m_folder->setItemData(m_folder->count() - 1, int(EventFilterProxyModel::FolderFilter::Named),
                              kFolderModeRole);
    }
    m_folder->addItem(tr("Outside watch folders"));
    m_folder->setItemData(m_folder->count() - 1, int(EventFilterProxyModel::FolderFilter::NoFolder),
                          kFolderModeRole);
    m_folder->setItemData(m_folder->count() - 1,
                          tr("Files dropped on the window or opened, and messages of "
                             "the application"),
                          Qt::ToolTipRole);
    int restore = 0;
    for (int i = 0; i < m_folder->count(); ++i) {
        if (m_folder->itemData(i, kFolderModeRole).toInt() == mode &&
            m_folder->itemData(i).toString() == current) {
            restore = i;
            break;
        }
    }
    m_folder->setCurrentIndex(restore);
    applyFolderChoice();
}

void EventLogPane::applyFolderChoice() {
    const auto mode = EventFilterProxyModel::FolderFilter(m_folder->currentData(kFolderModeRole).toInt());
    m_proxy->setFolderFilter(mode, m_folder->currentData().toString());
}

void EventLogPane::setEarlierEventsAvailable(bool available) {
    m_earlier->setVisible(available);
}

void EventLogPane::addEarlierEvents(const QList<sluice::Event>& newestFirst, int asked) {
    const int added = m_model->appendEarlier(newestFirst);
    if (newestFirst.size() < asked || added < newestFirst.size()) {
        m_earlier->setEnabled(false);
        m_earlier->setText(added < newestFirst.size() ? tr("Event Log Full") : tr("No Earlier Events"));
    }
    updateCount();
}

void EventLogPane::updateCount() {
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_view->setFilteredOut(shown == 0 && total > 0);
    const QLocale locale;
    // %Ln: the count in the user's locale, with the plural form its language needs.
    QString text = shown == total
                       ? tr("%Ln event(s)", nullptr, total)
                       : tr("%1 of %Ln event(s) shown", nullptr, total).arg(locale.toString(shown));
    if (m_model->earlierCount() > 0)
        text += QStringLiteral(" · ") +
                tr("%1 from earlier sessions").arg(locale.toString(m_model->earlierCount()));
    if (m_model->droppedCount() > 0) {
        text += QStringLiteral(" · ") + tr("the log keeps the newest %1; %Ln older event(s) were dropped",
                                           nullptr, m_model->droppedCount())
                                            .arg(locale.toString(m_model->capacity()));
    }
    m_count->setText(text);
}

} // namespace sluice
