#include "cross_entropy.hpp"

#include <cmath>
#include <limits>

#include "summation.hpp"
#include "validate.hpp"

namespace infotheory {

double crossEntropyNats(std::span<const double> p, std::span<const double> q) {
  NeumaierSum sum;
  for (size_t i = 0; i < p.size(); ++i) {
    if (p[i] == 0.0) continue;
    if (q[i] == 0.0) return std::numeric_limits<double>::infinity();
    sum.add(-p[i] * std::log(q[i]));
  }
  return sum.value();
}

Result<double> crossEntropy(std::span<const double> p,
                            std::span<const double> q, Units units) {
  if (auto problem = checkPair(p, "P", q, "Q")) return *problem;
  return inUnits(crossEntropyNats(p, q), units);
}

}  // namespace infotheory
