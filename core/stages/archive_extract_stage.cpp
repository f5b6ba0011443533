#include "archive_extract_stage.h"

#include "archive_extractor.h"
#include "archive_names.h"
#include "builtin_stages.h"
#include "extraction_registry.h"
#include "watch/content_hash.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>

namespace sluice {

namespace {

/// Renames folder `from` to `to` unless `to` exists (renameat2 RENAME_NOREPLACE on Linux; elsewhere a
/// check then rename, which a concurrent writer could race). Returns 0 or an errno value.
int renameNoReplace(const QString& from, const QString& to) {
    const QByteArray f = QFile::encodeName(from);
    const QByteArray t = QFile::encodeName(to);
#if defined(Q_OS_LINUX) && defined(RENAME_NOREPLACE)
    if (::renameat2(AT_FDCWD, f.constData(), AT_FDCWD, t.constData(), RENAME_NOREPLACE) == 0)
        return 0;
    if (errno != ENOSYS && errno != EINVAL)
        return errno;
#endif
    if (QFileInfo::exists(to))
        return EEXIST;
    return ::rename(f.constData(), t.constData()) == 0 ? 0 : errno;
}

/// Swaps the folders `a` and `b`, both existing, in one step (renameat2 RENAME_EXCHANGE on Linux): no
/// moment without a complete `b`. Elsewhere `b` is moved aside to `a`.old first. Returns 0 or an errno
/// value; after success the old `b` is at `a`.
int exchangeFolders(const QString& a, const QString& b) {
    const QByteArray x = QFile::encodeName(a);
    const QByteArray y = QFile::encodeName(b);
#if defined(Q_OS_LINUX) && defined(RENAME_EXCHANGE)
    if (::renameat2(AT_FDCWD, x.constData(), AT_FDCWD, y.constData(), RENAME_EXCHANGE) == 0)
        return 0;
    if (errno != ENOSYS && errno != EINVAL)
        return errno;
#endif
    const QByteArray aside = x + ".old";
    if (::rename(y.constData(), aside.constData()) != 0)
        return errno;
    if (::rename(x.constData(), y.constData()) != 0) {
        const int err = errno;
        ::rename(aside.constData(), y.constData());
        return err;
    }
    return ::rename(aside.constData(), x.constData()) == 0 ? 0 : errno;
}

QStringList stringList(const QJsonValue& v) {
    QStringList out;
    for (const QJsonValue& s : v.toArray())
        if (!s.toString().isEmpty())
            out << s.toString();
    return out;
}

} // namespace

QString ArchiveExtractStage::displayName() const {
    return tr("Extract archive");
}
QString ArchiveExtractStage::group() const {
    return tr("Archives");
}
QString ArchiveExtractStage::description() const {
    return tr("Lists and extracts zip, tar (gz, bz2, xz), 7z, rar and single compressed files into their own "
              "folder, refusing path traversal, links that leave the folder, devices and decompression "
              "bombs; extracted files can be fed back into the pipeline.");
}

QList<ParamSpec> ArchiveExtractStage::parameters() const {
    QList<ParamSpec> p;
    const auto add = [&p](const char* name, ParamType type, const QJsonValue& def,
                          const QString& help) -> ParamSpec& {
        ParamSpec s;
        s.name = QLatin1String(name);
        s.type = type;
        s.defaultValue = def;
        s.help = help;
        // ParamSpec's bounds default to a null QJsonValue, which ParamSpec::check reads as a bound.
        s.minimum = QJsonValue(QJsonValue::Undefined);
        s.maximum = QJsonValue(QJsonValue::Undefined);
        p.append(s);
        return p.last();
    };
    add("destination", ParamType::Path, QString(),
        tr("Folder that receives <archive name>/; empty means the application data folder's \"extracted\"."));
    add("feed_back", ParamType::Bool, false,
        tr("Run every extracted file through the pipeline as an item of its own."));
    add("password", ParamType::Password, QString(), tr("Password for encrypted members."));
    ParamSpec& encrypted =
        add("encrypted_members", ParamType::Enum, QStringLiteral("skip"),
            tr("Encrypted members that cannot be decrypted (no or a wrong password): skip (extract the "
               "others, list each with its reason and mark the result partial; the item fails only when "
               "nothing could be extracted) or refuse (the whole archive fails and nothing is kept)."));
    encrypted.choices = {QStringLiteral("skip"), QStringLiteral("refuse")};
    add("include", ParamType::StringList, QJsonArray{},
        tr("Only extract files whose path or name matches one of these globs (empty: all)."));
    add("exclude", ParamType::StringList, QJsonArray{},
        tr("Never extract files whose path or name matches."));
    ParamSpec& enc = add("zip_name_encoding", ParamType::Enum, QStringLiteral("guess"),
                         tr("Zip names without the UTF-8 flag: guess (UTF-8 when valid, else CP437), cp437 "
                            "(the zip specification) or utf8."));
    enc.choices = {QStringLiteral("guess"), QStringLiteral("cp437"), QStringLiteral("utf8")};
    const ArchiveLimits d;
    ParamSpec& total = add("max_total_size", ParamType::Int, double(d.maxTotalBytes),
                           tr("Stop when the members together expand beyond this (0: no limit)."));
    total.minimum = 0;
    total.unit = QStringLiteral("bytes");
    ParamSpec& member =
        add("max_member_size", ParamType::Int, double(d.maxMemberBytes),
            tr("Skip members larger than this (0: no limit); the item then ends with a warning listing "
               "them."));
    member.minimum = 0;
    member.unit = QStringLiteral("bytes");
    ParamSpec& ratio = add("max_ratio", ParamType::Double, d.maxRatio,
                           tr("Stop when the output grows beyond this many times the archive bytes read "
                              "(checked after the first MiB; 0: no limit)."));
    ratio.minimum = 0;
    ParamSpec& members = add("max_members", ParamType::Int, double(d.maxMembers),
                             tr("Stop at more members than this (0: no limit)."));
    members.minimum = 0;
    ParamSpec& nesting = add("max_nesting", ParamType::Int, d.maxNesting,
                             tr("Do not open an archive that was itself extracted this many levels deep."));
    nesting.minimum = 0;
    nesting.maximum = 16;
    return p;
}

QStringList ArchiveExtractStage::checkParameters(const QJsonObject& params) const {
    QStringList problems;
    for (const char* key : {"include", "exclude"}) {
        const QJsonValue v = params.value(QLatin1String(key));
        if (v.isUndefined())
            continue;
        if (!v.isArray()) {
            problems << tr("%1: must be a list of globs").arg(QLatin1String(key));
            continue;
        }
        for (const QJsonValue& g : v.toArray())
            if (!g.isString() || g.toString().isEmpty())
                problems << tr("%1: every glob must be a non-empty string").arg(QLatin1String(key));
    }
    return problems;
}

QString ArchiveExtractStage::defaultDestination() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/extracted");
}

