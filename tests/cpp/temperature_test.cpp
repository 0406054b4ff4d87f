#include "temperature.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>
#include <vector>

#include "entropy.hpp"
#include "random_distributions.hpp"

namespace infotheory {
namespace {

constexpr double kEps = std::numeric_limits<double>::epsilon();

std::vector<double> tempered(const std::vector<double>& p, double t) {
  std::vector<double> out(p.size());
  EXPECT_FALSE(temper(p, t, out));
  return out;
}

std::vector<double> entropies(const std::vector<double>& p,
                              const std::vector<double>& temperatures,
                              Units units = Units::kNats) {
  std::vector<double> out(temperatures.size());
  EXPECT_FALSE(entropyAlongTemperature(p, temperatures, units, out));
  return out;
}

// 1e-3 .. 1e3, evenly spaced in log T.
std::vector<double> temperatureGrid(int points) {
  std::vector<double> t;
  for (int i = 0; i < points; ++i) {
    t.push_back(std::pow(10.0, -3.0 + 6.0 * i / (points - 1)));
  }
  t.front() = kMinTemperature;
  t.back() = kMaxTemperature;
  return t;
}

TEST(Temperature, OneLeavesPUnchanged) {
  std::mt19937_64 rng(21);
  for (int trial = 0; trial < 300; ++trial) {
    const auto p = testing::randomDistribution(rng, 1 + trial % 60, true);
    const auto out = tempered(p, 1.0);
    for (size_t i = 0; i < p.size(); ++i) {
      ASSERT_NEAR(out[i], p[i], 4 * kEps * p[i]) << "trial " << trial;
    }
  }
}

TEST(Temperature, MatchesPToThePowerOneOverTInExtendedPrecision) {
  if (std::numeric_limits<long double>::digits < 64) GTEST_SKIP();
  const std::vector<double> p = {0.05, 0.15, 0, 0.3, 0.5};
  for (double t : {0.01, 0.1, 0.5, 2.0, 10.0, 1000.0}) {
    long double total = 0;
    for (double x : p) total += std::pow(static_cast<long double>(x), 1 / t);
    const auto out = tempered(p, t);
    for (size_t i = 0; i < p.size(); ++i) {
      const long double want =
          std::pow(static_cast<long double>(p[i]), 1 / t) / total;
      // Tempering multiplies the relative error of log p by 1/T.
      const long double allowed = 8 * kEps * std::max(1.0, 1 / t) * want;
      EXPECT_LE(std::fabs(out[i] - want), allowed) << "T " << t << " i " << i;
    }
  }
}

TEST(Temperature, SmallTConcentratesOnTheLargestEntriesSharingTies) {
  const std::vector<double> unique = {0.1, 0.2, 0.4, 0.3};
  const auto point = tempered(unique, kMinTemperature);
  EXPECT_EQ(point[2], 1.0);  // (0.3 / 0.4)^1000 ~ 3e-125 is below 1 ulp
  EXPECT_GT(point[3], 0.0);  // but is not rounded away
  EXPECT_LT(point[3], 1e-120);
  const std::vector<double> ties = {0.1, 0.3, 0.3, 0.2, 0.1};
  const auto shared = tempered(ties, kMinTemperature);
  EXPECT_EQ(shared[1], shared[2]);
  EXPECT_EQ(shared[1], 0.5);
  EXPECT_LT(shared[3], 1e-170);  // (2/3)^1000 ~ 8e-177
  const auto h = entropies(ties, {kMinTemperature});
  EXPECT_NEAR(h[0], std::log(2.0), 1e-15);
}

TEST(Temperature, NothingUnderflowsToAnAllZeroVector) {
  // P^(1/T) directly would give 1e-300^1000 = 0 and 0.5^1000 ~ 1e-301: the
  // shift by the maximum keeps the largest weight at exactly 1.
  const std::vector<double> tiny = {1e-300, 1.0};
  EXPECT_EQ(tempered(tiny, kMinTemperature), (std::vector<double>{0.0, 1.0}));
  std::vector<double> flat(1000000, 1e-6);
  const auto out = tempered(flat, kMinTemperature);
  EXPECT_EQ(*std::min_element(out.begin(), out.end()), 1e-6);
  EXPECT_EQ(*std::max_element(out.begin(), out.end()), 1e-6);
}

TEST(Temperature, LargeTFlattensTowardsTheUniformOverTheSupport) {
  const std::vector<double> p = {0.7, 0, 0.2, 0.1};
  const auto out = tempered(p, kMaxTemperature);
  EXPECT_EQ(out[1], 0.0);
  // Each weight is (p_i / p_max)^(1/1000), within log(7)/1000 of 1.
  for (size_t i : {0u, 2u, 3u}) {
    EXPECT_NEAR(out[i], 1.0 / 3.0, std::log(7.0) / 1000 / 3) << "i " << i;
  }
  const auto h = entropies(p, {kMaxTemperature});
  EXPECT_LT(h[0], std::log(3.0));
  EXPECT_GT(h[0], std::log(3.0) - 1e-5);
}

TEST(Temperature, ZerosStayZeroAtEveryTemperature) {
  const std::vector<double> p = {0, 0.25, 0, 0.75, 0};
  for (double t : temperatureGrid(25)) {
    const auto out = tempered(p, t);
    EXPECT_EQ(out[0], 0.0);
    EXPECT_EQ(out[2], 0.0);
    EXPECT_EQ(out[4], 0.0);
    EXPECT_NEAR(out[1] + out[3], 1.0, 2 * kEps);
  }
}

TEST(Temperature, EntropyRisesWithTFromZeroToLogOfTheSupport) {
  // dH/d(1/T) = -Var_{P_T}(log P) / T <= 0: H never falls as T rises.
  std::mt19937_64 rng(22);
  const auto grid = temperatureGrid(301);
  for (int trial = 0; trial < 20; ++trial) {
    auto p = testing::randomDistribution(rng, 3 + trial, true);
    size_t support = 0;
    for (double x : p) support += x > 0;
    const auto h = entropies(p, grid);
    const double top = std::log(static_cast<double>(support));
    for (size_t i = 0; i < h.size(); ++i) {
      ASSERT_GE(h[i], 0.0);
      ASSERT_LE(h[i], top * (1 + 4 * kEps));
      if (i > 0) ASSERT_GE(h[i], h[i - 1] - 4 * kEps * top) << "i " << i;
    }
    if (support > 1) EXPECT_LT(h.front(), h.back());
    EXPECT_GT(h.back(), top - 1e-3);
  }
  const std::vector<double> p = {0.5, 0.3, 0.2};
  const auto nats = entropies(p, {0.5, 1.0, 2.0});
  EXPECT_NEAR(nats[1], entropy(p).value(), 4 * kEps);
  const auto bits = entropies(p, {0.5, 1.0, 2.0}, Units::kBits);
  for (size_t i = 0; i < 3; ++i) {
    EXPECT_NEAR(bits[i], nats[i] / std::log(2.0), 4 * kEps);
  }
}

TEST(Temperature, RefusesBadInputNamingTheArgument) {
  const std::vector<double> p = {0.5, 0.5};
  std::vector<double> out(2), wrong(3);
  EXPECT_EQ(temper(p, 0.0, out)->message, "T = 0 is outside [0.001, 1000]");
  EXPECT_EQ(temper(p, 1e4, out)->message, "T = 10000 is outside [0.001, 1000]");
  EXPECT_EQ(temper(p, std::nan(""), out)->message, "T is NaN, not a number");
  EXPECT_EQ(temper(p, 1.0, wrong)->message,
            "out and P have different lengths (3 and 2)");
  EXPECT_EQ(temper(std::vector<double>{0.5, -0.5}, 1.0, out)->message,
            "P[1] = -0.5 is negative; a probability must be in [0, 1]");
  EXPECT_EQ(entropyAlongTemperature(p, std::vector<double>{1.0, 2000.0},
                                    Units::kNats, out)
                ->message,
            "temperatures[1] = 2000 is outside [0.001, 1000]");
  EXPECT_EQ(entropyAlongTemperature(p, std::vector<double>{1.0, -INFINITY},
                                    Units::kNats, out)
                ->message,
            "temperatures[1] is -Infinity; it must be finite");
  EXPECT_EQ(
      entropyAlongTemperature(p, std::vector<double>{1.0}, Units::kNats, out)
          ->message,
      "out and temperatures have different lengths (2 and 1)");
}

}  // namespace
}  // namespace infotheory
