#include "watch_folder_dialog.h"

#include "event_labels.h"
#include "pipeline/pipeline.h"
#include "watch/watch_filter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>
#include <cmath>

namespace sluice {

namespace {

constexpr double kBytesPerMB = 1e6;
constexpr int kMaxMs = 24 * 3600 * 1000;

QPlainTextEdit* makeListEdit(QWidget* parent, const QString& placeholder, const QString& name) {
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    const int lines = 3;
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 2 * edit->frameWidth() + 8);
    return edit;
}

QSpinBox* makeMsSpin(QWidget* parent, const QString& name, const QString& zeroText = {}) {
    auto* spin = new QSpinBox(parent);
    spin->setObjectName(name);
    spin->setRange(0, kMaxMs);
    spin->setSingleStep(100);
    spin->setSuffix(WatchFolderDialog::tr(" ms"));
    spin->setGroupSeparatorShown(true);
    if (!zeroText.isEmpty())
        spin->setSpecialValueText(zeroText);
    return spin;
}

} // namespace

WatchFolderDialog::WatchFolderDialog(QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Watch Folder"));
    auto* tabs = new QTabWidget(this);

    // General ------------------------------------------------------------------------------------------
    auto* general = new QWidget(tabs);
    m_name = new QLineEdit(general);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("e.g. Scanner inbox"));
    m_roots = new QListWidget(general);
    m_roots->setObjectName(QStringLiteral("roots"));
    m_roots->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_roots->setMinimumHeight(m_roots->fontMetrics().lineSpacing() * 4);
    m_roots->setAccessibleName(tr("Folders"));
    m_addRoot = new QPushButton(tr("Add Folder…"), general);
    m_addRoot->setObjectName(QStringLiteral("addRoot"));
    m_removeRoot = new QPushButton(tr("Remove"), general);
    m_removeRoot->setObjectName(QStringLiteral("removeRoot"));
    auto* rootButtons = new QVBoxLayout;
    rootButtons->addWidget(m_addRoot);
    rootButtons->addWidget(m_removeRoot);
    rootButtons->addStretch(1);
    auto* rootsRow = new QHBoxLayout;
    rootsRow->addWidget(m_roots, 1);
    rootsRow->addLayout(rootButtons);
    m_recursive = new QCheckBox(tr("Include sub-folders (new ones as they appear)"), general);
    m_recursive->setObjectName(QStringLiteral("recursive"));

    m_pipeline = new QComboBox(general);
    m_pipeline->setObjectName(QStringLiteral("pipeline"));
    m_pipeline->setEditable(true);
    m_pipeline->setInsertPolicy(QComboBox::NoInsert);
    m_pipeline->addItem(tr("Default pipeline"), QString());
    const QStringList builtin = Pipeline::builtinNames();
    for (const QString& name : builtin)
        m_pipeline->addItem(tr("%1 (built-in)").arg(name), name);
    for (const QString& name : Pipeline::userNames()) {
        if (!builtin.contains(name))
            m_pipeline->addItem(tr("%1 (yours)").arg(name), name);
    }
    m_pipeline->setToolTip(tr("A built-in pipeline, one of yours (saved by the pipeline editor in %1), or a "
                              "pipeline file")
                               .arg(QDir::toNativeSeparators(Pipeline::userPipelineDir())));
    auto* browsePipeline = new QPushButton(tr("File…"), general);
    auto* pipelineRow = new QHBoxLayout;
    pipelineRow->addWidget(m_pipeline, 1);
    pipelineRow->addWidget(browsePipeline);
    m_paused = new QCheckBox(tr("Paused: keep watching, but hold ready files until resumed"), general);
    m_paused->setObjectName(QStringLiteral("paused"));

    auto* generalForm = new QFormLayout(general);
    generalForm->addRow(tr("&Name:"), m_name);
    generalForm->addRow(tr("Folders:"), rootsRow);
    generalForm->addRow(QString(), m_recursive);
    auto* pipelineLabel = new QLabel(tr("&Pipeline:"), general);
    pipelineLabel->setBuddy(m_pipeline); // a row holding a layout gets no buddy by itself
    generalForm->addRow(pipelineLabel, pipelineRow);
    generalForm->addRow(QString(), m_paused);
    tabs->addTab(general, tr("General"));

    // Filters ------------------------------------------------------------------------------------------
    auto* filters = new QWidget(tabs);
    m_includeGlobs = makeListEdit(filters, tr("One per line, e.g. *.pdf or scans/**/*.tif"),
                                  QStringLiteral("includeGlobs"));
    m_excludeGlobs = makeListEdit(filters, tr("One per line, e.g. drafts/*"), QStringLiteral("excludeGlobs"));
    m_includeRegexes =
        makeListEdit(filters, tr("One per line, e.g. ^invoices/\\d{4}/"), QStringLiteral("includeRegexes"));
    m_excludeRegexes =
        makeListEdit(filters, tr("One per line, e.g. (?i)backup"), QStringLiteral("excludeRegexes"));
    m_maxSize = new QDoubleSpinBox(filters);
    m_maxSize->setObjectName(QStringLiteral("maxSize"));
    m_maxSize->setRange(0, 1e7);
    m_maxSize->setDecimals(3);
    m_maxSize->setSuffix(tr(" MB"));
    m_maxSize->setSpecialValueText(tr("No limit"));
    m_maxSize->setGroupSeparatorShown(true);
    m_minAge = makeMsSpin(filters, QStringLiteral("minAge"), tr("None"));
    m_minAge->setToolTip(tr("A file is processed only when its modification time is at least this old"));
    m_skipHidden = new QCheckBox(tr("Skip hidden files and folders (names starting with a dot)"), filters);
    m_skipHidden->setObjectName(QStringLiteral("skipHidden"));
    m_skipTemporary = new QCheckBox(tr("Skip temporary and partial files"), filters);
    m_skipTemporary->setObjectName(QStringLiteral("skipTemporary"));
    m_skipTemporary->setToolTip(WatchFilter::temporaryGlobs().join(QStringLiteral("  ")));
    auto* matchNote =
        new QLabel(tr("Matched on the path relative to its folder. A glob without / matches the "
                      "file name; ** crosses folders. Empty include lists mean every file."),
                   filters);
    matchNote->setWordWrap(true);
    QPalette notePalette = matchNote->palette();
    notePalette.setColor(QPalette::WindowText, notePalette.color(QPalette::PlaceholderText));
    matchNote->setPalette(notePalette);
    auto* filterForm = new QFormLayout(filters);
    filterForm->addRow(matchNote);
    filterForm->addRow(tr("Include globs:"), m_includeGlobs);
    filterForm->addRow(tr("Exclude globs:"), m_excludeGlobs);
    filterForm->addRow(tr("Include regexes:"), m_includeRegexes);
    filterForm->addRow(tr("Exclude regexes:"), m_excludeRegexes);
    filterForm->addRow(tr("Maximum size:"), m_maxSize);
    filterForm->addRow(tr("Minimum age:"), m_minAge);
    filterForm->addRow(QString(), m_skipHidden);
    filterForm->addRow(QString(), m_skipTemporary);
    tabs->addTab(filters, tr("Filters"));

    // Events -------------------------------------------------------------------------------------------
    auto* events = new QWidget(tabs);
    m_settle = makeMsSpin(events, QStringLiteral("settle"), tr("At close"));
    m_settle->setToolTip(tr("A file is ready when its size and time have not changed for this long"));
    m_cooldown = makeMsSpin(events, QStringLiteral("cooldown"), tr("Off"));
    m_cooldown->setToolTip(tr("Further events for the same file within this time are merged into one"));
    auto* typesBox = new QWidget(events);
    auto* typesGrid = new QGridLayout(typesBox);
    typesGrid->setContentsMargins(0, 0, 0, 0);
    const QStringList types = WatchFolderConfig::allEventTypes();
    for (int i = 0; i < types.size(); ++i) {
        auto* box = new QCheckBox(EventLabels::kindLabel(types.at(i)), typesBox);
        box->setIcon(EventLabels::kindIcon(types.at(i)));
        box->setObjectName(QStringLiteral("event_") + types.at(i));
        box->setProperty("eventType", types.at(i));
        m_eventTypes.append(box);
        typesGrid->addWidget(box, i / 3, i % 3);
    }
    m_contentHash = new QComboBox(events);
    m_contentHash->setObjectName(QStringLiteral("contentHash"));
    m_contentHash->addItem(tr("Off: size and time only"), int(ContentHashMode::Off));
    m_contentHash->addItem(tr("First MiB of each file"), int(ContentHashMode::FirstMiB));
    m_contentHash->addItem(tr("Whole file"), int(ContentHashMode::Full));
    m_contentHash->setToolTip(tr("Notices a change that keeps size and time (XXH3 hash): “Content changed”"));
    m_batchSize = new QSpinBox(events);
    m_batchSize->setObjectName(QStringLiteral("batchSize"));
    m_batchSize->setRange(0, 1000000);
    m_batchSize->setSpecialValueText(tr("No limit"));
    m_batchSize->setToolTip(
        tr("At most this many ready files are handed to the pipeline at once, oldest first"));
    m_forcePolling =
        new QCheckBox(tr("Always poll (for folders whose notifications are unreliable)"), events);
    m_forcePolling->setObjectName(QStringLiteral("forcePolling"));
    m_pollInterval = makeMsSpin(events, QStringLiteral("pollInterval"));
    m_pollInterval->setMinimum(100);
    m_pollInterval->setToolTip(
        tr("How often polled folders are listed: those above, and any whose notifications "
           "fail (watch limit, network file system)"));
    auto* eventForm = new QFormLayout(events);
    eventForm->addRow(tr("Settle time:"), m_settle);
    eventForm->addRow(tr("Cooldown:"), m_cooldown);
    eventForm->addRow(tr("Report:"), typesBox);
    eventForm->addRow(tr("Content check:"), m_contentHash);
    eventForm->addRow(tr("Batch size:"), m_batchSize);
    eventForm->addRow(QString(), m_forcePolling);
    eventForm->addRow(tr("Poll interval:"), m_pollInterval);
    tabs->addTab(events, tr("Events"));

    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setWordWrap(true);
    QPalette problemPalette = m_problems->palette();
    problemPalette.setColor(QPalette::WindowText, EventLabels::levelColor(EventLevel::Error));
    m_problems->setPalette(problemPalette);
    m_problems->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &WatchFolderDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &WatchFolderDialog::reject);
    connect(m_addRoot, &QPushButton::clicked, this, &WatchFolderDialog::chooseRoot);
    connect(m_removeRoot, &QPushButton::clicked, this, &WatchFolderDialog::removeSelectedRoots);
    connect(browsePipeline, &QPushButton::clicked, this, &WatchFolderDialog::choosePipelineFile);
    connect(m_roots, &QListWidget::itemSelectionChanged, this, &WatchFolderDialog::updateButtons);

    setConfig(WatchFolderConfig{});
    resize(620, sizeHint().height());
}

