#pragma once

#include "pipeline.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sluice {

/// What a route node would do with one file, decided from the file alone.
struct RouteDecision {
    QString node;           ///< route node id
    QString port;           ///< the chosen output port; empty when decided at run time
    int rule = -1;          ///< 0-based index of the matching rule, -1 for the default port or at run time
    bool atRunTime = false; ///< a rule that could match needs results of earlier nodes (a `field` criterion)
};

/// The plan for one file: which route branches it takes and which nodes would run.
struct DryRunPlan {
    QString path;                   ///< the file
    qint64 size = 0;                ///< bytes
    QString mime;                   ///< MIME type by content (QMimeDatabase), e.g. "application/pdf"
    QList<RouteDecision> decisions; ///< one per reached route node, in topological order
    /// Nodes that would run, in topological order; nodes past a run-time decision are included (they may
    /// run) and listed again in `maybeNodes`.
    QStringList nodes;
    QStringList maybeNodes; ///< reached only through a branch decided at run time
    QString error;          ///< the file cannot be read (then nothing else is filled in)
};

/// Plans what a pipeline would do with a file without running any stage (the editor's dry run).
///
/// Walks the nodes in topological order: a node with no incoming edge is reached; a reached route node
/// checks its rules in order with the criteria that depend on the file only (MIME type by content
/// refined by the name, as the mime stage finds it (detectMime), glob on the file name, min_size/max_size in
/// bytes): the first rule that matches picks its port, a rule with a `field` criterion whose file criteria
/// hold makes the choice "decided at run time" (then every output port of the node may carry the file on).
/// Other nodes pass the file to all their outputs. Reads only the file's size and its first bytes (for the
/// MIME type); safe on any thread.
DryRunPlan planDryRun(const Pipeline& pipeline, const QString& path);

} // namespace sluice
