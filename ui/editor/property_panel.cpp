#include "property_panel.h"

#include "param_editor.h"
#include "pipeline/stage_registry.h"
#include "pipeline_document.h"
#include "route_rules_editor.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScrollArea>
#include <QVBoxLayout>

namespace sluice {

PropertyPanel::PropertyPanel(PipelineDocument* document, QWidget* parent)
    : QWidget(parent), m_document(document) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(scroll);
    m_body = new QWidget;
    scroll->setWidget(m_body);
    new QVBoxLayout(m_body);
    connect(m_document, &PipelineDocument::changed, this, &PropertyPanel::refresh);
    rebuild();
}

void PropertyPanel::showNode(const QString& id) {
    m_nodeId = id;
    rebuild();
}

void PropertyPanel::rebuild() {
    auto* outer = static_cast<QVBoxLayout*>(m_body->layout());
    while (QLayoutItem* item = outer->takeAt(0)) {
        if (QWidget* w = item->widget())
            w->deleteLater();
        if (QLayout* l = item->layout())
            delete l;
        delete item;
    }
    m_editors.clear();
    m_idEdit = m_labelEdit = m_nameEdit = nullptr;
    m_descriptionEdit = nullptr;

    auto* content = new QWidget(m_body);
    outer->addWidget(content);
    auto* column = new QVBoxLayout(content);
    column->setContentsMargins(10, 10, 10, 10);
    column->setSpacing(8);
    m_title = new QLabel(content);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() + 2.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_description = new QLabel(content);
    m_description->setWordWrap(true);
    m_description->setStyleSheet(QStringLiteral("color: #5f6873;"));
    column->addWidget(m_title);
    column->addWidget(m_description);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setLabelAlignment(Qt::AlignLeft);
    column->addLayout(form);
    outer->addStretch();

    const PipelineNode* node = m_document->pipeline().node(m_nodeId);
    if (!node) {
        m_nodeId.clear();
        m_stage.clear();
        m_title->setText(tr("Pipeline"));
        m_description->setText(
            tr("Select a node to edit its parameters. Drag stages from the palette onto the "
               "canvas, and drag from an output port to an input port to connect them."));
        m_nameEdit = new QLineEdit(content);
        m_nameEdit->setObjectName(QStringLiteral("pipelineName"));
        m_descriptionEdit = new QPlainTextEdit(content);
        m_descriptionEdit->setMaximumHeight(110);
        form->addRow(tr("Name"), m_nameEdit);
        form->addRow(tr("Description"), m_descriptionEdit);
        auto apply = [this] {
            m_document->setInfo(m_nameEdit->text(), m_descriptionEdit->toPlainText());
        };
        connect(m_nameEdit, &QLineEdit::textEdited, this, apply);
        connect(m_descriptionEdit, &QPlainTextEdit::textChanged, this, [this, apply] {
            if (m_descriptionEdit->toPlainText() != m_document->pipeline().description)
                apply();
        });
        refresh();
        return;
    }
    m_stage = node->stage;
    const std::unique_ptr<Stage> stage = StageRegistry::instance().create(node->stage);
    m_title->setText(stage ? stage->displayName() : tr("Unknown stage '%1'").arg(node->stage));
    m_description->setText(stage ? stage->description()
                                 : tr("No stage with this id is registered; the pipeline cannot run."));

    m_idEdit = new QLineEdit(content);
    m_idEdit->setObjectName(QStringLiteral("nodeId"));
    m_labelEdit = new QLineEdit(content);
    m_labelEdit->setObjectName(QStringLiteral("nodeLabel"));
    m_labelEdit->setPlaceholderText(stage ? stage->displayName() : QString());
    form->addRow(tr("Node id"), m_idEdit);
    form->addRow(tr("Label"), m_labelEdit);
    connect(m_idEdit, &QLineEdit::editingFinished, this, [this] {
        const QString newId = m_idEdit->text().trimmed();
        if (newId == m_nodeId)
            return;
        const QString old = m_nodeId;
        m_nodeId = newId;
        const QString problem = m_document->renameNode(old, newId);
        if (!problem.isEmpty()) {
            m_nodeId = old;
            m_idEdit->setStyleSheet(QStringLiteral("border: 1.5px solid #d03b3b;"));
            m_idEdit->setToolTip(problem);
            return;
        }
        Q_EMIT nodeRenamed(newId);
    });
    connect(m_labelEdit, &QLineEdit::textEdited, this,
            [this](const QString& text) { m_document->setLabel(m_nodeId, text); });

    if (stage) {
        if (!stage->parameters().isEmpty()) {
            auto* heading = new QLabel(tr("Parameters"), content);
            QFont f = heading->font();
            f.setBold(true);
            heading->setFont(f);
            heading->setContentsMargins(0, 8, 0, 0);
            form->addRow(heading);
        }
        for (const ParamSpec& spec : stage->parameters()) {
            ParamEditor* editor = node->stage == QLatin1String("route") && spec.name == QLatin1String("rules")
                                      ? new RouteRulesEditor(spec, content)
                                      : createParamEditor(spec, content);
            editor->setObjectName(QStringLiteral("param_") + spec.name);
            m_editors.insert(spec.name, editor);
            QString label = spec.name;
            if (spec.required)
                label += QStringLiteral(" *");
            auto* help = new QLabel(spec.help, content);
            help->setWordWrap(true);
            help->setStyleSheet(QStringLiteral("color: #6b7480; font-size: 8pt;"));
            auto* box = new QWidget(content);
            auto* boxLayout = new QVBoxLayout(box);
            boxLayout->setContentsMargins(0, 0, 0, 0);
            boxLayout->setSpacing(2);
            boxLayout->addWidget(editor);
            boxLayout->addWidget(help);
            if (spec.type == ParamType::Json) {
                form->addRow(new QLabel(label, content));
                form->addRow(box);
            } else {
                form->addRow(label, box);
            }
            connect(editor, &ParamEditor::edited, this, [this, editor] { commit(editor); });
        }
    }
    refresh();
}

