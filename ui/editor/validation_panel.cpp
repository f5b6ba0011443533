#include "validation_panel.h"

#include <QLabel>
#include <QListWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace sluice {

namespace {
constexpr int kNodeRole = Qt::UserRole + 1;
}

ValidationPanel::ValidationPanel(QWidget* parent)
    : QWidget(parent), m_summary(new QLabel(this)), m_list(new QListWidget(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 6);
    layout->setSpacing(4);
    layout->addWidget(m_summary);
    layout->addWidget(m_list);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformItemSizes(true);
    auto activate = [this](QListWidgetItem* item) {
        const QString node = item ? item->data(kNodeRole).toString() : QString();
        if (!node.isEmpty())
            Q_EMIT nodeActivated(node);
    };
    connect(m_list, &QListWidget::itemClicked, this, activate);
    connect(m_list, &QListWidget::itemActivated, this, activate);
    setIssues({});
}

void ValidationPanel::setIssues(const QList<ValidationIssue>& issues) {
    m_list->clear();
    const QIcon icon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const ValidationIssue& issue : issues) {
        auto* item = new QListWidgetItem(icon, issue.toString(), m_list);
        item->setData(kNodeRole, issue.node);
        item->setToolTip(issue.node.isEmpty() ? issue.toString()
                                              : tr("%1\nClick to show the node.").arg(issue.toString()));
    }
    if (issues.isEmpty()) {
        m_summary->setText(tr("✔ No problems: the pipeline can run."));
        m_summary->setStyleSheet(QStringLiteral("color: #2f7d4f;"));
    } else {
        m_summary->setText(
            tr("%n problem(s): the pipeline cannot run until they are fixed.", nullptr, int(issues.size())));
        m_summary->setStyleSheet(QStringLiteral("color: #b3261e;"));
    }
    Q_EMIT countChanged(int(issues.size()));
}

} // namespace sluice
