#include "pdf_text_stage.h"

#include "builtin_stages.h"
#include "documents/pdf_document_info.h"
#include "documents/pdf_document_open.h"
#include "documents/pdf_text_layer.h"

#include <QJsonArray>

namespace sluice {

namespace {

bool hasVisibleText(const QString& text) {
    for (const QChar c : text)
        if (!c.isSpace() && c.category() != QChar::Other_Control)
            return true;
    return false;
}

} // namespace

QString PdfTextStage::displayName() const {
    return tr("PDF text");
}
QString PdfTextStage::group() const {
    return tr("Documents");
}
QString PdfTextStage::description() const {
    return tr(
        "Extracts the text of every page of a PDF, with page sizes, rotation and document metadata, and "
        "marks pages that have no text and need OCR.");
}

QList<ParamSpec> PdfTextStage::parameters() const {
    ParamSpec password;
    password.name = QStringLiteral("password");
    password.type = ParamType::Password;
    password.defaultValue = QString();
    password.help = tr("Password to open an encrypted PDF (user or owner password); leave empty for none.");

    ParamSpec maxPages;
    maxPages.name = QStringLiteral("max_pages");
    maxPages.type = ParamType::Int;
    maxPages.defaultValue = 5000;
    maxPages.minimum = 1;
    maxPages.maximum = 1000000;
    maxPages.unit = tr("pages");
    maxPages.help = tr("Extract text from at most this many pages; later pages are counted but not read.");
    return {password, maxPages};
}

QList<PortSpec> PdfTextStage::inputs() const {
    return {PortSpec{QStringLiteral("in"), QStringLiteral("document")}};
}

StageResult PdfTextStage::process(Item& item, const QJsonObject& params, Feedback& feedback) {
    const QString password = params.value(QStringLiteral("password")).toString();
    const int maxPages = static_cast<int>(
        qBound(qint64(1), params.value(QStringLiteral("max_pages")).toInteger(5000), qint64(1000000)));
    feedback.setProgress(0);

    // PdfDocumentOpener: the OS reason for an unreadable file, the header check, poppler's repair, the
    // password.
    PdfDocumentOpenResult opened =
        PdfDocumentOpener::open(item.path, password.isEmpty() ? QStringList() : QStringList{password});
    if (!opened.document)
        return StageResult::failure(opened.error, opened.transient);
    const PdfTextDocument& doc = *opened.document;
    const int pageCount = doc.pageCount();
    const QJsonObject metadata = pdfinfo::metadataJson(doc);

    const int pagesToRead = qMin(pageCount, maxPages);
    QJsonArray pageList;
    QStringList texts;
    qint64 totalChars = 0;
    qint64 totalWords = 0;
    bool anyNeedsOcr = false;
    for (int i = 0; i < pagesToRead; ++i) {
        if (feedback.isCanceled())
            return stageutil::canceledResult();
        QJsonObject p;
        p.insert(QStringLiteral("number"), i + 1);
        QString text;
        if (doc.hasPage(i)) {
            const QSizeF size = doc.pageSize(i);
            p.insert(QStringLiteral("width_pt"), size.width());
            p.insert(QStringLiteral("height_pt"), size.height());
            p.insert(QStringLiteral("rotation"), doc.rotation(i));
            // Poppler's text of the whole page in physical layout: not the unrotated crop box, which cuts
            // off text on /Rotate 90 and 270 pages, but a square over the larger side, which covers both.
            const qreal side = qMax(size.width(), size.height()) + 1.0;
            text = doc.physicalText(i, side);
        } else {
            p.insert(QStringLiteral("error"), tr("page %1 cannot be read").arg(i + 1));
        }
        const qint64 chars = stageutil::codePointCount(text);
        const bool needsOcr = !hasVisibleText(text);
        p.insert(QStringLiteral("text"), text);
        p.insert(QStringLiteral("chars"), chars);
        p.insert(QStringLiteral("needs_ocr"), needsOcr);
        pageList.append(p);
        totalChars += chars;
        totalWords += stageutil::wordCount(text);
        anyNeedsOcr = anyNeedsOcr || needsOcr;
        texts << text;
        feedback.setProgress(100.0 * (i + 1) / pagesToRead);
    }

    QJsonObject out;
    out.insert(QStringLiteral("pages"), pageCount);
    out.insert(QStringLiteral("pdf_version"), pdfinfo::version(doc));
    out.insert(QStringLiteral("encrypted"), opened.encrypted);
    out.insert(QStringLiteral("metadata"), metadata);
    out.insert(QStringLiteral("page_list"), pageList);
    out.insert(QStringLiteral("chars"), totalChars);
    out.insert(QStringLiteral("words"), totalWords);
    out.insert(QStringLiteral("needs_ocr"), anyNeedsOcr);
    out.insert(QStringLiteral("pages_truncated"), pagesToRead < pageCount);
    out.insert(QStringLiteral("text"), texts.join(QLatin1Char('\f')));
    feedback.setProgress(100);
    return StageResult::success(out);
}

} // namespace sluice
