// The s3_upload stage against real servers on loopback that the test starts itself:
// - s3rver (npm, pinned in tests/s3/package-lock.json), an S3-compatible server keeping objects in a folder:
//   upload, metadata, multipart (20 MiB in 8 MiB parts), verification, delete-after-upload, a server killed
//   mid-upload (transient failure, file kept) and restarted (the multipart upload resumes and completes);
// - sigv4-verifier.js, which recomputes every SigV4 signature (checked here against AWS's worked example):
//   keys with spaces, '+' and non-ASCII characters, a multipart upload, a wrong secret refused (permanent,
//   file kept), and no secret in any result, error or feedback line.
// Skips (QSKIP, naming what is missing) only when node or s3rver is not installed.

#include "loopback_server.h"
#include "pipeline/stage_registry.h"
#include "s3/http_transport.h"
#include "s3/s3_client.h"
#include "s3/s3_credentials.h"
#include "stages/s3_upload_stage.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <curl/curl.h>
#include <functional>

using namespace sluice;

namespace {

constexpr qint64 kMiB = 1024 * 1024;
const QString kBucket = QStringLiteral("sluice-test");

QByteArray patternBytes(qint64 size, int seed) {
    QByteArray bytes(size, Qt::Uninitialized);
    quint32 x = 2463534242u + static_cast<quint32>(seed);
    for (qint64 i = 0; i < size; ++i) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        bytes[i] = static_cast<char>(x & 0xFF);
    }
    return bytes;
}

bool writeFile(const QString& path, const QByteArray& bytes) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray readFile(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray md5Hex(const QByteArray& bytes) {
    return QCryptographicHash::hash(bytes, QCryptographicHash::Md5).toHex();
}

/// Feedback that records every line and can act on progress (kill a server mid-upload).
class RecordingFeedback : public Feedback {
public:
    void info(const QString& message) override { lines << message; }
    void setProgress(double percent) override {
        Feedback::setProgress(percent);
        if (onProgress)
            onProgress(percent);
    }
    QStringList lines;
    std::function<void(double)> onProgress;
};

} // namespace

class TestS3Upload : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void uploadWithMetadataAndContentType();
    void replayUploadsNothing();
    void multipartUpload();
    void deleteAfterVerifiedUpload();
    void serverKilledMidUploadThenResumed();
    void missingBucketIsPermanent();
    void connectionRefusedIsTransient();
    void missingCredentialsArePermanent();
    void verifierMatchesAwsExample();
    void awkwardKeysSignCorrectly();
    void multipartThroughVerifier();
    void slowDownIsTransient();
    void canceledUploadResumesWithListParts();
    void libcurlSignerIsRefused();
    void wrongSecretRefusedFileKept();
    void noSecretInResultsOrMessages();

private:
    StageResult runStage(const QString& path, QJsonObject params, RecordingFeedback* feedback = nullptr,
                         const QString& watchRoot = {});
    QJsonObject s3rverParams() const;
    QJsonObject verifierParams(const QString& profile) const;
    /// The bytes s3rver stored for `key` (its folder layout: <dir>/<bucket>/<key>._S3rver_object).
    QByteArray storedObject(const QString& key) const;
    QJsonObject storedMetadata(const QString& key) const;
    bool startS3rver(int port);
    QJsonArray verifierObjects() const;

    QTemporaryDir m_dir;
    QString m_s3rverDir;
    QString m_stateDir;
    QString m_credentialsFile;
    test::LoopbackServer m_s3rver;
    test::LoopbackServer m_verifier;
    int m_s3rverPort = 0;
};

