#pragma once

#include <memory>

class PDFDoc;
class TextWordList;

namespace sluice {

/// Lays out the text of a document's pages with poppler's TextOutputDev (the engine behind `pdftotext`),
/// parsing each font once for a run of pages instead of once per page.
///
/// `PDFDoc::displayPage` builds a new graphics interpreter (poppler's Gfx) for every page, and with it every
/// font of the page's resources: the font dictionary, widths, encoding and ToUnicode CMap are parsed again on
/// each page — about a quarter of `pdftotext`'s time on a typical document whose pages share their fonts.
/// This reader keeps one Gfx while consecutive pages have the same crop box, the same rotation and the same
/// font resources (the same /Font dictionary object, or the same names bound to the same font objects): the
/// fonts live in the Gfx's bottom resource level, and each page draws with its own other resources (XObjects,
/// colour spaces, graphics states, …) pushed above it, inside a saved graphics state, followed by its
/// annotations — what `Page::displaySlice` does, at 72 dpi with the page's own rotation and no cropping.
///
/// The words are the same as `PDFDoc::displayPage` gives, in the same order: a page that leaves an
/// ActualText span open gets a fresh output device and interpreter, and a page read with reused fonts that
/// yields no word at all is read again on its own (a hidden optional-content group left open by the page
/// before it would hide it). Pages whose fonts cannot be compared (font dictionaries written inline) are read
/// the plain way.
///
/// Not thread-safe; one reader per PDFDoc per thread, like the PDFDoc itself.
class PdfPageTextReader {
public:
    /// `doc` must outlive the reader.
    explicit PdfPageTextReader(PDFDoc& doc);
    ~PdfPageTextReader();
    PdfPageTextReader(const PdfPageTextReader&) = delete;
    PdfPageTextReader& operator=(const PdfPageTextReader&) = delete;

    /// When false, every page is read the plain way (PDFDoc::displayPageSlice with a new interpreter): for
    /// tests that compare both ways. Default true.
    void setReuseFonts(bool reuse);

    /// Lays out page `number` (1-based) and returns its words in poppler's reading order (coordinates in
    /// points, origin at the top-left of the displayed page). Null when the page does not exist. The list
    /// points into the reader's text page: it is valid until the next call.
    std::unique_ptr<TextWordList> read(int number);

private:
    struct State;
    std::unique_ptr<State> d_;
};

} // namespace sluice
