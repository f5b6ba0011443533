#include "dry_run_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace sluice {

DryRunDialog::DryRunDialog(const Pipeline& pipeline, const QStringList& folders, QWidget* parent)
    : QDialog(parent), m_pipeline(pipeline), m_folder(new QComboBox(this)), m_summary(new QLabel(this)),
      m_view(new QTreeView(this)), m_model(new QStandardItemModel(0, ColumnCount, this)) {
    setWindowTitle(tr("Dry run — %1").arg(pipeline.name));
    resize(960, 560);
    m_folder->setEditable(true);
    m_folder->addItems(folders);
    m_folder->setMinimumWidth(380);
    auto* browse = new QPushButton(tr("Browse…"), this);
    auto* run = new QPushButton(tr("Plan"), this);
    run->setDefault(true);
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Folder:"), this));
    top->addWidget(m_folder, 1);
    top->addWidget(browse);
    top->addWidget(run);
    m_model->setHorizontalHeaderLabels(
        {tr("File"), tr("Type"), tr("Size"), tr("Branch"), tr("Nodes that would run")});
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->header()->resizeSection(FileColumn, 220);
    m_view->header()->resizeSection(TypeColumn, 170);
    m_view->header()->resizeSection(SizeColumn, 80);
    m_view->header()->resizeSection(BranchColumn, 200);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    m_summary->setText(tr("No stage runs: branches are chosen from each file's type, name and size. "
                          "Conditions on results of earlier nodes are decided at run time."));
    m_summary->setWordWrap(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir =
            QFileDialog::getExistingDirectory(this, tr("Folder to plan"), m_folder->currentText());
        if (!dir.isEmpty())
            m_folder->setCurrentText(dir);
    });
    connect(run, &QPushButton::clicked, this, [this] { plan(m_folder->currentText()); });
    connect(&m_watcher, &QFutureWatcher<QList<DryRunPlan>>::finished, this, [this] {
        showPlans(m_watcher.future().resultCount() ? m_watcher.result() : QList<DryRunPlan>{});
    });
}

DryRunDialog::~DryRunDialog() {
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

void DryRunDialog::plan(const QString& folder) {
    if (m_watcher.isRunning())
        return;
    m_folder->setCurrentText(folder);
    m_model->removeRows(0, m_model->rowCount());
    m_summary->setText(tr("Planning the files in %1…").arg(folder));
    const Pipeline pipeline = m_pipeline;
    m_watcher.setFuture(QtConcurrent::run([pipeline, folder] {
        QList<DryRunPlan> plans;
        QDirIterator it(folder, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext() && plans.size() <= kMaxFiles)
            plans.append(planDryRun(pipeline, it.next()));
        return plans;
    }));
}

QString DryRunDialog::branchText(const DryRunPlan& plan) {
    QStringList parts;
    for (const RouteDecision& d : plan.decisions)
        parts.append(d.atRunTime ? tr("%1 → decided at run time").arg(d.node)
                                 : QStringLiteral("%1 → %2").arg(d.node, d.port));
    return parts.join(QStringLiteral("; "));
}

void DryRunDialog::showPlans(const QList<DryRunPlan>& all) {
    const bool truncated = all.size() > kMaxFiles;
    const QList<DryRunPlan> plans = truncated ? all.mid(0, kMaxFiles) : all;
    const QDir root(m_folder->currentText());
    QHash<QString, int> perBranch;
    for (const DryRunPlan& plan : plans) {
        QList<QStandardItem*> row;
        row << new QStandardItem(root.relativeFilePath(plan.path));
        row.first()->setToolTip(plan.path);
        if (!plan.error.isEmpty()) {
            row << new QStandardItem(plan.error) << new QStandardItem << new QStandardItem
                << new QStandardItem;
            m_model->appendRow(row);
            continue;
        }
        row << new QStandardItem(plan.mime);
        auto* size = new QStandardItem(QLocale().formattedDataSize(plan.size));
        size->setData(plan.size, Qt::UserRole);
        row << size;
        const QString branch = branchText(plan);
        row << new QStandardItem(branch.isEmpty() ? tr("(no route)") : branch);
        QStringList nodes;
        for (const QString& n : plan.nodes)
            nodes.append(plan.maybeNodes.contains(n) ? n + QStringLiteral("?") : n);
        row << new QStandardItem(nodes.join(QStringLiteral(", ")));
        row.last()->setToolTip(tr("Nodes marked ? run only if the run-time condition sends the file there."));
        m_model->appendRow(row);
        ++perBranch[branch];
    }
    QStringList counts;
    for (auto it = perBranch.constBegin(); it != perBranch.constEnd(); ++it)
        counts.append(
            QStringLiteral("%1: %2").arg(it.key().isEmpty() ? tr("(no route)") : it.key()).arg(it.value()));
    counts.sort();
    m_summary->setText(tr("%n file(s) planned, no stage run.", nullptr, int(plans.size())) +
                       (truncated ? tr(" Only the first %1 files are shown.").arg(kMaxFiles) : QString()) +
                       QLatin1Char(' ') + counts.join(QStringLiteral(" · ")));
    Q_EMIT planned();
}

} // namespace sluice
