#include "kl_divergence.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "stable_log.hpp"
#include "summation.hpp"
#include "validate.hpp"

namespace infotheory {

double klTerm(double p, double q) { return p * logRatio(p, q); }

double klDivergenceNats(std::span<const double> p, std::span<const double> q) {
  NeumaierSum sum;
  for (size_t i = 0; i < p.size(); ++i) {
    if (p[i] == 0.0) continue;
    if (q[i] == 0.0) return std::numeric_limits<double>::infinity();
    sum.add(klTerm(p[i], q[i]));
  }
  // Gibbs' inequality says D >= 0; rounding of a sum of mixed-sign terms near
  // 0 must not show a learner a negative divergence.
  return std::max(0.0, sum.value());
}

Result<double> klDivergence(std::span<const double> p,
                            std::span<const double> q, Units units) {
  if (auto problem = checkPair(p, "P", q, "Q")) return *problem;
  return inUnits(klDivergenceNats(p, q), units);
}

}  // namespace infotheory
