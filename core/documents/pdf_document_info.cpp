#include "pdf_document_info.h"

#include "pdf_text_layer.h"

#include <DateInfo.h>
#include <PDFDoc.h>
#include <PDFDocEncoding.h>
#include <goo/GooString.h>
#include <memory>

// After PDFDoc.h: Dict.h included first would compile Object.h's inline functions before Dict is complete.
#include <Dict.h>

namespace sluice::pdfinfo {

namespace {

/// A PDF text string decoded as poppler-qt6's UnicodeParsedString decodes it.
QString decodeTextString(const std::string& s) {
    if (s.empty())
        return {};
    if (GooString::hasUnicodeMarker(s) || GooString::hasUnicodeMarkerLE(s))
        return QString::fromUtf16(reinterpret_cast<const char16_t*>(s.c_str()), qsizetype(s.size() / 2));
    int length = 0;
    const std::unique_ptr<const char[]> utf16(pdfDocEncodingToUTF16(s, &length));
    return QString::fromUtf16(reinterpret_cast<const char16_t*>(utf16.get()), length / 2);
}

/// A PDF name as text: UTF-8 when its bytes are valid UTF-8 (ISO 32000-1 §7.3.5 recommends it), otherwise
/// Latin-1 (older writers put their code page's bytes in names, e.g. /Saks#e5r).
QString decodeName(const char* name) {
    const QByteArray bytes(name);
    QString out = QString::fromUtf8(bytes);
    return out.contains(QChar::ReplacementCharacter) ? QString::fromLatin1(bytes) : out;
}

} // namespace

QString text(const PdfTextDocument& doc, const char* key) {
    const std::unique_ptr<GooString> value = doc.pdfDoc().getDocInfoStringEntry(key);
    return value ? decodeTextString(value->toStr()) : QString();
}

QDateTime date(const PdfTextDocument& doc, const char* key) {
    // As poppler-qt6: the decoded string, back to Latin-1 bytes for the parser.
    const GooString raw(text(doc, key).toLatin1().constData());
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, tzHours = 0, tzMinutes = 0;
    char tz = 0;
    if (!parseDateString(&raw, &year, &month, &day, &hour, &minute, &second, &tz, &tzHours, &tzMinutes))
        return {};
    const QDate d(year, month, day);
    const QTime t(hour, minute, second);
    if (!d.isValid() || !t.isValid())
        return {};
    QDateTime dt(d, t, Qt::UTC);
    if (tz == '+') // local time ahead of UTC
        dt = dt.addSecs(-qint64(tzHours * 60 + tzMinutes) * 60);
    else if (tz == '-')
        dt = dt.addSecs(qint64(tzHours * 60 + tzMinutes) * 60);
    return dt;
}

QString version(const PdfTextDocument& doc) {
    PDFDoc& pdf = doc.pdfDoc();
    return QStringLiteral("%1.%2").arg(pdf.getPDFMajorVersion()).arg(pdf.getPDFMinorVersion());
}

QJsonObject metadataJson(const PdfTextDocument& doc) {
    const auto iso = [](const QDateTime& dt) {
        return dt.isValid() ? dt.toUTC().toString(Qt::ISODate) : QString();
    };
    QJsonObject metadata;
    metadata.insert(QStringLiteral("title"), text(doc, "Title"));
    metadata.insert(QStringLiteral("author"), text(doc, "Author"));
    metadata.insert(QStringLiteral("subject"), text(doc, "Subject"));
    metadata.insert(QStringLiteral("keywords"), text(doc, "Keywords"));
    metadata.insert(QStringLiteral("creator"), text(doc, "Creator"));
    metadata.insert(QStringLiteral("producer"), text(doc, "Producer"));
    metadata.insert(QStringLiteral("created"), iso(date(doc, "CreationDate")));
    metadata.insert(QStringLiteral("modified"), iso(date(doc, "ModDate")));
    // Entries of the writer's own beyond the standard ones (ISO 32000-1 §14.3.3 allows them): name → text,
    // as `pdfinfo -custom` lists them.
    static const QByteArrayList standard{"Title",    "Author",       "Subject", "Keywords", "Creator",
                                         "Producer", "CreationDate", "ModDate", "Trapped"};
    QJsonObject custom;
    const Object info = doc.pdfDoc().getDocInfo();
    if (info.isDict()) {
        const Dict* dict = info.getDict();
        for (int i = 0; i < dict->getLength(); ++i) {
            const char* key = dict->getKey(i);
            if (standard.contains(QByteArray(key)))
                continue;
            const Object value = dict->getVal(i);
            if (value.isString())
                custom.insert(decodeName(key), decodeTextString(value.getString()->toStr()));
        }
    }
    metadata.insert(QStringLiteral("custom"), custom);
    return metadata;
}

} // namespace sluice::pdfinfo
