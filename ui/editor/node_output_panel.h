#pragma once

#include "pipeline/executor.h"

#include <QFutureWatcher>
#include <QImage>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTreeView;

namespace sluice {

class JsonTreeModel;

/// Shows what one node produced for the sample file of a "Try it" run: its status and time, and a
/// preview of its output — its text, the first page of a PDF (core's PdfPageRenderer), the image (core's
/// loadImage, or the file an image stage wrote), and the output JSON as a tree. Images are made off the
/// GUI thread.
class NodeOutputPanel : public QWidget {
    Q_OBJECT
public:
    explicit NodeOutputPanel(QWidget* parent = nullptr);
    ~NodeOutputPanel() override;

    /// The run whose outputs are shown; clears the panel when `result` is empty.
    void setResult(const ItemResult& result);
    /// Shows node `id` of the current result (status, time, previews). Empty id: a hint.
    void showNode(const QString& id);

    QTabWidget* tabs() const { return m_tabs; }
    QPlainTextEdit* textView() const { return m_text; }
    JsonTreeModel* jsonModel() const { return m_jsonModel; }
    QLabel* header() const { return m_header; }
    /// The picture shown (page or image); null when none.
    QImage picture() const { return m_picture; }

Q_SIGNALS:
    /// The page or image preview of the shown node is ready (or failed: null image).
    void pictureReady();

private:
    void showPicture(const QImage& image, const QString& caption);

    QLabel* m_header;
    QTabWidget* m_tabs;
    QPlainTextEdit* m_text;
    QLabel* m_pictureLabel;
    QLabel* m_pictureCaption;
    QWidget* m_pictureTab;
    QTreeView* m_jsonView;
    JsonTreeModel* m_jsonModel;
    ItemResult m_result;
    QString m_nodeId;
    QImage m_picture;
    QFutureWatcher<QImage> m_pictureWatcher;
};

} // namespace sluice
