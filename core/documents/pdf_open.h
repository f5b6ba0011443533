#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <memory>

namespace Poppler {
class Document;
}

namespace sluice {

/// The outcome of opening a PDF: the document, or why it cannot be read.
struct PdfOpenResult {
    std::unique_ptr<Poppler::Document> document; ///< null on failure
    QString error;          ///< one sentence naming the file's problem, e.g. "encrypted: password required"
    bool transient = false; ///< the file could not be opened now (busy, locked) and may open later
    bool encrypted = false; ///< the file is encrypted (also when it was unlocked)
    QByteArray password;    ///< the password bytes that unlocked it (empty when none was needed)
};

/// Opens PDFs with poppler-qt6, checking first what poppler would only report vaguely.
///
/// The file is opened and its first KiB read (the OS reason when it cannot be), a 0-byte file is "empty file:
/// 0 bytes", a file without "%PDF-" in its first 1024 bytes is not a PDF (ISO 32000-1 §7.5.2 puts the header
/// on the first line; readers accept it within the first KiB). Poppler then parses the file and rebuilds a
/// damaged or missing cross-reference table by scanning the objects (its own repair); when even that finds
/// no page the error is "not a readable PDF: …". An encrypted file is unlocked with each of `passwords` in
/// turn, as UTF-8 (AES-256, PDF 2.0) and as Latin-1 (RC4/AES-128); without one the error is
/// "encrypted: password required", with wrong ones "encrypted: wrong password".
/// Poppler's own diagnostics go to the "sluice" spdlog logger at debug level.
class PdfOpener {
    Q_DECLARE_TR_FUNCTIONS(sluice::PdfOpener)
public:
    static PdfOpenResult open(const QString& path, const QStringList& passwords);
};

} // namespace sluice
