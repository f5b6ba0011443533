#pragma once

#include "pipeline/dry_run.h"
#include "pipeline/pipeline.h"

#include <QDialog>
#include <QFutureWatcher>

class QComboBox;
class QLabel;
class QStandardItemModel;
class QTreeView;

namespace sluice {

/// "Dry run": lists the files now in a folder (a watch folder or any other) and, for each, which route
/// branch it would take and which nodes would run — without running any stage (planDryRun in core:
/// MIME type by content, glob, size). Branches that depend on an earlier node's result say "decided at
/// run time". Files are listed and planned off the GUI thread.
class DryRunDialog : public QDialog {
    Q_OBJECT
public:
    enum Column { FileColumn, TypeColumn, SizeColumn, BranchColumn, NodesColumn, ColumnCount };

    DryRunDialog(const Pipeline& pipeline, const QStringList& folders, QWidget* parent = nullptr);
    ~DryRunDialog() override;

    /// Plans every file under `folder` (recursively, at most `kMaxFiles`).
    void plan(const QString& folder);
    QStandardItemModel* model() const { return m_model; }

    static constexpr int kMaxFiles = 5000;

    /// "by_type → pdf", or "by_type → decided at run time", for one plan; "" when it has no route.
    static QString branchText(const DryRunPlan& plan);

Q_SIGNALS:
    /// The table is filled for the last plan() call.
    void planned();

private:
    void showPlans(const QList<DryRunPlan>& plans);

    Pipeline m_pipeline;
    QComboBox* m_folder;
    QLabel* m_summary;
    QTreeView* m_view;
    QStandardItemModel* m_model;
    QFutureWatcher<QList<DryRunPlan>> m_watcher;
    bool m_truncated = false;
};

} // namespace sluice
