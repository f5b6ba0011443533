#include "docx_reader.h"

#include "docx_styles.h"
#include "ooxml_package.h"
#include "pipeline/feedback.h"
#include "text/text_counts.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <cmath>
#include <functional>

namespace sluice {

namespace {

const QLatin1String kMcNamespace("http://schemas.openxmlformats.org/markup-compatibility/2006");
const QLatin1String kMathNamespace("http://schemas.openxmlformats.org/officeDocument/2006/math");
const QLatin1String kStrictMathNamespace("http://purl.oclc.org/ooxml/officeDocument/math");

/// A twips measure (ST_TwipsMeasure, §17.18.105) in points; strict documents may write a universal measure
/// ("595.30pt", "21cm", "210mm", "8.5in").
double twipsToPoints(const QString& value) {
    static const QList<QPair<QLatin1String, double>> units{
        {QLatin1String("pt"), 1.0},  {QLatin1String("mm"), 72.0 / 25.4}, {QLatin1String("cm"), 72.0 / 2.54},
        {QLatin1String("in"), 72.0}, {QLatin1String("pc"), 12.0},        {QLatin1String("pi"), 12.0}};
    for (const auto& unit : units)
        if (value.endsWith(unit.first))
            return value.chopped(2).toDouble() * unit.second;
    return value.toDouble() / 20.0;
}

double mm(double pt) {
    return std::round(pt * 25.4 / 72.0 * 10.0) / 10.0;
}

/// The r:id attribute (relationships namespace, transitional or strict).
QString relationshipId(const QXmlStreamReader& xml, QLatin1String name = QLatin1String("id")) {
    for (const QXmlStreamAttribute& a : xml.attributes())
        if (a.name() == name && a.namespaceUri().contains(QLatin1String("relationships")))
            return a.value().toString();
    return {};
}

/// Formats a list counter in a w:numFmt (§17.18.59) for the label.
QString formatCounter(int n, const QString& format) {
    if (format == QLatin1String("lowerLetter") || format == QLatin1String("upperLetter")) {
        QString s;
        int v = n;
        while (v > 0) {
            --v;
            s.prepend(QChar(QLatin1Char('a').unicode() + v % 26));
            v /= 26;
        }
        return format == QLatin1String("upperLetter") ? s.toUpper() : s;
    }
    if (format == QLatin1String("lowerRoman") || format == QLatin1String("upperRoman")) {
        static const int values[] = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        static const char* numerals[] = {"m",  "cm", "d",  "cd", "c",  "xc", "l",
                                         "xl", "x",  "ix", "v",  "iv", "i"};
        QString s;
        int v = n;
        for (int i = 0; i < 13; ++i)
            while (v >= values[i]) {
                s += QLatin1String(numerals[i]);
                v -= values[i];
            }
        return format == QLatin1String("upperRoman") ? s.toUpper() : s;
    }
    return QString::number(n);
}

struct Run {
    QString text;
    DocxRunProps props;
    QString hyperlink;
    bool inserted = false;
};

struct Context {
    QString hyperlink; ///< target of the enclosing hyperlink
    int inserted = 0;  ///< depth of enclosing w:ins / w:moveTo
    int deleted = 0;   ///< depth of enclosing w:del / w:moveFrom
};

/// One part being read: the reader state of a story (body, header, footnote, …).
class Parser {
public:
    Parser(const OoxmlPackage& package, const DocxStyles& styles, bool includeRuns, Feedback* feedback)
        : m_package(package), m_styles(styles), m_includeRuns(includeRuns), m_feedback(feedback) {}

    /// Reads part `name` whose story elements (w:body, w:hdr, w:footnote, …) hold blocks. `onStory` gets the
    /// reader on each element named `storyElement`; returns an error or "".
    QString readPart(const QString& name, const QString& storyElement,
                     const std::function<void(QXmlStreamReader&)>& onStory) {
        QString error;
        const QByteArray data = m_package.part(name, &error);
        if (data.isEmpty())
            return error.isEmpty() ? DocxReader::tr("the part %1 is empty").arg(name) : error;
        const QString savedPart = m_part;
        m_part = name;
        m_rels = m_package.relationships(name);
        QXmlStreamReader xml(data);
        while (!xml.atEnd() && !m_canceled) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == storyElement && isWordNamespace(xml.namespaceUri()))
                onStory(xml);
        }
        if (xml.hasError() && !m_canceled)
            error = DocxReader::tr("corrupt .docx: %1 is not well-formed XML: %2 (line %3, column %4)")
                        .arg(name, xml.errorString())
                        .arg(xml.lineNumber())
                        .arg(xml.columnNumber());
        m_part = savedPart;
        m_rels = m_package.relationships(savedPart);
        return error;
    }

    /// Reads the block-level children of the current element until its end (§17.2.2 body content).
    QJsonArray blocks(QXmlStreamReader& xml, const QString& level = QStringLiteral("block")) {
        QJsonArray out;
        while (xml.readNextStartElement()) {
            if (m_feedback && m_feedback->isCanceled()) {
                m_canceled = true;
                xml.raiseError(QStringLiteral("canceled"));
                return out;
            }
            const QStringView n = xml.name();
            const bool w = isWordNamespace(xml.namespaceUri());
            if (w && n == QLatin1String("p")) {
                appendParagraph(xml, out);
            } else if (w && n == QLatin1String("tbl")) {
                out.append(table(xml));
            } else if (w && n == QLatin1String("sdt")) {
                const qsizetype before = out.size();
                QJsonObject control = sdt(xml, [&] {
                    for (const QJsonValue& v : blocks(xml, level))
                        out.append(v);
                });
                QStringList texts;
                for (qsizetype i = before; i < out.size(); ++i)
                    texts << blockText(out.at(i).toObject());
                control.insert(QStringLiteral("level"), level);
                control.insert(QStringLiteral("text"), texts.join(QLatin1Char('\n')));
                m_contentControls.append(control);
            } else if (w && (n == QLatin1String("customXml") || n == QLatin1String("ins") ||
                             n == QLatin1String("moveTo") || n == QLatin1String("sdtContent"))) {
                for (const QJsonValue& v : blocks(xml, level))
                    out.append(v);
            } else if (w && n == QLatin1String("sectPr")) {
                section(xml);
            } else if (w &&
                       (n == QLatin1String("commentRangeStart") || n == QLatin1String("commentRangeEnd"))) {
                commentRange(xml);
            } else if (xml.namespaceUri() == kMcNamespace && n == QLatin1String("AlternateContent")) {
                alternate(xml, [&] {
                    for (const QJsonValue& v : blocks(xml, level))
                        out.append(v);
                });
            } else {
                xml.skipCurrentElement();
            }
        }
        return out;
    }

