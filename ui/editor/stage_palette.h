#pragma once

#include <QStandardItemModel>
#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace sluice {

/// The palette's model: one row per stage group, each with a row per registered stage (StageRegistry).
/// Stage rows carry their id in StageIdRole and drag as kStageMimeType.
class StagePaletteModel : public QStandardItemModel {
    Q_OBJECT
public:
    enum Role {
        StageIdRole = Qt::UserRole + 1, ///< stage id on stage rows, empty on group rows
        SearchTextRole                  ///< name, id, group and description, searched by the filter
    };
    explicit StagePaletteModel(QObject* parent = nullptr);
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
};

/// A searchable palette of every registered stage, grouped by category. Drag a stage onto the canvas,
/// or double-click it (or press Enter) to add it at the centre of the view.
class StagePalette : public QWidget {
    Q_OBJECT
public:
    explicit StagePalette(QWidget* parent = nullptr);

    QLineEdit* searchField() const { return m_search; }
    QTreeView* view() const { return m_view; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    StagePaletteModel* model() const { return m_model; }

Q_SIGNALS:
    /// A stage was double-clicked or chosen with Enter.
    void stageActivated(const QString& stageId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void activate(const QModelIndex& proxyIndex);

    QLineEdit* m_search;
    QTreeView* m_view;
    StagePaletteModel* m_model;
    QSortFilterProxyModel* m_proxy;
};

} // namespace sluice
