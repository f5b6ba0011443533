#include "ocr_corrections.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QMap>
#include <QSet>

namespace sluice {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("sluice", text);
}

const QString kText = QStringLiteral("text");
const QString kWords = QStringLiteral("words");
const QString kLines = QStringLiteral("lines");
const QString kPages = QStringLiteral("pages");
const QString kLine = QStringLiteral("line");
const QString kBlock = QStringLiteral("block");

/// The words of each line: line index → word indices, in the order of "words".
QMap<int, QList<int>> wordsByLine(const QJsonArray& words) {
    QMap<int, QList<int>> out;
    for (int i = 0; i < words.size(); ++i)
        out[words.at(i).toObject().value(kLine).toInt(-1)].append(i);
    return out;
}

QString joinWords(const QJsonArray& words, const QList<int>& indices) {
    QStringList parts;
    for (int i : indices) {
        const QString t = words.at(i).toObject().value(kText).toString();
        if (!t.trimmed().isEmpty())
            parts << t;
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace

QJsonObject OcrCorrection::toJson() const {
    return QJsonObject{{QStringLiteral("page"), page},
                       {QStringLiteral("word"), word},
                       {QStringLiteral("from"), from},
                       {QStringLiteral("to"), to}};
}

OcrCorrection OcrCorrection::fromJson(const QJsonObject& o) {
    OcrCorrection c;
    c.page = o.value(QStringLiteral("page")).toInt(1);
    c.word = o.value(QStringLiteral("word")).toInt();
    c.from = o.value(QStringLiteral("from")).toString();
    c.to = o.value(QStringLiteral("to")).toString();
    return c;
}

bool OcrCorrection::operator==(const OcrCorrection& other) const {
    return page == other.page && word == other.word && from == other.from && to == other.to;
}

int OcrPageText::wordAt(int position) const {
    for (int i = 0; i < wordSpans.size(); ++i) {
        const auto& [start, length] = wordSpans.at(i);
        if (start >= 0 && position >= start && position <= start + length)
            return i;
    }
    return -1;
}

OcrPageText layOutOcrPage(const QJsonObject& page) {
    const QJsonArray words = page.value(kWords).toArray();
    const QJsonArray lines = page.value(kLines).toArray();
    OcrPageText out;
    out.wordSpans.fill({-1, 0}, words.size());
    const QMap<int, QList<int>> byLine = wordsByLine(words);

    // Returns false when the line has no word to show (Tesseract reports rules and underlines as
    // words of white space).
    auto emitLine = [&](const QList<int>& indices) {
        bool first = true;
        for (int i : indices) {
            const QString t = words.at(i).toObject().value(kText).toString();
            if (t.trimmed().isEmpty())
                continue;
            if (!first)
                out.text += QLatin1Char(' ');
            first = false;
            out.wordSpans[i] = {int(out.text.size()), int(t.size())};
            out.text += t;
        }
        if (!first)
            out.text += QLatin1Char('\n');
        return !first;
    };

    bool blockHasText = false;
    for (int l = 0; l < lines.size(); ++l) {
        blockHasText |= emitLine(byLine.value(l));
        const int block = lines.at(l).toObject().value(kBlock).toInt();
        const bool lastOfBlock =
            l + 1 == lines.size() || lines.at(l + 1).toObject().value(kBlock).toInt() != block;
        if (lastOfBlock && blockHasText) {
            out.text += QLatin1Char('\n');
            blockHasText = false;
        }
    }
    // Words whose line is not listed (a stage output without lines): a line each group.
    bool strays = false;
    for (auto it = byLine.begin(); it != byLine.end(); ++it) {
        if (it.key() >= 0 && it.key() < lines.size())
            continue;
        strays |= emitLine(it.value());
    }
    if (strays)
        out.text += QLatin1Char('\n');
    return out;
}

OcrCorrectionOutcome applyOcrCorrections(const QJsonObject& ocr, const QList<OcrCorrection>& corrections) {
    OcrCorrectionOutcome outcome;
    QJsonArray pages = ocr.value(kPages).toArray();
    QJsonArray records = ocr.value(QStringLiteral("corrections")).toArray();
    const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QMap<int, QSet<int>> changedLines; // page index → line indices to rebuild
    int charDelta = 0;                 // change of stats.chars (non-space characters of the words)
    int wordDelta = 0;                 // words emptied (−1) or filled again (+1)

    for (const OcrCorrection& c : corrections) {
        int pageIndex = -1;
        for (int p = 0; p < pages.size(); ++p)
            if (pages.at(p).toObject().value(QStringLiteral("page")).toInt(p + 1) == c.page)
                pageIndex = p;
        if (pageIndex < 0) {
            outcome.errors << tr("Correction of page %1: the result has no such page.").arg(c.page);
            continue;
        }
        QJsonObject page = pages.at(pageIndex).toObject();
        QJsonArray words = page.value(kWords).toArray();
        if (c.word < 0 || c.word >= words.size()) {
            outcome.errors << tr("Correction of word %1 on page %2: the page has %3 words.")
                                  .arg(c.word + 1)
                                  .arg(c.page)
                                  .arg(words.size());
            continue;
        }
        QJsonObject word = words.at(c.word).toObject();
        const QString current = word.value(kText).toString();
        if (current == c.to && current != c.from) {
            ++outcome.alreadyApplied;
            continue;
        }
        if (current != c.from) {
            outcome.errors << tr("Correction of word %1 on page %2: it reads \"%3\", not \"%4\".")
                                  .arg(c.word + 1)
                                  .arg(c.page)
                                  .arg(current, c.from);
            continue;
        }
        if (c.from == c.to)
            continue;
        word.insert(kText, c.to);
        charDelta += int(QString(c.to).remove(QLatin1Char(' ')).size()) -
                     int(QString(c.from).remove(QLatin1Char(' ')).size());
        wordDelta += (c.to.isEmpty() ? 0 : 1) - (c.from.isEmpty() ? 0 : 1);
        words.replace(c.word, word);
        page.insert(kWords, words);
        pages.replace(pageIndex, page);
        changedLines[pageIndex].insert(word.value(kLine).toInt(-1));
        QJsonObject record = c.toJson();
        record.insert(QStringLiteral("at"), at);
        records.append(record);
        ++outcome.applied;
    }

    QJsonObject out = ocr;
    if (outcome.applied == 0) {
        outcome.ocr = out;
        return outcome;
    }
    for (auto it = changedLines.begin(); it != changedLines.end(); ++it) {
        QJsonObject page = pages.at(it.key()).toObject();
        const QJsonArray words = page.value(kWords).toArray();
        QJsonArray lines = page.value(kLines).toArray();
        const QMap<int, QList<int>> byLine = wordsByLine(words);
        for (int l : it.value()) {
            if (l < 0 || l >= lines.size())
                continue;
            QJsonObject line = lines.at(l).toObject();
            line.insert(kText, joinWords(words, byLine.value(l)));
            lines.replace(l, line);
        }
        page.insert(kLines, lines);
        page.insert(kText, layOutOcrPage(page).text);
        pages.replace(it.key(), page);
    }

    // The overall text, and the counts that depend on the text.
    const QString separator = pages.size() > 1 && ocr.value(kText).toString().contains(QLatin1Char('\f'))
                                  ? QStringLiteral("\f")
                                  : QStringLiteral("\n");
    QStringList pageTexts;
    for (const QJsonValue& v : std::as_const(pages))
        pageTexts << v.toObject().value(kText).toString();
    const QString text = pageTexts.join(separator);
    out.insert(kPages, pages);
    out.insert(kText, text);
    out.insert(QStringLiteral("corrections"), records);
    QJsonObject stats = out.value(QStringLiteral("stats")).toObject();
    if (!stats.isEmpty()) {
        stats.insert(QStringLiteral("words"), stats.value(QStringLiteral("words")).toInt() + wordDelta);
        stats.insert(QStringLiteral("chars"), stats.value(QStringLiteral("chars")).toInt() + charDelta);
        out.insert(QStringLiteral("stats"), stats);
    }
    outcome.ocr = out;
    return outcome;
}

QString findOcrNode(const QJsonObject& resultDocument) {
    const QJsonObject stages = resultDocument.value(QStringLiteral("stages")).toObject();
    auto isOcr = [&](const QString& id) {
        const QJsonObject o = stages.value(id).toObject();
        return o.value(kPages).isArray() && o.contains(QStringLiteral("psm")) &&
               o.contains(QStringLiteral("mean_confidence"));
    };
    for (const QJsonValue& id : resultDocument.value(QStringLiteral("node_order")).toArray())
        if (isOcr(id.toString()))
            return id.toString();
    for (auto it = stages.begin(); it != stages.end(); ++it)
        if (isOcr(it.key()))
            return it.key();
    return {};
}

} // namespace sluice
