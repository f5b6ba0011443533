#pragma once

#include <QHash>
#include <QPointer>
#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace sluice {

class ParamEditor;
class PipelineDocument;

/// The editor's property panel: for the selected node, its id, label and one editor per parameter of
/// its stage, built from the stage's ParamSpec list (see createParamEditor; route rules as a table).
/// Every change goes to the PipelineDocument as an undoable edit (consecutive edits of one field merge);
/// problems from Pipeline::validate() for that node and parameter are marked at once. With no node
/// selected it edits the pipeline's name and description.
class PropertyPanel : public QWidget {
    Q_OBJECT
public:
    explicit PropertyPanel(PipelineDocument* document, QWidget* parent = nullptr);

    /// Shows the node `id` (empty: the pipeline itself).
    void showNode(const QString& id);
    QString nodeId() const { return m_nodeId; }
    /// The editor of parameter `name` of the shown node, or nullptr.
    ParamEditor* editor(const QString& name) const { return m_editors.value(name); }

Q_SIGNALS:
    /// The shown node was renamed (the scene re-selects it under its new id).
    void nodeRenamed(const QString& newId);

private:
    void rebuild();
    void refresh();
    void commit(ParamEditor* editor);

    PipelineDocument* m_document;
    QString m_nodeId;
    QString m_stage; ///< stage of the shown node; a change of stage rebuilds the form
    QWidget* m_body = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_description = nullptr;
    QLineEdit* m_idEdit = nullptr;
    QLineEdit* m_labelEdit = nullptr;
    QLineEdit* m_nameEdit = nullptr;
    QPlainTextEdit* m_descriptionEdit = nullptr;
    QHash<QString, ParamEditor*> m_editors;
};

} // namespace sluice
