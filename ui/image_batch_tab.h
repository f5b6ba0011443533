#pragma once

#include "preview_tab.h"

#include <QFutureWatcher>
#include <QHash>
#include <QImage>
#include <QList>

class QLabel;
class QListWidget;

namespace sluice {

class ProcessingService;
struct ItemResult;

/// "Batch": thumbnails of the images processed recently from the same watch folder (or batch) as the
/// selected file, each with badges for a blurry image (image_analyze quality.is_blurry) and a duplicate
/// (duplicate_of set). Results arrive through ProcessingService::itemFinished; thumbnails are decoded in a
/// worker through core's loadImage() (a JPEG at reduced size) and shown as pixmaps made on the GUI thread.
class ImageBatchTab : public PreviewTab {
    Q_OBJECT
public:
    /// Keeps at most this many results per folder.
    static constexpr int kMaxPerFolder = 200;
    /// Thumbnail size in pixels.
    static constexpr int kThumb = 128;

    explicit ImageBatchTab(ProcessingService* service, QWidget* parent = nullptr);
    ~ImageBatchTab() override;

    QString title() const override;
    bool accepts(const QJsonObject& result) const override;
    void showResult(const QString& path, const QJsonObject& result) override;
    void clearPreview() override;

    /// Remembers one finished item under its watch folder (empty: files given directly).
    void addResult(const QString& folder, const QString& path, const QJsonObject& result);
    QListWidget* grid() const { return m_grid; }
    /// Badge texts of the thumbnail of `path` ("blurry", "duplicate"), as shown; empty when not shown.
    QStringList badgesOf(const QString& path) const;
    bool isLoading() const { return m_watcher.isRunning(); }

private:
    struct Entry {
        QString path;
        bool blurry = false;
        bool duplicate = false;
    };
    struct Thumb {
        QString path;
        QImage image;
    };
    void onThumbReady(int index);

    QLabel* m_header;
    QListWidget* m_grid;
    QHash<QString, QList<Entry>> m_byFolder;
    QHash<QString, QString> m_folderOf; ///< path → folder
    QList<Entry> m_shown;
    QFutureWatcher<Thumb> m_watcher;
};

} // namespace sluice
