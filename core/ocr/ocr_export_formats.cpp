#include "ocr_export_formats.h"

#include "ocr_json_box.h"

#include <QJsonArray>
#include <QList>
#include <QMap>
#include <QRect>
#include <QXmlStreamWriter>
#include <algorithm>
#include <tesseract/baseapi.h>

namespace sluice {

namespace {

struct LayoutWord {
    QString text;
    double confidence = -1;
    QRect box;
};
struct LayoutLine {
    QRect box;
    QList<LayoutWord> words;
};
struct LayoutBlock {
    QRect box;
    QList<LayoutLine> lines;
};

/// One page's words grouped into lines and blocks (see the header for the rules).
QList<LayoutBlock> layOut(const QJsonObject& page) {
    const QJsonArray words = page.value(QStringLiteral("words")).toArray();
    const QJsonArray lines = page.value(QStringLiteral("lines")).toArray();
    const QJsonArray blocks = page.value(QStringLiteral("blocks")).toArray();
    QMap<int, QList<int>> linesOfBlock;
    QMap<int, QList<LayoutWord>> wordsOfLine;
    for (int l = 0; l < lines.size(); ++l) {
        const int b = lines.at(l).toObject().value(QStringLiteral("block")).toInt(-1);
        linesOfBlock[b >= 0 && b < blocks.size() ? b : -1].append(l);
    }
    for (const QJsonValue& v : words) {
        const QJsonObject w = v.toObject();
        LayoutWord word;
        word.text = w.value(QStringLiteral("text")).toString();
        if (word.text.trimmed().isEmpty())
            continue;
        word.confidence = w.value(QStringLiteral("confidence")).toDouble(-1);
        word.box = ocrJsonBox(w.value(QStringLiteral("bbox")));
        const int l = w.value(QStringLiteral("line")).toInt(-1);
        wordsOfLine[l >= 0 && l < lines.size() ? l : -1].append(word);
    }
    QList<LayoutBlock> out;
    auto addBlock = [&](const QRect& box, const QList<int>& lineIndexes) {
        LayoutBlock block;
        block.box = box;
        for (int l : lineIndexes) {
            const QList<LayoutWord> ws = wordsOfLine.value(l);
            if (!ws.isEmpty())
                block.lines.append({ocrJsonBox(lines.at(l).toObject().value(QStringLiteral("bbox"))), ws});
        }
        if (block.lines.isEmpty())
            return;
        if (block.box.isEmpty())
            for (const LayoutLine& line : std::as_const(block.lines))
                block.box |= line.box;
        out.append(block);
    };
    for (int b = 0; b < blocks.size(); ++b)
        addBlock(ocrJsonBox(blocks.at(b).toObject().value(QStringLiteral("bbox"))), linesOfBlock.value(b));
    addBlock({}, linesOfBlock.value(-1));
    const QList<LayoutWord> stray = wordsOfLine.value(-1);
    if (!stray.isEmpty()) {
        QRect box;
        for (const LayoutWord& w : stray)
            box |= w.box;
        out.append({box, {{box, stray}}});
    }
    return out;
}

QByteArray tsvRow(int level, int page, int block, int par, int line, int word, const QRect& box,
                  double confidence, const QString& text) {
    QString t = text;
    t.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    t.replace(QLatin1Char('\r'), QLatin1Char(' '));
    const QString conf = confidence < 0 ? QStringLiteral("-1") : QString::number(confidence, 'f', 1);
    return QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7\t%8\t%9\t%10\t%11\t%12\n")
        .arg(level)
        .arg(page)
        .arg(block)
        .arg(par)
        .arg(line)
        .arg(word)
        .arg(box.x())
        .arg(box.y())
        .arg(box.width())
        .arg(box.height())
        .arg(conf, t)
        .toUtf8();
}

void boxAttributes(QXmlStreamWriter& xml, const QRect& box) {
    xml.writeAttribute(QStringLiteral("HPOS"), QString::number(box.x()));
    xml.writeAttribute(QStringLiteral("VPOS"), QString::number(box.y()));
    xml.writeAttribute(QStringLiteral("WIDTH"), QString::number(box.width()));
    xml.writeAttribute(QStringLiteral("HEIGHT"), QString::number(box.height()));
}

} // namespace

QByteArray ocrToTsv(const QJsonObject& ocr) {
    QByteArray out("level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\t"
                   "text\n");
    const QJsonArray pages = ocr.value(QStringLiteral("pages")).toArray();
    for (int p = 0; p < pages.size(); ++p) {
        const QJsonObject page = pages.at(p).toObject();
        const int number = page.value(QStringLiteral("page")).toInt(p + 1);
        const QRect pageBox(0, 0, page.value(QStringLiteral("width")).toInt(),
                            page.value(QStringLiteral("height")).toInt());
        out += tsvRow(1, number, 0, 0, 0, 0, pageBox, -1, {});
        const QList<LayoutBlock> blocks = layOut(page);
        for (int b = 0; b < blocks.size(); ++b) {
            out += tsvRow(2, number, b + 1, 0, 0, 0, blocks[b].box, -1, {});
            out += tsvRow(3, number, b + 1, 1, 0, 0, blocks[b].box, -1, {});
            for (int l = 0; l < blocks[b].lines.size(); ++l) {
                const LayoutLine& line = blocks[b].lines[l];
                out += tsvRow(4, number, b + 1, 1, l + 1, 0, line.box, -1, {});
                for (int w = 0; w < line.words.size(); ++w)
                    out += tsvRow(5, number, b + 1, 1, l + 1, w + 1, line.words[w].box,
                                  std::max(0.0, line.words[w].confidence), line.words[w].text);
            }
        }
    }
    return out;
}

QByteArray ocrToAlto(const QJsonObject& ocr, const QString& fileName) {
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(1);
    xml.writeStartDocument();
    const QString ns = QStringLiteral("http://www.loc.gov/standards/alto/ns-v3#");
    xml.writeStartElement(QStringLiteral("alto"));
    xml.writeDefaultNamespace(ns);
    xml.writeNamespace(QStringLiteral("http://www.w3.org/1999/xlink"), QStringLiteral("xlink"));
    xml.writeNamespace(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"), QStringLiteral("xsi"));
    xml.writeAttribute(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"),
                       QStringLiteral("schemaLocation"),
                       ns + QStringLiteral(" http://www.loc.gov/alto/v3/alto-3-0.xsd"));
    xml.writeStartElement(QStringLiteral("Description"));
    xml.writeTextElement(QStringLiteral("MeasurementUnit"), QStringLiteral("pixel"));
    xml.writeStartElement(QStringLiteral("sourceImageInformation"));
    xml.writeTextElement(QStringLiteral("fileName"), fileName);
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("OCRProcessing"));
    xml.writeAttribute(QStringLiteral("ID"), QStringLiteral("OCR_0"));
    xml.writeStartElement(QStringLiteral("ocrProcessingStep"));
    xml.writeStartElement(QStringLiteral("processingSoftware"));
    xml.writeTextElement(
        QStringLiteral("softwareName"),
        QStringLiteral("sluice (tesseract %1)").arg(QString::fromLatin1(tesseract::TessBaseAPI::Version())));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement(); // OCRProcessing
    xml.writeEndElement(); // Description

    xml.writeStartElement(QStringLiteral("Layout"));
    const QJsonArray pages = ocr.value(QStringLiteral("pages")).toArray();
    int blockId = 0, lineId = 0, stringId = 0;
    for (int p = 0; p < pages.size(); ++p) {
        const QJsonObject page = pages.at(p).toObject();
        const int number = page.value(QStringLiteral("page")).toInt(p + 1);
        const QRect pageBox(0, 0, page.value(QStringLiteral("width")).toInt(),
                            page.value(QStringLiteral("height")).toInt());
        xml.writeStartElement(QStringLiteral("Page"));
        xml.writeAttribute(QStringLiteral("WIDTH"), QString::number(pageBox.width()));
        xml.writeAttribute(QStringLiteral("HEIGHT"), QString::number(pageBox.height()));
        xml.writeAttribute(QStringLiteral("PHYSICAL_IMG_NR"), QString::number(number));
        xml.writeAttribute(QStringLiteral("ID"), QStringLiteral("page_%1").arg(number));
        xml.writeStartElement(QStringLiteral("PrintSpace"));
        boxAttributes(xml, pageBox);
        for (const LayoutBlock& block : layOut(page)) {
            xml.writeStartElement(QStringLiteral("TextBlock"));
            xml.writeAttribute(QStringLiteral("ID"), QStringLiteral("block_%1").arg(blockId++));
            boxAttributes(xml, block.box);
            for (const LayoutLine& line : block.lines) {
                xml.writeStartElement(QStringLiteral("TextLine"));
                xml.writeAttribute(QStringLiteral("ID"), QStringLiteral("line_%1").arg(lineId++));
                boxAttributes(xml, line.box);
                for (int w = 0; w < line.words.size(); ++w) {
                    const LayoutWord& word = line.words[w];
                    if (w > 0) {
                        // The gap from the previous word, as Tesseract's renderer writes it.
                        const QRect& prev = line.words[w - 1].box;
                        xml.writeEmptyElement(QStringLiteral("SP"));
                        xml.writeAttribute(QStringLiteral("WIDTH"),
                                           QString::number(std::max(0, word.box.x() - prev.right() - 1)));
                        xml.writeAttribute(QStringLiteral("VPOS"), QString::number(prev.y()));
                        xml.writeAttribute(QStringLiteral("HPOS"), QString::number(prev.right() + 1));
                    }
                    xml.writeEmptyElement(QStringLiteral("String"));
                    xml.writeAttribute(QStringLiteral("ID"), QStringLiteral("string_%1").arg(stringId++));
                    boxAttributes(xml, word.box);
                    xml.writeAttribute(
                        QStringLiteral("WC"),
                        QString::number(std::clamp(word.confidence, 0.0, 100.0) / 100.0, 'f', 2));
                    xml.writeAttribute(QStringLiteral("CONTENT"), word.text);
                }
                xml.writeEndElement(); // TextLine
            }
            xml.writeEndElement(); // TextBlock
        }
        xml.writeEndElement(); // PrintSpace
        xml.writeEndElement(); // Page
    }
    xml.writeEndElement(); // Layout
    xml.writeEndElement(); // alto
    xml.writeEndDocument();
    return out;
}

} // namespace sluice
