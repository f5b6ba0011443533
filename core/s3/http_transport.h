#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <functional>

namespace sluice {

/// One HTTP request for HttpTransport. The body is either `body` (small, in memory) or a byte range of a
/// file (`bodyFile`, read in place while sending, so a part of any size costs no memory).
struct HttpRequest {
    QByteArray method;                            ///< GET, HEAD, PUT, POST, DELETE
    QByteArray url;                               ///< absolute, path and query already percent-encoded
    QList<QPair<QByteArray, QByteArray>> headers; ///< sent as given (libcurl adds none we sign)
    QByteArray body;
    QString bodyFile;      ///< when set: send bytes [bodyOffset, bodyOffset + bodyLength) of this file
    qint64 bodyOffset = 0; ///< bytes
    qint64 bodyLength = 0; ///< bytes
    long connectTimeoutMs = 10000;
    long stallTimeoutS = 60; ///< abort when fewer than 1 byte/s moved for this many seconds
    /// Called with the bytes of body sent so far; return false to abort (cancellation).
    std::function<bool(qint64 sent)> progress;
};

/// What came back. `curlCode` 0 means an HTTP exchange happened: then look at `status`, because libcurl
/// reports 4xx and 5xx answers as success too.
struct HttpResponse {
    int curlCode = 0;                     ///< CURLcode; non-zero: no (complete) HTTP answer
    QString curlMessage;                  ///< libcurl's error text for `curlCode`
    bool aborted = false;                 ///< the progress callback asked to stop
    long status = 0;                      ///< HTTP status code, 0 when none
    QMap<QByteArray, QByteArray> headers; ///< lower-case names of the final response
    QByteArray body;
    bool ok() const { return curlCode == 0 && status >= 200 && status < 300; }
};

/// Sends one request with a fresh libcurl easy handle (thread-safe: one handle per call, CURLOPT_NOSIGNAL,
/// curl_global_init once). No redirects are followed; the path is sent as is (CURLOPT_PATH_AS_IS), and
/// libcurl's automatic `Expect: 100-continue` is switched off.
HttpResponse performHttp(const HttpRequest& request);

/// True when libcurl failed in a way that a later retry may fix: connection refused, reset or timed
/// out, name lookup, send/receive errors, an empty reply, a body file that could not be read to its end.
bool isTransientCurlCode(int curlCode);

} // namespace sluice
