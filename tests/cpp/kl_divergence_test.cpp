#include "kl_divergence.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <random>
#include <vector>

#include "cross_entropy.hpp"
#include "decomposition.hpp"
#include "entropy.hpp"
#include "random_distributions.hpp"

namespace infotheory {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

TEST(KlDivergence, CrossEntropyIsEntropyPlusKlTo1e14OnRandomInputs) {
  std::mt19937_64 rng(3);
  double worst = 0.0;
  for (int trial = 0; trial < 2000; ++trial) {
    const size_t k = 2 + trial % 997;
    const auto p = testing::randomDistribution(rng, k, trial % 3 == 0);
    const auto q = testing::randomDistribution(rng, k);  // no zeros: finite
    const double h = entropy(p).value(), kl = klDivergence(p, q).value();
    const double ce = crossEntropy(p, q).value();
    const double rel = std::fabs(h + kl - ce) / ce;
    worst = std::max(worst, rel);
    ASSERT_LE(rel, 1e-14) << "trial " << trial << " k " << k;
  }
  RecordProperty("worst_relative_error", std::to_string(worst));
}

TEST(KlDivergence, NonNegativeOnRandomInputs) {
  std::mt19937_64 rng(4);
  for (int trial = 0; trial < 2000; ++trial) {
    const size_t k = 1 + trial % 50;
    const auto p = testing::randomDistribution(rng, k, true);
    const auto q = testing::randomDistribution(rng, k, true);
    EXPECT_GE(klDivergence(p, q).value(), 0.0);
  }
}

TEST(KlDivergence, IsExactlyZeroWhenQEqualsP) {
  std::mt19937_64 rng(5);
  for (int trial = 0; trial < 200; ++trial) {
    const auto p = testing::randomDistribution(rng, 1 + trial % 30, true);
    const double kl = klDivergence(p, p).value();
    EXPECT_EQ(kl, 0.0);
    EXPECT_FALSE(std::signbit(kl));
    EXPECT_EQ(crossEntropy(p, p).value(), entropy(p).value());
  }
}

TEST(KlDivergence, IsAsymmetric) {
  const std::vector<double> p = {0.5, 0.5}, q = {0.9, 0.1};
  const double forward = klDivergence(p, q).value();
  const double reverse = klDivergence(q, p).value();
  // 0.5 log(0.5/0.9) + 0.5 log(0.5/0.1) and 0.9 log 1.8 + 0.1 log 0.2.
  EXPECT_NEAR(forward, 0.5 * std::log(25.0 / 9.0), 1e-15);
  EXPECT_NEAR(reverse, 0.9 * std::log(1.8) + 0.1 * std::log(0.2), 1e-15);
  EXPECT_GT(forward - reverse, 0.1);
}

TEST(KlDivergence, InfiniteWhereQIsZeroButPIsNot) {
  const std::vector<double> p = {0.5, 0.5}, q = {1.0, 0.0};
  EXPECT_EQ(klDivergence(p, q).value(), kInf);
  EXPECT_EQ(crossEntropy(p, q).value(), kInf);
  // The other way round is finite: P's zero costs nothing.
  EXPECT_NEAR(klDivergence(q, p).value(), std::log(2.0), 1e-16);
  const auto d = decompose(p, q).value();
  EXPECT_EQ(d.kl, kInf);
  EXPECT_EQ(d.crossEntropy, kInf);
  EXPECT_NEAR(d.entropy, std::log(2.0), 1e-16);
}

// Reference for one term in extended precision (x86-64 long double has a
// 64-bit mantissa: 11 bits more than double). p - q is exact in it, so the
// log1p form has no cancellation.
long double referenceTerm(double p, double q) {
  const long double lp = p, lq = q;
  return lp * std::log1p((lp - lq) / lq);
}

TEST(KlDivergence, TermKeepsRelativeAccuracyAsQApproachesP) {
  if (std::numeric_limits<long double>::digits < 64) GTEST_SKIP();
  for (double p : {0.3, 1e-5, 0.999}) {
    for (double rel : {1e-3, 1e-7, 1e-11, -1e-9, 0.4, -0.3, 1.5}) {
      const double q = p * (1 + rel);
      const long double want = referenceTerm(p, q);
      const double got = klTerm(p, q);
      EXPECT_LE(std::fabs((got - want) / want), 4e-16L)
          << "p " << p << " q " << q;
    }
  }
}

TEST(KlDivergence, TermSurvivesRatiosThatOverflow) {
  const double p = 1.0, q = 1e-320;  // p / q overflows a double
  const double got = klTerm(p, q);
  EXPECT_TRUE(std::isfinite(got));
  EXPECT_NEAR(got, -std::log(q), 1e-12);
  // q / p underflows to a subnormal: the term is p log(p) with p = q.
  EXPECT_NEAR(klTerm(q, 1.0), q * std::log(q),
              1e-15 * std::fabs(q * std::log(q)));
}

TEST(KlDivergence, TinyDivergencesAreResolved) {
  // P and Q differ by 1e-6 per entry: KL ~ sum (p - q)^2 / (2q) ~ 4e-12.
  const std::vector<double> p = {0.25, 0.25, 0.25, 0.25};
  const std::vector<double> q = {0.25 + 1e-6, 0.25 - 1e-6, 0.25 + 1e-6,
                                 0.25 - 1e-6};
  long double want = 0;
  for (size_t i = 0; i < p.size(); ++i) want += referenceTerm(p[i], q[i]);
  const double got = klDivergence(p, q).value();
  EXPECT_NEAR(got, static_cast<double>(want), 1e-9 * static_cast<double>(want));
  EXPECT_GT(got, 0.0);
}

}  // namespace
}  // namespace infotheory
