#include "searchable_pdf.h"

#include "images/cv_codecs.h"

#include <QByteArray>
#include <cmath>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace sluice::ocr {

namespace {

/// zlib data for FlateDecode: qCompress's output without its 4-byte length prefix.
QByteArray flate(const QByteArray& data) {
    return qCompress(data, 9).mid(4);
}

QByteArray num(double v) {
    QByteArray s = QByteArray::number(v, 'f', 4);
    while (s.contains('.') && (s.endsWith('0') || s.endsWith('.')))
        s.chop(1);
    return s == "-0" ? QByteArray("0") : s;
}

/// A PDF text string in UTF-16BE with a byte-order mark (PDF 32000-1 §7.9.2.2), as a hex string.
QByteArray pdfTextString(const QString& s) {
    QByteArray hex("<FEFF");
    for (const QChar c : s)
        hex += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return hex + '>';
}

/// True when `gray` holds only the levels 0 and 255.
bool isBilevel(const cv::Mat& gray) {
    const cv::Mat between = (gray > 0) & (gray < 255);
    return cv::countNonZero(between) == 0;
}

/// Rows of 1-bit samples, 1 = white, each row padded to a whole byte (PDF 32000-1 §8.9.3).
QByteArray packBits(const cv::Mat& gray) {
    const int rowBytes = (gray.cols + 7) / 8;
    QByteArray out(qsizetype(rowBytes) * gray.rows, '\0');
    for (int y = 0; y < gray.rows; ++y) {
        const uchar* row = gray.ptr<uchar>(y);
        auto* dst = reinterpret_cast<uchar*>(out.data()) + qsizetype(rowBytes) * y;
        for (int x = 0; x < gray.cols; ++x)
            if (row[x])
                dst[x >> 3] |= uchar(0x80u >> (x & 7));
    }
    return out;
}

constexpr const char* kToUnicode =
    "/CIDInit /ProcSet findresource begin\n"
    "12 dict begin\n"
    "begincmap\n"
    "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
    "/CMapName /Adobe-Identify-UCS def\n"
    "/CMapType 2 def\n"
    "1 begincodespacerange\n"
    "<0000> <FFFF>\n"
    "endcodespacerange\n"
    "1 beginbfrange\n"
    "<0000> <FFFF> <0000>\n"
    "endbfrange\n"
    "endcmap\n"
    "CMapName currentdict /CMap defineresource pop\n"
    "end\n"
    "end\n";

} // namespace

SearchablePdfWriter::~SearchablePdfWriter() {
    if (m_file.isOpen())
        m_file.close();
}

int SearchablePdfWriter::newObject() {
    m_offsets.append(-1);
    return int(m_offsets.size());
}

bool SearchablePdfWriter::writeObject(int id, const QByteArray& dictionary, const QByteArray& stream,
                                      bool hasStream) {
    m_offsets[id - 1] = m_file.pos();
    QByteArray out = QByteArray::number(id) + " 0 obj\n" + dictionary;
    if (hasStream)
        out += "\nstream\n" + stream + "\nendstream";
    out += "\nendobj\n";
    return m_file.write(out) == out.size();
}

