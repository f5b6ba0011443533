#include "mount_table.h"

#include <QFile>

namespace sluice {

namespace {

/// mountinfo escapes space, tab, newline and backslash as \ooo (octal).
QString unescape(const QByteArray& field) {
    QByteArray out;
    out.reserve(field.size());
    for (int i = 0; i < field.size(); ++i) {
        if (field.at(i) == '\\' && i + 3 < field.size()) {
            bool ok = false;
            const int code = field.mid(i + 1, 3).toInt(&ok, 8);
            if (ok) {
                out.append(char(code));
                i += 3;
                continue;
            }
        }
        out.append(field.at(i));
    }
    return QFile::decodeName(out);
}

} // namespace

MountTable MountTable::current() {
    QFile file(QStringLiteral("/proc/self/mountinfo"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return parse(file.readAll());
}

MountTable MountTable::parse(const QByteArray& mountinfo) {
    MountTable table;
    for (const QByteArray& line : mountinfo.split('\n')) {
        // 36 35 98:0 /mnt1 /mnt2 rw,noatime master:1 - ext3 /dev/root rw,errors=continue
        const QList<QByteArray> fields = line.split(' ');
        const int dash = int(fields.indexOf(QByteArray("-")));
        if (fields.size() < 5 || dash < 6 || dash + 2 >= fields.size())
            continue;
        Mount m;
        m.mountPoint = unescape(fields.at(4));
        m.fsType = QString::fromLatin1(fields.at(dash + 1));
        m.source = unescape(fields.at(dash + 2));
        table.m_mounts.append(m);
    }
    return table;
}

MountTable::Mount MountTable::mountOf(const QString& path) const {
    Mount best;
    int bestLength = -1;
    for (const Mount& m : m_mounts) {
        const bool prefix = path == m.mountPoint || m.mountPoint == QStringLiteral("/") ||
                            path.startsWith(m.mountPoint + QLatin1Char('/'));
        // Later lines win at equal length: a mount over another at the same point hides it.
        if (prefix && m.mountPoint.size() >= bestLength) {
            best = m;
            bestLength = int(m.mountPoint.size());
        }
    }
    return best;
}

bool MountTable::isNetworkFileSystem(const QString& fsType) {
    static const QStringList network = {
        QStringLiteral("cifs"),      QStringLiteral("smb3"),  QStringLiteral("smbfs"), QStringLiteral("nfs"),
        QStringLiteral("nfs4"),      QStringLiteral("afs"),   QStringLiteral("ceph"),  QStringLiteral("9p"),
        QStringLiteral("glusterfs"), QStringLiteral("davfs"), QStringLiteral("ncpfs"), QStringLiteral("coda"),
        QStringLiteral("lustre"),    QStringLiteral("gfs2"),  QStringLiteral("ocfs2")};
    if (network.contains(fsType))
        return true;
    // FUSE clients of remote storage (sshfs, rclone, s3fs, gvfsd-fuse for SMB/SFTP) never see other
    // machines' changes, so every fuse.* type is polled; fuseblk (ntfs-3g, exfat on a local disk) is not.
    return fsType.startsWith(QStringLiteral("fuse.")) || fsType == QStringLiteral("fuse");
}

} // namespace sluice
