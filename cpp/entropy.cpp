#include "entropy.hpp"

#include "validate.hpp"
#include "vector_log.hpp"

namespace infotheory {

double entropyNats(std::span<const double> p) {
  // Sums p log p <= 0, four at a time (four lanes of Neumaier sums), and
  // negates at the end. p = 0 gives 0 * finite = 0: 0 log 0 = 0.
  simd::Sum4 sum;
  const size_t n = p.size();
  size_t i = 0;
  for (; i + 4 <= n; i += 4) {
    const simd::D4 x = simd::load4(&p[i]);
    sum.add(x * simd::logProbability(x));
  }
  if (i < n) {  // the last one to three entries, padded with 1: 1 log 1 = 0
    const simd::D4 x = simd::tail4(&p[i], n - i, 1.0);
    sum.add(x * simd::logProbability(x));
  }
  // 0 - s, not -s: a point mass gives +0.
  return 0.0 - sum.value();
}

Result<double> entropy(std::span<const double> p, Units units) {
  if (auto problem = checkDistribution(p, "P")) return *problem;
  return inUnits(entropyNats(p), units);
}

}  // namespace infotheory
