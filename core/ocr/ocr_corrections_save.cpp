#include "ocr_corrections_save.h"

#include "ocr_corrected_hocr.h"
#include "ocr_export_words.h"
#include "pipeline/runner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMutex>
#include <QSaveFile>
#include <QtConcurrent>

namespace sluice {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("sluice", text);
}

/// Most "<name> (N).sluice.json" variants looked at; the runner makes one per same-named source.
constexpr int kMaxVariants = 1000;

QJsonObject readJson(const QString& path, QString* error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read '%1': %2").arg(path, file.errorString());
        return {};
    }
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parse);
    if (!doc.isObject()) {
        *error = tr("'%1' is not a result document: %2").arg(path, parse.errorString());
        return {};
    }
    return doc.object();
}

QString sourcePathOf(const QJsonObject& result) {
    return result.value(QStringLiteral("source")).toObject().value(QStringLiteral("path")).toString();
}

bool writeAtomically(const QString& path, const QByteArray& data, QString* error) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        *error = tr("cannot write '%1': %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

QString locateResultFile(const QString& resultDir, const QJsonObject& result) {
    const QJsonObject source = result.value(QStringLiteral("source")).toObject();
    const QString path = source.value(QStringLiteral("path")).toString();
    if (resultDir.isEmpty() || path.isEmpty())
        return {};
    const QString parent = source.value(QStringLiteral("parent")).toString();
    const QString base = Runner::resultBaseName(path, parent);
    QString candidate = Runner::resultPathFor(resultDir, path, parent);
    for (int n = 2; n <= kMaxVariants && QFile::exists(candidate); ++n) {
        QString error;
        if (sourcePathOf(readJson(candidate, &error)) == path)
            return candidate;
        candidate = QDir(resultDir).filePath(QStringLiteral("%1 (%2).sluice.json").arg(base).arg(n));
    }
    return {};
}

QJsonObject readSavedResult(const QString& resultDir, const QJsonObject& shown, QString* resultFile) {
    const QString file = locateResultFile(resultDir, shown);
    if (resultFile)
        *resultFile = file;
    if (file.isEmpty())
        return shown;
    QString error;
    const QJsonObject saved = readJson(file, &error);
    return saved.isEmpty() ? shown : saved;
}

OcrSaveResult saveOcrCorrections(const OcrSaveRequest& request) {
    // One read-modify-write of result files at a time: a save started when the review moves on may
    // overlap the next one of the same result.
    static QMutex saving;
    QMutexLocker lock(&saving);
    OcrSaveResult out;
    out.resultFile = request.resultFile.isEmpty() ? locateResultFile(request.resultDir, request.result)
                                                  : request.resultFile;
    if (out.resultFile.isEmpty()) {
        out.error = tr("the result file of '%1' was not found in '%2'")
                        .arg(sourcePathOf(request.result), request.resultDir);
        return out;
    }
    QString error;
    QJsonObject document = readJson(out.resultFile, &error);
    if (document.isEmpty()) {
        out.error = error;
        return out;
    }
    const QString source = sourcePathOf(request.result);
    if (!source.isEmpty() && sourcePathOf(document) != source) {
        out.error =
            tr("'%1' is the result of '%2', not of '%3'").arg(out.resultFile, sourcePathOf(document), source);
        return out;
    }
    const QString node = request.nodeId.isEmpty() ? findOcrNode(document) : request.nodeId;
    QJsonObject stages = document.value(QStringLiteral("stages")).toObject();
    const QJsonObject saved = stages.value(node).toObject();
    if (node.isEmpty() || !saved.value(QStringLiteral("pages")).isArray()) {
        out.error = tr("'%1' holds no OCR result").arg(out.resultFile);
        return out;
    }

    const OcrCorrectionOutcome outcome = applyOcrCorrections(saved, request.corrections);
    out.warnings = outcome.errors;
    out.applied = outcome.applied;
    if (outcome.applied == 0 && outcome.alreadyApplied == 0 && !outcome.errors.isEmpty()) {
        out.error = outcome.errors.join(QLatin1Char(' '));
        return out;
    }
    QJsonObject ocr = outcome.ocr;

    // Where the corrected exports go: over the stage's own .txt / hOCR, or beside its files.
    const QJsonObject files = ocr.value(QStringLiteral("files")).toObject();
    QString dir = QFileInfo(out.resultFile).absolutePath();
    for (auto it = files.begin(); it != files.end(); ++it)
        if (!it.value().toString().isEmpty()) {
            dir = QFileInfo(it.value().toString()).absolutePath();
            break;
        }
    const QString stem =
        QDir(dir).filePath(QFileInfo(source.isEmpty() ? sourcePathOf(document) : source).fileName() +
                           QStringLiteral(".ocr.corrected"));
    out.txtPath = files.value(QStringLiteral("txt")).toString();
    if (out.txtPath.isEmpty())
        out.txtPath = stem + QStringLiteral(".txt");
    out.hocrPath = files.value(QStringLiteral("hocr")).toString();
    if (out.hocrPath.isEmpty())
        out.hocrPath = stem + QStringLiteral(".hocr");
    // TSV and ALTO are rewritten only when the stage exported them.
    out.tsvPath = files.value(QStringLiteral("tsv")).toString();
    out.altoPath = files.value(QStringLiteral("alto")).toString();
    QJsonObject corrected{{QStringLiteral("txt"), out.txtPath}, {QStringLiteral("hocr"), out.hocrPath}};
    if (!out.tsvPath.isEmpty())
        corrected.insert(QStringLiteral("tsv"), out.tsvPath);
    if (!out.altoPath.isEmpty())
        corrected.insert(QStringLiteral("alto"), out.altoPath);
    ocr.insert(QStringLiteral("corrected_files"), corrected);

    const QString title = QFileInfo(source.isEmpty() ? sourcePathOf(document) : source).fileName();
    // The stage's exports are Tesseract's: their word elements get the result's (corrected) words in
    // order, everything else stays. Without a stage hOCR, one is made from the result (ocrToHocr()).
    const QList<QStringList> words = ocrWordTexts(ocr);
    auto patched = [&](const QString& path, auto setWords, QByteArray* data) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            out.error = tr("cannot read '%1': %2").arg(path, file.errorString());
            return false;
        }
        *data = setWords(file.readAll(), words, &out.error);
        if (data->isEmpty()) {
            out.error = tr("'%1' was not corrected: %2").arg(path, out.error);
            return false;
        }
        return true;
    };
    QByteArray txt, hocr, tsv, alto;
    if (files.value(QStringLiteral("txt")).toString().isEmpty()) {
        txt = ocr.value(QStringLiteral("text")).toString().toUtf8();
    } else {
        // As Tesseract's text renderer writes it: the pages' texts with a form feed between them.
        QStringList texts;
        for (const QJsonValue& page : ocr.value(QStringLiteral("pages")).toArray())
            texts << page.toObject().value(QStringLiteral("text")).toString();
        txt = texts.join(QLatin1Char('\f')).toUtf8();
    }
    if (files.value(QStringLiteral("hocr")).toString().isEmpty())
        hocr = ocrToHocr(ocr, title);
    else if (!patched(out.hocrPath, setHocrWordTexts, &hocr))
        return out;
    if ((!out.tsvPath.isEmpty() && !patched(out.tsvPath, setTsvWordTexts, &tsv)) ||
        (!out.altoPath.isEmpty() && !patched(out.altoPath, setAltoWordTexts, &alto)))
        return out;
    if (!writeAtomically(out.txtPath, txt, &out.error) || !writeAtomically(out.hocrPath, hocr, &out.error) ||
        (!out.tsvPath.isEmpty() && !writeAtomically(out.tsvPath, tsv, &out.error)) ||
        (!out.altoPath.isEmpty() && !writeAtomically(out.altoPath, alto, &out.error)))
        return out;
    stages.insert(node, ocr);
    document.insert(QStringLiteral("stages"), stages);
    if (!writeAtomically(out.resultFile, QJsonDocument(document).toJson(QJsonDocument::Indented), &out.error))
        return out;
    out.ok = true;
    out.ocr = ocr;
    out.result = document;
    return out;
}

QFuture<OcrSaveResult> saveOcrCorrectionsAsync(const OcrSaveRequest& request) {
    return QtConcurrent::run([request] { return saveOcrCorrections(request); });
}

} // namespace sluice