    /// Text of a block as it goes into the document text: a paragraph's text, a table's rows with cells
    /// separated by tabs.
    static QString blockText(const QJsonObject& block) {
        if (block.value(QStringLiteral("type")).toString() == QLatin1String("table")) {
            QStringList rows;
            for (const QJsonValue& row : block.value(QStringLiteral("cells")).toArray()) {
                QStringList cells;
                for (const QJsonValue& cell : row.toArray())
                    cells << cell.toObject()
                                 .value(QStringLiteral("text"))
                                 .toString()
                                 .replace(QLatin1Char('\n'), QLatin1Char(' '));
                rows << cells.join(QLatin1Char('\t'));
            }
            return rows.join(QLatin1Char('\n'));
        }
        return block.value(QStringLiteral("text")).toString();
    }

    // What the parts yield, collected across them.
    QJsonArray sections;
    QJsonArray m_headings;
    QJsonArray m_hyperlinks;
    /// Comments whose range (w:commentRangeStart … w:commentRangeEnd, §17.13.4.4) is open, and the text
    /// each range covers so far: what the comment is about.
    QStringList m_openComments;
    QHash<QString, QString> m_commentAnchors;
    QJsonArray m_contentControls;
    QJsonArray m_textBoxes;
    QJsonArray m_images;
    QJsonArray m_insertedText;
    QJsonArray m_deletedText;
    int m_insertions = 0;
    int m_deletions = 0;
    int m_paragraphs = 0;
    int m_tables = 0;
    int m_listItems = 0;
    bool m_canceled = false;
    QStringList m_footnoteRefs;

private:
    /// Reads an mc:AlternateContent: the first mc:Choice (Word writes the modern form there), else the
    /// mc:Fallback; `content` reads the children of the chosen element.
    void alternate(QXmlStreamReader& xml, const std::function<void()>& content) {
        bool done = false;
        while (xml.readNextStartElement()) {
            const bool choice = xml.name() == QLatin1String("Choice");
            const bool fallback = xml.name() == QLatin1String("Fallback");
            if (!done && (choice || fallback)) {
                done = true;
                content();
            } else {
                xml.skipCurrentElement();
            }
        }
    }

