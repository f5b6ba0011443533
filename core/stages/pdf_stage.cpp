#include "pdf_stage.h"

#include "builtin_stages.h"
#include "documents/pdf_open.h"
#include "documents/pdf_page_extractor.h"
#include "documents/pdf_text_layer.h"

#include <QJsonArray>
#include <QSet>
#include <QThreadPool>
#include <atomic>
#include <poppler-qt6.h>

namespace sluice {

namespace {

QString isoDate(const QDateTime& dt) {
    return dt.isValid() ? dt.toUTC().toString(Qt::ISODate) : QString();
}

/// Reads pages [from, to) of the PDF at `path` into `out` (indexed by page) with a PdfTextDocument of its own
/// (`password` unlocks it). Pages that may hold a table are rendered with poppler-qt6: `shared` when given,
/// otherwise a document of its own opened on the first such page. `json` receives each page's
/// PdfPageContent::toJson(wordBoxes).
void readRange(const QString& path, const QStringList& passwords, const QByteArray& password, int from,
               int to, const PdfPageExtractor& extractor, bool wordBoxes, QList<PdfPageContent>& out,
               QList<QJsonObject>& json, Feedback& feedback, std::atomic<int>& done, int total,
               Poppler::Document* shared) {
    const std::unique_ptr<PdfTextDocument> text = PdfTextDocument::open(path, password);
    std::unique_ptr<Poppler::Document> own;
    Poppler::Document* renderer = shared;
    bool rendererTried = shared != nullptr;
    if (shared)
        shared->setRenderHint(Poppler::Document::ThinLineSolid, true);
    int current = from;
    const auto renderPage = [&]() -> std::unique_ptr<Poppler::Page> {
        if (!rendererTried) {
            rendererTried = true;
            own = PdfOpener::open(path, passwords).document;
            renderer = own.get();
            if (renderer)
                renderer->setRenderHint(Poppler::Document::ThinLineSolid, true);
        }
        return renderer ? renderer->page(current) : nullptr;
    };
    for (int i = from; i < to; ++i) {
        if (feedback.isCanceled())
            return;
        if (!text) {
            out[i].number = i + 1;
            out[i].error =
                QCoreApplication::translate("sluice::PdfStage", "page %1 cannot be read").arg(i + 1);
            json[i] = out[i].toJson(wordBoxes);
            continue;
        }
        current = i;
        out[i] = extractor.extract(*text, i, renderPage);
        json[i] = out[i].toJson(wordBoxes); // here, so that with several workers it runs in parallel too
        feedback.setProgress(100.0 * (done.fetch_add(1) + 1) / total);
    }
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

    PdfOpenResult opened = PdfOpener::open(item.path, passwords);
    if (!opened.document)
        return StageResult::failure(opened.error, opened.transient);
    Poppler::Document* doc = opened.document.get();
    const int pageCount = doc->numPages();
    const int pagesToRead = qMin(pageCount, maxPages);

    PdfPageExtractor extractor;
    extractor.tableMode = tableMode == QLatin1String("off")      ? PdfTableMode::Off
                          : tableMode == QLatin1String("always") ? PdfTableMode::Always
                                                                 : PdfTableMode::Auto;
    QList<PdfPageContent> pages(pagesToRead);
    QList<QJsonObject> pageJson(pagesToRead);
    std::atomic<int> done{0};
    const int threads = qMin(workers, pagesToRead);
    if (threads <= 1) {
        readRange(item.path, passwords, opened.password, 0, pagesToRead, extractor, wordBoxes, pages,
                  pageJson, feedback, done, pagesToRead, doc);
    } else {
        // Poppler documents are not safe to share between threads: each range has a document of its own.
        QThreadPool pool;
        pool.setMaxThreadCount(threads - 1);
        const int per = (pagesToRead + threads - 1) / threads;
        for (int t = 1; t < threads; ++t) {
            const int from = t * per;
            const int to = qMin(pagesToRead, from + per);
            if (from < to)
                pool.start([&, from, to] {
                    readRange(item.path, passwords, opened.password, from, to, extractor, wordBoxes, pages,
                              pageJson, feedback, done, pagesToRead, nullptr);
                });
        }
        readRange(item.path, passwords, opened.password, 0, qMin(per, pagesToRead), extractor, wordBoxes,
                  pages, pageJson, feedback, done, pagesToRead, doc);
        pool.waitForDone();
    }
    if (feedback.isCanceled())
        return stageutil::canceledResult();

    QJsonObject metadata;
    metadata.insert(QStringLiteral("title"), doc->info(QStringLiteral("Title")));
    metadata.insert(QStringLiteral("author"), doc->info(QStringLiteral("Author")));
    metadata.insert(QStringLiteral("subject"), doc->info(QStringLiteral("Subject")));
    metadata.insert(QStringLiteral("keywords"), doc->info(QStringLiteral("Keywords")));
    metadata.insert(QStringLiteral("creator"), doc->info(QStringLiteral("Creator")));
    metadata.insert(QStringLiteral("producer"), doc->info(QStringLiteral("Producer")));
    metadata.insert(QStringLiteral("created"), isoDate(doc->date(QStringLiteral("CreationDate"))));
    metadata.insert(QStringLiteral("modified"), isoDate(doc->date(QStringLiteral("ModDate"))));

    QJsonArray pageList;
    QJsonArray tables;
    QJsonArray needOcr;
    QJsonArray sizes;
    QSet<QString> seenSizes;
    QStringList texts;
    QStringList searchTexts;
    qint64 chars = 0;
    qint64 words = 0;
    qint64 lines = 0;
    qint64 replacement = 0;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const PdfPageContent& page = pages.at(i);
        const QJsonObject& p = pageJson.at(i);
        pageList.append(p);
        for (int t = 0; t < page.tables.size(); ++t)
            tables.append(page.tableJson(t));
        if (p.value(QStringLiteral("needs_ocr")).toBool())
            needOcr.append(page.number);
        const QJsonObject size{{QStringLiteral("width_pt"), p.value(QStringLiteral("width_pt"))},
                               {QStringLiteral("height_pt"), p.value(QStringLiteral("height_pt"))},
                               {QStringLiteral("width_mm"), p.value(QStringLiteral("width_mm"))},
                               {QStringLiteral("height_mm"), p.value(QStringLiteral("height_mm"))}};
        const QString key = QStringLiteral("%1x%2").arg(page.sizePt.width()).arg(page.sizePt.height());
        if (!seenSizes.contains(key)) {
            seenSizes.insert(key);
            sizes.append(size);
        }
        chars += p.value(QStringLiteral("chars")).toInteger();
        words += p.value(QStringLiteral("words")).toInteger();
        lines += p.value(QStringLiteral("lines")).toInteger();
        replacement += p.value(QStringLiteral("replacement_chars")).toInteger();
        texts << page.text;
        searchTexts << p.value(QStringLiteral("search_text")).toString();
    }
    const QString text = texts.join(QLatin1Char('\f'));

    QJsonObject statistics;
    statistics.insert(QStringLiteral("pages_read"), pagesToRead);
    statistics.insert(QStringLiteral("chars"), chars);
    statistics.insert(QStringLiteral("words"), words);
    statistics.insert(QStringLiteral("lines"), lines);
    statistics.insert(QStringLiteral("tables"), tables.size());
    statistics.insert(QStringLiteral("replacement_chars"), replacement);
    statistics.insert(QStringLiteral("pages_needing_ocr"), needOcr.size());

    const Poppler::Document::PdfVersion version = doc->getPdfVersion();
    QJsonObject out;
    out.insert(QStringLiteral("pages"), pageCount);
    out.insert(QStringLiteral("pdf_version"), QStringLiteral("%1.%2").arg(version.major).arg(version.minor));
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
    out.insert(QStringLiteral("text"), text);
    // A form feed is a normalisation boundary: the pages' NFKC texts joined are the NFKC of the joined text.
    out.insert(QStringLiteral("search_text"), searchTexts.join(QLatin1Char('\f')));
    feedback.setProgress(100);
    return StageResult::success(out);
}

} // namespace sluice
