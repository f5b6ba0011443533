#include "text_stage.h"

#include "builtin_stages.h"
#include "text_encoding.h"

#include <QFile>

namespace sluice {

namespace {
constexpr qint64 kChunkBytes = 1 << 20;
} // namespace

TextStats textStats(const QString& text) {
    TextStats s;
    qsizetype lf = 0;
    qsizetype crlf = 0;
    qsizetype cr = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\r')) {
            if (i + 1 < n && text.at(i + 1) == QLatin1Char('\n')) {
                ++crlf;
                ++i;
            } else {
                ++cr;
            }
        } else if (c == QLatin1Char('\n')) {
            ++lf;
        }
    }
    const int kinds = (lf > 0) + (crlf > 0) + (cr > 0);
    if (kinds == 0)
        s.lineEndings = QStringLiteral("none");
    else if (kinds > 1)
        s.lineEndings = QStringLiteral("mixed");
    else if (lf > 0)
        s.lineEndings = QStringLiteral("lf");
    else if (crlf > 0)
        s.lineEndings = QStringLiteral("crlf");
    else
        s.lineEndings = QStringLiteral("cr");
    const qsizetype breaks = lf + crlf + cr;
    const bool endsWithBreak =
        n > 0 && (text.back() == QLatin1Char('\n') || text.back() == QLatin1Char('\r'));
    s.lines = n == 0 ? 0 : breaks + (endsWithBreak ? 0 : 1);
    s.words = stageutil::wordCount(text);
    s.chars = stageutil::codePointCount(text);
    return s;
}

QString TextStage::displayName() const {
    return tr("Plain text");
}
QString TextStage::group() const {
    return tr("Documents");
}
QString TextStage::description() const {
    return tr("Detects the encoding of a plain-text file (byte-order mark, UTF-8, UTF-16/32, Windows-1252), "
              "counts lines, words and characters, names the line endings and keeps a preview.");
}

QList<ParamSpec> TextStage::parameters() const {
    ParamSpec preview;
    preview.name = QStringLiteral("preview_chars");
    preview.type = ParamType::Int;
    preview.defaultValue = 2000;
    preview.minimum = 0;
    preview.maximum = 1000000;
    preview.unit = tr("characters");
    preview.help =
        tr("How many characters (Unicode code points) of the start of the text to keep as a preview.");

    ParamSpec maxBytes;
    maxBytes.name = QStringLiteral("max_bytes");
    maxBytes.type = ParamType::Int;
    maxBytes.defaultValue = 67108864;
    maxBytes.minimum = 1;
    maxBytes.maximum = 1073741824;
    maxBytes.unit = tr("bytes");
    maxBytes.help = tr("Read at most this many bytes of the file; counts then cover only its start.");
    return {preview, maxBytes};
}

QList<PortSpec> TextStage::inputs() const {
    return {PortSpec{QStringLiteral("in"), QStringLiteral("text")}};
}

StageResult TextStage::process(Item& item, const QJsonObject& params, Feedback& feedback) {
    const qint64 maxBytes = qMax<qint64>(1, params.value(QStringLiteral("max_bytes")).toInteger(67108864));
    const qsizetype previewChars = static_cast<qsizetype>(
        qBound(qint64(0), params.value(QStringLiteral("preview_chars")).toInteger(2000), qint64(1000000)));

    QFile file(item.path);
    bool transient = false;
    const QString openError = stageutil::openForReading(file, &transient);
    if (!openError.isEmpty())
        return StageResult::failure(openError, transient);

    const qint64 fileSize = file.size();
    const qint64 toRead = qMin(fileSize, maxBytes);
    QByteArray data;
    data.reserve(toRead);
    feedback.setProgress(0);
    while (data.size() < toRead) {
        if (feedback.isCanceled())
            return stageutil::canceledResult();
        const QByteArray chunk = file.read(qMin(kChunkBytes, toRead - data.size()));
        if (chunk.isEmpty()) {
            if (file.error() != QFileDevice::NoError)
                return StageResult::failure(tr("cannot read %1 after %2 bytes: %3")
                                                .arg(item.path)
                                                .arg(data.size())
                                                .arg(file.errorString()));
            break; // the file shrank while we read it
        }
        data.append(chunk);
        if (toRead > 0)
            feedback.setProgress(50.0 * static_cast<double>(data.size()) / static_cast<double>(toRead));
    }
    const bool truncated = fileSize > data.size() && data.size() == maxBytes;

    const TextEncoding encoding = detectTextEncoding(data, truncated);
    if (encoding.binary)
        return StageResult::failure(tr("binary content, not text"));
    if (feedback.isCanceled())
        return stageutil::canceledResult();
    const QString text = decodeText(data, encoding);
    data.clear();
    feedback.setProgress(70);

    if (feedback.isCanceled())
        return stageutil::canceledResult();
    const TextStats stats = textStats(text);
    feedback.setProgress(95);

    // Preview: the first previewChars code points, never splitting a surrogate pair.
    qsizetype end = 0;
    qsizetype points = 0;
    while (end < text.size() && points < previewChars) {
        end += (text.at(end).isHighSurrogate() && end + 1 < text.size() && text.at(end + 1).isLowSurrogate())
                   ? 2
                   : 1;
        ++points;
    }

    QJsonObject out;
    out.insert(QStringLiteral("encoding"), encoding.name);
    out.insert(QStringLiteral("bom"), encoding.bomBytes > 0);
    out.insert(QStringLiteral("line_endings"), stats.lineEndings);
    out.insert(QStringLiteral("lines"), stats.lines);
    out.insert(QStringLiteral("words"), stats.words);
    out.insert(QStringLiteral("chars"), stats.chars);
    out.insert(QStringLiteral("bytes"), fileSize);
    out.insert(QStringLiteral("preview"), text.left(end));
    out.insert(QStringLiteral("preview_truncated"), end < text.size());
    out.insert(QStringLiteral("truncated"), truncated);
    feedback.setProgress(100);
    return StageResult::success(out);
}

} // namespace sluice
