// Random test inputs: distributions with a mix of ordinary, tiny and zero
// entries, from a fixed seed so failures reproduce.
#pragma once

#include <cmath>
#include <random>
#include <vector>

namespace infotheory::testing {

// A distribution over k categories. With `sparse`, about a quarter of the
// entries are exactly 0 and some are as small as 1e-12 before normalising.
inline std::vector<double> randomDistribution(std::mt19937_64& rng, size_t k,
                                              bool sparse = false) {
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  std::vector<double> p(k);
  double total = 0.0;
  for (auto& x : p) {
    x = -std::log1p(-unit(rng));  // Exp(1)
    if (sparse) {
      const double u = unit(rng);
      if (u < 0.25)
        x = 0.0;
      else if (u < 0.35)
        x *= 1e-12;
    }
    total += x;
  }
  if (total == 0.0) {
    p[0] = total = 1.0;
  }
  for (auto& x : p) x /= total;
  return p;
}

}  // namespace infotheory::testing
