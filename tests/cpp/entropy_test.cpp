#include "entropy.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

#include "random_distributions.hpp"

namespace infotheory {
namespace {

TEST(Entropy, UniformOverAMillionCategoriesIsLogNTo1e14) {
  const size_t n = 1000000;
  const std::vector<double> p(n, 1.0 / n);
  const double h = entropy(p).value();
  EXPECT_NEAR(h, std::log(static_cast<double>(n)), 1e-14 * std::log(1e6));
}

TEST(Entropy, UniformIsTheMaximumLogN) {
  std::mt19937_64 rng(1);
  for (size_t k : {2, 3, 10, 64, 1000}) {
    const std::vector<double> uniform(k, 1.0 / k);
    const double ceiling = entropy(uniform).value();
    EXPECT_NEAR(ceiling, std::log(static_cast<double>(k)), 1e-15 * ceiling);
    for (int trial = 0; trial < 50; ++trial) {
      const auto p = testing::randomDistribution(rng, k, trial % 2 == 0);
      EXPECT_LE(entropy(p).value(), ceiling * (1 + 1e-15)) << "k = " << k;
    }
  }
}

TEST(Entropy, PointMassIsExactlyZero) {
  for (size_t k : {1, 2, 7}) {
    for (size_t i = 0; i < k; ++i) {
      std::vector<double> p(k, 0.0);
      p[i] = 1.0;
      const double h = entropy(p).value();
      EXPECT_EQ(h, 0.0);
      EXPECT_FALSE(std::signbit(h));
    }
  }
}

TEST(Entropy, NeverNegativeAndIndependentOfOrder) {
  std::mt19937_64 rng(2);
  for (int trial = 0; trial < 200; ++trial) {
    auto p = testing::randomDistribution(rng, 1 + trial % 40, true);
    const double h = entropy(p).value();
    EXPECT_GE(h, 0.0);
    std::reverse(p.begin(), p.end());
    EXPECT_NEAR(entropy(p).value(), h, 1e-15 * std::max(h, 1.0));
  }
}

TEST(Entropy, BitsAreNatsOverLog2) {
  const std::vector<double> p = {0.25, 0.25, 0.5};
  EXPECT_DOUBLE_EQ(entropy(p, Units::kBits).value(), 1.5);
}

TEST(Entropy, RefusesWhatIsNotADistribution) {
  EXPECT_FALSE(entropy(std::vector<double>{}).ok());
  EXPECT_FALSE(entropy(std::vector<double>{0.3, 0.3}).ok());
  EXPECT_EQ(entropy(std::vector<double>{0.5, 0.7, -0.2}).error(),
            "P[2] = -0.2 is negative; a probability must be in [0, 1]");
}

}  // namespace
}  // namespace infotheory
