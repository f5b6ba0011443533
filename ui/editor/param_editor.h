#pragma once

#include "pipeline/parameter.h"

#include <QJsonValue>
#include <QWidget>

namespace sluice {

/// An editor for one stage parameter, built from its ParamSpec (the schema drives the form): numbers
/// with unit and range, enums as lists, globs, paths with a Browse button, passwords masked, string
/// lists one per line, JSON checked as it is typed. Shows a problem at once (red frame and tooltip).
class ParamEditor : public QWidget {
    Q_OBJECT
public:
    explicit ParamEditor(ParamSpec spec, QWidget* parent = nullptr)
        : QWidget(parent), m_spec(std::move(spec)) {}

    const ParamSpec& spec() const { return m_spec; }
    /// The value as edited; Undefined when the text cannot be a value at all (e.g. broken JSON).
    virtual QJsonValue value() const = 0;
    /// Shows `value` (Undefined: the spec's default) without emitting edited().
    virtual void setValue(const QJsonValue& value) = 0;
    /// Marks the editor invalid with `problem` (empty: valid).
    void setProblem(const QString& problem);
    QString problem() const { return m_problem; }
    /// Why the text cannot be a value (e.g. a JSON syntax error); empty when it can.
    virtual QString syntaxProblem() const { return {}; }
    /// The widget that takes focus and is marked (for tests and the form's buddy).
    virtual QWidget* focusWidget_() const = 0;

Q_SIGNALS:
    /// The user changed the value.
    void edited();

protected:
    /// Emits edited() unless the value is being set from the document.
    void notifyEdited();
    bool m_loading = false;

private:
    ParamSpec m_spec;
    QString m_problem;
};

/// The editor for `spec` (route rules get their own table, see RouteRulesEditor).
ParamEditor* createParamEditor(const ParamSpec& spec, QWidget* parent);

} // namespace sluice