    /// Reads a w:sdt (§17.5.2.29): its w:sdtPr (tag, alias) and, through `content`, its w:sdtContent.
    QJsonObject sdt(QXmlStreamReader& xml, const std::function<void()>& content) {
        QJsonObject control;
        control.insert(QStringLiteral("tag"), QString());
        control.insert(QStringLiteral("alias"), QString());
        while (xml.readNextStartElement()) {
            if (xml.name() == QLatin1String("sdtPr")) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("tag"))
                        control.insert(QStringLiteral("tag"), docxAttribute(xml, QLatin1String("val")));
                    else if (xml.name() == QLatin1String("alias"))
                        control.insert(QStringLiteral("alias"), docxAttribute(xml, QLatin1String("val")));
                    xml.skipCurrentElement();
                }
            } else if (xml.name() == QLatin1String("sdtContent")) {
                content();
            } else {
                xml.skipCurrentElement();
            }
        }
        return control;
    }

    void section(QXmlStreamReader& xml) {
        QJsonObject s;
        double w = 0;
        double h = 0;
        QString orient;
        int columns = 1;
        QJsonArray headers;
        QJsonArray footers;
        QJsonObject margins;
        QString type = QStringLiteral("nextPage");
        while (xml.readNextStartElement()) {
            const QStringView n = xml.name();
            if (n == QLatin1String("pgSz")) {
                w = twipsToPoints(docxAttribute(xml, QLatin1String("w")));
                h = twipsToPoints(docxAttribute(xml, QLatin1String("h")));
                orient = docxAttribute(xml, QLatin1String("orient"));
            } else if (n == QLatin1String("pgMar")) {
                for (const char* side : {"top", "right", "bottom", "left", "header", "footer", "gutter"})
                    margins.insert(QLatin1String(side),
                                   twipsToPoints(docxAttribute(xml, QLatin1String(side))));
            } else if (n == QLatin1String("cols")) {
                const QString num = docxAttribute(xml, QLatin1String("num"));
                columns = num.isEmpty() ? 1 : num.toInt();
            } else if (n == QLatin1String("type")) {
                type = docxAttribute(xml, QLatin1String("val"));
            } else if (n == QLatin1String("headerReference") || n == QLatin1String("footerReference")) {
                const bool header = n == QLatin1String("headerReference");
                QString kind = docxAttribute(xml, QLatin1String("type"));
                if (kind.isEmpty())
                    kind = QStringLiteral("default");
                const OoxmlRelationship rel = m_rels.value(relationshipId(xml));
                QJsonObject story{{QStringLiteral("section"), int(sections.size()) + 1},
                                  {QStringLiteral("type"), kind},
                                  {QStringLiteral("part"), rel.target}};
                (header ? headers : footers).append(story);
            }
            xml.skipCurrentElement();
        }
        if (orient.isEmpty())
            orient = w > h ? QStringLiteral("landscape") : QStringLiteral("portrait");
        s.insert(QStringLiteral("index"), int(sections.size()) + 1);
        s.insert(QStringLiteral("orientation"), orient);
        // Without w:pgSz the page size is the application's default (§17.6.13): reported as null, not 0.
        const bool sized = w > 0 && h > 0;
        s.insert(QStringLiteral("width_pt"), sized ? QJsonValue(w) : QJsonValue());
        s.insert(QStringLiteral("height_pt"), sized ? QJsonValue(h) : QJsonValue());
        s.insert(QStringLiteral("width_mm"), sized ? QJsonValue(mm(w)) : QJsonValue());
        s.insert(QStringLiteral("height_mm"), sized ? QJsonValue(mm(h)) : QJsonValue());
        s.insert(QStringLiteral("margins_pt"), margins);
        s.insert(QStringLiteral("columns"), columns);
        s.insert(QStringLiteral("break"), type);
        s.insert(QStringLiteral("headers"), headers);
        s.insert(QStringLiteral("footers"), footers);
        sections.append(s);
    }

    /// Reads a w:p into `out`, followed by the text boxes anchored in it; a paragraph removed by a tracked
    /// deletion is left out.
    void appendParagraph(QXmlStreamReader& xml, QJsonArray& out) {
        QJsonArray extra;
        const QJsonObject p = paragraph(xml, extra);
        if (!p.value(QStringLiteral("deleted")).toBool())
            out.append(p);
        for (const QJsonValue& v : std::as_const(extra))
            out.append(v);
    }

    QJsonObject paragraph(QXmlStreamReader& xml, QJsonArray& extraBlocks) {
        ++m_paragraphs;
        DocxParaProps direct;
        QList<Run> runs;
        Context ctx;
        m_fields.clear();
        m_pendingTextBoxes = QJsonArray();
        const QStringList refsBefore = m_footnoteRefs;
        m_paraStyle = m_styles.defaultParagraphStyle();
        while (xml.readNextStartElement()) {
            if (isWordNamespace(xml.namespaceUri()) && xml.name() == QLatin1String("pPr")) {
                direct = DocxParaProps::read(xml, [this](QXmlStreamReader& x) { section(x); });
                m_paraStyle = direct.styleId.value_or(m_styles.defaultParagraphStyle());
            } else
                inline_(xml, ctx, runs);
        }
        const DocxParaProps props = m_styles.effectivePara(direct);
        const QString styleId = direct.styleId.value_or(m_styles.defaultParagraphStyle());

        // Merge neighbouring runs of equal formatting and link.
        QList<Run> merged;
        for (const Run& r : std::as_const(runs)) {
            if (!merged.isEmpty()) {
                Run& last = merged.last();
                const DocxRunProps& a = last.props;
                const DocxRunProps& b = r.props;
                if (a.bold == b.bold && a.italic == b.italic && a.underline == b.underline &&
                    a.strike == b.strike && a.font == b.font && a.sizePt == b.sizePt &&
                    a.vertAlign == b.vertAlign && last.hyperlink == r.hyperlink &&
                    last.inserted == r.inserted) {
                    last.text += r.text;
                    continue;
                }
            }
            merged.append(r);
        }
        QString text;
        QJsonArray runArray;
        for (const Run& r : std::as_const(merged)) {
            text += r.text;
            if (!m_includeRuns || r.text.isEmpty())
                continue;
            QJsonObject o;
            o.insert(QStringLiteral("text"), r.text);
            o.insert(QStringLiteral("bold"), r.props.bold.value_or(false));
            o.insert(QStringLiteral("italic"), r.props.italic.value_or(false));
            const QString underline = r.props.underline.value_or(QStringLiteral("none"));
            o.insert(QStringLiteral("underline"), underline == QLatin1String("none") ? QString() : underline);
            if (r.props.strike.value_or(false))
                o.insert(QStringLiteral("strike"), true);
            o.insert(QStringLiteral("font"), r.props.font.value_or(QString()));
            if (r.props.sizePt)
                o.insert(QStringLiteral("size_pt"), *r.props.sizePt);
            if (r.props.vertAlign && *r.props.vertAlign != QLatin1String("baseline"))
                o.insert(QStringLiteral("vert_align"), *r.props.vertAlign);
            if (r.props.color && *r.props.color != QLatin1String("auto"))
                o.insert(QStringLiteral("color"), *r.props.color);
            if (!r.hyperlink.isEmpty())
                o.insert(QStringLiteral("hyperlink"), r.hyperlink);
            if (r.inserted)
                o.insert(QStringLiteral("inserted"), true);
            runArray.append(o);
        }

        QJsonObject p;
        p.insert(QStringLiteral("type"), QStringLiteral("paragraph"));
        p.insert(QStringLiteral("style_id"), styleId);
        p.insert(QStringLiteral("style"), m_styles.styleName(styleId));
        p.insert(QStringLiteral("alignment"), props.alignment.value_or(QStringLiteral("left")));
        const int heading = m_styles.headingLevel(styleId, props);
        if (heading >= 0) {
            p.insert(QStringLiteral("heading_level"), heading);
            m_headings.append(
                QJsonObject{{QStringLiteral("level"), heading}, {QStringLiteral("text"), text}});
        }
        const bool removed = direct.markDeleted && text.isEmpty();
        if (props.numId && *props.numId != QLatin1String("0") && !removed) {
            const int level = props.level.value_or(0);
            QJsonObject list{{QStringLiteral("num_id"), *props.numId}, {QStringLiteral("level"), level}};
            if (const auto lvl = m_styles.listLevel(*props.numId, level)) {
                // Counters per abstract list: this level counts up, deeper levels restart.
                QList<int>& counters = m_counters[m_styles.abstractOf(*props.numId)];
                while (counters.size() <= level)
                    counters.append(0);
                counters.resize(level + 1);
                counters[level] = counters[level] == 0 ? lvl->start : counters[level] + 1;
                QString label = lvl->text;
                if (lvl->format != QLatin1String("bullet")) {
                    for (int k = 0; k <= level && k < 9; ++k) {
                        const auto kl = m_styles.listLevel(*props.numId, k);
                        label.replace(QStringLiteral("%%1").arg(k + 1),
                                      formatCounter(counters.value(k, 1), kl ? kl->format : lvl->format));
                    }
                }
                list.insert(QStringLiteral("format"), lvl->format);
                list.insert(QStringLiteral("label"), label);
            }
            p.insert(QStringLiteral("list"), list);
            ++m_listItems;
        }
        if (direct.markInserted) {
            ++m_insertions;
            p.insert(QStringLiteral("inserted"), true);
        }
        if (direct.markDeleted) {
            // The paragraph mark was deleted: Word joins the paragraph with the next one. One left with no
            // text at all (its content deleted too) is left out.
            ++m_deletions;
            if (text.isEmpty()) {
                --m_paragraphs;
                p.insert(QStringLiteral("deleted"), true);
            }
        }
        p.insert(QStringLiteral("text"), text);
        for (const QString& id : std::as_const(m_openComments))
            m_commentAnchors[id] += QLatin1Char('\n'); // a range that goes on into the next paragraph
        if (m_includeRuns)
            p.insert(QStringLiteral("runs"), runArray);
        if (m_footnoteRefs.size() > refsBefore.size())
            p.insert(QStringLiteral("note_refs"),
                     QJsonArray::fromStringList(m_footnoteRefs.mid(refsBefore.size())));
        for (const QJsonValue& v : std::as_const(m_pendingTextBoxes))
            extraBlocks.append(v);
        m_pendingTextBoxes = QJsonArray();
        return p;
    }

    /// Reads one inline element of a paragraph (§17.3.1.22 paragraph content) into `runs`.
    void inline_(QXmlStreamReader& xml, Context ctx, QList<Run>& runs) {
        const QStringView n = xml.name();
        const QStringView ns = xml.namespaceUri();
        if (ns == kMcNamespace && n == QLatin1String("AlternateContent")) {
            alternate(xml, [&] {
                while (xml.readNextStartElement())
                    inline_(xml, ctx, runs);
            });
            return;
        }
        if (ns == kMathNamespace || ns == kStrictMathNamespace) {
            // Office Math (§22.1): its text is in m:t.
            Run r;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == QLatin1String("t"))
                    r.text += xml.readElementText();
                else if (xml.isEndElement() && xml.name() == n)
                    break;
            }
            runs.append(r);
            return;
        }
        if (!isWordNamespace(ns)) {
            xml.skipCurrentElement();
            return;
        }
        if (n == QLatin1String("r")) {
            run(xml, ctx, runs);
        } else if (n == QLatin1String("commentRangeStart") || n == QLatin1String("commentRangeEnd")) {
            commentRange(xml);
        } else if (n == QLatin1String("hyperlink")) {
            const QString id = relationshipId(xml);
            const QString anchor = docxAttribute(xml, QLatin1String("anchor"));
            ctx.hyperlink = id.isEmpty() ? (anchor.isEmpty() ? QString() : QLatin1Char('#') + anchor)
                                         : m_rels.value(id).target;
            const qsizetype before = runs.size();
            while (xml.readNextStartElement())
                inline_(xml, ctx, runs);
            QString linkText;
            for (qsizetype i = before; i < runs.size(); ++i)
                linkText += runs.at(i).text;
            m_hyperlinks.append(
                QJsonObject{{QStringLiteral("text"), linkText}, {QStringLiteral("target"), ctx.hyperlink}});
        } else if (n == QLatin1String("ins") || n == QLatin1String("moveTo")) {
            ++m_insertions;
            ++ctx.inserted;
            const qsizetype before = runs.size();
            while (xml.readNextStartElement())
                inline_(xml, ctx, runs);
            QString t;
            for (qsizetype i = before; i < runs.size(); ++i)
                t += runs.at(i).text;
            if (!t.isEmpty()) // an insertion of only a picture or a paragraph mark has no text to list
                m_insertedText.append(t);
        } else if (n == QLatin1String("del") || n == QLatin1String("moveFrom")) {
            ++m_deletions;
            ++ctx.deleted;
            QList<Run> gone;
            m_deletedBuffer.clear();
            while (xml.readNextStartElement())
                inline_(xml, ctx, gone);
            if (!m_deletedBuffer.isEmpty())
                m_deletedText.append(m_deletedBuffer);
            m_deletedBuffer.clear();
        } else if (n == QLatin1String("sdt")) {
            const qsizetype before = runs.size();
            QJsonObject control = sdt(xml, [&] {
                while (xml.readNextStartElement())
                    inline_(xml, ctx, runs);
            });
            QString t;
            for (qsizetype i = before; i < runs.size(); ++i)
                t += runs.at(i).text;
            control.insert(QStringLiteral("level"), QStringLiteral("inline"));
            control.insert(QStringLiteral("text"), t);
            m_contentControls.append(control);
        } else if (n == QLatin1String("smartTag") || n == QLatin1String("customXml") ||
                   n == QLatin1String("fldSimple") || n == QLatin1String("bdo") ||
                   n == QLatin1String("dir") || n == QLatin1String("sdtContent")) {
            if (n == QLatin1String("fldSimple")) {
                const QString instr = docxAttribute(xml, QLatin1String("instr")).trimmed();
                const QString target = hyperlinkOfField(instr);
                if (!target.isEmpty())
                    ctx.hyperlink = target;
            }
            while (xml.readNextStartElement()) {
                // w:smartTagPr / w:customXmlPr hold properties, not text.
                if (xml.name().endsWith(QLatin1String("Pr")))
                    xml.skipCurrentElement();
                else
                    inline_(xml, ctx, runs);
            }
        } else {
            xml.skipCurrentElement();
        }
    }

    /// Opens or closes a comment's range; the reader is on the element and ends on its end.
    void commentRange(QXmlStreamReader& xml) {
        const QString id = docxAttribute(xml, QLatin1String("id"));
        if (xml.name() == QLatin1String("commentRangeStart")) {
            if (!m_openComments.contains(id))
                m_openComments.append(id);
            m_commentAnchors.insert(id, m_commentAnchors.value(id));
        } else {
            m_openComments.removeAll(id);
        }
        xml.skipCurrentElement();
    }

    static QString hyperlinkOfField(const QString& instruction) {
        static const QRegularExpression re(QStringLiteral("^\\s*HYPERLINK\\s+(?:\\\\l\\s+)?\"([^\"]*)\""));
        const QRegularExpressionMatch m = re.match(instruction);
        return m.hasMatch() ? m.captured(1) : QString();
    }

    /// Reads a w:r (§17.3.2.25).
    void run(QXmlStreamReader& xml, const Context& ctx, QList<Run>& runs) {
        Run r;
        r.inserted = ctx.inserted > 0;
        r.hyperlink = ctx.hyperlink;
        if (!m_fields.isEmpty() && !m_fields.last().target.isEmpty() && m_fields.last().result)
            r.hyperlink = m_fields.last().target;
        DocxRunProps direct;
        auto visible = [this] {
            for (const Field& f : std::as_const(m_fields))
                if (!f.result)
                    return false;
            return true;
        };
        while (xml.readNextStartElement()) {
            const QStringView n = xml.name();
            const QStringView ns = xml.namespaceUri();
            if (ns == kMcNamespace && n == QLatin1String("AlternateContent")) {
                alternate(xml, [&] { drawing(xml); });
                continue;
            }
            if (!isWordNamespace(ns)) {
                xml.skipCurrentElement();
                continue;
            }
            if (n == QLatin1String("rPr")) {
                direct = DocxRunProps::read(xml);
            } else if (n == QLatin1String("t")) {
                const QString t = xml.readElementText();
                if (visible())
                    r.text += t;
            } else if (n == QLatin1String("delText")) {
                m_deletedBuffer += xml.readElementText();
            } else if (n == QLatin1String("instrText") || n == QLatin1String("delInstrText")) {
                const QString t = xml.readElementText();
                if (!m_fields.isEmpty() && n == QLatin1String("instrText"))
                    m_fields.last().instruction += t;
            } else if (n == QLatin1String("fldChar")) {
                const QString type = docxAttribute(xml, QLatin1String("fldCharType"));
                if (type == QLatin1String("begin")) {
                    m_fields.append(Field{});
                } else if (type == QLatin1String("separate") && !m_fields.isEmpty()) {
                    m_fields.last().result = true;
                    m_fields.last().target = hyperlinkOfField(m_fields.last().instruction);
                    if (!m_fields.last().target.isEmpty() && ctx.deleted == 0)
                        m_fieldLinkStart = int(runs.size()) + (r.text.isEmpty() ? 0 : 1);
                } else if (type == QLatin1String("end") && !m_fields.isEmpty()) {
                    const Field f = m_fields.takeLast();
                    if (!f.target.isEmpty() && ctx.deleted == 0 && m_fieldLinkStart >= 0) {
                        QString linkText;
                        for (qsizetype i = m_fieldLinkStart; i < runs.size(); ++i)
                            linkText += runs.at(i).text;
                        linkText += r.text;
                        m_hyperlinks.append(QJsonObject{{QStringLiteral("text"), linkText},
                                                        {QStringLiteral("target"), f.target}});
                        m_fieldLinkStart = -1;
                    }
                }
                xml.skipCurrentElement();
            } else if (n == QLatin1String("tab") || n == QLatin1String("ptab")) {
                if (visible())
                    r.text += QLatin1Char('\t');
                xml.skipCurrentElement();
            } else if (n == QLatin1String("br") || n == QLatin1String("cr")) {
                if (visible())
                    r.text += QLatin1Char('\n');
                xml.skipCurrentElement();
            } else if (n == QLatin1String("noBreakHyphen")) {
                if (visible())
                    r.text += QChar(0x2011);
                xml.skipCurrentElement();
            } else if (n == QLatin1String("sym")) {
                bool ok = false;
                const uint code = docxAttribute(xml, QLatin1String("char")).toUInt(&ok, 16);
                if (ok && visible())
                    r.text += QChar(char16_t(code));
                xml.skipCurrentElement();
            } else if (n == QLatin1String("footnoteReference") || n == QLatin1String("endnoteReference")) {
                m_footnoteRefs.append((n == QLatin1String("footnoteReference") ? QStringLiteral("footnote:")
                                                                               : QStringLiteral("endnote:")) +
                                      docxAttribute(xml, QLatin1String("id")));
                xml.skipCurrentElement();
            } else if (n == QLatin1String("drawing") || n == QLatin1String("pict") ||
                       n == QLatin1String("object")) {
                drawing(xml);
            } else {
                xml.skipCurrentElement();
            }
        }
        r.props = m_styles.effectiveRun(m_paraStyle, direct);
        if (ctx.deleted == 0) {
            for (const QString& id : std::as_const(m_openComments))
                m_commentAnchors[id] += r.text;
            runs.append(r);
        }
    }

    /// Scans a w:drawing / w:pict / mc:Choice for text boxes and pictures until the current element ends.
    void drawing(QXmlStreamReader& xml) {
        int depth = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isEndElement()) {
                if (depth == 0)
                    return;
                --depth;
                continue;
            }
            if (!xml.isStartElement())
                continue;
            const QStringView n = xml.name();
            if (isWordNamespace(xml.namespaceUri()) && n == QLatin1String("txbxContent")) {
                const QString savedStyle = m_paraStyle;
                const QList<Field> savedFields = m_fields;
                const QJsonArray savedPending = m_pendingTextBoxes;
                m_fields.clear();
                QJsonArray content = blocks(xml, QStringLiteral("text_box"));
                m_fields = savedFields;
                m_paraStyle = savedStyle;
                m_pendingTextBoxes = savedPending;
                QStringList texts;
                for (const QJsonValue& v : content) {
                    QJsonObject b = v.toObject();
                    b.insert(QStringLiteral("text_box"), true);
                    texts << blockText(b);
                    m_pendingTextBoxes.append(b);
                }
                m_textBoxes.append(QJsonObject{{QStringLiteral("text"), texts.join(QLatin1Char('\n'))}});
            } else if (xml.namespaceUri() == kMcNamespace && n == QLatin1String("AlternateContent")) {
                alternate(xml, [&] { drawing(xml); });
            } else if (n == QLatin1String("blip") || n == QLatin1String("imagedata")) {
                QString id = relationshipId(xml, QLatin1String("embed"));
                if (id.isEmpty())
                    id = relationshipId(xml, QLatin1String("link"));
                if (id.isEmpty())
                    id = relationshipId(xml);
                const OoxmlRelationship rel = m_rels.value(id);
                m_images.append(
                    QJsonObject{{QStringLiteral("target"), rel.target},
                                {QStringLiteral("external"), rel.external},
                                {QStringLiteral("found"), rel.external || m_package.hasPart(rel.target)}});
                xml.skipCurrentElement();
            } else {
                ++depth;
            }
        }
    }

    QJsonObject table(QXmlStreamReader& xml) {
        ++m_tables;
        struct Cell {
            QJsonObject json;
            int row = 0;
            int column = 0;
            int colSpan = 1;
            int rowSpan = 1;
        };
        QList<QList<Cell>> rows;
        int gridColumns = 0;
        int deletedRows = 0;
        std::function<void(QList<Cell>&, int&, int)> cellElement;
        std::function<void()> rowContainer;
        // One element of a cell's content (§17.4.65: paragraphs, tables, wrappers) into `content`.
        auto cellContent = [&](QJsonArray& content) {
            const QStringView n = xml.name();
            const QString level = QStringLiteral("cell");
            if (n == QLatin1String("p")) {
                appendParagraph(xml, content);
            } else if (n == QLatin1String("tbl")) {
                content.append(table(xml));
            } else if (n == QLatin1String("sdt")) {
                const qsizetype before = content.size();
                QJsonObject control = sdt(xml, [&] {
                    for (const QJsonValue& v : blocks(xml, level))
                        content.append(v);
                });
                QStringList texts;
                for (qsizetype i = before; i < content.size(); ++i)
                    texts << blockText(content.at(i).toObject());
                control.insert(QStringLiteral("level"), level);
                control.insert(QStringLiteral("text"), texts.join(QLatin1Char('\n')));
                m_contentControls.append(control);
            } else if (n == QLatin1String("customXml")) {
                for (const QJsonValue& v : blocks(xml, level))
                    content.append(v);
            } else {
                xml.skipCurrentElement();
            }
        };
        // One cell-level element: w:tc, or a w:sdt / w:customXml around cells (§17.4.15 row content).
        cellElement = [&](QList<Cell>& row, int& column, int rowIndex) {
            const QStringView n = xml.name();
            if (n == QLatin1String("tc")) {
                Cell c;
                c.row = rowIndex;
                QString vMerge;
                bool hasVMerge = false;
                QJsonArray content;
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("tcPr")) {
                        while (xml.readNextStartElement()) {
                            if (xml.name() == QLatin1String("gridSpan"))
                                c.colSpan = qMax(1, docxAttribute(xml, QLatin1String("val")).toInt());
                            else if (xml.name() == QLatin1String("vMerge")) {
                                hasVMerge = true;
                                vMerge = docxAttribute(xml, QLatin1String("val"));
                            }
                            xml.skipCurrentElement();
                        }
                    } else {
                        cellContent(content);
                    }
                }
                QStringList texts;
                for (const QJsonValue& v : std::as_const(content))
                    texts << blockText(v.toObject());
                c.column = column;
                column += c.colSpan;
                if (hasVMerge && vMerge != QLatin1String("restart")) {
                    // §17.4.85: continue the merged cell above in the same grid column.
                    for (qsizetype r = rows.size() - 1; r >= 0; --r) {
                        bool found = false;
                        for (Cell& above : rows[r])
                            if (above.column == c.column) {
                                above.rowSpan = rowIndex - above.row + 1;
                                found = true;
                            }
                        if (found)
                            break;
                    }
                    return;
                }
                c.json.insert(QStringLiteral("text"), texts.join(QLatin1Char('\n')));
                c.json.insert(QStringLiteral("blocks"), content);
                row.append(c);
            } else if (n == QLatin1String("sdt")) {
                const qsizetype before = row.size();
                QJsonObject control = sdt(xml, [&] {
                    while (xml.readNextStartElement())
                        cellElement(row, column, rowIndex);
                });
                QStringList texts;
                for (qsizetype i = before; i < row.size(); ++i)
                    texts << row.at(i).json.value(QStringLiteral("text")).toString();
                control.insert(QStringLiteral("level"), QStringLiteral("cell"));
                control.insert(QStringLiteral("text"), texts.join(QLatin1Char('\t')));
                m_contentControls.append(control);
            } else if (n == QLatin1String("customXml")) {
                while (xml.readNextStartElement())
                    cellElement(row, column, rowIndex);
            } else {
                xml.skipCurrentElement();
            }
        };
        // The children of w:tbl or of a row-level wrapper (w:sdt, w:customXml around w:tr).
        rowContainer = [&] {
            while (xml.readNextStartElement()) {
                const QStringView n = xml.name();
                if (n == QLatin1String("tblGrid")) {
                    while (xml.readNextStartElement()) {
                        if (xml.name() == QLatin1String("gridCol"))
                            ++gridColumns;
                        xml.skipCurrentElement();
                    }
                } else if (n == QLatin1String("tr")) {
                    QList<Cell> row;
                    int column = 0;
                    bool deleted = false;
                    bool inserted = false;
                    const int rowIndex = int(rows.size());
                    while (xml.readNextStartElement()) {
                        if (xml.name() == QLatin1String("trPr")) {
                            while (xml.readNextStartElement()) {
                                if (xml.name() == QLatin1String("del"))
                                    deleted = true;
                                else if (xml.name() == QLatin1String("ins"))
                                    inserted = true;
                                else if (xml.name() == QLatin1String("gridBefore"))
                                    column += docxAttribute(xml, QLatin1String("val")).toInt();
                                xml.skipCurrentElement();
                            }
                        } else {
                            cellElement(row, column, rowIndex);
                        }
                    }
                    if (deleted) {
                        ++deletedRows;
                        ++m_deletions;
                        QStringList texts;
                        for (const Cell& c : std::as_const(row))
                            texts << c.json.value(QStringLiteral("text")).toString();
                        m_deletedText.append(texts.join(QLatin1Char('\t')));
                        continue;
                    }
                    if (inserted)
                        ++m_insertions;
                    rows.append(row);
                } else if (n == QLatin1String("sdt")) {
                    const qsizetype before = rows.size();
                    QJsonObject control = sdt(xml, [&] { rowContainer(); });
                    QStringList texts;
                    for (qsizetype i = before; i < rows.size(); ++i)
                        for (const Cell& c : rows.at(i))
                            texts << c.json.value(QStringLiteral("text")).toString();
                    control.insert(QStringLiteral("level"), QStringLiteral("row"));
                    control.insert(QStringLiteral("text"), texts.join(QLatin1Char('\t')));
                    m_contentControls.append(control);
                } else if (n == QLatin1String("customXml")) {
                    rowContainer();
                } else {
                    xml.skipCurrentElement();
                }
            }
        };
        rowContainer();

        int columns = gridColumns;
        for (const QList<Cell>& row : std::as_const(rows))
            if (!row.isEmpty())
                columns = qMax(columns, row.last().column + row.last().colSpan);
        QJsonArray cellRows;
        QJsonArray grid;
        for (const QList<Cell>& row : std::as_const(rows)) {
            QJsonArray cells;
            QStringList gridRow(columns);
            for (const Cell& c : row) {
                QJsonObject o = c.json;
                o.insert(QStringLiteral("column"), c.column);
                o.insert(QStringLiteral("col_span"), c.colSpan);
                o.insert(QStringLiteral("row_span"), c.rowSpan);
                cells.append(o);
                if (c.column < columns)
                    gridRow[c.column] = o.value(QStringLiteral("text")).toString();
            }
            cellRows.append(cells);
            grid.append(QJsonArray::fromStringList(gridRow));
        }
        QJsonObject t;
        t.insert(QStringLiteral("type"), QStringLiteral("table"));
        t.insert(QStringLiteral("rows"), int(rows.size()));
        t.insert(QStringLiteral("columns"), columns);
        t.insert(QStringLiteral("cells"), cellRows);
        t.insert(QStringLiteral("grid"), grid);
        if (deletedRows > 0)
            t.insert(QStringLiteral("deleted_rows"), deletedRows);
        return t;
    }

    struct Field {
        QString instruction;
        QString target;
        bool result = false;
    };

    const OoxmlPackage& m_package;
    const DocxStyles& m_styles;
    bool m_includeRuns;
    Feedback* m_feedback;
    QString m_part;
    QHash<QString, OoxmlRelationship> m_rels;
    QString m_paraStyle;
    QList<Field> m_fields;
    int m_fieldLinkStart = -1;
    QString m_deletedBuffer;
    QJsonArray m_pendingTextBoxes;
    QHash<QString, QList<int>> m_counters;
};

} // namespace

