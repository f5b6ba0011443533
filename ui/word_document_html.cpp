#include "word_document_html.h"

#include <QJsonArray>

namespace sluice {

namespace {

QString blocksHtml(const QJsonArray& blocks);

QString runHtml(const QJsonObject& run) {
    QString html = run.value(QStringLiteral("text")).toString().toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    html.replace(QLatin1Char('\t'), QStringLiteral("&nbsp;&nbsp;&nbsp;&nbsp;"));
    QStringList style;
    const QString font = run.value(QStringLiteral("font")).toString();
    if (!font.isEmpty())
        style << QStringLiteral("font-family:'%1'").arg(font.toHtmlEscaped());
    if (run.contains(QStringLiteral("size_pt")))
        style << QStringLiteral("font-size:%1pt").arg(run.value(QStringLiteral("size_pt")).toDouble());
    if (run.contains(QStringLiteral("color")))
        style
            << QStringLiteral("color:#%1").arg(run.value(QStringLiteral("color")).toString().toHtmlEscaped());
    if (run.value(QStringLiteral("inserted")).toBool())
        style << QStringLiteral("background:#e3f4e3");
    if (run.value(QStringLiteral("bold")).toBool())
        html = QStringLiteral("<b>%1</b>").arg(html);
    if (run.value(QStringLiteral("italic")).toBool())
        html = QStringLiteral("<i>%1</i>").arg(html);
    if (!run.value(QStringLiteral("underline")).toString().isEmpty())
        html = QStringLiteral("<u>%1</u>").arg(html);
    if (run.value(QStringLiteral("strike")).toBool())
        html = QStringLiteral("<s>%1</s>").arg(html);
    const QString align = run.value(QStringLiteral("vert_align")).toString();
    if (align == QLatin1String("superscript"))
        html = QStringLiteral("<sup>%1</sup>").arg(html);
    else if (align == QLatin1String("subscript"))
        html = QStringLiteral("<sub>%1</sub>").arg(html);
    if (!style.isEmpty())
        html = QStringLiteral("<span style=\"%1\">%2</span>").arg(style.join(QLatin1Char(';')), html);
    const QString link = run.value(QStringLiteral("hyperlink")).toString();
    if (!link.isEmpty())
        html = QStringLiteral("<a href=\"%1\">%2</a>").arg(link.toHtmlEscaped(), html);
    return html;
}

QString paragraphHtml(const QJsonObject& p) {
    QString content;
    const QJsonArray runs = p.value(QStringLiteral("runs")).toArray();
    if (p.contains(QStringLiteral("runs"))) {
        for (const QJsonValue& r : runs)
            content += runHtml(r.toObject());
    } else {
        content = p.value(QStringLiteral("text")).toString().toHtmlEscaped();
    }
    const QJsonObject list = p.value(QStringLiteral("list")).toObject();
    QString style;
    if (!list.isEmpty()) {
        QString label = list.value(QStringLiteral("label")).toString();
        if (list.value(QStringLiteral("format")).toString() == QLatin1String("bullet"))
            label = QString(QChar(0x2022));
        content = QStringLiteral("%1&nbsp;&nbsp;%2").arg(label.toHtmlEscaped(), content);
        style +=
            QStringLiteral("margin-left:%1px;").arg(20 * (list.value(QStringLiteral("level")).toInt() + 1));
    }
    QString align = p.value(QStringLiteral("alignment")).toString();
    if (align == QLatin1String("both"))
        align = QStringLiteral("justify");
    else if (align == QLatin1String("start"))
        align = QStringLiteral("left");
    else if (align == QLatin1String("end"))
        align = QStringLiteral("right");
    if (align == QLatin1String("center") || align == QLatin1String("right") ||
        align == QLatin1String("justify"))
        style += QStringLiteral("text-align:%1;").arg(align);
    if (p.value(QStringLiteral("text_box")).toBool())
        style += QStringLiteral("border:1px dashed #90a4ae;background:#f5f8fa;padding:4px;");
    const QString title =
        QStringLiteral(" title=\"%1\"").arg(p.value(QStringLiteral("style")).toString().toHtmlEscaped());
    if (p.contains(QStringLiteral("heading_level"))) {
        const int level = qBound(1, p.value(QStringLiteral("heading_level")).toInt(), 6);
        return QStringLiteral("<h%1 style=\"%2\"%3>%4</h%1>\n").arg(level).arg(style, title, content);
    }
    if (content.isEmpty())
        content = QStringLiteral("&nbsp;");
    return QStringLiteral("<p style=\"%1\"%2>%3</p>\n").arg(style, title, content);
}

QString tableHtml(const QJsonObject& t) {
    QString html = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                                  "style=\"border-collapse:collapse;border-color:#90a4ae;margin:4px 0;\">\n");
    for (const QJsonValue& row : t.value(QStringLiteral("cells")).toArray()) {
        html += QStringLiteral("<tr>");
        for (const QJsonValue& cv : row.toArray()) {
            const QJsonObject cell = cv.toObject();
            QString attrs;
            if (cell.value(QStringLiteral("col_span")).toInt() > 1)
                attrs +=
                    QStringLiteral(" colspan=\"%1\"").arg(cell.value(QStringLiteral("col_span")).toInt());
            if (cell.value(QStringLiteral("row_span")).toInt() > 1)
                attrs +=
                    QStringLiteral(" rowspan=\"%1\"").arg(cell.value(QStringLiteral("row_span")).toInt());
            QString inner = blocksHtml(cell.value(QStringLiteral("blocks")).toArray());
            if (inner.isEmpty())
                inner = cell.value(QStringLiteral("text")).toString().toHtmlEscaped();
            html += QStringLiteral("<td%1>%2</td>").arg(attrs, inner);
        }
        html += QStringLiteral("</tr>\n");
    }
    return html + QStringLiteral("</table>\n");
}

QString blocksHtml(const QJsonArray& blocks) {
    QString html;
    for (const QJsonValue& v : blocks) {
        const QJsonObject b = v.toObject();
        html += b.value(QStringLiteral("type")).toString() == QLatin1String("table") ? tableHtml(b)
                                                                                     : paragraphHtml(b);
    }
    return html;
}

QString storiesHtml(const QString& title, const QJsonArray& stories, const QString& key) {
    if (stories.isEmpty())
        return {};
    QString html = QStringLiteral("<h4 style=\"color:#546e7a\">%1</h4>\n").arg(title.toHtmlEscaped());
    for (const QJsonValue& v : stories) {
        const QJsonObject s = v.toObject();
        const QString label = s.value(key).toString();
        const QJsonArray blocks = s.value(QStringLiteral("blocks")).toArray();
        QString body = blocks.isEmpty() ? s.value(QStringLiteral("text")).toString().toHtmlEscaped()
                                        : blocksHtml(blocks);
        const QString anchor = s.value(QStringLiteral("anchor")).toString();
        if (!anchor.isEmpty()) // a comment: the text it is about
            body = QStringLiteral("<i>%1</i> %2")
                       .arg(QCoreApplication::translate("sluice::WordDocumentHtml", "on “%1”:")
                                .arg(anchor)
                                .toHtmlEscaped(),
                            body);
        html += QStringLiteral("<div style=\"color:#455a64\"><small>%1</small> %2</div>\n")
                    .arg(label.toHtmlEscaped(), body);
    }
    return html;
}

} // namespace

