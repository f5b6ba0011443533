#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace sluice {

/// Writes the `ocr` stage output (see applyOcrCorrections() for its shape) as an hOCR 1.2 document
/// (http://kba.github.io/hocr-spec/1.2/): the `ocr` stage's own hOCR export (so that its boxes are those of
/// the page as given), and again after a review, so that words corrected in it reach the exported file.
///
/// One `ocr_page` per page (title: `image "<source_image>"; bbox 0 0 W H; ppageno N-1; scan_res D D`),
/// one `ocr_carea` per block with one `ocr_par` inside (the JSON counts a block's paragraphs but does not
/// say which lines belong to which, so a block is written as a single paragraph), one `ocr_line` per line
/// and one `ocrx_word` per word with text other than white space (title: `bbox x0 y0 x1 y1; x_wconf C`, C the
/// word confidence 0–100 rounded). Boxes are the JSON's [x, y, w, h] in page pixels turned into hOCR's corner
/// form (x1 = x + w, y1 = y + h). Lines whose block is missing and words whose line is missing are kept,
/// in a box of their own. Ids follow Tesseract's scheme (page_1, block_1_1, par_1_1, line_1_1,
/// word_1_1). The result is XHTML in UTF-8, well-formed XML (escaped by QXmlStreamWriter).
QByteArray ocrToHocr(const QJsonObject& ocr, const QString& title = {});

} // namespace sluice
