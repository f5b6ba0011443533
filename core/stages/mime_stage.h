#pragma once

#include "pipeline/stage.h"

#include <QCoreApplication>
#include <QMimeType>

namespace sluice {

/// The MIME types of one file as seen by its content and by its name.
struct MimeDetection {
    QMimeType type;   ///< best type: content first, refined by the name when the name agrees (see detectMime)
    QMimeType byName; ///< type from the file name alone (application/octet-stream when the name says nothing)
    /// False only when the name implies a type that the content contradicts: true when the name implies no
    /// type, or the same type as the content, or a parent or child of it (e.g. .docx over application/zip).
    bool nameMatchesContent = true;
};

/// Detects the MIME type of the file at `path` with QMimeDatabase (freedesktop.org shared-mime-info).
///
/// Content first (MatchContent: magic bytes). The default match, which also uses the file name, is taken
/// instead when content gives only application/octet-stream or text/plain, or when the name gives a more
/// specific type that inherits the content type (a .docx is application/zip by content but
/// application/vnd.openxmlformats-officedocument.wordprocessingml.document by name). A 0-byte file is
/// application/x-zerosize. Never fails: an unreadable file is typed by its name.
MimeDetection detectMime(const QString& path);

/// Stage `mime` (group Inspect): detects the file's MIME type by content and sets Item::mime.
///
/// Output: {mime, comment (translated description), suffixes, by_name, name_matches_content}.
/// Fails only when the file does not exist.
class MimeStage : public Stage {
    Q_DECLARE_TR_FUNCTIONS(sluice::MimeStage)
public:
    QString id() const override { return QStringLiteral("mime"); }
    QString displayName() const override;
    QString group() const override;
    QString description() const override;
    StageResult process(Item& item, const QJsonObject& params, Feedback& feedback) override;
};

} // namespace sluice
