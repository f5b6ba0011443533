#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QRectF>
#include <QSet>
#include <QSortFilterProxyModel>

namespace sluice {

/// The words of one OCR page (the `words` array of a page of the `ocr` stage output) as a table: one row
/// per word in reading order, column Word (editable: an edit is handed on as editRequested, the tab
/// decides) and column Confidence (0–100, one decimal). Custom roles give the word's index, confidence,
/// box (page pixels) and whether it was corrected in review.
class OcrWordModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { WordColumn = 0, ConfidenceColumn, ColumnCount };
    enum Role {
        WordIndexRole = Qt::UserRole + 1, ///< int: index into the page's "words"
        ConfidenceRole,                   ///< double 0–100
        BoxRole,                          ///< QRectF in page pixels
        CorrectedRole                     ///< bool: changed in review (saved or not)
    };

    explicit OcrWordModel(QObject* parent = nullptr);

    /// Starts over with the words of a page; `corrected` holds the indices of corrected words.
    void setWords(const QJsonArray& words, const QSet<int>& corrected = {});
    /// Changes the text of word `index` (after a correction was applied) and marks it corrected.
    void setWordText(int index, const QString& text);
    QString wordText(int index) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    /// An edit of the Word column: emits editRequested(row, text) and leaves the model as it is until the
    /// tab applies the correction (setWordText).
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;

Q_SIGNALS:
    /// The operator typed `text` for word `index` in a view of this model.
    void editRequested(int index, const QString& text);

private:
    struct Word {
        QString text;
        double confidence = 0;
        QRectF box;
        bool corrected = false;
    };
    QList<Word> m_words;
};

/// The words of an OcrWordModel whose confidence is below a threshold (0–100), in reading order: the list
/// the operator steps through. Words of white space only (rules, underlines) are left out unless corrected.
class OcrLowConfidenceProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit OcrLowConfidenceProxy(QObject* parent = nullptr);
    /// Words with confidence < `threshold` pass.
    void setThreshold(double threshold);
    double threshold() const { return m_threshold; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    double m_threshold = 60;
};

} // namespace sluice
