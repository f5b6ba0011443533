#pragma once

#include "pipeline/stage.h"

#include <QCoreApplication>

namespace sluice {

/// Counts of one text as the `text` stage reports them.
struct TextStats {
    QString lineEndings; ///< "lf", "crlf", "cr", "mixed" (more than one kind) or "none"
    qsizetype lines = 0; ///< line breaks, plus one when the text does not end with a break; 0 for ""
    qsizetype words = 0; ///< runs of non-whitespace (QChar::isSpace), like `wc -w`
    qsizetype chars = 0; ///< Unicode code points (a surrogate pair counts once)
};

/// Computes TextStats for `text` (a CR LF pair is one break).
TextStats textStats(const QString& text);

/// Stage `text` (group Documents): reads a plain-text file and describes it.
///
/// Reads at most `max_bytes` bytes (default 64 MiB) in 1 MiB chunks, detects the encoding with
/// detectTextEncoding (BOM, strict UTF-8, UTF-16/32 by NUL pattern, Windows-1252/Latin-1 fallback) and
/// decodes it. Output: {encoding, bom, line_endings, lines, words, chars (code points), bytes (file size),
/// preview (first `preview_chars` code points), preview_truncated, truncated (the file was longer than
/// max_bytes, so the counts cover only its start)}.
/// Errors: the file cannot be opened or read; "binary content, not text" when detection says binary.
class TextStage : public Stage {
    Q_DECLARE_TR_FUNCTIONS(sluice::TextStage)
public:
    QString id() const override { return QStringLiteral("text"); }
    QString displayName() const override;
    QString group() const override;
    QString description() const override;
    QList<ParamSpec> parameters() const override;
    QList<PortSpec> inputs() const override;
    StageResult process(Item& item, const QJsonObject& params, Feedback& feedback) override;
};

} // namespace sluice
