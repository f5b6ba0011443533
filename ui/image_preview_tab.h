#pragma once

#include "preview_tab.h"

#include <QFutureWatcher>
#include <QImage>

class QLabel;
class QToolButton;
class QTreeWidget;

namespace sluice {

class ImageCompareView;

/// The pictures of an image result: the source before and the image_transform output after, loaded off
/// the GUI thread through core's loadImage() (QImage in a worker, QPixmap here), in an ImageCompareView
/// (split with a draggable divider, or side by side; zoom and pan in step), with the image_analyze values
/// under it (size, quality, hashes, faces, duplicates).
class ImagePreviewTab : public PreviewTab {
    Q_OBJECT
public:
    explicit ImagePreviewTab(QWidget* parent = nullptr);
    ~ImagePreviewTab() override;

    QString title() const override;
    /// True when a stage of `result` analysed or transformed an image (image_analyze or image_transform
    /// output).
    bool accepts(const QJsonObject& result) const override;
    void showResult(const QString& path, const QJsonObject& result) override;
    void clearPreview() override;

    ImageCompareView* view() const { return m_view; }
    QTreeWidget* values() const { return m_values; }
    /// True while pictures are being decoded.
    bool isLoading() const { return m_watcher.isRunning(); }

private:
    struct Pair {
        QImage before;
        QImage after;
        QString error;
    };
    void onLoaded();
    void fillValues(const QJsonObject& analysis, const QJsonObject& transform);

    ImageCompareView* m_view;
    QTreeWidget* m_values;
    QLabel* m_note;
    QToolButton* m_splitButton;
    QToolButton* m_sideButton;
    QFutureWatcher<Pair> m_watcher;
    int m_generation = 0;
};

/// The first output in `result` ("stages" by node id) that has key `key`; empty when none.
QJsonObject findStageOutput(const QJsonObject& result, const QString& key);

} // namespace sluice
