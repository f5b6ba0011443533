#pragma once

// Internal to sluice-core (Tesseract and OpenCV types): Tesseract's own result renderers for one document.

#include "ocr_export_remap.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>
#include <opencv2/core.hpp>
#include <vector>

namespace tesseract {
class TessBaseAPI;
class TessResultRenderer;
} // namespace tesseract

namespace sluice::ocr {

/// Tesseract's result renderers (tesseract/renderer.h) for one document, page after page: TessTextRenderer
/// (txt), TessHOcrRenderer (hocr), TessTsvRenderer (tsv), TessAltoRenderer (alto) and TessPDFRenderer
/// (pdf), each between BeginDocument and EndDocument, so that the files are Tesseract's own (its hOCR
/// `ocr-system` meta, ALTO `processingSoftware`, PDF text layer with its GlyphLessFont).
///
/// Tesseract writes each to `<outputBase>.<ext>` (ext: txt, hocr, tsv, xml, pdf) as pages are added; the
/// caller moves them to their final names (OcrFileWriter). Its boxes are pixels of the image it read;
/// pages() keeps how each relates to the page as given, for remapHocr(), remapTsv() and remapAlto().
///
/// The searchable PDF's page image is never the preprocessed image Tesseract read (thresholded, denoised,
/// inverted): before each PDF page the engine's input image is replaced by the page as given — as it is
/// when the geometry is unchanged, else warped with the page's transform (turned upright, deskewed,
/// scaled) so that the text layer Tesseract lays out in its own pixels sits on the words, as OCRmyPDF
/// does with --rotate-pages and --deskew. Not thread-safe; one per document.
class TessDocumentRenderers {
    Q_DECLARE_TR_FUNCTIONS(sluice::ocr::TessDocumentRenderers)
public:
    /// Formats handled (as the `ocr` stage names them).
    static QStringList formats();
    /// The extension Tesseract gives `format`'s file ("xml" for alto).
    static QString extension(const QString& format);

    TessDocumentRenderers();
    ~TessDocumentRenderers();
    TessDocumentRenderers(const TessDocumentRenderers&) = delete;
    TessDocumentRenderers& operator=(const TessDocumentRenderers&) = delete;

    /// Opens a renderer for each of `requested` (others ignored) writing `<outputBase>.<ext>`, titled
    /// `title` (also the image name in hOCR's ocr_page and ALTO's fileName); the PDF's font comes from
    /// `tessdataDir`/pdf.ttf. False with `*error` set when a file cannot be created or pdf.ttf is missing.
    bool begin(const QString& outputBase, const QStringList& requested, const QString& tessdataDir,
               const QString& title, QString* error);
    /// Renders the page `api` has just recognised. `page` is the page as given (8-bit gray, BGR or BGRA),
    /// `readSize` the size of the image Tesseract read and `transform` maps `page`'s pixels to it.
    /// False with `*error` set when a renderer fails (disk full).
    bool addPage(tesseract::TessBaseAPI& api, const cv::Mat& page, const cv::Size& readSize,
                 const PageTransform& transform, QString* error);
    /// Ends every document and closes the files. False with `*error` set when one could not be written.
    bool end(QString* error);
    /// The file Tesseract writes for `format`.
    QString outputPath(const QString& format) const;
    /// Per page added, how its read image relates to the page as given.
    const QList<RenderedPageGeometry>& pages() const { return m_pages; }

private:
    struct Entry {
        QString format;
        std::unique_ptr<tesseract::TessResultRenderer> renderer;
    };
    std::vector<Entry> m_entries;
    QString m_base;
    QByteArray m_inputName; ///< the title, as the source image's name in hOCR and ALTO
    QList<RenderedPageGeometry> m_pages;
};

} // namespace sluice::ocr
