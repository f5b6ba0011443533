#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace sluice {

/// Turns the result of the `docx` stage (DocxReader's JSON) into HTML for a QTextBrowser: headings as
/// <h1>–<h6>, paragraphs with their alignment and list labels, runs with bold, italic, underline, strike,
/// font and size, hyperlinks, tracked insertions marked, text boxes framed, tables with their merged cells
/// (colspan/rowspan) and nested tables, then headers, footers, footnotes and comments. All text is escaped.
/// It only reads JSON: the document itself is never opened here.
class WordDocumentHtml {
    Q_DECLARE_TR_FUNCTIONS(sluice::WordDocumentHtml)
public:
    static QString toHtml(const QJsonObject& docxResult);
};

} // namespace sluice
