#include "inotify_backend.h"

#include <QFile>
#include <QSocketNotifier>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <sys/inotify.h>
#include <unistd.h>
#endif

namespace sluice {

#ifdef Q_OS_LINUX
static_assert(InotifyBackend::Modify == IN_MODIFY && InotifyBackend::CloseWrite == IN_CLOSE_WRITE &&
              InotifyBackend::MovedFrom == IN_MOVED_FROM && InotifyBackend::MovedTo == IN_MOVED_TO &&
              InotifyBackend::Create == IN_CREATE && InotifyBackend::Delete == IN_DELETE &&
              InotifyBackend::DeleteSelf == IN_DELETE_SELF && InotifyBackend::MoveSelf == IN_MOVE_SELF &&
              InotifyBackend::QueueOverflow == IN_Q_OVERFLOW && InotifyBackend::Ignored == IN_IGNORED &&
              InotifyBackend::IsDir == IN_ISDIR && InotifyBackend::Attrib == IN_ATTRIB &&
              InotifyBackend::Unmount == IN_UNMOUNT);
#endif

InotifyBackend::InotifyBackend(QObject* parent) : QObject(parent) {
#ifdef Q_OS_LINUX
    m_fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (m_fd < 0) {
        m_initError = errno;
        return;
    }
    m_notifier = new QSocketNotifier(qintptr(m_fd), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &InotifyBackend::readEvents);
#endif
}

InotifyBackend::~InotifyBackend() {
#ifdef Q_OS_LINUX
    delete m_notifier;
    if (m_fd >= 0)
        ::close(m_fd);
#endif
}

int InotifyBackend::addWatch(const QString& path) {
#ifdef Q_OS_LINUX
    if (m_fd < 0)
        return -EBADF;
    const quint32 mask = IN_CREATE | IN_CLOSE_WRITE | IN_MODIFY | IN_ATTRIB | IN_MOVED_FROM | IN_MOVED_TO |
                         IN_DELETE | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR | IN_DONT_FOLLOW |
                         IN_EXCL_UNLINK;
    const int wd = inotify_add_watch(m_fd, QFile::encodeName(path).constData(), mask);
    return wd >= 0 ? wd : -errno;
#else
    Q_UNUSED(path);
    return -1;
#endif
}

void InotifyBackend::removeWatch(int wd) {
#ifdef Q_OS_LINUX
    if (m_fd >= 0 && wd >= 0)
        inotify_rm_watch(m_fd, wd);
#else
    Q_UNUSED(wd);
#endif
}

int InotifyBackend::maxUserWatches() {
    QFile f(QStringLiteral("/proc/sys/fs/inotify/max_user_watches"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    bool ok = false;
    const int value = f.readAll().trimmed().toInt(&ok);
    return ok ? value : -1;
}

void InotifyBackend::readEvents() {
#ifdef Q_OS_LINUX
    QList<InotifyEvent> batch;
    alignas(struct inotify_event) char buffer[64 * 1024];
    for (;;) {
        const ssize_t n = ::read(m_fd, buffer, sizeof buffer);
        if (n <= 0)
            break;
        for (ssize_t offset = 0; offset < n;) {
            const auto* e = reinterpret_cast<const struct inotify_event*>(buffer + offset);
            InotifyEvent ev;
            ev.wd = e->wd;
            ev.mask = e->mask;
            ev.cookie = e->cookie;
            if (e->len > 0)
                ev.name = QByteArray(e->name); // NUL-padded
            batch.append(std::move(ev));
            offset += ssize_t(sizeof(struct inotify_event)) + ssize_t(e->len);
        }
        if (n < ssize_t(sizeof buffer) - ssize_t(sizeof(struct inotify_event) + 256))
            break; // the queue is drained (a further read would give EAGAIN)
    }
    if (!batch.isEmpty())
        Q_EMIT events(batch);
#endif
}

} // namespace sluice