void TestS3Upload::initTestCase() {
    const QString missing = test::serversUnavailable();
    if (!missing.isEmpty())
        QSKIP(qPrintable(QStringLiteral("S3 servers cannot run: ") + missing));
    QVERIFY(m_dir.isValid());
    m_s3rverDir = m_dir.filePath(QStringLiteral("s3rver"));
    m_stateDir = m_dir.filePath(QStringLiteral("state"));
    QVERIFY(startS3rver(0));
    m_s3rverPort = m_s3rver.port();

    // The verifier's credentials (AWS's documentation example) and a profile with a wrong secret.
    m_credentialsFile = m_dir.filePath(QStringLiteral("aws-credentials"));
    QVERIFY(writeFile(m_credentialsFile,
                      "[verifier]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\n"
                      "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n"
                      "[wrong]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\n"
                      "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/WRONGSECRETEXAMPLEKEY\n"
                      "[token]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\n"
                      "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n"
                      "aws_session_token = IQoJb3JpZ2luX2VjEXAMPLESESSIONTOKEN/+=\n"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("VERIFIER_ACCESS_KEY"), QStringLiteral("AKIAIOSFODNN7EXAMPLE"));
    env.insert(QStringLiteral("VERIFIER_SECRET"), QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"));
    QString error;
    QVERIFY2(m_verifier.start(QStringLiteral("sigv4-verifier.js"), {}, env, &error) > 0, qPrintable(error));

    // s3rver's credentials through the environment (its access key id is checked, its signature not).
    qputenv("AWS_ACCESS_KEY_ID", "S3RVER");
    qputenv("AWS_SECRET_ACCESS_KEY", "S3RVER");
    qunsetenv("AWS_SESSION_TOKEN");
    qunsetenv("AWS_PROFILE");
    qputenv("AWS_SHARED_CREDENTIALS_FILE", m_credentialsFile.toUtf8());
}

void TestS3Upload::cleanupTestCase() {
    m_s3rver.stop();
    m_verifier.stop();
}

bool TestS3Upload::startS3rver(int port) {
    QString error;
    const bool ok = m_s3rver.start(QStringLiteral("s3rver-serve.js"),
                                   {QStringLiteral("--dir"), m_s3rverDir, QStringLiteral("--port"),
                                    QString::number(port), QStringLiteral("--bucket"), kBucket},
                                   {}, &error) > 0;
    if (!ok)
        qWarning("%s", qPrintable(error));
    return ok;
}

StageResult TestS3Upload::runStage(const QString& path, QJsonObject params, RecordingFeedback* feedback,
                                   const QString& watchRoot) {
    S3UploadStage stage;
    Item item = Item::fromPath(path, watchRoot);
    RecordingFeedback local;
    return stage.process(item, StageRegistry::withDefaults(stage, params), feedback ? *feedback : local);
}

QJsonObject TestS3Upload::s3rverParams() const {
    return QJsonObject{{"endpoint", m_s3rver.endpoint()},
                       {"bucket", kBucket},
                       {"state_dir", m_stateDir},
                       {"multipart_threshold", 16 * kMiB},
                       {"stall_timeout", 10}};
}

QJsonObject TestS3Upload::verifierParams(const QString& profile) const {
    return QJsonObject{{"endpoint", m_verifier.endpoint()},
                       {"bucket", "verified-bucket"},
                       {"state_dir", m_stateDir},
                       {"profile", profile},
                       {"credentials_file", m_credentialsFile},
                       {"multipart_threshold", 16 * kMiB},
                       {"stall_timeout", 10}};
}

QByteArray TestS3Upload::storedObject(const QString& key) const {
    return readFile(m_s3rverDir + QLatin1Char('/') + kBucket + QLatin1Char('/') + key +
                    QStringLiteral("._S3rver_object"));
}

QJsonObject TestS3Upload::storedMetadata(const QString& key) const {
    return QJsonDocument::fromJson(readFile(m_s3rverDir + QLatin1Char('/') + kBucket + QLatin1Char('/') +
                                            key + QStringLiteral("._S3rver_metadata.json")))
        .object();
}

QJsonArray TestS3Upload::verifierObjects() const {
    HttpRequest request;
    request.method = "GET";
    request.url = m_verifier.endpoint().toLatin1() + "/__objects";
    const HttpResponse r = performHttp(request);
    return QJsonDocument::fromJson(r.body).array();
}

void TestS3Upload::uploadWithMetadataAndContentType() {
    const QString source = QStringLiteral(SLUICE_TEST_DATA) + QStringLiteral("/pdf/issue-598-example.pdf");
    QJsonObject params = s3rverParams();
    params.insert("prefix", "docs/2024");
    params.insert("metadata", QJsonObject{{"origin", "sluice test"}, {"batch-id", "42"}});
    const StageResult r = runStage(source, params);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.output.value("bucket").toString(), kBucket);
    QCOMPARE(r.output.value("key").toString(), QStringLiteral("docs/2024/issue-598-example.pdf"));
    QCOMPARE(r.output.value("etag").toString(), QStringLiteral("483448ac9baed1360ebd458d2a8ef448")); // md5sum
    QCOMPARE(r.output.value("verified").toBool(), true);
    QCOMPARE(r.output.value("verification").toString(), QStringLiteral("etag-md5+size"));
    QCOMPARE(r.output.value("parts").toInt(), 1);
    QCOMPARE(r.output.value("bytes").toInteger(), 504551);
    QCOMPARE(r.output.value("content_type").toString(), QStringLiteral("application/pdf"));
    QCOMPARE(r.output.value("url").toString(),
             m_s3rver.endpoint() + QStringLiteral("/sluice-test/docs/2024/issue-598-example.pdf"));
    QCOMPARE(r.output.value("deleted").toBool(), false);
    // What the server holds, read from its folder, not through our client.
    QCOMPARE(storedObject(QStringLiteral("docs/2024/issue-598-example.pdf")), readFile(source));
    const QJsonObject meta = storedMetadata(QStringLiteral("docs/2024/issue-598-example.pdf"));
    QCOMPARE(meta.value("content-type").toString(), QStringLiteral("application/pdf"));
    QCOMPARE(meta.value("x-amz-meta-origin").toString(), QStringLiteral("sluice test"));
    QCOMPARE(meta.value("x-amz-meta-batch-id").toString(), QStringLiteral("42"));
    QVERIFY(QFile::exists(source));
}

void TestS3Upload::replayUploadsNothing() {
    // A replay after a crash (the journal re-running the node) finds the identical object and sends nothing.
    const QString path = m_dir.filePath(QStringLiteral("replay/notes.txt"));
    QVERIFY(writeFile(path, "the same bytes twice\n"));
    const StageResult first = runStage(path, s3rverParams());
    QVERIFY2(first.ok, qPrintable(first.error));
    QCOMPARE(first.output.value("already_present").toBool(), false);
    const StageResult second = runStage(path, s3rverParams());
    QVERIFY2(second.ok, qPrintable(second.error));
    QCOMPARE(second.output.value("already_present").toBool(), true);
    QCOMPARE(second.output.value("verified").toBool(), true);
    QCOMPARE(second.output.value("content_type").toString(), QStringLiteral("text/plain"));
    // Changed content is uploaded again.
    QVERIFY(writeFile(path, "different bytes now\n"));
    const StageResult third = runStage(path, s3rverParams());
    QVERIFY2(third.ok, qPrintable(third.error));
    QCOMPARE(third.output.value("already_present").toBool(), false);
    QCOMPARE(storedObject(QStringLiteral("notes.txt")), QByteArray("different bytes now\n"));
}

void TestS3Upload::multipartUpload() {
    const QString path = m_dir.filePath(QStringLiteral("big/twenty.bin"));
    const QByteArray bytes = patternBytes(20 * kMiB, 1);
    QVERIFY(writeFile(path, bytes));
    QJsonObject params = s3rverParams();
    params.insert("part_size", 8 * kMiB);
    params.insert("prefix", "big");
    RecordingFeedback feedback;
    const StageResult r = runStage(path, params, &feedback);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.output.value("parts").toInt(), 3); // 8 + 8 + 4 MiB
    QCOMPARE(r.output.value("parts_resumed").toInt(), 0);
    QCOMPARE(r.output.value("bytes").toInteger(), 20 * kMiB);
    QCOMPARE(r.output.value("verified").toBool(), true);
    // s3rver gives a multipart object the MD5 of its bytes (AWS: MD5 of the part MD5s + "-3").
    QCOMPARE(r.output.value("etag").toString(), QString::fromLatin1(md5Hex(bytes)));
    QCOMPARE(r.output.value("sha256").toString(),
             QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(feedback.progress(), 100.0);
    QCOMPARE(storedObject(QStringLiteral("big/twenty.bin")), bytes);
    QVERIFY(QDir(m_stateDir).entryList(QDir::Files).isEmpty()); // state removed once complete
}

void TestS3Upload::deleteAfterVerifiedUpload() {
    const QString root = m_dir.filePath(QStringLiteral("watch"));
    const QString path = root + QStringLiteral("/sub dir/report.csv");
    const QByteArray bytes = "a,b\n1,2\n";
    QVERIFY(writeFile(path, bytes));
    QJsonObject params = s3rverParams();
    params.insert("delete_after_upload", true);
    params.insert("key_from", "relative_path");
    const StageResult r = runStage(path, params, nullptr, root);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.output.value("key").toString(), QStringLiteral("sub dir/report.csv"));
    QCOMPARE(r.output.value("verified").toBool(), true);
    QCOMPARE(r.output.value("deleted").toBool(), true);
    QVERIFY(!QFile::exists(path));
    QCOMPARE(storedObject(QStringLiteral("sub dir/report.csv")), bytes);
}

