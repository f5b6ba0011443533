// The archive_create stage: every format from a folder (nested folders, a non-ASCII name, an empty and a
// binary file) extracted again by the archive_extract stage and by bsdtar with identical bytes, the
// manifest, compression levels, never overwriting, relative names, and verification catching a corrupted
// archive.

#include "archive_test_util.h"
#include "stage_test_util.h"
#include "stages/archive_builder.h"
#include "stages/archive_create_stage.h"
#include "stages/archive_extract_stage.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace sluice;

namespace {

/// Relative path → bytes of every file below `dir`.
QMap<QString, QByteArray> files(const QString& dir) {
    QMap<QString, QByteArray> out;
    for (const QString& rel : test::tree(dir))
        if (QFileInfo(dir + QLatin1Char('/') + rel).isFile())
            out.insert(rel, test::contents(dir + QLatin1Char('/') + rel));
    return out;
}

StageResult runCreate(const QString& itemPath, const QJsonObject& params, Item* item = nullptr) {
    ArchiveCreateStage stage;
    return test::run(stage, itemPath, params, item);
}

} // namespace

class TestArchiveCreateStage : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_src;
    QMap<QString, QByteArray> m_expected;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_src = m_dir.filePath(QStringLiteral("src"));
        QVERIFY(QDir().mkpath(m_src + QStringLiteral("/sub/deeper")));
        QByteArray binary(300000, Qt::Uninitialized);
        for (int i = 0; i < binary.size(); ++i)
            binary[i] = char((i * 131 + i / 7) & 0xFF);
        QVERIFY(test::writeFile(m_src + QStringLiteral("/a.txt"), QByteArray(20000, 'a')));
        QVERIFY(test::writeFile(m_src + QStringLiteral("/empty"), {}));
        QVERIFY(test::writeFile(m_src + QStringLiteral("/sub/Grüße ☃.txt"), "unicode name\n"));
        QVERIFY(test::writeFile(m_src + QStringLiteral("/sub/deeper/data.bin"), binary));
        m_expected = files(m_src);
        QCOMPARE(m_expected.size(), 4);
    }

    void roundTripEveryFormat_data() {
        QTest::addColumn<QString>("format");
        for (const char* f : {"zip", "tar", "tar.gz", "tar.bz2", "tar.xz"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }

    void roundTripEveryFormat() {
        QFETCH(QString, format);
        QTemporaryDir out;
        const StageResult r =
            runCreate(m_src + QStringLiteral("/a.txt"),
                      {{"folder", m_src}, {"format", format}, {"output_folder", out.path()}});
        QVERIFY2(r.ok, qPrintable(r.error));
        const QString path = out.filePath(QStringLiteral("src.") + format);
        QCOMPARE(r.output.value(QStringLiteral("path")).toString(), path);
        QVERIFY(r.output.value(QStringLiteral("verified")).toBool());
        QStringList names;
        for (const QJsonValue& m : r.output.value(QStringLiteral("members")).toArray())
            names << m.toObject().value(QStringLiteral("name")).toString();
        QCOMPARE(names,
                 (QStringList{QStringLiteral("a.txt"), QStringLiteral("empty"),
                              QStringLiteral("sub/Grüße ☃.txt"), QStringLiteral("sub/deeper/data.bin")}));
        QCOMPARE(test::tree(out.path()), QStringList{QStringLiteral("src.") + format}); // no temp file left

        // Back through Sluice's own extraction…
        ArchiveExtractStage extract;
        const StageResult x = test::run(extract, path, {{"destination", out.filePath(QStringLiteral("x"))}});
        QVERIFY2(x.ok, qPrintable(x.error));
        QCOMPARE(files(out.filePath(QStringLiteral("x/src"))), m_expected);
        // …and through bsdtar, an independent reader.
        QVERIFY(QDir().mkpath(out.filePath(QStringLiteral("b"))));
        QCOMPARE(
            QProcess::execute(QStringLiteral("bsdtar"), {QStringLiteral("-xf"), path, QStringLiteral("-C"),
                                                         out.filePath(QStringLiteral("b"))}),
            0);
        QCOMPARE(files(out.filePath(QStringLiteral("b"))), m_expected);
    }

    void manifestHoldsSizesAndHashes() {
        QTemporaryDir out;
        const StageResult r = runCreate(m_src + QStringLiteral("/a.txt"), {{"folder", m_src},
                                                                           {"output_folder", out.path()},
                                                                           {"manifest", true},
                                                                           {"name", "with-manifest"}});
        QVERIFY2(r.ok, qPrintable(r.error));
        QProcess bsdtar;
        bsdtar.start(QStringLiteral("bsdtar"),
                     {QStringLiteral("-xOf"), out.filePath(QStringLiteral("with-manifest.zip")),
                      QStringLiteral("_manifest.json")});
        QVERIFY(bsdtar.waitForFinished(10000));
        const QJsonObject manifest = QJsonDocument::fromJson(bsdtar.readAllStandardOutput()).object();
        QCOMPARE(manifest.value(QStringLiteral("format")).toString(), QStringLiteral("sluice-manifest"));
        const QJsonArray members = manifest.value(QStringLiteral("members")).toArray();
        QCOMPARE(members.size(), 4);
        for (const QJsonValue& v : members) {
            const QJsonObject m = v.toObject();
            const QByteArray bytes = m_expected.value(m.value(QStringLiteral("name")).toString());
            QCOMPARE(m.value(QStringLiteral("size")).toInteger(), bytes.size());
            QCOMPARE(
                m.value(QStringLiteral("sha256")).toString(),
                QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        }
        QCOMPARE(r.output.value(QStringLiteral("members"))
                     .toArray()
                     .last()
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
                 QStringLiteral("_manifest.json"));
    }

    void itemNamedRelativeToItsWatchFolder() {
        QTemporaryDir out;
        Item item;
        ArchiveCreateStage stage;
        item = Item::fromPath(m_src + QStringLiteral("/sub/deeper/data.bin"), m_src);
        Feedback feedback;
        const StageResult r = stage.process(
            item, StageRegistry::withDefaults(stage, {{"output_folder", out.path()}, {"format", "tar"}}),
            feedback);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.output.value(QStringLiteral("members"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
                 QStringLiteral("sub/deeper/data.bin"));
        QCOMPARE(r.output.value(QStringLiteral("path")).toString(),
                 out.filePath(QStringLiteral("data.bin.tar")));
    }

    void neverOverwrites() {
        QTemporaryDir out;
        QVERIFY(test::writeFile(out.filePath(QStringLiteral("a.txt.zip")), "precious"));
        const StageResult r = runCreate(m_src + QStringLiteral("/a.txt"), {{"output_folder", out.path()}});
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.output.value(QStringLiteral("path")).toString(),
                 out.filePath(QStringLiteral("a.txt (2).zip")));
        QCOMPARE(test::contents(out.filePath(QStringLiteral("a.txt.zip"))), QByteArray("precious"));
    }

    void levelChangesSize() {
        QTemporaryDir out;
        const StageResult stored = runCreate(m_src + QStringLiteral("/a.txt"),
                                             {{"output_folder", out.path()}, {"level", 0}, {"name", "l0"}});
        const StageResult best = runCreate(m_src + QStringLiteral("/a.txt"),
                                           {{"output_folder", out.path()}, {"level", 9}, {"name", "l9"}});
        QVERIFY(stored.ok && best.ok);
        QVERIFY(stored.output.value(QStringLiteral("size")).toInteger() > 20000);
        QVERIFY(best.output.value(QStringLiteral("size")).toInteger() < 1000);
    }

    void verificationCatchesCorruption() {
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("c.zip"));
        QList<BuildMember> members{{QStringLiteral("payload.txt"), {}, QByteArray(4000, 'p'), 0, {}}};
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        Feedback feedback;
        QCOMPARE(ArchiveBuilder::writeArchive(f.handle(), ArchiveKind::Zip, 0, members, false, feedback),
                 QString());
        f.close();
        QCOMPARE(ArchiveBuilder::verifyArchive(path, members, feedback), QString());
        QByteArray bytes = test::contents(path);
        const qsizetype at = bytes.indexOf(QByteArray(100, 'p'));
        QVERIFY(at > 0);
        bytes[at + 50] = 'q'; // one byte of stored data changes: CRC and SHA-256 no longer match
        QVERIFY(test::writeFile(path, bytes));
        const QString error = ArchiveBuilder::verifyArchive(path, members, feedback);
        QVERIFY2(error.contains(QStringLiteral("\"payload.txt\"")), qPrintable(error));
        // A member missing from what was expected is caught too.
        members.append({QStringLiteral("second"), {}, QByteArray("x"), 1, {}});
        QVERIFY(!ArchiveBuilder::verifyArchive(path, members, feedback).isEmpty());
    }

    void badInputFailsCleanly() {
        QTemporaryDir out;
        StageResult r =
            runCreate(m_src + QStringLiteral("/a.txt"),
                      {{"folder", out.filePath(QStringLiteral("nope"))}, {"output_folder", out.path()}});
        QVERIFY(!r.ok);
        QVERIFY2(r.error.startsWith(QStringLiteral("folder: ")), qPrintable(r.error));
        r = runCreate(out.filePath(QStringLiteral("missing.txt")), {{"output_folder", out.path()}});
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains(QStringLiteral("missing.txt")));
        QCOMPARE(test::tree(out.path()), QStringList());
    }

    void fromAListOfItems() {
        QTemporaryDir out;
        // A file, a pattern and an absolute path inside the base folder; names stay relative to it.
        const StageResult r = runCreate(
            m_src + QStringLiteral("/a.txt"),
            {{"folder", m_src},
             {"items", QJsonArray{"a.txt", "sub/*.txt", m_src + QStringLiteral("/sub/deeper/data.bin")}},
             {"format", "tar.gz"},
             {"output_folder", out.path()},
             {"name", "picked"}});
        QVERIFY2(r.ok, qPrintable(r.error));
        QStringList names;
        for (const QJsonValue& m : r.output.value(QStringLiteral("members")).toArray())
            names << m.toObject().value(QStringLiteral("name")).toString();
        QCOMPARE(names, (QStringList{QStringLiteral("a.txt"), QStringLiteral("sub/Grüße ☃.txt"),
                                     QStringLiteral("sub/deeper/data.bin")}));
        ArchiveExtractStage extract;
        const StageResult x = test::run(extract, r.output.value(QStringLiteral("path")).toString(),
                                        {{"destination", out.filePath(QStringLiteral("x"))}});
        QVERIFY2(x.ok, qPrintable(x.error));
        QMap<QString, QByteArray> expected = m_expected;
        expected.remove(QStringLiteral("empty"));
        QCOMPARE(files(out.filePath(QStringLiteral("x/picked"))), expected);

        // A folder takes everything below it; "sub/*" takes the files of its sub-folders too. Without the
        // folder parameter the base is the item's folder.
        QStringList rel;
        QCOMPARE(ArchiveCreateStage::selectItems(QDir(m_src), {QStringLiteral("sub")}, &rel), QString());
        QCOMPARE(rel,
                 (QStringList{QStringLiteral("sub/Grüße ☃.txt"), QStringLiteral("sub/deeper/data.bin")}));
        QCOMPARE(ArchiveCreateStage::selectItems(QDir(m_src), {QStringLiteral("sub/*"), QStringLiteral("e*")},
                                                 &rel),
                 QString());
        QCOMPARE(rel, (QStringList{QStringLiteral("empty"), QStringLiteral("sub/Grüße ☃.txt"),
                                   QStringLiteral("sub/deeper/data.bin")}));
        const StageResult own = runCreate(m_src + QStringLiteral("/sub/deeper/data.bin"),
                                          {{"items", QJsonArray{"*.bin"}}, {"output_folder", out.path()}});
        QVERIFY2(own.ok, qPrintable(own.error));
        QCOMPARE(own.output.value(QStringLiteral("path")).toString(),
                 out.filePath(QStringLiteral("deeper.zip")));
    }

    void listedItemsOutsideTheBaseRefused() {
        QTemporaryDir out;
        const QStringList bad{QStringLiteral("../src/a.txt"), QStringLiteral("sub/../../x"),
                              out.filePath(QStringLiteral("elsewhere.txt")), QStringLiteral("nothing/*.pdf"),
                              QStringLiteral("missing.txt")};
        const QStringList reason{QStringLiteral("outside"), QStringLiteral("outside"),
                                 QStringLiteral("outside"), QStringLiteral("matches no file"),
                                 QStringLiteral("does not exist")};
        for (int i = 0; i < bad.size(); ++i) {
            const StageResult r = runCreate(
                m_src + QStringLiteral("/a.txt"),
                {{"folder", m_src}, {"items", QJsonArray{bad.at(i)}}, {"output_folder", out.path()}});
            QVERIFY(!r.ok);
            QVERIFY2(r.error.startsWith(QStringLiteral("items: ")) && r.error.contains(reason.at(i)),
                     qPrintable(r.error));
        }
        QCOMPARE(test::tree(out.path()), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestArchiveCreateStage)
#include "test_archive_create_stage.moc"
