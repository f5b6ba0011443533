#pragma once

#include <QWidget>

namespace sluice {

/// A see-through layer over a widget that shows, while something is dragged over it, what a drop will
/// do ("Drop folders here to watch them"). It covers its parent, follows its size, and lets every mouse
/// and drag event through to the widgets below.
class DropOverlay : public QWidget {
    Q_OBJECT
public:
    explicit DropOverlay(QWidget* parent);

    /// Shows the overlay with `text` on top of the parent's children.
    void showWithText(const QString& text);
    QString text() const { return m_text; }

protected:
    void paintEvent(QPaintEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QString m_text;
};

} // namespace sluice
