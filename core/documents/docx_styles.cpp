#include "docx_styles.h"

#include <QRegularExpression>
#include <QXmlStreamReader>

namespace sluice {

namespace {

bool onOff(const QString& value) {
    // ST_OnOff (§17.17.4): absent val means true.
    return !(value == QLatin1String("0") || value == QLatin1String("false") || value == QLatin1String("off"));
}

/// Half-points (ST_HpsMeasure) to points; strict documents may write a universal measure such as "11pt".
std::optional<double> halfPoints(const QString& value) {
    if (value.endsWith(QLatin1String("pt"))) {
        bool ok = false;
        const double v = value.chopped(2).toDouble(&ok);
        return ok ? std::optional<double>(v) : std::nullopt;
    }
    bool ok = false;
    const double v = value.toDouble(&ok);
    return ok ? std::optional<double>(v / 2.0) : std::nullopt;
}

template <typename T> void take(std::optional<T>& into, const std::optional<T>& from) {
    if (from)
        into = from;
}

} // namespace

bool isWordNamespace(QStringView ns) {
    return ns == QLatin1String("http://schemas.openxmlformats.org/wordprocessingml/2006/main") ||
           ns == QLatin1String("http://purl.oclc.org/ooxml/wordprocessingml/main");
}

QString docxAttribute(const QXmlStreamReader& xml, QLatin1String name) {
    for (const QXmlStreamAttribute& a : xml.attributes())
        if (a.name() == name)
            return a.value().toString();
    return {};
}

void DocxRunProps::overlay(const DocxRunProps& over) {
    take(bold, over.bold);
    take(italic, over.italic);
    take(strike, over.strike);
    take(underline, over.underline);
    if (over.font || over.fontTheme) {
        font = over.font;
        fontTheme = over.fontTheme;
    }
    take(sizePt, over.sizePt);
    take(color, over.color);
    take(vertAlign, over.vertAlign);
    take(styleId, over.styleId);
}

DocxRunProps DocxRunProps::read(QXmlStreamReader& xml) {
    DocxRunProps p;
    while (xml.readNextStartElement()) {
        const QStringView n = xml.name();
        const bool hasVal =
            xml.attributes().hasAttribute(xml.namespaceUri().toString(), QStringLiteral("val"));
        const QString val = docxAttribute(xml, QLatin1String("val"));
        if (n == QLatin1String("b"))
            p.bold = !hasVal || onOff(val);
        else if (n == QLatin1String("i"))
            p.italic = !hasVal || onOff(val);
        else if (n == QLatin1String("strike"))
            p.strike = !hasVal || onOff(val);
        else if (n == QLatin1String("u"))
            p.underline = val.isEmpty() ? QStringLiteral("single") : val;
        else if (n == QLatin1String("sz")) {
            if (auto v = halfPoints(val))
                p.sizePt = v;
        } else if (n == QLatin1String("color"))
            p.color = val;
        else if (n == QLatin1String("vertAlign"))
            p.vertAlign = val;
        else if (n == QLatin1String("rStyle"))
            p.styleId = val;
        else if (n == QLatin1String("rFonts")) {
            QString ascii = docxAttribute(xml, QLatin1String("ascii"));
            if (ascii.isEmpty())
                ascii = docxAttribute(xml, QLatin1String("hAnsi"));
            const QString theme = docxAttribute(xml, QLatin1String("asciiTheme"));
            if (!theme.isEmpty()) {
                p.fontTheme = theme;
                p.font.reset();
            } else if (!ascii.isEmpty()) {
                p.font = ascii;
                p.fontTheme.reset();
            }
        }
        xml.skipCurrentElement();
    }
    return p;
}

void DocxParaProps::overlay(const DocxParaProps& over) {
    take(styleId, over.styleId);
    take(alignment, over.alignment);
    take(outlineLevel, over.outlineLevel);
    take(numId, over.numId);
    take(level, over.level);
    markInserted = markInserted || over.markInserted;
    markDeleted = markDeleted || over.markDeleted;
}

DocxParaProps DocxParaProps::read(QXmlStreamReader& xml,
                                  const std::function<void(QXmlStreamReader&)>& onSection) {
    DocxParaProps p;
    while (xml.readNextStartElement()) {
        const QStringView n = xml.name();
        const QString val = docxAttribute(xml, QLatin1String("val"));
        if (n == QLatin1String("sectPr") && onSection) {
            onSection(xml);
            continue;
        }
        if (n == QLatin1String("pStyle")) {
            p.styleId = val;
        } else if (n == QLatin1String("jc")) {
            p.alignment = val;
        } else if (n == QLatin1String("outlineLvl")) {
            p.outlineLevel = val.toInt();
        } else if (n == QLatin1String("numPr")) {
            while (xml.readNextStartElement()) {
                const QString v = docxAttribute(xml, QLatin1String("val"));
                if (xml.name() == QLatin1String("numId"))
                    p.numId = v;
                else if (xml.name() == QLatin1String("ilvl"))
                    p.level = v.toInt();
                xml.skipCurrentElement();
            }
            continue;
        } else if (n == QLatin1String("rPr")) {
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("ins"))
                    p.markInserted = true;
                else if (xml.name() == QLatin1String("del"))
                    p.markDeleted = true;
                xml.skipCurrentElement();
            }
            continue;
        }
        xml.skipCurrentElement();
    }
    return p;
}