namespace {

/// Core properties (ECMA-376 Part 2 §11: dc:title, dc:creator, dcterms:created, …).
QJsonObject coreProperties(const OoxmlPackage& package) {
    QJsonObject out;
    for (const char* key : {"title", "subject", "author", "keywords", "description", "last_modified_by",
                            "revision", "created", "modified"})
        out.insert(QLatin1String(key), QString());
    QString part = package.targetOfType(QString(), QStringLiteral("/core-properties"));
    if (part.isEmpty())
        part = QStringLiteral("docProps/core.xml");
    if (!package.hasPart(part))
        return out;
    QXmlStreamReader xml(package.part(part));
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const QString n = xml.name().toString();
        static const QHash<QString, QString> keys{
            {QStringLiteral("title"), QStringLiteral("title")},
            {QStringLiteral("subject"), QStringLiteral("subject")},
            {QStringLiteral("creator"), QStringLiteral("author")},
            {QStringLiteral("keywords"), QStringLiteral("keywords")},
            {QStringLiteral("description"), QStringLiteral("description")},
            {QStringLiteral("lastModifiedBy"), QStringLiteral("last_modified_by")},
            {QStringLiteral("revision"), QStringLiteral("revision")},
            {QStringLiteral("created"), QStringLiteral("created")},
            {QStringLiteral("modified"), QStringLiteral("modified")}};
        if (keys.contains(n))
            out.insert(keys.value(n), xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed());
    }
    return out;
}

