#include "pdf_page_text_reader.h"

#include <Annot.h>
#include <Dict.h>
#include <Gfx.h>
#include <GfxState.h>
#include <Object.h>
#include <PDFDoc.h>
#include <Page.h>
#include <TextOutputDev.h>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace sluice {

namespace {

/// Resolution of the text layer: 72 dpi, one unit a point, as Poppler::Page::textList() and `pdftotext`.
constexpr double kDpi = 72.0;

/// TextOutputDev in reading order (not physical layout, not raw order) that counts the ActualText spans
/// (ISO 32000-1 §14.9.4) the interpreter opened and has not closed yet.
class TextDevice : public TextOutputDev {
public:
    TextDevice() : TextOutputDev(nullptr, false, 0, false, false) {}
    void beginActualText(GfxState* state, const GooString* text) override {
        ++openActualText;
        TextOutputDev::beginActualText(state, text);
    }
    void endActualText(GfxState* state) override {
        --openActualText;
        TextOutputDev::endActualText(state);
    }
    int openActualText = 0;
};

/// A page's font names (the keys of its resources' /Font dictionary) with the font objects they are bound to.
using FontBindings = std::vector<std::pair<std::string, Ref>>;

/// The FontBindings of `resources` (null: a page without resources), or nothing when a font is written
/// inline in the font dictionary: it has no object to recognise it by on another page.
std::optional<FontBindings> fontBindingsOf(Dict* resources) {
    FontBindings bindings;
    if (!resources)
        return bindings;
    const Object font = resources->lookup("Font");
    if (font.isNull())
        return bindings;
    if (!font.isDict())
        return std::nullopt;
    Dict* fonts = font.getDict();
    bindings.reserve(size_t(fonts->getLength()));
    for (int i = 0; i < fonts->getLength(); ++i) {
        const Object& value = fonts->getValNF(i);
        if (!value.isRef())
            return std::nullopt;
        bindings.emplace_back(fonts->getKey(i), value.getRef());
    }
    return bindings;
}

/// The page's /Rotate in 0, 90, 180 or 270 degrees, as Page::createGfx normalises it.
int pageRotation(const Page& page) {
    int rotate = page.getRotate();
    if (rotate >= 360)
        rotate -= 360;
    else if (rotate < 0)
        rotate += 360;
    return rotate;
}

} // namespace

/// Fonts one kept interpreter may hold before it is replaced: bounds the memory of documents whose every
/// page brings fonts of its own.
constexpr int kMaxKeptFonts = 64;

struct PdfPageTextReader::State {
    explicit State(PDFDoc& d) : doc(d) {}

    PDFDoc& doc;
    bool reuse = true;
    std::unique_ptr<TextDevice> device;
    /// The interpreter kept across pages. Its resource levels hold fonts only: the first level the fonts
    /// of the page it was made for, each further level the fonts a later page bound that were not bound
    /// yet, or bound to another object (a later level shadows an earlier one, as poppler looks a name up
    /// from the top level down).
    std::unique_ptr<Gfx> gfx;
    std::vector<Object> fontLevels;       ///< {/Font: {name: object}} of each level, alive while `gfx` is
    std::map<std::string, Ref> effective; ///< the object each font name resolves to in `gfx`
    int keptFonts = 0;                    ///< fonts in all levels
    PDFRectangle cropBox;                 ///< of the pages `gfx` reads
    int rotate = 0;                       ///< of the pages `gfx` reads

    /// {/Font: {name: object}} for `bindings`.
    Object fontResources(const FontBindings& bindings) const {
        Object fonts(new Dict(doc.getXRef()));
        for (const auto& [name, ref] : bindings)
            fonts.dictAdd(name.c_str(), Object(ref));
        Object resources(new Dict(doc.getXRef()));
        resources.dictAdd("Font", std::move(fonts));
        return resources;
    }

    /// Ends the kept interpreter. Its destructor ends a page on the device: an empty one is started first,
    /// so that the last page read is not laid out twice.
    void closeGfx() {
        if (!gfx)
            return;
        device->startPage(0, gfx->getState(), doc.getXRef());
        gfx.reset();
        fontLevels.clear();
        effective.clear();
        keptFonts = 0;
    }

    /// A new interpreter for `page` (number `number`), as Page::createGfx makes it (72 dpi, the page's
    /// rotation, crop box, no clip for a text device) but with only the page's fonts as its resources. The
    /// interpreter starts the page on the device.
    void openGfx(Page& page, int number, const FontBindings& bindings, int pageRotate) {
        Object fonts = fontResources(bindings);
        PDFRectangle box;
        bool crop = false;
        page.makeBox(kDpi, kDpi, pageRotate, false, device->upsideDown(), -1, -1, -1, -1, &box, &crop);
        if (!crop)
            crop = box == *page.getCropBox() && device->needClipToCropBox();
        gfx = std::make_unique<Gfx>(&doc, device.get(), number, fonts.getDict(), kDpi, kDpi, &box,
                                    crop ? page.getCropBox() : nullptr, pageRotate, nullptr, nullptr,
                                    doc.getXRef());
        fontLevels.push_back(std::move(fonts));
        for (const auto& [name, ref] : bindings)
            effective[name] = ref;
        keptFonts = int(bindings.size());
        cropBox = *page.getCropBox();
        rotate = pageRotate;
    }

