#include "image_encoder.h"

#include "images/cv_codecs.h"
#include "images/jpeg_codec.h"

#include <QtEndian>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <vector>

namespace sluice::imageenc {

namespace {

QByteArray be32(quint32 v) {
    QByteArray b(4, '\0');
    qToBigEndian<quint32>(v, reinterpret_cast<uchar*>(b.data()));
    return b;
}

/// CRC-32 as PNG defines it (ISO 3309 polynomial, PNG spec annex D).
quint32 crc32Of(const QByteArray& data) {
    static const auto table = [] {
        std::vector<quint32> t(256);
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    quint32 c = 0xFFFFFFFFu;
    for (const char ch : data)
        c = table[(c ^ quint8(ch)) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

QByteArray pngChunk(const QByteArray& type, const QByteArray& data) {
    QByteArray body = type + data;
    return be32(quint32(data.size())) + body + be32(crc32Of(body));
}

QByteArray jpegSegment(quint8 marker, const QByteArray& payload) {
    QByteArray s;
    s.append(char(0xFF));
    s.append(char(marker));
    const int len = int(payload.size()) + 2;
    s.append(char((len >> 8) & 0xFF));
    s.append(char(len & 0xFF));
    return s + payload;
}

QByteArray withJpegMetadata(const QByteArray& jpeg, const EncodeOptions& o) {
    QByteArray segments;
    if (!o.exif.isEmpty() && o.exif.size() + 8 <= 65535)
        segments += jpegSegment(0xE1, QByteArray("Exif\0\0", 6) + o.exif);
    if (!o.icc.isEmpty()) {
        const int chunk = 65519; // 65535 − 2 (length) − 12 ("ICC_PROFILE\0") − 2 (sequence, count)
        const int count = int((o.icc.size() + chunk - 1) / chunk);
        if (count <= 255) {
            for (int i = 0; i < count; ++i) {
                QByteArray p("ICC_PROFILE\0", 12);
                p.append(char(i + 1));
                p.append(char(count));
                p += o.icc.mid(qsizetype(i) * chunk, chunk);
                segments += jpegSegment(0xE2, p);
            }
        }
    }
    if (segments.isEmpty())
        return jpeg;
    // After SOI and the JFIF APP0 segment when there is one.
    qsizetype at = 2;
    if (jpeg.size() > 6 && uchar(jpeg[2]) == 0xFF && uchar(jpeg[3]) == 0xE0)
        at = 4 + ((uchar(jpeg[4]) << 8) | uchar(jpeg[5]));
    QByteArray out = jpeg;
    out.insert(at, segments);
    return out;
}

QByteArray withPngMetadata(const QByteArray& png, const EncodeOptions& o) {
    QByteArray chunks;
    if (!o.icc.isEmpty()) {
        QByteArray z = qCompress(o.icc, 9).mid(4); // drop Qt's 4-byte length: a plain zlib stream remains
        chunks += pngChunk("iCCP", QByteArray("ICC profile\0\0", 13) + z);
    }
    if (!o.exif.isEmpty())
        chunks += pngChunk("eXIf", o.exif);
    if (chunks.isEmpty() || png.size() < 33)
        return png;
    QByteArray out = png;
    out.insert(33, chunks); // signature (8) + IHDR (25): iCCP and eXIf must come before IDAT
    return out;
}

} // namespace

QString extensionFor(const QString& format) {
    if (format == QLatin1String("jpeg"))
        return QStringLiteral("jpg");
    if (format == QLatin1String("tiff"))
        return QStringLiteral("tif");
    return format;
}

QByteArray encode(const cv::Mat& mat, const EncodeOptions& o, QString* error) {
    cv::Mat m = mat;
    std::vector<int> params;
    std::string ext;
    if (o.format == QLatin1String("jpeg")) {
        ext = ".jpg";
        params = {cv::IMWRITE_JPEG_QUALITY, qBound(1, o.quality, 100)};
        if (m.channels() == 4)
            cv::cvtColor(mat, m, cv::COLOR_BGRA2BGR);
    } else if (o.format == QLatin1String("png")) {
        ext = ".png";
        params = {cv::IMWRITE_PNG_COMPRESSION, qBound(0, o.pngCompression, 9)};
    } else if (o.format == QLatin1String("webp")) {
        ext = ".webp";
        params = {cv::IMWRITE_WEBP_QUALITY, qBound(1, o.quality, 100)};
    } else if (o.format == QLatin1String("tiff")) {
        ext = ".tiff";
    } else {
        *error = QStringLiteral("unknown output format %1").arg(o.format);
        return {};
    }
    if (m.depth() == CV_16U && ext != ".png" && ext != ".tiff")
        m.convertTo(m, CV_8U, 1.0 / 257.0);
    if (ext == ".jpg" && m.depth() == CV_8U && (m.channels() == 1 || m.channels() == 3)) {
        // libjpeg-turbo straight: the same encoder and settings as OpenCV's, without loading its module.
        const QByteArray jpeg = jpegcodec::encode(m, o.quality, error);
        return jpeg.isEmpty() ? jpeg : withJpegMetadata(jpeg, o);
    }
    std::vector<uchar> buf;
    try {
        if (!cvcodecs::imencode(ext, m, buf, params)) {
            *error = QStringLiteral("the %1 encoder failed").arg(o.format);
            return {};
        }
    } catch (const cv::Exception& e) {
        *error = QString::fromStdString(e.what());
        return {};
    }
    const QByteArray bytes(reinterpret_cast<const char*>(buf.data()), qsizetype(buf.size()));
    if (ext == ".jpg")
        return withJpegMetadata(bytes, o);
    if (ext == ".png")
        return withPngMetadata(bytes, o);
    return bytes;
}

} // namespace sluice::imageenc
