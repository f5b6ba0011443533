#include "archive_builder.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <archive.h>
#include <archive_entry.h>
#include <memory>
#include <openssl/evp.h>

namespace sluice {

namespace {

struct WriteDeleter {
    void operator()(archive* a) const { archive_write_free(a); }
};
struct ReadDeleter {
    void operator()(archive* a) const { archive_read_free(a); }
};
struct EntryDeleter {
    void operator()(archive_entry* e) const { archive_entry_free(e); }
};
struct MdDeleter {
    void operator()(EVP_MD_CTX* c) const { EVP_MD_CTX_free(c); }
};

constexpr qint64 kChunk = 1 << 20;

/// Incremental SHA-256 through OpenSSL's EVP interface.
class Sha256 {
public:
    Sha256() : m_ctx(EVP_MD_CTX_new()) { EVP_DigestInit_ex(m_ctx.get(), EVP_sha256(), nullptr); }
    void add(const char* data, size_t n) { EVP_DigestUpdate(m_ctx.get(), data, n); }
    QString hex() {
        unsigned char md[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        EVP_DigestFinal_ex(m_ctx.get(), md, &length);
        return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(md), int(length)).toHex());
    }

private:
    std::unique_ptr<EVP_MD_CTX, MdDeleter> m_ctx;
};

QString libError(archive* a) {
    const char* s = archive_error_string(a);
    return s ? QString::fromLocal8Bit(s) : QStringLiteral("unknown libarchive error");
}

} // namespace

QString ArchiveBuilder::extension(ArchiveKind kind) {
    switch (kind) {
    case ArchiveKind::Zip:
        return QStringLiteral(".zip");
    case ArchiveKind::Tar:
        return QStringLiteral(".tar");
    case ArchiveKind::TarGz:
        return QStringLiteral(".tar.gz");
    case ArchiveKind::TarBz2:
        return QStringLiteral(".tar.bz2");
    case ArchiveKind::TarXz:
        return QStringLiteral(".tar.xz");
    }
    return QStringLiteral(".zip");
}

bool ArchiveBuilder::parseKind(const QString& name, ArchiveKind* kind) {
    static const struct {
        const char* name;
        ArchiveKind kind;
    } kinds[] = {{"zip", ArchiveKind::Zip},
                 {"tar", ArchiveKind::Tar},
                 {"tar.gz", ArchiveKind::TarGz},
                 {"tar.bz2", ArchiveKind::TarBz2},
                 {"tar.xz", ArchiveKind::TarXz}};
    for (const auto& k : kinds) {
        if (name == QLatin1String(k.name)) {
            *kind = k.kind;
            return true;
        }
    }
    return false;
}