StageResult ArchiveExtractStage::process(Item& item, const QJsonObject& params, Feedback& feedback) {
    const QStringList problems = checkParameters(params);
    if (!problems.isEmpty())
        return StageResult::failure(problems.join(QStringLiteral("; ")));
    if (feedback.isCanceled())
        return stageutil::canceledResult();

    ExtractOptions options;
    options.password = params.value(QStringLiteral("password")).toString();
    options.include = stringList(params.value(QStringLiteral("include")));
    options.exclude = stringList(params.value(QStringLiteral("exclude")));
    const QString enc = params.value(QStringLiteral("zip_name_encoding")).toString();
    options.zipNames = enc == QLatin1String("cp437")  ? ZipNameEncoding::Cp437
                       : enc == QLatin1String("utf8") ? ZipNameEncoding::Utf8
                                                      : ZipNameEncoding::Guess;
    options.limits = ArchiveLimits::fromParams(params);
    options.skipUnreadableEncrypted =
        params.value(QStringLiteral("encrypted_members")).toString() != QLatin1String("refuse");

    if (item.depth >= options.limits.maxNesting && item.depth > 0)
        return StageResult::failure(
            tr("%1 is not opened: it was extracted from %n nested archive(s), and max_nesting = %2 "
               "stops at archives found inside that many others",
               nullptr, item.depth)
                .arg(item.path)
                .arg(options.limits.maxNesting));

    const QFileInfo info(item.path);
    if (!info.isFile())
        return StageResult::failure(tr("cannot open %1: not a regular file").arg(item.path));

    QString destination = params.value(QStringLiteral("destination")).toString();
    if (destination.isEmpty())
        destination = defaultDestination();
    destination = QDir::cleanPath(QDir(destination).absolutePath());
    if (!QDir().mkpath(destination))
        return StageResult::failure(tr("cannot create the extraction folder %1").arg(destination), true);

    QTemporaryDir temp(destination + QStringLiteral("/.sluice-extract-XXXXXX"));
    if (!temp.isValid())
        return StageResult::failure(
            tr("cannot create a temporary folder in %1: %2").arg(destination, temp.errorString()), true);

    ArchiveExtractor extractor(item.path, options, feedback);
    const ExtractOutcome outcome = extractor.extractInto(temp.path());

    QJsonObject totals{{QStringLiteral("members"), outcome.members.size()},
                       {QStringLiteral("files"), outcome.fileCount},
                       {QStringLiteral("directories"), outcome.directoryCount},
                       {QStringLiteral("size"), outcome.totalBytes}};
    const qint64 compressed = outcome.compressedBytes >= 0 ? outcome.compressedBytes : info.size();
    totals.insert(QStringLiteral("compressed_size"), compressed);
    // "members": the sum of the members' compressed sizes (zip); "archive": the archive file's size, for
    // formats without per-member compressed sizes (tar.*, 7z, rar, single compressed files).
    totals.insert(QStringLiteral("compressed_size_from"),
                  outcome.compressedBytes >= 0 ? QStringLiteral("members") : QStringLiteral("archive"));
    totals.insert(QStringLiteral("ratio"),
                  compressed > 0 ? double(outcome.totalBytes) / double(compressed) : 0.0);
    QJsonObject output{{QStringLiteral("archive"),
                        QJsonObject{{QStringLiteral("format"), outcome.format},
                                    {QStringLiteral("filters"), QJsonArray::fromStringList(outcome.filters)},
                                    {QStringLiteral("size"), info.size()}}},
                       {QStringLiteral("members"), outcome.members},
                       {QStringLiteral("totals"), totals},
                       {QStringLiteral("duplicates"), outcome.duplicates},
                       {QStringLiteral("warnings"), QJsonArray::fromStringList(outcome.warnings)}};

    if (outcome.canceled)
        return stageutil::canceledResult();
    if (!outcome.ok) {
        StageResult r = StageResult::failure(tr("%1: %2").arg(info.fileName(), outcome.error));
        r.output = output;
        return r; // `temp` removes everything written
    }
    QString partialWarning; // members left out: the item is done, but with this warning
    if (!outcome.unextracted.isEmpty()) {
        output.insert(QStringLiteral("partial"), true);
        output.insert(QStringLiteral("unextracted"), QJsonArray::fromStringList(outcome.unextracted));
        if (outcome.fileCount == 0) {
            StageResult r = StageResult::failure(
                tr("%1: nothing could be extracted: %2")
                    .arg(info.fileName(), outcome.unextracted.join(QStringLiteral("; "))));
            r.output = output;
            return r;
        }
        partialWarning = tr("%n member(s) not extracted: %1", nullptr, int(outcome.unextracted.size()))
                             .arg(outcome.unextracted.join(QStringLiteral("; ")));
    } else {
        output.insert(QStringLiteral("partial"), false);
    }

    // The folder is <base>, or the first free <base> (N) — unless one of those holds this same archive's
    // earlier extraction, unchanged since: that one is swapped for the new folder in one step and the old
    // contents (then in `temp`) are removed.
    const QString base = archivenames::baseNameWithoutArchiveExtension(info.fileName());
    const ExtractionRegistry registry;
    // The content identifies the archive (a `touch` keeps it the same one). A compressed tar was hashed
    // while it was read; anything else is read once more here, from the page cache it was just read into.
    const ArchiveIdentity identity{info.absoluteFilePath(), info.size(), info.lastModified(),
                                   outcome.archiveHash
                                       ? outcome.archiveHash
                                       : contentHash(info.absoluteFilePath(), ContentHashMode::Full)};
    QString final;
    bool replaced = false;
    for (int n = 1; n < 10000; ++n) {
        const QString candidate =
            destination + QLatin1Char('/') + (n == 1 ? base : base + QStringLiteral(" (%1)").arg(n));
        int err = renameNoReplace(temp.path(), candidate);
        if ((err == EEXIST || err == ENOTEMPTY) && registry.isOwnExtraction(candidate, identity)) {
            err = exchangeFolders(temp.path(), candidate);
            replaced = err == 0;
        }
        if (err == 0) {
            final = candidate;
            break;
        }
        if (err != EEXIST && err != ENOTEMPTY)
            return StageResult::failure(tr("cannot move the extracted files to %1: %2")
                                            .arg(candidate, QString::fromLocal8Bit(std::strerror(err))),
                                        true);
    }
    if (final.isEmpty())
        return StageResult::failure(tr("cannot find a free folder name for %1 in %2").arg(base, destination));
    temp.setAutoRemove(replaced); // after a swap `temp` holds the earlier extraction: removed with it
    // QTemporaryDir makes its folder 0700; the result is an ordinary folder.
    QFile::setPermissions(final, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                     QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                     QFileDevice::ExeOther);

    QString registryError;
    if (!registry.remember(final, identity, &registryError))
        output.insert(QStringLiteral("warnings"),
                      QJsonArray::fromStringList(
                          outcome.warnings +
                          QStringList{tr("a later extraction of this archive will not replace this folder: "
                                         "cannot record it (%1)")
                                          .arg(registryError)}));
    output.insert(QStringLiteral("destination"), final);
    output.insert(QStringLiteral("replaced"), replaced);
    StageResult result = StageResult::success(output);
    if (!partialWarning.isEmpty())
        result.warnings << partialWarning;
    if (params.value(QStringLiteral("feed_back")).toBool())
        for (const QString& relative : outcome.files)
            result.followUps << final + QLatin1Char('/') + relative;
    feedback.setProgress(100);
    return result;
}

} // namespace sluice
