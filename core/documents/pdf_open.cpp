#include "pdf_open.h"

#include "stages/builtin_stages.h"

#include <QFile>
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
    {
        QFile file(path);
        const QString openError = stageutil::openForReading(file, &result.transient);
        if (!openError.isEmpty()) {
            result.error = openError;
            return result;
        }
        if (file.size() == 0) {
            result.error = tr("empty file: 0 bytes");
            return result;
        }
        if (!file.read(1024).contains("%PDF-")) {
            result.error = tr("not a readable PDF: no %PDF- header in the first 1024 bytes");
            return result;
        }
    }
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(path);
    if (!doc) {
        result.error = tr("not a readable PDF: poppler cannot parse its structure, even after rebuilding its "
                          "cross-reference table (damaged or incomplete file)");
        return result;
    }
    if (doc->isLocked()) {
        result.encrypted = true;
        bool tried = false;
        for (const QString& password : passwords) {
            if (password.isEmpty())
                continue;
            tried = true;
            result.password = password.toUtf8();
            doc->unlock(result.password, result.password);
            if (doc->isLocked() && password.toLatin1() != password.toUtf8()) {
                result.password = password.toLatin1();
                doc->unlock(result.password, result.password);
            }
            if (!doc->isLocked())
                break;
        }
        if (doc->isLocked()) {
            result.password.clear();
            result.error = tried ? tr("encrypted: wrong password") : tr("encrypted: password required");
            return result;
        }
    }
    result.encrypted = result.encrypted || doc->isEncrypted();
    if (doc->numPages() <= 0) {
        result.error = tr("not a readable PDF: poppler finds no pages in it");
        return result;
    }
    result.document = std::move(doc);
    return result;
}

} // namespace sluice