void TestS3Upload::serverKilledMidUploadThenResumed() {
    const QString path = m_dir.filePath(QStringLiteral("crash/resumable.bin"));
    const QByteArray bytes = patternBytes(20 * kMiB, 2);
    QVERIFY(writeFile(path, bytes));
    QJsonObject params = s3rverParams();
    params.insert("part_size", 8 * kMiB);
    params.insert("delete_after_upload", true);
    // Progress: hashing 0–50 %, then parts 1, 2, 3 end at 70, 90, 100 %. Past 75 % part 1 is confirmed and
    // part 2 is on the wire: kill the server (SIGKILL, like a crash or a pulled cable).
    RecordingFeedback feedback;
    bool killed = false;
    feedback.onProgress = [&](double percent) {
        if (!killed && percent > 75.0) {
            killed = true;
            m_s3rver.killNow();
        }
    };
    const StageResult failed = runStage(path, params, &feedback);
    QVERIFY(killed);
    QVERIFY(!failed.ok);
    QVERIFY2(failed.transient, qPrintable(failed.error));
    QVERIFY2(failed.error.contains(QStringLiteral(" of 3 to ")), qPrintable(failed.error));
    QVERIFY(QFile::exists(path));
    QCOMPARE(readFile(path), bytes);
    const QStringList states = QDir(m_stateDir).entryList(QDir::Files);
    QCOMPARE(states.size(), 1);
    // The parts the server confirmed before it died (normally 1: the kill lands while part 2 is sent).
    const int confirmed = QJsonDocument::fromJson(readFile(m_stateDir + QLatin1Char('/') + states.first()))
                              .object()
                              .value("parts")
                              .toObject()
                              .size();
    QVERIFY2(confirmed >= 1 && confirmed <= 2, qPrintable(QString::number(confirmed)));
    m_s3rver.stop();

    // Down: a retry fails transient again and still keeps the file.
    const StageResult down = runStage(path, params);
    QVERIFY(!down.ok && down.transient);
    QVERIFY(QFile::exists(path));

    // Back on the same port and folder: the upload resumes after part 1 and completes.
    QVERIFY(startS3rver(m_s3rverPort));
    RecordingFeedback resumedFeedback;
    const StageResult resumed = runStage(path, params, &resumedFeedback);
    QVERIFY2(resumed.ok, qPrintable(resumed.error));
    QCOMPARE(resumed.output.value("parts").toInt(), 3);
    QCOMPARE(resumed.output.value("parts_resumed").toInt(), confirmed);
    QCOMPARE(resumed.output.value("verified").toBool(), true);
    QCOMPARE(resumed.output.value("deleted").toBool(), true);
    QVERIFY(resumedFeedback.lines.join('\n').contains(QStringLiteral("%1 of 3 parts").arg(confirmed)));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(storedObject(QStringLiteral("resumable.bin")), bytes);
    QVERIFY(QDir(m_stateDir).entryList(QDir::Files).isEmpty());
}

