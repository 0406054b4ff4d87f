#include "surprise.hpp"

#include <cfloat>
#include <cmath>

#include "validate.hpp"

namespace infotheory {

double surpriseNats(double p) {
  // 0.0 - log p, not -log p: gives +0 rather than -0 at p = 1.
  return 0.0 - std::log(p);
}

Result<double> surprise(double p, Units units) {
  if (auto problem = checkProbability(p, "p")) return *problem;
  return inUnits(surpriseNats(p), units);
}

Result<JointSurprise> jointSurprise(double p1, double p2, Units units) {
  if (auto problem = checkProbability(p1, "p1")) return *problem;
  if (auto problem = checkProbability(p2, "p2")) return *problem;
  const double both = p1 * p2;
  // A product of two positive probabilities that underflows (to 0, or to a
  // subnormal with few digits left) has no accurate log; there -log(p1 p2)
  // is -log p1 - log p2, which it equals exactly.
  const bool resolved = both >= DBL_MIN || p1 == 0.0 || p2 == 0.0;
  const double sum = surpriseNats(p1) + surpriseNats(p2);
  return JointSurprise{both,
                       inUnits(resolved ? surpriseNats(both) : sum, units),
                       inUnits(sum, units)};
}

}  // namespace infotheory
