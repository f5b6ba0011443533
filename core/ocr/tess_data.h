#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace sluice::ocr {

/// The folder holding Tesseract's `*.traineddata`: $TESSDATA_PREFIX when it names an existing folder
/// (Tesseract 4+ reads the files directly from it), else the first existing of Debian's
/// /usr/share/tesseract-ocr/5/tessdata, /usr/share/tesseract-ocr/4.00/tessdata, /usr/share/tessdata and
/// /usr/local/share/tessdata. Empty when none exists.
QString tessdataDir();

/// The recognition languages installed in `dir` (default: tessdataDir()), i.e. the base names of its
/// `*.traineddata` files, sorted, without "osd" (orientation and script detection data, not a language)
/// and "equ" (Tesseract's legacy equation model). Empty when the folder has none.
QStringList installedLanguages(const QString& dir = {});

/// True when `dir` (default: tessdataDir()) holds osd.traineddata, needed for orientation detection.
bool hasOrientationData(const QString& dir = {});

/// Checks a Tesseract language specification such as "eng" or "eng+deu" against `installed`.
/// Returns an empty string when every part is installed, otherwise a translated sentence naming the
/// missing part(s) and the installed languages, e.g. "language 'fra' is not installed (installed: eng)".
QString checkLanguageSpec(const QString& spec, const QStringList& installed);

} // namespace sluice::ocr
