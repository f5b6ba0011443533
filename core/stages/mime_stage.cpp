#include "mime_stage.h"

#include "archive_zip_directory.h"
#include "builtin_stages.h"
#include "text_encoding.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QMimeDatabase>

namespace sluice {

namespace {

/// Whether `type` is a binary format that always carries magic bytes, so that content sniffed as plain
/// text cannot be it (shared-mime-info: images, audio, video, PDF and zip-based containers).
bool namesABinaryFormat(const QMimeType& type) {
    const QString name = type.name();
    return name.startsWith(QLatin1String("image/")) || name.startsWith(QLatin1String("audio/")) ||
           name.startsWith(QLatin1String("video/")) || name == QLatin1String("application/pdf") ||
           type.inherits(QStringLiteral("application/zip"));
}

/// The Office Open XML type of the zip at `path` from the parts its central directory lists, or an empty
/// string. An OOXML package (ECMA-376 Part 2, Open Packaging Conventions) has a "[Content_Types].xml" part
/// and its main part under the application's folder: word/document.xml, xl/workbook.xml or
/// ppt/presentation.xml as Word, Excel and PowerPoint name them. shared-mime-info recognises such a file by
/// its name only; by content it is application/zip.
QString officeOpenXmlType(const QString& path) {
    QList<ZipDirectoryEntry> entries;
    QString error;
    if (!readZipDirectory(path, &entries, &error))
        return {};
    bool contentTypes = false;
    QString type;
    for (const ZipDirectoryEntry& e : std::as_const(entries)) {
        const QByteArray& name = e.rawName;
        if (name == "[Content_Types].xml")
            contentTypes = true;
        else if (name == "word/document.xml")
            type = QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        else if (name == "xl/workbook.xml")
            type = QStringLiteral("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        else if (name == "ppt/presentation.xml")
            type =
                QStringLiteral("application/vnd.openxmlformats-officedocument.presentationml.presentation");
    }
    return contentTypes ? type : QString();
}

} // namespace

MimeDetection detectMime(const QString& path) {
    const QMimeDatabase db;
    MimeDetection d;
    bool nameContradictsText = false;
    d.byName = db.mimeTypeForFile(path, QMimeDatabase::MatchExtension);
    const QMimeType byContent = db.mimeTypeForFile(path, QMimeDatabase::MatchContent);
    d.type = byContent;
    if (byContent.isDefault() || byContent.name() == QStringLiteral("text/plain")) {
        d.type = db.mimeTypeForFile(path, QMimeDatabase::MatchDefault);
        // QMimeDatabase lets the name win over content that is merely plain text, and so does routing (the
        // stage for the named type gives the clearest error); but for binary formats with magic of their own
        // (images, audio, video, PDF, zip containers) plain text means the name lies.
        nameContradictsText = byContent.name() == QStringLiteral("text/plain") &&
                              !d.type.inherits(QStringLiteral("text/plain")) && namesABinaryFormat(d.type);
    } else if (!d.byName.isDefault() && d.byName != byContent && d.byName.inherits(byContent.name())) {
        d.type = d.byName;
    } else if (byContent.name() == QStringLiteral("application/zip")) {
        // A Word, Excel or PowerPoint file without its extension (or under another one) is still one.
        if (const QString office = officeOpenXmlType(path); !office.isEmpty())
            d.type = db.mimeTypeForName(office);
    }
    // Content sniffing calls some binary files text (random bytes that happen to look like MATLAB or a PGP
    // key); text that is not text to the encoding detector is octet-stream.
    if (d.type.inherits(QStringLiteral("text/plain")) || d.type.name() == QStringLiteral("text/plain")) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            const QByteArray head = file.read(64 * 1024);
            if (detectTextEncoding(head, !file.atEnd()).binary)
                d.type = db.mimeTypeForName(QStringLiteral("application/octet-stream"));
        }
    }
    d.nameMatchesContent =
        !nameContradictsText && (d.byName.isDefault() || d.byName == d.type ||
                                 d.type.inherits(d.byName.name()) || d.byName.inherits(d.type.name()));
    return d;
}

QString MimeStage::displayName() const {
    return tr("Detect type");
}
QString MimeStage::group() const {
    return tr("Inspect");
}
QString MimeStage::description() const {
    return tr("Detects the file's MIME type from its content (magic bytes), falls back to the file name when "
              "the content is not conclusive, and tells whether the name agrees with the content.");
}

StageResult MimeStage::process(Item& item, const QJsonObject& params, Feedback& feedback) {
    (void)params;
    if (feedback.isCanceled())
        return stageutil::canceledResult();
    const QFileInfo info(item.path);
    if (!info.exists())
        return StageResult::failure(tr("cannot read %1: the file does not exist").arg(item.path));
    feedback.setProgress(0);
    const MimeDetection d = detectMime(item.path);
    item.mime = d.type.name();
    QJsonObject out;
    out.insert(QStringLiteral("mime"), d.type.name());
    out.insert(QStringLiteral("comment"), d.type.comment());
    out.insert(QStringLiteral("suffixes"), QJsonArray::fromStringList(d.type.suffixes()));
    out.insert(QStringLiteral("by_name"), d.byName.name());
    out.insert(QStringLiteral("name_matches_content"), d.nameMatchesContent);
    feedback.setProgress(100);
    return StageResult::success(out);
}

} // namespace sluice
