#include "jensen.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <random>
#include <vector>

#include "random_distributions.hpp"

namespace infotheory {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// Independent of the kernel: the plain sums of the definitions.
TEST(JensenPoints, PointsAndMeansFollowTheDefinitions) {
  const std::vector<double> p = {0.5, 0.25, 0.25, 0.0};
  const std::vector<double> q = {0.25, 0.25, 0.4, 0.1};
  const auto r = jensenPoints(p, q).value();
  ASSERT_EQ(r.xs.size(), 3u);  // the category with P = 0 is left out
  EXPECT_EQ(r.indices, (std::vector<double>{0, 1, 2}));
  EXPECT_DOUBLE_EQ(r.xs[0], 0.5);
  EXPECT_DOUBLE_EQ(r.xs[1], 1.0);
  EXPECT_DOUBLE_EQ(r.xs[2], 1.6);
  EXPECT_DOUBLE_EQ(r.logs[0], std::log(0.5));
  EXPECT_EQ(r.logs[1], 0.0);
  EXPECT_NEAR(r.logs[2], std::log(1.6), 1e-15);
  EXPECT_EQ(r.weights, (std::vector<double>{0.5, 0.25, 0.25}));
  EXPECT_NEAR(r.meanX, 0.9, 1e-15);  // sum of Q where P > 0
  EXPECT_NEAR(r.logMean, std::log(0.9), 1e-15);
  const double kl = 0.5 * std::log(0.5 / 0.25) + 0.25 * std::log(0.25 / 0.4);
  EXPECT_NEAR(r.meanLog, -kl, 1e-15);
  EXPECT_LE(r.meanLog, r.logMean);  // Jensen
}

TEST(JensenPoints, JensenHoldsOnRandomInputsAndMeanLogIsTheWeightedMean) {
  std::mt19937_64 rng(11);
  for (int trial = 0; trial < 500; ++trial) {
    const size_t k = 2 + trial % 40;
    const auto p = testing::randomDistribution(rng, k, trial % 2 == 0);
    const auto q = testing::randomDistribution(rng, k);
    const auto r = jensenPoints(p, q).value();
    double weighted = 0.0, mean = 0.0;
    for (size_t j = 0; j < r.xs.size(); ++j) {
      weighted += r.weights[j] * r.logs[j];
      mean += r.weights[j] * r.xs[j];
    }
    EXPECT_NEAR(r.meanLog, weighted, 1e-12);
    EXPECT_NEAR(r.meanX, mean, 1e-12);
    EXPECT_LE(r.meanX, 1.0 + 1e-15);
    EXPECT_LE(r.logMean, 0.0);
    EXPECT_LE(r.meanLog, r.logMean + 1e-15);
  }
}

TEST(JensenPoints, EqualDistributionsPutEveryPointAtOne) {
  const std::vector<double> p = {0.1, 0.2, 0.7};
  const auto r = jensenPoints(p, p).value();
  for (double x : r.xs) EXPECT_EQ(x, 1.0);
  for (double y : r.logs) EXPECT_EQ(y, 0.0);
  EXPECT_EQ(r.meanX, 1.0);
  EXPECT_EQ(r.meanLog, 0.0);
  EXPECT_EQ(r.logMean, 0.0);
}

TEST(JensenPoints, QZeroWhereP_IsPositiveGivesMinusInfinity) {
  const auto r = jensenPoints({{0.5, 0.5}}, {{1.0, 0.0}}).value();
  EXPECT_EQ(r.logs[1], -kInf);
  EXPECT_EQ(r.meanLog, -kInf);
  EXPECT_EQ(r.meanX, 1.0);
  EXPECT_EQ(r.logMean, 0.0);
}

TEST(JensenPoints, BitsAreNatsOverLn2) {
  const std::vector<double> p = {0.25, 0.75}, q = {0.5, 0.5};
  const auto n = jensenPoints(p, q).value();
  const auto b = jensenPoints(p, q, Units::kBits).value();
  EXPECT_DOUBLE_EQ(b.logs[0], 1.0);  // log2(2)
  EXPECT_DOUBLE_EQ(b.meanLog, n.meanLog / std::log(2.0));
}

TEST(JensenPoints, RefusesBadInput) {
  EXPECT_FALSE(jensenPoints({{0.5, 0.5}}, {{1.0}}).ok());
  EXPECT_FALSE(jensenPoints({{0.5, 0.4}}, {{0.5, 0.5}}).ok());
  EXPECT_NE(jensenPoints({{-0.1, 1.1}}, {{0.5, 0.5}}).error().find("P[0]"),
            std::string::npos);
}

TEST(LogCurve, IsTheLogOnAnEvenGrid) {
  std::vector<double> x(5), y(5);
  ASSERT_FALSE(logCurve(0.5, 2.5, Units::kNats, x, y));
  EXPECT_EQ(x, (std::vector<double>{0.5, 1.0, 1.5, 2.0, 2.5}));
  for (size_t i = 0; i < x.size(); ++i) EXPECT_DOUBLE_EQ(y[i], std::log(x[i]));
  ASSERT_FALSE(logCurve(0.5, 2.5, Units::kBits, x, y));
  EXPECT_DOUBLE_EQ(y[3], 1.0);
  EXPECT_TRUE(logCurve(0.0, 1.0, Units::kNats, x, y));
  EXPECT_TRUE(logCurve(2.0, 1.0, Units::kNats, x, y));
}

TEST(LogLikelihood, IsTheSumOfCountsTimesLogQ) {
  const std::vector<double> counts = {3, 0, 2}, q = {0.5, 0.25, 0.25};
  EXPECT_NEAR(logLikelihood(counts, q).value(),
              3 * std::log(0.5) + 2 * std::log(0.25), 1e-15);
  EXPECT_NEAR(logLikelihood(counts, q, Units::kBits).value(), -7.0, 1e-15);
  // Never drawn where Q = 0: no penalty; drawn there: -infinity.
  EXPECT_EQ(logLikelihood({{2, 0}}, {{1.0, 0.0}}).value(), 0.0);
  EXPECT_EQ(logLikelihood({{2, 1}}, {{1.0, 0.0}}).value(), -kInf);
  EXPECT_FALSE(logLikelihood({{-1, 2}}, {{0.5, 0.5}}).ok());
  EXPECT_FALSE(logLikelihood({{1}}, {{0.5, 0.5}}).ok());
}

}  // namespace
}  // namespace infotheory
