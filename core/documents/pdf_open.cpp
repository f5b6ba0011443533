#include "pdf_open.h"

#include "pdf_file_check.h"

#include <mutex>
#include <poppler-qt6.h>
#include <spdlog/spdlog.h>

namespace sluice {

namespace {

void routePopplerMessagesToLog() {
    static std::once_flag once;
    std::call_once(once, [] {
        Poppler::setDebugErrorFunction(
            [](const QString& message, const QVariant&) {
                if (auto logger = spdlog::get("sluice"))
                    logger->debug("poppler: {}", message.toStdString());
            },
            QVariant());
    });
}

} // namespace

PdfOpenResult PdfOpener::open(const QString& path, const QStringList& passwords) {
    routePopplerMessagesToLog();
    PdfOpenResult result;
    result.error = pdfcheck::checkFile(path, &result.transient);
    if (!result.error.isEmpty())
        return result;
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(path);
    if (!doc) {
        result.error = pdfcheck::unparsableError();
        return result;
    }
    if (doc->isLocked()) {
        result.encrypted = true;
        bool tried = false;
        for (const QString& password : passwords) {
            for (const QByteArray& bytes : pdfcheck::passwordEncodings(password)) {
                tried = true;
                result.password = bytes;
                doc->unlock(bytes, bytes);
                if (!doc->isLocked())
                    break;
            }
            if (!doc->isLocked())
                break;
        }
        if (doc->isLocked()) {
            result.password.clear();
            result.error = pdfcheck::passwordError(tried);
            return result;
        }
    }
    result.encrypted = result.encrypted || doc->isEncrypted();
    if (doc->numPages() <= 0) {
        result.error = pdfcheck::noPagesError();
        return result;
    }
    result.document = std::move(doc);
    return result;
}

} // namespace sluice
