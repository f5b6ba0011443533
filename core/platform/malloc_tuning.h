#pragma once

#if defined(__linux__) && __has_include(<malloc.h>)
#include <malloc.h> // defines __GLIBC__ (through features.h) on glibc
#endif

namespace sluice {

/// Keeps glibc's heaps from growing and shrinking in small steps while a batch runs. Call once, first
/// thing in main() of a short-lived batch process (sluice-cli), before any thread starts.
///
/// glibc gives each worker thread an arena whose heap it makes accessible page by page with mprotect as it
/// grows, and hands freed memory at its top back with madvise(MADV_DONTNEED) once more than the trim
/// threshold (128 KiB) is free — so the next page of a PDF touches it afresh. M_TOP_PAD (mallopt(3)) makes
/// a new heap accessible with that much room at once and keeps that much free at its top when it trims.
/// Measured on the 200-page bench PDF (bench/documents/run.sh): mprotect calls 879 → 120 with one worker
/// and 1,241 → 122 with two (each call takes the process's memory-map lock, stalling the other worker's
/// page faults), minor page faults 5,814 → 4,944. Untouched room costs no memory; what stays resident is at
/// most 16 MiB of freed memory per arena until the process exits. The same as
/// GLIBC_TUNABLES=glibc.malloc.top_pad=16777216 (which, like this call, also fixes the mmap threshold at
/// its 128 KiB default). Does nothing outside glibc, and nothing that matters when the executable is linked
/// with tcmalloc (sluice_use_fast_malloc in CMakeLists.txt), whose malloc then serves every allocation.
inline void tuneMallocForBatch() {
#if defined(__GLIBC__) && defined(M_TOP_PAD)
    mallopt(M_TOP_PAD, 16 * 1024 * 1024);
#endif
}

} // namespace sluice
