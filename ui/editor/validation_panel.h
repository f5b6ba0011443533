#pragma once

#include "pipeline/pipeline.h"

#include <QWidget>

class QLabel;
class QListWidget;

namespace sluice {

/// Lists every problem Pipeline::validate() finds (unknown stage, missing required parameter, bad value,
/// incompatible or dangling edge, cycle), one row each naming node and parameter. Clicking a row with a
/// node announces it, so the editor selects and centres that node.
class ValidationPanel : public QWidget {
    Q_OBJECT
public:
    explicit ValidationPanel(QWidget* parent = nullptr);

    QListWidget* list() const { return m_list; }

public Q_SLOTS:
    void setIssues(const QList<sluice::ValidationIssue>& issues);

Q_SIGNALS:
    /// A problem about node `id` was clicked or activated.
    void nodeActivated(const QString& id);
    /// The number of problems changed (for the dock title).
    void countChanged(int count);

private:
    QLabel* m_summary;
    QListWidget* m_list;
};

} // namespace sluice
