#pragma once

#include "param_editor.h"

#include <QHash>

class QTableWidget;

namespace sluice {

/// The route stage's `rules` as a table, one row per rule: output port, MIME types, file-name globs,
/// minimum and maximum size (bytes), and a condition on a field of an earlier result (field, operator,
/// value — e.g. `ocr.mean_confidence` `<` `60`, or `image_analysis.quality.is_blurry` `==` `true`).
/// Lists are comma-separated. Rows can be added, removed and reordered (the first matching rule wins);
/// rows with problems are tinted red with the problem as tooltip.
class RouteRulesEditor : public ParamEditor {
    Q_OBJECT
public:
    enum Column { Port, Mime, Glob, MinSize, MaxSize, Field, Op, Value, ColumnCount };

    explicit RouteRulesEditor(const ParamSpec& spec, QWidget* parent = nullptr);

    QJsonValue value() const override;
    void setValue(const QJsonValue& value) override;
    QWidget* focusWidget_() const override;
    QTableWidget* table() const { return m_table; }

    /// Marks rows: rule index → problems (from the stage's checkParameters, "rules[i]: …").
    void setRowProblems(const QHash<int, QStringList>& problems);

    void addRule();
    void removeSelectedRule();
    /// Moves the selected rule up (-1) or down (+1).
    void moveSelectedRule(int delta);

private:
    void setRow(int row, const QJsonObject& rule);
    QJsonObject rowRule(int row) const;

    QTableWidget* m_table;
};

} // namespace sluice