void TestS3Upload::missingBucketIsPermanent() {
    const QString path = m_dir.filePath(QStringLiteral("nobucket.txt"));
    QVERIFY(writeFile(path, "x"));
    QJsonObject params = s3rverParams();
    params.insert("bucket", "no-such-bucket");
    params.insert("delete_after_upload", true);
    const StageResult r = runStage(path, params);
    QVERIFY(!r.ok);
    QVERIFY(!r.transient);
    QVERIFY2(r.error.contains(QStringLiteral("NoSuchBucket")), qPrintable(r.error));
    QVERIFY(QFile::exists(path));
}

void TestS3Upload::connectionRefusedIsTransient() {
    // The port of a server that has just stopped: nothing listens there.
    test::LoopbackServer gone;
    const int port = gone.start(QStringLiteral("sigv4-verifier.js"), {});
    QVERIFY(port > 0);
    gone.stop();
    const QString path = m_dir.filePath(QStringLiteral("refused.txt"));
    QVERIFY(writeFile(path, "x"));
    QJsonObject params = s3rverParams();
    params.insert("endpoint", QStringLiteral("http://127.0.0.1:%1").arg(port));
    params.insert("delete_after_upload", true);
    const StageResult r = runStage(path, params);
    QVERIFY(!r.ok);
    QVERIFY2(r.transient, qPrintable(r.error));
    QVERIFY(QFile::exists(path));
}

