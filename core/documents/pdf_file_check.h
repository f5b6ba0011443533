#pragma once

#include <QByteArrayList>
#include <QString>

namespace sluice {

/// The checks and error texts every PDF opener shares (PdfOpener with poppler-qt6, PdfDocumentOpener with
/// poppler's core), so that both name a file's problem in the same words.
namespace pdfcheck {

/// Opens the file at `path` and reads its first KiB. Returns an empty string when it may be a PDF; otherwise
/// the problem: the OS reason when it cannot be opened (stageutil::openForReading; `*transient` set when
/// the file is busy or locked), "empty file: 0 bytes" for a 0-byte file, and "not a readable PDF: no %PDF-
/// header in the first 1024 bytes" without "%PDF-" in its first 1024 bytes (ISO 32000-1 §7.5.2 puts the
/// header on the first line; readers accept it within the first KiB).
QString checkFile(const QString& path, bool* transient);

/// "not a readable PDF: poppler cannot parse its structure, even after rebuilding its cross-reference table
/// (damaged or incomplete file)": poppler could not open the file, even with its repair.
QString unparsableError();

/// "not a readable PDF: poppler finds no pages in it".
QString noPagesError();

/// "encrypted: wrong password" when passwords were tried (`tried`), else "encrypted: password required".
QString passwordError(bool tried);

/// The byte strings to try for `password`, in order: UTF-8 (AES-256, PDF 2.0), then Latin-1 (RC4 and
/// AES-128 take PDFDocEncoding bytes) when that differs. Empty for an empty password (not tried).
QByteArrayList passwordEncodings(const QString& password);

} // namespace pdfcheck

} // namespace sluice
