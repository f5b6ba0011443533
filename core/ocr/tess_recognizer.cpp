#include "tess_recognizer.h"

#include "platform/openmp_limit.h"

#include <atomic>
#include <leptonica/allheaders.h>
#include <list>
#include <opencv2/imgproc.hpp>
#include <tesseract/baseapi.h>
#include <tesseract/ocrclass.h>
#include <tesseract/resultiterator.h>

namespace sluice::ocr {

namespace {

std::atomic<int> g_enginesCreated{0};

/// The per-thread cache: most recently used first.
struct ThreadEngines {
    std::list<std::pair<QString, std::unique_ptr<TessRecognizer>>> entries;
};
thread_local ThreadEngines t_engines;
constexpr size_t kMaxEnginesPerThread = 4;

/// Shared with Tesseract's cancel callback through ETEXT_DESC::cancel_this.
struct MonitorContext {
    const TessRecognizer::CancelCheck* check = nullptr;
    const tesseract::ETEXT_DESC* monitor = nullptr;
    bool canceled = false;
};

bool cancelCallback(void* data, int /*words*/) {
    auto* ctx = static_cast<MonitorContext*>(data);
    if (ctx->check && *ctx->check && (*ctx->check)(ctx->monitor->progress))
        ctx->canceled = true;
    return ctx->canceled;
}

/// True when every pixel of an 8-bit BGR image has B == G == R (a gray or black-and-white page that was
/// decoded to colour, e.g. a 1-bit palette PNG): Tesseract's thresholder then works on one channel instead
/// of three, as it does when Leptonica reads that file for the `tesseract` command.
bool isNeutralGray(const cv::Mat& bgr) {
    for (int y = 0; y < bgr.rows; ++y) {
        const uchar* p = bgr.ptr<uchar>(y);
        for (int x = 0; x < bgr.cols; ++x, p += 3)
            if (p[0] != p[1] || p[1] != p[2])
                return false;
    }
    return true;
}

/// Hands an 8-bit gray or BGR image to `api`. A gray image that holds only black and white goes in as a
/// 1-bit Pix, as Leptonica reads a bilevel scan for the `tesseract` command: Tesseract then skips its own
/// thresholding, and reads the page as fast as the command does.
void setImage(tesseract::TessBaseAPI& api, const cv::Mat& image, int dpi) {
    cv::Mat m;
    if (image.channels() == 3 && isNeutralGray(image))
        cv::extractChannel(image, m, 0); // a gray or bilevel palette image decoded as BGR: read it as gray
    else if (image.channels() == 3)
        cv::cvtColor(image, m, cv::COLOR_BGR2RGB);
    else if (image.channels() == 4)
        cv::cvtColor(image, m, cv::COLOR_BGRA2RGB);
    else
        m = image.isContinuous() ? image : image.clone();
    bool bilevel = false;
    if (m.channels() == 1) {
        const cv::Mat between = (m > 0) & (m < 255);
        bilevel = cv::countNonZero(between) == 0;
    }
    if (bilevel) {
        Pix* pix = pixCreate(m.cols, m.rows, 1); // 1 = black in Leptonica's 1-bit images
        const int wpl = pixGetWpl(pix);
        l_uint32* data = pixGetData(pix);
        for (int y = 0; y < m.rows; ++y) {
            const uchar* row = m.ptr<uchar>(y);
            l_uint32* line = data + size_t(y) * size_t(wpl);
            for (int x = 0; x < m.cols; ++x) {
                if (row[x] == 0)
                    SET_DATA_BIT(line, x);
            }
        }
        pixSetResolution(pix, dpi, dpi);
        api.SetImage(pix);
        pixDestroy(&pix); // Tesseract keeps its own reference
    } else {
        api.SetImage(m.data, m.cols, m.rows, m.channels(), int(m.step));
    }
    api.SetSourceResolution(dpi);
}

QString takeText(char* utf8) {
    const QString s = QString::fromUtf8(utf8);
    delete[] utf8;
    return s;
}

} // namespace

double RecognizedPage::meanConfidence() const {
    double sum = 0;
    int n = 0;
    for (const RecognizedWord& w : words) {
        if (w.confidence >= 0) {
            sum += w.confidence;
            ++n;
        }
    }
    return n ? sum / n : -1.0;
}

TessRecognizer::~TessRecognizer() {
    if (m_api)
        m_api->End();
    if (m_osd)
        m_osd->End();
}

TessRecognizer* TessRecognizer::forThread(const QString& tessdataDir, const QString& languages, int oem,
                                          QString* error) {
    const QString key =
        tessdataDir + QLatin1Char('\n') + languages + QLatin1Char('\n') + QString::number(oem);
    auto& entries = t_engines.entries;
    for (auto it = entries.begin(); it != entries.end(); ++it) {
        if (it->first == key) {
            entries.splice(entries.begin(), entries, it);
            return entries.front().second.get();
        }
    }
    std::unique_ptr<TessRecognizer> r(new TessRecognizer);
    r->m_tessdata = tessdataDir;
    r->m_api = std::make_unique<tesseract::TessBaseAPI>();
    const QByteArray dir = tessdataDir.toLocal8Bit();
    const QByteArray lang = languages.toUtf8();
    if (r->m_api->Init(dir.constData(), lang.constData(), tesseract::OcrEngineMode(oem)) != 0) {
        r->m_api.reset();
        if (error)
            *error = tr("Tesseract cannot load language '%1' with engine mode %2 from %3")
                         .arg(languages)
                         .arg(oem)
                         .arg(tessdataDir);
        return nullptr;
    }
    // Tesseract prints "Estimating resolution as …" and the like on stderr otherwise.
    r->m_api->SetVariable("debug_file", "/dev/null");
    ++g_enginesCreated;
    entries.emplace_front(key, std::move(r));
    while (entries.size() > kMaxEnginesPerThread)
        entries.pop_back();
    return entries.front().second.get();
}

int TessRecognizer::enginesCreated() {
    return g_enginesCreated.load();
}

bool TessRecognizer::recognize(const cv::Mat& image, int dpi, int psm, const CancelCheck& cancel,
                               QString* error) {
    limitOpenMpOnThisThread(); // Tesseract's LSTM asks for 4 OpenMP threads; one per worker is faster
    m_api->Clear();
    m_api->SetPageSegMode(tesseract::PageSegMode(psm));
    setImage(*m_api, image, dpi);
    tesseract::ETEXT_DESC monitor;
    MonitorContext ctx;
    ctx.check = &cancel;
    ctx.monitor = &monitor;
    monitor.cancel = &cancelCallback;
    monitor.cancel_this = &ctx;
    const int rc = m_api->Recognize(&monitor);
    m_canceled = ctx.canceled;
    if (ctx.canceled) {
        if (error)
            *error = tr("canceled");
        return false;
    }
    if (rc != 0) {
        if (error)
            *error = tr("Tesseract could not recognise the page (error %1)").arg(rc);
        return false;
    }
    return true;
}

RecognizedPage TessRecognizer::collect() const {
    RecognizedPage page;
    page.text = takeText(m_api->GetUTF8Text());
    std::unique_ptr<tesseract::ResultIterator> it(m_api->GetIterator());
    if (!it)
        return page;
    using tesseract::RIL_BLOCK;
    using tesseract::RIL_PARA;
    using tesseract::RIL_TEXTLINE;
    using tesseract::RIL_WORD;
    int l = 0, t = 0, r = 0, b = 0;
    // Tesseract can return "words" of spaces only (with a high confidence and a box over a picture): they
    // are no words, its hOCR/TSV/ALTO renderers leave them out, and they would lift the mean confidence.
    // A block, paragraph or line that such a word began is begun by the next real word.
    bool blockStarts = false;
    bool paraStarts = false;
    bool lineStarts = false;
    do {
        blockStarts = blockStarts || it->IsAtBeginningOf(RIL_BLOCK);
        paraStarts = paraStarts || it->IsAtBeginningOf(RIL_PARA);
        lineStarts = lineStarts || it->IsAtBeginningOf(RIL_TEXTLINE);
        if (it->Empty(RIL_WORD))
            continue;
        RecognizedWord word;
        word.text = takeText(it->GetUTF8Text(RIL_WORD));
        if (word.text.trimmed().isEmpty())
            continue;
        if (page.blocks.isEmpty() || blockStarts) {
            RecognizedBlock block;
            it->BoundingBox(RIL_BLOCK, &block.left, &block.top, &block.right, &block.bottom);
            block.confidence = it->Confidence(RIL_BLOCK);
            tesseract::Orientation orientation = tesseract::ORIENTATION_PAGE_UP;
            tesseract::WritingDirection direction = tesseract::WRITING_DIRECTION_LEFT_TO_RIGHT;
            tesseract::TextlineOrder order = tesseract::TEXTLINE_ORDER_TOP_TO_BOTTOM;
            float deskew = 0;
            it->Orientation(&orientation, &direction, &order, &deskew);
            block.orientation = int(orientation);
            page.blocks.append(block);
        }
        if (page.blocks.last().paragraphs == 0 || paraStarts)
            ++page.blocks.last().paragraphs;
        if (page.lines.isEmpty() || lineStarts) {
            RecognizedLine line;
            line.text = takeText(it->GetUTF8Text(RIL_TEXTLINE)).trimmed();
            line.confidence = it->Confidence(RIL_TEXTLINE);
            it->BoundingBox(RIL_TEXTLINE, &line.left, &line.top, &line.right, &line.bottom);
            line.block = int(page.blocks.size()) - 1;
            page.lines.append(line);
        }
        blockStarts = paraStarts = lineStarts = false;
        word.confidence = it->Confidence(RIL_WORD);
        it->BoundingBox(RIL_WORD, &l, &t, &r, &b);
        word.left = l;
        word.top = t;
        word.right = r;
        word.bottom = b;
        word.line = int(page.lines.size()) - 1;
        word.block = int(page.blocks.size()) - 1;
        page.words.append(word);
    } while (it->Next(RIL_WORD));
    return page;
}

OrientationGuess TessRecognizer::detectOrientation(const cv::Mat& image, int dpi) {
    OrientationGuess guess;
    if (m_osdFailed)
        return guess;
    if (!m_osd) {
        m_osd = std::make_unique<tesseract::TessBaseAPI>();
        const QByteArray dir = m_tessdata.toLocal8Bit();
        if (m_osd->Init(dir.constData(), "osd", tesseract::OEM_TESSERACT_ONLY) != 0) {
            m_osd.reset();
            m_osdFailed = true;
            return guess;
        }
        m_osd->SetVariable("debug_file", "/dev/null");
        m_osd->SetPageSegMode(tesseract::PSM_OSD_ONLY);
    }
    limitOpenMpOnThisThread();
    m_osd->Clear();
    setImage(*m_osd, image, dpi);
    int degrees = 0;
    float confidence = 0;
    const char* script = nullptr;
    float scriptConfidence = 0;
    if (!m_osd->DetectOrientationScript(&degrees, &confidence, &script, &scriptConfidence))
        return guess;
    guess.ok = true;
    // Tesseract reports the page's rotation counter-clockwise from upright ("Orientation in degrees");
    // turning it back clockwise by as much makes it upright ("Rotate").
    guess.rotateCw = ((360 - degrees) % 360 + 360) % 360;
    guess.confidence = confidence;
    return guess;
}

} // namespace sluice::ocr
