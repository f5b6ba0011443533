// PdfPageRenderer: page images off the calling thread, within a pixel budget and a time limit, cancellable.

#include "../stages/stage_test_util.h"
#include "documents/pdf_page_renderer.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QSignalSpy>
#include <QTest>

using namespace sluice;

class TestPdfPageRenderer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void boundedScale() {
        // A4 at 2 px/pt is 1190.64 x 1683.84 px = 2.0 MP: within 4 MP, so unchanged.
        QCOMPARE(PdfPageRenderer::boundedScale(QSizeF(595.32, 841.92), 2.0, 4'000'000), 2.0);
        // 2160 x 2160 pt at 2 px/pt would be 18.7 MP; a 4 MP budget lowers the scale below 2000/2160.
        const double s = PdfPageRenderer::boundedScale(QSizeF(2160, 2160), 2.0, 4'000'000);
        QVERIFY(s <= 2000.0 / 2160.0);
        QVERIFY(s > 0.9);
    }

    void rendersAPage() {
        PdfRenderRequest request;
        request.path = test::data(QStringLiteral("pdf/issue-598-example.pdf"));
        request.scale = 1.0;
        QFuture<PdfRenderResult> future = PdfPageRenderer::render(request);
        future.waitForFinished();
        const PdfRenderResult r = future.result();
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.image.size(), QSize(612, 792));
        QCOMPARE(r.reduced, false);
    }

    void enormousPageStaysWithinBudget() {
        // Field case enormous.pdf: 2160 x 2160 pt. Asked for 3 px/pt (42 MP), it must come back <= 4 MP.
        PdfRenderRequest request;
        request.path = test::data(QStringLiteral("pdf/enormous.pdf"));
        request.scale = 3.0;
        request.pixelBudget = 4'000'000;
        QElapsedTimer timer;
        timer.start();
        QFuture<PdfRenderResult> future = PdfPageRenderer::render(request);
        future.waitForFinished();
        const PdfRenderResult r = future.result();
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QVERIFY(!r.image.isNull());
        QVERIFY(qint64(r.image.width()) * r.image.height() <= 4'000'000);
        QCOMPARE(r.reduced, true);
        QVERIFY2(timer.elapsed() < 30000, qPrintable(QString::number(timer.elapsed())));
    }

    void hugeMonoStaysWithinBudgetAndTime() {
        // Field case hugemono.pdf: a 35000 x 35000 JBIG2 image on an 8400 pt page. The image is bounded by
        // the budget; the time limit stops poppler at its next check.
        PdfRenderRequest request;
        request.path = test::data(QStringLiteral("pdf/hugemono.pdf"));
        request.scale = 2.0;
        request.pixelBudget = 1'000'000;
        request.timeLimitMs = 20000;
        QElapsedTimer timer;
        timer.start();
        QFuture<PdfRenderResult> future = PdfPageRenderer::render(request);
        future.waitForFinished();
        const PdfRenderResult r = future.result();
        QVERIFY(r.image.isNull() || qint64(r.image.width()) * r.image.height() <= 1'000'000);
        QVERIFY(r.image.isNull() != r.error.isEmpty());
        QVERIFY2(timer.elapsed() < 60000, qPrintable(QString::number(timer.elapsed())));
    }

    void cancel() {
        PdfRenderRequest request;
        request.path = test::data(QStringLiteral("pdf/enormous.pdf"));
        request.scale = 1.0;
        QFuture<PdfRenderResult> future = PdfPageRenderer::render(request);
        future.cancel();
        future.waitForFinished();
        QVERIFY(future.isCanceled());
    }

    void encryptedWithoutPassword() {
        PdfRenderRequest request;
        request.path = test::data(QStringLiteral("pdf/password-example.pdf"));
        QFuture<PdfRenderResult> future = PdfPageRenderer::render(request);
        future.waitForFinished();
        QCOMPARE(future.result().error, QStringLiteral("encrypted: password required"));
        request.password = QStringLiteral("test");
        future = PdfPageRenderer::render(request);
        future.waitForFinished();
        QVERIFY(!future.result().image.isNull());
    }

    void thumbnailsStreamInPageOrder() {
        QFuture<PdfRenderResult> future = PdfPageRenderer::thumbnails(
            test::data(QStringLiteral("pdf/issue-463-example.pdf")), QString(), 120);
        future.waitForFinished();
        QCOMPARE(future.resultCount(), 3);
        for (int i = 0; i < 3; ++i) {
            const PdfRenderResult r = future.resultAt(i);
            QCOMPARE(r.page, i);
            QVERIFY(!r.image.isNull());
            QVERIFY(qMax(r.image.width(), r.image.height()) <= 121);
        }
    }
};

QTEST_GUILESS_MAIN(TestPdfPageRenderer)
#include "test_pdf_page_renderer.moc"
