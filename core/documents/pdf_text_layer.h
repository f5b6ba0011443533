#pragma once

#include "word_box.h"

#include <QByteArray>
#include <QList>
#include <QSizeF>
#include <QString>
#include <memory>

class PDFDoc;
class GlobalParamsIniter;

namespace sluice {

class PdfPageTextReader;

/// A PDF opened with poppler's core library (PDFDoc, libpoppler-private-dev) to read its text layer with
/// poppler's TextOutputDev — the engine behind `pdftotext` and behind Poppler::Page::textList(), without
/// poppler-qt6's per-page copy of the cross-reference table, per-character boxes and word links.
///
/// One instance per thread: a PDFDoc is not safe to share. Open it with PdfDocumentOpener (its checks and
/// error messages stay in one place), or after it or PdfOpener accepted the file with the password that
/// unlocked it there.
class PdfTextDocument {
public:
    ~PdfTextDocument();
    PdfTextDocument(const PdfTextDocument&) = delete;
    PdfTextDocument& operator=(const PdfTextDocument&) = delete;

    /// Opens the PDF at `path` with `password` (empty: none) as owner and user password. Null when poppler
    /// cannot open it (damaged beyond repair, wrong password).
    static std::unique_ptr<PdfTextDocument> open(const QString& path, const QByteArray& password);
    /// The same for a PDF already read into memory: `data` is the whole file (a shallow copy is kept while
    /// the document lives, so several documents on several threads can share one read of the file).
    /// Poppler then parses from memory instead of reading the file 256 bytes at a time (its FileStream
    /// buffer): about 60 pread calls a page fewer.
    static std::unique_ptr<PdfTextDocument> fromData(const QByteArray& data, const QByteArray& password);

    /// Number of pages.
    int pageCount() const;
    /// True when poppler can load page `index` (0-based): it exists and its page object parses.
    bool hasPage(int index) const;
    /// Size of page `index` (0-based) as displayed, in points: width and height swapped for /Rotate 90 and
    /// 270 (the same as Poppler::Page::pageSizeF).
    QSizeF pageSize(int index) const;
    /// Clockwise rotation of page `index` in degrees: 0, 90, 180 or 270 (its /Rotate entry).
    int rotation(int index) const;
    /// The words of page `index` in poppler's reading order, as Poppler::Page::textList() gives them: text,
    /// bounding box in points (origin top-left of the displayed page) and whether a space follows. Reading
    /// the pages in order is fastest: fonts shared by consecutive pages are parsed once (PdfPageTextReader).
    QList<WordBox> words(int index) const;
    /// When false, words() lays out every page with fonts parsed anew, as PDFDoc::displayPage does (for tests
    /// that compare both ways). Default true.
    void setReuseFonts(bool reuse);
    /// Poppler's own text of page `index` in physical layout, for the square of side `side` points at the
    /// top-left corner (the same as Poppler::Page::text(QRectF(0, 0, side, side))).
    QString physicalText(int index, double side) const;

    /// Opens the PDF as fromData() does when `data` is not empty, else as open() does from `path`, but
    /// keeps a document that has no pages, and when poppler cannot open it sets `*errorCode` to poppler's
    /// error code (ErrorCodes.h: errEncrypted when a password is needed or wrong, errDamaged, …). For
    /// PdfDocumentOpener (pdf_document_open.h), which adds the checks and error texts.
    static std::unique_ptr<PdfTextDocument> load(const QString& path, const QByteArray& data,
                                                 const QByteArray& password, int* errorCode);
    /// Poppler's document, for what this class does not wrap: metadata (pdf_document_info.h) and
    /// rendering (pdf_page_raster.h). Not safe to share between threads either.
    PDFDoc& pdfDoc() const;

private:
    PdfTextDocument();
    std::unique_ptr<GlobalParamsIniter> params_; // poppler's global parameters live while a document does
    QByteArray data_;                            // the file's bytes when opened with fromData
    std::unique_ptr<PDFDoc> doc_;
    mutable std::unique_ptr<PdfPageTextReader> reader_; // made on the first words(); before doc_ dies
};

} // namespace sluice
