#include "ocr_file_writer.h"

#include "ocr_export_remap.h"

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

/// True when the file at `path` ends in a PDF end-of-file marker (Tesseract's renderer closes its file
/// without reporting write errors, so a full disk would otherwise leave a truncated PDF unnoticed).
bool endsWithEof(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.size() < 16 || !f.seek(f.size() - 16))
        return false;
    return f.read(16).contains("%%EOF");
}

} // namespace

QStringList OcrFileWriter::formats() {
    return TessDocumentRenderers::formats();
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
    if (m_renderers) {
        QString ignored;
        m_renderers->end(&ignored); // closes Tesseract's files
    }
    if (m_tmpBase.isEmpty())
        return;
    for (const QString& format : formats())
        QFile::remove(m_tmpBase + QLatin1Char('.') + TessDocumentRenderers::extension(format));
    m_renderers.reset();
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
    m_requested.clear();
    for (const QString& format : formats())
        if (requested.contains(format))
            m_requested.append(format);
    if (!m_requested.isEmpty()) {
        m_renderers = std::make_unique<TessDocumentRenderers>();
        if (!m_renderers->begin(m_tmpBase, m_requested, tessdataDir, title, error)) {
            removeTemporaries();
            return false;
        }
    }
    return true;
}

bool OcrFileWriter::addPage(tesseract::TessBaseAPI& api, const cv::Mat& page, const cv::Size& readSize,
                            const PageTransform& transform, QString* error) {
    return !m_renderers || m_renderers->addPage(api, page, readSize, transform, error);
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
    QList<RenderedPageGeometry> pages;
    if (m_renderers) {
        pages = m_renderers->pages();
        if (!m_renderers->end(error)) {
            removeTemporaries();
            return false;
        }
    }
    QStringList done;
    auto fail = [&](const QString& message) {
        *error = message;
        for (const QString& path : std::as_const(done))
            QFile::remove(path);
        removeTemporaries();
        return false;
    };
    for (const QString& format : std::as_const(m_requested)) {
        const QString tmp = m_tmpBase + QLatin1Char('.') + TessDocumentRenderers::extension(format);
        const QString target =
            QDir(m_dir).filePath(m_stem + QStringLiteral(".ocr.") + finalExtension(format));
        if (format == QLatin1String("pdf") && !endsWithEof(tmp))
            return fail(tr("Tesseract's PDF file %1 is incomplete (disk full?)").arg(tmp));
        if (format == QLatin1String("txt") || format == QLatin1String("pdf")) {
            // rename(2) replaces atomically; the stem was chosen so that no such file exists.
            if (QFileInfo(tmp).size() <= 0 ||
                std::rename(QFile::encodeName(tmp).constData(), QFile::encodeName(target).constData()) != 0)
                return fail(tr("cannot move the %1 file to %2").arg(format, target));
        } else {
            QFile in(tmp);
            if (!in.open(QIODevice::ReadOnly))
                return fail(tr("cannot read Tesseract's %1 file %2: %3").arg(format, tmp, in.errorString()));
            const QByteArray raw = in.readAll();
            in.close();
            const QByteArray data = format == QLatin1String("hocr")  ? remapHocr(raw, pages)
                                    : format == QLatin1String("tsv") ? remapTsv(raw, pages)
                                                                     : remapAlto(raw, pages);
            QSaveFile out(target);
            if (data.isEmpty() || !out.open(QIODevice::WriteOnly) || out.write(data) != data.size() ||
                !out.commit())
                return fail(tr("cannot write the %1 file %2: %3").arg(format, target, out.errorString()));
            QFile::remove(tmp);
        }
        done.append(target);
        files->insert(format, target);
    }
    m_finished = true;
    return true;
}

} // namespace sluice::ocr
