#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace sluice {

/// The words of an `ocr` stage output (see applyOcrCorrections() for its shape), per page in the order
/// of its "pages" array, each page's words in the order of its "words" array — the order in which
/// Tesseract's ResultIterator visits them, and so the order of the word elements its hOCR, TSV and ALTO
/// renderers write.
QList<QStringList> ocrWordTexts(const QJsonObject& ocr);

/// Sets the text of every word element of Tesseract's hOCR (`ocrx_word` spans, per `ocr_page` in
/// order) to the same-placed entry of `pages` (ocrWordTexts()), XML-escaped, keeping every attribute
/// (ids, boxes, confidences). Returns an empty array with `*error` set (translated) when a page's word
/// count differs from its entry in `pages` (the file is not the export of this result).
QByteArray setHocrWordTexts(const QByteArray& hocr, const QList<QStringList>& pages, QString* error);

/// As setHocrWordTexts() for Tesseract's TSV: the text column of the level-5 rows of each page_num
/// (tabs and line breaks in a word become spaces).
QByteArray setTsvWordTexts(const QByteArray& tsv, const QList<QStringList>& pages, QString* error);

/// As setHocrWordTexts() for Tesseract's ALTO XML: the CONTENT attribute of the `String` elements of
/// each `Page` in order.
QByteArray setAltoWordTexts(const QByteArray& alto, const QList<QStringList>& pages, QString* error);

} // namespace sluice
