#pragma once

#include <QtGlobal>

namespace sluice {

/// Number of differing bits between two 64-bit hashes (Hamming distance, 0–64).
int hammingDistance(quint64 a, quint64 b);

} // namespace sluice
