#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <memory>

namespace sluice {

class PdfTextDocument;

/// The outcome of PdfDocumentOpener::open: the document, or why it cannot be read.
struct PdfDocumentOpenResult {
    std::unique_ptr<PdfTextDocument> document; ///< null on failure
    QString error;          ///< one sentence naming the file's problem, e.g. "encrypted: password required"
    bool transient = false; ///< the file could not be opened now (busy, locked) and may open later
    bool encrypted = false; ///< the file is encrypted (also when it was unlocked)
    QByteArray password;    ///< the password bytes that unlocked it (empty when none was needed)
    QByteArray
        data; ///< the whole file when it was read into memory (see PdfDocumentOpener::open), else empty
};

/// Opens PDFs with poppler's core library (PDFDoc, through PdfTextDocument), with the same checks, results
/// and error texts as PdfOpener gives with poppler-qt6 — without loading poppler-qt6 and QtGui.
///
/// First the file checks of pdfcheck::checkFile (OS reason, "empty file: 0 bytes", no %PDF- header). Poppler
/// then parses the file, rebuilding a damaged or missing cross-reference table by scanning the objects (its
/// own repair); when it still cannot, the error is pdfcheck::unparsableError(). An encrypted file that the
/// empty password does not open (poppler's errEncrypted, what poppler-qt6 calls locked) is opened again
/// with each of `passwords` in turn, as UTF-8 and as Latin-1 (pdfcheck::passwordEncodings); without one the
/// error is "encrypted: password required", with wrong ones "encrypted: wrong password". A document without
/// pages is pdfcheck::noPagesError(). Poppler's diagnostics go to the "sluice" spdlog logger at debug level.
///
/// A file of at most `maxBytesInMemory` bytes that passed the file checks is read whole into the result's
/// `data` and poppler parses it from there (PdfTextDocument::fromData: other page workers can parse the
/// same bytes); a larger one, or with 0, is parsed from the file.
class PdfDocumentOpener {
public:
    static PdfDocumentOpenResult open(const QString& path, const QStringList& passwords,
                                      qint64 maxBytesInMemory = 0);
};

} // namespace sluice
