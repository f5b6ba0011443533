#include "pdf_document_info.h"

#include "pdf_text_layer.h"

#include <DateInfo.h>
#include <PDFDoc.h>
#include <PDFDocEncoding.h>
#include <goo/GooString.h>
#include <memory>

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
    return metadata;
}

} // namespace sluice::pdfinfo
