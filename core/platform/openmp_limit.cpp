#include "openmp_limit.h"

#include <QByteArray>
#include <QtGlobal>

#ifdef __unix__
#include <dlfcn.h>
#endif

namespace sluice {

void limitOpenMpThreads() {
    // For programs started from here (the `tesseract` command in benchmarks, for one); a value the user
    // set is kept. It does not reach this process's libgomp, which read its environment when it loaded.
    if (!qEnvironmentVariableIsSet("OMP_THREAD_LIMIT"))
        qputenv("OMP_THREAD_LIMIT", QByteArrayLiteral("1"));
}

void limitOpenMpOnThisThread() {
    if (qEnvironmentVariableIntValue("SLUICE_OMP_NESTED_ALLOWED") == 1)
        return; // for measurements only: let Tesseract use its own threads
#ifdef __unix__
    // Looked up at run time so that core need not be built with -fopenmp: present only when libgomp
    // (pulled in by libtesseract) is loaded.
    using SetMaxActiveLevels = void (*)(int);
    static const auto setMaxActiveLevels =
        reinterpret_cast<SetMaxActiveLevels>(::dlsym(RTLD_DEFAULT, "omp_set_max_active_levels"));
    if (setMaxActiveLevels)
        setMaxActiveLevels(0);
#endif
}

} // namespace sluice
