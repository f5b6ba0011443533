#include "pdf_text_layer.h"

#include "pdf_page_text_reader.h"

#include <Error.h>
#include <GlobalParams.h>
#include <PDFDoc.h>
#include <QFile>
#include <Stream.h>
#include <TextOutputDev.h>
#include <goo/GooString.h>
#include <optional>
#include <spdlog/spdlog.h>

namespace sluice {

namespace {

/// Poppler's diagnostics (damaged streams, repaired tables) to the "sluice" logger at debug level, worded as
/// poppler-qt6 words them. Installed only when this is the first user of poppler's global parameters.
void logPopplerError(ErrorCategory, Goffset pos, const char* message) {
    if (auto logger = spdlog::get("sluice")) {
        if (pos >= 0)
            logger->debug("poppler: Error ({}): {}", static_cast<long long>(pos), message);
        else
            logger->debug("poppler: Error: {}", message);
    }
}

/// `len` code points from poppler's text layer as a QString. A code point that is no Unicode scalar value
/// (a surrogate, above U+10FFFF) becomes U+FFFD, as the UTF-8 round trip of poppler-qt6 makes it.
QString fromCodePoints(const Unicode* u, int len) {
    QString out(2 * qsizetype(len), Qt::Uninitialized);
    char16_t* d = reinterpret_cast<char16_t*>(out.data());
    qsizetype n = 0;
    for (int i = 0; i < len; ++i) {
        const char32_t c = u[i];
        if (c < 0x10000 && !QChar::isSurrogate(c)) {
            d[n++] = char16_t(c);
        } else if (c >= 0x10000 && c <= 0x10FFFF) {
            d[n++] = QChar::highSurrogate(c);
            d[n++] = QChar::lowSurrogate(c);
        } else {
            d[n++] = QChar::ReplacementCharacter;
        }
    }
    out.truncate(n);
    return out;
}

} // namespace

PdfTextDocument::PdfTextDocument() = default;
PdfTextDocument::~PdfTextDocument() {
    reader_.reset(); // before the document it reads
    doc_.reset();    // before the global parameters it uses
}

std::unique_ptr<PdfTextDocument> PdfTextDocument::open(const QString& path, const QByteArray& password) {
    std::unique_ptr<PdfTextDocument> d(new PdfTextDocument);
    d->params_ = std::make_unique<GlobalParamsIniter>(logPopplerError);
    std::optional<GooString> pw;
    if (!password.isEmpty())
        pw.emplace(password.constData(), int(password.size()));
    d->doc_ =
        std::make_unique<PDFDoc>(std::make_unique<GooString>(QFile::encodeName(path).constData()), pw, pw);
    if (!d->doc_->isOk() || d->doc_->getNumPages() <= 0)
        return nullptr;
    return d;
}

std::unique_ptr<PdfTextDocument> PdfTextDocument::fromData(const QByteArray& data,
                                                           const QByteArray& password) {
    if (data.isEmpty())
        return nullptr;
    std::unique_ptr<PdfTextDocument> d(new PdfTextDocument);
    d->params_ = std::make_unique<GlobalParamsIniter>(logPopplerError);
    d->data_ = data;
    std::optional<GooString> pw;
    if (!password.isEmpty())
        pw.emplace(password.constData(), int(password.size()));
    // PDFDoc owns the stream; the stream reads d->data_, which outlives it (~PdfTextDocument).
    d->doc_ = std::make_unique<PDFDoc>(
        new MemStream(d->data_.constData(), 0, d->data_.size(), Object(objNull)), pw, pw);
    if (!d->doc_->isOk() || d->doc_->getNumPages() <= 0)
        return nullptr;
    return d;
}

int PdfTextDocument::pageCount() const {
    return doc_->getNumPages();
}

bool PdfTextDocument::hasPage(int index) const {
    return index >= 0 && index < pageCount() && doc_->getPage(index + 1) != nullptr;
}

int PdfTextDocument::rotation(int index) const {
    const int r = doc_->getPageRotate(index + 1);
    return r == 90 || r == 180 || r == 270 ? r : 0;
}

QSizeF PdfTextDocument::pageSize(int index) const {
    const double w = doc_->getPageCropWidth(index + 1);
    const double h = doc_->getPageCropHeight(index + 1);
    const int r = rotation(index);
    return r == 90 || r == 270 ? QSizeF(h, w) : QSizeF(w, h);
}

QList<WordBox> PdfTextDocument::words(int index) const {
    QList<WordBox> out;
    if (index < 0 || index >= pageCount())
        return out;
    if (!reader_)
        reader_ = std::make_unique<PdfPageTextReader>(*doc_);
    // As Poppler::Page::textList(): 72 dpi, no extra rotation, media box off, no crop; reading order.
    const std::unique_ptr<TextWordList> list = reader_->read(index + 1);
    const int n = list ? list->getLength() : 0;
    out.reserve(n);
    for (int i = 0; i < n; ++i) {
        const TextWord* word = list->get(i);
        double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
        word->getBBox(&x0, &y0, &x1, &y1);
        out.append(WordBox{fromCodePoints(word->getChar(0), word->getLength()),
                           QRectF(x0, y0, x1 - x0, y1 - y0), word->getSpaceAfter()});
    }
    return out;
}

void PdfTextDocument::setReuseFonts(bool reuse) {
    if (!reader_)
        reader_ = std::make_unique<PdfPageTextReader>(*doc_);
    reader_->setReuseFonts(reuse);
}

QString PdfTextDocument::physicalText(int index, double side) const {
    if (index < 0 || index >= pageCount())
        return {};
    TextOutputDev dev(nullptr, true, 0, false, false);
    if (!dev.isOk())
        return {};
    doc_->displayPageSlice(&dev, index + 1, 72, 72, 0, false, true, false, -1, -1, -1, -1);
    const std::unique_ptr<GooString> text(dev.getText(0, 0, side, side));
    return text ? QString::fromStdString(text->toStr()) : QString();
}

std::unique_ptr<PdfTextDocument> PdfTextDocument::load(const QString& path, const QByteArray& data,
                                                       const QByteArray& password, int* errorCode) {
    std::unique_ptr<PdfTextDocument> d(new PdfTextDocument);
    d->params_ = std::make_unique<GlobalParamsIniter>(logPopplerError);
    std::optional<GooString> pw;
    if (!password.isEmpty())
        pw.emplace(password.constData(), int(password.size()));
    if (data.isEmpty()) {
        d->doc_ = std::make_unique<PDFDoc>(std::make_unique<GooString>(QFile::encodeName(path).constData()),
                                           pw, pw);
    } else {
        d->data_ = data;
        d->doc_ = std::make_unique<PDFDoc>(
            new MemStream(d->data_.constData(), 0, d->data_.size(), Object(objNull)), pw, pw);
    }
    if (!d->doc_->isOk()) {
        if (errorCode)
            *errorCode = d->doc_->getErrorCode();
        return nullptr;
    }
    return d;
}

PDFDoc& PdfTextDocument::pdfDoc() const {
    return *doc_;
}

} // namespace sluice
