#include "content_hash.h"

#include <QFile>
#include <memory>
#include <xxhash.h>

namespace sluice {

std::optional<quint64> contentHash(const QString& path, ContentHashMode mode) {
    if (mode == ContentHashMode::Off)
        return std::nullopt;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    std::unique_ptr<XXH3_state_t, decltype(&XXH3_freeState)> state(XXH3_createState(), &XXH3_freeState);
    if (!state || XXH3_64bits_reset(state.get()) == XXH_ERROR)
        return std::nullopt;
    constexpr qint64 kBlock = 256 * 1024;
    const qint64 limit = mode == ContentHashMode::FirstMiB ? 1024 * 1024 : -1;
    QByteArray buffer(int(kBlock), Qt::Uninitialized);
    qint64 total = 0;
    while (limit < 0 || total < limit) {
        const qint64 want = limit < 0 ? kBlock : qMin(kBlock, limit - total);
        const qint64 got = file.read(buffer.data(), want);
        if (got < 0)
            return std::nullopt;
        if (got == 0)
            break;
        XXH3_64bits_update(state.get(), buffer.constData(), size_t(got));
        total += got;
    }
    return quint64(XXH3_64bits_digest(state.get()));
}

} // namespace sluice
