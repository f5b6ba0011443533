// SigV4 signing against the worked examples of AWS's documentation
// (https://docs.aws.amazon.com/AmazonS3/latest/API/sig-v4-header-based-auth.html: GET Object with a Range,
// PUT Object, GET Bucket Lifecycle, GET Bucket list with query parameters; access key AKIAIOSFODNN7EXAMPLE,
// 20130524, bucket examplebucket), plus key encoding, query sorting, session tokens, S3 error parsing and
// classification, credential loading, redaction, object keys and the multipart ETag. No network.

#include "pipeline/stage_registry.h"
#include "s3/file_digests.h"
#include "s3/http_transport.h"
#include "s3/object_key.h"
#include "s3/s3_credentials.h"
#include "s3/s3_error.h"
#include "s3/secret_redactor.h"
#include "s3/sigv4.h"
#include "stages/builtin_stages.h"
#include "stages/s3_upload_stage.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <curl/curl.h>

using namespace sluice;

namespace {

const QByteArray kAccessKey = "AKIAIOSFODNN7EXAMPLE";
const QByteArray kSecret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
const QByteArray kEmptyHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
const QDateTime kExampleTime(QDate(2013, 5, 24), QTime(0, 0), Qt::UTC);

SigV4Request exampleGet(const QList<BytePair>& query, const QList<BytePair>& extraHeaders) {
    SigV4Request r;
    r.method = "GET";
    r.canonicalUri = "/";
    r.query = query;
    r.headers = {{"Host", "examplebucket.s3.amazonaws.com"}};
    r.headers += extraHeaders;
    r.payloadHash = kEmptyHash;
    return r;
}

} // namespace

class TestSigV4 : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void awsExampleGetObjectWithRange();
    void awsExamplePutObject();
    void awsExampleQueryParameters();
    void keyEncoding();
    void querySortedAndEncoded();
    void sessionTokenIsSigned();
    void unsignedPayload();
    void s3ErrorXml();
    void classification();
    void credentialsFromEnvironmentAndFile();
    void redactor();
    void objectKeys();
    void multipartEtag();
    void stageDeclaration();
};

void TestSigV4::awsExampleGetObjectWithRange() {
    SigV4Request r;
    r.method = "GET";
    r.canonicalUri = sigv4::uriEncode("/test.txt", true);
    r.headers = {{"Host", "examplebucket.s3.amazonaws.com"}, {"Range", "bytes=0-9"}};
    r.payloadHash = kEmptyHash;
    SigV4Signer signer(kAccessKey, kSecret, {}, "us-east-1");
    const SigV4Signature s = signer.prepare(r, kExampleTime);
    // The canonical request and signature printed in the documentation.
    QCOMPARE(s.canonicalRequest, QByteArray("GET\n/test.txt\n\nhost:examplebucket.s3.amazonaws.com\n"
                                            "range:bytes=0-9\nx-amz-content-sha256:" +
                                            kEmptyHash +
                                            "\nx-amz-date:20130524T000000Z\n\n"
                                            "host;range;x-amz-content-sha256;x-amz-date\n" +
                                            kEmptyHash));
    QCOMPARE(s.stringToSign,
             QByteArray("AWS4-HMAC-SHA256\n20130524T000000Z\n20130524/us-east-1/s3/aws4_request\n"
                        "7344ae5b7ee6c3e7e6b0fe0640412a37625d1fbfff95c48bbb2dc43964946972"));
    QCOMPARE(s.signature, QByteArray("f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41"));
    QCOMPARE(
        s.authorization,
        QByteArray("AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, "
                   "SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, "
                   "Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41"));
}

void TestSigV4::awsExamplePutObject() {
    // PUT /test$file.text with "Welcome to Amazon S3." — `$` must become %24 in the canonical URI.
    const QByteArray body = "Welcome to Amazon S3.";
    SigV4Request r;
    r.method = "PUT";
    r.canonicalUri = sigv4::uriEncode("/test$file.text", true);
    QCOMPARE(r.canonicalUri, QByteArray("/test%24file.text"));
    r.headers = {{"Host", "examplebucket.s3.amazonaws.com"},
                 {"Date", "Fri, 24 May 2013 00:00:00 GMT"},
                 {"x-amz-storage-class", "REDUCED_REDUNDANCY"}};
    r.payloadHash = sigv4::sha256Hex(body);
    QCOMPARE(r.payloadHash, QByteArray("44ce7dd67c959e0d3524ffac1771dfbba87d2b6b4b4e99e42034a8b803f8b072"));
    const SigV4Signature s = SigV4Signer(kAccessKey, kSecret, {}, "us-east-1").prepare(r, kExampleTime);
    QCOMPARE(s.signedHeaders, QByteArray("date;host;x-amz-content-sha256;x-amz-date;x-amz-storage-class"));
    QCOMPARE(s.signature, QByteArray("98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd"));
}