void TestS3Upload::missingCredentialsArePermanent() {
    const QString path = m_dir.filePath(QStringLiteral("nocreds.txt"));
    QVERIFY(writeFile(path, "x"));
    QJsonObject params = s3rverParams();
    params.insert("profile", "absent");
    params.insert("credentials_file", m_credentialsFile);
    const StageResult r = runStage(path, params);
    QVERIFY(!r.ok);
    QVERIFY(!r.transient);
    QVERIFY2(r.error.contains(QStringLiteral("[absent]")) && r.error.contains(m_credentialsFile),
             qPrintable(r.error));
}

void TestS3Upload::verifierMatchesAwsExample() {
    // The verifier's own algorithm on AWS's documented example…
    QProcess selfTest;
    selfTest.start(QStandardPaths::findExecutable(QStringLiteral("node")),
                   {test::s3TestDir() + QStringLiteral("/sigv4-verifier.js"), QStringLiteral("--self-test")});
    QVERIFY(selfTest.waitForFinished(10000));
    QCOMPARE(selfTest.readAllStandardOutput().trimmed(),
             QByteArray("f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41"));

    // …and over HTTP: a verifier whose clock reads 2013-05-24 accepts the documented request (404: signature
    // fine, no such object) and refuses it with one hex digit of the signature changed.
    test::LoopbackServer dated;
    QString error;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    QVERIFY2(dated.start(QStringLiteral("sigv4-verifier.js"),
                         {QStringLiteral("--now"), QStringLiteral("20130524T000000Z")}, env, &error) > 0,
             qPrintable(error));
    auto send = [&](const QByteArray& signature) {
        HttpRequest request;
        request.method = "GET";
        request.url = dated.endpoint().toLatin1() + "/test.txt";
        request.headers = {
            {"Host", "examplebucket.s3.amazonaws.com"},
            {"Range", "bytes=0-9"},
            {"x-amz-content-sha256", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
            {"x-amz-date", "20130524T000000Z"},
            {"Authorization",
             "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request,"
             "SignedHeaders=host;range;x-amz-content-sha256;x-amz-date,Signature=" +
                 signature}};
        return performHttp(request);
    };
    const HttpResponse good = send("f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41");
    QCOMPARE(good.status, 404L);
    QVERIFY(good.body.contains("<Code>NoSuchKey</Code>"));
    const HttpResponse bad = send("f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb42");
    QCOMPARE(bad.status, 403L);
    QVERIFY(bad.body.contains("<Code>SignatureDoesNotMatch</Code>"));
}

void TestS3Upload::awkwardKeysSignCorrectly() {
    const QString root = m_dir.filePath(QStringLiteral("awkward"));
    const QStringList names{QStringLiteral("Résumé 2024+final.pdf"), QStringLiteral("with  two spaces.txt"),
                            QStringLiteral("a+b=c&d;e,f@g$h.txt"), QStringLiteral("日本語/ファイル (1).txt"),
                            QStringLiteral("tilde~and%percent.txt")};
    for (int i = 0; i < names.size(); ++i) {
        const QString path = root + QLatin1Char('/') + names[i];
        QVERIFY(writeFile(path, "content " + QByteArray::number(i)));
        QJsonObject params = verifierParams(QStringLiteral("verifier"));
        params.insert("key_from", "relative_path");
        params.insert("prefix", "in box");
        const StageResult r = runStage(path, params, nullptr, root);
        QVERIFY2(r.ok, qPrintable(names[i] + QStringLiteral(": ") + r.error));
        QCOMPARE(r.output.value("key").toString(), QStringLiteral("in box/") + names[i]);
        QCOMPARE(r.output.value("verified").toBool(), true);
    }
    // The verifier stored each under the decoded key it recomputed the signature from.
    QStringList stored;
    for (const QJsonValue& v : verifierObjects())
        stored << v.toObject().value("path").toString();
    for (const QString& name : names)
        QVERIFY2(stored.contains(QStringLiteral("/verified-bucket/in box/") + name),
                 qPrintable(stored.join('|')));
}

void TestS3Upload::multipartThroughVerifier() {
    // Every multipart request (POST ?uploads, PUT ?partNumber&uploadId, POST ?uploadId) signed and checked;
    // the verifier computes the AWS multipart ETag itself.
    const QString path = m_dir.filePath(QStringLiteral("verifier/Grand + Total é.bin"));
    const QByteArray bytes = patternBytes(17 * kMiB, 3);
    QVERIFY(writeFile(path, bytes));
    QJsonObject params = verifierParams(QStringLiteral("verifier"));
    params.insert("part_size", 8 * kMiB);
    params.insert("sse", "AES256");
    const StageResult r = runStage(path, params);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.output.value("parts").toInt(), 3);
    QCOMPARE(r.output.value("verification").toString(), QStringLiteral("etag-multipart+size"));
    QList<QByteArray> partMd5s;
    for (qint64 off = 0; off < bytes.size(); off += 8 * kMiB)
        partMd5s << QCryptographicHash::hash(bytes.mid(off, 8 * kMiB), QCryptographicHash::Md5);
    QCOMPARE(r.output.value("etag").toString(),
             QString::fromLatin1(QCryptographicHash::hash(partMd5s.join(), QCryptographicHash::Md5).toHex()) +
                 QStringLiteral("-3"));
    // Headers given at CreateMultipartUpload reached the object (HEAD, signed and checked as well).
    const auto credentials = loadS3Credentials({QStringLiteral("verifier"), m_credentialsFile}, nullptr);
    QVERIFY(credentials);
    S3Client client({m_verifier.endpoint(), QStringLiteral("us-east-1"), QStringLiteral("verified-bucket")},
                    *credentials);
    bool exists = false;
    S3ObjectInfo info;
    S3Error error;
    QVERIFY2(client.headObject(QStringLiteral("Grand + Total é.bin"), &exists, &info, &error),
             qPrintable(error.describe()));
    QVERIFY(exists);
    QCOMPARE(info.size, 17 * kMiB);
    QCOMPARE(info.serverSideEncryption, QStringLiteral("AES256"));
    QCOMPARE(info.contentType, QStringLiteral("application/octet-stream"));
}

