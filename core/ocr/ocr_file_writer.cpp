#include "ocr_file_writer.h"

#include "ocr_corrected_hocr.h"
#include "ocr_export_formats.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSaveFile>
#include <cstdio>

namespace sluice::ocr {

namespace {

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

QString OcrFileWriter::temporaryPath(const QString& format) const {
    return m_tmpBase + QLatin1Char('.') + finalExtension(format);
}

void OcrFileWriter::removeTemporaries() {
    m_pdf.reset(); // closes the file
    if (m_tmpBase.isEmpty())
        return;
    for (const QString& format : formats())
        QFile::remove(temporaryPath(format));
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
    m_title = title;
    m_requested.clear();
    for (const QString& format : formats())
        if (requested.contains(format))
            m_requested.append(format);
    if (m_requested.contains(QLatin1String("pdf"))) {
        m_pdf = std::make_unique<SearchablePdfWriter>();
        if (!m_pdf->begin(temporaryPath(QStringLiteral("pdf")), title,
                          QDir(tessdataDir).filePath(QStringLiteral("pdf.ttf")), error)) {
            removeTemporaries();
            return false;
        }
    }
    return true;
}

bool OcrFileWriter::addPdfPage(const cv::Mat& image, int dpi, const QList<PdfWord>& words, QString* error) {
    return !m_pdf || m_pdf->addPage(image, dpi, words, error);
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

bool OcrFileWriter::finish(const QJsonObject& ocr, QJsonObject* files, QString* error) {
    if (m_pdf) {
        if (!m_pdf->finish(error)) {
            removeTemporaries();
            return false;
        }
        m_pdf.reset();
    }
    for (const QString& format : std::as_const(m_requested)) {
        QByteArray data;
        if (format == QLatin1String("txt"))
            data = ocr.value(QStringLiteral("text")).toString().toUtf8();
        else if (format == QLatin1String("hocr"))
            data = ocrToHocr(ocr, m_title);
        else if (format == QLatin1String("tsv"))
            data = ocrToTsv(ocr);
        else if (format == QLatin1String("alto"))
            data = ocrToAlto(ocr, m_title);
        else
            continue;
        QFile file(temporaryPath(format));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size() ||
            !file.flush()) {
            *error = tr("cannot write the %1 file in %2: %3").arg(format, m_dir, file.errorString());
            file.close();
            removeTemporaries();
            return false;
        }
        file.close();
    }
    QStringList done;
    for (const QString& format : std::as_const(m_requested)) {
        const QString tmp = temporaryPath(format);
        const QString target =
            QDir(m_dir).filePath(m_stem + QStringLiteral(".ocr.") + finalExtension(format));
        // rename(2) replaces atomically; the stem was chosen so that no such file exists.
        if (std::rename(QFile::encodeName(tmp).constData(), QFile::encodeName(target).constData()) != 0) {
            *error = tr("cannot move the %1 file to %2").arg(format, target);
            for (const QString& path : std::as_const(done))
                QFile::remove(path);
            removeTemporaries();
            return false;
        }
        done.append(target);
        files->insert(format, target);
    }
    m_finished = true;
    return true;
}

} // namespace sluice::ocr
