#include "http_transport.h"

#include <QCoreApplication>
#include <QFile>
#include <curl/curl.h>
#include <memory>
#include <mutex>

namespace sluice {

namespace {

void globalInit() {
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

struct Transfer {
    const HttpRequest* request = nullptr;
    HttpResponse* response = nullptr;
    QFile* file = nullptr;
    qint64 memoryPos = 0;
    qint64 fileSent = 0;
    bool readFailed = false; ///< the body file ended early or could not be read
};

size_t readBody(char* buffer, size_t size, size_t nitems, void* userdata) {
    auto* t = static_cast<Transfer*>(userdata);
    const qint64 room = static_cast<qint64>(size * nitems);
    if (t->file) {
        const qint64 want = qMin(room, t->request->bodyLength - t->fileSent);
        if (want <= 0)
            return 0;
        const qint64 n = t->file->read(buffer, want);
        if (n <= 0) {
            t->readFailed = true;
            return CURL_READFUNC_ABORT;
        }
        t->fileSent += n;
        return static_cast<size_t>(n);
    }
    const qint64 want = qMin(room, t->request->body.size() - t->memoryPos);
    if (want <= 0)
        return 0;
    memcpy(buffer, t->request->body.constData() + t->memoryPos, static_cast<size_t>(want));
    t->memoryPos += want;
    return static_cast<size_t>(want);
}

int seekBody(void* userdata, curl_off_t offset, int origin) {
    auto* t = static_cast<Transfer*>(userdata);
    if (origin != SEEK_SET)
        return CURL_SEEKFUNC_CANTSEEK;
    if (t->file) {
        if (offset < 0 || offset > t->request->bodyLength || !t->file->seek(t->request->bodyOffset + offset))
            return CURL_SEEKFUNC_FAIL;
        t->fileSent = offset;
        return CURL_SEEKFUNC_OK;
    }
    if (offset < 0 || offset > t->request->body.size())
        return CURL_SEEKFUNC_FAIL;
    t->memoryPos = offset;
    return CURL_SEEKFUNC_OK;
}

size_t writeBody(char* data, size_t size, size_t nmemb, void* userdata) {
    auto* t = static_cast<Transfer*>(userdata);
    const size_t n = size * nmemb;
    // Error and listing documents are small; refuse to buffer an unexpected huge body.
    if (t->response->body.size() + static_cast<qint64>(n) > 64 * 1024 * 1024)
        return 0;
    t->response->body.append(data, static_cast<qsizetype>(n));
    return n;
}

size_t writeHeader(char* data, size_t size, size_t nitems, void* userdata) {
    auto* t = static_cast<Transfer*>(userdata);
    const size_t n = size * nitems;
    const QByteArray line = QByteArray(data, static_cast<qsizetype>(n)).trimmed();
    if (line.startsWith("HTTP/")) {
        t->response->headers.clear(); // a new response (after 100 Continue)
        return n;
    }
    const int colon = line.indexOf(':');
    if (colon > 0)
        t->response->headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    return n;
}

int onProgress(void* userdata, curl_off_t, curl_off_t, curl_off_t, curl_off_t ulnow) {
    auto* t = static_cast<Transfer*>(userdata);
    if (t->request->progress && !t->request->progress(static_cast<qint64>(ulnow))) {
        t->response->aborted = true;
        return 1;
    }
    return 0;
}

struct EasyDeleter {
    void operator()(CURL* c) const { curl_easy_cleanup(c); }
};
struct ListDeleter {
    void operator()(curl_slist* l) const { curl_slist_free_all(l); }
};

} // namespace

HttpResponse performHttp(const HttpRequest& request) {
    globalInit();
    HttpResponse response;
    std::unique_ptr<CURL, EasyDeleter> curl(curl_easy_init());
    if (!curl) {
        response.curlCode = CURLE_FAILED_INIT;
        response.curlMessage =
            QCoreApplication::translate("sluice::HttpTransport", "libcurl could not create a handle");
        return response;
    }
    Transfer t;
    t.request = &request;
    t.response = &response;
    QFile file;
    if (!request.bodyFile.isEmpty()) {
        file.setFileName(request.bodyFile);
        if (!file.open(QIODevice::ReadOnly) || !file.seek(request.bodyOffset)) {
            response.curlCode = CURLE_READ_ERROR;
            response.curlMessage = file.errorString();
            return response;
        }
        t.file = &file;
    }
    const bool hasBody = t.file || !request.body.isEmpty();
    const qint64 bodySize = t.file ? request.bodyLength : request.body.size();

    CURL* c = curl.get();
    curl_easy_setopt(c, CURLOPT_URL, request.url.constData());
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_PATH_AS_IS, 1L);
    curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, request.connectTimeoutMs);
    curl_easy_setopt(c, CURLOPT_LOW_SPEED_LIMIT, 1L);
    curl_easy_setopt(c, CURLOPT_LOW_SPEED_TIME, request.stallTimeoutS);
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, writeBody);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, &t);
    curl_easy_setopt(c, CURLOPT_HEADERFUNCTION, writeHeader);
    curl_easy_setopt(c, CURLOPT_HEADERDATA, &t);
    curl_easy_setopt(c, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(c, CURLOPT_XFERINFOFUNCTION, onProgress);
    curl_easy_setopt(c, CURLOPT_XFERINFODATA, &t);
    curl_easy_setopt(c, CURLOPT_USERAGENT, "Sluice/" SLUICE_VERSION);

    if (request.method == "HEAD") {
        curl_easy_setopt(c, CURLOPT_NOBODY, 1L);
    } else if (request.method == "PUT" || (request.method == "POST" && hasBody)) {
        if (request.method == "PUT") {
            curl_easy_setopt(c, CURLOPT_UPLOAD, 1L);
            curl_easy_setopt(c, CURLOPT_INFILESIZE_LARGE, static_cast<curl_off_t>(bodySize));
        } else {
            curl_easy_setopt(c, CURLOPT_POST, 1L);
            curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(bodySize));
        }
        curl_easy_setopt(c, CURLOPT_READFUNCTION, readBody);
        curl_easy_setopt(c, CURLOPT_READDATA, &t);
        curl_easy_setopt(c, CURLOPT_SEEKFUNCTION, seekBody);
        curl_easy_setopt(c, CURLOPT_SEEKDATA, &t);
    } else if (request.method == "POST") {
        curl_easy_setopt(c, CURLOPT_POST, 1L);
        curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(0));
        curl_easy_setopt(c, CURLOPT_POSTFIELDS, "");
    } else if (request.method != "GET") {
        curl_easy_setopt(c, CURLOPT_CUSTOMREQUEST, request.method.constData());
    }

    curl_slist* list = nullptr;
    for (const auto& h : request.headers)
        list = curl_slist_append(list, (h.first + ": " + h.second).constData());
    list = curl_slist_append(list, "Expect:");
    bool hasContentType = false;
    for (const auto& h : request.headers)
        hasContentType = hasContentType || h.first.toLower() == "content-type";
    if (request.method == "POST" && !hasContentType)
        list = curl_slist_append(list, "Content-Type:"); // libcurl's form default is not ours to send
    std::unique_ptr<curl_slist, ListDeleter> headerList(list);
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, list);

    const CURLcode code = curl_easy_perform(c);
    response.curlCode = static_cast<int>(code);
    if (t.readFailed) {
        response.curlCode = CURLE_READ_ERROR;
        response.curlMessage =
            QCoreApplication::translate("sluice::HttpTransport",
                                        "%1 ended early or could not be read while sending: %2")
                .arg(request.bodyFile, file.errorString());
    } else if (code != CURLE_OK) {
        response.curlMessage = QString::fromUtf8(curl_easy_strerror(code));
    }
    long status = 0;
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
    response.status = status;
    return response;
}

bool isTransientCurlCode(int curlCode) {
    switch (static_cast<CURLcode>(curlCode)) {
    case CURLE_COULDNT_RESOLVE_PROXY:
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_CONNECT:
    case CURLE_OPERATION_TIMEDOUT:
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_PARTIAL_FILE:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
    case CURLE_AGAIN:
    case CURLE_READ_ERROR: // the source is being rewritten or is on a flaky share
        return true;
    default:
        return false;
    }
}

} // namespace sluice
