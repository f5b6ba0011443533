#pragma once

// Internal to sluice-core (OpenCV types): a searchable PDF — each page image with an invisible text layer —
// whose words sit over the page as given, not over the preprocessed image Tesseract read.

#include <QCoreApplication>
#include <QFile>
#include <QList>
#include <QPointF>
#include <QString>
#include <opencv2/core.hpp>

namespace sluice::ocr {

/// One word of the text layer: its text and where its baseline and height lie on the page image, in
/// pixels (y down) of that image. The three points make a parallelogram, so skewed and turned words keep
/// their direction: `origin` is where the text starts on the baseline, `end` where it ends on the
/// baseline, `top` the point a text height above `origin`.
struct PdfWord {
    QString text;
    QPointF origin;
    QPointF end;
    QPointF top;
};

/// Writes a PDF 1.5 file page by page: each page is the image given (gray or colour JPEG; pages holding
/// only black and white pixels as 1-bit Flate), sized by its DPI (a W-pixel-wide page at D dpi is W·72/D
/// points wide), with the words drawn in text render mode 3 (invisible, PDF 32000-1 §9.3.6) so that they
/// can be selected, searched and extracted (pdftotext, poppler) over the right spots of the image.
///
/// The text layer uses the way Tesseract's TessPDFRenderer does it (src/api/pdfrenderer.cpp): a Type 0 font
/// "GlyphLessFont" made of tessdata's pdf.ttf (one blank glyph, every character code mapped to it,
/// Identity-H encoding with UTF-16 codes as CIDs and an identity ToUnicode CMap), each glyph half an em wide;
/// each word is set at its own position with the font size of its height and horizontal scaling (Tz)
/// that spreads its characters over its length. The text runs in the word's direction rounded to a
/// quarter turn, centred on the word's parallelogram: a word slanted by a residual skew is laid level,
/// since text extraction (poppler's TextOutputDev) breaks slanted words apart. Characters outside the
/// Basic Multilingual Plane are written as their two UTF-16 code units.
class SearchablePdfWriter {
    Q_DECLARE_TR_FUNCTIONS(sluice::ocr::SearchablePdfWriter)
public:
    SearchablePdfWriter() = default;
    ~SearchablePdfWriter();
    SearchablePdfWriter(const SearchablePdfWriter&) = delete;
    SearchablePdfWriter& operator=(const SearchablePdfWriter&) = delete;

    /// Starts the file `path` (created or truncated) titled `title`, with the text font read from
    /// `fontPath` (tessdata's pdf.ttf). False with `*error` set when either cannot be opened.
    bool begin(const QString& path, const QString& title, const QString& fontPath, QString* error);
    /// Adds a page showing `image` (8-bit, 1 channel gray, 3 channels BGR or 4 BGRA) at `dpi` (> 0) dots per
    /// inch with `words` (pixels of `image`) as its text layer. False with `*error` set when the image cannot
    /// be encoded or the file cannot be written.
    bool addPage(const cv::Mat& image, int dpi, const QList<PdfWord>& words, QString* error);
    /// Writes the page tree, cross-reference table and trailer, and closes the file. False with `*error`
    /// set when the file cannot be written (disk full).
    bool finish(QString* error);

private:
    int newObject();
    bool writeObject(int id, const QByteArray& dictionary, const QByteArray& stream = {},
                     bool hasStream = false);
    QFile m_file;
    QList<qint64> m_offsets; ///< of object i + 1, −1 until written
    QList<int> m_pages;
    int m_font = 0;
    QString m_title;
};

} // namespace sluice::ocr