void TestSigV4::awsExampleQueryParameters() {
    // GET /?lifecycle (a valueless parameter keeps "=") and GET /?max-keys=2&prefix=J given unsorted.
    SigV4Request lifecycle = exampleGet({{"lifecycle", {}}}, {});
    SigV4Signature s = SigV4Signer(kAccessKey, kSecret, {}, "us-east-1").prepare(lifecycle, kExampleTime);
    QVERIFY(s.canonicalRequest.contains("\nlifecycle=\n"));
    QCOMPARE(s.signature, QByteArray("fea454ca298b7da1c68078a5d1bdbfbbe0d65c699e0f91ac7a200a0136783543"));

    SigV4Request list = exampleGet({{"prefix", "J"}, {"max-keys", "2"}}, {});
    s = SigV4Signer(kAccessKey, kSecret, {}, "us-east-1").prepare(list, kExampleTime);
    QVERIFY(s.canonicalRequest.contains("\nmax-keys=2&prefix=J\n"));
    QCOMPARE(s.signature, QByteArray("34b48302e7b5fa45bde8084f4b7868a86f0a534bc59db6670ed5711ef69dc6f7"));
}

void TestSigV4::keyEncoding() {
    QCOMPARE(sigv4::uriEncode(QStringLiteral("in/Résumé 2024+final.pdf").toUtf8(), true),
             QByteArray("in/R%C3%A9sum%C3%A9%202024%2Bfinal.pdf"));
    QCOMPARE(sigv4::uriEncode("a/b~c_d-e.f", true), QByteArray("a/b~c_d-e.f"));
    QCOMPARE(sigv4::uriEncode("a/b", false), QByteArray("a%2Fb"));
    QCOMPARE(sigv4::uriEncode("=&?#%*", true), QByteArray("%3D%26%3F%23%25%2A"));
    QCOMPARE(sigv4::uriEncode(QStringLiteral("日本").toUtf8(), true), QByteArray("%E6%97%A5%E6%9C%AC"));
}

void TestSigV4::querySortedAndEncoded() {
    QCOMPARE(sigv4::canonicalQueryString({{"uploadId", "a b+c/d"}, {"partNumber", "2"}}),
             QByteArray("partNumber=2&uploadId=a%20b%2Bc%2Fd"));
    QCOMPARE(sigv4::canonicalQueryString({{"uploads", {}}}), QByteArray("uploads="));
    // Sorted by the encoded name, byte order (upper case before lower case).
    QCOMPARE(sigv4::canonicalQueryString({{"b", "1"}, {"B", "2"}, {"a", "3"}}), QByteArray("B=2&a=3&b=1"));
}

void TestSigV4::sessionTokenIsSigned() {
    SigV4Request r = exampleGet({}, {});
    const SigV4Signature s =
        SigV4Signer(kAccessKey, kSecret, "FQoGZXIvYXdzEXAMPLETOKEN", "us-east-1").prepare(r, kExampleTime);
    QCOMPARE(s.signedHeaders, QByteArray("host;x-amz-content-sha256;x-amz-date;x-amz-security-token"));
    QVERIFY(s.canonicalRequest.contains("x-amz-security-token:FQoGZXIvYXdzEXAMPLETOKEN\n"));
    QVERIFY(r.headers.contains(BytePair("x-amz-security-token", "FQoGZXIvYXdzEXAMPLETOKEN")));
}

void TestSigV4::unsignedPayload() {
    SigV4Request r = exampleGet({}, {{"X-Amz-Meta-Note", "  two   spaces  "}});
    r.payloadHash = sigv4::unsignedPayload();
    const SigV4Signature s = SigV4Signer(kAccessKey, kSecret, {}, "us-east-1").prepare(r, kExampleTime);
    QVERIFY(s.canonicalRequest.endsWith("\nUNSIGNED-PAYLOAD"));
    QVERIFY(s.canonicalRequest.contains("x-amz-content-sha256:UNSIGNED-PAYLOAD\n"));
    QVERIFY(s.canonicalRequest.contains("x-amz-meta-note:two spaces\n"));
}

