#include "ocr_export_words.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace sluice {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("sluice", text);
}

QString mismatch(const char* format, int page, int found, int expected) {
    return tr("the exported %1 does not match the result: page %2 has %3 words there and %4 in the result")
        .arg(QLatin1String(format))
        .arg(page)
        .arg(found)
        .arg(expected);
}

/// Checks that every page of `pages` got all of its words.
bool allUsed(const char* format, const QList<int>& used, const QList<QStringList>& pages, QString* error) {
    for (int p = 0; p < pages.size(); ++p) {
        const int n = p < used.size() ? used[p] : 0;
        if (n != pages[p].size()) {
            *error = mismatch(format, p + 1, n, int(pages[p].size()));
            return false;
        }
    }
    return true;
}

} // namespace

QList<QStringList> ocrWordTexts(const QJsonObject& ocr) {
    QList<QStringList> out;
    for (const QJsonValue& page : ocr.value(QStringLiteral("pages")).toArray()) {
        QStringList words;
        for (const QJsonValue& w : page.toObject().value(QStringLiteral("words")).toArray())
            words << w.toObject().value(QStringLiteral("text")).toString();
        out << words;
    }
    return out;
}

QByteArray setHocrWordTexts(const QByteArray& hocr, const QList<QStringList>& pages, QString* error) {
    const QString in = QString::fromUtf8(hocr);
    static const QRegularExpression token(
        QStringLiteral("class=(['\"])ocr_page\\1|<span\\s[^>]*class=(['\"])ocrx_word\\2[^>]*>"));
    static const QRegularExpression spanTag(QStringLiteral("<span\\b|</span\\s*>"));
    QString out;
    out.reserve(in.size());
    qsizetype at = 0;
    int page = -1;
    QList<int> used;
    QRegularExpressionMatchIterator it = token.globalMatch(in);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedStart() < at)
            continue; // inside a word already rewritten
        if (!m.captured(1).isEmpty()) {
            ++page;
            used.append(0);
            continue;
        }
        if (page < 0)
            continue;
        // The word's content runs to its own </span> (Tesseract may nest spans or <strong>/<em>).
        int depth = 1;
        qsizetype end = -1;
        QRegularExpressionMatchIterator s = spanTag.globalMatch(in, m.capturedEnd());
        while (s.hasNext()) {
            const QRegularExpressionMatch sm = s.next();
            depth += sm.captured(0).startsWith(QLatin1String("</")) ? -1 : 1;
            if (depth == 0) {
                end = sm.capturedStart();
                break;
            }
        }
        const int index = used[page]++;
        if (end < 0 || page >= pages.size() || index >= pages[page].size()) {
            *error = mismatch("hOCR", page + 1, index + 1, page < pages.size() ? int(pages[page].size()) : 0);
            return {};
        }
        out += QStringView(in).mid(at, m.capturedEnd() - at);
        out += pages[page][index].toHtmlEscaped();
        at = end;
    }
    out += QStringView(in).mid(at);
    if (!allUsed("hOCR", used, pages, error))
        return {};
    return out.toUtf8();
}

QByteArray setTsvWordTexts(const QByteArray& tsv, const QList<QStringList>& pages, QString* error) {
    QList<QByteArray> rows = tsv.split('\n');
    QList<int> used(pages.size(), 0);
    for (QByteArray& row : rows) {
        QList<QByteArray> c = row.split('\t');
        bool pageOk = false;
        const int page = c.value(1).toInt(&pageOk) - 1;
        if (c.size() < 12 || c[0] != "5" || !pageOk)
            continue;
        if (page < 0 || page >= pages.size() || used[page] >= pages[page].size()) {
            *error = mismatch("TSV", page + 1, page >= 0 && page < used.size() ? used[page] + 1 : 1,
                              page >= 0 && page < pages.size() ? int(pages[page].size()) : 0);
            return {};
        }
        QString text = pages[page][used[page]++];
        text.replace(QLatin1Char('\t'), QLatin1Char(' '))
            .replace(QLatin1Char('\n'), QLatin1Char(' '))
            .replace(QLatin1Char('\r'), QLatin1Char(' '));
        c[11] = text.toUtf8();
        row = c.mid(0, 12).join('\t');
    }
    if (!allUsed("TSV", used, pages, error))
        return {};
    return rows.join('\n');
}

QByteArray setAltoWordTexts(const QByteArray& alto, const QList<QStringList>& pages, QString* error) {
    const QString in = QString::fromUtf8(alto);
    static const QRegularExpression token(
        QStringLiteral("<Page[\\s>/]|<String\\s[^>]*?CONTENT=\"([^\"]*)\""));
    QString out;
    out.reserve(in.size());
    qsizetype at = 0;
    int page = -1;
    QList<int> used;
    QRegularExpressionMatchIterator it = token.globalMatch(in);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.captured(0).startsWith(QLatin1String("<Page"))) {
            ++page;
            used.append(0);
            continue;
        }
        if (page < 0)
            continue;
        const int index = used[page]++;
        if (page >= pages.size() || index >= pages[page].size()) {
            *error = mismatch("ALTO", page + 1, index + 1, page < pages.size() ? int(pages[page].size()) : 0);
            return {};
        }
        QString escaped = pages[page][index].toHtmlEscaped(); // &, <, >, "
        out += QStringView(in).mid(at, m.capturedStart(1) - at);
        out += escaped;
        at = m.capturedEnd(1);
    }
    out += QStringView(in).mid(at);
    if (!allUsed("ALTO", used, pages, error))
        return {};
    return out.toUtf8();
}

} // namespace sluice
