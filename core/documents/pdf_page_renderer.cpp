#include "pdf_page_renderer.h"

#include "pdf_open.h"

#include <QElapsedTimer>
#include <QPromise>
#include <QtConcurrent>
#include <cmath>
#include <poppler-qt6.h>

namespace sluice {

namespace {

/// Shared with poppler's abort callback through the QVariant payload.
struct AbortState {
    const QPromise<PdfRenderResult>* promise = nullptr;
    QElapsedTimer timer;
    int limitMs = 0;
    bool timedOut = false;
};

bool shouldAbort(const QVariant& payload) {
    auto* state = reinterpret_cast<AbortState*>(payload.value<quintptr>());
    if (!state)
        return false;
    if (state->limitMs > 0 && state->timer.elapsed() > state->limitMs)
        state->timedOut = true;
    return state->timedOut || state->promise->isCanceled();
}

PdfRenderResult renderOne(Poppler::Document& doc, int index, double wanted, qint64 budget, int limitMs,
                          const QPromise<PdfRenderResult>& promise) {
    PdfRenderResult r;
    r.page = index;
    const std::unique_ptr<Poppler::Page> page = doc.page(index);
    if (!page) {
        r.error = PdfPageRenderer::tr("page %1 cannot be read").arg(index + 1);
        return r;
    }
    r.scale = PdfPageRenderer::boundedScale(page->pageSizeF(), wanted, budget);
    r.reduced = r.scale < wanted;
    AbortState state;
    state.promise = &promise;
    state.limitMs = limitMs;
    state.timer.start();
    r.image =
        page->renderToImage(72.0 * r.scale, 72.0 * r.scale, -1, -1, -1, -1, Poppler::Page::Rotate0, nullptr,
                            nullptr, shouldAbort, QVariant::fromValue(reinterpret_cast<quintptr>(&state)));
    if (state.timedOut) {
        r.image = QImage();
        r.error = PdfPageRenderer::tr("rendering page %1 took longer than %2 s and was stopped")
                      .arg(index + 1)
                      .arg(limitMs / 1000.0);
    } else if (promise.isCanceled()) {
        r.image = QImage();
        r.error = PdfPageRenderer::tr("canceled");
    } else if (r.image.isNull()) {
        r.error = PdfPageRenderer::tr("page %1 cannot be rendered").arg(index + 1);
    }
    return r;
}

std::unique_ptr<Poppler::Document> openForRendering(const QString& path, const QString& password,
                                                    QString* error) {
    PdfOpenResult opened = PdfOpener::open(path, {password});
    if (!opened.document) {
        *error = opened.error;
        return nullptr;
    }
    opened.document->setRenderHint(Poppler::Document::Antialiasing, true);
    opened.document->setRenderHint(Poppler::Document::TextAntialiasing, true);
    return std::move(opened.document);
}

} // namespace

double PdfPageRenderer::boundedScale(const QSizeF& pageSizePt, double wanted, qint64 pixelBudget) {
    const double area = pageSizePt.width() * pageSizePt.height();
    double scale = wanted;
    if (area > 0 && area * scale * scale > double(pixelBudget))
        scale = std::sqrt(double(pixelBudget) / area);
    // Rounding up a pixel on each side must not break the budget.
    while (scale > 0.01 && std::ceil(pageSizePt.width() * scale) * std::ceil(pageSizePt.height() * scale) >
                               double(pixelBudget))
        scale *= 0.99;
    return std::max(scale, 0.01);
}

QFuture<PdfRenderResult> PdfPageRenderer::render(const PdfRenderRequest& request) {
    return QtConcurrent::run([request](QPromise<PdfRenderResult>& promise) {
        QString error;
        std::unique_ptr<Poppler::Document> doc = openForRendering(request.path, request.password, &error);
        if (!doc) {
            PdfRenderResult r;
            r.page = request.page;
            r.error = error;
            promise.addResult(r);
            return;
        }
        if (request.page < 0 || request.page >= doc->numPages()) {
            PdfRenderResult r;
            r.page = request.page;
            r.error =
                tr("page %1 does not exist (the document has %2)").arg(request.page + 1).arg(doc->numPages());
            promise.addResult(r);
            return;
        }
        promise.addResult(
            renderOne(*doc, request.page, request.scale, request.pixelBudget, request.timeLimitMs, promise));
    });
}

QFuture<PdfRenderResult> PdfPageRenderer::thumbnails(const QString& path, const QString& password,
                                                     int maxSidePx, int maxPages) {
    return QtConcurrent::run([=](QPromise<PdfRenderResult>& promise) {
        QString error;
        std::unique_ptr<Poppler::Document> doc = openForRendering(path, password, &error);
        if (!doc) {
            PdfRenderResult r;
            r.error = error;
            promise.addResult(r, 0);
            return;
        }
        const int count = std::min(doc->numPages(), maxPages);
        for (int i = 0; i < count && !promise.isCanceled(); ++i) {
            const std::unique_ptr<Poppler::Page> page = doc->page(i);
            const QSizeF size = page ? page->pageSizeF() : QSizeF(612, 792);
            const double side = std::max(size.width(), size.height());
            const double scale = side > 0 ? maxSidePx / side : 0.1;
            promise.addResult(renderOne(*doc, i, scale, qint64(maxSidePx) * maxSidePx, 5000, promise), i);
        }
    });
}

} // namespace sluice
