#include "binary_entropy.hpp"

#include <cmath>

#include "validate.hpp"

namespace infotheory {

double binaryEntropyNats(double p) {
  // Work on the smaller side: for p > 1/2, 1 - p is exact (Sterbenz), so both
  // halves of the curve come from the same arithmetic. log1p(-p) keeps the
  // accuracy of log(1 - p) for tiny p.
  if (p > 0.5) p = 1.0 - p;
  if (p <= 0.0) return 0.0;
  return -p * std::log(p) - (1.0 - p) * std::log1p(-p);
}

Result<double> binaryEntropy(double p, Units units) {
  if (auto problem = checkProbability(p, "p")) return *problem;
  return inUnits(binaryEntropyNats(p), units);
}

}  // namespace infotheory
