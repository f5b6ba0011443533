#pragma once

// Internal to sluice-core (Tesseract types): the .txt, hOCR, TSV, ALTO and searchable-PDF files of a
// document, written through Tesseract's own renderers.

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <memory>
#include <utility>
#include <vector>

namespace tesseract {
class TessBaseAPI;
class TessResultRenderer;
} // namespace tesseract

namespace sluice::ocr {

/// Writes the OCR files of one document: every page is added after it was recognised, and the files
/// appear only when the whole document is done.
///
/// Each requested format goes through its Tesseract renderer (TessTextRenderer, TessHOcrRenderer,
/// TessTsvRenderer, TessAltoRenderer, TessPDFRenderer — the searchable PDF is the page image with an
/// invisible text layer, one PDF page per page) into a hidden temporary file in the target folder, which
/// finish() renames to `<stem>.ocr.<ext>` (ext: txt, hocr, tsv, alto.xml, pdf). The stem is the source's
/// file name, or `<name> (2)`, `<name> (3)`, … when files of that stem already exist, so nothing is
/// overwritten. Destroying the writer before finish() removes the temporary files and the page images.
/// Coordinates in these files are pixels of the image Tesseract read (the preprocessed page, also written by
/// writePageImage).
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
    /// folder or a temporary file cannot be created.
    bool begin(const QString& dir, const QString& sourceName, const QStringList& requested,
               const QString& tessdataDir, const QString& title, QString* error);
    /// Adds the page `api` holds (after Recognize) to every file.
    bool addPage(tesseract::TessBaseAPI& api, QString* error);
    /// Writes the 8-bit page image `png` (already PNG-encoded) as `<stem>.ocr-p<page>.png` atomically
    /// (QSaveFile); returns its absolute path, empty with `*error` set on failure.
    QString writePageImage(int page, const QByteArray& png, QString* error);
    /// Ends the document and moves the files to their final names; `*files` gets format → absolute path.
    bool finish(QJsonObject* files, QString* error);

private:
    void removeTemporaries();
    QString m_dir;
    QString m_stem;
    QString m_tmpBase;
    std::vector<std::pair<QString, std::unique_ptr<tesseract::TessResultRenderer>>> m_renderers;
    QStringList m_pageImages;
    bool m_finished = false;
};

} // namespace sluice::ocr
