// The pdf module's poppler-core path against poppler-qt6, on every test PDF and on made-up files:
// PdfDocumentOpener gives PdfOpener's outcome (error text, transient, encrypted, password, page count);
// pdfinfo gives Document::info, Document::date and Document::getPdfVersion's values; renderPageGray gives
// the pixels of Page::renderToImage (ThinLineSolid) in gray within one level, and the same table rulings.

#include "../stages/stage_test_util.h"
#include "documents/pdf_document_info.h"
#include "documents/pdf_document_open.h"
#include "documents/pdf_open.h"
#include "documents/pdf_page_raster.h"
#include "documents/pdf_table_detector.h"
#include "documents/pdf_text_layer.h"

#include <QDir>
#include <QImage>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <poppler-qt6.h>

using namespace sluice;

namespace {

/// A one-page PDF whose Info dictionary holds `info` (the entries, PDF syntax). Its cross-reference table
/// is missing: poppler rebuilds it, as for any damaged file.
QByteArray pdfWithInfo(const QByteArray& info) {
    return "%PDF-1.6\n"
           "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
           "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
           "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] >> endobj\n"
           "4 0 obj << " +
           info +
           " >> endobj\n"
           "trailer << /Root 1 0 R /Info 4 0 R >>\n%%EOF\n";
}

/// `image` (any format) as QImage::convertToFormat(Format_Grayscale8) makes it, copied into a GrayImage.
GrayImage toGray(const QImage& image) {
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    GrayImage out;
    out.width = gray.width();
    out.height = gray.height();
    out.pixels.resize(size_t(out.width) * size_t(out.height));
    for (int y = 0; y < out.height; ++y)
        std::copy_n(gray.constScanLine(y), out.width, out.pixels.begin() + qsizetype(y) * out.width);
    return out;
}

} // namespace

