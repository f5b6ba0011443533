// The archive_extract stage: exact listings and contents of the libzip corpus archives (tests/data/archive,
// see SOURCES.md), CP437 and unflagged UTF-8 names, duplicates, encryption (ZipCrypto and WinZip AES),
// every hostile case of issue 7 built here with libarchive and refused with nothing written outside the
// target, bombs stopped while streaming (also through the Runner with feed_back on), filters and limits.

#include "archive_test_util.h"
#include "log/event_log.h"
#include "pipeline/runner.h"
#include "stage_test_util.h"
#include "stages/archive_extract_stage.h"
#include "stages/archive_names.h"
#include "stages/extraction_registry.h"
#include "watch/content_hash.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <fcntl.h>
#include <sys/stat.h>

using namespace sluice;

namespace {

QString corpus(const QString& name) {
    return test::data(QStringLiteral("archive/") + name);
}

QStringList memberNames(const StageResult& r) {
    QStringList names;
    for (const QJsonValue& m : r.output.value(QStringLiteral("members")).toArray())
        names << m.toObject().value(QStringLiteral("name")).toString();
    return names;
}

QJsonObject member(const StageResult& r, int index) {
    return r.output.value(QStringLiteral("members")).toArray().at(index).toObject();
}

} // namespace

class TestArchiveExtractStage : public QObject {
    Q_OBJECT
private:
    /// Runs the stage on `path` with destination `dest` plus `extra` parameters.
    StageResult extract(const QString& path, const QString& dest, QJsonObject extra = {}, int depth = 0) {
        ArchiveExtractStage stage;
        extra.insert(QStringLiteral("destination"), dest);
        Item item = Item::fromPath(path);
        item.depth = depth;
        Feedback feedback;
        return stage.process(item, StageRegistry::withDefaults(stage, extra), feedback);
    }

