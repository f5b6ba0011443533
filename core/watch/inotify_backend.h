#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

class QSocketNotifier;

namespace sluice {

/// One inotify event as read from the kernel (see inotify(7)).
struct InotifyEvent {
    int wd = -1;
    quint32 mask = 0;
    quint32 cookie = 0;
    QByteArray name; ///< raw bytes of the entry name; empty for events on the watched folder itself
};

/// A thin Qt wrapper of one Linux inotify instance: folder watches with the masks a folder watcher
/// needs (IN_CREATE, IN_CLOSE_WRITE, IN_MODIFY, IN_ATTRIB, IN_MOVED_FROM/TO, IN_DELETE, IN_DELETE_SELF,
/// IN_MOVE_SELF, IN_ONLYDIR, IN_DONT_FOLLOW, IN_EXCL_UNLINK), read through a QSocketNotifier on the
/// thread the object lives on. Events of one read() come as one batch, so IN_MOVED_FROM/IN_MOVED_TO
/// pairs (same cookie) are normally in the same batch. On other systems isValid() is false.
class InotifyBackend : public QObject {
    Q_OBJECT
public:
    explicit InotifyBackend(QObject* parent = nullptr);
    ~InotifyBackend() override;

    bool isValid() const { return m_fd >= 0; }
    /// errno of inotify_init1 when !isValid().
    int initError() const { return m_initError; }

    /// Adds a watch on folder `path`; returns the watch descriptor, or -errno (-ENOSPC: the user's
    /// watch limit fs.inotify.max_user_watches is reached; -EACCES, -ENOENT, -ENOTDIR).
    int addWatch(const QString& path);
    void removeWatch(int wd);

    /// The kernel's per-user watch limit (/proc/sys/fs/inotify/max_user_watches), -1 if unknown.
    static int maxUserWatches();

    /// Mask bits, the same values as <sys/inotify.h>, for callers that do not include it.
    enum : quint32 {
        Modify = 0x2,
        Attrib = 0x4,
        CloseWrite = 0x8,
        MovedFrom = 0x40,
        MovedTo = 0x80,
        Create = 0x100,
        Delete = 0x200,
        DeleteSelf = 0x400,
        MoveSelf = 0x800,
        Unmount = 0x2000,
        QueueOverflow = 0x4000,
        Ignored = 0x8000,
        IsDir = 0x40000000
    };

Q_SIGNALS:
    /// Everything one read() returned, in order.
    void events(const QList<sluice::InotifyEvent>& batch);

private:
    void readEvents();

    int m_fd = -1;
    int m_initError = 0;
    QSocketNotifier* m_notifier = nullptr;
};

} // namespace sluice
