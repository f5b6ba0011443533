#include "pdf_document_open.h"

#include "pdf_file_check.h"
#include "pdf_text_layer.h"

#include <ErrorCodes.h>
#include <PDFDoc.h>
#include <QFile>

namespace sluice {

PdfDocumentOpenResult PdfDocumentOpener::open(const QString& path, const QStringList& passwords,
                                              qint64 maxBytesInMemory) {
    PdfDocumentOpenResult result;
    result.error = pdfcheck::checkFile(path, &result.transient);
    if (!result.error.isEmpty())
        return result;
    if (maxBytesInMemory > 0) {
        QFile file(path);
        if (file.size() <= maxBytesInMemory && file.open(QIODevice::ReadOnly))
            result.data = file.readAll();
    }
    const QByteArray& data = result.data;
    int errorCode = errNone;
    std::unique_ptr<PdfTextDocument> doc = PdfTextDocument::load(path, data, {}, &errorCode);
    if (!doc && errorCode != errEncrypted) {
        result.error = pdfcheck::unparsableError();
        return result;
    }
    if (!doc) {
        // Locked, as poppler-qt6 says: each password opens the file anew (Poppler::Document::unlock).
        result.encrypted = true;
        bool tried = false;
        for (const QString& password : passwords) {
            for (const QByteArray& bytes : pdfcheck::passwordEncodings(password)) {
                tried = true;
                doc = PdfTextDocument::load(path, data, bytes, nullptr);
                if (doc) {
                    result.password = bytes;
                    break;
                }
            }
            if (doc)
                break;
        }
        if (!doc) {
            result.error = pdfcheck::passwordError(tried);
            return result;
        }
    }
    result.encrypted = result.encrypted || doc->pdfDoc().isEncrypted();
    if (doc->pageCount() <= 0) {
        result.error = pdfcheck::noPagesError();
        return result;
    }
    result.document = std::move(doc);
    return result;
}

} // namespace sluice
