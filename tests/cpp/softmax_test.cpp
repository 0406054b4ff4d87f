#include "softmax.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <numeric>
#include <random>
#include <string>
#include <vector>

#include "validate.hpp"

namespace infotheory {
namespace {

constexpr double kEps = std::numeric_limits<double>::epsilon();

std::vector<double> logSoftmaxOf(const std::vector<double>& z) {
  std::vector<double> out(z.size());
  EXPECT_FALSE(logSoftmax(z, out));
  return out;
}

std::vector<double> softmaxOf(const std::vector<double>& z) {
  std::vector<double> out(z.size());
  EXPECT_FALSE(softmax(z, out));
  return out;
}

std::vector<double> gradientOf(const std::vector<double>& z, size_t k) {
  std::vector<double> out(z.size());
  EXPECT_FALSE(softmaxCrossEntropyGradient(z, k, out));
  return out;
}

// log softmax in extended precision (x86-64 long double: 11 more bits).
std::vector<long double> referenceLogSoftmax(const std::vector<double>& z) {
  long double m = z[0];
  for (double x : z) m = std::max(m, static_cast<long double>(x));
  long double sum = 0;
  for (double x : z) sum += std::exp(static_cast<long double>(x) - m);
  std::vector<long double> out;
  for (double x : z)
    out.push_back(static_cast<long double>(x) - m - std::log(sum));
  return out;
}

TEST(Softmax, MatchesTheClosedFormForLogsOfOneTwoThree) {
  // exp(z) = 1, 2, 3: softmax = 1/6, 2/6, 3/6.
  const std::vector<double> z = {0.0, std::log(2.0), std::log(3.0)};
  const auto p = softmaxOf(z);
  EXPECT_NEAR(p[0], 1.0 / 6.0, 2 * kEps / 6.0);
  EXPECT_NEAR(p[1], 2.0 / 6.0, 2 * kEps / 3.0);
  EXPECT_NEAR(p[2], 3.0 / 6.0, 2 * kEps / 2.0);
  const auto lp = logSoftmaxOf(z);
  EXPECT_NEAR(lp[0], -std::log(6.0), 4 * kEps);
  EXPECT_NEAR(lp[1], -std::log(3.0), 4 * kEps);
  EXPECT_NEAR(lp[2], -std::log(2.0), 4 * kEps);
  EXPECT_NEAR(softmaxCrossEntropy(z, 0).value(), std::log(6.0), 4 * kEps);
  EXPECT_NEAR(softmaxCrossEntropy(z, 1).value(), std::log(6.0) - std::log(2.0),
              4 * kEps);
  EXPECT_NEAR(softmaxCrossEntropy(z, 2).value(), std::log(2.0), 4 * kEps);
}

TEST(Softmax, CrossEntropyInBitsIsNatsTimesLog2E) {
  const std::vector<double> z = {0.0, std::log(2.0), std::log(3.0)};
  EXPECT_NEAR(softmaxCrossEntropy(z, 2, Units::kBits).value(), 1.0, 4 * kEps);
  EXPECT_NEAR(softmaxCrossEntropy(z, 0, Units::kBits).value(), std::log2(6.0),
              8 * kEps);
}

TEST(Softmax, LogitsOfPlusMinus1e4AreExactAndFinite) {
  // exp(1e4) overflows; shifted by the maximum, nothing does, and the
  // other terms (exp(-1e4), exp(-2e4)) underflow to exactly 0.
  const std::vector<double> z = {1e4, -1e4, 0.0};
  EXPECT_EQ(logSoftmaxOf(z), (std::vector<double>{0.0, -2e4, -1e4}));
  EXPECT_EQ(softmaxOf(z), (std::vector<double>{1.0, 0.0, 0.0}));
  EXPECT_EQ(softmaxCrossEntropy(z, 0).value(), 0.0);
  EXPECT_EQ(softmaxCrossEntropy(z, 1).value(), 2e4);
  EXPECT_EQ(softmaxCrossEntropy(z, 2).value(), 1e4);
  // Close to each other at the top: log-softmax = -log1p(e^-1) and
  // -1 - log1p(e^-1), and the far logit keeps its exact offset.
  const std::vector<double> near = {1e4, 1e4 - 1.0, -1e4};
  const auto lp = logSoftmaxOf(near);
  const double l = std::log1p(std::exp(-1.0));
  EXPECT_NEAR(lp[0], -l, 2 * kEps);
  EXPECT_NEAR(lp[1], -1.0 - l, 4 * kEps);
  EXPECT_EQ(lp[2], -2e4 - l);
  const auto tied = logSoftmaxOf({-1e4, -1e4, -1e4});
  for (double x : tied) EXPECT_NEAR(x, -std::log(3.0), 2 * kEps);
}

TEST(Softmax, AgreesWithExtendedPrecisionOnRandomLogitsOfEveryScale) {
  if (std::numeric_limits<long double>::digits < 64) GTEST_SKIP();
  std::mt19937_64 rng(11);
  std::normal_distribution<double> normal;
  double worst_log = 0.0, worst_p = 0.0;
  for (int trial = 0; trial < 400; ++trial) {
    const double scale = std::pow(10.0, trial % 5);  // 1 .. 1e4
    std::vector<double> z(1 + trial % 40);
    for (double& x : z) x = scale * normal(rng);
    const auto want = referenceLogSoftmax(z);
    const auto lp = logSoftmaxOf(z);
    const auto p = softmaxOf(z);
    for (size_t i = 0; i < z.size(); ++i) {
      // Absolute error in the log is relative error in the probability; the
      // inputs' own rounding limits it to ~ulp(|z_i - max|).
      const double ulp =
          kEps * std::max(1.0, std::fabs(static_cast<double>(want[i])));
      const double err_log = std::fabs(static_cast<double>(lp[i] - want[i]));
      ASSERT_LE(err_log, 4 * ulp) << "trial " << trial << " i " << i;
      worst_log = std::max(worst_log, err_log / ulp);
      const long double p_want = std::exp(want[i]);
      if (p_want > 1e-300L) {
        const double err_p =
            static_cast<double>(std::fabs((p[i] - p_want) / p_want));
        // Relative to p itself, not to |log p|: the rounding of z_i - max
        // is put back before exp.
        ASSERT_LE(err_p, 4 * kEps) << "trial " << trial << " i " << i;
        worst_p = std::max(worst_p, err_p / kEps);
      }
    }
  }
  RecordProperty("worst_log_softmax_error_ulps", formatNumber(worst_log));
  RecordProperty("worst_softmax_relative_error_ulps", formatNumber(worst_p));
}

TEST(Softmax, SumsToOneWithinAFewUlps) {
  if (std::numeric_limits<long double>::digits < 64) GTEST_SKIP();
  std::mt19937_64 rng(12);
  std::normal_distribution<double> normal;
  for (int trial = 0; trial < 500; ++trial) {
    std::vector<double> z(1 + trial % 1000);
    const double scale = std::pow(10.0, trial % 4 - 1);
    for (double& x : z) x = scale * normal(rng);
    const auto p = softmaxOf(z);
    long double total = 0;
    for (double x : p) total += x;
    ASSERT_LE(std::fabs(static_cast<double>(total - 1.0L)), 4 * kEps)
        << "trial " << trial;
  }
}

TEST(Softmax, AddingAConstantToEveryLogitChangesNothing) {
  // Multiples of 1/8 plus 1024 or -1e4 are exact, so the shifted logits
  // differ from the originals by exactly the constant and the outputs must
  // be identical, not merely close.
  const std::vector<double> z = {0.5, -2.25, 3.125, 3.125, -7.0};
  for (double c : {1024.0, -1e4, 1e4}) {
    std::vector<double> shifted = z;
    for (double& x : shifted) x += c;
    EXPECT_EQ(logSoftmaxOf(shifted), logSoftmaxOf(z)) << "c " << c;
    EXPECT_EQ(softmaxOf(shifted), softmaxOf(z)) << "c " << c;
    EXPECT_EQ(softmaxCrossEntropy(shifted, 1).value(),
              softmaxCrossEntropy(z, 1).value());
  }
}

TEST(Softmax, CrossEntropyOfAConfidentCorrectClassKeepsItsDigits) {
  // loss = log1p(e^-50) ~ 1.9e-22; 1 - softmax would round to 0.
  const std::vector<double> z = {50.0, 0.0};
  const double want = std::log1p(std::exp(-50.0));
  EXPECT_NEAR(softmaxCrossEntropy(z, 0).value(), want, 2 * kEps * want);
  EXPECT_NEAR(softmaxCrossEntropy(z, 1).value(), 50.0 + want, 2 * kEps * 50);
  for (size_t k = 0; k < 2; ++k) {
    EXPECT_EQ(softmaxCrossEntropy(z, k).value(), -logSoftmaxOf(z)[k]);
  }
}

TEST(Softmax, GradientIsSoftmaxMinusOneHotAndSumsToZero) {
  const std::vector<double> z = {0.0, std::log(2.0), std::log(3.0)};
  const auto g = gradientOf(z, 1);
  EXPECT_NEAR(g[0], 1.0 / 6.0, 2 * kEps);
  EXPECT_NEAR(g[1], 2.0 / 6.0 - 1.0, 2 * kEps);
  EXPECT_NEAR(g[2], 3.0 / 6.0, 2 * kEps);
  std::mt19937_64 rng(13);
  std::normal_distribution<double> normal;
  for (int trial = 0; trial < 500; ++trial) {
    std::vector<double> logits(2 + trial % 50);
    for (double& x : logits) x = 5.0 * normal(rng);
    const size_t k = trial % logits.size();
    const auto grad = gradientOf(logits, k);
    long double total = 0;
    for (double x : grad) total += x;
    ASSERT_LE(std::fabs(static_cast<double>(total)), 4 * kEps)
        << "trial " << trial;
  }
}

TEST(Softmax, GradientMatchesCentralDifferencesOfTheLoss) {
  const std::vector<double> z = {0.3, -1.2, 2.0, 0.7};
  const size_t k = 3;
  const auto g = gradientOf(z, k);
  for (size_t i = 0; i < z.size(); ++i) {
    const double h = 1e-5;
    auto up = z, down = z;
    up[i] += h;
    down[i] -= h;
    const double numeric = (softmaxCrossEntropy(up, k).value() -
                            softmaxCrossEntropy(down, k).value()) /
                           (2 * h);
    EXPECT_NEAR(g[i], numeric, 1e-9) << "i " << i;
  }
}

TEST(Softmax, GradientOfAConfidentCorrectClassIsNotRoundedToZero) {
  // softmax_0 - 1 = -e^-40 / (1 + e^-40): computed as 1/(1+s) - 1 it would
  // be 0, and the gradient would no longer sum to 0.
  const std::vector<double> z = {40.0, 0.0};
  const auto g = gradientOf(z, 0);
  const double tail = std::exp(-40.0) / (1.0 + std::exp(-40.0));
  EXPECT_NEAR(g[0], -tail, 2 * kEps * tail);
  EXPECT_NEAR(g[1], tail, 2 * kEps * tail);
}

TEST(Softmax, RefusesBadInputNamingTheArgument) {
  const double nan = std::nan("");
  const double inf = std::numeric_limits<double>::infinity();
  std::vector<double> out(3);
  EXPECT_EQ(logSoftmax(std::vector<double>{0, nan, 1}, out)->message,
            "logits[1] is NaN, not a number");
  EXPECT_EQ(softmax(std::vector<double>{inf, 0, 1}, out)->message,
            "logits[0] is Infinity; it must be finite");
  EXPECT_EQ(softmax(std::vector<double>{}, out)->message, "logits is empty");
  EXPECT_EQ(softmaxCrossEntropy(std::vector<double>{0, 1, 2}, 3).error(),
            "trueClass = 3 is outside [0, 2]");
  EXPECT_EQ(softmaxCrossEntropy(std::vector<double>{0, -inf}, 0).error(),
            "logits[1] is -Infinity; it must be finite");
  EXPECT_EQ(
      softmaxCrossEntropyGradient(std::vector<double>{0, 1}, 2, out)->message,
      "trueClass = 2 is outside [0, 1]");
  EXPECT_EQ(logSoftmax(std::vector<double>{0, 1}, out)->message,
            "out and logits have different lengths (3 and 2)");
}

}  // namespace
}  // namespace infotheory

namespace infotheory {
namespace {

TEST(Softmax, GradientInBitsIsTheGradientInNatsTimesLog2E) {
  const std::vector<double> z{2, 0.5, -1, 7};
  for (size_t k = 0; k < z.size(); ++k) {
    std::vector<double> bits(z.size());
    ASSERT_FALSE(softmaxCrossEntropyGradient(z, k, bits, Units::kBits));
    const auto nats = gradientOf(z, k);
    for (size_t i = 0; i < z.size(); ++i) EXPECT_EQ(bits[i], nats[i] * kLog2E);
  }
}

}  // namespace
}  // namespace infotheory
