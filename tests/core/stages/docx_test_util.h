#pragma once

// Writes small .docx packages for the docx stage tests: a zip (PKWARE APPNOTE 6.3.x, stored entries, no
// compression) of the parts given, with [Content_Types].xml and the package and document relationships.

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QtEndian>

namespace sluice::test {

inline quint32 crc32(const QByteArray& data) {
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : data) {
        crc ^= quint8(byte);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

/// A zip archive of `entries` (name, bytes), stored.
inline QByteArray zip(const QList<QPair<QString, QByteArray>>& entries) {
    QByteArray out;
    QByteArray central;
    auto u16 = [](QByteArray& b, quint16 v) {
        b.append(char(v & 0xFF));
        b.append(char(v >> 8));
    };
    auto u32 = [&u16](QByteArray& b, quint32 v) {
        u16(b, quint16(v & 0xFFFF));
        u16(b, quint16(v >> 16));
    };
    for (const auto& [name, data] : entries) {
        const QByteArray n = name.toUtf8();
        const quint32 offset = quint32(out.size());
        const quint32 crc = crc32(data);
        u32(out, 0x04034b50);
        u16(out, 20);
        u16(out, 0x0800);
        u16(out, 0);
        u16(out, 0);
        u16(out, 0x21);
        u32(out, crc);
        u32(out, quint32(data.size()));
        u32(out, quint32(data.size()));
        u16(out, quint16(n.size()));
        u16(out, 0);
        out += n;
        out += data;
        u32(central, 0x02014b50);
        u16(central, 20);
        u16(central, 20);
        u16(central, 0x0800);
        u16(central, 0);
        u16(central, 0);
        u16(central, 0x21);
        u32(central, crc);
        u32(central, quint32(data.size()));
        u32(central, quint32(data.size()));
        u16(central, quint16(n.size()));
        u16(central, 0);
        u16(central, 0);
        u16(central, 0);
        u16(central, 0);
        u32(central, 0);
        u32(central, offset);
        central += n;
    }
    const quint32 centralOffset = quint32(out.size());
    out += central;
    u32(out, 0x06054b50);
    u16(out, 0);
    u16(out, 0);
    u16(out, quint16(entries.size()));
    u16(out, quint16(entries.size()));
    u32(out, quint32(central.size()));
    u32(out, centralOffset);
    u16(out, 0);
    return out;
}

inline const char* wordNs() {
    return "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
           "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
           "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"";
}

/// A .docx whose w:body holds `bodyXml`, with styles.xml `stylesXml` (omitted when empty) and the
/// document relationships `documentRels` (Relationship elements).
inline QByteArray docx(const QString& bodyXml, const QString& stylesXml = {},
                       const QString& documentRels = {}) {
    const QByteArray types =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
        "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" "
        "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default "
        "Extension=\"xml\" "
        "ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
        "</Types>";
    const QByteArray rels =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
        "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
        "Target=\"word/document.xml\"/></Relationships>";
    QString docRels =
        QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
                       "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
    if (!stylesXml.isEmpty())
        docRels += QStringLiteral(
            "<Relationship Id=\"rIdStyles\" "
            "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
            "Target=\"styles.xml\"/>");
    docRels += documentRels + QStringLiteral("</Relationships>");
    const QString document =
        QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document %1><w:body>%2"
                       "</w:body></w:document>")
            .arg(QLatin1String(wordNs()), bodyXml);
    QList<QPair<QString, QByteArray>> entries{{"[Content_Types].xml", types},
                                              {"_rels/.rels", rels},
                                              {"word/_rels/document.xml.rels", docRels.toUtf8()},
                                              {"word/document.xml", document.toUtf8()}};
    if (!stylesXml.isEmpty())
        entries.append(
            {"word/styles.xml", QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:styles %1>%2"
                                               "</w:styles>")
                                    .arg(QLatin1String(wordNs()), stylesXml)
                                    .toUtf8()});
    return zip(entries);
}

} // namespace sluice::test
