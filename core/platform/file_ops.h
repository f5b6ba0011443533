#pragma once

#include "pipeline/feedback.h"

#include <QDateTime>
#include <QString>

namespace sluice::fileops {

/// What to do when the target name of a copy is taken by a file with other content. A target with the
/// same bytes (size and SHA-256) always counts as the copy being there already, whatever the policy: this
/// makes a copy that runs again after a crash idempotent.
enum class ConflictPolicy {
    Unique,    ///< pick "stem (2).ext", "stem (3).ext", … (the first free or identical one)
    Overwrite, ///< replace the target atomically (rename over it)
    Skip,      ///< leave the target alone and report the copy as skipped
    Fail       ///< fail with a permanent error naming the target
};

/// "unique", "overwrite", "skip", "fail": the names used in stage parameters.
QStringList conflictPolicyNames();
/// The policy for a name from conflictPolicyNames(); Unique for anything else.
ConflictPolicy conflictPolicyFromName(const QString& name);

/// Streams a file through SHA-256 (OpenSSL EVP, 1 MiB chunks). Fills `hex` (lower case) and `bytes`.
/// Reports progress from `progressFrom` to `progressTo` percent and stops when canceled.
/// Returns false with `error` (and `transient` for busy/locked files) when the file cannot be read.
bool sha256File(const QString& path, QString* hex, qint64* bytes, QString* error,
                Feedback* feedback = nullptr, double progressFrom = 0, double progressTo = 100,
                bool* transient = nullptr);

/// True when `path` (after cleaning, symbolic links in existing parents resolved) lies inside the folder
/// `root` (or is `root` itself when `allowRoot`).
bool isInside(const QString& root, const QString& path, bool allowRoot = false);

/// "<dir>/<stem> (n).<ext>" for n ≥ 2, the name itself for n = 1. The stem is the name before its last '.'
/// (a leading dot does not count): "a.tar.gz" → "a.tar (2).gz", ".env" → ".env (2)".
QString numberedName(const QString& path, int n);

/// The result of copyVerified.
struct CopyOutcome {
    QString target;              ///< the final path (may differ from the requested one under Unique)
    QString sha256;              ///< SHA-256 of the source = of the target (hex)
    qint64 bytes = 0;            ///< size in bytes
    bool alreadyPresent = false; ///< an identical target was there already; nothing was written
    bool skipped = false;        ///< Skip policy: a different file holds the name; nothing was written
};

/// Copies `source` to `target` so that no reader ever sees a half-written target and nothing is lost:
/// the bytes go to a temporary file beside the target (".<name>.<tag>.sluice-part", the tag fixed per
/// source so that a copy cut short is overwritten by the next try, never left twice), which is flushed
/// with fsync, read back and compared by size and SHA-256 with the source, given the source's mtime, and
/// only then linked or renamed to its final name (link(2) does not replace: a name taken meanwhile is
/// never overwritten unless the policy says so); the folder is fsync'ed after. Works across file systems
/// (it never renames the source). Creates the target's folder. `progress` covers 0–100 %.
/// Returns false with `error` (`transient` for busy, locked or full-disk conditions) on any problem,
/// leaving no temporary file behind.
bool copyVerified(const QString& source, const QString& target, ConflictPolicy policy, Feedback& feedback,
                  CopyOutcome* outcome, QString* error, bool* transient = nullptr);

/// Deletes `path`; succeeds when it is gone already. Returns false with `error` otherwise.
bool removeFile(const QString& path, QString* error);

/// The regular files in `folder` and all its sub-folders, absolute paths sorted by path; symbolic links are
/// not followed (no loops), hidden files and folders (".name") are left out. Empty when the folder cannot
/// be read.
///
/// Qt holds file names as UTF-16 decoded from the file system's bytes as UTF-8 (QFile::decodeName, also
/// under the C locale in Qt 6); a name whose bytes are not valid UTF-8 (say byte 0xFF, from an old Latin-1
/// system) cannot be decoded and encoded back to the same bytes, so no QFile can open it. Such files —
/// and folders, whose files cannot be reached either — are not in the list; on Unix they are listed in
/// `unrepresentable` (when given) as displayNameOf() of their path, sorted, so that callers report each
/// as a failure instead of skipping it silently.
QStringList filesUnder(const QString& folder, QStringList* unrepresentable = nullptr);

/// A file-system path (raw bytes) as text for messages: valid UTF-8 as is, every byte that is not part of
/// a valid UTF-8 sequence as "\xFF" (backslash, 'x', two upper-case hex digits).
QString displayNameOf(const QByteArray& rawPath);

} // namespace sluice::fileops