class TestPdfDocumentOpen : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sameOutcomeAsPdfOpener_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QStringList>("passwords");
        const QDir data(test::data(QStringLiteral("pdf")));
        for (const QString& name : data.entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name)) {
            const QString path = data.filePath(name);
            QTest::newRow(qPrintable(name)) << path << QStringList();
            if (name == QLatin1String("password-example.pdf")) {
                QTest::newRow("password right") << path << QStringList{QStringLiteral("test")};
                QTest::newRow("password wrong") << path << QStringList{QStringLiteral("wrong")};
                QTest::newRow("password wrong then right")
                    << path << QStringList{QStringLiteral("wrong"), QString(), QStringLiteral("test")};
                QTest::newRow("password not Latin-1") << path << QStringList{QStringLiteral("tést€")};
            }
        }
        QTest::newRow("missing file")
            << test::data(QStringLiteral("pdf/does-not-exist.pdf")) << QStringList();
        QTest::newRow("not a PDF") << test::data(QStringLiteral("SOURCES.md")) << QStringList();
    }

    void sameOutcomeAsPdfOpener() {
        QFETCH(QString, path);
        QFETCH(QStringList, passwords);
        const PdfOpenResult qt = PdfOpener::open(path, passwords);
        for (const bool fromMemory : {false, true}) {
            const PdfDocumentOpenResult core =
                PdfDocumentOpener::open(path, passwords, fromMemory ? 64 * 1024 * 1024 : 0);
            if (core.document)
                QCOMPARE(core.data.isEmpty(), !fromMemory);
            if (core.document && fromMemory) {
                QFile file(path);
                QVERIFY(file.open(QIODevice::ReadOnly));
                QCOMPARE(core.data, file.readAll());
            }
            QCOMPARE(core.error, qt.error);
            QCOMPARE(core.transient, qt.transient);
            QCOMPARE(core.encrypted, qt.encrypted);
            QCOMPARE(core.password, qt.password);
            QCOMPARE(bool(core.document), bool(qt.document));
            if (!qt.document)
                continue;
            const PdfTextDocument& doc = *core.document;
            QCOMPARE(doc.pageCount(), qt.document->numPages());
            for (const char* key : {"Title", "Author", "Subject", "Keywords", "Creator", "Producer"})
                QCOMPARE(pdfinfo::text(doc, key), qt.document->info(QString::fromLatin1(key)));
            for (const char* key : {"CreationDate", "ModDate"})
                QCOMPARE(pdfinfo::date(doc, key), qt.document->date(QString::fromLatin1(key)));
            const Poppler::Document::PdfVersion version = qt.document->getPdfVersion();
            QCOMPARE(pdfinfo::version(doc), QStringLiteral("%1.%2").arg(version.major).arg(version.minor));
        }
    }

    void emptyFileAndHeaderErrors() {
        QTemporaryDir dir;
        const QString empty = dir.filePath(QStringLiteral("empty.pdf"));
        QVERIFY(test::writeFile(empty, {}));
        QCOMPARE(PdfDocumentOpener::open(empty, {}).error, QStringLiteral("empty file: 0 bytes"));
        const QString text = dir.filePath(QStringLiteral("text.pdf"));
        QVERIFY(test::writeFile(text, "just some text, no header\n"));
        QCOMPARE(PdfDocumentOpener::open(text, {}).error,
                 QStringLiteral("not a readable PDF: no %PDF- header in the first 1024 bytes"));
        const QString garbage = dir.filePath(QStringLiteral("garbage.pdf"));
        QVERIFY(test::writeFile(garbage, "%PDF-1.4\nnothing but garbage after the header\n"));
        const PdfDocumentOpenResult broken = PdfDocumentOpener::open(garbage, {});
        QVERIFY(!broken.document);
        QCOMPARE(broken.error, PdfOpener::open(garbage, {}).error);
        QVERIFY(broken.error.startsWith(QStringLiteral("not a readable PDF: ")));
        QVERIFY(!broken.transient);
    }

    void passwords() {
        const QString path = test::data(QStringLiteral("pdf/password-example.pdf"));
        PdfDocumentOpenResult r = PdfDocumentOpener::open(path, {});
        QCOMPARE(r.error, QStringLiteral("encrypted: password required"));
        QVERIFY(r.encrypted);
        r = PdfDocumentOpener::open(path, {QStringLiteral("nope")});
        QCOMPARE(r.error, QStringLiteral("encrypted: wrong password"));
        r = PdfDocumentOpener::open(path, {QStringLiteral("nope"), QStringLiteral("test")});
        QVERIFY2(r.document, qPrintable(r.error));
        QVERIFY(r.encrypted);
        QCOMPARE(r.password, QByteArray("test"));
        QCOMPARE(r.document->pageCount(), 4);
    }

    void infoStringsAndDates() {
        // UTF-16BE and UTF-16LE with their byte order marks, PDFDocEncoding (0xE9 é, 0x80 •, 0x93 ﬁ), a date
        // with a time zone ahead of UTC, one behind, one in UTC and a malformed one.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("info.pdf"));
        QVERIFY(test::writeFile(path, pdfWithInfo("/Title <FEFF00C4006E006400E900D8> "
                                                  "/Subject <FFFE4100DF00> "
                                                  "/Author (Ren\\351 \\200 \\223x) "
                                                  "/Keywords () "
                                                  "/CreationDate (D:20210304050607+05'30') "
                                                  "/ModDate (D:19991231235959-08'00') "
                                                  "/Creator (D:20200101) "
                                                  "/Producer (not a date)")));
        const PdfOpenResult qt = PdfOpener::open(path, {});
        QVERIFY2(qt.document, qPrintable(qt.error));
        const PdfDocumentOpenResult core = PdfDocumentOpener::open(path, {});
        QVERIFY2(core.document, qPrintable(core.error));
        const PdfTextDocument& doc = *core.document;
        QCOMPARE(pdfinfo::text(doc, "Title"), QStringLiteral("ÄndéØ"));
        QCOMPARE(pdfinfo::text(doc, "Subject"), QStringLiteral("Aß"));
        QCOMPARE(pdfinfo::text(doc, "Author"), QStringLiteral("René • ﬁx"));
        QCOMPARE(pdfinfo::text(doc, "Keywords"), QString());
        QCOMPARE(pdfinfo::text(doc, "Missing"), QString());
        for (const char* key : {"Title", "Subject", "Author", "Keywords", "Creator", "Producer", "Missing"})
            QCOMPARE(pdfinfo::text(doc, key), qt.document->info(QString::fromLatin1(key)));
        const QJsonObject metadata = pdfinfo::metadataJson(doc);
        QCOMPARE(metadata.value(QStringLiteral("created")).toString(),
                 QStringLiteral("2021-03-03T23:36:07Z"));
        QCOMPARE(metadata.value(QStringLiteral("modified")).toString(),
                 QStringLiteral("2000-01-01T07:59:59Z"));
        for (const char* key : {"CreationDate", "ModDate", "Creator", "Producer", "Missing"})
            QCOMPARE(pdfinfo::date(doc, key), qt.document->date(QString::fromLatin1(key)));
        QCOMPARE(pdfinfo::date(doc, "Creator"), QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC));
        QVERIFY(!pdfinfo::date(doc, "Producer").isValid());
        QCOMPARE(pdfinfo::version(doc), QStringLiteral("1.6"));
    }

    void grayRenderingAsPopplerQt_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<double>("scale");
        QTest::newRow("three ruled tables") << "issue-336-example.pdf" << 1.5;
        QTest::newRow("rotated") << "nics-background-checks-2015-11-rotated.pdf" << 1.5;
        QTest::newRow("ligatures") << "issue-598-example.pdf" << 1.5;
        QTest::newRow("enormous, budget scale") << "enormous.pdf" << 1.1;
    }

    void grayRenderingAsPopplerQt() {
        QFETCH(QString, file);
        QFETCH(double, scale);
        const QString path = test::data(QStringLiteral("pdf/") + file);
        PdfOpenResult qt = PdfOpener::open(path, {});
        QVERIFY2(qt.document, qPrintable(qt.error));
        qt.document->setRenderHint(Poppler::Document::ThinLineSolid, true);
        const PdfDocumentOpenResult core = PdfDocumentOpener::open(path, {});
        QVERIFY2(core.document, qPrintable(core.error));
        const std::unique_ptr<Poppler::Page> page = qt.document->page(0);
        QVERIFY(page);
        const GrayImage expected = toGray(page->renderToImage(72.0 * scale, 72.0 * scale));
        const GrayImage gray = renderPageGray(*core.document, 0, 72.0 * scale);
        QCOMPARE(gray.width, expected.width);
        QCOMPARE(gray.height, expected.height);
        QVERIFY(!gray.isNull());
        qint64 differing = 0;
        int ink = 0;
        for (size_t i = 0; i < gray.pixels.size(); ++i) {
            const int d = std::abs(int(gray.pixels[i]) - int(expected.pixels[i]));
            QVERIFY2(
                d <= 1,
                qPrintable(
                    QStringLiteral("pixel %1: %2 vs %3").arg(i).arg(gray.pixels[i]).arg(expected.pixels[i])));
            differing += d;
            ink += gray.pixels[i] < 255 ? 1 : 0;
        }
        QVERIFY(ink > 100); // something is drawn
        qDebug() << file << "pixels differing by one gray level:" << differing << "of" << gray.pixels.size();
        const std::unique_ptr<PdfTextDocument>& text = core.document;
        const QList<WordBox> words = text->words(0);
        const PdfTableDetector detector;
        const QList<PdfRuling> rulings = detector.rulings(gray, scale, words);
        const QList<PdfRuling> expectedRulings = detector.rulings(expected, scale, words);
        QCOMPARE(rulings.size(), expectedRulings.size());
        for (qsizetype i = 0; i < rulings.size(); ++i) {
            QCOMPARE(rulings.at(i).horizontal, expectedRulings.at(i).horizontal);
            QCOMPARE(rulings.at(i).position, expectedRulings.at(i).position);
            QCOMPARE(rulings.at(i).from, expectedRulings.at(i).from);
            QCOMPARE(rulings.at(i).to, expectedRulings.at(i).to);
        }
        if (file == QLatin1String("issue-336-example.pdf"))
            QVERIFY(rulings.size() >= 20);
    }

    void colouredPageAsPopplerQt() {
        // 4096 rectangles in colours spread over the RGB cube (16 levels a channel), and a gray ramp: the
        // gray conversion follows Qt's within one level, and the "ink" test (below 170) agrees.
        QByteArray content;
        for (int i = 0; i < 4096; ++i) {
            const int r = i >> 8, g = (i >> 4) & 15, b = i & 15;
            content += QByteArray::number(r * 17 / 255.0, 'f', 4) + ' ' +
                       QByteArray::number(g * 17 / 255.0, 'f', 4) + ' ' +
                       QByteArray::number(b * 17 / 255.0, 'f', 4) + " rg " +
                       QByteArray::number((i % 64) * 6) + ' ' + QByteArray::number((i / 64) * 6) +
                       " 6 6 re f\n";
        }
        for (int v = 0; v < 256; ++v)
            content += QByteArray::number(v / 255.0, 'f', 4) + " g " +
                       QByteArray::number(400 + (v % 16) * 6) + ' ' + QByteArray::number((v / 16) * 6) +
                       " 6 6 re f\n";
        const QByteArray pdf =
            "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
            "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 500 400] /Contents 4 0 R >> "
            "endobj\n4 0 obj << /Length " +
            QByteArray::number(content.size()) + " >>\nstream\n" + content +
            "\nendstream\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("colours.pdf"));
        QVERIFY(test::writeFile(path, pdf));
        PdfOpenResult qt = PdfOpener::open(path, {});
        QVERIFY2(qt.document, qPrintable(qt.error));
        qt.document->setRenderHint(Poppler::Document::ThinLineSolid, true);
        const std::unique_ptr<Poppler::Page> page = qt.document->page(0);
        QVERIFY(page);
        const GrayImage expected = toGray(page->renderToImage(72.0, 72.0));
        const PdfDocumentOpenResult core = PdfDocumentOpener::open(path, {});
        QVERIFY2(core.document, qPrintable(core.error));
        const GrayImage gray = renderPageGray(*core.document, 0, 72.0);
        QCOMPARE(gray.width, expected.width);
        QCOMPARE(gray.height, expected.height);
        QSet<int> levels;
        int differing = 0;
        for (size_t i = 0; i < gray.pixels.size(); ++i) {
            QVERIFY(std::abs(int(gray.pixels[i]) - int(expected.pixels[i])) <= 1);
            QCOMPARE(gray.pixels[i] < 170, expected.pixels[i] < 170);
            differing += gray.pixels[i] != expected.pixels[i] ? 1 : 0;
            levels.insert(gray.pixels[i]);
        }
        QVERIFY(levels.size() > 200); // the colours are there
        qDebug() << "pixels differing by one gray level:" << differing << "of" << gray.pixels.size();
    }

    void renderingOutOfRangeIsNull() {
        const PdfDocumentOpenResult core =
            PdfDocumentOpener::open(test::data(QStringLiteral("pdf/issue-598-example.pdf")), {});
        QVERIFY(core.document);
        QVERIFY(renderPageGray(*core.document, -1, 72).isNull());
        QVERIFY(renderPageGray(*core.document, 1, 72).isNull());
        QVERIFY(renderPageGray(*core.document, 0, 0).isNull());
        const GrayImage page = renderPageGray(*core.document, 0, 72);
        QCOMPARE(page.width, 612);
        QCOMPARE(page.height, 792);
    }
};

QTEST_GUILESS_MAIN(TestPdfDocumentOpen)
#include "test_pdf_document_open.moc"
