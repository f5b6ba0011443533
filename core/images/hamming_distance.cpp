#include "hamming_distance.h"

#include <QtAlgorithms>

namespace sluice {

int hammingDistance(quint64 a, quint64 b) {
    return qPopulationCount(a ^ b);
}

} // namespace sluice
