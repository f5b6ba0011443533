#pragma once

// Internal to sluice-core (Tesseract and OpenCV types): the .txt, hOCR, TSV, ALTO and searchable-PDF files
// of a document, made by Tesseract's renderers, boxes in the pixels of the pages as given.

#include "tess_document_renderers.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <memory>

namespace sluice::ocr {

/// Writes the OCR files of one document: every page is added right after it was recognised, and the files
/// appear only when the whole document is done.
///
/// All five formats are Tesseract's own (TessDocumentRenderers): txt (TessTextRenderer, pages separated by
/// a form feed), hOCR, TSV, ALTO and the searchable PDF. Tesseract's boxes are pixels of the image it read;
/// when preprocessing changed a page's geometry (turned it upright, deskewed or scaled it), finish() maps
/// the boxes of that page's hOCR, TSV and ALTO back to pixels of the page as given with the transform the
/// result JSON uses (remapHocr(), remapTsv(), remapAlto()), so they equal the JSON's boxes; pages read as
/// given are written as Tesseract wrote them. The searchable PDF shows each page as given, or — when its
/// geometry changed — the page as given turned upright and deskewed (TessDocumentRenderers says why).
///
/// Tesseract writes to hidden temporary files in the target folder; finish() writes hOCR, TSV and ALTO
/// through QSaveFile and renames txt and PDF to `<stem>.ocr.<ext>` (ext: txt, hocr, tsv, alto.xml, pdf).
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
    /// Adds the page `api` has just recognised to every requested file: `page` is the page as given (8-bit
    /// gray, BGR or BGRA), `readSize` the size of the image Tesseract read, `transform` maps `page`'s pixels
    /// to that image's. False with `*error` set when Tesseract cannot write it.
    bool addPage(tesseract::TessBaseAPI& api, const cv::Mat& page, const cv::Size& readSize,
                 const PageTransform& transform, QString* error);
    /// Writes the 8-bit page image `png` (already PNG-encoded) as `<stem>.ocr-p<page>.png` atomically
    /// (QSaveFile); returns its absolute path, empty with `*error` set on failure.
    QString writePageImage(int page, const QByteArray& png, QString* error);
    /// Ends Tesseract's documents, maps the boxes and moves the files to their final names; `*files` gets
    /// format → absolute path.
    bool finish(QJsonObject* files, QString* error);

private:
    void removeTemporaries();
    QString m_dir;
    QString m_stem;
    QString m_tmpBase;
    QStringList m_requested; ///< in the order of formats()
    std::unique_ptr<TessDocumentRenderers> m_renderers;
    QStringList m_pageImages;
    bool m_finished = false;
};

} // namespace sluice::ocr
