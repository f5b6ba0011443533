#include "pdf_stage.h"

#include "builtin_stages.h"
#include "documents/pdf_document_info.h"
#include "documents/pdf_document_open.h"
#include "documents/pdf_page_extractor.h"
#include "documents/pdf_text_layer.h"

#include <QJsonArray>
#include <QSet>
#include <QThreadPool>
#include <atomic>

namespace sluice {

namespace {

/// Files up to this size are read into memory once for all workers (see PdfTextDocument::fromData); larger
/// ones are read from the file by each worker.
constexpr qint64 kMaxPdfBytesInMemory = 64 * 1024 * 1024;

/// What the stage keeps of a page once it is read: its page_list entry and what the document's totals and
/// joined texts need. The page's words and blocks are dropped as soon as its JSON is made, so that memory
/// stays flat however many pages a document has.
struct PageResult {
    QJsonObject json;              ///< PdfPageContent::toJson
    PdfPageContent::Totals totals; ///< the search text and counts written into `json`
    QString text;                  ///< raw text in reading order
    QList<QJsonObject> tables;     ///< PdfPageContent::tableJson of each of its tables
    QSizeF sizePt;                 ///< page size as displayed, points
    int lines = 0;                 ///< PdfPageContent::lineCount
};

/// Pages handed out to the workers of one document: each takes the next unread page, so the workers finish
/// together even when one of them started late (the others parse the document first) or runs on a busier
/// core.
struct PageQueue {
    std::atomic<int> next{0};
    std::atomic<int> done{0};
    int total = 0;
};

/// Reads pages from `queue` into `out` (an array indexed by page) with `given` (the document the stage
/// opened, for the calling thread) or a PdfTextDocument of its own (`password` unlocks it; made from `data`,
/// the file's bytes, unless that is empty) until none is left. Each page's JSON
/// (PdfPageContent::toJson(wordBoxes)) is made here, so that with several workers it is made in parallel.
void readPages(const QString& path, const QByteArray& data, const QByteArray& password,
               const PdfPageExtractor& extractor, bool wordBoxes, PageResult* out, PageQueue& queue,
               Feedback& feedback, const PdfTextDocument* given) {
    std::unique_ptr<PdfTextDocument> own;
    if (!given)
        own = data.isEmpty() ? PdfTextDocument::open(path, password)
                             : PdfTextDocument::fromData(data, password);
    const PdfTextDocument* text = given ? given : own.get();
    for (int i = queue.next.fetch_add(1); i < queue.total; i = queue.next.fetch_add(1)) {
        if (feedback.isCanceled())
            return;
        PdfPageContent page;
        if (text) {
            page = extractor.extract(*text, i);
        } else {
            page.number = i + 1;
            page.error = QCoreApplication::translate("sluice::PdfStage", "page %1 cannot be read").arg(i + 1);
        }
        PageResult& r = out[i];
        r.json = page.toJson(wordBoxes, &r.totals);
        r.text = std::move(page.text);
        r.sizePt = page.sizePt;
        r.lines = page.lineCount;
        r.tables.reserve(page.tables.size());
        for (int t = 0; t < page.tables.size(); ++t)
            r.tables.append(page.tableJson(t));
        feedback.setProgress(100.0 * (queue.done.fetch_add(1) + 1) / queue.total);
    }
}

/// The texts `text(page)` of `pages` joined by form feeds, allocated once.
template <typename F> QString joinPages(const QList<PageResult>& pages, F text) {
    qsizetype size = pages.size();
    for (const PageResult& page : pages)
        size += text(page).size();
    QString out;
    out.reserve(size);
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (i > 0)
            out += QLatin1Char('\f');
        out += text(pages.at(i));
    }
    return out;
}

} // namespace

QString PdfStage::displayName() const {
    return tr("PDF document");
}
QString PdfStage::group() const {
    return tr("Documents");
}
QString PdfStage::description() const {
    return tr(
        "Reads a PDF to structure: metadata, page sizes, the text of each page in reading order (columns "
        "one after the other), words with their positions, tables as rows and columns of cells, "
        "statistics, and the pages that have no text layer and need OCR.");
}

QList<ParamSpec> PdfStage::parameters() const {
    ParamSpec password =
        makeParam(QStringLiteral("password"), ParamType::Password, QString(),
                  tr("Password to open an encrypted PDF (user or owner password); leave empty "
                     "for none."));
    ParamSpec passwords =
        makeParam(QStringLiteral("passwords"), ParamType::StringList, QJsonArray(),
                  tr("More passwords to try, in order, when the first one does not open it."));
    ParamSpec maxPages = makeParam(QStringLiteral("max_pages"), ParamType::Int, 5000,
                                   tr("Read at most this many pages; later pages are counted but not read."));
    maxPages.minimum = 1;
    maxPages.maximum = 1000000;
    maxPages.unit = tr("pages");
    ParamSpec wordBoxes = makeParam(QStringLiteral("word_boxes"), ParamType::Bool, true,
                                    tr("List every word with its bounding box (for previews and search); "
                                       "turn off to keep results small."));
    ParamSpec tables =
        makeParam(QStringLiteral("tables"), ParamType::Enum, QStringLiteral("auto"),
                  tr("Table detection: auto looks only at pages whose text looks tabular, always "
                     "looks at every page, off skips it."));
    tables.choices = {QStringLiteral("auto"), QStringLiteral("always"), QStringLiteral("off")};
    ParamSpec workers =
        makeParam(QStringLiteral("workers"), ParamType::Int, 1,
                  tr("Threads that read pages in parallel, each with its own copy of the document."));
    workers.minimum = 1;
    workers.maximum = 16;
    return {password, passwords, maxPages, wordBoxes, tables, workers};
}

