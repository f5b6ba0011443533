#pragma once

#include <QStringList>

namespace sluice::cli {

/// Exit codes of sluice-cli (ARCHITECTURE.md, "The two front doors").
enum ExitCode { kExitOk = 0, kExitFailed = 1, kExitUsage = 2 };

/// `sluice-cli run [--pipeline FILE|NAME] [--out DIR] [--jobs N] [--state DB] INPUT...`: processes files
/// and folders once, one result JSON per input in DIR. 0 when all succeeded, 1 when any failed.
int runCommand(const QStringList& arguments);

/// `sluice-cli watch [--pipeline FILE|NAME] [--out DIR] [--state DB] [--settle MS] DIR...`: watches until
/// SIGINT/SIGTERM and prints one JSON line per event on stdout.
int watchCommand(const QStringList& arguments);

/// `sluice-cli stages [--json]`: every registered stage with its parameter schema.
int stagesCommand(const QStringList& arguments);

/// `sluice-cli validate FILE`: checks a pipeline file; prints each problem naming node and parameter.
/// 0 when valid, 1 when not (or unreadable), 2 on bad usage.
int validateCommand(const QStringList& arguments);

/// `sluice-cli pipelines`: the built-in pipelines; `sluice-cli pipelines NAME` prints one as JSON.
int pipelinesCommand(const QStringList& arguments);

} // namespace sluice::cli