QString ArchiveBuilder::writeArchive(int fd, ArchiveKind kind, int level, QList<BuildMember>& members,
                                     bool manifest, Feedback& feedback) {
    std::unique_ptr<archive, WriteDeleter> writer(archive_write_new());
    archive* a = writer.get();
    level = qBound(0, level, 9);
    const QByteArray levelText = QByteArray::number(level);
    int r = ARCHIVE_OK;
    if (kind == ArchiveKind::Zip) {
        r = archive_write_set_format_zip(a);
        if (r == ARCHIVE_OK)
            r = archive_write_set_format_option(a, "zip", "compression", level == 0 ? "store" : "deflate");
        if (r == ARCHIVE_OK && level > 0)
            r = archive_write_set_format_option(a, "zip", "compression-level", levelText.constData());
    } else {
        r = archive_write_set_format_pax_restricted(a);
        const char* filter = nullptr;
        if (r == ARCHIVE_OK && kind == ArchiveKind::TarGz) {
            r = archive_write_add_filter_gzip(a);
            filter = "gzip";
        } else if (r == ARCHIVE_OK && kind == ArchiveKind::TarBz2) {
            r = archive_write_add_filter_bzip2(a);
            filter = "bzip2";
        } else if (r == ARCHIVE_OK && kind == ArchiveKind::TarXz) {
            r = archive_write_add_filter_xz(a);
            filter = "xz";
        }
        if (r == ARCHIVE_OK && filter) {
            // bzip2 has no level 0: 1 is its fastest.
            const QByteArray lv = QByteArray::number(kind == ArchiveKind::TarBz2 ? qMax(1, level) : level);
            r = archive_write_set_filter_option(a, filter, "compression-level", lv.constData());
        }
    }
    if (r != ARCHIVE_OK)
        return tr("cannot set up the archive writer: %1").arg(libError(a));
    if (archive_write_open_fd(a, fd) != ARCHIVE_OK)
        return tr("cannot start writing the archive: %1").arg(libError(a));

    QByteArray buffer(int(kChunk), Qt::Uninitialized);
    const qsizetype fileMembers = members.size();
    for (qsizetype i = 0; i < fileMembers + (manifest ? 1 : 0); ++i) {
        if (manifest && i == fileMembers) {
            QJsonArray list;
            for (qsizetype k = 0; k < fileMembers; ++k)
                list.append(QJsonObject{{QStringLiteral("name"), members.at(k).name},
                                        {QStringLiteral("size"), members.at(k).size},
                                        {QStringLiteral("sha256"), members.at(k).sha256}});
            BuildMember doc;
            doc.name = manifestName();
            doc.data =
                QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("sluice-manifest")},
                                          {QStringLiteral("version"), 1},
                                          {QStringLiteral("members"), list}})
                    .toJson(QJsonDocument::Indented);
            members.append(doc);
        }
        BuildMember& m = members[i];
        if (feedback.isCanceled())
            return tr("canceled");
        std::unique_ptr<archive_entry, EntryDeleter> entry(archive_entry_new());
        archive_entry_set_pathname_utf8(entry.get(), m.name.toUtf8().constData());
        archive_entry_set_filetype(entry.get(), AE_IFREG);
        QFile file;
        qint64 size = m.data.size();
        if (!m.sourcePath.isEmpty()) {
            file.setFileName(m.sourcePath);
            if (!file.open(QIODevice::ReadOnly))
                return tr("member \"%1\": cannot open %2: %3").arg(m.name, m.sourcePath, file.errorString());
            size = file.size();
            archive_entry_set_perm(entry.get(), (file.permissions() & QFileDevice::ExeOwner) ? 0755 : 0644);
            archive_entry_set_mtime(entry.get(),
                                    file.fileTime(QFileDevice::FileModificationTime).toSecsSinceEpoch(), 0);
        } else {
            archive_entry_set_perm(entry.get(), 0644);
            archive_entry_set_mtime(entry.get(), QDateTime::currentSecsSinceEpoch(), 0);
        }
        archive_entry_set_size(entry.get(), size);
        if (archive_write_header(a, entry.get()) < ARCHIVE_WARN)
            return tr("member \"%1\": cannot write its header: %2").arg(m.name, libError(a));
        Sha256 hash;
        qint64 written = 0;
        const auto put = [&](const char* data, qint64 n) -> QString {
            hash.add(data, size_t(n));
            const la_ssize_t w = archive_write_data(a, data, size_t(n));
            if (w < 0)
                return tr("member \"%1\": cannot write its data: %2").arg(m.name, libError(a));
            written += n;
            return {};
        };
        if (m.sourcePath.isEmpty()) {
            const QString e = put(m.data.constData(), m.data.size());
            if (!e.isEmpty())
                return e;
        } else {
            for (;;) {
                const qint64 n = file.read(buffer.data(), kChunk);
                if (n < 0)
                    return tr("member \"%1\": cannot read %2: %3")
                        .arg(m.name, m.sourcePath, file.errorString());
                if (n == 0)
                    break;
                if (written + n > size)
                    return tr("member \"%1\": %2 grew while it was being archived").arg(m.name, m.sourcePath);
                const QString e = put(buffer.constData(), n);
                if (!e.isEmpty())
                    return e;
                if (feedback.isCanceled())
                    return tr("canceled");
            }
            if (written != size)
                return tr("member \"%1\": %2 shrank while it was being archived").arg(m.name, m.sourcePath);
        }
        m.size = written;
        m.sha256 = hash.hex();
        if (archive_write_finish_entry(a) < ARCHIVE_WARN)
            return tr("member \"%1\": cannot finish it: %2").arg(m.name, libError(a));
        feedback.setProgress(80.0 * double(i + 1) / double(qMax<qsizetype>(1, fileMembers)));
    }
    if (archive_write_close(a) != ARCHIVE_OK)
        return tr("cannot finish the archive: %1").arg(libError(a));
    return {};
}

QString ArchiveBuilder::verifyArchive(const QString& path, const QList<BuildMember>& expected,
                                      Feedback& feedback) {
    std::unique_ptr<archive, ReadDeleter> reader(archive_read_new());
    archive* a = reader.get();
    archive_read_support_filter_all(a);
    archive_read_support_format_all(a);
    if (archive_read_open_filename(a, QFile::encodeName(path).constData(), 64 * 1024) != ARCHIVE_OK)
        return tr("verification: cannot open the archive: %1").arg(libError(a));
    int index = 0;
    for (;;) {
        if (feedback.isCanceled())
            return tr("canceled");
        archive_entry* entry = nullptr;
        const int r = archive_read_next_header(a, &entry);
        if (r == ARCHIVE_EOF)
            break;
        if (r < ARCHIVE_WARN)
            return tr("verification: cannot read member %1: %2").arg(index + 1).arg(libError(a));
        if (index >= expected.size())
            return tr("verification: the archive holds more members than the %1 written")
                .arg(expected.size());
        const BuildMember& want = expected.at(index);
        const char* utf8 = archive_entry_pathname_utf8(entry);
        const QString name = QString::fromUtf8(utf8 ? utf8 : archive_entry_pathname(entry));
        if (name != want.name)
            return tr("verification: member %1 is named \"%2\" instead of \"%3\"")
                .arg(index + 1)
                .arg(name, want.name);
        Sha256 hash;
        qint64 size = 0;
        for (;;) {
            const void* block = nullptr;
            size_t n = 0;
            la_int64_t offset = 0;
            const int dr = archive_read_data_block(a, &block, &n, &offset);
            if (dr == ARCHIVE_EOF)
                break;
            if (dr < ARCHIVE_WARN)
                return tr("verification: member \"%1\" cannot be read back: %2").arg(want.name, libError(a));
            if (offset != size)
                return tr("verification: member \"%1\" has a gap at byte %2").arg(want.name).arg(size);
            hash.add(static_cast<const char*>(block), n);
            size += qint64(n);
        }
        if (size != want.size)
            return tr("verification: member \"%1\" reads back as %2 bytes instead of %3")
                .arg(want.name)
                .arg(size)
                .arg(want.size);
        if (hash.hex() != want.sha256)
            return tr("verification: member \"%1\" reads back with a different SHA-256").arg(want.name);
        ++index;
        feedback.setProgress(80.0 + 20.0 * index / qMax<qsizetype>(1, expected.size()));
    }
    if (index != expected.size())
        return tr("verification: the archive holds %1 members instead of %2").arg(index).arg(expected.size());
    return {};
}

} // namespace sluice
