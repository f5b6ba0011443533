#pragma once

#include <QList>
#include <QString>

namespace sluice {

/// The mounted file systems, read from /proc/self/mountinfo (Linux; elsewhere empty), to tell which
/// watch roots lie on a network or FUSE file system where change notifications are unreliable.
class MountTable {
public:
    struct Mount {
        QString mountPoint; ///< absolute, with the kernel's octal escapes (\040 …) decoded
        QString fsType;     ///< "ext4", "nfs4", "cifs", "fuse.sshfs", …
        QString source;
    };

    /// Reads /proc/self/mountinfo now.
    static MountTable current();
    /// Parses the text of a mountinfo file (format: proc(5), "/proc/[pid]/mountinfo").
    static MountTable parse(const QByteArray& mountinfo);

    /// The mount holding `path` (the longest mount point that is a prefix of it); an empty Mount when
    /// none is known.
    Mount mountOf(const QString& path) const;
    /// True for file systems whose changes made by other machines inotify never sees: cifs, smb3,
    /// smbfs, nfs, nfs4, afs, ceph, 9p, glusterfs, davfs, fuse.sshfs, fuse.rclone, fuse.s3fs and other
    /// fuse.* network clients.
    static bool isNetworkFileSystem(const QString& fsType);

    const QList<Mount>& mounts() const { return m_mounts; }

private:
    QList<Mount> m_mounts;
};

} // namespace sluice
