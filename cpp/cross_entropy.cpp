#include "cross_entropy.hpp"

#include <limits>

#include "validate.hpp"
#include "vector_log.hpp"

namespace infotheory {

double crossEntropyNats(std::span<const double> p, std::span<const double> q) {
  // Sums p log q <= 0 and negates at the end. q = 0 gives a finite log, so a
  // term with p = 0 is 0 * finite = 0.
  const auto [sum, q_misses_p] = simd::sumOverPairs(
      p, q, [](simd::D4 x, simd::D4 y) { return x * simd::logProbability(y); });
  if (q_misses_p) return std::numeric_limits<double>::infinity();
  // 0 - s, not -s: never -0.
  return 0.0 - sum;
}

Result<double> crossEntropy(std::span<const double> p,
                            std::span<const double> q, Units units) {
  if (auto problem = checkPair(p, "P", q, "Q")) return *problem;
  return inUnits(crossEntropyNats(p, q), units);
}

}  // namespace infotheory
