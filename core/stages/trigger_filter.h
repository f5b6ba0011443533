#pragma once

#include "pipeline/item.h"
#include "pipeline/parameter.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace sluice::triggerfilter {

/// The watch event types an event-bound stage can act on: "created", "modified", "content_changed"
/// (the events after which a watch folder runs its pipeline; see Item::trigger).
QStringList eventTypes();

/// The two parameters of a stage that acts only on some runs (backup on created, version on modified):
/// "on_events" (string list of eventTypes(), default `defaultEvents`) and "on_explicit" (bool, default
/// true: also act when the user ran the file on purpose — `sluice-cli run`, a GUI batch, dropped files —
/// since that is an explicit request to do the pipeline's work).
QList<ParamSpec> parameters(const QStringList& defaultEvents);

/// Problems with those parameters (`params` with defaults filled in), each starting with the parameter
/// name: "on_events: unknown event type 'create' (known: created, modified, content_changed)".
QStringList check(const QJsonObject& params);

/// Empty when the stage should act on `item`; otherwise why not, in a few words for the node's "skipped"
/// output: "not a created event" (a watch event not in on_events), "a manual run, and on_explicit is
/// off". An item with an empty trigger (the Runner used without one, a file produced by a stage) is
/// acted on, as before triggers existed.
QString skipReason(const Item& item, const QJsonObject& params);

} // namespace sluice::triggerfilter
