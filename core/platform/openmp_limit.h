#pragma once

namespace sluice {

/// Tesseract parallelises with OpenMP; on two cores its own threads make one page take 21.6 s instead of
/// 3.7 s (shared/DEPENDENCIES.md), and Sluice already runs one item per core. These hold OpenMP to the
/// calling thread without restarting the process (libgomp reads OMP_THREAD_LIMIT only when it loads).

/// Sets OMP_THREAD_LIMIT=1 for the programs this process starts, unless the user set a value. Call first
/// thing in main().
void limitOpenMpThreads();

/// Makes every OpenMP parallel region started on the calling thread inactive, i.e. run by that thread
/// alone: max-active-levels-var = 0 (OpenMP 5.0 §2.4, omp_set_max_active_levels; libgomp keeps it per
/// thread, so call it on each worker thread before its first Tesseract call). Cheap; safe to call again.
/// Does nothing when libgomp is not loaded or SLUICE_OMP_NESTED_ALLOWED=1 is set (for measurements).
void limitOpenMpOnThisThread();

} // namespace sluice