void PropertyPanel::commit(ParamEditor* editor) {
    const QString syntax = editor->syntaxProblem();
    if (!syntax.isEmpty()) {
        editor->setProblem(syntax); // nothing stored until the text is a value again
        return;
    }
    m_document->setParameter(m_nodeId, editor->spec().name, editor->value());
}

void PropertyPanel::refresh() {
    if (m_nodeId.isEmpty()) {
        if (m_nameEdit && m_nameEdit->text() != m_document->pipeline().name)
            m_nameEdit->setText(m_document->pipeline().name);
        if (m_descriptionEdit && m_descriptionEdit->toPlainText() != m_document->pipeline().description) {
            const QSignalBlocker block(m_descriptionEdit);
            m_descriptionEdit->setPlainText(m_document->pipeline().description);
        }
        return;
    }
    const PipelineNode* node = m_document->pipeline().node(m_nodeId);
    if (!node || node->stage != m_stage) {
        rebuild();
        return;
    }
    if (m_idEdit && !m_idEdit->hasFocus()) {
        m_idEdit->setText(node->id);
        m_idEdit->setStyleSheet({});
        m_idEdit->setToolTip({});
    }
    if (m_labelEdit && m_labelEdit->text() != node->label)
        m_labelEdit->setText(node->label);

    // Problems of this node, by parameter; route rules by row.
    QHash<QString, QStringList> problems;
    QHash<int, QStringList> ruleProblems;
    static const QRegularExpression rulePattern(QStringLiteral("^rules\\[(\\d+)\\]"));
    const QList<ValidationIssue> issues = m_document->pipeline().validate();
    for (const ValidationIssue& issue : issues) {
        if (issue.node != m_nodeId || issue.param.isEmpty())
            continue;
        problems[issue.param].append(issue.message);
        const QRegularExpressionMatch m = rulePattern.match(issue.message);
        if (issue.param == QLatin1String("rules") && m.hasMatch())
            ruleProblems[m.captured(1).toInt()].append(issue.message);
    }
    for (auto it = m_editors.constBegin(); it != m_editors.constEnd(); ++it) {
        ParamEditor* editor = it.value();
        const QString syntax = editor->syntaxProblem();
        if (syntax.isEmpty())
            editor->setValue(node->params.value(it.key()));
        editor->setProblem(!syntax.isEmpty() ? syntax : problems.value(it.key()).join(QLatin1Char('\n')));
        if (auto* rules = qobject_cast<RouteRulesEditor*>(editor))
            rules->setRowProblems(ruleProblems);
    }
}

} // namespace sluice
