#include "vector_log.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>
#include <random>
#include <string>
#include <vector>

#include "cross_entropy.hpp"
#include "entropy.hpp"
#include "kl_divergence.hpp"
#include "random_distributions.hpp"
#include "summation.hpp"
#include "validate.hpp"

namespace infotheory {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kMin = std::numeric_limits<double>::min();
constexpr double kMax = std::numeric_limits<double>::max();
constexpr double kDenormMin = std::numeric_limits<double>::denorm_min();
constexpr double kEps = std::numeric_limits<double>::epsilon();

bool haveLongDouble() { return std::numeric_limits<long double>::digits >= 64; }

// |got - want| in units of the last place of want as a double: 2^(e - 52)
// for |want| in [2^e, 2^(e+1)).
double ulpError(double got, long double want) {
  if (want == 0) return got == 0 ? 0.0 : kInf;
  int e;
  std::frexp(static_cast<double>(want), &e);  // |want| in [2^(e-1), 2^e)
  return static_cast<double>(std::fabs(got - want) / std::ldexp(1.0L, e - 53));
}

// How many doubles apart a and b are (same sign or zero).
uint64_t ulpDistance(double a, double b) {
  const auto ordered = [](double x) {
    const auto u = std::bit_cast<int64_t>(x);
    return u < 0 ? std::numeric_limits<int64_t>::min() - u : u;
  };
  const int64_t d = ordered(a) - ordered(b);
  return static_cast<uint64_t>(d < 0 ? -d : d);
}

// The log test inputs: positive finite doubles of every kind the brief names.
std::vector<double> logInputs() {
  std::mt19937_64 rng(20240601);
  std::vector<double> x;
  // Random bit patterns over the whole positive range (normal and
  // subnormal): uniform in the exponent.
  std::uniform_int_distribution<uint64_t> positive(1, 0x7fefffffffffffff);
  for (int i = 0; i < 1500000; ++i)
    x.push_back(std::bit_cast<double>(positive(rng)));
  // Subnormals of every length.
  std::uniform_int_distribution<uint64_t> mantissa(1, 0x000fffffffffffff);
  for (int i = 0; i < 200000; ++i) {
    const uint64_t m = mantissa(rng) >> (i % 52);
    x.push_back(std::bit_cast<double>(m == 0 ? 1 : m));
  }
  // Probabilities: uniform in (0, 1].
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  for (int i = 0; i < 500000; ++i) x.push_back(1.0 - unit(rng));
  // Every power of two, and its neighbours.
  for (int e = -1074; e <= 1023; ++e) {
    const double t = std::ldexp(1.0, e);
    x.push_back(t);
    if (e > -1074) x.push_back(std::nextafter(t, 0.0));
    x.push_back(std::nextafter(t, kInf));
  }
  // 1 +- k eps.
  for (int k = 1; k <= 100000; ++k) {
    x.push_back(1.0 + k * kEps);
    x.push_back(1.0 - k * kEps / 2);
  }
  // Around the range reduction's boundaries, sqrt(2)/2 and sqrt(2) (and the
  // high words 0x3fe6a09e, 0x3ff6a09e where it switches), in many binades.
  const uint64_t boundaries[] = {0x3fe6a09e667f3bcd, 0x3ff6a09e667f3bcd,
                                 0x3fe6a09e00000000, 0x3ff6a09e00000000};
  for (const uint64_t b : boundaries) {
    for (int e : {-1070, -1022, -500, -3, 0, 1, 7, 500, 1020}) {
      for (int64_t k = -2000; k <= 2000; ++k) {
        const double y = std::ldexp(std::bit_cast<double>(b + k), e);
        if (y > 0 && y <= kMax) x.push_back(y);
      }
    }
  }
  for (double y : {kMax, std::nextafter(kMax, 0.0), kMin, kDenormMin,
                   std::nextafter(kMin, 0.0), 1.0, 2.0, 0.5, 10.0, 0.1}) {
    x.push_back(y);
  }
  return x;
}

std::vector<double> vectorLogs(const std::vector<double>& x) {
  std::vector<double> out(x.size());
  simd::logOfEach(x, out);
  return out;
}

TEST(VectorLog, WithinOneUlpOfLongDoubleOnMillionsOfInputs) {
  if (!haveLongDouble()) GTEST_SKIP();
  const auto x = logInputs();
  ASSERT_GE(x.size(), 2500000u);
  const auto y = vectorLogs(x);
  double worst = 0.0, worst_at = 0.0;
  size_t above_half = 0;
  for (size_t i = 0; i < x.size(); ++i) {
    const double err = ulpError(y[i], std::log(static_cast<long double>(x[i])));
    if (err > 0.5) ++above_half;
    if (err > worst) {
      worst = err;
      worst_at = x[i];
    }
    ASSERT_LE(err, 1.0) << "x = " << std::hexfloat << x[i];
  }
  RecordProperty("inputs", std::to_string(x.size()));
  RecordProperty("worst_ulp_error", std::to_string(worst));
  RecordProperty("not_correctly_rounded", std::to_string(above_half));
  std::printf(
      "vector log: %zu inputs, worst error %.4f ulp at %a, %zu not "
      "correctly rounded\n",
      x.size(), worst, worst_at, above_half);
}

TEST(VectorLog, WithinOneUlpOfTheCLibrary) {
  const auto x = logInputs();
  const auto y = vectorLogs(x);
  size_t differ = 0;
  for (size_t i = 0; i < x.size(); ++i) {
    const uint64_t d = ulpDistance(y[i], std::log(x[i]));
    differ += d != 0;
    ASSERT_LE(d, 1u) << "x = " << std::hexfloat << x[i];
  }
  RecordProperty("differ_by_one_ulp", std::to_string(differ));
}

TEST(VectorLog, ExactWhereTheAnswerIs) {
  const auto one = simd::vlog(simd::splat(1.0));
  EXPECT_EQ(simd::lane0(one), 0.0);
  EXPECT_FALSE(std::signbit(simd::lane0(one)));
  // Powers of two: k ln2_hi + k ln2_lo, the nearest double to k ln 2 or
  // next to it; ln 2 and ln(1/2) themselves are correctly rounded.
  EXPECT_EQ(simd::lane0(simd::vlog(simd::splat(2.0))), std::log(2.0));
  EXPECT_EQ(simd::lane1(simd::vlog(simd::make2(1.0, 0.5))), -std::log(2.0));
  // The sign is right on both sides of 1.
  const auto near = simd::vlog(simd::make2(1.0 - kEps / 2, 1.0 + kEps));
  EXPECT_EQ(simd::lane0(near), -kEps / 2);
  EXPECT_EQ(simd::lane1(near), kEps - kEps * kEps / 2);
}

TEST(VectorLog, SpecialValuesLaneByLane) {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const double x[] = {0.0, -0.0, -1.0, kInf, nan, -kInf, kDenormMin, 1.0, 3.0};
  for (double a : x) {
    for (double b : x) {
      const auto y = simd::vlog(simd::make2(a, b));
      const double want[] = {std::log(a), std::log(b)};
      const double got[] = {simd::lane0(y), simd::lane1(y)};
      for (int l = 0; l < 2; ++l) {
        if (std::isnan(want[l])) {
          EXPECT_TRUE(std::isnan(got[l])) << a << " " << b;
        } else {
          EXPECT_LE(ulpDistance(got[l], want[l]), 1u) << a << " " << b;
        }
      }
    }
  }
}

TEST(VectorLog, TheBranchFreeProbabilityFormIsBitForBitTheSame) {
  const auto x = logInputs();
  size_t checked = 0;
  for (size_t i = 0; i + 1 < x.size(); i += 2) {
    if (!(x[i] <= 1.0 && x[i + 1] <= 1.0)) continue;
    const auto v = simd::make2(x[i], x[i + 1]);
    const auto a = simd::vlog(v), b = simd::logProbability(v);
    ASSERT_EQ(simd::lane0(a), simd::lane0(b)) << std::hexfloat << x[i];
    ASSERT_EQ(simd::lane1(a), simd::lane1(b)) << std::hexfloat << x[i + 1];
    ++checked;
  }
  EXPECT_GT(checked, 500000u);
  // 0 and -0 give a finite value, so that 0 log 0 = 0 * finite = 0.
  const auto zero = simd::logProbability(simd::make2(0.0, -0.0));
  EXPECT_TRUE(std::isfinite(simd::lane0(zero)));
  EXPECT_TRUE(std::isfinite(simd::lane1(zero)));
}

// log(p / q) in long double. Within a factor of 2 p - q is exact and
// log1p keeps the relative accuracy of a small result; beyond, |log| > ln 2
// and the quotient's rounding (2^-64) is 2^-11 ulp.
long double referenceLogRatio(double p, double q) {
  const long double lp = p, lq = q;
  if (p >= 0.5 * q && p <= 2.0 * q) return std::log1p((lp - lq) / lq);
  return std::log(lp / lq);
}

TEST(VectorLogRatio, AccurateForNearAndFarRatios) {
  if (!haveLongDouble()) GTEST_SKIP();
  std::mt19937_64 rng(7);
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  std::uniform_int_distribution<uint64_t> positive(1, 0x3ff0000000000000);
  double worst_near = 0.0, worst_far = 0.0;
  for (int i = 0; i < 1000000; ++i) {
    double p, q;
    switch (i % 4) {
      case 0:  // both uniform in (0, 1]
        p = 1.0 - unit(rng);
        q = 1.0 - unit(rng);
        break;
      case 1:  // anywhere in (0, 1], subnormals included
        p = std::bit_cast<double>(positive(rng));
        q = std::bit_cast<double>(positive(rng));
        break;
      case 2:  // q within a factor of 2 of p
        p = 1.0 - unit(rng);
        q = p * (0.5 + 1.5 * unit(rng));
        break;
      default:  // q very close to p
        p = std::bit_cast<double>(positive(rng));
        q = p * (1.0 + std::ldexp(unit(rng) - 0.5, -static_cast<int>(i % 50)));
        break;
    }
    if (!(q > 0.0)) continue;
    const double got =
        simd::lane0(simd::vlogRatio(simd::make2(p, 1.0), simd::make2(q, 1.0)));
    const long double want = referenceLogRatio(p, q);
    const double err = ulpError(got, want);
    const bool near = p >= 0.5 * q && p <= 2.0 * q;
    (near ? worst_near : worst_far) =
        std::max(near ? worst_near : worst_far, err);
    // One rounding of f (<= 0.6 ulp of the result) plus the log's < 1 ulp.
    ASSERT_LE(err, 1.6) << std::hexfloat << "p = " << p << " q = " << q;
  }
  RecordProperty("worst_ulp_near", std::to_string(worst_near));
  RecordProperty("worst_ulp_far", std::to_string(worst_far));
  std::printf("log ratio: worst %.3f ulp for q/2 <= p <= 2q, %.3f ulp beyond\n",
              worst_near, worst_far);
}

// As KlDivergence.TermKeepsRelativeAccuracyAsQApproachesP, for the vector
// term over many random near-equal pairs.
TEST(VectorLogRatio, KlTermsKeepRelativeAccuracyAsQApproachesP) {
  if (!haveLongDouble()) GTEST_SKIP();
  std::mt19937_64 rng(8);
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  double worst = 0.0;
  for (int i = 0; i < 200000; ++i) {
    const double p = std::ldexp(1.0 - unit(rng), -static_cast<int>(i % 40));
    const double rel = std::ldexp(unit(rng) - 0.5, -static_cast<int>(i % 45));
    const double q = p * (1 + rel);
    const double got = p * simd::lane0(simd::logRatioPositiveNormal(
                               simd::splat(p), simd::splat(q)));
    const long double lp = p, lq = q;
    const long double want = lp * std::log1p((lp - lq) / lq);
    if (want == 0) {
      EXPECT_EQ(got, 0.0);
      continue;
    }
    const double err = static_cast<double>(std::fabs((got - want) / want));
    worst = std::max(worst, err);
    ASSERT_LE(err, 4e-16) << std::hexfloat << "p " << p << " q " << q;
  }
  RecordProperty("worst_relative_error", std::to_string(worst));
}

TEST(VectorLogRatio, TheBranchFreeProbabilityFormIsBitForBitTheSame) {
  std::mt19937_64 rng(9);
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  std::uniform_int_distribution<uint64_t> positive(1, 0x3ff0000000000000);
  for (int i = 0; i < 500000; ++i) {
    const double p =
        i % 2 ? 1.0 - unit(rng) : std::bit_cast<double>(positive(rng));
    const double q = i % 3 ? p * (0.25 + 3 * unit(rng))
                           : std::bit_cast<double>(positive(rng));
    if (!(q > 0 && q <= 1)) continue;
    const auto a = simd::vlogRatio(simd::make2(p, q), simd::make2(q, p));
    const auto b =
        simd::logRatioProbabilities(simd::make2(p, q), simd::make2(q, p));
    ASSERT_EQ(simd::lane0(a), simd::lane0(b)) << std::hexfloat << p << " " << q;
    ASSERT_EQ(simd::lane1(a), simd::lane1(b)) << std::hexfloat << p << " " << q;
  }
  // Zeros give finite values (the kernels multiply them by p = 0).
  for (double q : {0.0, 1.0, 0.3, 1e-310, 0.75}) {
    const auto y =
        simd::logRatioProbabilities(simd::make2(0.0, q), simd::make2(q, 0.0));
    EXPECT_TRUE(std::isfinite(simd::lane0(y))) << q;
    EXPECT_TRUE(std::isfinite(simd::lane1(y))) << q;
  }
}

TEST(VectorLogRatio, EqualArgumentsGiveExactlyZeroAndSpecialsAreDefined) {
  for (double p : {1.0, 0.3, kMin, kDenormMin, 1e-300, 7e-310}) {
    const auto y = simd::vlogRatio(simd::splat(p), simd::splat(p));
    EXPECT_EQ(simd::lane0(y), 0.0);
    EXPECT_FALSE(std::signbit(simd::lane0(y)));
  }
  const auto y = simd::vlogRatio(simd::make2(0.0, 0.5), simd::make2(0.5, 0.0));
  EXPECT_EQ(simd::lane0(y), -kInf);
  EXPECT_EQ(simd::lane1(y), kInf);
  EXPECT_TRUE(std::isnan(
      simd::lane0(simd::vlogRatio(simd::splat(0.0), simd::splat(0.0)))));
  // The quotient would overflow or underflow a double.
  EXPECT_NEAR(
      simd::lane0(simd::vlogRatio(simd::splat(1.0), simd::splat(1e-320))),
      -std::log(1e-320), 1e-13);
  EXPECT_NEAR(
      simd::lane0(simd::vlogRatio(simd::splat(1e-320), simd::splat(1.0))),
      std::log(1e-320), 1e-13);
}

TEST(Sum2, EachLaneIsANeumaierSum) {
  // Neumaier's example: plain or Kahan summation gives 0, the exact sum is 2.
  const double x[] = {1.0, 1e100, 1.0, -1e100};
  simd::Sum2 sum;
  for (double v : x) sum.add(simd::make2(v, 2 * v));
  NeumaierSum lane0;
  for (double v : x) lane0.add(v);
  EXPECT_EQ(lane0.value(), 2.0);
  EXPECT_EQ(sum.value(), 6.0);
}

// --- The kernels, against the scalar std::log path they replaced -----------

double scalarEntropy(std::span<const double> p) {
  NeumaierSum sum;
  for (double pi : p) {
    if (pi > 0.0) sum.add(-pi * std::log(pi));
  }
  return sum.value();
}

double scalarCrossEntropy(std::span<const double> p,
                          std::span<const double> q) {
  NeumaierSum sum;
  for (size_t i = 0; i < p.size(); ++i) {
    if (p[i] == 0.0) continue;
    if (q[i] == 0.0) return kInf;
    sum.add(-p[i] * std::log(q[i]));
  }
  return sum.value();
}

double scalarKl(std::span<const double> p, std::span<const double> q) {
  NeumaierSum sum;
  for (size_t i = 0; i < p.size(); ++i) {
    if (p[i] == 0.0) continue;
    if (q[i] == 0.0) return kInf;
    sum.add(klTerm(p[i], q[i]));
  }
  return std::max(0.0, sum.value());
}

// Some entries replaced by subnormals (then renormalised: still a
// distribution, and still with subnormal entries).
std::vector<double> withSubnormals(std::vector<double> p,
                                   std::mt19937_64& rng) {
  std::uniform_int_distribution<size_t> at(0, p.size() - 1);
  for (int k = 0; k < 3; ++k) p[at(rng)] = 1e-310 * (k + 1);
  return p;
}

double relative(double got, double want) {
  if (got == want) return 0.0;
  return std::fabs(got - want) / std::fabs(want);
}

TEST(VectorKernels, AgreeWithTheScalarPathTo1e14) {
  std::mt19937_64 rng(11);
  double worst_h = 0, worst_ce = 0, worst_kl = 0;
  for (int trial = 0; trial < 3000; ++trial) {
    const size_t k = trial < 2990 ? 1 + trial % 1001 : 100000 + trial;
    auto p = testing::randomDistribution(rng, k, trial % 3 == 0);
    auto q = testing::randomDistribution(rng, k, false);
    if (trial % 7 == 0) p = withSubnormals(p, rng);
    if (trial % 11 == 0) q = withSubnormals(q, rng);
    const double h = entropyNats(p), ce = crossEntropyNats(p, q);
    const double kl = klDivergenceNats(p, q);
    worst_h = std::max(worst_h, relative(h, scalarEntropy(p)));
    worst_ce = std::max(worst_ce, relative(ce, scalarCrossEntropy(p, q)));
    // KL can be small by cancellation; compare against the size of its terms.
    double scale = 0;
    for (size_t i = 0; i < k; ++i) {
      if (p[i] > 0) scale += std::fabs(klTerm(p[i], q[i]));
    }
    const double kl_err = scale == 0 ? relative(kl, scalarKl(p, q))
                                     : std::fabs(kl - scalarKl(p, q)) / scale;
    worst_kl = std::max(worst_kl, kl_err);
    ASSERT_LE(relative(h, scalarEntropy(p)), 1e-14) << trial;
    ASSERT_LE(relative(ce, scalarCrossEntropy(p, q)), 1e-14) << trial;
    ASSERT_LE(kl_err, 1e-14) << trial;
    ASSERT_LE(relative(kl, scalarKl(p, q)), 1e-14) << trial;
    ASSERT_GE(h, 0.0);
    ASSERT_GE(kl, 0.0);
  }
  RecordProperty("worst_entropy", std::to_string(worst_h));
  RecordProperty("worst_cross_entropy", std::to_string(worst_ce));
  RecordProperty("worst_kl", std::to_string(worst_kl));
  std::printf("vs scalar: entropy %.2e, cross-entropy %.2e, KL %.2e\n", worst_h,
              worst_ce, worst_kl);
}

TEST(VectorKernels, ZerosInfinitiesAndOddTails) {
  // Q = 0 where P > 0: in a pair, in the odd last entry, in either lane.
  for (size_t n : {1, 2, 3, 4, 5}) {
    for (size_t at = 0; at < n; ++at) {
      std::vector<double> p(n, 1.0 / n), q(n, 0.0);
      for (size_t i = 0; i < n; ++i) {
        if (i != at) q[i] = 1.0 / (n - 1);
      }
      EXPECT_EQ(crossEntropyNats(p, q), kInf) << n << " " << at;
      EXPECT_EQ(klDivergenceNats(p, q), kInf) << n << " " << at;
      // The other way round P's zero costs nothing.
      if (n > 1) {
        EXPECT_TRUE(std::isfinite(crossEntropyNats(q, p)));
        EXPECT_NEAR(klDivergenceNats(q, p), scalarKl(q, p), 1e-15);
        EXPECT_NEAR(entropyNats(q), std::log(n - 1.0), 1e-15);
      }
    }
  }
  // P = 0 where Q = 0 counts 0, in a pair and alone.
  const std::vector<double> p = {0.5, 0.0, 0.5}, q = {0.5, 0.0, 0.5};
  EXPECT_EQ(klDivergenceNats(p, q), 0.0);
  EXPECT_EQ(crossEntropyNats(p, q), std::log(2.0));
  const std::vector<double> p2 = {0.5, 0.5, 0.0}, q2 = {0.25, 0.75, 0.0};
  EXPECT_NEAR(crossEntropyNats(p2, q2), scalarCrossEntropy(p2, q2), 1e-16);
}

TEST(VectorKernels, ExactIdentitiesSurvive) {
  std::mt19937_64 rng(12);
  for (int trial = 0; trial < 500; ++trial) {
    auto p = testing::randomDistribution(rng, 1 + trial % 37, trial % 2 == 0);
    if (trial % 5 == 0) p = withSubnormals(p, rng);
    const double kl = klDivergenceNats(p, p);
    EXPECT_EQ(kl, 0.0);
    EXPECT_FALSE(std::signbit(kl));
    EXPECT_EQ(crossEntropyNats(p, p), entropyNats(p));
  }
  for (size_t n : {1, 2, 3}) {
    for (size_t at = 0; at < n; ++at) {
      std::vector<double> point(n, 0.0);
      point[at] = 1.0;
      EXPECT_EQ(entropyNats(point), 0.0);
      EXPECT_FALSE(std::signbit(entropyNats(point)));
    }
  }
}

TEST(VectorKernels, ValidationStillNamesTheFirstBadEntry) {
  for (size_t n : {3, 4, 1000, 1001}) {
    std::vector<double> p(n, 1.0 / n);
    p[n - 1] = std::nan("");
    p[n / 2] = -0.25;
    EXPECT_EQ(checkDistribution(p, "P")->message,
              "P[" + std::to_string(n / 2) +
                  "] = -0.25 is negative; a probability must be in [0, 1]");
    p[1] = 1.5;
    EXPECT_EQ(checkDistribution(p, "P")->message,
              "P[1] = 1.5 is greater than 1; a probability must be in [0, 1]");
  }
  std::vector<double> p(1001, 1.0 / 1001);
  p[1000] = -0.0;  // -0 is a probability
  p[0] += 1.0 / 1001;
  EXPECT_FALSE(checkDistribution(p, "P"));
  p.push_back(kInf);
  EXPECT_EQ(checkDistribution(p, "P")->message,
            "P[1001] is Infinity; a probability must be finite");
}

}  // namespace
}  // namespace infotheory
