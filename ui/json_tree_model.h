#pragma once

#include <QAbstractItemModel>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <memory>
#include <vector>

namespace sluice {

/// A read-only tree over a JSON document with two columns, key and value. Objects and arrays are
/// branches (their value column shows how many entries they hold); everything else is a leaf.
/// Long strings are shown on one line and cut; JsonValueRole gives the full value.
class JsonTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { KeyColumn, ValueColumn, ColumnCount };
    enum Role {
        JsonValueRole = Qt::UserRole + 1, ///< QJsonValue of the node (objects and arrays whole)
        KeyPathRole,                      ///< QStringList of keys from the root ("[3]" for array elements)
    };

    explicit JsonTreeModel(QObject* parent = nullptr);
    ~JsonTreeModel() override;

    /// Shows `document`. Top-level keys named in `firstKeys` come first, in that order; the others follow
    /// in alphabetical order (nested objects are always alphabetical).
    void setDocument(const QJsonObject& document, const QStringList& firstKeys = {});
    void clear();
    QJsonObject document() const { return m_document; }

    /// The index of the node at `keyPath` (e.g. {"source", "mime"}), column 0; invalid when missing.
    QModelIndex indexForPath(const QStringList& keyPath) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The one-line text shown for a value ("{3 keys}", "[2 items]", a cut string, …).
    static QString displayValue(const QJsonValue& value);

private:
    struct Node {
        QString key;
        QJsonValue value;
        Node* parent = nullptr;
        int row = 0;
        std::vector<std::unique_ptr<Node>> children;
    };

    static void build(Node* node);
    Node* nodeFor(const QModelIndex& index) const;

    QJsonObject m_document;
    std::unique_ptr<Node> m_root;
};

} // namespace sluice
