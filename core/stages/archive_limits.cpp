#include "archive_limits.h"

namespace sluice {

ArchiveLimits ArchiveLimits::fromParams(const QJsonObject& params) {
    ArchiveLimits l;
    l.maxTotalBytes = params.value(QStringLiteral("max_total_size")).toInteger(l.maxTotalBytes);
    l.maxMemberBytes = params.value(QStringLiteral("max_member_size")).toInteger(l.maxMemberBytes);
    l.maxRatio = params.value(QStringLiteral("max_ratio")).toDouble(l.maxRatio);
    l.maxMembers = params.value(QStringLiteral("max_members")).toInteger(l.maxMembers);
    l.maxNesting = params.value(QStringLiteral("max_nesting")).toInt(l.maxNesting);
    return l;
}

QString ArchiveBudget::addMember() {
    ++m_members;
    if (m_limits.maxMembers > 0 && m_members > m_limits.maxMembers)
        return tr("the archive has more than %1 members (max_members)").arg(m_limits.maxMembers);
    return {};
}

QString ArchiveBudget::checkDeclaredSize(qint64 size) const {
    if (size > 0 && m_limits.maxTotalBytes > 0 && m_total + size > m_limits.maxTotalBytes)
        return tr("its declared size of %1 bytes would take the archive over %2 bytes (max_total_size)")
            .arg(size)
            .arg(m_limits.maxTotalBytes);
    return {};
}

QString ArchiveBudget::addBytes(qint64 bytes, qint64 archiveBytesRead) {
    m_total += bytes;
    if (m_limits.maxTotalBytes > 0 && m_total > m_limits.maxTotalBytes)
        return tr("the archive expands to more than %1 bytes (max_total_size)").arg(m_limits.maxTotalBytes);
    if (m_limits.maxRatio > 0 && m_total > ArchiveLimits::kRatioGraceBytes) {
        const double ratio =
            static_cast<double>(m_total) / static_cast<double>(qMax<qint64>(1, archiveBytesRead));
        if (ratio > m_limits.maxRatio)
            return tr("the archive expands more than %1 times its compressed size (max_ratio): %2 bytes "
                      "from %3")
                .arg(m_limits.maxRatio)
                .arg(m_total)
                .arg(archiveBytesRead);
    }
    return {};
}

} // namespace sluice