void TestSigV4::s3ErrorXml() {
    // The shape of S3's answer to a wrong secret.
    HttpResponse r;
    r.status = 403;
    r.body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>SignatureDoesNotMatch</Code>"
             "<Message>The request signature we calculated does not match the signature you provided. Check "
             "your key and signing method.</Message><AWSAccessKeyId>AKIAIOSFODNN7EXAMPLE</AWSAccessKeyId>"
             "<StringToSign>AWS4-HMAC-SHA256…</StringToSign><RequestId>4442587FB7D0A2F9</RequestId>"
             "<HostId>abc</HostId></Error>";
    const S3Error e = S3Error::fromResponse(r);
    QCOMPARE(e.code, QStringLiteral("SignatureDoesNotMatch"));
    QCOMPARE(e.requestId, QStringLiteral("4442587FB7D0A2F9"));
    QVERIFY(!e.transient);
    QVERIFY(e.describe().startsWith(QStringLiteral("HTTP 403 SignatureDoesNotMatch: The request signature")));
    QVERIFY(!parseS3ErrorXml("<ListBucketResult/>", nullptr, nullptr, nullptr));
    QVERIFY(!parseS3ErrorXml("not xml", nullptr, nullptr, nullptr));
}

void TestSigV4::classification() {
    auto classify = [](long status, const QByteArray& code) {
        HttpResponse r;
        r.status = status;
        if (!code.isEmpty())
            r.body = "<Error><Code>" + code + "</Code><Message>m</Message></Error>";
        return S3Error::fromResponse(r);
    };
    QVERIFY(classify(503, "SlowDown").transient);
    QVERIFY(classify(500, "InternalError").transient);
    QVERIFY(classify(502, {}).transient); // a proxy's HTML page: the status decides
    QVERIFY(classify(429, {}).transient);
    QVERIFY(classify(400, "RequestTimeout").transient);
    QVERIFY(classify(400, "BadDigest").transient);
    QVERIFY(!classify(403, "SignatureDoesNotMatch").transient);
    QVERIFY(!classify(403, "InvalidAccessKeyId").transient);
    QVERIFY(!classify(404, "NoSuchBucket").transient);
    QCOMPARE(classify(404, "NoSuchBucket").code, QStringLiteral("NoSuchBucket"));
    QCOMPARE(classify(403, {}).code, QStringLiteral("AccessDenied")); // HEAD: no body
    HttpResponse refused;
    refused.curlCode = CURLE_COULDNT_CONNECT;
    refused.curlMessage = QStringLiteral("Couldn't connect to server");
    QVERIFY(S3Error::fromResponse(refused).transient);
    refused.curlCode = CURLE_URL_MALFORMAT;
    QVERIFY(!S3Error::fromResponse(refused).transient);
    HttpResponse aborted;
    aborted.curlCode = CURLE_ABORTED_BY_CALLBACK;
    aborted.aborted = true;
    QVERIFY(S3Error::fromResponse(aborted).canceled);
    QVERIFY(!S3Error::fromResponse(aborted).transient);
}

