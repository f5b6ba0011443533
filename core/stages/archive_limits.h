#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace sluice {

/// Bounds that stop decompression bombs while the archive is streamed (not after the disk is full).
/// Zero means "no limit" for every field.
struct ArchiveLimits {
    qint64 maxTotalBytes = 4LL << 30; ///< uncompressed bytes of all members together (default 4 GiB)
    qint64 maxMemberBytes = 0;        ///< uncompressed bytes of one member; larger members are skipped
    double maxRatio = 100.0;          ///< uncompressed bytes / archive bytes read so far
    qint64 maxMembers = 100000;       ///< entries of any type
    int maxNesting = 2;               ///< an archive found at this follow-up depth or deeper is not opened
    /// The ratio is only judged once this many bytes were produced: tiny members compress "too well".
    static constexpr qint64 kRatioGraceBytes = 1 << 20;

    /// Reads max_total_size, max_member_size, max_ratio, max_members and max_nesting from stage
    /// parameters (already checked against their specs).
    static ArchiveLimits fromParams(const QJsonObject& params);
};

/// Counts what an extraction has produced so far and says when a limit is crossed.
///
/// Each check returns "" while within the limits, else a translated reason that names the limit and its
/// value, e.g. "the archive expands to more than 4294967296 bytes (max_total_size)".
class ArchiveBudget {
    Q_DECLARE_TR_FUNCTIONS(sluice::ArchiveBudget)
public:
    explicit ArchiveBudget(const ArchiveLimits& limits) : m_limits(limits) {}

    /// One more entry was read.
    QString addMember();
    /// A member declares `size` bytes in its header (-1 when unknown): refuses at once what cannot fit.
    QString checkDeclaredSize(qint64 size) const;
    /// `bytes` more uncompressed bytes were produced, `archiveBytesRead` is how much of the archive file has
    /// been consumed in total. Checks the total and the ratio.
    QString addBytes(qint64 bytes, qint64 archiveBytesRead);

    qint64 totalBytes() const { return m_total; }
    qint64 members() const { return m_members; }
    const ArchiveLimits& limits() const { return m_limits; }

private:
    ArchiveLimits m_limits;
    qint64 m_total = 0;
    qint64 m_members = 0;
};

} // namespace sluice
