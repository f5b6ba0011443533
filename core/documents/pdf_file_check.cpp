#include "pdf_file_check.h"

#include "stages/builtin_stages.h"

#include <QCoreApplication>
#include <QFile>

// The texts keep PdfOpener's translation context, where they were first written.
namespace sluice::pdfcheck {

QString checkFile(const QString& path, bool* transient) {
    QFile file(path);
    const QString openError = stageutil::openForReading(file, transient);
    if (!openError.isEmpty())
        return openError;
    if (file.size() == 0)
        return QCoreApplication::translate("sluice::PdfOpener", "empty file: 0 bytes");
    if (!file.read(1024).contains("%PDF-"))
        return QCoreApplication::translate("sluice::PdfOpener",
                                           "not a readable PDF: no %PDF- header in the first 1024 bytes");
    return {};
}

QString unparsableError() {
    return QCoreApplication::translate(
        "sluice::PdfOpener",
        "not a readable PDF: poppler cannot parse its structure, even after rebuilding its "
        "cross-reference table (damaged or incomplete file)");
}

QString noPagesError() {
    return QCoreApplication::translate("sluice::PdfOpener",
                                       "not a readable PDF: poppler finds no pages in it");
}

QString passwordError(bool tried) {
    return tried ? QCoreApplication::translate("sluice::PdfOpener", "encrypted: wrong password")
                 : QCoreApplication::translate("sluice::PdfOpener", "encrypted: password required");
}

QByteArrayList passwordEncodings(const QString& password) {
    if (password.isEmpty())
        return {};
    const QByteArray utf8 = password.toUtf8();
    const QByteArray latin1 = password.toLatin1();
    return latin1 != utf8 ? QByteArrayList{utf8, latin1} : QByteArrayList{utf8};
}

} // namespace sluice::pdfcheck
