#include "cv_codecs.h"

#include "cv_codecs_api.h"
#include "platform/plugin_paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#include <QStringList>
#include <mutex>
#if defined(__GLIBC__)
#include <dlfcn.h>
#endif

namespace sluice::cvcodecs {

namespace {

struct Module {
    const CvCodecsApi* api = nullptr;
    QString error;
};

/// True when the program's malloc is the C library's own, not one it links or preloads in its place
/// (tcmalloc, which sluice-cli and sluice link when found; jemalloc; a sanitizer). A library loaded with
/// RTLD_DEEPBIND binds to its own dependencies first — to glibc's free — and would then free with glibc
/// what the program allocated with its allocator ("free(): invalid pointer").
bool mallocIsTheCLibrarys() {
#if defined(__GLIBC__)
    void* libc = dlopen("libc.so.6", RTLD_LAZY | RTLD_NOLOAD);
    const bool same = libc && dlsym(libc, "malloc") == dlsym(RTLD_DEFAULT, "malloc");
    if (libc)
        dlclose(libc);
    return same;
#else
    return false; // RTLD_DEEPBIND is glibc's
#endif
}

const Module& module() {
    static Module m;
    static std::once_flag once;
    std::call_once(once, [] {
        const QStringList paths =
            pluginCandidates(QStringLiteral(SLUICE_CVCODECS_FILE), PluginDirOverride::First);
        QStringList problems;
        for (const QString& path : paths) {
            if (!QFileInfo::exists(path))
                continue;
            // Deliberately never unloaded: OpenCV keeps thread-local state that outlives any one call.
            auto* library = new QLibrary(path);
            // The module's libraries look up their symbols in their own dependencies first: half the
            // relocation work of a plain dlopen (257 M instead of 477 M instructions), which would search
            // the whole program's libraries first. Only with the C library's malloc (see above; this also
            // leaves out AddressSanitizer, which refuses RTLD_DEEPBIND).
            if (mallocIsTheCLibrarys())
                library->setLoadHints(QLibrary::DeepBindHint);
            using Entry = const CvCodecsApi* (*)();
            const auto entry = reinterpret_cast<Entry>(library->resolve("sluice_cv_codecs_api"));
            const CvCodecsApi* api = entry ? entry() : nullptr;
            if (api && api->version == kCvCodecsApiVersion) {
                m.api = api;
                return;
            }
            problems << (entry ? QStringLiteral("%1: version %2, expected %3")
                                     .arg(path)
                                     .arg(api ? api->version : -1)
                                     .arg(kCvCodecsApiVersion)
                               : QStringLiteral("%1: %2").arg(path, library->errorString()));
        }
        m.error = problems.isEmpty()
                      ? QStringLiteral("the image codecs module %1 is missing (looked in %2)")
                            .arg(QStringLiteral(SLUICE_CVCODECS_FILE), paths.join(QStringLiteral(", ")))
                      : QStringLiteral("the image codecs module cannot be loaded: %1")
                            .arg(problems.join(QStringLiteral("; ")));
    });
    return m;
}

/// Hands a failure on: into `error` when the caller gave one, else as the cv::Exception that the OpenCV
/// function itself would have thrown (callers written against OpenCV catch that). A failure without a
/// message (an unreadable file) is no exception, as with OpenCV.
void setError(QString* error, const std::string& message, const char* function) {
    if (message.empty())
        return;
    if (error)
        *error = QString::fromStdString(message);
    else
        throw cv::Exception(cv::Error::StsError, message, function, __FILE__, __LINE__);
}

bool loadOrThrow(QString* error, const char* function) {
    QString why;
    if (load(&why))
        return true;
    setError(error, why.toStdString(), function);
    return false;
}

} // namespace

bool load(QString* error) {
    const Module& m = module();
    if (!m.api && error)
        *error = m.error;
    return m.api != nullptr;
}

cv::Mat imread(const std::string& path, int flags, QString* error) {
    cv::Mat image;
    if (!loadOrThrow(error, "imread"))
        return image;
    std::string message;
    if (!module().api->imread(path, flags, &image, &message))
        setError(error, message, "imread");
    return image;
}

bool imreadmulti(const std::string& path, std::vector<cv::Mat>& pages, int flags, QString* error) {
    if (!loadOrThrow(error, "imreadmulti"))
        return false;
    std::string message;
    const bool ok = module().api->imreadmulti(path, flags, &pages, &message);
    if (!ok)
        setError(error, message, "imreadmulti");
    return ok;
}

bool imencode(const std::string& ext, const cv::Mat& image, std::vector<uchar>& bytes,
              const std::vector<int>& params, QString* error) {
    if (!loadOrThrow(error, "imencode"))
        return false;
    std::string message;
    const bool ok = module().api->imencode(ext, image, params, &bytes, &message);
    if (!ok)
        setError(error, message, "imencode");
    return ok;
}

bool haveImageReader(const std::string& path) {
    return load() && module().api->haveImageReader(path);
}

bool detectMultiScale(const std::string& cascadeFile, const cv::Mat& gray, std::vector<cv::Rect>& found,
                      double scaleFactor, int minNeighbors, cv::Size minSize, QString* error) {
    if (!loadOrThrow(error, "detectMultiScale"))
        return false;
    std::string message;
    const bool ok = module().api->detectMultiScale(cascadeFile, gray, scaleFactor, minNeighbors, minSize,
                                                   &found, &message);
    if (!ok)
        setError(error, message, "detectMultiScale");
    return ok;
}

} // namespace sluice::cvcodecs