void WatchFolderDialog::setConfig(const WatchFolderConfig& config) {
    m_original = config;
    m_shownName = config.name;
    if (config.roots.size() == 1 && config.name == config.roots.first()) {
        const QString folderName = QDir(config.name).dirName();
        if (!folderName.isEmpty())
            m_shownName = folderName; // as WatchFolderModel shows it
    }
    m_name->setText(m_shownName);
    m_roots->clear();
    for (const QString& root : config.roots)
        addRoot(root);
    m_recursive->setChecked(config.recursive);
    const int known = m_pipeline->findData(config.pipeline);
    if (known >= 0) {
        m_pipeline->setCurrentIndex(known);
    } else {
        m_pipeline->setCurrentIndex(-1);
        m_pipeline->setEditText(config.pipeline);
    }
    m_paused->setChecked(config.paused);

    m_includeGlobs->setPlainText(config.includeGlobs.join(QLatin1Char('\n')));
    m_excludeGlobs->setPlainText(config.excludeGlobs.join(QLatin1Char('\n')));
    m_includeRegexes->setPlainText(config.includeRegexes.join(QLatin1Char('\n')));
    m_excludeRegexes->setPlainText(config.excludeRegexes.join(QLatin1Char('\n')));
    m_maxSize->setValue(double(config.maxSizeBytes) / kBytesPerMB);
    m_minAge->setValue(config.minAgeMs);
    m_skipHidden->setChecked(config.skipHidden);
    m_skipTemporary->setChecked(config.skipTemporary);

    m_settle->setValue(config.settleMs);
    m_cooldown->setValue(config.cooldownMs);
    for (QCheckBox* box : std::as_const(m_eventTypes))
        box->setChecked(config.wantsEvent(box->property("eventType").toString()));
    m_contentHash->setCurrentIndex(qMax(0, m_contentHash->findData(int(config.contentHash))));
    m_batchSize->setValue(config.batchSize);
    m_forcePolling->setChecked(config.forcePolling);
    m_pollInterval->setValue(config.pollIntervalMs);
    m_problems->hide();
    updateButtons();
}

