#include "bindings_support.hpp"

#include <gtest/gtest.h>

#include <cfloat>
#include <cmath>
#include <limits>
#include <vector>

namespace infotheory::bindings {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

TEST(BindingsSupport, CountsAreWholeNumbersInTheirRange) {
  size_t n = 0;
  EXPECT_FALSE(checkCountIn("k", 7.0, 1, 10, n));
  EXPECT_EQ(n, 7u);
  EXPECT_FALSE(checkCountIn("k", 1.0, 1, 10, n));
  EXPECT_FALSE(checkCountIn("k", 10.0, 1, 10, n));
  EXPECT_EQ(n, 10u);
  for (double bad : {0.0, 11.0, 2.5, -1.0, kNaN, kInf}) {
    EXPECT_TRUE(checkCountIn("k", bad, 1, 10, n)) << bad;
  }
  EXPECT_EQ(checkCountIn("k", 2.5, 1, 10, n)->message,
            "k = 2.5 is not a whole number in [1, 10]");
  EXPECT_EQ(checkCount("index", kNaN, 10, n)->message,
            "index = NaN is not a whole number in [0, 10]");
}

TEST(BindingsSupport, SeedsAreTheWholeNumbersADoubleHoldsExactly) {
  uint64_t seed = 0;
  EXPECT_FALSE(checkSeed(0x1p53 - 1, seed));
  EXPECT_EQ(seed, (uint64_t{1} << 53) - 1);
  EXPECT_EQ(checkSeed(0x1p53, seed)->message,
            "seed = 9007199254740992 is not a whole number in [0, "
            "9007199254740991]");
}

TEST(BindingsSupport, LandscapeSidesAreCheckedAgainstTheOneLimit) {
  size_t columns = 0, rows = 0;
  EXPECT_FALSE(
      checkLandscapeSides(kMinLandscapeSide, kMaxLandscapeSide, columns, rows));
  EXPECT_EQ(columns, kMinLandscapeSide);
  EXPECT_EQ(rows, kMaxLandscapeSide);
  EXPECT_EQ(checkLandscapeSides(401, 12, columns, rows)->message,
            "nMu = 401 is not a whole number in [2, 400]");
  EXPECT_EQ(checkLandscapeSides(12, 1, columns, rows)->message,
            "nLogSigma = 1 is not a whole number in [2, 400]");
}

TEST(BindingsSupport, LogSpacedCountsComeBackAsManyAsThereAre) {
  const auto counts = logSpacedCountsUpTo(3, 10).value();
  EXPECT_EQ(counts, (std::vector<double>{1, 2, 3}));
  EXPECT_EQ(logSpacedCountsUpTo(3, 0.5).error(),
            "count = 0.5 is not a whole number in [0, 100000]");
}

TEST(BindingsSupport, MixtureDensityAndKlAreTheKernelsChecked) {
  const Mixture p = mixtureOf(0.3, 0.7, -3, 2, 0.6, 1.2);
  EXPECT_EQ(mixtureDensityAt(p, 0.5).value(),
            std::exp(mixtureLogDensity(p, 0.5)));
  EXPECT_EQ(mixtureKlOf(p, 0, 1, Direction::kReverse, Units::kNats).value(),
            reverseKlNats(p, 0, 1));
  EXPECT_EQ(mixtureKlOf(p, 0, 1, Direction::kForward, Units::kBits).value(),
            inUnits(forwardKlNats(p, 0, 1), Units::kBits));
  EXPECT_EQ(mixtureDensityAt(p, kNaN).error(), "x is NaN, not a number");
  EXPECT_EQ(mixtureKlOf(p, 0, 0, Direction::kForward, Units::kNats).error(),
            "sigma = 0 must be positive");
  const Mixture bad = mixtureOf(0.5, 0.6, 0, 1, 1, 1);
  EXPECT_EQ(mixtureDensityAt(bad, 0).error(), checkMixture(bad)->message);
}

TEST(BindingsSupport, QuadratureCheckSetsTheClosedFormBeside) {
  const QuadratureCheck q = quadratureCheck(1, 0.5, 0, 1, Units::kNats).value();
  EXPECT_EQ(q.closedForm, gaussianKl(1, 0.5, 0, 1).value());
  EXPECT_EQ(q.difference, std::fabs(q.value - q.closedForm));
  EXPECT_GT(q.evaluations, 0);
  EXPECT_EQ(quadratureCheck(0, 1, 0, 0, Units::kNats).error(),
            "sigma2 = 0 must be positive");
}

// Both infinite (beyond the doubles): no difference, not inf - inf = NaN.
TEST(BindingsSupport, QuadratureCheckOfTwoInfinitiesHasNoDifference) {
  const QuadratureCheck q =
      quadratureCheck(0.0, 0x1.1418ebedf50ffp-10, 0x1.fffffffffffffp-1, DBL_MIN,
                      Units::kNats)
          .value();
  EXPECT_EQ(q.value, kInf);
  EXPECT_EQ(q.closedForm, kInf);
  EXPECT_EQ(q.difference, 0.0);
}

}  // namespace
}  // namespace infotheory::bindings
