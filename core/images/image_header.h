#pragma once

// Header-only readers of image files: enough of GIF, TIFF, WebP and JPEG structure to learn an image's
// size before any pixel is decoded (decompression-bomb checks) and to notice a JPEG cut short. Shared by
// the image_info stage and the image loader (core/images/image_loader.h).

#include <QByteArray>
#include <QFile>
#include <QImageIOHandler>
#include <QString>
#include <QtGlobal>
#include <cstring>
#include <optional>

namespace sluice {
namespace imageheader {

/// Random access to a file's bytes through a 64 KiB window; reads past the end fail instead of crashing
/// (no memory mapping, so a file truncated meanwhile cannot raise SIGBUS).
class FileBytes {
public:
    explicit FileBytes(QFile& file) : m_file(file), m_size(file.size()) {}
    qint64 size() const { return m_size; }

    bool read(qint64 offset, void* dst, qint64 length) {
        if (offset < 0 || length < 0 || offset + length > m_size)
            return false;
        if (length > kWindow)
            return m_file.seek(offset) && m_file.read(static_cast<char*>(dst), length) == length;
        if (offset < m_start || offset + length > m_start + m_window.size()) {
            if (!m_file.seek(offset))
                return false;
            m_window = m_file.read(kWindow);
            m_start = offset;
            if (m_window.size() < length)
                return false;
        }
        std::memcpy(dst, m_window.constData() + (offset - m_start), static_cast<size_t>(length));
        return true;
    }
    std::optional<quint8> byte(qint64 offset) {
        quint8 b = 0;
        return read(offset, &b, 1) ? std::optional<quint8>(b) : std::nullopt;
    }

private:
    static constexpr qint64 kWindow = 64 * 1024;
    QFile& m_file;
    qint64 m_size;
    QByteArray m_window;
    qint64 m_start = 0;
};

/// What the stage's own header parsers learned.
struct HeaderInfo {
    QString format;
    qint64 width = 0;
    qint64 height = 0;
    int frames = 0;
    int channels = 0; ///< 0 when unknown
    int depth = 0;    ///< bits per channel, 0 when unknown
    std::optional<bool> alpha;
    std::optional<bool> grayscale;
    int exifOrientation = 0; ///< 1–8, 0 when absent
    /// TIFF: the page with the most pixels (every IFD's ImageWidth × ImageLength is read), for the
    /// decompression-bomb check of multi-page files; 0 × 0 for other formats.
    qint64 largestPageWidth = 0;
    qint64 largestPageHeight = 0;
    int photometric = -1; ///< TIFF PhotometricInterpretation of the first page (3 = palette), -1 unknown
};

/// GIF canvas and frame extents, per the GIF89a specification
/// (https://www.w3.org/Graphics/GIF/spec-gif89a.txt). `width`/`height` become the union of the logical screen
/// and every image descriptor rectangle; `frames` counts the image descriptors.
std::optional<HeaderInfo> scanGif(FileBytes& f);

/// First IFD of a TIFF or BigTIFF file, the number of IFDs (pages) and the largest page's size, per TIFF 6.0
/// (https://www.itu.int/itudoc/itu-t/com16/tiff-fx/docs/tiff6.pdf) and the BigTIFF extension.
std::optional<HeaderInfo> parseTiff(FileBytes& f);

/// WebP canvas size from the RIFF container: VP8X, VP8L or VP8 chunk
/// (https://developers.google.com/speed/webp/docs/riff_container).
std::optional<HeaderInfo> parseWebp(FileBytes& f);

/// True when a baseline or progressive JPEG has an EOI marker (FF D9) after its first SOS segment
/// (ITU-T T.81, B.1.1.2: inside entropy-coded data every FF is stuffed, so FF D9 there is the real end).
/// Returns true too when the marker structure cannot be followed: the decoder judges such files.
bool jpegHasEndMarker(FileBytes& f);

/// True when a PNG's chunk sequence (PNG specification, 5.3: length, type, data, CRC) reaches its IEND
/// chunk inside the file; false when a chunk runs past the end (cut short). Checked before decoding so that
/// a truncated file is reported without libpng's "Read Error" on stderr. True for files that are not PNG.
bool pngHasEndChunk(FileBytes& f);
/// EXIF Orientation (CIPA DC-008, tag 0x0112, 1–8) for a Qt transformation, as Qt's own mapping does.
int exifOrientationFor(QImageIOHandler::Transformations t);

/// The Qt transformation that displays an image stored with EXIF Orientation `orientation` (1–8) upright.
QImageIOHandler::Transformations transformForExif(int orientation);

/// Raises Qt's process-wide image allocation limit so that an image of `megapixels` at 8 bytes per pixel
/// (16-bit RGBA) fits. Never lowers it: other threads may be decoding under a larger limit; each caller's
/// own limit is enforced by its pixel check.
void ensureAllocationLimit(double megapixels);

} // namespace imageheader
} // namespace sluice
