#pragma once

#include "feedback.h"
#include "item.h"
#include "parameter.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

namespace sluice {

/// What one stage produced for one item.
struct StageResult {
    bool ok = true;         ///< false: the item failed at this stage; downstream nodes are skipped
    QJsonObject output;     ///< written into the item's result under the node id
    QString error;          ///< when !ok: what went wrong and why, in one sentence naming the file's problem
    bool transient = false; ///< when !ok: worth retrying (locked, busy, network), as opposed to permanent
    /// Output ports that carry the item on. Empty means all declared outputs (the normal case);
    /// a route stage names the one branch it chose.
    QStringList activePorts;
    /// Files this stage produced that should run through the pipeline as items of their own (files
    /// extracted from an archive, pages split from a document). Absolute paths. The Runner queues them with
    /// the item's depth + 1 and drops them past its follow-up depth limit.
    QStringList followUps;
    /// When ok and not empty: the stage chose not to act on this item, and this says why in a few words
    /// (e.g. "not a created event"). The node's status is then "skipped" and its output gets
    /// {"skipped": reason}; the item goes on through every output port, and nothing is journaled.
    QString skipped;
    /// When ok: what the user must know although the stage succeeded — the item is not completely done
    /// (e.g. "3 members not extracted: …"). Each becomes an entry of ItemResult::warnings; the item stays
    /// "ok" and is shown as done with warnings. Strings in the output's "warnings" array count too.
    QStringList warnings;

    static StageResult success(QJsonObject output) {
        StageResult r;
        r.output = std::move(output);
        return r;
    }
    static StageResult skip(QString reason, QJsonObject output = {}) {
        StageResult r;
        r.output = std::move(output);
        r.skipped = std::move(reason);
        return r;
    }
    static StageResult failure(QString error, bool transient = false) {
        StageResult r;
        r.ok = false;
        r.error = std::move(error);
        r.transient = transient;
        return r;
    }
};

/// A unit of work with a declared parameter schema and typed ports (shape after QGIS's
/// QgsProcessingAlgorithm). A fresh instance is created for every run of a node, so `process` may keep
/// state in members; it runs on a worker thread and must not touch the GUI.
class Stage {
public:
    virtual ~Stage() = default;

    /// Fixed id used in pipeline JSON, never translated, e.g. "pdf_text".
    virtual QString id() const = 0;
    /// Translated name for people, e.g. tr("PDF text").
    virtual QString displayName() const = 0;
    /// Translated group for the palette: "Inspect", "Documents", "Images", "Flow", "Output".
    virtual QString group() const = 0;
    /// Translated one-paragraph description.
    virtual QString description() const = 0;

    virtual QList<ParamSpec> parameters() const { return {}; }
    virtual QList<PortSpec> inputs() const {
        return {PortSpec{QStringLiteral("in"), QStringLiteral("file")}};
    }
    /// Output ports; may depend on the node's parameters (a route stage has one port per rule).
    virtual QList<PortSpec> outputs(const QJsonObject& params) const {
        (void)params;
        return {PortSpec{QStringLiteral("out"), QStringLiteral("file")}};
    }

    /// Checks the whole parameter object beyond per-parameter specs (e.g. the shape of route rules).
    /// Returns one message per problem, each starting with the parameter name.
    virtual QStringList checkParameters(const QJsonObject& params) const {
        (void)params;
        return {};
    }

    /// True for stages that still run on an item after an earlier node failed (a log that must record
    /// every file, failures included). They see the failed nodes' outputs, each with an "error" key.
    virtual bool runsAfterFailure() const { return false; }

    /// True for stages that change something outside the result document (copy, move, back up, delete,
    /// upload, write an archive or image). The executor journals such a node in the StateStore before and
    /// after it runs, so that after a crash it is neither repeated (its recorded output is reused) nor lost
    /// (a node begun but not finished runs again, and must then be idempotent: e.g. a copy that finds an
    /// identical target does not copy again).
    virtual bool hasSideEffects() const { return false; }

    /// Processes one item. `params` holds every declared parameter (defaults filled in).
    /// `item` carries the results of nodes that ran before. May set item.mime / item.sha256.
    virtual StageResult process(Item& item, const QJsonObject& params, Feedback& feedback) = 0;
};

} // namespace sluice
