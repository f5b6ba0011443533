#include "tess_document_renderers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <leptonica/allheaders.h>
#include <opencv2/imgproc.hpp>
#include <tesseract/baseapi.h>
#include <tesseract/renderer.h>

namespace sluice::ocr {

namespace {

/// A Leptonica image of `image` (8-bit gray → 8 bpp; BGR or BGRA → 32 bpp RGB, alpha dropped) at `dpi`.
/// The caller owns it.
Pix* pixFromMat(const cv::Mat& image, int dpi) {
    Pix* pix = nullptr;
    if (image.channels() == 1) {
        pix = pixCreate(image.cols, image.rows, 8);
        const int wpl = pixGetWpl(pix);
        l_uint32* data = pixGetData(pix);
        for (int y = 0; y < image.rows; ++y) {
            const uchar* row = image.ptr<uchar>(y);
            l_uint32* line = data + size_t(y) * size_t(wpl);
            for (int x = 0; x < image.cols; ++x)
                SET_DATA_BYTE(line, x, row[x]);
        }
    } else {
        pix = pixCreate(image.cols, image.rows, 32);
        const int wpl = pixGetWpl(pix);
        l_uint32* data = pixGetData(pix);
        const int step = image.channels();
        for (int y = 0; y < image.rows; ++y) {
            const uchar* row = image.ptr<uchar>(y);
            l_uint32* line = data + size_t(y) * size_t(wpl);
            for (int x = 0; x < image.cols; ++x) {
                const uchar* p = row + size_t(x) * size_t(step);
                composeRGBPixel(p[2], p[1], p[0], line + x);
            }
        }
    }
    pixSetResolution(pix, dpi, dpi);
    return pix;
}

} // namespace

QStringList TessDocumentRenderers::formats() {
    return {QStringLiteral("txt"), QStringLiteral("hocr"), QStringLiteral("tsv"), QStringLiteral("alto"),
            QStringLiteral("pdf")};
}

QString TessDocumentRenderers::extension(const QString& format) {
    return format == QLatin1String("alto") ? QStringLiteral("xml") : format;
}

TessDocumentRenderers::TessDocumentRenderers() = default;
TessDocumentRenderers::~TessDocumentRenderers() = default;

QString TessDocumentRenderers::outputPath(const QString& format) const {
    return m_base + QLatin1Char('.') + extension(format);
}

bool TessDocumentRenderers::begin(const QString& outputBase, const QStringList& requested,
                                  const QString& tessdataDir, const QString& title, QString* error) {
    m_base = outputBase;
    m_inputName = title.toUtf8();
    m_entries.clear();
    m_pages.clear();
    const QByteArray base = QFile::encodeName(outputBase);
    const QByteArray titleUtf8 = title.toUtf8();
    for (const QString& format : formats()) {
        if (!requested.contains(format))
            continue;
        std::unique_ptr<tesseract::TessResultRenderer> r;
        if (format == QLatin1String("txt")) {
            r = std::make_unique<tesseract::TessTextRenderer>(base.constData());
        } else if (format == QLatin1String("hocr")) {
            r = std::make_unique<tesseract::TessHOcrRenderer>(base.constData());
        } else if (format == QLatin1String("tsv")) {
            r = std::make_unique<tesseract::TessTsvRenderer>(base.constData());
        } else if (format == QLatin1String("alto")) {
            r = std::make_unique<tesseract::TessAltoRenderer>(base.constData());
        } else {
            const QString font = QDir(tessdataDir).filePath(QStringLiteral("pdf.ttf"));
            if (!QFileInfo(font).isReadable()) {
                *error = tr("the searchable PDF needs Tesseract's font %1, which is missing").arg(font);
                return false;
            }
            r = std::make_unique<tesseract::TessPDFRenderer>(base.constData(),
                                                             QFile::encodeName(tessdataDir).constData());
        }
        if (!r->happy() || !r->BeginDocument(titleUtf8.constData()) || !r->happy()) {
            *error = tr("Tesseract cannot start the %1 file %2").arg(format, outputPath(format));
            return false;
        }
        m_entries.push_back({format, std::move(r)});
    }
    return true;
}

bool TessDocumentRenderers::addPage(tesseract::TessBaseAPI& api, const cv::Mat& page,
                                    const cv::Size& readSize, const PageTransform& transform,
                                    QString* error) {
    RenderedPageGeometry geometry;
    geometry.transform = transform;
    geometry.original = cv::Size(page.cols, page.rows);
    m_pages.append(geometry);
    for (Entry& e : m_entries) {
        if (e.format == QLatin1String("pdf")) {
            // The PDF shows the page as given (warped onto the read image's grid when that differs),
            // not the thresholded image Tesseract read; Tesseract takes ownership of the Pix.
            cv::Mat shown = page;
            if (!geometry.unchanged()) {
                const cv::Matx33d& m = transform.m;
                const cv::Mat affine =
                    (cv::Mat_<double>(2, 3) << m(0, 0), m(0, 1), m(0, 2), m(1, 0), m(1, 1), m(1, 2));
                cv::warpAffine(page, shown, affine, readSize, cv::INTER_LINEAR, cv::BORDER_CONSTANT,
                               cv::Scalar::all(255));
            }
            api.SetInputImage(pixFromMat(shown, api.GetSourceYResolution()));
            // With an input name, Tesseract would embed that file (read from the working folder) instead.
            api.SetInputName("");
        } else {
            api.SetInputName(m_inputName.constData()); // hOCR's `image`, ALTO's fileName
        }
        if (!e.renderer->AddImage(&api) || !e.renderer->happy()) {
            *error = tr("Tesseract could not write page %1 of the %2 file %3")
                         .arg(m_pages.size())
                         .arg(e.format, outputPath(e.format));
            return false;
        }
    }
    return true;
}

bool TessDocumentRenderers::end(QString* error) {
    bool ok = true;
    for (Entry& e : m_entries) {
        if (!e.renderer->EndDocument() || !e.renderer->happy()) {
            if (ok)
                *error = tr("Tesseract could not finish the %1 file %2").arg(e.format, outputPath(e.format));
            ok = false;
        }
        e.renderer.reset(); // closes the file
    }
    m_entries.clear();
    return ok;
}

} // namespace sluice::ocr