    /// The bindings of `bindings` that the kept interpreter does not resolve as they say.
    FontBindings missing(const FontBindings& bindings) const {
        FontBindings out;
        for (const auto& binding : bindings) {
            const auto it = effective.find(binding.first);
            if (it == effective.end() || !(it->second == binding.second))
                out.push_back(binding);
        }
        return out;
    }

    /// Adds a font level with `bindings` to the kept interpreter (their fonts are parsed now).
    void addFonts(const FontBindings& bindings) {
        fontLevels.push_back(fontResources(bindings));
        gfx->pushResources(fontLevels.back().getDict());
        for (const auto& [name, ref] : bindings)
            effective[name] = ref;
        keptFonts += int(bindings.size());
    }

    /// Starts page `number` on the device with the kept interpreter, as the Gfx constructor does.
    void startPage(int number) {
        GfxState* state = gfx->getState();
        device->startPage(number, state, doc.getXRef());
        device->setDefaultCTM(state->getCTM());
        device->updateAll(state);
    }

    /// Draws `page` with the kept interpreter — its resources other than the fonts pushed above the font
    /// levels, its contents in a saved graphics state, then its annotations, as Page::displaySlice does —
    /// and ends the page on the device.
    void drawPage(Page& page) {
        Dict* own = page.getResourceDict();
        Object resources(own ? own->copy(doc.getXRef()) : new Dict(doc.getXRef()));
        resources.getDict()->remove("Font");
        gfx->pushResources(resources.getDict());
        page.display(gfx.get());
        if (Annots* annots = page.getAnnots(); annots && !annots->getAnnots().empty()) {
            for (Annot* annot : annots->getAnnots())
                annot->draw(gfx.get(), false);
            device->dump();
        }
        gfx->popResources();
        device->endPage();
    }

    /// Page `number` the plain way: a new interpreter with all the page's resources.
    std::unique_ptr<TextWordList> readPlain(int number) {
        doc.displayPageSlice(device.get(), number, kDpi, kDpi, 0, false, false, false, -1, -1, -1, -1);
        return device->makeWordList();
    }
};

PdfPageTextReader::PdfPageTextReader(PDFDoc& doc) : d_(std::make_unique<State>(doc)) {}

PdfPageTextReader::~PdfPageTextReader() {
    if (d_->device)
        d_->closeGfx();
}

void PdfPageTextReader::setReuseFonts(bool reuse) {
    if (!reuse && d_->device)
        d_->closeGfx();
    d_->reuse = reuse;
}

std::unique_ptr<TextWordList> PdfPageTextReader::read(int number) {
    State& s = *d_;
    Page* page = number >= 1 && number <= s.doc.getNumPages() ? s.doc.getPage(number) : nullptr;
    if (!page)
        return nullptr;
    // A page that left an ActualText span open would pour its text into the next page: start afresh.
    if (s.device && s.device->openActualText != 0) {
        s.closeGfx();
        s.device.reset();
    }
    if (!s.device)
        s.device = std::make_unique<TextDevice>();
    const std::optional<FontBindings> bindings =
        s.reuse ? fontBindingsOf(page->getResourceDict()) : std::optional<FontBindings>();
    if (!bindings) {
        s.closeGfx();
        return s.readPlain(number);
    }
    const int rotate = pageRotation(*page);
    bool reused = s.gfx && rotate == s.rotate && *page->getCropBox() == s.cropBox;
    if (reused) {
        const FontBindings added = s.missing(*bindings);
        if (s.keptFonts + int(added.size()) > kMaxKeptFonts) {
            reused = false;
        } else {
            s.startPage(number);
            if (!added.empty())
                s.addFonts(added);
        }
    }
    if (!reused) {
        s.closeGfx();
        s.openGfx(*page, number, *bindings, rotate);
    }
    s.drawPage(*page);
    std::unique_ptr<TextWordList> words = s.device->makeWordList();
    if (reused && (!words || words->getLength() == 0)) {
        // Nothing visible: possibly hidden by an optional-content group the page before left open in the
        // kept interpreter. Read the page again with a new one.
        words.reset();
        s.closeGfx();
        s.openGfx(*page, number, *bindings, rotate);
        s.drawPage(*page);
        words = s.device->makeWordList();
    }
    return words;
}

} // namespace sluice
