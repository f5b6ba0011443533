#include "batch_model.h"

#include "pipeline/executor.h"
#include "service/batch_run.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>

namespace sluice {

BatchModel::BatchModel(QObject* parent) : QAbstractTableModel(parent) {}

void BatchModel::setBatch(BatchRun* batch) {
    beginResetModel();
    if (m_batch)
        disconnect(m_batch, nullptr, this, nullptr);
    m_batch = batch;
    m_rows.clear();
    m_rowOf.clear();
    endResetModel();
    if (!batch)
        return;
    connect(batch, &BatchRun::filesAdded, this, &BatchModel::onFilesAdded);
    connect(batch, &BatchRun::itemStarted, this, &BatchModel::onStarted);
    connect(batch, &BatchRun::itemFinished, this, &BatchModel::onFinished);
    connect(batch, &BatchRun::done, this, &BatchModel::onDone);
}

int BatchModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BatchModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString BatchModel::stateLabel(const QString& state) {
    if (state == QLatin1String("queued"))
        return tr("Queued");
    if (state == QLatin1String("running"))
        return tr("Running");
    if (state == QLatin1String("ok"))
        return tr("Done");
    if (state == QLatin1String("failed"))
        return tr("Failed");
    if (state == QLatin1String("skipped"))
        return tr("Skipped");
    if (state == QLatin1String("canceled"))
        return tr("Canceled");
    return state;
}

QVariant BatchModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case PathRole:
        return row.path;
    case StateRole:
        return row.state;
    case ProgressRole:
        return row.progress;
    case ResultFileRole:
        return row.resultPath.isEmpty() ? row.path : row.resultPath;
    case ResultRole:
        return row.result;
    case Qt::ToolTipRole:
        return index.column() == MessageColumn && !row.message.isEmpty() ? row.message : row.path;
    case Qt::DisplayRole:
        switch (index.column()) {
        case FileColumn:
            return QFileInfo(row.path).fileName();
        case StateColumn:
            return row.state == QLatin1String("ok") && row.warnings > 0 ? tr("Done with warnings")
                                                                        : stateLabel(row.state);
        case ProgressColumn:
            return QStringLiteral("%1 %").arg(qRound(row.progress));
        case TimeColumn:
            if (row.durationMs < 0)
                return QString();
            return row.durationMs < 1000 ? tr("%1 ms").arg(row.durationMs)
                                         : tr("%1 s").arg(double(row.durationMs) / 1000.0, 0, 'f', 1);
        case MessageColumn:
            return row.message;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant BatchModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FileColumn:
        return tr("File");
    case StateColumn:
        return tr("State");
    case ProgressColumn:
        return tr("Progress");
    case TimeColumn:
        return tr("Time");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

int BatchModel::countInState(const QString& state) const {
    int n = 0;
    for (const Row& r : m_rows)
        n += r.state == state ? 1 : 0;
    return n;
}

void BatchModel::refreshProgress() {
    if (!m_batch)
        return;
    for (int i = 0; i < m_rows.size(); ++i) {
        Row& r = m_rows[i];
        if (r.state != QLatin1String("running"))
            continue;
        const double p = m_batch->progressOf(r.path);
        if (p >= 0 && !qFuzzyCompare(p + 1.0, r.progress + 1.0)) {
            r.progress = p;
            changed(i);
        }
    }
}

void BatchModel::onFilesAdded(const QStringList& paths) {
    QStringList fresh;
    for (const QString& p : paths)
        if (!m_rowOf.contains(p) && !fresh.contains(p))
            fresh.append(p);
    if (fresh.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + fresh.size() - 1));
    for (const QString& p : std::as_const(fresh)) {
        m_rowOf.insert(p, int(m_rows.size()));
        Row row;
        row.path = p;
        m_rows.append(row);
    }
    endInsertRows();
}

void BatchModel::onStarted(const QString& path) {
    const int row = rowOf(path);
    if (row < 0)
        return;
    m_rows[row].state = QStringLiteral("running");
    m_rows[row].progress = 0;
    changed(row);
}

void BatchModel::onFinished(const ItemResult& result) {
    // The result's item path may be a move's target; the row is keyed by the path queued, which the result
    // keeps as source unless a stage moved the file.
    int row = rowOf(result.item.path);
    if (row < 0 && !result.item.results.isEmpty()) {
        for (auto it = result.item.results.constBegin(); it != result.item.results.constEnd() && row < 0;
             ++it)
            row = rowOf(it.value().toObject().value(QStringLiteral("source")).toString());
    }
    if (row < 0)
        return;
    Row& r = m_rows[row];
    r.state = result.status;
    r.durationMs = result.durationMs;
    r.progress = 100;
    r.resultPath = result.item.path;
    r.result = result.toJson(m_batch ? m_batch->pipeline().name : QString());
    r.warnings = result.okWithWarnings() ? int(result.warnings.size()) : 0;
    if (r.warnings > 0) {
        const QJsonObject w = result.warnings.first().toObject();
        r.message = QStringLiteral("%1: %2").arg(w.value(QStringLiteral("stage")).toString(),
                                                 w.value(QStringLiteral("message")).toString());
    }
    if (!result.ok() && !result.errors.isEmpty()) {
        const QJsonObject e = result.errors.first().toObject();
        r.message = QStringLiteral("%1: %2").arg(e.value(QStringLiteral("stage")).toString(),
                                                 e.value(QStringLiteral("message")).toString());
        if (e.value(QStringLiteral("message")).toString() ==
            QCoreApplication::translate("sluice::PipelineExecutor", "canceled"))
            r.state = QStringLiteral("canceled");
    }
    changed(row);
}

void BatchModel::onDone() {
    // Files dropped by cancel before they started.
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].state == QLatin1String("queued") && m_batch && m_batch->isCanceled()) {
            m_rows[i].state = QStringLiteral("canceled");
            changed(i);
        }
    }
}

void BatchModel::changed(int row) {
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace sluice
