#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace sluice {

/// The TSV and ALTO exports of an `ocr` stage output (see applyOcrCorrections() for its shape), written
/// from its JSON so that they carry the boxes of the page as given (the JSON's pixels, not those of the
/// preprocessed image Tesseract read) and any corrections made in the review.
///
/// Both group a page's words by their "line" index and the lines by their "block" index, as ocrToHocr()
/// does: a block is one paragraph (the JSON counts a block's paragraphs but not which lines are in which),
/// words of white space only are left out, and lines or words whose block or line is missing are kept in
/// a block (line) of their own at the end of the page.

/// Tesseract's TSV (TessBaseAPI::GetTSVText, Tesseract 5): the header `level page_num block_num par_num
/// line_num word_num left top width height conf text`, then per page one row of level 1 (the page, 0 0 W H),
/// and per block, paragraph, line and word one row of level 2, 3, 4 and 5; numbers count from 1 within
/// their parent; boxes are [left, top, width, height] in pixels of the page as given; conf is the word's
/// confidence 0–100 (one decimal) and −1 on the other levels, whose text is empty. Tabs and newlines inside
/// a word's text are written as spaces. UTF-8, lines end in '\n'.
QByteArray ocrToTsv(const QJsonObject& ocr);

/// ALTO XML 3.0 (http://www.loc.gov/standards/alto/ns-v3#, the version Tesseract 5's renderer writes), one
/// `Page` (WIDTH, HEIGHT, PHYSICAL_IMG_NR = page number) with one `PrintSpace` per page, a `TextBlock` per
/// block, a `TextLine` per line and a `String` per word (HPOS, VPOS, WIDTH, HEIGHT in pixels of the page
/// as given — MeasurementUnit pixel —, WC the confidence as 0–1, CONTENT the text), `SP` between words.
/// `fileName` goes into sourceImageInformation. UTF-8, well-formed (QXmlStreamWriter escapes).
QByteArray ocrToAlto(const QJsonObject& ocr, const QString& fileName);

} // namespace sluice