void TestS3Upload::slowDownIsTransient() {
    // The verifier answers 503 SlowDown for keys containing "__slowdown__" (S3's throttling answer).
    const QString path = m_dir.filePath(QStringLiteral("verifier/__slowdown__.txt"));
    QVERIFY(writeFile(path, "later"));
    QJsonObject params = verifierParams(QStringLiteral("verifier"));
    params.insert("delete_after_upload", true);
    const StageResult r = runStage(path, params);
    QVERIFY(!r.ok);
    QVERIFY2(r.transient, qPrintable(r.error));
    QVERIFY2(r.error.contains(QStringLiteral("503 SlowDown")), qPrintable(r.error));
    QVERIFY(QFile::exists(path));
}

void TestS3Upload::canceledUploadResumesWithListParts() {
    // Canceled while part 2 is on the wire: the state is kept; the next run asks the verifier (which has
    // ListParts) what it holds and sends only parts 2 and 3.
    const QString path = m_dir.filePath(QStringLiteral("verifier/cancel me.bin"));
    const QByteArray bytes = patternBytes(17 * kMiB, 5);
    QVERIFY(writeFile(path, bytes));
    QJsonObject params = verifierParams(QStringLiteral("verifier"));
    params.insert("part_size", 8 * kMiB);
    RecordingFeedback feedback;
    feedback.onProgress = [&feedback](double percent) {
        if (percent > 75.0)
            feedback.cancel();
    };
    const StageResult canceled = runStage(path, params, &feedback);
    QVERIFY(!canceled.ok);
    QVERIFY(!canceled.transient);
    QCOMPARE(canceled.error, QStringLiteral("canceled"));
    QCOMPARE(QDir(m_stateDir).entryList(QDir::Files).size(), 1);
    RecordingFeedback again;
    const StageResult resumed = runStage(path, params, &again);
    QVERIFY2(resumed.ok, qPrintable(resumed.error));
    QCOMPARE(resumed.output.value("parts_resumed").toInt(), 1);
    QCOMPARE(resumed.output.value("verification").toString(), QStringLiteral("etag-multipart+size"));
    QVERIFY(QDir(m_stateDir).entryList(QDir::Files).isEmpty());
    bool found = false;
    for (const QJsonValue& v : verifierObjects())
        found = found ||
                (v.toObject().value("path").toString() == QStringLiteral("/verified-bucket/cancel me.bin") &&
                 v.toObject().value("size").toInteger() == 17 * kMiB);
    QVERIFY(found);
}

