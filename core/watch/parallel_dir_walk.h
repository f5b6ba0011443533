#pragma once

#include "dir_scanner.h"
#include "file_registry.h"

#include <QList>
#include <QString>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace sluice {

/// One folder listed by a ParallelDirWalk.
struct WalkedFolder {
    QString path;              ///< absolute folder path, as added
    DirListing listing;        ///< listDirectory(path, statFiles); with a file filter, its folders only
    FileRegistry::Files files; ///< with a file filter: the files it kept (size/mtime -1 when not statted)
    bool prepared = false;     ///< added with `prepare` set: the walk's Prepare hook ran before listing
    int prepareResult = 0;     ///< what the Prepare hook returned (e.g. an inotify watch, or -errno)
};

/// Lists a tree of folders on several threads: the calling thread and up to `threads - 1` helpers take
/// folders from one queue (newest first, so the walk goes depth first and the queue stays short) and
/// list them with listDirectory(), so that one thread's getdents/fstatat and another's name decoding and
/// table building overlap. The caller decides which sub-folders are entered: `consume` runs on the
/// calling thread only, once per listed folder, and calls add() for the sub-folders to list next — so
/// whatever must happen before a folder is listed happens there, in order, or in the `prepare` hook,
/// which runs on the listing thread right before the folder is listed (adding its inotify watch: a
/// system call that costs about as much as the listing's getdents, so both threads share it).
/// With a `fileFilter`, the thread that lists a folder also builds its table of files
/// (WalkedFolder::files): the filter, which must be thread-safe, runs there once per regular file.
///
/// A helper thread is started only when a second folder is waiting, so a walk of one folder costs no
/// thread. The set of folders consumed is the same as a sequential walk's; only their order differs.
class ParallelDirWalk {
public:
    /// True keeps `file` of folder `dir` in WalkedFolder::files. Runs on any walk thread.
    using FileFilter = std::function<bool(const QString& dir, const DirEntry& file)>;
    using Consume = std::function<void(WalkedFolder& folder)>;
    /// Runs on any walk thread before a folder added with `prepare` is listed; the result goes to
    /// WalkedFolder::prepareResult, and a negative one (e.g. the folder cannot be watched and will be
    /// polled) makes that listing stat every file. Must be thread-safe.
    using Prepare = std::function<int(const QString& dir)>;

    /// `threads` ≥ 1 threads in all (the caller's included). Without `fileFilter` files stay in the
    /// listing's entries.
    explicit ParallelDirWalk(int threads, FileFilter fileFilter = {}, Prepare prepare = {});
    ~ParallelDirWalk();
    ParallelDirWalk(const ParallelDirWalk&) = delete;
    ParallelDirWalk& operator=(const ParallelDirWalk&) = delete;

    /// Queues `dir` (absolute) to be listed, with a stat per file when `statFiles`, after the Prepare
    /// hook when `prepare`. Call before run() or from `consume`.
    void add(const QString& dir, bool statFiles, bool prepare = false);
    /// Lists every queued folder (and what `consume` adds) and hands each to `consume` on this thread;
    /// returns when none is left. Not reentrant.
    void run(const Consume& consume);

    /// Threads for a walk: one per core, at least 4 (a cold walk mostly waits for the disk) and at most
    /// 8; the environment variable SLUICE_SCAN_THREADS (1–16) overrides it (benchmarks).
    static int defaultThreads();

private:
    struct Job {
        QString dir;
        bool statFiles = false;
        bool prepare = false;
    };
    /// Lists one folder; `buffer` (one per thread, reused) collects its files before they are hashed, so
    /// that each folder's table is sized once.
    WalkedFolder list(const Job& job, std::vector<DirEntry>* buffer) const;
    void helperLoop();

    int m_threads;
    FileFilter m_fileFilter;
    Prepare m_prepare;
    std::mutex m_mutex;
    std::condition_variable m_work;   ///< a job was queued, or the walk ends
    std::condition_variable m_result; ///< a helper finished a folder
    std::vector<Job> m_queue;         ///< taken from the back (depth first)
    std::deque<WalkedFolder> m_results;
    int m_busy = 0; ///< helpers listing a folder now
    bool m_stop = false;
    std::vector<std::thread> m_helpers;
};

} // namespace sluice
