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
/// each page — a quarter of `pdftotext`'s time on a document whose pages share their fonts, as the pages of
/// a document written by one application do. This reader keeps one Gfx while consecutive pages have the same
/// crop box and rotation. Its resource levels hold fonts only: the first the fonts of the page it was made
/// for, and each later page adds a level with just the fonts it binds that are not bound yet (a font name
/// bound to another object gets a new level that shadows the old binding; poppler looks names up from the
/// top level down). Each page then draws with its other resources (XObjects, colour spaces, graphics states,
/// …) pushed above the fonts, inside a saved graphics state, followed by its annotations — what
/// `Page::displaySlice` does, at 72 dpi with the page's own rotation and no cropping. After 64 fonts the Gfx
/// is replaced, so that a document whose every page brings fonts of its own stays within bounded memory.
///
/// The words are those of `PDFDoc::displayPage`, in the same order: a page that leaves an ActualText span
/// open gets a fresh output device and interpreter, and a page read with a kept interpreter that yields no
/// word at all is read again with a new one (a hidden optional-content group left open by the page before
/// would hide it). Pages whose fonts cannot be recognised (font dictionaries written inline) are read the
/// plain way. One difference remains, on malformed files only: a page whose content uses a font name its own
/// resources do not define draws with the font an earlier page bound to that name, where poppler alone
/// draws nothing.
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
