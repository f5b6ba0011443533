#include "ocr_corrected_hocr.h"

#include "ocr_json_box.h"

#include <QJsonArray>
#include <QMap>
#include <QRect>
#include <QXmlStreamWriter>

namespace sluice {

namespace {

QString bboxTitle(const QRect& r) {
    // hOCR's bbox is x0 y0 x1 y1 with (x1, y1) the corner just outside the box.
    return QStringLiteral("bbox %1 %2 %3 %4")
        .arg(r.x())
        .arg(r.y())
        .arg(r.x() + r.width())
        .arg(r.y() + r.height());
}

/// Writes one page's blocks, lines and words under the open ocr_page element.
class PageWriter {
public:
    PageWriter(QXmlStreamWriter& xml, const QJsonObject& page, int pageNumber)
        : m_xml(xml), m_page(pageNumber), m_words(page.value(QStringLiteral("words")).toArray()),
          m_lines(page.value(QStringLiteral("lines")).toArray()),
          m_blocks(page.value(QStringLiteral("blocks")).toArray()) {
        for (int l = 0; l < m_lines.size(); ++l) {
            const int b = m_lines.at(l).toObject().value(QStringLiteral("block")).toInt(-1);
            m_linesOfBlock[b >= 0 && b < m_blocks.size() ? b : -1].append(l);
        }
        for (int w = 0; w < m_words.size(); ++w) {
            const int l = m_words.at(w).toObject().value(QStringLiteral("line")).toInt(-1);
            m_wordsOfLine[l >= 0 && l < m_lines.size() ? l : -1].append(w);
        }
    }

    void write() {
        for (int b = 0; b < m_blocks.size(); ++b)
            if (hasWords(m_linesOfBlock.value(b)))
                writeBlock(ocrJsonBox(m_blocks.at(b).toObject().value(QStringLiteral("bbox"))),
                           m_linesOfBlock.value(b));
        const QList<int> strayLines = m_linesOfBlock.value(-1);
        if (hasWords(strayLines)) {
            QRect box;
            for (int l : strayLines)
                box |= lineBox(l);
            writeBlock(box, strayLines);
        }
        const QList<int> strayWords = nonEmpty(m_wordsOfLine.value(-1));
        if (!strayWords.isEmpty()) {
            QRect box;
            for (int w : strayWords)
                box |= ocrJsonBox(m_words.at(w).toObject().value(QStringLiteral("bbox")));
            openElement(QStringLiteral("div"), QStringLiteral("ocr_carea"), QStringLiteral("block"), box);
            openElement(QStringLiteral("p"), QStringLiteral("ocr_par"), QStringLiteral("par"), box);
            writeLine(box, strayWords);
            m_xml.writeEndElement();
            m_xml.writeEndElement();
        }
    }

private:
    QList<int> nonEmpty(const QList<int>& words) const {
        QList<int> out;
        for (int w : words)
            if (!m_words.at(w).toObject().value(QStringLiteral("text")).toString().trimmed().isEmpty())
                out << w;
        return out;
    }
    bool hasWords(const QList<int>& lines) const {
        for (int l : lines)
            if (!nonEmpty(m_wordsOfLine.value(l)).isEmpty())
                return true;
        return false;
    }
    QRect lineBox(int l) const { return ocrJsonBox(m_lines.at(l).toObject().value(QStringLiteral("bbox"))); }

    void openElement(const QString& tag, const QString& cls, const QString& idPrefix, const QRect& box,
                     const QString& extra = {}) {
        m_xml.writeStartElement(tag);
        m_xml.writeAttribute(QStringLiteral("class"), cls);
        m_xml.writeAttribute(QStringLiteral("id"),
                             QStringLiteral("%1_%2_%3").arg(idPrefix).arg(m_page).arg(++m_ids[idPrefix]));
        m_xml.writeAttribute(QStringLiteral("title"), bboxTitle(box) + extra);
    }

    void writeBlock(const QRect& box, const QList<int>& lines) {
        openElement(QStringLiteral("div"), QStringLiteral("ocr_carea"), QStringLiteral("block"), box);
        openElement(QStringLiteral("p"), QStringLiteral("ocr_par"), QStringLiteral("par"), box);
        for (int l : lines) {
            const QList<int> words = nonEmpty(m_wordsOfLine.value(l));
            if (!words.isEmpty())
                writeLine(lineBox(l), words);
        }
        m_xml.writeEndElement(); // p
        m_xml.writeEndElement(); // div
    }

