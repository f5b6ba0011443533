#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

class QFile;

namespace sluice {

/// A summary of an image's EXIF block (CIPA DC-008 / JEITA CP-3451, TIFF 6.0 structure).
struct ExifSummary {
    bool present = false; ///< an EXIF block was found and its header was valid
    int orientation = 0;  ///< tag 0x0112, 1–8; 0 when absent or out of range
    QString make;         ///< tag 0x010F, camera maker
    QString model;        ///< tag 0x0110, camera model
    QString dateTaken;    ///< DateTimeOriginal (0x9003) or else DateTime (0x0132), "YYYY:MM:DD HH:MM:SS"
    bool gps = false;     ///< a GPS IFD pointer (0x8825) is present
    double xDpi = 0;      ///< XResolution (0x011A) in dots per inch; 0 when absent or a zero denominator
    double yDpi = 0;      ///< YResolution (0x011B) in dots per inch; 0 when absent or a zero denominator

    /// {orientation, camera ("make model"), date_taken, gps}; keys without a value are omitted.
    QJsonObject toJson() const;
};

/// Parses a TIFF-structured EXIF block (starting with "II*\0" or "MM\0*"). Every offset is bounds-checked:
/// a damaged block yields what could be read, never a crash; a rational with a zero denominator counts as
/// absent (the 0/0 resolution of exif-dpi-zerodivision.jpg).
ExifSummary parseExif(const QByteArray& tiff);

/// The EXIF block of an image file as TIFF-structured bytes, or empty: a JPEG's APP1 "Exif" segment, a
/// PNG's eXIf chunk or ImageMagick's hex "Raw profile type exif" text chunk, a WebP's EXIF chunk, or for a
/// TIFF file its first IFD's tags (up to the first 16 MiB). `file` must be open; its position changes.
QByteArray readExifBlock(QFile& file);

/// `tiff` with its Orientation tag (0x0112) set to 1 (upright), for writing pixels that were already
/// rotated upright; unchanged when the tag is absent.
QByteArray exifWithOrientationReset(const QByteArray& tiff);

} // namespace sluice
