#include "distributions.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <numeric>
#include <vector>

#include "validate.hpp"

namespace infotheory {
namespace {

double sum(const std::vector<double>& p) {
  return std::accumulate(p.begin(), p.end(), 0.0);
}

TEST(Distributions, UniformAndPointMass) {
  std::vector<double> p(4);
  ASSERT_FALSE(uniformDistribution(p));
  EXPECT_EQ(p, (std::vector<double>{0.25, 0.25, 0.25, 0.25}));
  ASSERT_FALSE(pointMass(2, p));
  EXPECT_EQ(p, (std::vector<double>{0, 0, 1, 0}));
  EXPECT_EQ(pointMass(4, p)->message, "index = 4 is outside [0, 3]");
  std::vector<double> none;
  EXPECT_TRUE(uniformDistribution(none));
}

TEST(Distributions, RandomIsAValidDistributionReproducibleFromItsSeed) {
  std::vector<double> a(10), b(10), c(10);
  ASSERT_FALSE(randomDistribution(42, a));
  ASSERT_FALSE(randomDistribution(42, b));
  ASSERT_FALSE(randomDistribution(43, c));
  EXPECT_EQ(a, b);
  EXPECT_NE(a, c);
  EXPECT_FALSE(checkDistribution(a, "P"));
  for (double x : a) EXPECT_GT(x, 0.0);
}

TEST(Distributions, RandomCoversTheSimplexEvenly) {
  // Dirichlet(1,1,1): each coordinate has mean 1/3 and P(x1 > 1/2) = 1/4.
  std::vector<double> p(3);
  double mean = 0;
  int above = 0;
  const int draws = 20000;
  for (int s = 0; s < draws; ++s) {
    ASSERT_FALSE(randomDistribution(s, p));
    mean += p[0];
    above += p[0] > 0.5;
  }
  EXPECT_NEAR(mean / draws, 1.0 / 3.0, 0.01);
  EXPECT_NEAR(static_cast<double>(above) / draws, 0.25, 0.015);
}

TEST(Distributions, SetProbabilityKeepsTheOthersInProportion) {
  const std::vector<double> p = {0.1, 0.2, 0.3, 0.4};
  std::vector<double> out(4);
  ASSERT_FALSE(setProbability(p, 3, 0.7, out));
  EXPECT_EQ(out[3], 0.7);
  EXPECT_NEAR(out[0], 0.05, 1e-16);
  EXPECT_NEAR(out[1], 0.10, 1e-16);
  EXPECT_NEAR(out[2], 0.15, 1e-16);
  EXPECT_NEAR(sum(out), 1.0, 1e-15);
}

TEST(Distributions, SetProbabilitySharesEquallyWhenTheOthersWereZero) {
  const std::vector<double> p = {0, 1, 0};
  std::vector<double> out(3);
  ASSERT_FALSE(setProbability(p, 1, 0.4, out));
  EXPECT_EQ(out, (std::vector<double>{0.3, 0.4, 0.3}));
  ASSERT_FALSE(setProbability(p, 0, 1.0, out));
  EXPECT_EQ(out, (std::vector<double>{1, 0, 0}));
}

TEST(Distributions, SetProbabilityRefusesBadInput) {
  const std::vector<double> p = {0.5, 0.5};
  std::vector<double> out(2);
  EXPECT_EQ(setProbability(p, 2, 0.5, out)->message,
            "index = 2 is outside [0, 1]");
  EXPECT_EQ(setProbability(p, 0, 1.5, out)->message,
            "value = 1.5 is greater than 1; a probability must be in [0, 1]");
  const std::vector<double> bad = {0.5, 0.6};
  EXPECT_TRUE(setProbability(bad, 0, 0.5, out));
}

TEST(Distributions, EmpiricalDistributionDividesCountsByTheirTotal) {
  const std::vector<double> counts = {3, 0, 1};
  std::vector<double> out(3);
  ASSERT_FALSE(empiricalDistribution(counts, out));
  EXPECT_EQ(out, (std::vector<double>{0.75, 0, 0.25}));
  const std::vector<double> zeros = {0, 0};
  std::vector<double> two(2);
  EXPECT_EQ(empiricalDistribution(zeros, two)->message, "counts are all 0");
  const std::vector<double> negative = {1, -1};
  EXPECT_EQ(empiricalDistribution(negative, two)->message,
            "counts[1] = -1 is negative");
}

TEST(Distributions, LogitsForPAreLogPShiftedToAMaximumOfZero) {
  const std::vector<double> p = {0.5, 0.25, 0.25, 0.0};
  std::vector<double> out(4);
  ASSERT_FALSE(logitsFor(p, -10.0, out));
  EXPECT_EQ(out[0], 0.0);
  EXPECT_NEAR(out[1], -std::log(2.0), 1e-15);
  EXPECT_NEAR(out[2], -std::log(2.0), 1e-15);
  EXPECT_EQ(out[3], -10.0);
  EXPECT_EQ(logitsFor(p, 0.0, out)->message, "floor = 0 must be negative");
}

TEST(Distributions, ResizeGrowsKeepingShapeAndShrinksRenormalising) {
  const std::vector<double> p = {0.5, 0.5};
  std::vector<double> grown(4);
  ASSERT_FALSE(resizeDistribution(p, grown));
  EXPECT_EQ(grown, (std::vector<double>{0.25, 0.25, 0.25, 0.25}));
  const std::vector<double> q = {0.2, 0.2, 0.6};
  std::vector<double> shrunk(2);
  ASSERT_FALSE(resizeDistribution(q, shrunk));
  EXPECT_EQ(shrunk, (std::vector<double>{0.5, 0.5}));
  const std::vector<double> tail = {0, 0, 1};
  ASSERT_FALSE(resizeDistribution(tail, shrunk));
  EXPECT_EQ(shrunk, (std::vector<double>{0.5, 0.5}));
}

}  // namespace
}  // namespace infotheory