void TestS3Upload::libcurlSignerIsRefused() {
    // Why Sluice signs itself: libcurl 7.88's CURLOPT_AWS_SIGV4 signs the query parameters in the order
    // given, which the verifier (like S3) refuses; the same request from our client is accepted (404: the
    // upload id does not exist, but the signature matched).
    CURL* curl = curl_easy_init();
    QVERIFY(curl);
    const QByteArray url =
        m_verifier.endpoint().toLatin1() + "/verified-bucket/x.bin?uploadId=abc&partNumber=1";
    curl_slist* headers = curl_slist_append(
        nullptr, "x-amz-content-sha256: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    QByteArray body;
    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_AWS_SIGV4, "aws:amz:us-east-1:s3");
    curl_easy_setopt(curl, CURLOPT_USERPWD, "AKIAIOSFODNN7EXAMPLE:wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(
        curl, CURLOPT_WRITEFUNCTION, +[](char* d, size_t s, size_t n, void* u) {
            static_cast<QByteArray*>(u)->append(d, static_cast<qsizetype>(s * n));
            return s * n;
        });
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &body);
    QCOMPARE(curl_easy_perform(curl), CURLE_OK); // "success", though the answer is a 403
    long status = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    curl_slist_free_all(headers);
    curl_easy_cleanup(curl);
    QCOMPARE(status, 403L);
    QVERIFY2(body.contains("<Code>SignatureDoesNotMatch</Code>"), body.constData());

    const auto credentials = loadS3Credentials({QStringLiteral("verifier"), m_credentialsFile}, nullptr);
    QVERIFY(credentials);
    S3Client client({m_verifier.endpoint(), QStringLiteral("us-east-1"), QStringLiteral("verified-bucket")},
                    *credentials);
    QList<S3Part> parts;
    S3Error error;
    QVERIFY(!client.listParts(QStringLiteral("x.bin"), QStringLiteral("abc"), &parts, &error));
    QCOMPARE(error.httpStatus, 404L);
    QCOMPARE(error.code, QStringLiteral("NoSuchUpload"));
}

