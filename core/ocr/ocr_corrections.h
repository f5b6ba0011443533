#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace sluice {

/// One operator's fix of one recognised word: word `word` (0-based index into the page's "words" array)
/// of page `page` (1-based, the page's "page" number in the `ocr` stage output) read `from` and should read
/// `to`. An empty `to` drops the word from the text (its box stays, with empty text).
struct OcrCorrection {
    int page = 1;
    int word = 0;
    QString from;
    QString to;

    /// {"page":1,"word":3,"from":"Hel1o","to":"Hello"}
    QJsonObject toJson() const;
    /// The inverse of toJson(); missing keys give the defaults.
    static OcrCorrection fromJson(const QJsonObject& o);
    bool operator==(const OcrCorrection& other) const;
};

/// The text of one OCR page laid out from its words, and where each word sits in it.
struct OcrPageText {
    QString text;
    /// Per word (same index as the page's "words"): offset of its first character in `text` and its length
    /// in UTF-16 code units; {-1, 0} for a word with empty (or white-space) text.
    QList<QPair<int, int>> wordSpans;
    /// The word whose span holds character `position` (a cursor just after a word counts as in it);
    /// -1 when the position is in white space between words.
    int wordAt(int position) const;
};

/// Lays out a page's text from its words, the way Tesseract's GetUTF8Text() shapes it: the words of a
/// line (by their "line" index) joined by one space in reading order, lines ending in "\n", and a blank
/// line after each block (by the lines' "block" index). Words of white space only (Tesseract reports
/// rules and underlines so) are left out, and so are lines and blocks left without words. Words with a
/// line index outside "lines" are appended, a line each, at the end. `page` is one element of the
/// stage's "pages" array.
OcrPageText layOutOcrPage(const QJsonObject& page);

/// The outcome of applyOcrCorrections().
struct OcrCorrectionOutcome {
    QJsonObject ocr;        ///< the stage output with the corrections in
    int applied = 0;        ///< corrections that changed a word
    int alreadyApplied = 0; ///< corrections whose word already read `to` (saved before): left as they were
    QStringList errors;     ///< one translated sentence per correction refused (bad page/word, text differs)
    bool ok() const { return errors.isEmpty(); }
};

/// Applies `corrections`, in order, to `ocr` (the output of the `ocr` stage: {"text", "mean_confidence",
/// "stats", "files", "pages":[{"page","text","words":[{"text","confidence","bbox","line","block"}],
/// "lines":[…],"blocks":[…]}]}).
///
/// A correction is applied only when its word still reads `from`; one whose word already reads `to` is
/// counted as already applied (so saving the same list twice changes nothing); any other is refused
/// with a message naming page, word and both texts, and the rest are still applied. For every page that
/// changed, the text of the lines holding a corrected word is rebuilt from their words and the page text
/// from layOutOcrPage(); the overall "text" is rebuilt from the page texts (joined by a form feed when the
/// stage's text had one between pages, by a newline otherwise). Each applied correction is appended to
/// the output's "corrections" array as {"page","word","from","to","at"} ("at": UTC ISO 8601, ms).
/// Confidences and boxes stay as recognised; stats.chars moves by the change in the words' non-space
/// characters, and a word emptied by a correction no longer counts in stats.words.
OcrCorrectionOutcome applyOcrCorrections(const QJsonObject& ocr, const QList<OcrCorrection>& corrections);

/// The node id of the first `ocr` stage output in a result document (its "stages" object; an output is
/// recognised by its "pages" array next to "psm" and "mean_confidence"), in "node_order" when present.
/// Empty when the result has none.
QString findOcrNode(const QJsonObject& resultDocument);

} // namespace sluice
