#pragma once

// Internal to sluice-core (OpenCV types): the .txt, hOCR, TSV, ALTO and searchable-PDF files of a
// document, in the pixels of the pages as given.

#include "searchable_pdf.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <memory>

namespace sluice::ocr {

/// Writes the OCR files of one document: every page is added after it was recognised, and the files
/// appear only when the whole document is done.
///
/// The text formats are made from the stage's JSON output at finish(), so their boxes are those of the JSON —
/// pixels of the page as given (mapped back through upscaling, deskew and turning) — and they carry what the
/// review corrects: the text (the output's "text"), hOCR (ocrToHocr()), TSV (ocrToTsv()) and ALTO
/// (ocrToAlto()). The searchable PDF is written page by page as pages are read (SearchablePdfWriter): the
/// page as given with an invisible text layer over its words. Each file goes to a hidden temporary file in
/// the target folder, which finish() renames to `<stem>.ocr.<ext>` (ext: txt, hocr, tsv, alto.xml, pdf).
/// The stem is the source's file name, or `<name> (2)`, `<name> (3)`, … when files of that stem already
/// exist, so nothing is overwritten. Destroying the writer before finish() removes the temporary files and
/// the page images.
class OcrFileWriter {
    Q_DECLARE_TR_FUNCTIONS(sluice::ocr::OcrFileWriter)
public:
    /// Formats this writer knows, in the order they are listed to users.
    static QStringList formats();

    OcrFileWriter();
    ~OcrFileWriter();
    OcrFileWriter(const OcrFileWriter&) = delete;
    OcrFileWriter& operator=(const OcrFileWriter&) = delete;

    /// Starts a document titled `title` in folder `dir` (created if missing) for the source file named
    /// `sourceName`, writing `requested` (a subset of formats()) — possibly none, when only page images
    /// are wanted. `tessdataDir` holds pdf.ttf for the PDF's text layer. False with `*error` set when the
    /// folder, a temporary file or pdf.ttf cannot be opened.
    bool begin(const QString& dir, const QString& sourceName, const QStringList& requested,
               const QString& tessdataDir, const QString& title, QString* error);
    /// True when a searchable PDF was requested (then every page goes through addPdfPage()).
    bool wantsPdf() const { return m_pdf != nullptr; }
    /// Adds a page to the searchable PDF: `image` (8-bit gray or BGR, the page as given) at `dpi` with
    /// `words` (pixels of `image`) as its text layer. Does nothing when no PDF was requested.
    bool addPdfPage(const cv::Mat& image, int dpi, const QList<PdfWord>& words, QString* error);
    /// Writes the 8-bit page image `png` (already PNG-encoded) as `<stem>.ocr-p<page>.png` atomically
    /// (QSaveFile); returns its absolute path, empty with `*error` set on failure.
    QString writePageImage(int page, const QByteArray& png, QString* error);
    /// Writes the text formats from `ocr` (the stage's output: "text" and "pages"), ends the PDF and moves
    /// the files to their final names; `*files` gets format → absolute path.
    bool finish(const QJsonObject& ocr, QJsonObject* files, QString* error);

private:
    void removeTemporaries();
    QString temporaryPath(const QString& format) const;
    QString m_dir;
    QString m_stem;
    QString m_tmpBase;
    QString m_title;
    QStringList m_requested; ///< in the order of formats()
    std::unique_ptr<SearchablePdfWriter> m_pdf;
    QStringList m_pageImages;
    bool m_finished = false;
};

} // namespace sluice::ocr