    /// Builds `entries` as an archive in a fresh folder that also holds an empty "out" (the destination)
    /// and an empty sibling "out2", runs the stage and checks that it failed naming `member`, and that the
    /// folder afterwards holds exactly what it held before (nothing written outside, nothing left inside).
    void expectRefused(int format, int filter, const QList<test::TestEntry>& entries, const QString& member,
                       const QString& reasonPart) {
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("out"))));
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("out2"))));
        const QString path = dir.filePath(QStringLiteral("hostile.bin"));
        QVERIFY(test::writeTestArchive(path, format, filter, entries));
        const QStringList before = test::tree(dir.path());
        const StageResult r = extract(path, dir.filePath(QStringLiteral("out")));
        QVERIFY2(!r.ok, "a hostile archive was accepted");
        QVERIFY2(r.error.contains(QLatin1Char('"') + member + QLatin1Char('"')), qPrintable(r.error));
        QVERIFY2(r.error.contains(reasonPart), qPrintable(r.error));
        QCOMPARE(test::tree(dir.path()), before);
        QVERIFY(r.followUps.isEmpty());
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void junkAtStartExactListing() {
        QTemporaryDir dir;
        const StageResult r = extract(corpus(QStringLiteral("junk-at-start.zip")), dir.path());
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(memberNames(r), (QStringList{QStringLiteral("test"), QStringLiteral("testdir/"),
                                              QStringLiteral("testdir/test2")}));
        const QString out = dir.filePath(QStringLiteral("junk-at-start"));
        QCOMPARE(r.output.value(QStringLiteral("destination")).toString(), out);
        QCOMPARE(test::tree(dir.path()),
                 (QStringList{QStringLiteral("junk-at-start"), QStringLiteral("junk-at-start/test"),
                              QStringLiteral("junk-at-start/testdir"),
                              QStringLiteral("junk-at-start/testdir/test2")}));
        QCOMPARE(test::contents(out + QStringLiteral("/test")), QByteArray("test\n"));
        QCOMPARE(test::contents(out + QStringLiteral("/testdir/test2")), QByteArray("test\n"));
        const QJsonObject first = member(r, 0);
        QCOMPARE(first.value(QStringLiteral("type")).toString(), QStringLiteral("file"));
        QCOMPARE(first.value(QStringLiteral("size")).toInteger(), 5);
        QCOMPARE(first.value(QStringLiteral("compressed_size")).toInteger(), 5);
        QCOMPARE(first.value(QStringLiteral("method")).toString(), QStringLiteral("stored"));
        QCOMPARE(first.value(QStringLiteral("mode")).toString(), QStringLiteral("0664"));
        QVERIFY(first.value(QStringLiteral("mtime")).toString().startsWith(QStringLiteral("2003-10-")));
        QCOMPARE(member(r, 1).value(QStringLiteral("type")).toString(), QStringLiteral("directory"));
        const QJsonObject totals = r.output.value(QStringLiteral("totals")).toObject();
        QCOMPARE(totals.value(QStringLiteral("members")).toInt(), 3);
        QCOMPARE(totals.value(QStringLiteral("files")).toInt(), 2);
        QCOMPARE(totals.value(QStringLiteral("directories")).toInt(), 1);
        QCOMPARE(totals.value(QStringLiteral("size")).toInteger(), 10);
        QCOMPARE(totals.value(QStringLiteral("compressed_size")).toInteger(), 10);
        QCOMPARE(totals.value(QStringLiteral("ratio")).toDouble(), 1.0);
        QVERIFY(r.followUps.isEmpty()); // feed_back is off by default
    }

    void zip64AndStreamedAndBzip2() {
        QTemporaryDir dir;
        for (const char* name : {"zip64.zip", "streamed-zip64.zip"}) {
            const StageResult r = extract(corpus(QLatin1String(name)), dir.path());
            QVERIFY2(r.ok, qPrintable(r.error));
            // zip64.zip has a ZIP64 end record although no field of its end record is at its maximum: its
            // central directory is read where it is, not reported damaged.
            QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.join(QLatin1Char('\n'))));
            QCOMPARE(r.output.value(QStringLiteral("warnings")).toArray(), QJsonArray());
            QCOMPARE(memberNames(r), QStringList{QStringLiteral("-")});
            const QString base = archivenames::baseNameWithoutArchiveExtension(QLatin1String(name));
            QCOMPARE(test::contents(dir.filePath(base + QStringLiteral("/-"))), QByteArray("a\n"));
        }
        const StageResult r = extract(corpus(QStringLiteral("testbzip2.zip")), dir.path());
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(memberNames(r), QStringList{QStringLiteral("abac-repeat.txt")});
        QCOMPARE(member(r, 0).value(QStringLiteral("method")).toString(), QStringLiteral("bzip2"));
        QCOMPARE(member(r, 0).value(QStringLiteral("compressed_size")).toInteger(), 47);
        QCOMPARE(test::contents(dir.filePath(QStringLiteral("testbzip2/abac-repeat.txt"))),
                 QByteArray("aaaaaaaaaaaaaa\nbbbbbbbbbbbbbb\naaaaaaaaaaaaaa\ncccccccccccccc\n"));
        QFileInfo info(dir.filePath(QStringLiteral("testbzip2/abac-repeat.txt")));
        QVERIFY(info.permissions() & QFileDevice::ExeOwner); // mode 0775 kept
    }

    void cp437NamesDecodedAndSanitised() {
        QTemporaryDir dir;
        const StageResult r = extract(corpus(QStringLiteral("test-cp437.zip")), dir.path());
        QVERIFY2(r.ok, qPrintable(r.error));
        const QStringList names = memberNames(r);
        QCOMPARE(names.size(), 16);
        QCOMPARE(names.at(2), QStringLiteral("!\"#$%&'()*+,-./0"));
        QCOMPARE(names.at(5), QStringLiteral("QRSTUVWXYZ[\\]^_`"));
        QCOMPARE(names.at(7), QStringLiteral("qrstuvwxyz{|}~\x7f") + QChar(0x00C7));
        QCOMPARE(names.at(8), QStringLiteral("üéâäàåçêëèïîìÄÅÉ"));
        QCOMPARE(names.at(11), QStringLiteral("▒▓│┤╡╢╖╕╣║╗╝╜╛┐└"));
        QCOMPARE(names.at(15), QStringLiteral("±≥≤⌠⌡÷≈°∙·√ⁿ²■") + QChar(0x00A0) + QChar(0x00A0));
        for (int i = 8; i < 16; ++i)
            QCOMPARE(member(r, i).value(QStringLiteral("name_encoding")).toString(), QStringLiteral("cp437"));
        QCOMPARE(member(r, 0).value(QStringLiteral("name_encoding")).toString(), QStringLiteral("ascii"));
        // Control characters became '_': the first two names are then equal, and the second is kept as
        // "... (2)" and reported, not lost.
        const QString u16 = QString(16, QLatin1Char('_'));
        QCOMPARE(member(r, 0).value(QStringLiteral("path")).toString(), u16);
        QCOMPARE(member(r, 1).value(QStringLiteral("path")).toString(), u16 + QStringLiteral(" (2)"));
        QCOMPARE(r.output.value(QStringLiteral("duplicates")).toArray().size(), 1);
        // '/' and '\\' are separators: "...-./0" is file "0" in a folder whose trailing '.' was replaced.
        QCOMPARE(member(r, 2).value(QStringLiteral("path")).toString(), QStringLiteral("!_#$%&'()_+,-_/0"));
        QCOMPARE(member(r, 5).value(QStringLiteral("path")).toString(), QStringLiteral("QRSTUVWXYZ[/]^_`"));
        QCOMPARE(member(r, 3).value(QStringLiteral("path")).toString(), QStringLiteral("123456789_;_=__@"));
        const QString out = dir.filePath(QStringLiteral("test-cp437/"));
        QVERIFY(QFileInfo::exists(out + QStringLiteral("üéâäàåçêëèïîìÄÅÉ")));
        QCOMPARE(test::tree(out).size(), 16 + 2); // 16 files and the two folders made by '/' and '\\'
    }

    void cp437RowsMatchTheTable() {
        QByteArray all;
        for (int b = 0x80; b <= 0xFF; ++b)
            all.append(char(b));
        const QString decoded = archivenames::decodeCp437(all);
        QCOMPARE(decoded.at(0), QChar(0x00C7));           // 0x80 Ç
        QCOMPARE(decoded.at(0xB0 - 0x80), QChar(0x2591)); // ░
        QCOMPARE(decoded.at(0xE1 - 0x80), QChar(0x00DF)); // ß
        QCOMPARE(decoded.at(0xFF - 0x80), QChar(0x00A0)); // NBSP
    }

    void utf8WithoutFlag() {
        QTemporaryDir dir;
        const StageResult guess = extract(corpus(QStringLiteral("test-utf8-unmarked.zip")), dir.path());
        QVERIFY2(guess.ok, qPrintable(guess.error));
        QCOMPARE(memberNames(guess), QStringList{QStringLiteral("ÄÖÜäöüßćçĉéèêëē")});
        QCOMPARE(member(guess, 0).value(QStringLiteral("name_encoding")).toString(),
                 QStringLiteral("utf-8 (guessed)"));
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("test-utf8-unmarked/ÄÖÜäöüßćçĉéèêëē"))));
        // By the letter of the specification it is CP437, which gives mojibake.
        const StageResult strict = extract(corpus(QStringLiteral("test-utf8-unmarked.zip")), dir.path(),
                                           {{"zip_name_encoding", "cp437"}});
        QVERIFY2(strict.ok, qPrintable(strict.error));
        QCOMPARE(memberNames(strict), QStringList{QStringLiteral("├ä├û├£├ñ├╢├╝├ƒ─ç├º─ë├⌐├¿├¬├½─ô")});
        // The same archive again: its earlier extraction is replaced as a whole, never written into.
        QCOMPARE(strict.output.value(QStringLiteral("destination")).toString(),
                 dir.filePath(QStringLiteral("test-utf8-unmarked")));
        QCOMPARE(test::tree(dir.path()),
                 (QStringList{QStringLiteral("test-utf8-unmarked"),
                              QStringLiteral("test-utf8-unmarked/├ä├û├£├ñ├╢├╝├ƒ─ç├º─ë├⌐├¿├¬├½─ô")}));
    }

    void duplicatesReportedNoneLost() {
        QTemporaryDir dir;
        const StageResult r = extract(corpus(QStringLiteral("filename_duplicate.zip")), dir.path());
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(memberNames(r), (QStringList{QStringLiteral("test1"), QStringLiteral("test1")}));
        const QString out = dir.filePath(QStringLiteral("filename_duplicate/"));
        QCOMPARE(test::contents(out + QStringLiteral("test1")), QByteArray("test1\n"));
        QCOMPARE(test::contents(out + QStringLiteral("test1 (2)")), QByteArray("test2\n"));
        const QJsonArray dups = r.output.value(QStringLiteral("duplicates")).toArray();
        QCOMPARE(dups.size(), 1);
        QCOMPARE(dups.first().toObject().value(QStringLiteral("written_as")).toString(),
                 QStringLiteral("test1 (2)"));
    }

    void inconsistentLocalNameRefused() {
        QTemporaryDir dir;
        const StageResult r = extract(corpus(QStringLiteral("incons-local-filename.zip")), dir.path());
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("\"b\"")) && r.error.contains(QStringLiteral("\"a\"")) &&
                     r.error.contains(QStringLiteral("central directory")),
                 qPrintable(r.error));
        QCOMPARE(test::tree(dir.path()), QStringList());
    }

    void truncatedZipExtractsWhatIsThere() {
        QTemporaryDir dir;
        const StageResult r = extract(corpus(QStringLiteral("testfile-truncated.zip")), dir.path());
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(memberNames(r), QStringList{QStringLiteral("testfile.txt")});
        QCOMPARE(QFileInfo(dir.filePath(QStringLiteral("testfile-truncated/testfile.txt"))).size(), 0);
        QVERIFY(r.output.value(QStringLiteral("warnings"))
                    .toArray()
                    .first()
                    .toString()
                    .contains(QStringLiteral("central directory")));
    }

    void encryptedWithoutPasswordExtractsThePlainMembers() {
        // Both corpus zips hold one ZipCrypto/AES member and one plain member (named so).
        for (const char* name : {"encrypt.zip", "encrypt-aes256.zip"}) {
            const QString base = QString::fromLatin1(name).chopped(4);
            const QByteArray plain = QByteArray(name) == "encrypt.zip" ? "foo\n" : "plain\n";
            for (const char* password : {"", "wrong"}) {
                QTemporaryDir dir;
                const StageResult r =
                    extract(corpus(QLatin1String(name)), dir.path(), {{"password", password}});
                QVERIFY2(r.ok, qPrintable(r.error));
                QCOMPARE(r.output.value(QStringLiteral("partial")).toBool(), true);
                const QJsonArray unextracted = r.output.value(QStringLiteral("unextracted")).toArray();
                QCOMPARE(unextracted.size(), 1);
                const QString why = unextracted.at(0).toString();
                QVERIFY2(why.contains(QStringLiteral("\"encrypted\"")), qPrintable(why));
                QVERIFY2(why.contains(*password ? QStringLiteral("cannot be decrypted")
                                                : QStringLiteral("no password is configured")),
                         qPrintable(why));
                // Only the plain member is on disk: no empty or half-decrypted file for the other.
                QCOMPARE(test::tree(dir.path()), (QStringList{base, base + QStringLiteral("/plain")}));
                QCOMPARE(test::contents(dir.filePath(base + QStringLiteral("/plain"))), plain);
                const QJsonArray members = r.output.value(QStringLiteral("members")).toArray();
                for (const QJsonValue& v : members) {
                    const QJsonObject m = v.toObject();
                    const bool enc = m.value(QStringLiteral("name")).toString() == QLatin1String("encrypted");
                    QCOMPARE(m.value(QStringLiteral("status")).toString(),
                             enc ? QStringLiteral("failed") : QStringLiteral("extracted"));
                }
            }
        }
    }

    void encryptedRefusedWhenAsked() {
        for (const char* name : {"encrypt.zip", "encrypt-aes256.zip"}) {
            QTemporaryDir dir;
            const StageResult r =
                extract(corpus(QLatin1String(name)), dir.path(), {{"encrypted_members", "refuse"}});
            QVERIFY(!r.ok);
            QVERIFY2(r.error.contains(QStringLiteral("\"encrypted\"")) &&
                         r.error.contains(QStringLiteral("password")),
                     qPrintable(r.error));
            QCOMPARE(test::tree(dir.path()), QStringList()); // no empty files
            const StageResult wrong = extract(corpus(QLatin1String(name)), dir.path(),
                                              {{"password", "wrong"}, {"encrypted_members", "refuse"}});
            QVERIFY(!wrong.ok);
            QVERIFY2(wrong.error.contains(QStringLiteral("cannot be decrypted")), qPrintable(wrong.error));
            QCOMPARE(test::tree(dir.path()), QStringList());
        }
    }

    void onlyEncryptedMembersFailWithoutPassword() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("secret.zip"));
        {
            archive* a = archive_write_new();
            QCOMPARE(archive_write_set_format_zip(a), ARCHIVE_OK);
            QCOMPARE(archive_write_set_options(a, "zip:encryption=zipcrypt"), ARCHIVE_OK);
            QCOMPARE(archive_write_set_passphrase(a, "pw"), ARCHIVE_OK);
            QCOMPARE(archive_write_open_filename(a, QFile::encodeName(path).constData()), ARCHIVE_OK);
            for (const char* member : {"a.txt", "b.txt"}) {
                archive_entry* e = archive_entry_new();
                archive_entry_set_pathname(e, member);
                archive_entry_set_filetype(e, AE_IFREG);
                archive_entry_set_perm(e, 0644);
                archive_entry_set_size(e, 6);
                QCOMPARE(archive_write_header(a, e), ARCHIVE_OK);
                QCOMPARE(archive_write_data(a, "secret", 6), la_ssize_t(6));
                archive_entry_free(e);
            }
            QCOMPARE(archive_write_close(a), ARCHIVE_OK);
            archive_write_free(a);
        }
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("out"))));
        const StageResult r = extract(path, dir.filePath(QStringLiteral("out")));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("nothing could be extracted")) &&
                     r.error.contains(QStringLiteral("\"a.txt\"")) &&
                     r.error.contains(QStringLiteral("\"b.txt\"")),
                 qPrintable(r.error));
        QCOMPARE(test::tree(dir.filePath(QStringLiteral("out"))), QStringList());
        const StageResult ok = extract(path, dir.filePath(QStringLiteral("out")), {{"password", "pw"}});
        QVERIFY2(ok.ok, qPrintable(ok.error));
        QCOMPARE(ok.output.value(QStringLiteral("partial")).toBool(true), false);
        QCOMPARE(test::contents(dir.filePath(QStringLiteral("out/secret/b.txt"))), QByteArray("secret"));
    }

    void perMemberCompressedSizes() {
        QTemporaryDir dir;
        const QString tgz = dir.filePath(QStringLiteral("t.tar.gz"));
        QVERIFY(test::writeTestArchive(tgz, ARCHIVE_FORMAT_TAR_PAX_RESTRICTED, ARCHIVE_FILTER_GZIP,
                                       {{"a.txt", QByteArray(10000, 'a')}}));
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("out"))));
        const StageResult r = extract(tgz, dir.filePath(QStringLiteral("out")));
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(member(r, 0).value(QStringLiteral("compressed_size")).isNull());
        QCOMPARE(member(r, 0).value(QStringLiteral("method")).toString(), QStringLiteral("gzip"));
        const QJsonObject totals = r.output.value(QStringLiteral("totals")).toObject();
        QCOMPARE(totals.value(QStringLiteral("compressed_size_from")).toString(), QStringLiteral("archive"));
        QCOMPARE(totals.value(QStringLiteral("compressed_size")).toInteger(), QFileInfo(tgz).size());
        QCOMPARE(totals.value(QStringLiteral("ratio")).toDouble(), 10000.0 / double(QFileInfo(tgz).size()));
        // zip: from the central directory, per member.
        const StageResult z = extract(corpus(QStringLiteral("encrypt.zip")),
                                      dir.filePath(QStringLiteral("out")), {{"password", "foo"}});
        QVERIFY2(z.ok, qPrintable(z.error));
        QCOMPARE(
            z.output.value(QStringLiteral("totals")).toObject().value(QStringLiteral("compressed_size_from")),
            QJsonValue(QStringLiteral("members")));
        QVERIFY(member(z, 0).value(QStringLiteral("compressed_size")).toInteger() > 0);
    }

    void encryptedWithPassword() {
        QTemporaryDir dir;
        const StageResult zc =
            extract(corpus(QStringLiteral("encrypt.zip")), dir.path(), {{"password", "foo"}});
        QVERIFY2(zc.ok, qPrintable(zc.error));
        QCOMPARE(memberNames(zc), (QStringList{QStringLiteral("encrypted"), QStringLiteral("plain")}));
        QVERIFY(member(zc, 0).value(QStringLiteral("encrypted")).toBool());
        QCOMPARE(test::contents(dir.filePath(QStringLiteral("encrypt/encrypted"))), QByteArray("foo\n"));
        QCOMPARE(test::contents(dir.filePath(QStringLiteral("encrypt/plain"))), QByteArray("foo\n"));
        // WinZip AES-256 (method 99): libarchive 3.6 decrypts it through nettle.
        const StageResult aes =
            extract(corpus(QStringLiteral("encrypt-aes256.zip")), dir.path(), {{"password", "foofoofoo"}});
        QVERIFY2(aes.ok, qPrintable(aes.error));
        QCOMPARE(memberNames(aes), (QStringList{QStringLiteral("plain"), QStringLiteral("encrypted")}));
        QCOMPARE(member(aes, 1).value(QStringLiteral("method")).toString(), QStringLiteral("aes"));
        QCOMPARE(test::contents(dir.filePath(QStringLiteral("encrypt-aes256/encrypted"))),
                 QByteArray("encrypted\n"));
        QCOMPARE(test::contents(dir.filePath(QStringLiteral("encrypt-aes256/plain"))), QByteArray("plain\n"));
    }

    void traversalInZipRefused() {
        expectRefused(ARCHIVE_FORMAT_ZIP, ARCHIVE_FILTER_NONE,
                      {{"ok.txt", "fine"}, {"../../evil.txt", "evil"}}, QStringLiteral("../../evil.txt"),
                      QStringLiteral("'..'"));
        expectRefused(ARCHIVE_FORMAT_ZIP, ARCHIVE_FILTER_NONE, {{"..\\..\\evil.txt", "evil"}},
                      QStringLiteral("..\\..\\evil.txt"), QStringLiteral("'..'"));
        // A string-prefix check would let "<dir>/out2/x" pass for "<dir>/out".
        expectRefused(ARCHIVE_FORMAT_ZIP, ARCHIVE_FILTER_NONE, {{"../out2/x", "evil"}},
                      QStringLiteral("../out2/x"), QStringLiteral("'..'"));
        expectRefused(ARCHIVE_FORMAT_ZIP, ARCHIVE_FILTER_NONE, {{"C:/evil.txt", "evil"}},
                      QStringLiteral("C:/evil.txt"), QStringLiteral("drive letter"));
        expectRefused(ARCHIVE_FORMAT_ZIP, ARCHIVE_FILTER_NONE, {{"c:\\evil.txt", "evil"}},
                      QStringLiteral("c:\\evil.txt"), QStringLiteral("drive letter"));
    }

    void absolutePathRefused() {
        const QString target =
            QDir::tempPath() + QStringLiteral("/sluice-abs-%1.txt").arg(QCoreApplication::applicationPid());
        QFile::remove(target);
        for (const int format : {ARCHIVE_FORMAT_ZIP, ARCHIVE_FORMAT_TAR_PAX_RESTRICTED})
            expectRefused(format, ARCHIVE_FILTER_NONE, {{target.toUtf8(), "evil"}}, target,
                          QStringLiteral("absolute"));
        QVERIFY(!QFile::exists(target));
    }

    void linksLeavingTheFolderRefused() {
        const QList<int> filters{ARCHIVE_FILTER_NONE, ARCHIVE_FILTER_GZIP, ARCHIVE_FILTER_BZIP2};
        for (const int filter : filters) {
            // A directory link d → .. followed by a file d/x: the classic two-step escape.
            test::TestEntry link{"d", {}, AE_IFLNK, ".."};
            expectRefused(ARCHIVE_FORMAT_TAR_PAX_RESTRICTED, filter, {link, {"d/x", "evil"}},
                          QStringLiteral("d"), QStringLiteral("outside"));
            test::TestEntry abs{"passwd", {}, AE_IFLNK, "/etc/passwd"};
            expectRefused(ARCHIVE_FORMAT_TAR_PAX_RESTRICTED, filter, {abs}, QStringLiteral("passwd"),
                          QStringLiteral("absolute"));
            test::TestEntry hard{"h", {}, AE_IFREG, "../outside.txt", true};
            expectRefused(ARCHIVE_FORMAT_TAR_PAX_RESTRICTED, filter, {hard}, QStringLiteral("h"),
                          QStringLiteral("hard link"));
        }
        // Chains: each link stays inside lexically, together they leave: b → ".", a → "b/..".
        test::TestEntry b{"b", {}, AE_IFLNK, "."};
        test::TestEntry a{"a", {}, AE_IFLNK, "b/.."};
        expectRefused(ARCHIVE_FORMAT_TAR_PAX_RESTRICTED, ARCHIVE_FILTER_NONE, {b, a}, QStringLiteral("a"),
                      QStringLiteral("outside"));
    }

    void devicesAndFifosRefused() {
        expectRefused(ARCHIVE_FORMAT_TAR_PAX_RESTRICTED, ARCHIVE_FILTER_NONE, {{"pipe", {}, AE_IFIFO}},
                      QStringLiteral("pipe"), QStringLiteral("fifo"));
        expectRefused(ARCHIVE_FORMAT_TAR_PAX_RESTRICTED, ARCHIVE_FILTER_NONE, {{"tty", {}, AE_IFCHR}},
                      QStringLiteral("tty"), QStringLiteral("character device"));
    }

    void insideLinksAndSetuid() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ok.tar"));
        QVERIFY(test::writeTestArchive(path, ARCHIVE_FORMAT_TAR_PAX_RESTRICTED, ARCHIVE_FILTER_NONE,
                                       {{"sub/file.txt", "hello"},
                                        {"run.sh", "#!/bin/sh\n", AE_IFREG, {}, false, 04755},
                                        {"link", {}, AE_IFLNK, "sub/file.txt"},
                                        {"copy", {}, AE_IFREG, "sub/file.txt", true}}));
        const StageResult r = extract(path, dir.filePath(QStringLiteral("out")));
        QVERIFY2(r.ok, qPrintable(r.error));
        const QString out = dir.filePath(QStringLiteral("out/ok/"));
        QCOMPARE(QFileInfo(out + QStringLiteral("link")).symLinkTarget(),
                 QFileInfo(out + QStringLiteral("sub/file.txt")).absoluteFilePath());
        QCOMPARE(test::contents(out + QStringLiteral("link")), QByteArray("hello"));
        QCOMPARE(test::contents(out + QStringLiteral("copy")), QByteArray("hello"));
        struct stat st {};
        QCOMPARE(::stat(QFile::encodeName(out + QStringLiteral("run.sh")).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 07777), 0755); // setuid stripped
        QVERIFY(member(r, 1).value(QStringLiteral("setuid_stripped")).toBool());
        QCOMPARE(member(r, 1).value(QStringLiteral("mode")).toString(), QStringLiteral("04755"));
        QCOMPARE(member(r, 2).value(QStringLiteral("type")).toString(), QStringLiteral("symlink"));
        QCOMPARE(member(r, 3).value(QStringLiteral("type")).toString(), QStringLiteral("hardlink"));
    }

    void dotSlashRootEntryAccepted() {
        // `tar -C dir -czf x.tar.gz .` starts with the directory "./" and names members "./d/f".
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("dot.tar.gz"));
        QVERIFY(test::writeTestArchive(path, ARCHIVE_FORMAT_TAR_GNUTAR, ARCHIVE_FILTER_GZIP,
                                       {{"./", {}, AE_IFDIR, {}, false, 0755},
                                        {"./d/", {}, AE_IFDIR, {}, false, 0755},
                                        {"./d/f.txt", "f"}}));
        const StageResult r = extract(path, dir.filePath(QStringLiteral("out")));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(
            test::tree(dir.filePath(QStringLiteral("out"))),
            (QStringList{QStringLiteral("dot"), QStringLiteral("dot/d"), QStringLiteral("dot/d/f.txt")}));
    }

    void nonUtf8TarNameKeptEscaped() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("latin1.tar"));
        QVERIFY(test::writeTestArchive(path, ARCHIVE_FORMAT_TAR_USTAR, ARCHIVE_FILTER_NONE,
                                       {{"caf\xe9.txt", "x"}}));
        const StageResult r = extract(path, dir.filePath(QStringLiteral("out")));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(memberNames(r), QStringList{QStringLiteral("caf%E9.txt")});
        QCOMPARE(member(r, 0).value(QStringLiteral("name_encoding")).toString(), QStringLiteral("escaped"));
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("out/latin1/caf%E9.txt"))));
    }

    void bombStoppedWhileStreaming() {
        QTemporaryDir dir;
        // Default limits: the outer zip already expands ~400× (4 MB from 10 KB) and is stopped by the ratio.
        StageResult r = extract(corpus(QStringLiteral("bigzero-zip.zip")), dir.path());
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("max_ratio")) &&
                     r.error.contains(QStringLiteral("\"bigzero.zip\"")),
                 qPrintable(r.error));
        QCOMPARE(test::tree(dir.path()), QStringList());
        // Allowing that ratio, the outer level extracts; the inner 4 GiB member is then stopped early.
        r = extract(corpus(QStringLiteral("bigzero-zip.zip")), dir.path(), {{"max_ratio", 1000}});
        QVERIFY2(r.ok, qPrintable(r.error));
        const QString inner = dir.filePath(QStringLiteral("bigzero-zip/bigzero.zip"));
        QCOMPARE(QFileInfo(inner).size(), 4168377);
        QTemporaryDir dir2;
        const StageResult total =
            extract(inner, dir2.path(), {{"max_ratio", 0}, {"max_total_size", 64 << 20}}, 1);
        QVERIFY(!total.ok);
        QVERIFY2(total.error.contains(QStringLiteral("max_total_size")), qPrintable(total.error));
        QCOMPARE(test::tree(dir2.path()), QStringList());
        const StageResult ratio = extract(inner, dir2.path(), {}, 1);
        QVERIFY(!ratio.ok);
        QVERIFY2(ratio.error.contains(QStringLiteral("max_ratio")), qPrintable(ratio.error));
        const StageResult nested = extract(inner, dir2.path(), {{"max_nesting", 1}}, 1);
        QVERIFY(!nested.ok);
        QVERIFY2(nested.error.contains(QStringLiteral("max_nesting")), qPrintable(nested.error));
        QCOMPARE(test::tree(dir2.path()), QStringList());
    }

    void bombThroughTheRunnerWithFeedBack() {
        QTemporaryDir dir;
        const QString in = dir.filePath(QStringLiteral("bigzero-zip.zip"));
        QVERIFY(QFile::copy(corpus(QStringLiteral("bigzero-zip.zip")), in));
        const QString dest = dir.filePath(QStringLiteral("extracted"));
        Pipeline p;
        p.name = QStringLiteral("extract");
        PipelineNode node;
        node.id = QStringLiteral("x");
        node.stage = QStringLiteral("archive_extract");
        node.params = QJsonObject{{"destination", dest}, {"feed_back", true}, {"max_ratio", 1000}};
        p.nodes.append(node);
        for (const ValidationIssue& issue : p.validate())
            QFAIL(qPrintable(issue.toString()));
        Runner runner(p, nullptr, nullptr);
        QSignalSpy finished(&runner, &Runner::itemFinished);
        runner.enqueue(in);
        QVERIFY(runner.waitForDone(60000));
        QCOMPARE(finished.size(), 2);
        const ItemResult outer = finished.at(0).first().value<ItemResult>();
        const ItemResult nested = finished.at(1).first().value<ItemResult>();
        QCOMPARE(outer.status, QStringLiteral("ok"));
        QCOMPARE(nested.status, QStringLiteral("failed"));
        QCOMPARE(nested.item.depth, 1);
        QVERIFY2(nested.errors.first()
                     .toObject()
                     .value(QStringLiteral("message"))
                     .toString()
                     .contains(QStringLiteral("max_ratio")),
                 qPrintable(nested.errors.first().toObject().value(QStringLiteral("message")).toString()));
        QCOMPARE(test::tree(dest),
                 (QStringList{QStringLiteral("bigzero-zip"), QStringLiteral("bigzero-zip/bigzero.zip")}));
    }

    void rerunReplacesItsOwnExtraction() {
        QTemporaryDir dir;
        const QString dest = dir.filePath(QStringLiteral("out"));
        const QString archive = dir.filePath(QStringLiteral("src/a.tar.gz"));
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("src"))));
        QVERIFY(test::writeTestArchive(archive, ARCHIVE_FORMAT_TAR_PAX_RESTRICTED, ARCHIVE_FILTER_GZIP,
                                       {{"x.txt", "one"}, {"sub/y.txt", "two"}}));
        const StageResult first = extract(archive, dest);
        QVERIFY2(first.ok, qPrintable(first.error));
        QCOMPARE(first.output.value(QStringLiteral("replaced")).toBool(true), false);
        struct stat before {};
        QCOMPARE(::stat(QFile::encodeName(dest + QStringLiteral("/a")).constData(), &before), 0);

        // The same archive again: its folder is swapped for a fresh one, nothing numbered, nothing left over.
        const StageResult again = extract(archive, dest);
        QVERIFY2(again.ok, qPrintable(again.error));
        QCOMPARE(again.output.value(QStringLiteral("replaced")).toBool(), true);
        QCOMPARE(again.output.value(QStringLiteral("destination")).toString(), dest + QStringLiteral("/a"));
        QCOMPARE(test::tree(dest), (QStringList{QStringLiteral("a"), QStringLiteral("a/sub"),
                                                QStringLiteral("a/sub/y.txt"), QStringLiteral("a/x.txt")}));
        struct stat after {};
        QCOMPARE(::stat(QFile::encodeName(dest + QStringLiteral("/a")).constData(), &after), 0);
        QVERIFY(after.st_ino != before.st_ino); // a new folder, not the old one written over
        QCOMPARE(test::contents(dest + QStringLiteral("/a/sub/y.txt")), QByteArray("two"));

        // Another archive of the same name gets its own folder, and does not take "a" over.
        const QString other = dir.filePath(QStringLiteral("elsewhere/a.tar.gz"));
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("elsewhere"))));
        QVERIFY(test::writeTestArchive(other, ARCHIVE_FORMAT_TAR_PAX_RESTRICTED, ARCHIVE_FILTER_GZIP,
                                       {{"x.txt", "other"}}));
        const StageResult second = extract(other, dest);
        QVERIFY2(second.ok, qPrintable(second.error));
        QCOMPARE(second.output.value(QStringLiteral("destination")).toString(),
                 dest + QStringLiteral("/a (2)"));
        QCOMPARE(second.output.value(QStringLiteral("replaced")).toBool(true), false);
        QCOMPARE(extract(other, dest).output.value(QStringLiteral("destination")).toString(),
                 dest + QStringLiteral("/a (2)"));
        QCOMPARE(extract(archive, dest).output.value(QStringLiteral("destination")).toString(),
                 dest + QStringLiteral("/a"));
        QCOMPARE(test::contents(dest + QStringLiteral("/a/x.txt")), QByteArray("one"));
        QCOMPARE(test::contents(dest + QStringLiteral("/a (2)/x.txt")), QByteArray("other"));
        QCOMPARE(QDir(dest).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 (QStringList{QStringLiteral("a"), QStringLiteral("a (2)")}));

        // The same path with other contents is another archive: a new folder, the old one kept.
        QTest::qWait(20); // a different mtime even on coarse clocks
        QVERIFY(test::writeTestArchive(archive, ARCHIVE_FORMAT_TAR_PAX_RESTRICTED, ARCHIVE_FILTER_GZIP,
                                       {{"x.txt", "changed"}}));
        const StageResult changed = extract(archive, dest);
        QVERIFY2(changed.ok, qPrintable(changed.error));
        QCOMPARE(changed.output.value(QStringLiteral("destination")).toString(),
                 dest + QStringLiteral("/a (3)"));
        QCOMPARE(test::contents(dest + QStringLiteral("/a/x.txt")), QByteArray("one"));
    }

    void foldersNotMadeOrChangedSinceAreNeverReplaced() {
        QTemporaryDir dir;
        const QString dest = dir.filePath(QStringLiteral("out"));
        const QString archive = dir.filePath(QStringLiteral("a.zip"));
        QVERIFY(test::writeTestArchive(archive, ARCHIVE_FORMAT_ZIP, ARCHIVE_FILTER_NONE, {{"x.txt", "zip"}}));
        // A folder "a" of the user's own.
        QVERIFY(QDir().mkpath(dest + QStringLiteral("/a")));
        {
            QFile mine(dest + QStringLiteral("/a/mine.txt"));
            QVERIFY(mine.open(QIODevice::WriteOnly));
            mine.write("keep");
        }
        QCOMPARE(extract(archive, dest).output.value(QStringLiteral("destination")).toString(),
                 dest + QStringLiteral("/a (2)"));
        QCOMPARE(extract(archive, dest).output.value(QStringLiteral("destination")).toString(),
                 dest + QStringLiteral("/a (2)"));
        QCOMPARE(test::tree(dest + QStringLiteral("/a")), QStringList{QStringLiteral("mine.txt")});
        // Sluice's folder changed by the user (a note added): kept as it is, the next run goes elsewhere.
        {
            QFile note(dest + QStringLiteral("/a (2)/note.txt"));
            QVERIFY(note.open(QIODevice::WriteOnly));
            note.write("mine now");
        }
        QCOMPARE(extract(archive, dest).output.value(QStringLiteral("destination")).toString(),
                 dest + QStringLiteral("/a (3)"));
        QCOMPARE(test::tree(dest + QStringLiteral("/a (2)")),
                 (QStringList{QStringLiteral("note.txt"), QStringLiteral("x.txt")}));
        QCOMPARE(test::contents(dest + QStringLiteral("/a/mine.txt")), QByteArray("keep"));
    }

    void editedFilesInItsFolderAreNeverOverwritten() {
        QTemporaryDir dir;
        const QString dest = dir.filePath(QStringLiteral("out"));
        const QString archive = dir.filePath(QStringLiteral("a.tar.gz"));
        QVERIFY(test::writeTestArchive(archive, ARCHIVE_FORMAT_TAR_PAX_RESTRICTED, ARCHIVE_FILTER_GZIP,
                                       {{"x.txt", "one"}, {"sub/deep/y.txt", "two"}}));
        QCOMPARE(extract(archive, dest).output.value(QStringLiteral("destination")).toString(),
                 dest + QStringLiteral("/a"));
        // Unchanged: the next run replaces its own folder.
        QCOMPARE(extract(archive, dest).output.value(QStringLiteral("destination")).toString(),
                 dest + QStringLiteral("/a"));
        // A file edited in place (same names, same count of entries) makes the folder the user's.
        QTest::qWait(20);
        {
            QFile edit(dest + QStringLiteral("/a/x.txt"));
            QVERIFY(edit.open(QIODevice::WriteOnly | QIODevice::Truncate));
            edit.write("my edit");
        }
        QCOMPARE(extract(archive, dest).output.value(QStringLiteral("destination")).toString(),
                 dest + QStringLiteral("/a (2)"));
        QCOMPARE(test::contents(dest + QStringLiteral("/a/x.txt")), QByteArray("my edit"));
        // So does an edit deep in a subfolder of the new one.
        QTest::qWait(20);
        {
            QFile edit(dest + QStringLiteral("/a (2)/sub/deep/y.txt"));
            QVERIFY(edit.open(QIODevice::Append));
            edit.write(" and mine");
        }
        QCOMPARE(extract(archive, dest).output.value(QStringLiteral("destination")).toString(),
                 dest + QStringLiteral("/a (3)"));
        QCOMPARE(test::contents(dest + QStringLiteral("/a (2)/sub/deep/y.txt")), QByteArray("two and mine"));
    }

    void touchedArchiveIsStillTheSameArchive() {
        // A compressed tar (hashed while it is read) and a zip (hashed after extracting).
        for (const char* name : {"a.tar.gz", "a.zip"}) {
            const bool zip = QByteArray(name).endsWith(".zip");
            QTemporaryDir dir;
            const QString dest = dir.filePath(QStringLiteral("out"));
            const QString archive = dir.filePath(QLatin1String(name));
            const int format = zip ? ARCHIVE_FORMAT_ZIP : ARCHIVE_FORMAT_TAR_PAX_RESTRICTED;
            const int filter = zip ? ARCHIVE_FILTER_NONE : ARCHIVE_FILTER_GZIP;
            QVERIFY(
                test::writeTestArchive(archive, format, filter, {{"x.txt", "one"}, {"sub/y.txt", "two"}}));
            const StageResult first = extract(archive, dest);
            QVERIFY2(first.ok, qPrintable(first.error));
            QCOMPARE(first.output.value(QStringLiteral("destination")).toString(),
                     dest + QStringLiteral("/a"));
            const qint64 size = QFileInfo(archive).size();

            // The record holds the XXH3 of the whole file, the value the watcher's content hash gives.
            const QString folder = QDir::cleanPath(dest + QStringLiteral("/a"));
            QFile record(ExtractionRegistry::defaultDir() + QLatin1Char('/') +
                         QString::fromLatin1(
                             QCryptographicHash::hash(folder.toUtf8(), QCryptographicHash::Sha1).toHex()) +
                         QStringLiteral(".json"));
            QVERIFY2(record.open(QIODevice::ReadOnly), qPrintable(record.fileName()));
            const std::optional<quint64> hash = contentHash(archive, ContentHashMode::Full);
            QVERIFY(hash.has_value());
            QCOMPARE(
                QJsonDocument::fromJson(record.readAll()).object().value(QStringLiteral("xxh3")).toString(),
                QStringLiteral("%1").arg(*hash, 16, 16, QLatin1Char('0')));

            // `touch`: new times, same bytes — the same archive, its folder is replaced, nothing numbered.
            const struct timespec later[2] = {{1800000000, 0}, {1800000000, 0}};
            QCOMPARE(::utimensat(AT_FDCWD, QFile::encodeName(archive).constData(), later, 0), 0);
            const StageResult touched = extract(archive, dest);
            QVERIFY2(touched.ok, qPrintable(touched.error));
            QCOMPARE(touched.output.value(QStringLiteral("destination")).toString(),
                     dest + QStringLiteral("/a"));
            QCOMPARE(touched.output.value(QStringLiteral("replaced")).toBool(), true);
            QCOMPARE(QDir(dest).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                     QStringList{QStringLiteral("a")});

            // Other bytes of the same size under the same mtime: another archive, the old folder is kept.
            QVERIFY(
                test::writeTestArchive(archive, format, filter, {{"x.txt", "eon"}, {"sub/y.txt", "two"}}));
            QCOMPARE(QFileInfo(archive).size(), size);
            QCOMPARE(::utimensat(AT_FDCWD, QFile::encodeName(archive).constData(), later, 0), 0);
            QCOMPARE(contentHash(archive, ContentHashMode::Full) == hash, false);
            const StageResult changed = extract(archive, dest);
            QVERIFY2(changed.ok, qPrintable(changed.error));
            QCOMPARE(changed.output.value(QStringLiteral("destination")).toString(),
                     dest + QStringLiteral("/a (2)"));
            QCOMPARE(test::contents(dest + QStringLiteral("/a/x.txt")), QByteArray("one"));
            QCOMPARE(test::contents(dest + QStringLiteral("/a (2)/x.txt")), QByteArray("eon"));
        }
    }

    void manyFoldersDeepPathsAndClashes() {
        // More folders than the extractor keeps open, members coming back to early folders, a path 300
        // folders deep, and a hard link into an early folder.
        QList<test::TestEntry> entries;
        for (int i = 0; i < 300; ++i)
            entries.append(test::TestEntry(
                QStringLiteral("d%1/f.txt").arg(i, 3, 10, QLatin1Char('0')).toUtf8(), QByteArray::number(i)));
        entries.append(test::TestEntry("d000/g.txt", "again"));
        QByteArray deep;
        for (int i = 0; i < 300; ++i)
            deep += "n/";
        entries.append(test::TestEntry(deep + "leaf.txt", "deep"));
        entries.append(test::TestEntry("d299/link.txt", {}, AE_IFREG, "d001/f.txt", true));
        QTemporaryDir dir;
        const QString archive = dir.filePath(QStringLiteral("many.tar"));
        QVERIFY(
            test::writeTestArchive(archive, ARCHIVE_FORMAT_TAR_PAX_RESTRICTED, ARCHIVE_FILTER_NONE, entries));
        const StageResult r = extract(archive, dir.filePath(QStringLiteral("out")));
        QVERIFY2(r.ok, qPrintable(r.error));
        const QString out = dir.filePath(QStringLiteral("out/many"));
        QCOMPARE(test::contents(out + QStringLiteral("/d000/f.txt")), QByteArray("0"));
        QCOMPARE(test::contents(out + QStringLiteral("/d257/f.txt")), QByteArray("257"));
        QCOMPARE(test::contents(out + QStringLiteral("/d299/f.txt")), QByteArray("299"));
        QCOMPARE(test::contents(out + QStringLiteral("/d000/g.txt")), QByteArray("again"));
        QCOMPARE(
            test::contents(out + QLatin1Char('/') + QString::fromLatin1(deep) + QStringLiteral("leaf.txt")),
            QByteArray("deep"));
        QCOMPARE(test::contents(out + QStringLiteral("/d299/link.txt")), QByteArray("1"));
        QCOMPARE(r.output.value(QStringLiteral("totals")).toObject().value(QStringLiteral("files")).toInt(),
                 303);
        QCOMPARE(test::tree(out).size(), 300 * 2 + 1 + 300 + 1 + 1);

        // A file and then a folder of the same name: refused, nothing kept.
        expectRefused(ARCHIVE_FORMAT_TAR_PAX_RESTRICTED, ARCHIVE_FILTER_GZIP,
                      {{"x", "file"}, {"x/y.txt", "in"}}, QStringLiteral("x/y.txt"),
                      QStringLiteral("clashes with another member"));
    }

    void partialExtractionIsAWarning() {
        // An encrypted member without a password, and a member over max_member_size.
        for (const char* name : {"encrypt.zip"}) {
            QTemporaryDir dir;
            const StageResult r = extract(corpus(QLatin1String(name)), dir.path());
            QVERIFY2(r.ok, qPrintable(r.error));
            QCOMPARE(r.warnings.size(), 1);
            QVERIFY2(r.warnings.first().startsWith(QStringLiteral("1 member(s) not extracted: member "
                                                                  "\"encrypted\"")),
                     qPrintable(r.warnings.first()));
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sizes.tar"));
        QVERIFY(test::writeTestArchive(
            path, ARCHIVE_FORMAT_TAR_PAX_RESTRICTED, ARCHIVE_FILTER_NONE,
            {{"small.txt", "s"}, {"big.bin", QByteArray(3000, 'b')}, {"big2.bin", QByteArray(2000, 'c')}}));
        const StageResult r = extract(path, dir.filePath(QStringLiteral("out")), {{"max_member_size", 1000}});
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.output.value(QStringLiteral("partial")).toBool(), true);
        QCOMPARE(r.output.value(QStringLiteral("unextracted")).toArray().size(), 2);
        QCOMPARE(r.warnings.size(), 1);
        QVERIFY2(r.warnings.first().contains(QStringLiteral("2 member(s) not extracted")) &&
                     r.warnings.first().contains(QStringLiteral("\"big.bin\"")) &&
                     r.warnings.first().contains(QStringLiteral("\"big2.bin\"")),
                 qPrintable(r.warnings.first()));
        QCOMPARE(test::tree(dir.filePath(QStringLiteral("out/sizes"))),
                 QStringList{QStringLiteral("small.txt")});
        // A complete extraction has no warning.
        const StageResult all = extract(path, dir.filePath(QStringLiteral("out")));
        QVERIFY(all.ok);
        QVERIFY(all.warnings.isEmpty());
        QCOMPARE(all.output.value(QStringLiteral("partial")).toBool(true), false);
    }

    void partialExtractionThroughTheRunner() {
        // The item is "ok" with a warning in its result, and the event log says so at Warning level.
        QTemporaryDir dir;
        const QString in = dir.filePath(QStringLiteral("encrypt.zip"));
        QVERIFY(QFile::copy(corpus(QStringLiteral("encrypt.zip")), in));
        Pipeline p;
        p.name = QStringLiteral("extract");
        PipelineNode node;
        node.id = QStringLiteral("unpack");
        node.stage = QStringLiteral("archive_extract");
        node.params = QJsonObject{{"destination", dir.filePath(QStringLiteral("out"))}};
        p.nodes.append(node);
        EventLog log;
        Runner runner(p, nullptr, &log);
        runner.setResultDir(dir.filePath(QStringLiteral("results")));
        QSignalSpy finished(&runner, &Runner::itemFinished);
        runner.enqueue(in);
        QVERIFY(runner.waitForDone(60000));
        QCOMPARE(finished.size(), 1);
        const ItemResult result = finished.at(0).first().value<ItemResult>();
        QCOMPARE(result.status, QStringLiteral("ok"));
        QVERIFY(result.okWithWarnings());
        QCOMPARE(result.warnings.size(), 1);
        const QJsonObject w = result.warnings.first().toObject();
        QCOMPARE(w.value(QStringLiteral("stage")).toString(), QStringLiteral("unpack"));
        QCOMPARE(w.value(QStringLiteral("stage_type")).toString(), QStringLiteral("archive_extract"));
        QVERIFY(w.value(QStringLiteral("message")).toString().contains(QStringLiteral("\"encrypted\"")));
        QFile file(Runner::resultPathFor(dir.filePath(QStringLiteral("results")), in));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject doc = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(doc.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(doc.value(QStringLiteral("warnings")).toArray(), result.warnings);
        bool warned = false;
        for (const Event& e : log.snapshot())
            if (e.kind == QLatin1String("processed")) {
                QCOMPARE(e.level, EventLevel::Warning);
                QVERIFY2(e.message.contains(QStringLiteral("1 warning(s)")) &&
                             e.message.contains(QStringLiteral("unpack: 1 member(s) not extracted")),
                         qPrintable(e.message));
                warned = true;
            }
        QVERIFY(warned);
    }

    void compressedTarAcrossManyChunks() {
        // A tar.gz decompresses on a second thread in 256 KiB chunks: 300 members of 1–30 KiB (about
        // 4.5 MiB, so many chunks and members spanning chunk ends) arrive byte for byte; the same archive
        // cut in half fails naming the damage and leaves nothing.
        QTemporaryDir dir;
        QList<test::TestEntry> entries;
        QRandomGenerator random(7);
        for (int i = 0; i < 300; ++i) {
            QByteArray data(int(random.bounded(1024, 30 * 1024)), Qt::Uninitialized);
            for (char& c : data)
                c = char('a' + random.bounded(26));
            entries.append(test::TestEntry(
                QByteArray("d") + QByteArray::number(i % 7) + "/f" + QByteArray::number(i), data));
        }
        const QString path = dir.filePath(QStringLiteral("many.tar.gz"));
        QVERIFY(
            test::writeTestArchive(path, ARCHIVE_FORMAT_TAR_PAX_RESTRICTED, ARCHIVE_FILTER_GZIP, entries));
        const StageResult r = extract(path, dir.filePath(QStringLiteral("out")));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(
            r.output.value(QStringLiteral("archive")).toObject().value(QStringLiteral("filters")).toArray(),
            QJsonArray{QStringLiteral("gzip")});
        QCOMPARE(r.output.value(QStringLiteral("totals")).toObject().value(QStringLiteral("files")).toInt(),
                 300);
        for (const test::TestEntry& e : std::as_const(entries))
            QCOMPARE(test::contents(dir.filePath(QStringLiteral("out/many/") + QString::fromLatin1(e.name))),
                     e.data);

        // Canceled half-way: the decompressing thread is stopped and nothing is left.
        struct CancelAfter : Feedback {
            int left = 100;
            void setProgress(double percent) override {
                Feedback::setProgress(percent);
                if (--left == 0)
                    cancel();
            }
        } canceling;
        ArchiveExtractStage stage;
        Item item = Item::fromPath(path);
        const StageResult canceled = stage.process(
            item, StageRegistry::withDefaults(stage, {{"destination", dir.filePath(QStringLiteral("out3"))}}),
            canceling);
        QVERIFY(!canceled.ok);
        QVERIFY(canceling.isCanceled());
        QCOMPARE(test::tree(dir.filePath(QStringLiteral("out3"))), QStringList());

        QFile cut(path);
        QVERIFY(cut.open(QIODevice::ReadWrite));
        QVERIFY(cut.resize(cut.size() / 2));
        cut.close();
        const StageResult damaged = extract(path, dir.filePath(QStringLiteral("out2")));
        QVERIFY(!damaged.ok);
        QVERIFY2(damaged.error.contains(QStringLiteral("damaged")) ||
                     damaged.error.contains(QStringLiteral("cannot be read")),
                 qPrintable(damaged.error));
        QCOMPARE(test::tree(dir.filePath(QStringLiteral("out2"))), QStringList());
    }

    void feedBackListsExtractedFiles() {
        QTemporaryDir dir;
        const StageResult r =
            extract(corpus(QStringLiteral("junk-at-start.zip")), dir.path(), {{"feed_back", true}});
        QVERIFY2(r.ok, qPrintable(r.error));
        const QString out = dir.filePath(QStringLiteral("junk-at-start/"));
        QCOMPARE(r.followUps,
                 (QStringList{out + QStringLiteral("test"), out + QStringLiteral("testdir/test2")}));
    }

    void includeExcludeAndMemberSize() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mix.tar.gz"));
        QVERIFY(test::writeTestArchive(path, ARCHIVE_FORMAT_TAR_PAX_RESTRICTED, ARCHIVE_FILTER_GZIP,
                                       {{"a.pdf", "pdf"},
                                        {"docs/b.pdf", "pdf2"},
                                        {"c.txt", "text"},
                                        {"big.pdf", QByteArray(5000, 'x')}}));
        const StageResult r = extract(
            path, dir.filePath(QStringLiteral("out")),
            {{"include", QJsonArray{"*.pdf"}}, {"exclude", QJsonArray{"docs/*"}}, {"max_member_size", 1000}});
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(test::tree(dir.filePath(QStringLiteral("out/mix"))), QStringList{QStringLiteral("a.pdf")});
        QCOMPARE(member(r, 1).value(QStringLiteral("status")).toString(), QStringLiteral("skipped"));
        QCOMPARE(member(r, 2).value(QStringLiteral("status")).toString(), QStringLiteral("skipped"));
        QVERIFY(member(r, 3)
                    .value(QStringLiteral("reason"))
                    .toString()
                    .contains(QStringLiteral("max_member_size")));
        QCOMPARE(member(r, 0).value(QStringLiteral("method")).toString(), QStringLiteral("gzip"));
        QCOMPARE(
            r.output.value(QStringLiteral("archive")).toObject().value(QStringLiteral("filters")).toArray(),
            QJsonArray{QStringLiteral("gzip")});
    }

    void memberCountLimit() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("many.tar"));
        QList<test::TestEntry> entries;
        for (int i = 0; i < 20; ++i)
            entries.append({QByteArray("f") + QByteArray::number(i), "x"});
        QVERIFY(
            test::writeTestArchive(path, ARCHIVE_FORMAT_TAR_PAX_RESTRICTED, ARCHIVE_FILTER_NONE, entries));
        const StageResult r = extract(path, dir.filePath(QStringLiteral("out")), {{"max_members", 10}});
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("max_members")), qPrintable(r.error));
        QCOMPARE(test::tree(dir.filePath(QStringLiteral("out"))), QStringList());
    }

    void singleCompressedFile() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.txt.gz"));
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("notes.txt")), "some notes\n"));
        QVERIFY(QProcess::execute(QStringLiteral("gzip"),
                                  {QStringLiteral("-k"), dir.filePath(QStringLiteral("notes.txt"))}) == 0);
        const StageResult r = extract(path, dir.filePath(QStringLiteral("out")));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(memberNames(r), QStringList{QStringLiteral("notes.txt")});
        QCOMPARE(test::contents(dir.filePath(QStringLiteral("out/notes.txt/notes.txt"))),
                 QByteArray("some notes\n"));
    }

    void notAnArchiveFails() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plain.txt"));
        QVERIFY(test::writeFile(path, "just text, not an archive\n"));
        const StageResult r = extract(path, dir.filePath(QStringLiteral("out")));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("plain.txt")), qPrintable(r.error));
        QCOMPARE(test::tree(dir.filePath(QStringLiteral("out"))), QStringList());
    }

    void keyValueTextIsNotAnArchive() {
        // libarchive's mtree reader would take these lines for a manifest of two empty files.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("settings.txt"));
        QVERIFY(test::writeFile(path, "readme size=3 type=file\nnotes.txt\n"));
        const StageResult r = extract(path, dir.filePath(QStringLiteral("out")));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("settings.txt")), qPrintable(r.error));
        QCOMPARE(test::tree(dir.filePath(QStringLiteral("out"))), QStringList());
    }

    void defaultDestinationIsAppData() {
        QVERIFY(ArchiveExtractStage::defaultDestination().endsWith(QStringLiteral("/extracted")));
        QVERIFY(ArchiveExtractStage::defaultDestination().startsWith(
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    }
};

QTEST_GUILESS_MAIN(TestArchiveExtractStage)
#include "test_archive_extract_stage.moc"