void TestS3Upload::wrongSecretRefusedFileKept() {
    const QString path = m_dir.filePath(QStringLiteral("wrong/Résumé 2024+final.pdf"));
    QVERIFY(writeFile(path, "keep me"));
    QJsonObject params = verifierParams(QStringLiteral("wrong"));
    params.insert("delete_after_upload", true);
    RecordingFeedback feedback;
    const StageResult r = runStage(path, params, &feedback);
    QVERIFY(!r.ok);
    QVERIFY(!r.transient);
    QVERIFY2(r.error.contains(QStringLiteral("403 SignatureDoesNotMatch")), qPrintable(r.error));
    QCOMPARE(readFile(path), QByteArray("keep me"));
    // Multipart too: refused at the start, file kept, nothing left in the state folder.
    const QString big = m_dir.filePath(QStringLiteral("wrong/big.bin"));
    QVERIFY(writeFile(big, patternBytes(17 * kMiB, 4)));
    const StageResult rb = runStage(big, params, &feedback);
    QVERIFY(!rb.ok && !rb.transient);
    QVERIFY(QFile::exists(big));
}

void TestS3Upload::noSecretInResultsOrMessages() {
    const QByteArray secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    const QByteArray wrongSecret = "wJalrXUtnFEMI/K7MDENG/WRONGSECRETEXAMPLEKEY";
    const QByteArray token = "IQoJb3JpZ2luX2VjEXAMPLESESSIONTOKEN/+=";
    const QString path = m_dir.filePath(QStringLiteral("secret/plain.txt"));
    QVERIFY(writeFile(path, "hello"));
    QByteArray everything;
    for (const QString& profile :
         {QStringLiteral("token"), QStringLiteral("wrong"), QStringLiteral("verifier")}) {
        RecordingFeedback feedback;
        const StageResult r = runStage(path, verifierParams(profile), &feedback);
        if (profile != QLatin1String("wrong"))
            QVERIFY2(r.ok, qPrintable(r.error));
        everything +=
            QJsonDocument(r.output).toJson() + r.error.toUtf8() + feedback.lines.join('\n').toUtf8();
    }
    // A failed signature's error names the key id only shortened.
    QVERIFY(!everything.isEmpty());
    QVERIFY(!everything.contains(secret));
    QVERIFY(!everything.contains(wrongSecret));
    QVERIFY(!everything.contains(token));
    QVERIFY(!everything.contains(QUrl::toPercentEncoding(QString::fromLatin1(token))));
    QVERIFY(!everything.contains("AKIAIOSFODNN7EXAMPLE"));
    // The schema the GUI and `stages` show has no parameter that holds a secret.
    S3UploadStage stage;
    for (const ParamSpec& p : stage.parameters())
        QVERIFY2(!p.name.contains(QStringLiteral("secret")) && !p.name.contains(QStringLiteral("token")),
                 qPrintable(p.name));
}

QTEST_GUILESS_MAIN(TestS3Upload)
#include "test_s3_upload.moc"
