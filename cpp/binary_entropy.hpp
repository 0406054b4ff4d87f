// Entropy of a coin that lands heads with probability p.
#pragma once

#include "result.hpp"
#include "units.hpp"

namespace infotheory {

// H(p) = -p log p - (1-p) log(1-p) in nats; 0 at p = 0 and p = 1, log 2 at
// p = 1/2. Exactly symmetric: H(p) == H(1 - p) whenever 1 - p is exact.
double binaryEntropyNats(double p);

Result<double> binaryEntropy(double p, Units units = Units::kNats);

}  // namespace infotheory
