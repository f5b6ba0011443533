#include "json_tree_model.h"

#include <QColor>
#include <QJsonArray>
#include <algorithm>

namespace sluice {

namespace {

constexpr int kMaxDisplayChars = 300;
constexpr int kMaxTooltipChars = 2000;

QString cut(const QString& text, int maxChars) {
    QString line = text;
    line.replace(QLatin1Char('\n'), QStringLiteral(" ⏎ "));
    line.replace(QLatin1Char('\r'), QString());
    if (line.size() > maxChars)
        line = line.left(maxChars) + QStringLiteral("…");
    return line;
}

} // namespace

JsonTreeModel::JsonTreeModel(QObject* parent)
    : QAbstractItemModel(parent), m_root(std::make_unique<Node>()) {}

JsonTreeModel::~JsonTreeModel() = default;

void JsonTreeModel::setDocument(const QJsonObject& document, const QStringList& firstKeys) {
    beginResetModel();
    m_document = document;
    m_root = std::make_unique<Node>();
    m_root->value = document;
    build(m_root.get());
    if (!firstKeys.isEmpty()) {
        auto rank = [&firstKeys](const std::unique_ptr<Node>& n) {
            const int i = int(firstKeys.indexOf(n->key));
            return i < 0 ? int(firstKeys.size()) : i;
        };
        std::stable_sort(m_root->children.begin(), m_root->children.end(),
                         [&rank](const auto& a, const auto& b) { return rank(a) < rank(b); });
        for (std::size_t i = 0; i < m_root->children.size(); ++i)
            m_root->children[i]->row = int(i);
    }
    endResetModel();
}

void JsonTreeModel::clear() {
    beginResetModel();
    m_document = {};
    m_root = std::make_unique<Node>();
    endResetModel();
}

void JsonTreeModel::build(Node* node) {
    auto add = [node](const QString& key, const QJsonValue& value) {
        auto child = std::make_unique<Node>();
        child->key = key;
        child->value = value;
        child->parent = node;
        child->row = int(node->children.size());
        build(child.get());
        node->children.push_back(std::move(child));
    };
    if (node->value.isObject()) {
        const QJsonObject object = node->value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            add(it.key(), it.value());
    } else if (node->value.isArray()) {
        const QJsonArray array = node->value.toArray();
        for (int i = 0; i < array.size(); ++i)
            add(QStringLiteral("[%1]").arg(i), array.at(i));
    }
}

JsonTreeModel::Node* JsonTreeModel::nodeFor(const QModelIndex& index) const {
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : m_root.get();
}

QModelIndex JsonTreeModel::indexForPath(const QStringList& keyPath) const {
    QModelIndex current;
    for (const QString& key : keyPath) {
        const Node* node = nodeFor(current);
        QModelIndex found;
        for (const auto& child : node->children) {
            if (child->key == key) {
                found = createIndex(child->row, 0, child.get());
                break;
            }
        }
        if (!found.isValid())
            return {};
        current = found;
    }
    return current;
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex& parent) const {
    if (row < 0 || column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    const Node* node = nodeFor(parent);
    if (row >= int(node->children.size()))
        return {};
    return createIndex(row, column, node->children[std::size_t(row)].get());
}

QModelIndex JsonTreeModel::parent(const QModelIndex& child) const {
    if (!child.isValid())
        return {};
    const Node* node = nodeFor(child);
    Node* parentNode = node->parent;
    if (!parentNode || parentNode == m_root.get())
        return {};
    return createIndex(parentNode->row, 0, parentNode);
}

int JsonTreeModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeFor(parent)->children.size());
}

int JsonTreeModel::columnCount(const QModelIndex& parent) const {
    (void)parent;
    return ColumnCount;
}

QString JsonTreeModel::displayValue(const QJsonValue& value) {
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (d == double(qint64(d)) && qAbs(d) < 1e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 12);
    }
    case QJsonValue::String:
        return cut(value.toString(), kMaxDisplayChars);
    case QJsonValue::Array: {
        const int n = int(value.toArray().size());
        if (n == 0)
            return tr("[empty]");
        return n == 1 ? tr("[1 item]") : tr("[%1 items]").arg(n);
    }
    case QJsonValue::Object: {
        const int n = int(value.toObject().size());
        if (n == 0)
            return tr("{empty}");
        return n == 1 ? tr("{1 key}") : tr("{%1 keys}").arg(n);
    }
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

QVariant JsonTreeModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    const Node* node = nodeFor(index);
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == KeyColumn ? node->key : displayValue(node->value);
    case Qt::ToolTipRole:
        if (index.column() == ValueColumn && node->value.isString())
            return cut(node->value.toString(), kMaxTooltipChars);
        break;
    case Qt::ForegroundRole:
        if (index.column() == ValueColumn) {
            if (node->value.isObject() || node->value.isArray() || node->value.isNull())
                return QColor(0x70, 0x77, 0x7f);
            if (node->value.isDouble())
                return QColor(0x1f, 0x5f, 0x9f);
            if (node->value.isBool())
                return QColor(0x7b, 0x3f, 0x9e);
        }
        break;
    case JsonValueRole:
        return QVariant::fromValue(node->value);
    case KeyPathRole: {
        QStringList path;
        for (const Node* n = node; n && n != m_root.get(); n = n->parent)
            path.prepend(n->key);
        return path;
    }
    default:
        break;
    }
    return {};
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    return section == KeyColumn ? tr("Key") : tr("Value");
}

} // namespace sluice