void DocxStyles::load(const QByteArray& stylesXml, const QByteArray& themeXml,
                      const QByteArray& numberingXml) {
    if (!stylesXml.isEmpty()) {
        QXmlStreamReader xml(stylesXml);
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("rPrDefault")) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("rPr"))
                        m_defaultRun = DocxRunProps::read(xml);
                    else
                        xml.skipCurrentElement();
                }
            } else if (xml.name() == QLatin1String("pPrDefault")) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("pPr"))
                        m_defaultPara = DocxParaProps::read(xml);
                    else
                        xml.skipCurrentElement();
                }
            } else if (xml.name() == QLatin1String("style")) {
                Style s;
                s.type = docxAttribute(xml, QLatin1String("type"));
                const QString id = docxAttribute(xml, QLatin1String("styleId"));
                const bool isDefault = onOff(docxAttribute(xml, QLatin1String("default"))) &&
                                       !docxAttribute(xml, QLatin1String("default")).isEmpty();
                while (xml.readNextStartElement()) {
                    const QStringView n = xml.name();
                    if (n == QLatin1String("name"))
                        s.name = docxAttribute(xml, QLatin1String("val"));
                    else if (n == QLatin1String("basedOn"))
                        s.basedOn = docxAttribute(xml, QLatin1String("val"));
                    if (n == QLatin1String("rPr"))
                        s.run = DocxRunProps::read(xml);
                    else if (n == QLatin1String("pPr"))
                        s.para = DocxParaProps::read(xml);
                    else
                        xml.skipCurrentElement();
                }
                if (isDefault && s.type == QLatin1String("paragraph"))
                    m_defaultParagraph = id;
                m_styles.insert(id, s);
            }
        }
    }
    if (!themeXml.isEmpty()) {
        QXmlStreamReader xml(themeXml);
        QString current;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                if (xml.name() == QLatin1String("majorFont") || xml.name() == QLatin1String("minorFont"))
                    current = xml.name().toString();
                else if (xml.name() == QLatin1String("latin") && !current.isEmpty()) {
                    (current == QLatin1String("majorFont") ? m_majorFont : m_minorFont) =
                        docxAttribute(xml, QLatin1String("typeface"));
                    current.clear();
                }
            }
        }
    }
    if (!numberingXml.isEmpty()) {
        QXmlStreamReader xml(numberingXml);
        QString abstractId;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("abstractNum")) {
                abstractId = docxAttribute(xml, QLatin1String("abstractNumId"));
            } else if (xml.name() == QLatin1String("lvl") && !abstractId.isEmpty()) {
                const int ilvl = docxAttribute(xml, QLatin1String("ilvl")).toInt();
                DocxListLevel level;
                while (xml.readNextStartElement()) {
                    const QString val = docxAttribute(xml, QLatin1String("val"));
                    if (xml.name() == QLatin1String("numFmt"))
                        level.format = val;
                    else if (xml.name() == QLatin1String("lvlText"))
                        level.text = val;
                    else if (xml.name() == QLatin1String("start"))
                        level.start = val.toInt();
                    xml.skipCurrentElement();
                }
                m_abstractLevels[abstractId].insert(ilvl, level);
            } else if (xml.name() == QLatin1String("num")) {
                abstractId.clear();
                const QString numId = docxAttribute(xml, QLatin1String("numId"));
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("abstractNumId"))
                        m_numToAbstract.insert(numId, docxAttribute(xml, QLatin1String("val")));
                    xml.skipCurrentElement();
                }
            }
        }
    }
}

