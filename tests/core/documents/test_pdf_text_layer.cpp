// PdfTextDocument: poppler's text layer read through poppler's core gives the same words, boxes, spaces,
// page sizes, rotations and page text as poppler-qt6 (Page::textList, Page::text) on every test PDF, whether
// poppler reads the file or the file's bytes in memory (PdfTextDocument::fromData).

#include "../stages/stage_test_util.h"
#include "documents/pdf_open.h"
#include "documents/pdf_rotation.h"
#include "documents/pdf_text_layer.h"

#include <QFile>
#include <QTest>
#include <poppler-qt6.h>

using namespace sluice;

class TestPdfTextLayer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sameAsPopplerQt_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("password");
        QTest::addColumn<int>("pages");
        QTest::newRow("ligatures") << "issue-598-example.pdf" << QString() << 1;
        QTest::newRow("three tables") << "issue-336-example.pdf" << QString() << 1;
        QTest::newRow("duplicate chars") << "issue-71-duplicate-chars.pdf" << QString() << 2;
        QTest::newRow("rotated") << "nics-background-checks-2015-11-rotated.pdf" << QString() << 1;
        QTest::newRow("type3 no mapping") << "type3_font_nomapping.pdf" << QString() << 1;
        QTest::newRow("password") << "password-example.pdf" << QStringLiteral("test") << 4;
        QTest::newRow("malformed") << "malformed-from-issue-932.pdf" << QString() << -1;
    }

    void sameAsPopplerQt() {
        QFETCH(QString, file);
        QFETCH(QString, password);
        QFETCH(int, pages);
        const QString path = test::data(QStringLiteral("pdf/") + file);
        PdfOpenResult opened = PdfOpener::open(path, {password});
        QVERIFY2(opened.document, qPrintable(opened.error));
        QCOMPARE(opened.password, password.toUtf8());
        const std::unique_ptr<PdfTextDocument> text = PdfTextDocument::open(path, opened.password);
        QVERIFY(text);
        QCOMPARE(text->pageCount(), opened.document->numPages());
        // The same document parsed from the file's bytes in memory reads the same.
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const std::unique_ptr<PdfTextDocument> inMemory =
            PdfTextDocument::fromData(pdf.readAll(), opened.password);
        QVERIFY(inMemory);
        QCOMPARE(inMemory->pageCount(), text->pageCount());
        if (pages > 0)
            QCOMPARE(text->pageCount(), pages);
        int totalWords = 0;
        for (int i = 0; i < text->pageCount(); ++i) {
            const std::unique_ptr<Poppler::Page> page = opened.document->page(i);
            QVERIFY(page);
            QVERIFY(text->hasPage(i));
            QCOMPARE(text->pageSize(i), page->pageSizeF());
            QCOMPARE(text->rotation(i), pdfRotationDegrees(page->orientation()));
            const std::vector<std::unique_ptr<Poppler::TextBox>> boxes = page->textList();
            const QList<WordBox> words = text->words(i);
            QCOMPARE(words.size(), qsizetype(boxes.size()));
            for (qsizetype k = 0; k < words.size(); ++k) {
                QCOMPARE(words.at(k).text, boxes.at(size_t(k))->text());
                QCOMPARE(words.at(k).box, boxes.at(size_t(k))->boundingBox());
                QCOMPARE(words.at(k).spaceAfter, boxes.at(size_t(k))->hasSpaceAfter());
            }
            const QList<WordBox> fromMemory = inMemory->words(i);
            QCOMPARE(fromMemory.size(), words.size());
            for (qsizetype k = 0; k < words.size(); ++k) {
                QCOMPARE(fromMemory.at(k).text, words.at(k).text);
                QCOMPARE(fromMemory.at(k).box, words.at(k).box);
                QCOMPARE(fromMemory.at(k).spaceAfter, words.at(k).spaceAfter);
            }
            QCOMPARE(inMemory->pageSize(i), text->pageSize(i));
            QCOMPARE(inMemory->rotation(i), text->rotation(i));
            totalWords += int(words.size());
            const qreal side = qMax(page->pageSizeF().width(), page->pageSizeF().height()) + 1.0;
            QCOMPARE(text->physicalText(i, side), page->text(QRectF(0, 0, side, side)));
        }
        QVERIFY(totalWords > 0);
        QVERIFY(!text->hasPage(-1));
        QVERIFY(!text->hasPage(text->pageCount()));
    }

    void ligatureWordAndBox() {
        // issue-598-example.pdf: "scientiﬁc" is one word with the U+FB01 ligature, on a US Letter page.
        const std::unique_ptr<PdfTextDocument> text =
            PdfTextDocument::open(test::data(QStringLiteral("pdf/issue-598-example.pdf")), {});
        QVERIFY(text);
        QCOMPARE(text->pageSize(0), QSizeF(612, 792));
        QCOMPARE(text->rotation(0), 0);
        bool found = false;
        for (const WordBox& w : text->words(0))
            found = found || w.text.contains(QChar(0xFB01));
        QVERIFY(found);
    }

    void wrongPasswordOrBrokenFileGivesNull() {
        QVERIFY(!PdfTextDocument::open(test::data(QStringLiteral("pdf/password-example.pdf")), "wrong"));
        QVERIFY(!PdfTextDocument::open(test::data(QStringLiteral("pdf/password-example.pdf")), {}));
        QVERIFY(!PdfTextDocument::open(test::data(QStringLiteral("pdf/does-not-exist.pdf")), {}));
        QFile file(test::data(QStringLiteral("pdf/password-example.pdf")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!PdfTextDocument::fromData(bytes, "wrong"));
        QVERIFY(!PdfTextDocument::fromData(bytes, {}));
        QVERIFY(PdfTextDocument::fromData(bytes, "test"));
        QVERIFY(!PdfTextDocument::fromData({}, {}));
        QVERIFY(!PdfTextDocument::fromData(QByteArray("not a PDF at all"), {}));
    }
};

QTEST_GUILESS_MAIN(TestPdfTextLayer)
#include "test_pdf_text_layer.moc"