QStringList WatchFolderDialog::linesOf(const QPlainTextEdit* edit) {
    QStringList lines;
    for (const QString& line : edit->toPlainText().split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty())
            lines.append(trimmed);
    }
    return lines;
}

WatchFolderConfig WatchFolderDialog::config() const {
    WatchFolderConfig c = m_original; // keeps the fields not shown here
    c.name = m_name->text().trimmed();
    c.roots.clear();
    for (int i = 0; i < m_roots->count(); ++i)
        c.roots.append(m_roots->item(i)->data(Qt::UserRole).toString());
    // The folder name shown for a folder named after its path, left as it was: still the same folder.
    if (c.name == m_shownName && m_shownName != m_original.name && c.roots == m_original.roots)
        c.name = m_original.name;
    c.recursive = m_recursive->isChecked();
    const int index = m_pipeline->currentIndex();
    const QString text = m_pipeline->currentText().trimmed();
    if (index >= 0 && text == m_pipeline->itemText(index))
        c.pipeline = m_pipeline->itemData(index).toString();
    else
        c.pipeline = text;
    c.paused = m_paused->isChecked();

    c.includeGlobs = linesOf(m_includeGlobs);
    c.excludeGlobs = linesOf(m_excludeGlobs);
    c.includeRegexes = linesOf(m_includeRegexes);
    c.excludeRegexes = linesOf(m_excludeRegexes);
    // The spin box shows MB with 3 decimals: an unchanged value keeps the exact byte count it came from.
    const double shownOriginal = std::round(double(m_original.maxSizeBytes) / kBytesPerMB * 1000.0) / 1000.0;
    if (std::abs(m_maxSize->value() - shownOriginal) > 1e-9)
        c.maxSizeBytes = qint64(std::llround(m_maxSize->value() * kBytesPerMB));
    c.minAgeMs = m_minAge->value();
    c.skipHidden = m_skipHidden->isChecked();
    c.skipTemporary = m_skipTemporary->isChecked();

    c.settleMs = m_settle->value();
    c.cooldownMs = m_cooldown->value();
    c.eventTypes.clear();
    bool all = true;
    for (QCheckBox* box : m_eventTypes) {
        if (box->isChecked())
            c.eventTypes.append(box->property("eventType").toString());
        else
            all = false;
    }
    if (all)
        c.eventTypes.clear(); // empty = every type, also those added later
    c.contentHash = ContentHashMode(m_contentHash->currentData().toInt());
    c.batchSize = m_batchSize->value();
    c.forcePolling = m_forcePolling->isChecked();
    c.pollIntervalMs = m_pollInterval->value();
    return c;
}

