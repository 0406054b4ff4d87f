#include "kl_divergence.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "summation.hpp"
#include "validate.hpp"

namespace infotheory {

double klTerm(double p, double q) {
  // Near p = q: p - q is exact when q/2 <= p <= 2q (Sterbenz's lemma), so
  // log1p((p - q) / q) keeps full relative accuracy as the term goes to 0.
  if (p >= 0.5 * q && p <= 2.0 * q) return p * std::log1p((p - q) / q);
  // Otherwise |log(p / q)| > log 2, so one rounding of the ratio costs at
  // most ~1.6 ulp of the logarithm.
  const double ratio = p / q;
  if (std::isnormal(ratio) && std::isfinite(ratio)) {
    return p * std::log(ratio);
  }
  // The ratio over- or underflowed: the logs are then hundreds apart and
  // their difference does not cancel.
  return p * (std::log(p) - std::log(q));
}

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
