#pragma once

#include <QHash>
#include <QString>
#include <QStringView>
#include <functional>
#include <optional>

class QXmlStreamReader;

namespace sluice {

/// WordprocessingML namespaces: transitional (ECMA-376) and strict (ISO/IEC 29500 Strict); a reader of
/// either accepts both.
bool isWordNamespace(QStringView ns);

/// The value of the attribute whose local name is `name` (any namespace: w:val in transitional and strict).
QString docxAttribute(const QXmlStreamReader& xml, QLatin1String name);

/// Run properties (ECMA-376 Part 1 §17.3.2, w:rPr) as far as Sluice reports them. Unset = inherit.
struct DocxRunProps {
    std::optional<bool> bold;         ///< w:b
    std::optional<bool> italic;       ///< w:i
    std::optional<bool> strike;       ///< w:strike
    std::optional<QString> underline; ///< w:u/@val: "single", "double", … ; "none" = not underlined
    std::optional<QString> font;      ///< w:rFonts/@ascii (or @hAnsi), or a theme font resolved by DocxStyles
    std::optional<QString> fontTheme; ///< w:rFonts/@asciiTheme, e.g. "minorHAnsi"
    std::optional<double> sizePt;     ///< w:sz (half-points) / 2, points
    std::optional<QString> color;     ///< w:color/@val, "RRGGBB" or "auto"
    std::optional<QString> vertAlign; ///< w:vertAlign: "superscript", "subscript"
    std::optional<QString> styleId;   ///< w:rStyle (direct properties only)

    /// Sets every property `over` sets (later in the style hierarchy wins).
    void overlay(const DocxRunProps& over);
    /// Reads a w:rPr element; the reader is on its start and ends on its end.
    static DocxRunProps read(QXmlStreamReader& xml);
};

/// Paragraph properties (§17.3.1, w:pPr) as far as Sluice reports them.
struct DocxParaProps {
    std::optional<QString> styleId;   ///< w:pStyle (direct properties only)
    std::optional<QString> alignment; ///< w:jc/@val: "left"/"start", "center", "right"/"end", "both", …
    std::optional<int> outlineLevel;  ///< w:outlineLvl (0-based; 9 = body text)
    std::optional<QString> numId;     ///< w:numPr/w:numId (list instance; "0" = no list)
    std::optional<int> level;         ///< w:numPr/w:ilvl (0-based list level)
    bool markInserted = false;        ///< w:rPr/w:ins on the paragraph mark (tracked insertion)
    bool markDeleted = false;         ///< w:rPr/w:del on the paragraph mark (tracked deletion)

    void overlay(const DocxParaProps& over);
    /// Reads a w:pPr element; the reader is on its start and ends on its end. A w:sectPr inside it (the
    /// paragraph ends a section, §17.6.17) is handed to `onSection` with the reader on its start, which
    /// must consume it; without a handler it is skipped.
    static DocxParaProps read(QXmlStreamReader& xml,
                              const std::function<void(QXmlStreamReader&)>& onSection = {});
};

/// A list level of numbering.xml (§17.9): its format and level text.
struct DocxListLevel {
    QString format = QStringLiteral("decimal"); ///< w:numFmt: "bullet", "decimal", "lowerLetter", …
    QString text;                               ///< w:lvlText, e.g. "%1." or "•"
    int start = 1;                              ///< w:start
};

/// The style hierarchy of a WordprocessingML document: styles.xml (§17.7: document defaults, paragraph,
/// character and table styles with w:basedOn), the theme's major and minor Latin fonts (DrawingML,
/// §20.1.4.1.24 / .25) and numbering.xml (§17.9: w:num → w:abstractNum → w:lvl).
///
/// Effective run formatting = document defaults, then the paragraph style chain (root first), then the
/// run's character style chain, then the direct w:rPr (§17.7.2, style hierarchy). Toggle properties (bold,
/// italic, strike) set by both a paragraph style and a character style cancel out, as §17.7.3 says: a
/// bold character style in a bold heading gives plain text; direct formatting sets the value outright.
class DocxStyles {
public:
    /// Loads the parts; any may be empty (a package without styles.xml has only defaults).
    void load(const QByteArray& stylesXml, const QByteArray& themeXml, const QByteArray& numberingXml);

    /// Run properties of a run with direct properties `direct` in a paragraph of style `paraStyleId`.
    DocxRunProps effectiveRun(const QString& paraStyleId, const DocxRunProps& direct) const;
    /// Paragraph properties of a paragraph with direct properties `direct` (its style from direct.styleId,
    /// else the default paragraph style).
    DocxParaProps effectivePara(const DocxParaProps& direct) const;

    /// The style's display name (w:name), e.g. "heading 1"; the id when it has no name.
    QString styleName(const QString& styleId) const;
    /// The id of the default paragraph style (w:default="1"), usually "Normal".
    QString defaultParagraphStyle() const { return m_defaultParagraph; }
    /// 1–9 for a heading: a style named "heading N" or "Title" (0 = title), or an outline level < 9; -1 else.
    int headingLevel(const QString& styleId, const DocxParaProps& effective) const;

    /// The list level `level` of list instance `numId`, or nullopt when there is no such list.
    std::optional<DocxListLevel> listLevel(const QString& numId, int level) const;
    /// The abstract list a list instance uses (lists sharing one continue each other's numbering).
    QString abstractOf(const QString& numId) const { return m_numToAbstract.value(numId); }

private:
    struct Style {
        QString name;
        QString type;
        QString basedOn;
        DocxRunProps run;
        DocxParaProps para;
    };
    void chainRun(const QString& styleId, DocxRunProps& into, int depth) const;
    void chainPara(const QString& styleId, DocxParaProps& into, int depth) const;
    QString themeFont(const QString& theme) const;

    QHash<QString, Style> m_styles;
    DocxRunProps m_defaultRun;
    DocxParaProps m_defaultPara;
    QString m_defaultParagraph;
    QString m_majorFont;
    QString m_minorFont;
    QHash<QString, QString> m_numToAbstract;
    QHash<QString, QHash<int, DocxListLevel>> m_abstractLevels;
};

} // namespace sluice