bool SearchablePdfWriter::begin(const QString& path, const QString& title, const QString& fontPath,
                                QString* error) {
    QFile font(fontPath);
    if (!font.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read the PDF text font %1: %2").arg(fontPath, font.errorString());
        return false;
    }
    const QByteArray ttf = font.readAll();
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = tr("cannot create %1: %2").arg(path, m_file.errorString());
        return false;
    }
    m_title = title;
    m_offsets.clear();
    m_pages.clear();
    bool ok = m_file.write("%PDF-1.5\n%\xE2\xE3\xCF\xD3\n") > 0;
    const int catalog = newObject();
    const int pages = newObject();
    Q_ASSERT(catalog == 1 && pages == 2);
    ok = ok && writeObject(catalog, "<< /Type /Catalog /Pages 2 0 R >>");

    m_font = newObject();
    const int cidFont = newObject();
    const int cidToGid = newObject();
    const int toUnicode = newObject();
    const int descriptor = newObject();
    const int fontFile = newObject();
    ok = ok && writeObject(m_font, "<< /Type /Font /Subtype /Type0 /BaseFont /GlyphLessFont /Encoding "
                                   "/Identity-H /DescendantFonts [" +
                                       QByteArray::number(cidFont) + " 0 R] /ToUnicode " +
                                       QByteArray::number(toUnicode) + " 0 R >>");
    ok = ok &&
         writeObject(cidFont, "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /GlyphLessFont "
                              "/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
                              "/FontDescriptor " +
                                  QByteArray::number(descriptor) + " 0 R /CIDToGIDMap " +
                                  QByteArray::number(cidToGid) + " 0 R /DW 500 >>");
    // Every CID (a UTF-16 code unit) shows glyph 1, pdf.ttf's only glyph.
    QByteArray map(65536 * 2, '\0');
    for (int i = 0; i < 65536; ++i)
        map[2 * i + 1] = 1;
    const QByteArray mapData = flate(map);
    ok = ok && writeObject(cidToGid,
                           "<< /Length " + QByteArray::number(mapData.size()) + " /Filter /FlateDecode >>",
                           mapData, true);
    const QByteArray cmap(kToUnicode);
    ok = ok && writeObject(toUnicode, "<< /Length " + QByteArray::number(cmap.size()) + " >>", cmap, true);
    ok = ok &&
         writeObject(descriptor, "<< /Type /FontDescriptor /FontName /GlyphLessFont /Flags 5 /FontBBox "
                                 "[0 0 500 1000] /ItalicAngle 0 /Ascent 1000 /Descent -1 /CapHeight 1000 "
                                 "/StemV 80 /FontFile2 " +
                                     QByteArray::number(fontFile) + " 0 R >>");
    ok = ok && writeObject(fontFile,
                           "<< /Length " + QByteArray::number(ttf.size()) + " /Length1 " +
                               QByteArray::number(ttf.size()) + " >>",
                           ttf, true);
    if (!ok) {
        *error = tr("cannot write %1: %2").arg(path, m_file.errorString());
        m_file.close();
        return false;
    }
    return true;
}

