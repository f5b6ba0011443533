#include "ocr_file_writer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSaveFile>
#include <cstdio>
#include <tesseract/baseapi.h>
#include <tesseract/renderer.h>

namespace sluice::ocr {

namespace {

/// Tesseract's own extension of each format's renderer output.
QString rendererExtension(const QString& format) {
    if (format == QLatin1String("alto"))
        return QStringLiteral("xml");
    return format;
}

/// The extension of the final file.
QString finalExtension(const QString& format) {
    if (format == QLatin1String("alto"))
        return QStringLiteral("alto.xml");
    return format;
}

} // namespace

QStringList OcrFileWriter::formats() {
    return {QStringLiteral("txt"), QStringLiteral("hocr"), QStringLiteral("tsv"), QStringLiteral("alto"),
            QStringLiteral("pdf")};
}

OcrFileWriter::OcrFileWriter() = default;

OcrFileWriter::~OcrFileWriter() {
    if (!m_finished) {
        removeTemporaries();
        for (const QString& path : std::as_const(m_pageImages))
            QFile::remove(path);
    }
}

void OcrFileWriter::removeTemporaries() {
    m_renderers.clear(); // closes the files
    for (const QString& format : formats())
        QFile::remove(m_tmpBase + QLatin1Char('.') + rendererExtension(format));
}

bool OcrFileWriter::begin(const QString& dir, const QString& sourceName, const QStringList& requested,
                          const QString& tessdataDir, const QString& title, QString* error) {
    if (!QDir().mkpath(dir)) {
        *error = tr("cannot create the folder %1").arg(dir);
        return false;
    }
    m_dir = QDir(dir).absolutePath();
    const QDir d(m_dir);
    for (int n = 1;; ++n) {
        const QString stem = n == 1 ? sourceName : QStringLiteral("%1 (%2)").arg(sourceName).arg(n);
        if (d.entryList({stem + QStringLiteral(".ocr.*"), stem + QStringLiteral(".ocr-p*.png")},
                        QDir::Files | QDir::Hidden)
                .isEmpty()) {
            m_stem = stem;
            break;
        }
    }
    m_tmpBase = d.filePath(QStringLiteral(".%1.ocr-tmp-%2")
                               .arg(m_stem)
                               .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0')));
    const QByteArray base = QFile::encodeName(m_tmpBase);
    const QByteArray data = QFile::encodeName(tessdataDir);
    for (const QString& format : formats()) {
        if (!requested.contains(format))
            continue;
        std::unique_ptr<tesseract::TessResultRenderer> r;
        if (format == QLatin1String("txt"))
            r = std::make_unique<tesseract::TessTextRenderer>(base.constData());
        else if (format == QLatin1String("hocr"))
            r = std::make_unique<tesseract::TessHOcrRenderer>(base.constData());
        else if (format == QLatin1String("tsv"))
            r = std::make_unique<tesseract::TessTsvRenderer>(base.constData());
        else if (format == QLatin1String("alto"))
            r = std::make_unique<tesseract::TessAltoRenderer>(base.constData());
        else
            r = std::make_unique<tesseract::TessPDFRenderer>(base.constData(), data.constData(), false);
        if (!r->happy() || !r->BeginDocument(title.toUtf8().constData())) {
            *error = tr("cannot create the %1 file in %2").arg(format, m_dir);
            removeTemporaries();
            return false;
        }
        m_renderers.emplace_back(format, std::move(r));
    }
    return true;
}

bool OcrFileWriter::addPage(tesseract::TessBaseAPI& api, QString* error) {
    for (auto& [format, renderer] : m_renderers) {
        if (!renderer->AddImage(&api)) {
            *error = tr("Tesseract could not add the page to the %1 file").arg(format);
            return false;
        }
    }
    return true;
}

QString OcrFileWriter::writePageImage(int page, const QByteArray& png, QString* error) {
    const QString path = QDir(m_dir).filePath(QStringLiteral("%1.ocr-p%2.png").arg(m_stem).arg(page));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(png) != png.size() || !file.commit()) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return {};
    }
    m_pageImages.append(path);
    return path;
}

bool OcrFileWriter::finish(QJsonObject* files, QString* error) {
    for (auto& [format, renderer] : m_renderers) {
        if (!renderer->EndDocument() || !renderer->happy()) {
            *error = tr("Tesseract could not finish the %1 file (disk full?)").arg(format);
            removeTemporaries();
            return false;
        }
    }
    QStringList done;
    for (auto& [format, renderer] : m_renderers) {
        renderer.reset(); // flushes and closes the file
        const QString tmp = m_tmpBase + QLatin1Char('.') + rendererExtension(format);
        const QString target =
            QDir(m_dir).filePath(m_stem + QStringLiteral(".ocr.") + finalExtension(format));
        // rename(2) replaces atomically; the stem was chosen so that no such file exists.
        if (std::rename(QFile::encodeName(tmp).constData(), QFile::encodeName(target).constData()) != 0) {
            *error = tr("cannot move the %1 file to %2").arg(format, target);
            for (const QString& path : done)
                QFile::remove(path);
            removeTemporaries();
            return false;
        }
        done.append(target);
        files->insert(format, target);
    }
    m_renderers.clear();
    m_finished = true;
    return true;
}

} // namespace sluice::ocr
