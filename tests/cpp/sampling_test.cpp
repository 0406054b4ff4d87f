#include "sampling.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <vector>

#include "cross_entropy.hpp"
#include "random.hpp"
#include "summation.hpp"
#include "validate.hpp"

namespace infotheory {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

std::vector<double> countsOf(const std::vector<double>& p, uint64_t n,
                             uint64_t seed) {
  std::vector<double> counts(p.size());
  EXPECT_FALSE(sampleCounts(p, n, seed, counts));
  return counts;
}

std::vector<double> nllAt(const std::vector<double>& p,
                          const std::vector<double>& q, uint64_t seed,
                          const std::vector<double>& checkpoints,
                          Units units = Units::kNats) {
  std::vector<double> out(checkpoints.size());
  EXPECT_FALSE(nllConvergence(p, q, seed, checkpoints, units, out));
  return out;
}

// Pearson's statistic sum (O - E)^2 / E over the categories with P > 0.
double chiSquare(const std::vector<double>& counts,
                 const std::vector<double>& p, double n) {
  double x2 = 0.0;
  for (size_t i = 0; i < p.size(); ++i) {
    if (p[i] == 0.0) continue;
    const double expected = n * p[i];
    x2 += (counts[i] - expected) * (counts[i] - expected) / expected;
  }
  return x2;
}

TEST(Sampling, CountsSumToNAndAreReproducibleFromTheSeed) {
  const std::vector<double> p = {0.2, 0.3, 0.5};
  const auto a = countsOf(p, 1000, 42), b = countsOf(p, 1000, 42);
  const auto c = countsOf(p, 1000, 43);
  EXPECT_EQ(a, b);
  EXPECT_NE(a, c);
  EXPECT_EQ(std::accumulate(a.begin(), a.end(), 0.0), 1000.0);
  EXPECT_EQ(std::accumulate(c.begin(), c.end(), 0.0), 1000.0);
  for (double x : a) EXPECT_EQ(x, std::floor(x));
  EXPECT_EQ(countsOf(p, 0, 42), (std::vector<double>{0, 0, 0}));
}

TEST(Sampling, ShorterRunsArePrefixesOfLongerOnes) {
  // n draws are the first n of any longer run with the same seed, so the
  // counts can only grow with n.
  const std::vector<double> p = {0.1, 0.6, 0.3};
  std::vector<double> previous(3, 0.0);
  for (uint64_t n = 0; n <= 200; ++n) {
    const auto counts = countsOf(p, n, 7);
    double grew = 0.0;
    for (size_t i = 0; i < 3; ++i) {
      ASSERT_GE(counts[i], previous[i]) << "n " << n;
      grew += counts[i] - previous[i];
    }
    ASSERT_EQ(grew, n == 0 ? 0.0 : 1.0);
    previous = counts;
  }
}

TEST(Sampling, ZeroProbabilityCategoriesAreNeverDrawn) {
  // Zeros first, in the middle and last: each has an empty CDF interval.
  const std::vector<double> p = {0, 0.1, 0.25, 0, 0.05, 0.6, 0};
  const auto counts = countsOf(p, 1000000, 1);
  EXPECT_EQ(counts[0], 0.0);
  EXPECT_EQ(counts[3], 0.0);
  EXPECT_EQ(counts[6], 0.0);
  EXPECT_EQ(countsOf({0, 1, 0}, 100000, 2), (std::vector<double>{0, 1e5, 0}));
  // A P that sums to 1 - 5e-10 (allowed): the draws scale to its total, so
  // the trailing zero category still never wins the rounding at the top.
  const std::vector<double> short_p = {0.3, 0.7 - 5e-10, 0};
  EXPECT_EQ(countsOf(short_p, 1000000, 3)[2], 0.0);
}

TEST(Sampling, FrequenciesMatchPByChiSquareForAMillionDraws) {
  // Six categories with P > 0, two of them rare (50 expected draws each).
  const std::vector<double> fixed = {0.1, 0.25, 0, 0.05, 0.5999, 5e-5, 5e-5};
  const double n = 1e6;
  const auto counts = countsOf(fixed, 1000000, 2024);
  // 5 degrees of freedom: P(chi^2_5 > 50) ~ 1.4e-9, so a correct sampler
  // fails this with negligible probability; a sampler shifted by one
  // category gives chi^2 in the hundreds of thousands.
  const double x2 = chiSquare(counts, fixed, n);
  EXPECT_LT(x2, 50.0);
  std::vector<double> shifted(counts.size(), 0.0);
  for (size_t i = 0; i + 1 < counts.size(); ++i) shifted[i + 1] = counts[i];
  EXPECT_GT(chiSquare(shifted, fixed, n), 1e5);
  // Per category within 6 standard deviations of n p (two-sided tail 2e-9).
  for (size_t i = 0; i < fixed.size(); ++i) {
    const double sd = std::sqrt(n * fixed[i] * (1 - fixed[i]));
    EXPECT_LE(std::fabs(counts[i] - n * fixed[i]), 6 * sd + 1e-9) << "i " << i;
  }
  RecordProperty("chi_square_5_dof", formatNumber(x2));
}

TEST(Sampling, ChiSquareStaysPlausibleAcrossSeeds) {
  // Over 200 seeds the statistic (3 degrees of freedom) has mean 3 and
  // exceeds 11.34 with probability 1%: a biased sampler moves both.
  const std::vector<double> p = {0.4, 0.3, 0.2, 0.1};
  const double n = 10000;
  double total = 0.0;
  int above = 0;
  for (uint64_t seed = 0; seed < 200; ++seed) {
    const double x2 = chiSquare(countsOf(p, 10000, seed), p, n);
    total += x2;
    above += x2 > 11.34;
  }
  // The mean of 200 draws of chi^2_3 has sd sqrt(6/200) ~ 0.17.
  EXPECT_NEAR(total / 200, 3.0, 0.7);
  EXPECT_LE(above, 8);
}

TEST(Sampling, NllAtACheckpointIsTheCrossEntropyOfTheEmpiricalDistribution) {
  // The average -log Q over the first n draws is H(P_hat_n, Q), with P_hat_n
  // the frequencies sampleCounts reports for the same seed and n.
  const std::vector<double> p = {0.5, 0.2, 0.2, 0.1};
  const std::vector<double> q = {0.25, 0.25, 0.4, 0.1};
  const std::vector<double> checkpoints = {1,    2,     3,      10,     100,
                                           1000, 12345, 100000, 1000000};
  const uint64_t seed = 99;
  const auto nll = nllAt(p, q, seed, checkpoints);
  for (size_t j = 0; j < checkpoints.size(); ++j) {
    const auto n = static_cast<uint64_t>(checkpoints[j]);
    auto frequencies = countsOf(p, n, seed);
    for (double& f : frequencies) f /= checkpoints[j];
    const double want = crossEntropy(frequencies, q).value();
    EXPECT_NEAR(nll[j], want, 1e-12 * want) << "n " << n;
  }
}

TEST(Sampling, NllConvergesToTheCrossEntropy) {
  const std::vector<double> p = {0.5, 0.2, 0.2, 0.1};
  const std::vector<double> q = {0.25, 0.25, 0.4, 0.1};
  const double h = crossEntropy(p, q).value();
  // -log Q(x) has variance E[log^2 Q] - H^2; its mean over 10^6 draws lies
  // within 5 standard errors of H(P, Q) but for a 6e-7 chance.
  double second = 0.0;
  for (size_t i = 0; i < p.size(); ++i) {
    second += p[i] * std::log(q[i]) * std::log(q[i]);
  }
  const double sd = std::sqrt(second - h * h);
  const std::vector<double> checkpoints = {100, 10000, 1000000};
  for (uint64_t seed : {1u, 2u, 3u}) {
    const auto nll = nllAt(p, q, seed, checkpoints);
    EXPECT_NEAR(nll[2], h, 5 * sd / 1000) << "seed " << seed;
    const auto bits = nllAt(p, q, seed, checkpoints, Units::kBits);
    EXPECT_NEAR(bits[2], nll[2] / std::log(2.0), 1e-14);
  }
}

TEST(Sampling, NllIsInfiniteFromTheFirstDrawWhereQIsZero) {
  const std::vector<double> p = {0.5, 0.5}, q = {1.0, 0.0};
  std::vector<double> checkpoints;
  for (int n = 1; n <= 30; ++n) checkpoints.push_back(n);
  const auto nll = nllAt(p, q, 5, checkpoints);
  for (size_t j = 0; j < checkpoints.size(); ++j) {
    const auto n = static_cast<uint64_t>(checkpoints[j]);
    const bool missed = countsOf(p, n, 5)[1] > 0;
    // Otherwise every draw had Q = 1: an average surprise of exactly 0.
    EXPECT_EQ(nll[j], missed ? kInf : 0.0) << "n " << n;
  }
  EXPECT_EQ(nll.back(), kInf);
  // A category with P = 0 costs nothing even where Q = 0.
  EXPECT_EQ(nllAt({1, 0}, {1, 0}, 5, {10})[0], 0.0);
}

TEST(Sampling, RepeatedCheckpointsGiveRepeatedValues) {
  const auto nll = nllAt({0.3, 0.7}, {0.5, 0.5}, 8, {5, 5, 6});
  EXPECT_EQ(nll[0], nll[1]);
  EXPECT_NEAR(nll[2], std::log(2.0), 1e-15);  // Q uniform: every draw log 2
}

// Many categories are searched through a guide table (Chen and Asau): the
// draws must be exactly those of the plain inverse-CDF search over the
// running sums, also with zero, tiny and subnormal probabilities about.
TEST(Sampling, DrawsOverManyCategoriesAreThoseOfThePlainInverseCdf) {
  SplitMix64 gen(2024);
  for (int trial = 0; trial < 40; ++trial) {
    std::vector<double> p(300 + gen.next() % 3000);
    for (double& x : p) {
      const uint64_t kind = gen.next() % 10;
      x = kind < 3   ? 0.0
          : kind < 5 ? 1e-300 * gen.uniformPositive()
          : kind < 6 ? 5e-324
                     : gen.uniformPositive();
    }
    if (trial % 5 == 0) {  // one category far above the rest
      p[gen.next() % p.size()] = 1e6;
    }
    const double total = std::accumulate(p.begin(), p.end(), 0.0);
    for (double& x : p) x /= total;
    if (checkDistribution(p, "P")) continue;
    // The reference: Categorical's running sums, searched in full.
    std::vector<double> cumulative(p.size());
    NeumaierSum sum;
    double previous = 0.0;
    size_t last_positive = 0;
    for (size_t i = 0; i < p.size(); ++i) {
      sum.add(p[i]);
      previous = p[i] > 0.0 ? std::max(sum.value(), previous) : previous;
      cumulative[i] = previous;
      if (p[i] > 0.0) last_positive = i;
    }
    SplitMix64 rng(static_cast<uint64_t>(trial));
    std::vector<double> want(p.size());
    for (int t = 0; t < 20000; ++t) {
      const double u = static_cast<double>(rng.next() >> 11) * 0x1.0p-53;
      const auto it =
          std::upper_bound(cumulative.begin(), cumulative.end(), u * previous);
      want[std::min(static_cast<size_t>(it - cumulative.begin()),
                    last_positive)] += 1.0;
    }
    EXPECT_EQ(countsOf(p, 20000, static_cast<uint64_t>(trial)), want)
        << "trial " << trial << ", K = " << p.size();
  }
}

TEST(Sampling, RefusesBadInputNamingTheArgument) {
  const std::vector<double> p = {0.5, 0.5};
  std::vector<double> counts(2), wrong(3), out(2);
  EXPECT_EQ(sampleCounts(p, kMaxDraws + 1, 1, counts)->message,
            "n = 10000001 is outside [0, 10000000]");
  EXPECT_EQ(sampleCounts(p, 10, 1, wrong)->message,
            "counts and P have different lengths (3 and 2)");
  EXPECT_EQ(sampleCounts(std::vector<double>{0.5, 0.6}, 10, 1, counts)->message,
            "P sums to 1.1, not 1 (allowed error 1e-09); it is not "
            "renormalised for you");
  const auto nll = [&](std::vector<double> checkpoints) {
    std::vector<double> result(checkpoints.size());
    const auto problem =
        nllConvergence(p, p, 1, checkpoints, Units::kNats, result);
    return problem ? problem->message : "";
  };
  EXPECT_EQ(nll({1, 0}), "checkpoints[1] = 0 is outside [1, 10000000]");
  EXPECT_EQ(nll({1, 2.5}),
            "checkpoints[1] = 2.5 is not a whole number of draws");
  EXPECT_EQ(nll({10, 5}),
            "checkpoints[1] = 5 is smaller than checkpoints[0] = 10; "
            "checkpoints must be ascending");
  EXPECT_EQ(nll({1e7 + 1}),
            "checkpoints[0] = 10000001 is outside [1, 10000000]");
  EXPECT_EQ(nll({1, std::nan("")}), "checkpoints[1] is NaN, not a number");
  EXPECT_EQ(nll({}), "checkpoints is empty");
  EXPECT_EQ(nllConvergence(p, std::vector<double>{1.0}, 1,
                           std::vector<double>{1}, Units::kNats, out)
                ->message,
            "P and Q have different lengths (2 and 1); they must be over the "
            "same categories");
  EXPECT_EQ(
      nllConvergence(p, p, 1, std::vector<double>{1, 2, 3}, Units::kNats, out)
          ->message,
      "out and checkpoints have different lengths (2 and 3)");
}

}  // namespace
}  // namespace infotheory