QString WordDocumentHtml::toHtml(const QJsonObject& docx) {
    QString html = QStringLiteral("<html><body>\n");
    const QJsonObject core = docx.value(QStringLiteral("core_properties")).toObject();
    const QString title = core.value(QStringLiteral("title")).toString();
    const QString author = core.value(QStringLiteral("author")).toString();
    QStringList facts;
    if (!title.isEmpty())
        facts << tr("Title: %1").arg(title);
    if (!author.isEmpty())
        facts << tr("Author: %1").arg(author);
    if (!facts.isEmpty())
        html += QStringLiteral("<p style=\"color:#546e7a\"><small>%1</small></p>\n")
                    .arg(facts.join(QStringLiteral(" · ")).toHtmlEscaped());
    html += blocksHtml(docx.value(QStringLiteral("body")).toArray());
    html +=
        storiesHtml(tr("Headers"), docx.value(QStringLiteral("headers")).toArray(), QStringLiteral("type"));
    html +=
        storiesHtml(tr("Footers"), docx.value(QStringLiteral("footers")).toArray(), QStringLiteral("type"));
    html +=
        storiesHtml(tr("Footnotes"), docx.value(QStringLiteral("footnotes")).toArray(), QStringLiteral("id"));
    html +=
        storiesHtml(tr("Endnotes"), docx.value(QStringLiteral("endnotes")).toArray(), QStringLiteral("id"));
    html += storiesHtml(tr("Comments"), docx.value(QStringLiteral("comments")).toArray(),
                        QStringLiteral("author"));
    return html + QStringLiteral("</body></html>\n");
}

} // namespace sluice
