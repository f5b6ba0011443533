#include "openmp_limit.h"

#include <QtGlobal>
#include <cstdlib>

#ifdef __linux__
#include <dlfcn.h>
#include <unistd.h>
#endif

namespace sluice {

void limitOpenMpThreads(char** argv) {
    if (qEnvironmentVariableIsSet("OMP_THREAD_LIMIT"))
        return;
#ifdef __linux__
    ::setenv("OMP_THREAD_LIMIT", "1", 1);
    if (void* gomp = ::dlopen("libgomp.so.1", RTLD_LAZY | RTLD_NOLOAD)) {
        ::dlclose(gomp);
        ::execv("/proc/self/exe", argv); // returns only on failure: then go on with the limit unread
    }
#else
    qputenv("OMP_THREAD_LIMIT", "1");
    (void)argv;
#endif
}

} // namespace sluice
