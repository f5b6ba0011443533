#include "stability_gate.h"

#include <QFile>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif
#include <algorithm>

namespace sluice {

namespace {

constexpr qint64 kWriterOpenCapMs = 30000;

/// Whether the file can be opened for reading now (a Windows share lock, permissions). On Unix a plain
/// open(2)/close(2), without QFile's engine set-up: this runs once per file that becomes ready.
bool canOpenForReading(const QString& path) {
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
    if (fd < 0)
        return false;
    ::close(fd);
    return true;
#else
    QFile probe(path);
    return probe.open(QIODevice::ReadOnly);
#endif
}

bool isUnder(const QString& path, const QString& dir) {
    return path.size() > dir.size() && path.startsWith(dir) && path.at(dir.size()) == QLatin1Char('/');
}

} // namespace

void StabilityGate::enter(const QString& path, const QString& root, const QString& type, const FileStat& stat,
                          qint64 nowMs, bool writerOpen, bool whileStopped) {
    auto it = m_entries.find(path);
    if (it != m_entries.end()) {
        if (it->type == QStringLiteral("content_check") || type == QStringLiteral("created"))
            it->type = type;
        it->stat = stat;
        it->stableSinceMs = nowMs;
        it->writerOpen = writerOpen;
        it->state = WaitState::Growing;
        return;
    }
    Entry e;
    e.root = root;
    e.type = type;
    e.stat = stat;
    e.enteredMs = nowMs;
    e.stableSinceMs = nowMs;
    e.since = QDateTime::currentDateTimeUtc();
    e.writerOpen = writerOpen;
    e.whileStopped = whileStopped;
    m_entries.insert(path, e);
}

void StabilityGate::touch(const QString& path, qint64 nowMs, bool writerOpen) {
    auto it = m_entries.find(path);
    if (it == m_entries.end())
        return;
    it->stableSinceMs = nowMs;
    it->writerOpen = writerOpen;
    it->state = WaitState::Growing;
}

const StabilityGate::Entry* StabilityGate::entry(const QString& path) const {
    const auto it = m_entries.constFind(path);
    return it == m_entries.cend() ? nullptr : &*it;
}

void StabilityGate::rename(const QString& from, const QString& to) {
    auto it = m_entries.find(from);
    if (it == m_entries.end())
        return;
    Entry e = *it;
    m_entries.erase(it);
    m_entries.insert(to, e);
}

int StabilityGate::removeUnder(const QString& dir) {
    int removed = 0;
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (isUnder(it.key(), dir)) {
            it = m_entries.erase(it);
            ++removed;
        } else {
            ++it;
        }
    }
    return removed;
}

QList<StabilityGate::Ready> StabilityGate::check(qint64 nowMs, qint64 nowWallMs, int batchSize,
                                                 QStringList* vanished, const QString& onlyPath) {
    QList<Ready> ready;
    auto checkState = [&](QHash<QString, Entry>::iterator it) {
        const std::optional<FileStat> st = statPath(it.key());
        if (!st || st->isDir) {
            if (vanished)
                vanished->append(it.key());
            return;
        }
        if (st->size != it->stat.size || st->mtimeNs != it->stat.mtimeNs) {
            m_changes.size |= st->size != it->stat.size;
            it->stat = *st;
            it->stableSinceMs = nowMs;
            it->state = WaitState::Growing;
            if (m_settleMs > 0)
                return;
        }
        const qint64 stableFor = nowMs - it->stableSinceMs;
        // An empty file is most often one whose writer has not written yet (": > f" then a write, an
        // editor that creates the file first): it waits for content, or for kEmptySettleMs unchanged.
        const qint64 settleMs = st->size == 0 && it->type != QStringLiteral("content_check")
                                    ? qMax<qint64>(m_settleMs, kEmptySettleMs)
                                    : m_settleMs;
        if (stableFor < settleMs ||
            (it->writerOpen && stableFor < qMax<qint64>(kWriterOpenCapMs, m_settleMs)) ||
            (m_minAgeMs > 0 && nowWallMs - st->mtimeNs / 1000000 < m_minAgeMs)) {
            it->state = WaitState::Growing;
            return;
        }
        if (!canOpenForReading(it.key())) {
            it->state = WaitState::Locked;
            return;
        }
        it->state = WaitState::Ready;
        ready.append(Ready{it.key(), *it});
    };
    auto checkOne = [&](QHash<QString, Entry>::iterator it) {
        const WaitState before = it->state;
        checkState(it);
        m_changes.state |= it->state != before;
    };
    if (!onlyPath.isEmpty()) {
        auto it = m_entries.find(onlyPath);
        if (it != m_entries.end())
            checkOne(it);
    } else {
        for (auto it = m_entries.begin(); it != m_entries.end(); ++it)
            checkOne(it);
    }
    if (vanished)
        for (const QString& path : std::as_const(*vanished))
            m_entries.remove(path);
    std::sort(ready.begin(), ready.end(), [](const Ready& a, const Ready& b) {
        return a.entry.stat.mtimeNs != b.entry.stat.mtimeNs ? a.entry.stat.mtimeNs < b.entry.stat.mtimeNs
                                                            : a.path < b.path;
    });
    if (batchSize > 0 && ready.size() > batchSize) {
        for (qsizetype i = batchSize; i < ready.size(); ++i)
            m_entries[ready.at(i).path].state = WaitState::Ready; // next check takes them
        ready.resize(batchSize);
    }
    for (const Ready& r : std::as_const(ready))
        m_entries.remove(r.path);
    return ready;
}

QList<WaitingFile> StabilityGate::waiting() const {
    QList<WaitingFile> files;
    files.reserve(m_entries.size());
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it)
        files.append(WaitingFile{it.key(), it->root, it->state, it->stat.size, it->since});
    std::sort(files.begin(), files.end(), [](const WaitingFile& a, const WaitingFile& b) {
        return a.since != b.since ? a.since < b.since : a.path < b.path;
    });
    return files;
}

} // namespace sluice
