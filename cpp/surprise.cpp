#include "surprise.hpp"

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
  return JointSurprise{both, inUnits(surpriseNats(both), units),
                       inUnits(surpriseNats(p1) + surpriseNats(p2), units)};
}

}  // namespace infotheory
