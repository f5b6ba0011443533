#include "route_rules_editor.h"

#include "stages/route_rules.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace sluice {

namespace {

constexpr int kExtraKeysRole = Qt::UserRole + 1;

QString joinList(const QJsonValue& v) {
    QStringList parts;
    for (const QJsonValue& e : route::asList(v))
        parts.append(e.toString());
    return parts.join(QStringLiteral(", "));
}

QJsonArray splitList(const QString& text) {
    QJsonArray list;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            list.append(part.trimmed());
    return list;
}

/// A size cell: a whole number stays a number; other text is kept as text so the stage's check names it.
QJsonValue sizeValue(const QString& text) {
    bool ok = false;
    const qint64 n = text.trimmed().toLongLong(&ok);
    return ok ? QJsonValue(n) : QJsonValue(text.trimmed());
}

/// A value cell: number, true/false, or text.
QJsonValue scalarValue(const QString& text) {
    const QString t = text.trimmed();
    bool ok = false;
    const double d = t.toDouble(&ok);
    if (ok)
        return d;
    if (t == QLatin1String("true"))
        return true;
    if (t == QLatin1String("false"))
        return false;
    return t;
}

QString scalarText(const QJsonValue& v) {
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble())
        return QString::number(v.toDouble());
    return v.toString();
}

} // namespace

