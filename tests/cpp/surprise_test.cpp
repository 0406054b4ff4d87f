#include "surprise.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace infotheory {
namespace {

TEST(Surprise, CertainEventIsPositiveZero) {
  const double i = surprise(1.0).value();
  EXPECT_EQ(i, 0.0);
  EXPECT_FALSE(std::signbit(i));  // a learner must never see "-0"
}

TEST(Surprise, ImpossibleEventIsInfinite) {
  EXPECT_EQ(surprise(0.0).value(), std::numeric_limits<double>::infinity());
}

TEST(Surprise, NonNegativeAndDecreasingInP) {
  double previous = std::numeric_limits<double>::infinity();
  for (int i = 1; i <= 1000; ++i) {
    const double s = surprise(i / 1000.0).value();
    EXPECT_GE(s, 0.0);
    EXPECT_LT(s, previous);
    previous = s;
  }
}

TEST(Surprise, AddsForIndependentEvents) {
  for (double p1 : {0.5, 0.3, 1e-5}) {
    for (double p2 : {0.9, 0.01}) {
      const auto j = jointSurprise(p1, p2).value();
      EXPECT_EQ(j.probability, p1 * p2);
      EXPECT_NEAR(j.joint, j.sum, 1e-14 * j.sum);
      EXPECT_NEAR(j.sum, surprise(p1).value() + surprise(p2).value(), 1e-15);
    }
  }
}

TEST(Surprise, HalfIsOneBit) {
  // Bits are nats times log2(e): one more rounding, so within a few ulps.
  EXPECT_DOUBLE_EQ(surprise(0.5, Units::kBits).value(), 1.0);
  EXPECT_DOUBLE_EQ(surprise(0.125, Units::kBits).value(), 3.0);
}

TEST(Surprise, RefusesNonProbabilitiesNamingTheArgument) {
  EXPECT_EQ(jointSurprise(0.5, 2.0).error(),
            "p2 = 2 is greater than 1; a probability must be in [0, 1]");
  EXPECT_EQ(surprise(-0.25).error(),
            "p = -0.25 is negative; a probability must be in [0, 1]");
}

}  // namespace
}  // namespace infotheory
