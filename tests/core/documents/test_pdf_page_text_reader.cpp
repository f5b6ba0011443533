// PdfPageTextReader: reading pages with fonts kept across pages gives exactly the words of reading each page
// with a new interpreter (PDFDoc::displayPage), on the test PDFs and on a made document whose pages share,
// add, rebind and inline fonts, change rotation and size, leave an optional-content group or an ActualText
// span open, and draw text in an annotation.

#include "../stages/stage_test_util.h"
#include "documents/pdf_text_layer.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace sluice;

namespace {

/// A PDF file of the objects `bodies` (object k + 1 is bodies[k]; object 1 must be the catalog), with its
/// cross-reference table (ISO 32000-1 §7.5.4: 20-byte entries) and trailer.
QByteArray makePdf(const QList<QByteArray>& bodies) {
    QByteArray pdf = "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < bodies.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + bodies.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(bodies.size() + 1) + "\n0000000000 65535 f\r\n";
    for (qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n\r\n";
    pdf += "trailer\n<< /Size " + QByteArray::number(bodies.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
           QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

/// A content stream object.
QByteArray stream(const QByteArray& content) {
    return "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "\nendstream";
}

/// One line of text in font `font` at (72, y).
QByteArray line(const QByteArray& font, int y, const QByteArray& text) {
    return "BT /" + font + " 12 Tf 72 " + QByteArray::number(y) + " Td (" + text + ") Tj ET\n";
}

/// Twelve pages that exercise every way the kept interpreter can go wrong (see the comments).
QByteArray trickyDocument() {
    // Objects 1–9: catalog, page tree, fonts, optional-content group, annotation appearance.
    QList<QByteArray> o(9);
    o[2] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>";   // 3
    o[3] = "<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>";     // 4
    o[4] = "<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding /WinAnsiEncoding >>"; // 5
    o[5] = "<< /Type /OCG /Name (Hidden layer) >>";                                               // 6
    o[6] = "<< /Type /XObject /Subtype /Form /BBox [0 0 200 40] /Resources << /Font << /F1 3 0 R >> "
           ">> /Length " +
           QByteArray::number(line("F1", 10, "Annotation words").size()) + " >>\nstream\n" +
           line("F1", 10, "Annotation words") + "\nendstream"; // 7
    o[7] = "<< /Font << /F1 3 0 R >> >>";                      // 8: resources shared by reference
    o[8] = "<< /F1 3 0 R /F2 5 0 R >>";                        // 9: a font dictionary by reference
    QList<QByteArray> kids;
    const auto addPage = [&](const QByteArray& attributes, const QByteArray& content) {
        o << stream(content);
        const int contents = int(o.size());
        o << "<< /Type /Page /Parent 2 0 R " + attributes + " /Contents " + QByteArray::number(contents) +
                 " 0 R >>";
        kids << QByteArray::number(o.size()) + " 0 R";
    };
    const QByteArray letter = "/MediaBox [0 0 612 792]";
    const QByteArray helvetica = letter + " /Resources 8 0 R";
    // 1: leaves a hidden optional-content group open (no EMC).
    addPage(letter + " /Resources << /Font << /F1 3 0 R >> /Properties << /oc1 6 0 R >> >>",
            line("F1", 700, "Page one visible") + "/OC /oc1 BDC\n" + line("F1", 650, "hidden words"));
    // 2: the same fonts; must not be hidden by page 1's open group.
    addPage(helvetica, line("F1", 700, "Page two after an open hidden group"));
    // 3: leaves an ActualText span open.
    addPage(helvetica, "/Span << /ActualText (Replacement) >> BDC\n" + line("F1", 700, "Page three"));
    // 4: must not be poured into page 3's span.
    addPage(helvetica, line("F1", 700, "Page four stands alone"));
    // 5: the same name bound to another font.
    addPage(letter + " /Resources << /Font << /F1 4 0 R >> >>", line("F1", 700, "Courier words here"));
    // 6: back to Helvetica under F1, and a new name F2; the font dictionary is an indirect object.
    addPage(letter + " /Resources << /Font 9 0 R >>",
            line("F1", 700, "Helvetica again") + line("F2", 650, "and Times words"));
    // 7: turned a quarter.
    addPage(helvetica + " /Rotate 90", line("F1", 700, "Turned page words"));
    // 8: another size.
    addPage("/MediaBox [0 0 595 842] /Resources 8 0 R", line("F1", 700, "A4 page words"));
    // 9: a font written inline: read the plain way.
    addPage(letter +
                " /Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >>",
            line("F1", 700, "Inline font words"));
    // 10: text in an annotation's appearance.
    addPage(helvetica + " /Annots [<< /Type /Annot /Subtype /FreeText /Rect [72 500 272 540] /AP << /N 7 0 R "
                        ">> >>]",
            line("F1", 700, "Page with a note"));
    // 11: no text at all.
    addPage(helvetica, "0 0 m 100 100 l S\n");
    // 12: text again after a page without.
    addPage(helvetica, line("F1", 700, "Last page words"));
    o[0] = "<< /Type /Catalog /Pages 2 0 R /OCProperties << /OCGs [6 0 R] /D << /OFF [6 0 R] >> >> >>";
    o[1] = "<< /Type /Pages /Kids [" + kids.join(' ') + "] /Count " + QByteArray::number(kids.size()) + " >>";
    return makePdf(o);
}

/// The words of every page of `doc` read in `order` (0-based page indexes), as "text@x,y,w,h[ ]" strings.
QList<QStringList> wordsOf(PdfTextDocument& doc, const QList<int>& order) {
    QList<QStringList> pages(doc.pageCount());
    for (int i : order) {
        QStringList words;
        for (const WordBox& w : doc.words(i))
            words << QStringLiteral("%1@%2,%3,%4,%5%6")
                         .arg(w.text)
                         .arg(w.box.x())
                         .arg(w.box.y())
                         .arg(w.box.width())
                         .arg(w.box.height())
                         .arg(w.spaceAfter ? QStringLiteral(" ") : QString());
        pages[i] = words;
    }
    return pages;
}

QList<int> inOrder(int count) {
    QList<int> order;
    for (int i = 0; i < count; ++i)
        order << i;
    return order;
}

QByteArray readFile(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestPdfPageTextReader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void trickyPagesReadAsThePlainWay() {
        const QByteArray bytes = trickyDocument();
        const std::unique_ptr<PdfTextDocument> kept = PdfTextDocument::fromData(bytes, {});
        const std::unique_ptr<PdfTextDocument> plain = PdfTextDocument::fromData(bytes, {});
        QVERIFY(kept && plain);
        QCOMPARE(kept->pageCount(), 12);
        plain->setReuseFonts(false);
        const QList<QStringList> expected = wordsOf(*plain, inOrder(12));
        QCOMPARE(wordsOf(*kept, inOrder(12)), expected);
        // What each page must say, whichever way it is read.
        const auto joined = [&expected](int page) {
            QString text;
            for (const QString& w : expected.at(page))
                text += w.section(QLatin1Char('@'), 0, 0) + QLatin1Char(' ');
            return text.trimmed();
        };
        QCOMPARE(joined(0), QStringLiteral("Page one visible"));
        QCOMPARE(joined(1), QStringLiteral("Page two after an open hidden group"));
        QCOMPARE(joined(3), QStringLiteral("Page four stands alone"));
        QCOMPARE(joined(4), QStringLiteral("Courier words here"));
        QCOMPARE(joined(5), QStringLiteral("Helvetica again and Times words"));
        QVERIFY(joined(9).contains(QStringLiteral("Annotation words")));
        QVERIFY(expected.at(10).isEmpty());
        QCOMPARE(joined(11), QStringLiteral("Last page words"));
        // Courier is wider than Helvetica: the rebound name really drew with the other font.
        QVERIFY(expected.at(4).first() != expected.at(1).first());
        // Out of order (each jump may replace the kept interpreter), and again from the start.
        const QList<int> jumps{7, 2, 3, 0, 1, 11, 10, 4, 5, 6, 8, 9};
        const std::unique_ptr<PdfTextDocument> jumping = PdfTextDocument::fromData(bytes, {});
        QCOMPARE(wordsOf(*jumping, jumps), expected);
        QCOMPARE(wordsOf(*jumping, inOrder(12)), expected);
    }

    void testFilesReadAsThePlainWay_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("password");
        const QStringList files =
            QDir(test::data(QStringLiteral("pdf"))).entryList({QStringLiteral("*.pdf")});
        QVERIFY(files.contains(QStringLiteral("shared-fonts-3-pages.pdf")));
        for (const QString& file : files)
            QTest::newRow(qPrintable(file))
                << file << QByteArray(file == QLatin1String("password-example.pdf") ? "test" : "");
    }

    void testFilesReadAsThePlainWay() {
        QFETCH(QString, file);
        QFETCH(QByteArray, password);
        const QByteArray bytes = readFile(test::data(QStringLiteral("pdf/") + file));
        const std::unique_ptr<PdfTextDocument> kept = PdfTextDocument::fromData(bytes, password);
        const std::unique_ptr<PdfTextDocument> plain = PdfTextDocument::fromData(bytes, password);
        if (!plain)
            QSKIP("poppler cannot open this file (an error case of the stage tests)");
        QVERIFY(kept);
        plain->setReuseFonts(false);
        const QList<int> order = inOrder(qMin(plain->pageCount(), 50));
        const QList<QStringList> expected = wordsOf(*plain, order);
        QCOMPARE(wordsOf(*kept, order), expected);
        if (file == QLatin1String("shared-fonts-3-pages.pdf")) {
            // Three copies of the ligature paper's page sharing one set of fonts: the same words each time.
            QCOMPARE(kept->pageCount(), 3);
            QVERIFY(expected.at(0).size() > 100);
            QCOMPARE(expected.at(1), expected.at(0));
            QCOMPARE(expected.at(2), expected.at(0));
        }
    }
};

QTEST_GUILESS_MAIN(TestPdfPageTextReader)
#include "test_pdf_page_text_reader.moc"
