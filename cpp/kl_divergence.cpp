#include "kl_divergence.hpp"

#include <algorithm>
#include <limits>

#include "stable_log.hpp"
#include "validate.hpp"
#include "vector_log.hpp"

namespace infotheory {

double klTerm(double p, double q) { return p * logRatio(p, q); }

double klDivergenceNats(std::span<const double> p, std::span<const double> q) {
  // Terms p log(p / q) by simd::logRatioProbabilities: as accurate as klTerm
  // as q -> p (log1p of the once-rounded (p - q) / q), and the ratio is never
  // formed, so it cannot over- or underflow. A zero p or q gives a finite log,
  // so p = 0 counts 0 * finite = 0.
  const auto [sum, q_misses_p] =
      simd::sumOverPairs(p, q, [](simd::D4 x, simd::D4 y) {
        return x * simd::logRatioProbabilities(x, y);
      });
  if (q_misses_p) return std::numeric_limits<double>::infinity();
  // Gibbs' inequality says D >= 0; rounding of a sum of mixed-sign terms near
  // 0 must not show a learner a negative divergence.
  return std::max(0.0, sum);
}

Result<double> klDivergence(std::span<const double> p,
                            std::span<const double> q, Units units) {
  if (auto problem = checkPair(p, "P", q, "Q")) return *problem;
  return inUnits(klDivergenceNats(p, q), units);
}

}  // namespace infotheory