    void writeLine(const QRect& box, const QList<int>& words) {
        openElement(QStringLiteral("span"), QStringLiteral("ocr_line"), QStringLiteral("line"), box);
        for (int w : words) {
            const QJsonObject word = m_words.at(w).toObject();
            openElement(QStringLiteral("span"), QStringLiteral("ocrx_word"), QStringLiteral("word"),
                        ocrJsonBox(word.value(QStringLiteral("bbox"))),
                        QStringLiteral("; x_wconf %1")
                            .arg(qRound(word.value(QStringLiteral("confidence")).toDouble())));
            m_xml.writeCharacters(word.value(QStringLiteral("text")).toString());
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
    }

    QXmlStreamWriter& m_xml;
    int m_page;
    QJsonArray m_words;
    QJsonArray m_lines;
    QJsonArray m_blocks;
    QMap<int, QList<int>> m_linesOfBlock;
    QMap<int, QList<int>> m_wordsOfLine;
    QMap<QString, int> m_ids;
};

} // namespace

QByteArray ocrToHocr(const QJsonObject& ocr, const QString& title) {
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(1);
    xml.writeStartDocument();
    xml.writeDTD(QStringLiteral("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" "
                                "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">"));
    xml.writeStartElement(QStringLiteral("html"));
    xml.writeDefaultNamespace(QStringLiteral("http://www.w3.org/1999/xhtml"));
    const QString lang = ocr.value(QStringLiteral("languages")).toString().section(QLatin1Char('+'), 0, 0);
    if (!lang.isEmpty()) {
        xml.writeAttribute(QStringLiteral("xml:lang"), lang);
        xml.writeAttribute(QStringLiteral("lang"), lang);
    }
    xml.writeStartElement(QStringLiteral("head"));
    xml.writeTextElement(QStringLiteral("title"), title);
    auto meta = [&xml](const QString& name, const QString& content) {
        xml.writeEmptyElement(QStringLiteral("meta"));
        xml.writeAttribute(QStringLiteral("name"), name);
        xml.writeAttribute(QStringLiteral("content"), content);
    };
    xml.writeEmptyElement(QStringLiteral("meta"));
    xml.writeAttribute(QStringLiteral("http-equiv"), QStringLiteral("Content-Type"));
    xml.writeAttribute(QStringLiteral("content"), QStringLiteral("text/html;charset=utf-8"));
    meta(QStringLiteral("ocr-system"), QStringLiteral("sluice (tesseract)"));
    meta(QStringLiteral("ocr-capabilities"), QStringLiteral("ocr_page ocr_carea ocr_par ocr_line ocrx_word "
                                                            "ocrp_wconf"));
    const QJsonArray pages = ocr.value(QStringLiteral("pages")).toArray();
    meta(QStringLiteral("ocr-number-of-pages"), QString::number(pages.size()));
    xml.writeEndElement(); // head

    xml.writeStartElement(QStringLiteral("body"));
    for (int p = 0; p < pages.size(); ++p) {
        const QJsonObject page = pages.at(p).toObject();
        const int number = page.value(QStringLiteral("page")).toInt(p + 1);
        QString pageTitle;
        const QString image = page.value(QStringLiteral("source_image")).toString();
        if (!image.isEmpty())
            pageTitle += QStringLiteral("image \"%1\"; ").arg(image);
        pageTitle += bboxTitle(QRect(0, 0, page.value(QStringLiteral("width")).toInt(),
                                     page.value(QStringLiteral("height")).toInt()));
        pageTitle += QStringLiteral("; ppageno %1").arg(number - 1);
        const int dpi = qRound(page.value(QStringLiteral("dpi")).toDouble());
        if (dpi > 0)
            pageTitle += QStringLiteral("; scan_res %1 %1").arg(dpi);
        xml.writeStartElement(QStringLiteral("div"));
        xml.writeAttribute(QStringLiteral("class"), QStringLiteral("ocr_page"));
        xml.writeAttribute(QStringLiteral("id"), QStringLiteral("page_%1").arg(number));
        xml.writeAttribute(QStringLiteral("title"), pageTitle);
        PageWriter(xml, page, number).write();
        xml.writeEndElement();
    }
    xml.writeEndElement(); // body
    xml.writeEndElement(); // html
    xml.writeEndDocument();
    return out;
}

} // namespace sluice
