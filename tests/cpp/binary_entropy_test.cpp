#include "binary_entropy.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "entropy.hpp"

namespace infotheory {
namespace {

TEST(BinaryEntropy, FairCoinIsLog2NatsAndOneBit) {
  EXPECT_DOUBLE_EQ(binaryEntropy(0.5).value(), std::log(2.0));
  EXPECT_DOUBLE_EQ(binaryEntropy(0.5, Units::kBits).value(), 1.0);
}

TEST(BinaryEntropy, SeedValueForP09Is0325Nats) {
  EXPECT_NEAR(binaryEntropy(0.9).value(), 0.325, 5e-4);
}

TEST(BinaryEntropy, EndsAreExactlyZero) {
  EXPECT_EQ(binaryEntropy(0.0).value(), 0.0);
  EXPECT_EQ(binaryEntropy(1.0).value(), 0.0);
}

TEST(BinaryEntropy, ExactlySymmetricWhereOneMinusPIsExact) {
  for (int i = 0; i <= 1000; ++i) {
    const double p = 0.5 + 0.5 * i / 1000.0;  // 1 - p is exact for p >= 1/2
    EXPECT_EQ(binaryEntropyNats(p), binaryEntropyNats(1.0 - p)) << p;
  }
}

TEST(BinaryEntropy, PeaksAtOneHalf) {
  const double peak = binaryEntropyNats(0.5);
  for (int i = 0; i <= 1000; ++i) {
    EXPECT_LE(binaryEntropyNats(i / 1000.0), peak);
  }
}

TEST(BinaryEntropy, AgreesWithTheGeneralEntropy) {
  for (double p : {0.01, 0.2, 0.5, 0.75, 0.999}) {
    const std::vector<double> coin = {p, 1.0 - p};
    EXPECT_NEAR(binaryEntropy(p).value(), entropy(coin).value(), 2e-16);
  }
}

TEST(BinaryEntropy, AccurateForTinyP) {
  // H(p) ~ p (1 - log p) for small p; log1p keeps the (1 - p) term exact.
  const double p = 1e-12;
  const double want = p * (1.0 - std::log(p)) - p * p / 2;
  EXPECT_NEAR(binaryEntropy(p).value(), want, 1e-15 * want);
}

TEST(BinaryEntropy, RefusesPOutsideTheUnitInterval) {
  EXPECT_EQ(binaryEntropy(1.5).error(),
            "p = 1.5 is greater than 1; a probability must be in [0, 1]");
  EXPECT_FALSE(binaryEntropy(-1e-300).ok());
  EXPECT_FALSE(binaryEntropy(std::nan("")).ok());
}

}  // namespace
}  // namespace infotheory
