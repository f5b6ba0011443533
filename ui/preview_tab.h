#pragma once

#include <QJsonObject>
#include <QWidget>

namespace sluice {

/// A tab of the result pane beside "Details" that shows one kind of result visually: a document's pages,
/// an image before and after, an OCR review. The result pane offers each selected result to every preview
/// tab; a tab that accepts it is shown and filled, the others are hidden.
///
/// Implementations never read or parse the file on the GUI thread: they ask core for what they show (page
/// images, decoded images) through futures or signals, and cancel that work when another result comes.
class PreviewTab : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    /// Title of the tab, translated (e.g. tr("Pages")).
    virtual QString title() const = 0;
    /// True when this tab has something to show for `result` (a result document, see ItemResult::toJson).
    virtual bool accepts(const QJsonObject& result) const = 0;
    /// Shows `result` of the file at `path`; called only after accepts() returned true.
    virtual void showResult(const QString& path, const QJsonObject& result) = 0;
    /// Drops what is shown and stops any work under way (another file was selected, or none).
    virtual void clearPreview() = 0;
};

} // namespace sluice
