#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace sluice {

/// One file on its way through a pipeline.
///
/// Created by the Runner from a path; stages read the source fields and the results of earlier nodes, and
/// write their own output under their node id in `results` (through the executor, not directly).
struct Item {
    QString path;        ///< absolute path of the source file
    QString watchRoot;   ///< the watch folder it came from; empty for files given on the command line
    qint64 size = 0;     ///< bytes, read when the item is created
    QDateTime mtime;     ///< last modification time (UTC)
    QString mime;        ///< MIME type name by content (filled by the `mime` stage), e.g. "application/pdf"
    QString sha256;      ///< lower-case hex digest (filled by the `hash` stage)
    QJsonObject results; ///< node id → that node's output object
    int depth = 0;  ///< 0 for a file from outside; n + 1 for a file produced by a stage of a depth-n item
    QString parent; ///< for depth > 0: the path of the item whose stage produced this file
    /// Absolute folder where the Runner writes this item's result JSON; stages put files that belong with
    /// the result there (e.g. the ocr stage's text and PDF files). Empty when the run writes no results.
    QString resultDir;
    /// When the item's job first started (UTC). Kept across a resume after a crash, so that stages that
    /// name outputs by date ({date}, dated backup folders) pick the same name when they run again.
    QDateTime jobStarted;
    /// Why this item runs: the watch event that made the file ready ("created", "modified",
    /// "content_changed"; a rename alone runs nothing), or an explicit request ("manual": `sluice-cli run`
    /// and GUI batches; "dropped": files dropped on the window). Empty when the caller did not say (Runner
    /// used directly, files produced by a stage). Stages that act only on some events read it
    /// (triggerfilter::skipReason).
    QString trigger;
    /// For a watch event: the change was found by the start scan, i.e. it happened while Sluice was not
    /// running (WatchEvent::whileStopped).
    bool triggerWhileStopped = false;

    /// Builds an item for `path` and reads its size and mtime; `ok` is false when the file cannot be stat'ed.
    static Item fromPath(const QString& path, const QString& watchRoot = {}, bool* ok = nullptr);

    /// The `source` object of a result document: {path, size, mtime (ISO 8601 UTC), mime, sha256}, plus
    /// {depth, parent} for a file produced by a stage, {trigger} when known and {while_stopped: true} for
    /// a change found at start.
    QJsonObject sourceJson() const;
};

} // namespace sluice
