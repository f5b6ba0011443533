#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace sluice {

class Feedback;

/// Reads a WordprocessingML document (.docx, ECMA-376 Part 1, transitional or ISO/IEC 29500 strict) to a
/// JSON structure: the package is opened with OoxmlPackage (QuaZip), each XML part is read with
/// QXmlStreamReader, formatting is resolved through DocxStyles.
///
/// What is read, with the ECMA-376 Part 1 sections:
/// - body blocks (§17.2.2): paragraphs (§17.3.1) with style, alignment, heading level, list level and label
///   (§17.9); runs (§17.3.2) with bold, italic, underline, strike, font and size in points, merged while
///   their formatting is equal; tables (§17.4) with w:gridSpan and w:vMerge merges and nested tables;
/// - inline wrappers whose text belongs to the paragraph: w:hyperlink (§17.16.22, target from the part's
///   relationships or w:anchor), HYPERLINK fields (§17.16.5.25), w:smartTag, w:customXml, w:fldSimple,
///   w:sdt content controls (§17.5.2) at body, paragraph, row and cell level, w:bdo/w:dir;
/// - tracked changes (§17.13.5): w:ins/w:moveTo text kept and flagged, w:del/w:moveFrom text left out and
///   listed; deleted table rows left out;
/// - text boxes (w:txbxContent, §17.17.1.1) read once: of an mc:AlternateContent (ECMA-376 Part 3 §10.2)
///   only the first mc:Choice is read and the mc:Fallback (the VML copy) is skipped;
/// - sections (§17.6.17: w:pgSz with orientation, w:pgMar, w:cols) with their headers and footers
///   (§17.10), footnotes and endnotes (§17.11), comments (§17.13.4), core properties (Part 2 §11).
/// Field codes (w:instrText) are not text; a field's result is.
///
/// Output keys: core_properties, sections, body (blocks), headers, footers, footnotes, endnotes, comments,
/// headings, hyperlinks, content_controls, text_boxes, tracked_changes, images, statistics, text.
class DocxReader {
    Q_DECLARE_TR_FUNCTIONS(sluice::DocxReader)
public:
    bool includeRuns = true; ///< list the runs of each paragraph (turn off to keep results small)

    /// Reads the file at `path` into `out`. Returns an empty string on success, otherwise the error (see
    /// OoxmlPackage::open, plus "not a Word document: …" when the package has no main document part,
    /// "corrupt .docx: <part> is not well-formed XML: …", "canceled"). `transient` as in OoxmlPackage.
    QString read(const QString& path, QJsonObject& out, Feedback* feedback = nullptr,
                 bool* transient = nullptr) const;
};

} // namespace sluice
