#include "ocr_word_model.h"

#include <QFont>
#include <QJsonObject>

namespace sluice {

OcrWordModel::OcrWordModel(QObject* parent) : QAbstractTableModel(parent) {}

void OcrWordModel::setWords(const QJsonArray& words, const QSet<int>& corrected) {
    beginResetModel();
    m_words.clear();
    m_words.reserve(words.size());
    for (int i = 0; i < words.size(); ++i) {
        const QJsonObject o = words.at(i).toObject();
        const QJsonArray b = o.value(QStringLiteral("bbox")).toArray();
        Word w;
        w.text = o.value(QStringLiteral("text")).toString();
        w.confidence = o.value(QStringLiteral("confidence")).toDouble();
        if (b.size() >= 4)
            w.box = QRectF(b.at(0).toDouble(), b.at(1).toDouble(), b.at(2).toDouble(), b.at(3).toDouble());
        w.corrected = corrected.contains(i);
        m_words.append(w);
    }
    endResetModel();
}

void OcrWordModel::setWordText(int index, const QString& text) {
    if (index < 0 || index >= m_words.size())
        return;
    m_words[index].text = text;
    m_words[index].corrected = true;
    Q_EMIT dataChanged(this->index(index, 0), this->index(index, ColumnCount - 1));
}

QString OcrWordModel::wordText(int index) const {
    return index >= 0 && index < m_words.size() ? m_words.at(index).text : QString();
}

int OcrWordModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_words.size());
}

int OcrWordModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OcrWordModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_words.size())
        return {};
    const Word& w = m_words.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == WordColumn)
            return w.text.isEmpty() ? tr("(removed)") : w.text;
        return QString::number(w.confidence, 'f', 1);
    case Qt::EditRole:
        return index.column() == WordColumn ? QVariant(w.text) : QVariant(w.confidence);
    case Qt::ToolTipRole:
        return w.corrected ? tr("Corrected in review; recognised with %1 % confidence")
                                 .arg(QString::number(w.confidence, 'f', 1))
                           : tr("Recognised with %1 % confidence").arg(QString::number(w.confidence, 'f', 1));
    case Qt::FontRole:
        if (w.corrected && index.column() == WordColumn) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == ConfidenceColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                                  : QVariant();
    case WordIndexRole:
        return index.row();
    case ConfidenceRole:
        return w.confidence;
    case BoxRole:
        return w.box;
    case CorrectedRole:
        return w.corrected;
    default:
        return {};
    }
}

QVariant OcrWordModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == WordColumn ? tr("Word") : tr("Confidence");
}

Qt::ItemFlags OcrWordModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == WordColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool OcrWordModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!index.isValid() || index.column() != WordColumn || role != Qt::EditRole ||
        index.row() >= m_words.size())
        return false;
    const QString text = value.toString().simplified();
    if (text == m_words.at(index.row()).text)
        return false;
    Q_EMIT editRequested(index.row(), text);
    return true;
}

OcrLowConfidenceProxy::OcrLowConfidenceProxy(QObject* parent) : QSortFilterProxyModel(parent) {}

void OcrLowConfidenceProxy::setThreshold(double threshold) {
    if (qFuzzyCompare(threshold + 1, m_threshold + 1))
        return;
    m_threshold = threshold;
    invalidateRowsFilter();
}

bool OcrLowConfidenceProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    // Rules and underlines (words of white space) are nothing to review.
    if (i.data(Qt::EditRole).toString().trimmed().isEmpty() && !i.data(OcrWordModel::CorrectedRole).toBool())
        return false;
    return i.data(OcrWordModel::ConfidenceRole).toDouble() < m_threshold;
}

} // namespace sluice