QList<PortSpec> PdfStage::inputs() const {
    return {PortSpec{QStringLiteral("in"), QStringLiteral("document")}};
}

StageResult PdfStage::process(Item& item, const QJsonObject& params, Feedback& feedback) {
    QStringList passwords{params.value(QStringLiteral("password")).toString()};
    for (const QJsonValue& v : params.value(QStringLiteral("passwords")).toArray())
        passwords.append(v.toString());
    const int maxPages =
        int(qBound(qint64(1), params.value(QStringLiteral("max_pages")).toInteger(5000), qint64(1000000)));
    const bool wordBoxes = params.value(QStringLiteral("word_boxes")).toBool(true);
    const QString tableMode = params.value(QStringLiteral("tables")).toString(QStringLiteral("auto"));
    const int workers =
        int(qBound(qint64(1), params.value(QStringLiteral("workers")).toInteger(1), qint64(16)));
    feedback.setProgress(0);

    // The workers parse the file from memory, all from one read of it, unless it is large; the document
    // opened here (the checks, the passwords) is the calling thread's worker's.
    PdfDocumentOpenResult opened = PdfDocumentOpener::open(item.path, passwords, kMaxPdfBytesInMemory);
    if (!opened.document)
        return StageResult::failure(opened.error, opened.transient);
    const PdfTextDocument* doc = opened.document.get();
    const int pageCount = doc->pageCount();
    const int pagesToRead = qMin(pageCount, maxPages);

    PdfPageExtractor extractor;
    extractor.tableMode = tableMode == QLatin1String("off")      ? PdfTableMode::Off
                          : tableMode == QLatin1String("always") ? PdfTableMode::Always
                                                                 : PdfTableMode::Auto;
    QList<PageResult> pages(pagesToRead);
    PageResult* results = pages.data(); // detached once here: the workers write to distinct elements
    PageQueue queue;
    queue.total = pagesToRead;
    const int threads = qMin(workers, pagesToRead);
    {
        // Poppler documents are not safe to share between threads: each worker has a document of its own.
        QThreadPool pool;
        pool.setMaxThreadCount(qMax(1, threads - 1));
        for (int t = 1; t < threads; ++t)
            pool.start([&] {
                readPages(item.path, opened.data, opened.password, extractor, wordBoxes, results, queue,
                          feedback, nullptr);
            });
        readPages(item.path, opened.data, opened.password, extractor, wordBoxes, results, queue, feedback,
                  doc);
        pool.waitForDone();
    }
    if (feedback.isCanceled())
        return stageutil::canceledResult();

    const QJsonObject metadata = pdfinfo::metadataJson(*doc);

    QJsonArray pageList;
    QJsonArray tables;
    QJsonArray needOcr;
    QJsonArray sizes;
    QSet<QString> seenSizes;
    qint64 chars = 0;
    qint64 words = 0;
    qint64 lines = 0;
    qint64 replacement = 0;
    for (const PageResult& page : std::as_const(pages)) {
        pageList.append(page.json);
        for (const QJsonObject& table : page.tables)
            tables.append(table);
        if (page.totals.needsOcr)
            needOcr.append(page.json.value(QStringLiteral("number")));
        const QString key = QStringLiteral("%1x%2").arg(page.sizePt.width()).arg(page.sizePt.height());
        if (!seenSizes.contains(key)) {
            seenSizes.insert(key);
            sizes.append(
                QJsonObject{{QStringLiteral("width_pt"), page.json.value(QStringLiteral("width_pt"))},
                            {QStringLiteral("height_pt"), page.json.value(QStringLiteral("height_pt"))},
                            {QStringLiteral("width_mm"), page.json.value(QStringLiteral("width_mm"))},
                            {QStringLiteral("height_mm"), page.json.value(QStringLiteral("height_mm"))}});
        }
        chars += page.totals.chars;
        words += page.totals.words;
        lines += page.lines;
        replacement += page.totals.replacementChars;
    }

    QJsonObject statistics;
    statistics.insert(QStringLiteral("pages_read"), pagesToRead);
    statistics.insert(QStringLiteral("chars"), chars);
    statistics.insert(QStringLiteral("words"), words);
    statistics.insert(QStringLiteral("lines"), lines);
    statistics.insert(QStringLiteral("tables"), tables.size());
    statistics.insert(QStringLiteral("replacement_chars"), replacement);
    statistics.insert(QStringLiteral("pages_needing_ocr"), needOcr.size());

    QJsonObject out;
    out.insert(QStringLiteral("pages"), pageCount);
    out.insert(QStringLiteral("pdf_version"), pdfinfo::version(*doc));
    out.insert(QStringLiteral("encrypted"), opened.encrypted);
    out.insert(QStringLiteral("metadata"), metadata);
    out.insert(QStringLiteral("page_sizes"), sizes);
    out.insert(QStringLiteral("page_list"), pageList);
    out.insert(QStringLiteral("tables"), tables);
    out.insert(QStringLiteral("statistics"), statistics);
    out.insert(QStringLiteral("chars"), chars);
    out.insert(QStringLiteral("words"), words);
    out.insert(QStringLiteral("needs_ocr"), !needOcr.isEmpty());
    out.insert(QStringLiteral("pages_needing_ocr"), needOcr);
    out.insert(QStringLiteral("pages_truncated"), pagesToRead < pageCount);
    out.insert(QStringLiteral("text"), joinPages(pages, [](const PageResult& p) { return p.text; }));
    // A form feed is a normalisation boundary: the pages' NFKC texts joined are the NFKC of the joined text.
    out.insert(QStringLiteral("search_text"),
               joinPages(pages, [](const PageResult& p) { return p.totals.searchText; }));
    feedback.setProgress(100);
    return StageResult::success(out);
}

} // namespace sluice
