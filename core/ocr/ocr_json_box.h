#pragma once

#include <QJsonArray>
#include <QJsonValue>
#include <QRect>

namespace sluice {

/// The box of a word, line or block in an OCR result JSON: `bbox` is [x0, y0, x1, y1] in original-image
/// pixels with (x1, y1) just outside the box (hOCR's convention). Returns a null QRect when the value is
/// not an array of four numbers. Coordinates are rounded to whole pixels.
inline QRect ocrJsonBox(const QJsonValue& bbox) {
    const QJsonArray a = bbox.toArray();
    if (a.size() < 4)
        return {};
    return QRect(qRound(a.at(0).toDouble()), qRound(a.at(1).toDouble()), qRound(a.at(2).toDouble()),
                 qRound(a.at(3).toDouble()));
}

} // namespace sluice
