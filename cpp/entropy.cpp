#include "entropy.hpp"

#include <cmath>

#include "summation.hpp"
#include "validate.hpp"

namespace infotheory {

double entropyNats(std::span<const double> p) {
  NeumaierSum sum;
  for (const double pi : p) {
    if (pi > 0.0) sum.add(-pi * std::log(pi));
  }
  return sum.value();
}

Result<double> entropy(std::span<const double> p, Units units) {
  if (auto problem = checkDistribution(p, "P")) return *problem;
  return inUnits(entropyNats(p), units);
}

}  // namespace infotheory