void DocxStyles::chainRun(const QString& styleId, DocxRunProps& into, int depth) const {
    const auto it = m_styles.constFind(styleId);
    if (it == m_styles.constEnd() || depth > 20)
        return;
    if (!it->basedOn.isEmpty())
        chainRun(it->basedOn, into, depth + 1);
    into.overlay(it->run);
}

void DocxStyles::chainPara(const QString& styleId, DocxParaProps& into, int depth) const {
    const auto it = m_styles.constFind(styleId);
    if (it == m_styles.constEnd() || depth > 20)
        return;
    if (!it->basedOn.isEmpty())
        chainPara(it->basedOn, into, depth + 1);
    into.overlay(it->para);
}

QString DocxStyles::themeFont(const QString& theme) const {
    return theme.startsWith(QLatin1String("major")) ? m_majorFont : m_minorFont;
}

namespace {

/// A toggle property (§17.7.3) across the paragraph-style and character-style levels: each level's value
/// (nearest in its own w:basedOn chain) toggles the state reached so far, starting from the document
/// defaults; a level that does not set it leaves the state alone.
std::optional<bool> toggled(const std::optional<bool>& defaults, const std::optional<bool>& paraStyle,
                            const std::optional<bool>& charStyle) {
    if (!paraStyle && !charStyle)
        return defaults;
    bool state = defaults.value_or(false);
    for (const std::optional<bool>& level : {paraStyle, charStyle})
        if (level && *level)
            state = !state;
    return state;
}

} // namespace

DocxRunProps DocxStyles::effectiveRun(const QString& paraStyleId, const DocxRunProps& direct) const {
    DocxRunProps paraLevel;
    chainRun(paraStyleId.isEmpty() ? m_defaultParagraph : paraStyleId, paraLevel, 0);
    DocxRunProps charLevel;
    if (direct.styleId)
        chainRun(*direct.styleId, charLevel, 0);
    DocxRunProps p = m_defaultRun;
    p.overlay(paraLevel);
    p.overlay(charLevel);
    p.bold = toggled(m_defaultRun.bold, paraLevel.bold, charLevel.bold);
    p.italic = toggled(m_defaultRun.italic, paraLevel.italic, charLevel.italic);
    p.strike = toggled(m_defaultRun.strike, paraLevel.strike, charLevel.strike);
    // Direct formatting is not a toggle: it sets the value (§17.7.3).
    DocxRunProps d = direct;
    d.styleId.reset();
    p.overlay(d);
    if (!p.font && p.fontTheme)
        p.font = themeFont(*p.fontTheme);
    return p;
}

DocxParaProps DocxStyles::effectivePara(const DocxParaProps& direct) const {
    DocxParaProps p = m_defaultPara;
    chainPara(direct.styleId.value_or(m_defaultParagraph), p, 0);
    p.overlay(direct);
    return p;
}

QString DocxStyles::styleName(const QString& styleId) const {
    const auto it = m_styles.constFind(styleId);
    return it == m_styles.constEnd() || it->name.isEmpty() ? styleId : it->name;
}

int DocxStyles::headingLevel(const QString& styleId, const DocxParaProps& effective) const {
    const QString name = styleName(styleId).toLower();
    static const QRegularExpression heading(QStringLiteral("^heading\\s*([1-9])$"));
    const QRegularExpressionMatch m = heading.match(name);
    if (m.hasMatch())
        return m.captured(1).toInt();
    if (name == QLatin1String("title"))
        return 0;
    if (effective.outlineLevel && *effective.outlineLevel >= 0 && *effective.outlineLevel < 9)
        return *effective.outlineLevel + 1;
    return -1;
}

std::optional<DocxListLevel> DocxStyles::listLevel(const QString& numId, int level) const {
    const auto abstractId = m_numToAbstract.constFind(numId);
    if (abstractId == m_numToAbstract.constEnd())
        return std::nullopt;
    const auto levels = m_abstractLevels.constFind(*abstractId);
    if (levels == m_abstractLevels.constEnd() || !levels->contains(level))
        return std::nullopt;
    return levels->value(level);
}

} // namespace sluice
