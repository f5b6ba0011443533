#include "delete_stage.h"

#include "platform/file_ops.h"

#include <QFileInfo>

namespace sluice {

QString DeleteStage::displayName() const {
    return tr("Delete");
}
QString DeleteStage::group() const {
    return tr("Output");
}
QString DeleteStage::description() const {
    return tr("Deletes the source file, but only when an earlier node verified a copy of it with the same "
              "SHA-256; refuses otherwise.");
}
QList<ParamSpec> DeleteStage::parameters() const {
    return {};
}

StageResult DeleteStage::process(Item& item, const QJsonObject& params, Feedback& feedback) {
    (void)params;
    if (feedback.isCanceled())
        return StageResult::failure(tr("canceled"));
    const QString source = QFileInfo(item.path).absoluteFilePath();
    // The verified copies that earlier nodes made of this file (not of some other file: a move changes the
    // item's path to its target, which must then not be deleted as "the source").
    struct Copy {
        QString node;
        QString sha256;
        QString target;
        qint64 bytes = -1;
    };
    QList<Copy> copies;
    for (auto it = item.results.constBegin(); it != item.results.constEnd(); ++it) {
        const QJsonObject o = it.value().toObject();
        if (!o.value(QStringLiteral("verified")).toBool() || o.contains(QStringLiteral("error")))
            continue;
        const QString sha = o.value(QStringLiteral("sha256")).toString();
        if (sha.isEmpty())
            continue;
        const QString target = o.value(QStringLiteral("target")).toString();
        if (!target.isEmpty() && !target.contains(QStringLiteral("://")) &&
            QFileInfo(target).absoluteFilePath() == source)
            continue;
        copies.append({it.key(), sha, target, o.value(QStringLiteral("bytes")).toInteger(-1)});
    }
    if (copies.isEmpty())
        return StageResult::failure(
            tr("refusing to delete %1: no earlier node of this pipeline verified a copy "
               "of it (put copy, backup, move or an upload before delete)")
                .arg(source));
    QJsonObject out;
    if (!QFileInfo(source).isFile()) {
        // Deleted before an interruption: done.
        out.insert(QStringLiteral("deleted"), source);
        out.insert(QStringLiteral("verified_by"), copies.first().node);
        out.insert(QStringLiteral("sha256"), copies.first().sha256);
        out.insert(QStringLiteral("already_deleted"), true);
        return StageResult::success(out);
    }
    QString sha;
    qint64 bytes = 0;
    QString error;
    bool transient = false;
    if (!fileops::sha256File(source, &sha, &bytes, &error, &feedback, 0, 90, &transient))
        return StageResult::failure(error, transient);
    QString problem;
    for (const Copy& c : std::as_const(copies)) {
        if (c.sha256 != sha) {
            problem = tr("the copy made by node '%1' has SHA-256 %2, the file now %3 (it changed since)")
                          .arg(c.node, c.sha256.left(12), sha.left(12));
            continue;
        }
        if (!c.target.isEmpty() && !c.target.contains(QStringLiteral("://"))) {
            const QFileInfo t(c.target);
            if (!t.isFile() || t.size() != bytes) {
                problem =
                    tr("the copy %1 made by node '%2' is gone or has another size").arg(c.target, c.node);
                continue;
            }
        }
        if (!fileops::removeFile(source, &error))
            return StageResult::failure(error, true);
        out.insert(QStringLiteral("deleted"), source);
        out.insert(QStringLiteral("verified_by"), c.node);
        out.insert(QStringLiteral("sha256"), sha);
        out.insert(QStringLiteral("already_deleted"), false);
        feedback.setProgress(100);
        return StageResult::success(out);
    }
    return StageResult::failure(tr("refusing to delete %1: %2").arg(source, problem));
}

} // namespace sluice