QStringList WatchFolderDialog::problems() const {
    const WatchFolderConfig c = config();
    QStringList list = c.validate();
    if (m_nameCheck && !c.name.isEmpty()) {
        const QString taken = m_nameCheck(c.name);
        if (!taken.isEmpty())
            list.append(taken);
    }
    bool anyType = false;
    for (const QCheckBox* box : m_eventTypes)
        anyType = anyType || box->isChecked();
    if (!anyType)
        list.append(tr("Choose at least one event type to report."));
    return list;
}

void WatchFolderDialog::addRoot(const QString& path) {
    QString root = QDir::cleanPath(path);
    while (root.size() > 1 && root.endsWith(QLatin1Char('/')))
        root.chop(1);
    if (root.isEmpty())
        return;
    for (int i = 0; i < m_roots->count(); ++i) {
        if (m_roots->item(i)->data(Qt::UserRole).toString() == root)
            return;
    }
    auto* item = new QListWidgetItem(QDir::toNativeSeparators(root), m_roots);
    item->setData(Qt::UserRole, root);
    item->setIcon(EventLabels::kindIcon(QStringLiteral("watch_added")));
    item->setToolTip(root);
    if (m_name->text().trimmed().isEmpty())
        m_name->setText(QDir(root).dirName());
    updateButtons();
}

void WatchFolderDialog::chooseRoot() {
    const QString start = m_roots->count() > 0
                              ? m_roots->item(m_roots->count() - 1)->data(Qt::UserRole).toString()
                              : QDir::homePath();
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Add Folder to Watch"), start);
    if (!dir.isEmpty())
        addRoot(dir);
}

void WatchFolderDialog::choosePipelineFile() {
    const QString file = QFileDialog::getOpenFileName(this, tr("Pipeline File"), Pipeline::userPipelineDir(),
                                                      tr("Sluice pipelines (*.sluice.json);;All files (*)"));
    if (!file.isEmpty()) {
        m_pipeline->setCurrentIndex(-1);
        m_pipeline->setEditText(file);
    }
}

void WatchFolderDialog::removeSelectedRoots() {
    qDeleteAll(m_roots->selectedItems());
    updateButtons();
}

void WatchFolderDialog::updateButtons() {
    m_removeRoot->setEnabled(!m_roots->selectedItems().isEmpty());
}

void WatchFolderDialog::accept() {
    const QStringList list = problems();
    if (!list.isEmpty()) {
        m_problems->setText(list.join(QLatin1Char('\n')));
        m_problems->show();
        return;
    }
    QDialog::accept();
}

} // namespace sluice
