#include "trust_region.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>
#include <string>
#include <vector>

#include "kl_divergence.hpp"
#include "ppo.hpp"
#include "random_distributions.hpp"
#include "sampling.hpp"
#include "validate.hpp"

namespace infotheory {
namespace {

constexpr double kEps = std::numeric_limits<double>::epsilon();
constexpr double kInf = std::numeric_limits<double>::infinity();

// A policy over four actions (summing to exactly 1 in binary) and its
// advantages; E_old[A] = 0.125 - 0.125 + 0.09375 + 0 = 0.09375.
const std::vector<double> kPi = {0.125, 0.25, 0.375, 0.25};
const std::vector<double> kAdvantages = {1.0, -0.5, 0.25, 0.0};
constexpr double kMeanAdvantage = 0.09375;

std::vector<double> updated(const std::vector<double>& pi,
                            const std::vector<double>& a, double alpha) {
  std::vector<double> out(pi.size());
  EXPECT_FALSE(policyUpdate(pi, a, alpha, out));
  return out;
}

std::vector<double> klAlong(const std::vector<double>& pi,
                            const std::vector<double>& a,
                            const std::vector<double>& alphas,
                            Units units = Units::kNats) {
  std::vector<double> out(alphas.size());
  EXPECT_FALSE(klAlongUpdate(pi, a, alphas, units, out));
  return out;
}

double klAt(const std::vector<double>& pi, const std::vector<double>& a,
            double alpha, Units units = Units::kNats) {
  return klAlong(pi, a, {alpha}, units)[0];
}

struct Ppo {
  std::vector<double> unclipped, clipped, penalized;
};

Ppo ppo(const std::vector<double>& pi, const std::vector<double>& a,
        double epsilon, double beta, const std::vector<double>& alphas) {
  Ppo out{std::vector<double>(alphas.size()),
          std::vector<double>(alphas.size()),
          std::vector<double>(alphas.size())};
  EXPECT_FALSE(ppoSurrogate(pi, a, epsilon, beta, alphas, out.unclipped,
                            out.clipped, out.penalized));
  return out;
}

// expm1(u) - u by its Taylor series in long double, for |u| <= 1.
long double seriesExpm1MinusIdentity(long double u) {
  long double term = u * u / 2, sum = 0;
  for (int k = 3; k < 40; ++k) {
    sum += term;
    term *= u / k;
  }
  return sum;
}

// log1p(u) - u, by its series near 0.
long double log1pMinusIdentity(long double u) {
  if (std::fabs(u) > 1e-4L) return std::log1p(u) - u;
  long double sum = 0;
  for (int k = 12; k >= 2; --k) sum = sum * u + (k % 2 == 0 ? -1.0L : 1.0L) / k;
  return sum * u * u;
}

// D(pi_old || pi_alpha) = log E[exp(alpha (A - c))] - alpha E[A - c] for any
// c, in long double. c = E_old[A] rounded to a double makes every A - c exact;
// the first-order term alpha E[A - c], nonzero only by c's rounding, is kept
// out of the log so that D keeps its digits as alpha -> 0, where
// D ~ alpha^2 Var / 2, also for advantages with a large common offset.
long double referenceKl(const std::vector<double>& pi,
                        const std::vector<double>& a, long double alpha) {
  long double mass = 0, mean = 0;
  for (double w : pi) mass += w;
  for (size_t i = 0; i < pi.size(); ++i) mean += pi[i] / mass * a[i];
  const auto c = static_cast<double>(mean);
  long double drift = 0, excess = 0;
  for (size_t i = 0; i < pi.size(); ++i) {
    const long double b = static_cast<long double>(a[i]) - c;
    const long double u = alpha * b;
    drift += alpha * (pi[i] / mass * b);
    excess +=
        pi[i] / mass *
        (std::fabs(u) <= 1 ? seriesExpm1MinusIdentity(u) : std::expm1(u) - u);
  }
  // log(1 + excess + drift) - drift, split as in the kernel.
  return std::log1p(excess) + log1pMinusIdentity(drift / (1 + excess)) -
         drift * (excess / (1 + excess));
}

TEST(TrustRegion, UpdateSumsToOneAndMatchesADirectComputation) {
  if (std::numeric_limits<long double>::digits < 64) GTEST_SKIP();
  for (double alpha : {0.01, 0.5, 1.0, 3.0, 20.0}) {
    const auto out = updated(kPi, kAdvantages, alpha);
    long double z = 0, total = 0;
    for (size_t i = 0; i < kPi.size(); ++i) {
      z += kPi[i] * std::exp(alpha * static_cast<long double>(kAdvantages[i]));
    }
    for (size_t i = 0; i < kPi.size(); ++i) {
      const long double want =
          kPi[i] * std::exp(alpha * static_cast<long double>(kAdvantages[i])) /
          z;
      EXPECT_LE(std::fabs(out[i] - want), 4 * kEps * want)
          << "alpha " << alpha << " i " << i;
      total += out[i];
    }
    EXPECT_LE(std::fabs(total - 1), 4 * kEps) << "alpha " << alpha;
  }
  // Positive advantages gain probability, negative ones lose it.
  const auto step = updated(kPi, kAdvantages, 1.0);
  EXPECT_GT(step[0], kPi[0]);
  EXPECT_LT(step[1], kPi[1]);
}

TEST(TrustRegion, UpdateAtZeroStepIsTheOldPolicyAndKeepsItsZeros) {
  EXPECT_EQ(updated(kPi, kAdvantages, 0.0), kPi);
  // An action pi_old never takes stays at 0 whatever its advantage.
  const std::vector<double> pi = {0, 0.5, 0.5};
  const auto out = updated(pi, {1e6, 1.0, 0.0}, 2.0);
  EXPECT_EQ(out[0], 0.0);
  EXPECT_NEAR(out[1], 1 / (1 + std::exp(-2.0)), 2 * kEps);
}

TEST(TrustRegion, UpdateDoesNotOverflowForAlphaTimesAOf1e4) {
  const std::vector<double> pi = {0.2, 0.3, 0.5};
  // exp(1e4) overflows; after the shift by max A every factor is <= 1.
  EXPECT_EQ(updated(pi, {1.0, 0.0, -1.0}, 1e4),
            (std::vector<double>{1.0, 0.0, 0.0}));
  const auto tied = updated(pi, {1.0, 1.0, 0.0}, 1e4);
  EXPECT_NEAR(tied[0], 0.4, 2 * kEps);
  EXPECT_NEAR(tied[1], 0.6, 2 * kEps);
  EXPECT_EQ(tied[2], 0.0);
  // D = alpha (max A - E_old[A]) + log pi_old(argmax) once the others have
  // underflowed: 1e4 * 1.3 + log 0.2, finite and exact to rounding.
  const double kl = klAt(pi, {1.0, 0.0, -1.0}, 1e4);
  EXPECT_NEAR(kl, 13000.0 + std::log(0.2), 4 * kEps * 13000.0);
  // Still finite (and right) at alpha = 1e300; beyond the doubles, +inf.
  EXPECT_NEAR(klAt(pi, {1.0, 0.0, -1.0}, 1e300), 1.3e300, 4 * kEps * 1.3e300);
  EXPECT_EQ(klAt(pi, {1.0, 0.0, -1.0}, 1.7e308), kInf);
}

TEST(TrustRegion, UpdateKeepsTinyProbabilitiesThatAProductWouldUnderflow) {
  if (std::numeric_limits<long double>::digits < 64) GTEST_SKIP();
  // pi_old puts 1e-300 on the best action. At alpha = 1000 the other
  // action's weight e^-1000 underflows, yet its updated probability,
  // e^-1000 / (1e-300 + e^-1000) ~ e^-309, is an ordinary double.
  for (double tiny : {1e-300, 1e-200}) {
    const std::vector<double> pi = {tiny, 1.0}, a = {1.0, 0.0};
    const auto out = updated(pi, a, 1000.0);
    const long double want = 1 / (1 + tiny * std::exp(1000.0L));
    EXPECT_NEAR(out[1], static_cast<double>(want), 1e-12 * want);
    EXPECT_NEAR(out[0], 1.0, 4 * kEps);
    // D = -log pi_alpha(1), finite where a divergence of the rounded
    // policies would be infinite.
    EXPECT_NEAR(klAt(pi, a, 1000.0), -std::log(want), 1e-13 * -std::log(want));
  }
}

TEST(TrustRegion, KlIsExactlyZeroAtZeroStepAndIncreasesWithIt) {
  EXPECT_EQ(klAt(kPi, kAdvantages, 0.0), 0.0);
  std::vector<double> alphas;
  for (int i = 0; i <= 400; ++i)
    alphas.push_back(std::pow(10.0, -8 + i / 20.0));
  const auto kl = klAlong(kPi, kAdvantages, alphas);
  for (size_t i = 1; i < kl.size(); ++i) {
    ASSERT_GT(kl[i], kl[i - 1]) << "alpha " << alphas[i];
  }
  // Constant advantages change nothing: D = 0 at every step.
  EXPECT_EQ(klAlong(kPi, {2, 2, 2, 2}, {0.5, 1e3}),
            (std::vector<double>{0, 0}));
}

TEST(TrustRegion, KlMatchesExtendedPrecisionDownToTinySteps) {
  if (std::numeric_limits<long double>::digits < 64) GTEST_SKIP();
  // At alpha = 1e-8, D ~ 1e-17: a sum of p log(p / q) over the rounded
  // policies would carry an absolute error ~1e-17 and no correct digit. A
  // common offset of the advantages (every third trial, up to ~1e3) puts
  // rounding into E_old[A] that must not leak into D at first order.
  std::mt19937_64 rng(31);
  std::normal_distribution<double> normal;
  double worst = 0.0;
  for (int trial = 0; trial < 300; ++trial) {
    const auto pi = testing::randomDistribution(rng, 2 + trial % 9, true);
    const double offset = trial % 3 == 0 ? 1e3 * normal(rng) : 0.0;
    const double scale = std::pow(10.0, trial % 4 - 2);
    std::vector<double> a(pi.size());
    for (double& x : a) x = offset + scale * normal(rng);
    for (double alpha : {1e-8, 1e-4, 0.1, 1.0, 10.0, 100.0}) {
      const long double want = referenceKl(pi, a, alpha);
      const double got = klAt(pi, a, alpha);
      if (want == 0) continue;  // one action in the support
      const double rel = static_cast<double>(std::fabs((got - want) / want));
      ASSERT_LE(rel, 2e-14) << "trial " << trial << " alpha " << alpha;
      worst = std::max(worst, rel);
    }
  }
  RecordProperty("worst_kl_relative_error", formatNumber(worst));
}

TEST(TrustRegion, KlAgreesWithTheDivergenceOfTheUpdatedPolicy) {
  for (double alpha : {0.3, 1.0, 4.0}) {
    const double direct =
        klDivergence(kPi, updated(kPi, kAdvantages, alpha)).value();
    EXPECT_NEAR(klAt(kPi, kAdvantages, alpha), direct, 1e-14 * direct);
  }
  EXPECT_NEAR(klAt(kPi, kAdvantages, 1.0, Units::kBits),
              klAt(kPi, kAdvantages, 1.0) / std::log(2.0), 1e-16);
}

TEST(TrustRegion, MaxStepSpendsExactlyTheBudget) {
  const std::vector<std::vector<double>> policies = {
      kPi, {0.5, 0.5}, {0.01, 0.98, 0.01}, {0.999, 0.001}, {0, 0.3, 0.7}};
  const std::vector<std::vector<double>> advantages = {
      kAdvantages, {1, 0}, {3, 0, -2}, {0, 1}, {50, -1, 1}};
  double worst = 0.0;
  for (size_t c = 0; c < policies.size(); ++c) {
    for (double delta : {1e-12, 1e-6, 0.01, 0.1, 1.0, 30.0}) {
      for (Units units : {Units::kNats, Units::kBits}) {
        const auto& pi = policies[c];
        const auto& a = advantages[c];
        const double alpha = maxStepWithinBudget(pi, a, delta, units).value();
        ASSERT_TRUE(std::isfinite(alpha)) << "case " << c;
        const double kl = klAt(pi, a, alpha, units);
        const double rel = std::fabs(kl - delta) / delta;
        worst = std::max(worst, rel);
        EXPECT_LE(rel, 1e-13) << "case " << c << " delta " << delta;
        // The budget binds: a step 1e-9 longer exceeds it, 1e-9 shorter not.
        EXPECT_GT(klAt(pi, a, alpha * (1 + 1e-9), units), delta);
        EXPECT_LT(klAt(pi, a, alpha * (1 - 1e-9), units), delta);
      }
    }
  }
  RecordProperty("worst_budget_relative_error", formatNumber(worst));
}

TEST(TrustRegion, MaxStepIsInfiniteOnlyForAdvantagesConstantOnTheSupport) {
  const std::vector<double> flat = {2, 2, 2, 2};
  EXPECT_EQ(maxStepWithinBudget(kPi, flat, 0.01).value(), kInf);
  // Different advantages only where pi_old is 0: the update never moves.
  const std::vector<double> pi_zero = {0, 0.5, 0.5}, a_zero = {100, 1, 1};
  EXPECT_EQ(maxStepWithinBudget(pi_zero, a_zero, 1e-6).value(), kInf);
  // pi_old already has 0.999 on the best action, and -log 0.999 ~ 0.001 is
  // far inside a budget of 10 nats. But that is the limit of the reverse
  // divergence D(pi_alpha || pi_old); the forward one grows like
  // alpha (max A - E_old[A]) + log 0.999 = 0.001 alpha - 0.001, so the
  // budget is spent near alpha = 1e4.
  const std::vector<double> pi = {0.999, 0.001}, a = {1, 0};
  const double alpha = maxStepWithinBudget(pi, a, 10).value();
  EXPECT_NEAR(alpha, (10 - std::log(0.999)) / 0.001, 1e-6);
  EXPECT_NEAR(klAt(pi, a, alpha), 10.0, 1e-9);
}

TEST(TrustRegion, PpoObjectivesAllEqualTheOldExpectedAdvantageAtZeroStep) {
  // r = 1 everywhere: no clipping applies and D = 0.
  const auto at_zero = ppo(kPi, kAdvantages, 0.2, 5.0, {0.0});
  EXPECT_EQ(at_zero.unclipped[0], kMeanAdvantage);
  EXPECT_EQ(at_zero.clipped[0], kMeanAdvantage);
  EXPECT_EQ(at_zero.penalized[0], kMeanAdvantage);
}

TEST(TrustRegion, PpoUnclippedIsTheNewPolicysExpectedAdvantage) {
  for (double alpha : {0.1, 1.0, 10.0}) {
    const auto step = updated(kPi, kAdvantages, alpha);
    double want = 0.0;
    for (size_t i = 0; i < step.size(); ++i) want += step[i] * kAdvantages[i];
    EXPECT_NEAR(ppo(kPi, kAdvantages, 0.2, 0.0, {alpha}).unclipped[0], want,
                4 * kEps);
  }
}

TEST(TrustRegion, PpoClippedNeverExceedsUnclippedAndPenaltyIsBetaTimesKl) {
  std::mt19937_64 rng(32);
  std::normal_distribution<double> normal;
  std::vector<double> alphas;
  for (int i = 0; i <= 60; ++i) alphas.push_back(i * 0.25);
  for (int trial = 0; trial < 50; ++trial) {
    const auto pi = testing::randomDistribution(rng, 2 + trial % 7, true);
    std::vector<double> a(pi.size());
    for (double& x : a) x = normal(rng);
    const double beta = 0.5 * (trial % 4);
    const auto out = ppo(pi, a, 0.1 + 0.01 * trial, beta, alphas);
    const auto kl = klAlong(pi, a, alphas);
    for (size_t i = 0; i < alphas.size(); ++i) {
      ASSERT_LE(out.clipped[i], out.unclipped[i]) << "trial " << trial;
      ASSERT_NEAR(out.penalized[i], out.clipped[i] - beta * kl[i],
                  4 * kEps * (1 + beta * kl[i]));
    }
  }
}

TEST(TrustRegion, PpoClippedStopsGrowingOnceEveryRatioIsPastItsEdge) {
  // Positive advantage only on action 0. Past the step where r_0 > 1.2 and
  // r_1, r_2 < 0.8, every term is frozen at its clip edge:
  // 0.2 * 1.2 * 1 + 0.3 * 0.8 * (-0.5) + 0.5 * 0.8 * (-0.2) = 0.04.
  const std::vector<double> pi = {0.2, 0.3, 0.5}, a = {1.0, -0.5, -0.2};
  double edge = -1;
  for (double alpha = 0.0; alpha < 20; alpha += 0.01) {
    const auto step = updated(pi, a, alpha);
    if (step[0] / pi[0] > 1.2 && step[1] / pi[1] < 0.8 &&
        step[2] / pi[2] < 0.8) {
      edge = alpha;
      break;
    }
  }
  ASSERT_GT(edge, 0.0);
  std::vector<double> alphas;
  for (double f : {1.0, 1.5, 2.0, 5.0, 20.0, 100.0}) alphas.push_back(f * edge);
  const auto out = ppo(pi, a, 0.2, 0.0, alphas);
  for (size_t i = 0; i < alphas.size(); ++i) {
    EXPECT_NEAR(out.clipped[i], 0.04, 4 * kEps) << "alpha " << alphas[i];
    if (i > 0) EXPECT_GT(out.unclipped[i], out.unclipped[i - 1]);
  }
  // Before the edge the clipped objective was still moving.
  const auto before = ppo(pi, a, 0.2, 0.0, {0.5 * edge, 0.9 * edge});
  EXPECT_NE(before.clipped[0], before.clipped[1]);
  EXPECT_GT(std::fabs(before.clipped[0] - 0.04), 1e-3);
}

TEST(TrustRegion, EstimatorsAreUnbiasedWithinAFewStandardErrors) {
  for (double alpha : {0.1, 1.0, 3.0}) {
    const double exact = klAt(kPi, kAdvantages, alpha);
    for (uint64_t seed = 1; seed <= 20; ++seed) {
      const auto e =
          klEstimators(kPi, kAdvantages, alpha, 100000, seed).value();
      EXPECT_EQ(e.exact, exact);
      // |error| > 4.5 standard errors has probability 7e-6 per estimate.
      EXPECT_LE(std::fabs(e.k1Mean - exact), 4.5 * e.k1StdError)
          << "alpha " << alpha << " seed " << seed;
      EXPECT_LE(std::fabs(e.k3Mean - exact), 4.5 * e.k3StdError)
          << "alpha " << alpha << " seed " << seed;
    }
  }
}

TEST(TrustRegion, EstimatorErrorsShrinkLikeOneOverRootN) {
  const double alpha = 1.0;
  const double exact = klAt(kPi, kAdvantages, alpha);
  const auto small = klEstimators(kPi, kAdvantages, alpha, 10000, 4).value();
  const auto large = klEstimators(kPi, kAdvantages, alpha, 10000000, 4).value();
  EXPECT_NEAR(large.k1StdError / small.k1StdError, std::sqrt(1e-3), 2e-3);
  EXPECT_NEAR(large.k3StdError / small.k3StdError, std::sqrt(1e-3), 2e-3);
  EXPECT_LE(std::fabs(large.k1Mean - exact), 4.5 * large.k1StdError);
  EXPECT_LE(std::fabs(large.k3Mean - exact), 4.5 * large.k3StdError);
  RecordProperty("k1_error_at_1e7", formatNumber(large.k1Mean - exact));
  RecordProperty("k3_error_at_1e7", formatNumber(large.k3Mean - exact));
}

TEST(TrustRegion, EstimatorsAverageTheDrawsOfSampleCounts) {
  // k1 = log(pi_old(x) / pi_alpha(x)) averaged over the counted draws.
  const double alpha = 2.0;
  const uint64_t n = 1000, seed = 77;
  std::vector<double> counts(kPi.size());
  ASSERT_FALSE(sampleCounts(kPi, n, seed, counts));
  const auto step = updated(kPi, kAdvantages, alpha);
  double want = 0.0;
  for (size_t i = 0; i < kPi.size(); ++i) {
    want += counts[i] / n * std::log(kPi[i] / step[i]);
  }
  const auto e = klEstimators(kPi, kAdvantages, alpha, n, seed).value();
  EXPECT_NEAR(e.k1Mean, want, 1e-14);
}

TEST(TrustRegion, K3IsNeverNegativeWhileK1CanBe) {
  // Two draws: k1 averages -log r, negative whenever the draws favour
  // actions the update made more likely; k3 = (r - 1) - log r >= 0 always.
  int negative_k1 = 0;
  for (uint64_t seed = 0; seed < 500; ++seed) {
    const auto e = klEstimators(kPi, kAdvantages, 3.0, 2, seed).value();
    ASSERT_GE(e.k3Mean, 0.0) << "seed " << seed;
    negative_k1 += e.k1Mean < 0;
  }
  EXPECT_GT(negative_k1, 0);
}

TEST(TrustRegion, K3HasTheSmallerStandardErrorForSmallSteps) {
  // For small alpha, log r ~ alpha B: k1's spread is O(alpha), k3's is
  // O(alpha^2), since k3 ~ (log r)^2 / 2.
  for (double alpha : {0.01, 0.1, 0.5}) {
    const auto e = klEstimators(kPi, kAdvantages, alpha, 100000, 9).value();
    EXPECT_LT(e.k3StdError, e.k1StdError) << "alpha " << alpha;
  }
  const auto tiny = klEstimators(kPi, kAdvantages, 0.01, 100000, 9).value();
  EXPECT_LT(tiny.k3StdError, 0.05 * tiny.k1StdError);
}

TEST(TrustRegion, EstimatesInBitsAreNatsTimesLog2E) {
  const auto nats = klEstimators(kPi, kAdvantages, 1.0, 1000, 3).value();
  const auto bits =
      klEstimators(kPi, kAdvantages, 1.0, 1000, 3, Units::kBits).value();
  EXPECT_NEAR(bits.exact, nats.exact / std::log(2.0), 1e-15);
  EXPECT_NEAR(bits.k1Mean, nats.k1Mean / std::log(2.0), 1e-15);
  EXPECT_NEAR(bits.k3StdError, nats.k3StdError / std::log(2.0), 1e-15);
}

TEST(TrustRegion, RefusesBadInputNamingTheArgument) {
  std::vector<double> out(4), short_out(3);
  const auto message = [](const std::optional<InputError>& e) {
    return e ? e->message : "";
  };
  EXPECT_EQ(message(policyUpdate(kPi, kAdvantages, -1.0, out)),
            "alpha = -1 is negative; a step size must be >= 0");
  EXPECT_EQ(message(policyUpdate(kPi, kAdvantages, std::nan(""), out)),
            "alpha is NaN, not a number");
  EXPECT_EQ(message(policyUpdate(kPi, std::vector<double>{1, 2}, 1.0, out)),
            "piOld and advantages have different lengths (4 and 2); there "
            "must be one advantage per action");
  const std::vector<double> bad = {0.5, 0.6}, pair = {1, 2};
  EXPECT_EQ(message(policyUpdate(bad, pair, 1.0, short_out)),
            "piOld sums to 1.1, not 1 (allowed error 1e-09); it is not "
            "renormalised for you");
  const std::vector<double> infinite = {1, kInf, 0, 0};
  EXPECT_EQ(message(policyUpdate(kPi, infinite, 1.0, out)),
            "advantages[1] is Infinity; it must be finite");
  const std::vector<double> halves = {0.5, 0.5}, huge = {1e308, -1e308};
  EXPECT_EQ(message(policyUpdate(halves, huge, 1.0, short_out)),
            "advantages range from -1e+308 to 1e+308; their spread must be a "
            "finite number");
  EXPECT_EQ(message(policyUpdate(kPi, kAdvantages, 1.0, short_out)),
            "out and piOld have different lengths (3 and 4)");
  EXPECT_EQ(
      message(klAlongUpdate(kPi, kAdvantages, std::vector<double>{0.0, -0.5},
                            Units::kNats, out)),
      "alphas[1] = -0.5 is negative; a step size must be >= 0");
  EXPECT_EQ(maxStepWithinBudget(kPi, kAdvantages, 0.0).error(),
            "delta = 0 must be positive");
  EXPECT_EQ(maxStepWithinBudget(kPi, kAdvantages, kInf).error(),
            "delta is Infinity; it must be finite");
  std::vector<double> one(1), two(2);
  const std::vector<double> alpha = {1.0};
  EXPECT_EQ(
      message(ppoSurrogate(kPi, kAdvantages, 1.0, 0.0, alpha, one, one, one)),
      "epsilon = 1 is outside (0, 1)");
  EXPECT_EQ(
      message(ppoSurrogate(kPi, kAdvantages, 0.2, -1.0, alpha, one, one, one)),
      "beta = -1 is negative; it must be >= 0");
  EXPECT_EQ(
      message(ppoSurrogate(kPi, kAdvantages, 0.2, 0.0, alpha, one, two, one)),
      "clipped and alphas have different lengths (2 and 1)");
  EXPECT_EQ(klEstimators(kPi, kAdvantages, 1.0, 1, 0).error(),
            "n = 1 is outside [2, 10000000]");
  EXPECT_EQ(klEstimators(kPi, kAdvantages, 1.0, kMaxDraws + 1, 0).error(),
            "n = 10000001 is outside [2, 10000000]");
}

}  // namespace
}  // namespace infotheory
