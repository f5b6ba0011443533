#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace sluice {

class PdfTextDocument;

/// A document's Info dictionary and version read from poppler's core (PDFDoc), with the values that
/// poppler-qt6's Document::info, Document::date and Document::getPdfVersion give.
namespace pdfinfo {

/// The text string `key` of the Info dictionary (ISO 32000-1 §14.3.3), e.g. "Title": UTF-16 when it starts
/// with a byte order mark (big- or little-endian), otherwise PDFDocEncoding (Annex D) — as poppler-qt6's
/// UnicodeParsedString decodes it. Empty when absent.
QString text(const PdfTextDocument& doc, const char* key);

/// The date string `key` of the Info dictionary (e.g. "CreationDate"; "D:YYYYMMDDHHmmSSOHH'mm'", ISO
/// 32000-1 §7.9.4) as a UTC date-time, parsed by poppler's parseDateString and shifted by its time zone
/// as poppler-qt6's convertDate does. Invalid when absent or malformed.
QDateTime date(const PdfTextDocument& doc, const char* key);

/// The PDF version as "major.minor": the later of the header's and the catalog's /Version.
QString version(const PdfTextDocument& doc);

/// The stages' metadata object: {title, author, subject, keywords, creator, producer, created, modified,
/// custom}, the dates in ISO 8601 UTC ("2021-03-04T05:06:07Z") or empty; `custom` maps each further text
/// entry of the Info dictionary (the writer's own keys, as `pdfinfo -custom` lists them) to its text.
QJsonObject metadataJson(const PdfTextDocument& doc);

} // namespace pdfinfo

} // namespace sluice
