#pragma once

namespace sluice {

/// Holds OpenMP (used by Tesseract and OpenCV) to one thread per worker: on two cores Tesseract's own
/// threading makes one page take 21.6 s instead of 3.7 s (shared/DEPENDENCIES.md). libgomp reads
/// OMP_THREAD_LIMIT only when it loads, so when the variable is unset this sets it and, if libgomp is
/// already loaded (linked in), starts the program again through /proc/self/exe with the same `argv`.
/// Call first thing in main(). Does nothing when OMP_THREAD_LIMIT is already set (a user's choice).
void limitOpenMpThreads(char** argv);

} // namespace sluice
