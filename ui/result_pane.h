#pragma once

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStackedWidget;
class QTabWidget;
class QToolButton;
class QTreeView;

namespace sluice {

class JsonTreeModel;
class PreviewTab;

/// The right pane: the result document of one file as an expandable key/value tree, under a header
/// that makes the outcome plain — a coloured status (OK, FAILED, …), the file, a summary line, and the
/// error messages in a red box. Below the tree, the full value of the selected key.
/// While nothing is selected it says what to do.
class ResultPane : public QWidget {
    Q_OBJECT
public:
    explicit ResultPane(QWidget* parent = nullptr);

    /// Shows the result of `path`. An empty `result` means the file has no result yet, or — when
    /// `failure` says why — that it failed before a result document could be made (e.g. not found).
    void showResult(const QString& path, const QJsonObject& result, const QString& failure = {});
    /// Shows a centred message instead of a result (nothing selected, a folder event, …).
    void showMessage(const QString& title, const QString& hint);
    /// Back to the initial "select an event" message.
    void clear();

    /// The file whose result (or lack of one) is shown; empty when a message is shown.
    QString currentPath() const { return m_path; }
    /// The shown result's status: "ok", "failed", "skipped"; "none" for a file without a result; empty
    /// when a message is shown.
    QString status() const { return m_status; }
    /// The text of the status badge as shown ("OK", "FAILED", …).
    QString statusText() const;
    /// The line below the path: file type (its description, e.g. "PDF document"), size, duration, pipeline
    /// and start time, separated by " · "; spaces inside a part are non-breaking.
    QString summaryText() const;
    /// The error messages as shown, one per line; empty when there are none.
    QString errorText() const;
    /// The warnings of an "ok" result as shown (what was not done completely), one per line; empty when
    /// there are none.
    QString warningText() const;
    JsonTreeModel* model() const { return m_model; }

    /// Adds a tab after "Details" that previews the results it accepts (see PreviewTab); takes ownership.
    void addPreviewTab(PreviewTab* tab);
    /// The tabs: "Details" first, then the preview tabs (hidden ones included).
    QTabWidget* tabs() const { return m_tabs; }
    QTreeView* tree() const { return m_tree; }

private:
    QWidget* createMessagePage();
    QWidget* createResultPage();
    void setStatusBadge(const QString& text, const QColor& color);
    void showSelectedValue();
    void copyJson();
    void openFile();
    void updatePreviewTabs(const QString& path, const QJsonObject& result);

    QString m_path;
    QString m_status;
    QStringList m_errors;
    QStringList m_warnings;
    QStackedWidget* m_stack;
    QLabel* m_messageTitle;
    QLabel* m_messageHint;
    QLabel* m_badge;
    QLabel* m_name;
    QLineEdit* m_pathEdit;
    QToolButton* m_openButton;
    QLabel* m_summary;
    QLabel* m_errorBox;
    QLabel* m_warningBox;
    QLabel* m_note;
    QWidget* m_treeArea;
    QTabWidget* m_tabs;
    QList<PreviewTab*> m_previewTabs;
    QTreeView* m_tree;
    QPlainTextEdit* m_valueView;
    JsonTreeModel* m_model;
};

} // namespace sluice
