#pragma once

#include "ocr_corrections.h"

#include <QFuture>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace sluice {

/// What saveOcrCorrections() saves: corrections made in the OCR review of one result.
struct OcrSaveRequest {
    /// The result document as the review showed it (its "source" says which file; its "stages" hold the
    /// `ocr` output used when the result file has none).
    QJsonObject result;
    /// The result JSON file to rewrite. Empty: found in `resultDir` by locateResultFile().
    QString resultFile;
    /// The folder the runner writes results into (ProcessingService::resultDir()).
    QString resultDir;
    /// The `ocr` node; empty: findOcrNode() of the result.
    QString nodeId;
    /// In the order they were made.
    QList<OcrCorrection> corrections;
};

/// The outcome of saveOcrCorrections().
struct OcrSaveResult {
    bool ok = false;
    QString error;        ///< why nothing was saved (translated), when !ok
    QStringList warnings; ///< corrections refused (see applyOcrCorrections()), the others were saved
    int applied = 0;      ///< corrections that changed a word now
    QString resultFile;   ///< the result JSON rewritten
    QString txtPath;      ///< the corrected plain text written
    QString hocrPath;     ///< the corrected hOCR written
    QString tsvPath;      ///< the stage's TSV export rewritten with the corrections; empty when it wrote none
    QString altoPath;   ///< the stage's ALTO export rewritten with the corrections; empty when it wrote none
    QJsonObject ocr;    ///< the `ocr` node output as saved
    QJsonObject result; ///< the whole result document as saved
};

/// The result file of `result` (a result document with "source": {"path", "parent"}) in `resultDir`:
/// Runner::resultPathFor(), or its "<name> (N).sluice.json" variant whose "source.path" is the same
/// file. Reads files: call off the GUI thread. Empty when there is none.
QString locateResultFile(const QString& resultDir, const QJsonObject& result);

/// Saves review corrections: reads the result file (the newest saved state, so corrections saved before
/// are not lost), applies `corrections` to its `ocr` output with applyOcrCorrections(), writes the
/// corrected plain text and hOCR, TSV and ALTO (see below), then rewrites the result file with the
/// corrected output. Every file is written through QSaveFile (complete or not at all), the result file last.
///
/// Where the corrected text goes: when the stage wrote a .txt (files.txt) it is replaced by the pages'
/// corrected texts joined by a form feed (as Tesseract's text renderer separates pages); its hOCR
/// (files.hocr), TSV (files.tsv) and ALTO (files.alto) — Tesseract's renderers' files — keep everything but
/// the text of their word elements, set in order to the result's words (setHocrWordTexts(),
/// setTsvWordTexts(), setAltoWordTexts()). Without a stage .txt or hOCR, `<source file
/// name>.ocr.corrected.txt` / `.hocr` (ocrToHocr()) are written beside the stage's other files (or the result
/// file when it wrote none). The paths are recorded in the output's "corrected_files"
/// {"txt","hocr"[,"tsv"][,"alto"]}. The searchable PDF keeps the words as recognised.
///
/// Errors (nothing written): no `ocr` output, no result file found, a result file of another source,
/// every correction refused, an export whose word count per page differs from the result's (not this
/// result's export), a file that cannot be read or written. Safe to call from any thread; saves run one
/// at a time (a process-wide mutex), so two saves of one result do not lose each other's corrections.
/// The runner rewriting the same result file meanwhile (the source processed again) is not excluded.
OcrSaveResult saveOcrCorrections(const OcrSaveRequest& request);

/// saveOcrCorrections() on a QtConcurrent worker (the global pool); the future has one result.
QFuture<OcrSaveResult> saveOcrCorrectionsAsync(const OcrSaveRequest& request);

/// The result document saved in `resultDir` for the source of `shown` (located as locateResultFile()
/// does); `shown` itself when there is no such file or it cannot be read. For a review that opens a
/// result the event log still holds from before corrections were saved. Reads files: call off the GUI
/// thread. `resultFile` (optional) receives the file's path, empty when none was found.
QJsonObject readSavedResult(const QString& resultDir, const QJsonObject& shown,
                            QString* resultFile = nullptr);

} // namespace sluice
