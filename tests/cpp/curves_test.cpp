#include "curves.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "binary_entropy.hpp"
#include "surprise.hpp"

namespace infotheory {
namespace {

TEST(Curves, BinaryEntropyCurveHitsEndsAndPeakExactly) {
  const size_t n = 201;
  std::vector<double> x(n), y(n);
  ASSERT_FALSE(binaryEntropyCurve(Units::kBits, x, y));
  EXPECT_EQ(x.front(), 0.0);
  EXPECT_EQ(x.back(), 1.0);
  EXPECT_EQ(x[100], 0.5);
  EXPECT_EQ(y.front(), 0.0);
  EXPECT_EQ(y.back(), 0.0);
  EXPECT_DOUBLE_EQ(y[100], 1.0);
  for (size_t i = 0; i < n; ++i) {
    EXPECT_EQ(y[i], binaryEntropy(x[i], Units::kBits).value());
  }
}

TEST(Curves, SurpriseCurveRisesToTheTopOfTheChart) {
  const size_t n = 160;
  const double top = 7.0;
  std::vector<double> x(n), y(n);
  ASSERT_FALSE(surpriseCurve(top, Units::kNats, x, y));
  EXPECT_NEAR(y.front(), top, 1e-14);  // the curve leaves at the top edge
  EXPECT_EQ(x.back(), 1.0);
  EXPECT_EQ(y.back(), 0.0);
  for (size_t i = 1; i < n; ++i) {
    EXPECT_LT(x[i - 1], x[i]) << i;
    EXPECT_EQ(y[i], surprise(x[i]).value());
  }
  // Dense where the curve is steep: a quarter of the points have I > 2.
  size_t steep = 0;
  for (double yi : y) steep += yi > 2.0;
  EXPECT_GT(steep, n / 4);
}

TEST(Curves, SurpriseCurveInBitsIsTheSameShape) {
  std::vector<double> x(50), y(50), xb(50), yb(50);
  ASSERT_FALSE(surpriseCurve(5.0, Units::kNats, x, y));
  ASSERT_FALSE(surpriseCurve(5.0, Units::kBits, xb, yb));
  EXPECT_EQ(x, xb);
  for (size_t i = 0; i < y.size(); ++i) {
    EXPECT_DOUBLE_EQ(yb[i], y[i] / std::log(2.0));
  }
}

TEST(Curves, LogSpaceIsEvenInLogWithExactEnds) {
  std::vector<double> x(5);
  ASSERT_FALSE(logSpace(0.01, 100.0, x));
  EXPECT_EQ(x.front(), 0.01);
  EXPECT_EQ(x.back(), 100.0);
  EXPECT_NEAR(x[1], 0.1, 1e-16);
  EXPECT_NEAR(x[2], 1.0, 1e-15);
  EXPECT_NEAR(x[3], 10.0, 1e-14);
  EXPECT_EQ(logSpace(1.0, 1.0, x)->message, "lo = 1 must be below hi = 1");
  EXPECT_EQ(logSpace(0.0, 1.0, x)->message, "lo = 0 must be positive");
}

TEST(Curves, LogSpacedCountsAreDistinctWholeNumbersFromOneToN) {
  std::vector<double> out(20);
  const size_t n = logSpacedCounts(100000, out).value();
  EXPECT_EQ(n, 20u);
  EXPECT_EQ(out.front(), 1.0);
  EXPECT_EQ(out[n - 1], 100000.0);
  for (size_t i = 1; i < n; ++i) {
    EXPECT_LT(out[i - 1], out[i]);
    EXPECT_EQ(out[i], std::floor(out[i]));
  }
  std::vector<double> many(50);
  const size_t few = logSpacedCounts(5, many).value();
  EXPECT_EQ(few, 5u);  // only 1, 2, 3, 4, 5 exist
  EXPECT_EQ(std::vector<double>(many.begin(), many.begin() + 5),
            (std::vector<double>{1, 2, 3, 4, 5}));
  EXPECT_FALSE(logSpacedCounts(0, out).ok());
  EXPECT_FALSE(logSpacedCounts(2.5, out).ok());
}

TEST(Curves, RefuseBadPointCountsAndHeights) {
  std::vector<double> x(3), y(3);
  EXPECT_EQ(binaryEntropyCurve(Units::kNats, x, y)->message,
            "n = 3 points is outside [4, 100000]");
  std::vector<double> x8(8), y8(8);
  EXPECT_TRUE(surpriseCurve(0.0, Units::kNats, x8, y8));
  EXPECT_TRUE(surpriseCurve(std::nan(""), Units::kNats, x8, y8));
  EXPECT_TRUE(surpriseCurve(1e9, Units::kNats, x8, y8));
}

}  // namespace
}  // namespace infotheory