RouteRulesEditor::RouteRulesEditor(const ParamSpec& spec, QWidget* parent)
    : ParamEditor(spec, parent), m_table(new QTableWidget(0, ColumnCount, this)) {
    m_table->setHorizontalHeaderLabels({tr("Port"), tr("MIME types"), tr("File names"), tr("Min size"),
                                        tr("Max size"), tr("Result field"), tr("Op"), tr("Value")});
    m_table->horizontalHeaderItem(Mime)->setToolTip(tr("Comma-separated, e.g. application/pdf, image/*"));
    m_table->horizontalHeaderItem(Glob)->setToolTip(tr("Comma-separated wildcards, e.g. *.pdf, scan_*"));
    m_table->horizontalHeaderItem(MinSize)->setToolTip(tr("Bytes, inclusive"));
    m_table->horizontalHeaderItem(MaxSize)->setToolTip(tr("Bytes, inclusive"));
    m_table->horizontalHeaderItem(Field)->setToolTip(
        tr("A field of an earlier node's result, node.key — e.g. ocr.mean_confidence or "
           "image_analysis.quality.is_blurry"));
    m_table->verticalHeader()->setDefaultSectionSize(24);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setMinimumHeight(150);
    const QList<int> widths{70, 150, 80, 64, 64, 150, 56, 50};
    for (int c = 0; c < ColumnCount; ++c)
        m_table->setColumnWidth(c, widths.value(c));

    auto button = [this](const QString& text, const QString& tip, const QString& name) {
        auto* b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(tip);
        b->setObjectName(name);
        return b;
    };
    QToolButton* add = button(tr("Add rule"), tr("Add a rule at the end"), QStringLiteral("addRule"));
    QToolButton* remove = button(tr("Remove"), tr("Remove the selected rule"), QStringLiteral("removeRule"));
    QToolButton* up = button(QStringLiteral("▲"), tr("Move the selected rule up (the first match wins)"),
                             QStringLiteral("ruleUp"));
    QToolButton* down =
        button(QStringLiteral("▼"), tr("Move the selected rule down"), QStringLiteral("ruleDown"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    buttons->addWidget(up);
    buttons->addWidget(down);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(add, &QToolButton::clicked, this, &RouteRulesEditor::addRule);
    connect(remove, &QToolButton::clicked, this, &RouteRulesEditor::removeSelectedRule);
    connect(up, &QToolButton::clicked, this, [this] { moveSelectedRule(-1); });
    connect(down, &QToolButton::clicked, this, [this] { moveSelectedRule(1); });
    connect(m_table, &QTableWidget::itemChanged, this, [this] { notifyEdited(); });
}

QWidget* RouteRulesEditor::focusWidget_() const {
    return m_table;
}

void RouteRulesEditor::setRow(int row, const QJsonObject& rule) {
    const bool wasLoading = m_loading;
    m_loading = true;
    auto set = [&](int column, const QString& text) {
        auto* item = new QTableWidgetItem(text);
        m_table->setItem(row, column, item);
    };
    set(Port, rule.value(QStringLiteral("port")).toString());
    set(Mime, joinList(rule.value(QStringLiteral("mime"))));
    set(Glob, joinList(rule.value(QStringLiteral("glob"))));
    set(MinSize, scalarText(rule.value(QStringLiteral("min_size"))));
    set(MaxSize, scalarText(rule.value(QStringLiteral("max_size"))));
    set(Field, rule.value(QStringLiteral("field")).toString());
    set(Value, scalarText(rule.value(QStringLiteral("value"))));
    auto* op = new QComboBox(m_table);
    op->addItem(QString());
    op->addItems(route::fieldOperators());
    op->setCurrentText(rule.value(QStringLiteral("op")).toString());
    op->setFrame(false);
    connect(op, &QComboBox::currentIndexChanged, this, [this] { notifyEdited(); });
    m_table->setCellWidget(row, Op, op);
    // Keys the table has no column for are kept, so that the stage reports them instead of losing them.
    QJsonObject extra = rule;
    for (const QString& key : route::ruleKeys())
        extra.remove(key);
    m_table->item(row, Port)->setData(kExtraKeysRole, extra.toVariantMap());
    m_loading = wasLoading;
}

QJsonObject RouteRulesEditor::rowRule(int row) const {
    auto text = [&](int column) {
        const QTableWidgetItem* item = m_table->item(row, column);
        return item ? item->text().trimmed() : QString();
    };
    QJsonObject rule;
    if (const QTableWidgetItem* port = m_table->item(row, Port))
        rule = QJsonObject::fromVariantMap(port->data(kExtraKeysRole).toMap());
    rule.insert(QStringLiteral("port"), text(Port));
    if (!text(Mime).isEmpty())
        rule.insert(QStringLiteral("mime"), splitList(text(Mime)));
    if (!text(Glob).isEmpty())
        rule.insert(QStringLiteral("glob"), splitList(text(Glob)));
    if (!text(MinSize).isEmpty())
        rule.insert(QStringLiteral("min_size"), sizeValue(text(MinSize)));
    if (!text(MaxSize).isEmpty())
        rule.insert(QStringLiteral("max_size"), sizeValue(text(MaxSize)));
    if (!text(Field).isEmpty())
        rule.insert(QStringLiteral("field"), text(Field));
    const auto* op = qobject_cast<QComboBox*>(m_table->cellWidget(row, Op));
    if (op && !op->currentText().isEmpty())
        rule.insert(QStringLiteral("op"), op->currentText());
    if (!text(Value).isEmpty())
        rule.insert(QStringLiteral("value"), scalarValue(text(Value)));
    return rule;
}

QJsonValue RouteRulesEditor::value() const {
    QJsonArray rules;
    for (int row = 0; row < m_table->rowCount(); ++row)
        rules.append(rowRule(row));
    return rules;
}

void RouteRulesEditor::setValue(const QJsonValue& v) {
    const QJsonValue shown = v.isUndefined() ? spec().defaultValue : v;
    if (shown == value())
        return; // keeps the cell being edited
    m_loading = true;
    const QJsonArray rules = shown.toArray();
    m_table->setRowCount(int(rules.size()));
    for (int row = 0; row < rules.size(); ++row)
        setRow(row, rules.at(row).toObject());
    m_loading = false;
}

void RouteRulesEditor::setRowProblems(const QHash<int, QStringList>& problems) {
    const bool wasLoading = m_loading;
    m_loading = true;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QStringList list = problems.value(row);
        for (int c = 0; c < ColumnCount; ++c) {
            if (QTableWidgetItem* item = m_table->item(row, c)) {
                item->setBackground(list.isEmpty() ? QBrush() : QBrush(QColor(0xfb, 0xe3, 0xe3)));
                item->setToolTip(list.join(QLatin1Char('\n')));
            }
        }
    }
    m_loading = wasLoading;
}

void RouteRulesEditor::addRule() {
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    setRow(row, QJsonObject{{QStringLiteral("port"), QStringLiteral("branch_%1").arg(row + 1)}});
    m_table->selectRow(row);
    notifyEdited();
}

void RouteRulesEditor::removeSelectedRule() {
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_table->removeRow(row);
    notifyEdited();
}

void RouteRulesEditor::moveSelectedRule(int delta) {
    const int row = m_table->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_table->rowCount())
        return;
    const QJsonObject a = rowRule(row);
    const QJsonObject b = rowRule(target);
    setRow(row, b);
    setRow(target, a);
    m_table->selectRow(target);
    notifyEdited();
}

} // namespace sluice
