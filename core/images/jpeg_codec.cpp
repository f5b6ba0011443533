#include "jpeg_codec.h"

#include <QCoreApplication>
#include <csetjmp>
#include <cstdio> // jpeglib.h needs FILE and size_t declared first
#include <cstdlib>
#include <jerror.h>
#include <jpeglib.h>
#include <vector>

namespace sluice::jpegcodec {

namespace {

/// libjpeg's error handler, jumping back to the call that started the failing libjpeg call instead of
/// exit()ing (libjpeg's example.txt, "error handling"). A "premature end of JPEG file" warning counts as an
/// error: libjpeg would otherwise fill the missing rows with gray.
struct ErrorManager {
    jpeg_error_mgr pub;
    std::jmp_buf jump;
    char message[JMSG_LENGTH_MAX] = {};
};

[[noreturn]] void errorExit(j_common_ptr c) {
    auto* e = reinterpret_cast<ErrorManager*>(c->err);
    (*c->err->format_message)(c, e->message);
    std::longjmp(e->jump, 1);
}

void emitMessage(j_common_ptr c, int level) {
    if (level < 0 && c->err->msg_code == JWRN_JPEG_EOF)
        errorExit(c);
    // other warnings (extraneous bytes, …) and trace messages: decoding goes on, as with Qt and OpenCV
}

void installErrorManager(ErrorManager& e) {
    jpeg_std_error(&e.pub);
    e.pub.error_exit = errorExit;
    e.pub.emit_message = emitMessage;
}

} // namespace

int scaleFor(int longest, int minLongestSide) {
    if (minLongestSide <= 0 || longest <= 0)
        return 8;
    for (int n : {1, 2, 4}) {
        if ((qint64(longest) * n + 7) / 8 >= minLongestSide)
            return n;
    }
    return 8;
}

struct JpegReader::State {
    const QByteArray& data;
    jpeg_decompress_struct info{};
    ErrorManager err;
    bool created = false;
    bool headerRead = false;
    bool wasCanceled = false;
    QByteArray icc;
    QString error;
    explicit State(const QByteArray& d) : data(d) {}
};

JpegReader::JpegReader(const QByteArray& data) : m_state(std::make_unique<State>(data)) {
    State& s = *m_state;
    installErrorManager(s.err);
    s.info.err = &s.err.pub;
    if (setjmp(s.err.jump)) { // out of memory for libjpeg's own structures
        s.error = QString::fromLocal8Bit(s.err.message);
        return;
    }
    jpeg_create_decompress(&s.info);
    s.created = true;
}

JpegReader::~JpegReader() {
    if (m_state->created)
        jpeg_destroy_decompress(&m_state->info);
}

bool JpegReader::readHeader() {
    State& s = *m_state;
    if (!s.created)
        return false;
    if (setjmp(s.err.jump)) {
        s.error = QString::fromLocal8Bit(s.err.message);
        return false;
    }
    jpeg_mem_src(&s.info, reinterpret_cast<const unsigned char*>(s.data.constData()),
                 static_cast<unsigned long>(s.data.size()));
    jpeg_save_markers(&s.info, JPEG_APP0 + 2, 0xFFFF); // ICC profile chunks
    if (jpeg_read_header(&s.info, TRUE) != JPEG_HEADER_OK) {
        s.error = QCoreApplication::translate("sluice::jpegcodec", "no image in the JPEG data");
        return false;
    }
    s.headerRead = true;
    // Now: jpeg_finish_decompress() releases the saved markers with the rest of the image's memory.
    JOCTET* icc = nullptr;
    unsigned int length = 0;
    if (jpeg_read_icc_profile(&s.info, &icc, &length) && icc)
        s.icc = QByteArray(reinterpret_cast<const char*>(icc), qsizetype(length));
    std::free(icc); // allocated by libjpeg-turbo with malloc(); null when there is none
    return true;
}

int JpegReader::width() const {
    return m_state->headerRead ? int(m_state->info.image_width) : 0;
}

int JpegReader::height() const {
    return m_state->headerRead ? int(m_state->info.image_height) : 0;
}

int JpegReader::components() const {
    return m_state->headerRead ? m_state->info.num_components : 0;
}

bool JpegReader::supported() const {
    const jpeg_decompress_struct& i = m_state->info;
    if (!m_state->headerRead || i.data_precision != 8)
        return false;
    return i.jpeg_color_space == JCS_GRAYSCALE || i.jpeg_color_space == JCS_YCbCr ||
           i.jpeg_color_space == JCS_RGB;
}

QByteArray JpegReader::iccProfile() const {
    return m_state->icc;
}

QImage JpegReader::decode(int scaleNum, const std::atomic<bool>* cancel) {
    State& s = *m_state;
    if (!s.headerRead || !supported()) {
        s.error = QCoreApplication::translate("sluice::jpegcodec", "unsupported JPEG layout");
        return {};
    }
    // Written between setjmp and a possible longjmp: kept in the reader's state (memory), never in a
    // register-held local, so its value after the jump is defined.
    auto* image = new QImage;
    const std::unique_ptr<QImage> owner(image);
    if (setjmp(s.err.jump)) {
        s.error = QString::fromLocal8Bit(s.err.message);
        jpeg_abort_decompress(&s.info);
        return {};
    }
    const bool gray = s.info.jpeg_color_space == JCS_GRAYSCALE;
    s.info.scale_num = static_cast<unsigned int>(qBound(1, scaleNum, 8));
    s.info.scale_denom = 8;
    s.info.out_color_space = gray ? JCS_GRAYSCALE : JCS_RGB;
    s.info.dct_method = JDCT_ISLOW;
    jpeg_start_decompress(&s.info);
    *image = QImage(int(s.info.output_width), int(s.info.output_height),
                    gray ? QImage::Format_Grayscale8 : QImage::Format_RGB888);
    if (image->isNull()) {
        s.error = QCoreApplication::translate("sluice::jpegcodec", "out of memory for %1×%2 pixels")
                      .arg(s.info.output_width)
                      .arg(s.info.output_height);
        jpeg_abort_decompress(&s.info);
        return {};
    }
    JSAMPROW rows[16];
    while (s.info.output_scanline < s.info.output_height) {
        if (cancel && cancel->load()) {
            s.wasCanceled = true;
            s.error = QCoreApplication::translate("sluice::jpegcodec", "canceled");
            jpeg_abort_decompress(&s.info);
            return {};
        }
        const JDIMENSION first = s.info.output_scanline;
        const JDIMENSION count = qMin<JDIMENSION>(16, s.info.output_height - first);
        for (JDIMENSION i = 0; i < count; ++i)
            rows[i] = image->scanLine(int(first + i));
        jpeg_read_scanlines(&s.info, rows, count);
    }
    jpeg_finish_decompress(&s.info);
    return std::move(*image);
}

bool JpegReader::canceled() const {
    return m_state->wasCanceled;
}

QString JpegReader::error() const {
    return m_state->error;
}

namespace {

/// The encoding itself, apart from encode() so that no object with a destructor lives between setjmp and
/// a longjmp. The output buffer is libjpeg's own (jpeg_mem_dest, malloc()ed) and freed by the caller.
bool compress(const cv::Mat& m, int quality, unsigned char** buffer, unsigned long* size, char* message) {
    jpeg_compress_struct info{};
    ErrorManager err;
    installErrorManager(err);
    info.err = &err.pub;
    if (setjmp(err.jump)) {
        std::snprintf(message, JMSG_LENGTH_MAX, "%s", err.message);
        jpeg_destroy_compress(&info);
        return false;
    }
    jpeg_create_compress(&info);
    jpeg_mem_dest(&info, buffer, size);
    info.image_width = JDIMENSION(m.cols);
    info.image_height = JDIMENSION(m.rows);
    info.input_components = m.channels();
    info.in_color_space = m.channels() == 1 ? JCS_GRAYSCALE : JCS_EXT_BGR;
    jpeg_set_defaults(&info);
    jpeg_set_quality(&info, quality, TRUE);
    info.dct_method = JDCT_ISLOW;
    jpeg_start_compress(&info, TRUE);
    while (info.next_scanline < info.image_height) {
        JSAMPROW row = const_cast<JSAMPROW>(m.ptr<uchar>(int(info.next_scanline)));
        jpeg_write_scanlines(&info, &row, 1);
    }
    jpeg_finish_compress(&info);
    jpeg_destroy_compress(&info);
    return true;
}

} // namespace

QByteArray encode(const cv::Mat& image, int quality, QString* error) {
    if (image.empty() || image.depth() != CV_8U || (image.channels() != 1 && image.channels() != 3)) {
        *error = QCoreApplication::translate("sluice::jpegcodec",
                                             "the JPEG encoder takes 8-bit gray or BGR pixels");
        return {};
    }
    unsigned char* buffer = nullptr;
    unsigned long size = 0;
    char message[JMSG_LENGTH_MAX] = {};
    const bool ok = compress(image, qBound(1, quality, 100), &buffer, &size, message);
    QByteArray out;
    if (ok)
        out = QByteArray(reinterpret_cast<const char*>(buffer), qsizetype(size));
    else
        *error = QString::fromLocal8Bit(message);
    std::free(buffer); // jpeg_mem_dest's buffer, malloc()ed by libjpeg-turbo (may be null)
    return out;
}

} // namespace sluice::jpegcodec