void TestSigV4::credentialsFromEnvironmentAndFile() {
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("credentials"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("# comment\n[default]\naws_access_key_id = AKIADEFAULT\naws_secret_access_key = defaultsecret\n\n"
            "[work]\n; another comment\naws_access_key_id=AKIAWORK\naws_secret_access_key=worksecret/x+y\n"
            "aws_session_token = tok=en\n[broken]\naws_access_key_id = AKIABROKEN\n");
    f.close();
    qputenv("AWS_SHARED_CREDENTIALS_FILE", file.toUtf8());
    qunsetenv("AWS_PROFILE");
    qputenv("AWS_ACCESS_KEY_ID", "AKIAENV");
    qputenv("AWS_SECRET_ACCESS_KEY", "envsecret");
    qunsetenv("AWS_SESSION_TOKEN");
    QString error;
    auto c = loadS3Credentials({}, &error);
    QVERIFY(c);
    QCOMPARE(c->accessKeyId, QStringLiteral("AKIAENV"));
    QCOMPARE(c->source, QStringLiteral("environment"));
    // A named profile wins over the environment.
    c = loadS3Credentials({QStringLiteral("work"), {}}, &error);
    QVERIFY2(c, qPrintable(error));
    QCOMPARE(c->secretAccessKey, QStringLiteral("worksecret/x+y"));
    QCOMPARE(c->sessionToken, QStringLiteral("tok=en"));
    // Without environment keys: AWS_PROFILE, else default.
    qunsetenv("AWS_ACCESS_KEY_ID");
    qunsetenv("AWS_SECRET_ACCESS_KEY");
    c = loadS3Credentials({}, &error);
    QVERIFY(c);
    QCOMPARE(c->accessKeyId, QStringLiteral("AKIADEFAULT"));
    qputenv("AWS_PROFILE", "work");
    c = loadS3Credentials({}, &error);
    QVERIFY(c);
    QCOMPARE(c->accessKeyId, QStringLiteral("AKIAWORK"));
    qunsetenv("AWS_PROFILE");
    QVERIFY(!loadS3Credentials({QStringLiteral("broken"), {}}, &error));
    QVERIFY(error.contains(QStringLiteral("[broken]")) &&
            error.contains(QStringLiteral("aws_secret_access_key")));
    QVERIFY(!loadS3Credentials({QStringLiteral("nosuch"), {}}, &error));
    QVERIFY(error.contains(QStringLiteral("[nosuch]")) && error.contains(file));
    QVERIFY(!error.contains(QStringLiteral("secret")));
    QVERIFY(!loadS3Credentials({{}, dir.filePath(QStringLiteral("missing"))}, &error));
    QVERIFY(error.contains(QStringLiteral("missing")));
    qunsetenv("AWS_SHARED_CREDENTIALS_FILE");
}

void TestSigV4::redactor() {
    S3Credentials c;
    c.accessKeyId = QStringLiteral("AKIAIOSFODNN7EXAMPLE");
    c.secretAccessKey = QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
    c.sessionToken = QStringLiteral("token/with+chars");
    const SecretRedactor r(c);
    const QString text = r.redact(QStringLiteral(
        "key AKIAIOSFODNN7EXAMPLE secret wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY token "
        "token%2Fwith%2Bchars Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41 "
        "X-Amz-Security-Token=abc&x=1"));
    QCOMPARE(text, QStringLiteral("key AKIA… secret [redacted] token [redacted] Signature=[redacted] "
                                  "X-Amz-Security-Token=[redacted]&x=1"));
}

void TestSigV4::objectKeys() {
    QString error;
    QCOMPARE(makeObjectKey(QStringLiteral("/in/2024"), QStringLiteral("/w/a b.pdf"), {},
                           ObjectKeySource::FileName, &error),
             QStringLiteral("in/2024/a b.pdf"));
    QCOMPARE(makeObjectKey({}, QStringLiteral("/w/sub/dir/x.txt"), QStringLiteral("/w"),
                           ObjectKeySource::RelativePath, &error),
             QStringLiteral("sub/dir/x.txt"));
    QCOMPARE(makeObjectKey(QStringLiteral("p/"), QStringLiteral("/w/x.txt"), {},
                           ObjectKeySource::RelativePath, &error),
             QStringLiteral("p/x.txt"));
    QVERIFY(makeObjectKey({}, QStringLiteral("/elsewhere/x.txt"), QStringLiteral("/w"),
                          ObjectKeySource::RelativePath, &error)
                .isEmpty());
    QVERIFY(error.contains(QStringLiteral("not inside")));
    // Decomposed é (e + U+0301), as macOS stores names, becomes the composed U+00E9.
    const QString decomposed = QStringLiteral("/w/Re") + QChar(0x0301) + QStringLiteral("sume.pdf");
    QCOMPARE(makeObjectKey({}, decomposed, {}, ObjectKeySource::FileName, &error),
             QStringLiteral("R") + QChar(0x00E9) + QStringLiteral("sume.pdf"));
    QVERIFY(makeObjectKey(QString(1100, QLatin1Char('p')), QStringLiteral("/w/x"), {},
                          ObjectKeySource::FileName, &error)
                .isEmpty());
}

void TestSigV4::multipartEtag() {
    // (printf a | md5sum | xxd -r -p; printf bc | md5sum | xxd -r -p) | md5sum → 860df652…
    const QList<QByteArray> parts{QCryptographicHash::hash("a", QCryptographicHash::Md5),
                                  QCryptographicHash::hash("bc", QCryptographicHash::Md5)};
    QCOMPARE(sluice::multipartEtag(parts), QStringLiteral("860df6524f1300aab8ff4bbe75852ada-2"));

    // Digests of a file in 3-byte parts: "abcdefgh" → "abc", "def", "gh".
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("f"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("abcdefgh");
    f.close();
    FileDigests d;
    QString error;
    QVERIFY(computeFileDigests(path, 3, &d, &error));
    QCOMPARE(d.parts.size(), 3);
    QCOMPARE(d.parts[2].offset, 6);
    QCOMPARE(d.parts[2].length, 2);
    QCOMPARE(d.parts[1].md5.toHex(), QByteArray("4ed9407630eb1000c0f6b63842defa7d")); // md5("def")
    QCOMPARE(d.md5.toHex(), QByteArray("e8dc4081b13434b45189a720b77b6818"));          // md5sum of the file
    QCOMPARE(d.sha256.toHex(),
             QByteArray("9c56cc51b374c3ba189210d5b6d4bf57790d351c96c47c02190ecf1e430635ab"));
    QVERIFY(computeFileDigests(path, 0, &d, &error));
    QCOMPARE(d.parts.size(), 1);
    QCOMPARE(d.sha256.toHex(),
             QByteArray("9c56cc51b374c3ba189210d5b6d4bf57790d351c96c47c02190ecf1e430635ab"));
}

void TestSigV4::stageDeclaration() {
    StageRegistry registry;
    registerBuiltinStages(registry);
    const std::unique_ptr<Stage> stage = registry.create(QStringLiteral("s3_upload"));
    QVERIFY(stage);
    QCOMPARE(stage->group(), QStringLiteral("Output"));
    QVERIFY(stage->hasSideEffects());
    for (const ParamSpec& p : stage->parameters()) {
        QVERIFY2(!p.help.isEmpty(), qPrintable(p.name));
        QVERIFY2(p.required || p.check(p.defaultValue).isEmpty(), qPrintable(p.name));
    }
    QJsonObject params = StageRegistry::withDefaults(*stage, {{"bucket", "my-bucket.example"}});
    QCOMPARE(stage->checkParameters(params), QStringList());
    auto problemsWith = [&](const char* name, const QJsonValue& value) {
        QJsonObject p = params;
        p.insert(QLatin1String(name), value);
        return stage->checkParameters(p).join(QLatin1Char('|'));
    };
    QVERIFY(problemsWith("bucket", "Bad_Bucket").startsWith(QStringLiteral("bucket:")));
    QVERIFY(problemsWith("endpoint", "ftp://x").startsWith(QStringLiteral("endpoint:")));
    QVERIFY(
        problemsWith("metadata", QJsonObject{{"note", QStringLiteral("caf\u00e9")}}).contains("US-ASCII"));
    QVERIFY(problemsWith("metadata", QJsonObject{{"bad name", "x"}}).startsWith(QStringLiteral("metadata:")));
    QVERIFY(problemsWith("kms_key_id", "alias/x").startsWith(QStringLiteral("kms_key_id:")));
    QVERIFY(problemsWith("multipart_threshold", 8 * 1024 * 1024).isEmpty());
    params.insert("part_size", 16 * 1024 * 1024);
    QVERIFY(problemsWith("multipart_threshold", 8 * 1024 * 1024)
                .startsWith(QStringLiteral("multipart_threshold:")));
    for (const ParamSpec& p : stage->parameters())
        if (p.name == QLatin1String("part_size"))
            QVERIFY(!p.check(5 * 1024 * 1024).isEmpty()); // parts of at least 8 MiB
    // Missing bucket: a clear permanent failure before anything is read.
    Item item;
    item.path = QStringLiteral("/nonexistent");
    Feedback feedback;
    const StageResult r = stage->process(item, StageRegistry::withDefaults(*stage, {}), feedback);
    QVERIFY(!r.ok && !r.transient);
    QVERIFY(r.error.contains(QStringLiteral("bucket")));
}

QTEST_GUILESS_MAIN(TestSigV4)
#include "test_sigv4.moc"