bool SearchablePdfWriter::addPage(const cv::Mat& page, int dpi, const QList<PdfWord>& words, QString* error) {
    cv::Mat image = page;
    if (image.depth() == CV_8U && image.channels() == 4)
        cv::cvtColor(page, image, cv::COLOR_BGRA2BGR);
    if (image.empty() || image.depth() != CV_8U || (image.channels() != 1 && image.channels() != 3) ||
        dpi <= 0) {
        *error = tr("page %1: no 8-bit gray or colour image to put in the PDF").arg(m_pages.size() + 1);
        return false;
    }
    // The image: 1-bit Flate for black-and-white pages, JPEG otherwise.
    QByteArray imageDict = "<< /Type /XObject /Subtype /Image /Width " + QByteArray::number(image.cols) +
                           " /Height " + QByteArray::number(image.rows);
    QByteArray imageData;
    if (image.channels() == 1 && isBilevel(image)) {
        imageData = flate(packBits(image));
        imageDict += " /ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /FlateDecode";
    } else {
        std::vector<uchar> jpeg;
        QString why;
        if (!cvcodecs::imencode(".jpg", image, jpeg, {cv::IMWRITE_JPEG_QUALITY, 85}, &why)) {
            *error = tr("page %1: cannot encode the image for the PDF: %2").arg(m_pages.size() + 1).arg(why);
            return false;
        }
        imageData = QByteArray(reinterpret_cast<const char*>(jpeg.data()), qsizetype(jpeg.size()));
        imageDict += image.channels() == 1 ? " /ColorSpace /DeviceGray" : " /ColorSpace /DeviceRGB";
        imageDict += " /BitsPerComponent 8 /Filter /DCTDecode";
    }
    imageDict += " /Length " + QByteArray::number(imageData.size()) + " >>";

    // The content: the image over the whole page, then the words in render mode 3 (invisible).
    const double scale = 72.0 / dpi; // pixels → points
    const double width = image.cols * scale;
    const double height = image.rows * scale;
    auto toPdf = [&](const QPointF& p) {
        return QPointF(p.x() * scale, height - p.y() * scale);
    };
    QByteArray content = "q " + num(width) + " 0 0 " + num(height) + " 0 0 cm /Im1 Do Q\nBT\n3 Tr\n";
    for (const PdfWord& word : words) {
        const QString text = word.text.trimmed();
        if (text.isEmpty())
            continue;
        const QPointF o = toPdf(word.origin);
        const QPointF u = toPdf(word.end) - o; // along the baseline
        const QPointF v = toPdf(word.top) - o; // one text height up
        const double length = std::hypot(u.x(), u.y());
        const double size = std::hypot(v.x(), v.y());
        if (length < 1e-3 || size < 1e-3)
            continue;
        // The direction of the text in quarter turns; the word stays centred on its parallelogram.
        const double turn = std::round(std::atan2(u.y(), u.x()) / (M_PI / 2)) * (M_PI / 2);
        const QPointF e1(std::round(std::cos(turn)), std::round(std::sin(turn)));
        const QPointF e2(-e1.y(), e1.x());
        const QPointF start = o + (u + v) / 2 - e1 * (length / 2) - e2 * (size / 2);
        // At size `size` each glyph advances size/2: n glyphs span n·size/2, stretched to `length` by Tz.
        const double stretch = 100.0 * length / (text.size() * 0.5 * size);
        content += num(e1.x()) + ' ' + num(e1.y()) + ' ' + num(e2.x()) + ' ' + num(e2.y()) + ' ' +
                   num(start.x()) + ' ' + num(start.y()) + " Tm /F1 " + num(size) + " Tf " + num(stretch) +
                   " Tz <";
        for (const QChar c : text)
            content += QByteArray::number(c.unicode(), 16).rightJustified(4, '0');
        content += "> Tj\n";
    }
    content += "ET\n";
    const QByteArray contentData = flate(content);

    const int imageId = newObject();
    const int contentId = newObject();
    const int pageId = newObject();
    const bool ok =
        writeObject(imageId, imageDict, imageData, true) &&
        writeObject(contentId,
                    "<< /Length " + QByteArray::number(contentData.size()) + " /Filter /FlateDecode >>",
                    contentData, true) &&
        writeObject(pageId, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + num(width) + ' ' + num(height) +
                                "] /Contents " + QByteArray::number(contentId) +
                                " 0 R /Resources << /XObject << /Im1 " + QByteArray::number(imageId) +
                                " 0 R >> /Font << /F1 " + QByteArray::number(m_font) + " 0 R >> >> >>");
    if (!ok) {
        *error = tr("cannot write %1: %2").arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    m_pages.append(pageId);
    return true;
}

bool SearchablePdfWriter::finish(QString* error) {
    QByteArray kids;
    for (int id : std::as_const(m_pages))
        kids += QByteArray::number(id) + " 0 R ";
    bool ok = writeObject(2, "<< /Type /Pages /Kids [" + kids.trimmed() + "] /Count " +
                                 QByteArray::number(m_pages.size()) + " >>");
    const int info = newObject();
    ok = ok && writeObject(info, "<< /Title " + pdfTextString(m_title) + " /Producer " +
                                     pdfTextString(QStringLiteral("Sluice (Tesseract)")) + " >>");
    const qint64 xref = m_file.pos();
    QByteArray tail = "xref\n0 " + QByteArray::number(m_offsets.size() + 1) + "\n0000000000 65535 f \n";
    for (qint64 offset : std::as_const(m_offsets))
        tail += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    tail += "trailer\n<< /Size " + QByteArray::number(m_offsets.size() + 1) + " /Root 1 0 R /Info " +
            QByteArray::number(info) + " 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    ok = ok && m_file.write(tail) == tail.size() && m_file.flush();
    const QString why = m_file.errorString();
    m_file.close();
    if (!ok || m_file.error() != QFileDevice::NoError) {
        *error = tr("cannot write %1: %2").arg(m_file.fileName(), why);
        return false;
    }
    return true;
}

} // namespace sluice::ocr
