#pragma once

#include <QCoreApplication>
#include <QFuture>
#include <QImage>
#include <QSizeF>
#include <QString>

namespace sluice {

/// One page image made by PdfPageRenderer.
struct PdfRenderResult {
    int page = 0;         ///< 0-based page index
    QImage image;         ///< the page, RGB; null on failure
    double scale = 0;     ///< pixels per point actually used (after the pixel budget)
    bool reduced = false; ///< the scale asked for was lowered to keep within the pixel budget
    QString error;        ///< why there is no image ("encrypted: password required", "timed out", …)
};

/// What to render.
struct PdfRenderRequest {
    QString path;                    ///< the PDF file
    QString password;                ///< for encrypted files; empty for none
    int page = 0;                    ///< 0-based page index
    double scale = 1.0;              ///< wanted pixels per point (1.0 = 72 dpi, 2.0 = 144 dpi)
    qint64 pixelBudget = 16'000'000; ///< most pixels (width × height) of one image
    int timeLimitMs = 15000;         ///< rendering is aborted after this long (poppler's abort callback)
};

/// Renders PDF pages to images off the calling thread, for previews (gImageReader's Displayer does the
/// same: QImage made in a worker, QPixmap on the GUI thread).
///
/// Each call opens the document on a QtConcurrent worker (the global thread pool) with PdfOpener, so it
/// never blocks the GUI. A page is rendered at the wanted scale unless width × height would exceed the
/// pixel budget, in which case the scale is lowered to fit (enormous.pdf, 2160 × 2160 pt, and
/// hugemono.pdf, 8400 × 8400 pt, stay bounded). Canceling the returned future, or the time limit, makes
/// poppler stop at its next abort check (between drawing operations); a single huge image already being
/// decoded finishes first.
class PdfPageRenderer {
    Q_DECLARE_TR_FUNCTIONS(sluice::PdfPageRenderer)
public:
    /// The scale (pixels per point) that keeps a page of `pageSizePt` within `pixelBudget` pixels at most
    /// `wanted`; never less than 0.01.
    static double boundedScale(const QSizeF& pageSizePt, double wanted, qint64 pixelBudget);

    /// Renders one page; the future has one result.
    static QFuture<PdfRenderResult> render(const PdfRenderRequest& request);

    /// Renders thumbnails of the first `maxPages` pages, each fitting in `maxSidePx` × `maxSidePx`; the
    /// future reports one result per page as it is ready (QFutureWatcher::resultReadyAt), in page order.
    static QFuture<PdfRenderResult> thumbnails(const QString& path, const QString& password, int maxSidePx,
                                               int maxPages = 500);
};

} // namespace sluice