/// Notes or comments of a part: [{id, text, (author, date)}], skipping separator notes (§17.11.10).
QJsonArray notes(Parser& parser, const OoxmlPackage& package, const QString& part, const QString& element,
                 QString* error) {
    QJsonArray out;
    if (part.isEmpty() || !package.hasPart(part))
        return out;
    *error = parser.readPart(part, element, [&](QXmlStreamReader& xml) {
        const QString type = docxAttribute(xml, QLatin1String("type"));
        QJsonObject note{{QStringLiteral("id"), docxAttribute(xml, QLatin1String("id"))}};
        if (element == QLatin1String("comment")) {
            note.insert(QStringLiteral("author"), docxAttribute(xml, QLatin1String("author")));
            note.insert(QStringLiteral("date"), docxAttribute(xml, QLatin1String("date")));
        }
        const QJsonArray content = parser.blocks(xml, element);
        if (!type.isEmpty() && type != QLatin1String("normal"))
            return;
        QStringList texts;
        for (const QJsonValue& v : content)
            texts << Parser::blockText(v.toObject());
        note.insert(QStringLiteral("text"), texts.join(QLatin1Char('\n')).trimmed());
        out.append(note);
    });
    return out;
}

} // namespace

QString DocxReader::read(const QString& path, QJsonObject& out, Feedback* feedback, bool* transient) const {
    OoxmlPackage package;
    const QString openError = package.open(path, transient);
    if (!openError.isEmpty())
        return openError;
    QString mainPart = package.targetOfType(QString(), QStringLiteral("/officeDocument"));
    if (mainPart.isEmpty() || !package.hasPart(mainPart))
        mainPart = QStringLiteral("word/document.xml");
    if (!package.hasPart(mainPart)) {
        if (package.hasPart(QStringLiteral("xl/workbook.xml")) ||
            package.hasPart(QStringLiteral("ppt/presentation.xml")))
            return tr("not a Word document: an Office package of another kind (spreadsheet or presentation)");
        return tr("not a Word document: the zip package has no main document part (word/document.xml)");
    }
    auto partOf = [&](const QString& suffix) {
        return package.targetOfType(mainPart, suffix);
    };
    DocxStyles styles;
    const QString stylesPart = partOf(QStringLiteral("/styles"));
    const QString themePart = partOf(QStringLiteral("/theme"));
    const QString numberingPart = partOf(QStringLiteral("/numbering"));
    styles.load(stylesPart.isEmpty() ? QByteArray() : package.part(stylesPart),
                themePart.isEmpty() ? QByteArray() : package.part(themePart),
                numberingPart.isEmpty() ? QByteArray() : package.part(numberingPart));

    Parser parser(package, styles, includeRuns, feedback);
    QJsonArray body;
    bool sawBody = false;
    QString error = parser.readPart(mainPart, QStringLiteral("body"), [&](QXmlStreamReader& xml) {
        sawBody = true;
        body = parser.blocks(xml);
    });
    if (parser.m_canceled)
        return tr("canceled");
    if (!error.isEmpty())
        return error;
    if (!sawBody)
        return tr("not a Word document: %1 has no w:body element (neither the transitional nor the strict "
                  "WordprocessingML namespace)")
            .arg(mainPart);

    // Headers and footers of every section, each part read once.
    QJsonArray headers;
    QJsonArray footers;
    QHash<QString, QString> storyText;
    QHash<QString, QJsonArray> storyBlocks;
    QJsonArray sections = parser.sections;
    for (const QJsonValue& sv : sections) {
        for (const char* kind : {"headers", "footers"}) {
            for (const QJsonValue& hv : sv.toObject().value(QLatin1String(kind)).toArray()) {
                QJsonObject story = hv.toObject();
                const QString part = story.value(QStringLiteral("part")).toString();
                if (!storyText.contains(part) && package.hasPart(part)) {
                    QJsonArray content;
                    const QString element = QLatin1String(kind) == QLatin1String("headers")
                                                ? QStringLiteral("hdr")
                                                : QStringLiteral("ftr");
                    const QString e = parser.readPart(
                        part, element, [&](QXmlStreamReader& xml) { content = parser.blocks(xml, element); });
                    if (!e.isEmpty())
                        return e;
                    QStringList texts;
                    for (const QJsonValue& v : std::as_const(content))
                        texts << Parser::blockText(v.toObject());
                    storyText.insert(part, texts.join(QLatin1Char('\n')));
                    storyBlocks.insert(part, content);
                }
                story.insert(QStringLiteral("text"), storyText.value(part));
                story.insert(QStringLiteral("blocks"), storyBlocks.value(part));
                (QLatin1String(kind) == QLatin1String("headers") ? headers : footers).append(story);
            }
        }
    }
    // The sections keep only references; the stories are listed once in headers/footers.
    QJsonArray sectionList;
    for (const QJsonValue& sv : std::as_const(sections)) {
        QJsonObject s = sv.toObject();
        for (const char* kind : {"headers", "footers"}) {
            QJsonArray refs;
            for (const QJsonValue& hv : s.value(QLatin1String(kind)).toArray())
                refs.append(
                    QJsonObject{{QStringLiteral("type"), hv.toObject().value(QStringLiteral("type"))},
                                {QStringLiteral("part"), hv.toObject().value(QStringLiteral("part"))}});
            s.insert(QLatin1String(kind), refs);
        }
        sectionList.append(s);
    }

    const QJsonArray footnotes =
        notes(parser, package, partOf(QStringLiteral("/footnotes")), QStringLiteral("footnote"), &error);
    if (!error.isEmpty())
        return error;
    const QJsonArray endnotes =
        notes(parser, package, partOf(QStringLiteral("/endnotes")), QStringLiteral("endnote"), &error);
    if (!error.isEmpty())
        return error;
    QJsonArray comments =
        notes(parser, package, partOf(QStringLiteral("/comments")), QStringLiteral("comment"), &error);
    if (!error.isEmpty())
        return error;
    for (QJsonValueRef v : comments) {
        // What each comment is about: the text of its range in the document, when it has one.
        QJsonObject comment = v.toObject();
        const auto anchor = parser.m_commentAnchors.constFind(comment.value(QStringLiteral("id")).toString());
        if (anchor != parser.m_commentAnchors.constEnd())
            comment.insert(QStringLiteral("anchor"), anchor->trimmed());
        v = comment;
    }
    if (parser.m_canceled)
        return tr("canceled");

    QStringList texts;
    for (const QJsonValue& v : std::as_const(body))
        texts << Parser::blockText(v.toObject());
    const QString text = texts.join(QLatin1Char('\n'));
    qsizetype chars = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        ++chars;
    }

    QJsonObject statistics;
    statistics.insert(QStringLiteral("paragraphs"), parser.m_paragraphs);
    statistics.insert(QStringLiteral("words"), wordCount(text));
    statistics.insert(QStringLiteral("chars"), chars);
    statistics.insert(QStringLiteral("tables"), parser.m_tables);
    statistics.insert(QStringLiteral("headings"), parser.m_headings.size());
    statistics.insert(QStringLiteral("list_items"), parser.m_listItems);
    statistics.insert(QStringLiteral("hyperlinks"), parser.m_hyperlinks.size());
    statistics.insert(QStringLiteral("images"), parser.m_images.size());
    statistics.insert(QStringLiteral("text_boxes"), parser.m_textBoxes.size());
    statistics.insert(QStringLiteral("content_controls"), parser.m_contentControls.size());
    statistics.insert(QStringLiteral("footnotes"), footnotes.size());
    statistics.insert(QStringLiteral("endnotes"), endnotes.size());
    statistics.insert(QStringLiteral("comments"), comments.size());
    statistics.insert(QStringLiteral("sections"), sectionList.size());
    statistics.insert(QStringLiteral("insertions"), parser.m_insertions);
    statistics.insert(QStringLiteral("deletions"), parser.m_deletions);
    statistics.insert(QStringLiteral("parts"), package.partCount());

    out = QJsonObject();
    out.insert(QStringLiteral("core_properties"), coreProperties(package));
    out.insert(QStringLiteral("sections"), sectionList);
    out.insert(QStringLiteral("body"), body);
    out.insert(QStringLiteral("headers"), headers);
    out.insert(QStringLiteral("footers"), footers);
    out.insert(QStringLiteral("footnotes"), footnotes);
    out.insert(QStringLiteral("endnotes"), endnotes);
    out.insert(QStringLiteral("comments"), comments);
    out.insert(QStringLiteral("headings"), parser.m_headings);
    out.insert(QStringLiteral("hyperlinks"), parser.m_hyperlinks);
    out.insert(QStringLiteral("content_controls"), parser.m_contentControls);
    out.insert(QStringLiteral("text_boxes"), parser.m_textBoxes);
    out.insert(QStringLiteral("images"), parser.m_images);
    out.insert(QStringLiteral("tracked_changes"),
               QJsonObject{{QStringLiteral("insertions"), parser.m_insertions},
                           {QStringLiteral("deletions"), parser.m_deletions},
                           {QStringLiteral("inserted_text"), parser.m_insertedText},
                           {QStringLiteral("deleted_text"), parser.m_deletedText}});
    out.insert(QStringLiteral("statistics"), statistics);
    out.insert(QStringLiteral("text"), text);
    return {};
}

} // namespace sluice
