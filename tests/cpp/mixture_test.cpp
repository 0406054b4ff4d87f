#include "mixture.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <functional>
#include <limits>
#include <numbers>
#include <random>
#include <string>
#include <vector>

#include "gaussian.hpp"
#include "kl_landscape.hpp"
#include "mixture_fit.hpp"
#include "mixture_kl.hpp"

namespace infotheory {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

// The page's presets (web/panels/fits.js) and a few harder ones.
const Mixture kSymmetric = {{0.5, 0.5}, {-3, 3}, {0.7, 0.7}};
const Mixture kUnequal = {{0.3, 0.7}, {-3, 2}, {0.6, 1.2}};
const Mixture kClose = {{0.5, 0.5}, {-0.8, 0.8}, {1, 1}};
const Mixture kSeparated = {{0.3, 0.7}, {-3, 3}, {0.5, 0.5}};
const Mixture kLopsided = {{0.05, 0.95}, {-5, 5}, {0.2, 2.5}};

// --- An independent reference ------------------------------------------------
//
// D(P || Q) and D(Q || P) as integrals of f log(f / g) over x, in long double
// (64-bit mantissa on x86-64), by adaptive 10-point Gauss-Legendre with nodes
// from Newton's method on P_10, on log-densities computed directly (no
// softplus split, no closed-form parts, no Gauss-Kronrod): nothing is shared
// with the kernel but the definition.

using Long = long double;

struct Legendre10 {
  Long x[10], w[10];
  Legendre10() {
    const Long pi = std::numbers::pi_v<Long>;
    for (int i = 0; i < 10; ++i) {
      Long t = std::cos(pi * (i + 0.75L) / 10.5L), p1 = 0, dp = 1;
      for (int iteration = 0; iteration < 12; ++iteration) {
        Long p0 = 1;
        p1 = t;
        for (int k = 2; k <= 10; ++k) {
          const Long p2 = ((2 * k - 1) * t * p1 - (k - 1) * p0) / k;
          p0 = p1;
          p1 = p2;
        }
        dp = 10 * (t * p1 - p0) / (t * t - 1);
        t -= p1 / dp;
      }
      x[i] = t;
      w[i] = 2 / ((1 - t * t) * dp * dp);
    }
  }
};

Long legendre(const std::function<Long(Long)>& f, Long a, Long b) {
  static const Legendre10 rule;
  const Long center = (a + b) / 2, half = (b - a) / 2;
  Long sum = 0;
  for (int i = 0; i < 10; ++i) sum += rule.w[i] * f(center + half * rule.x[i]);
  return sum * half;
}

// Bisects until the halves agree with the whole within `tolerance` (or to
// 1e-17 relative, near long double's rounding).
Long adaptive(const std::function<Long(Long)>& f, Long a, Long b, Long whole,
              Long tolerance, int depth) {
  const Long mid = (a + b) / 2;
  const Long left = legendre(f, a, mid), right = legendre(f, mid, b);
  const Long change = std::fabs(left + right - whole);
  if (depth > 30 || change <= tolerance ||
      change <= 1e-17L * std::fabs(left + right)) {
    return left + right;
  }
  return adaptive(f, a, mid, left, tolerance / 2, depth + 1) +
         adaptive(f, mid, b, right, tolerance / 2, depth + 1);
}

// Integral of f over [lo, hi], cut into 400 panels and at `cuts`.
Long integrate(const std::function<Long(Long)>& f, Long lo, Long hi,
               std::vector<Long> cuts) {
  for (int i = 0; i <= 400; ++i) cuts.push_back(lo + (hi - lo) * i / 400);
  std::sort(cuts.begin(), cuts.end());
  Long scale = 0;
  for (size_t i = 0; i + 1 < cuts.size(); ++i) {
    const Long a = std::max(cuts[i], lo), b = std::min(cuts[i + 1], hi);
    if (a < b) scale += std::fabs(legendre(f, a, b));
  }
  Long total = 0;
  for (size_t i = 0; i + 1 < cuts.size(); ++i) {
    const Long a = std::max(cuts[i], lo), b = std::min(cuts[i + 1], hi);
    if (!(a < b)) continue;
    total += adaptive(f, a, b, legendre(f, a, b),
                      1e-19L * scale * (b - a) / (hi - lo), 0);
  }
  return total;
}

Long logNormal(Long x, Long mu, Long sigma) {
  const Long z = (x - mu) / sigma;
  return -z * z / 2 - std::log(sigma) -
         std::log(2 * std::numbers::pi_v<Long>) / 2;
}

Long logMixture(const Mixture& p, Long x) {
  Long terms[2], top = -kInf;
  for (int i = 0; i < 2; ++i) {
    terms[i] = p.weights[i] > 0 ? std::log(static_cast<Long>(p.weights[i])) +
                                      logNormal(x, p.means[i], p.sigmas[i])
                                : -kInf;
    top = std::max(top, terms[i]);
  }
  return top + std::log(std::exp(terms[0] - top) + std::exp(terms[1] - top));
}

// Where the two weighted components cross: log p has its sharpest bend
// there, so the reference cuts its panels at those points too.
std::vector<Long> crossings(const Mixture& p) {
  if (!(p.weights[0] > 0 && p.weights[1] > 0)) return {};
  const Long m0 = p.means[0], m1 = p.means[1];
  const Long v0 = static_cast<Long>(p.sigmas[0]) * p.sigmas[0];
  const Long v1 = static_cast<Long>(p.sigmas[1]) * p.sigmas[1];
  // log(w0 N0) - log(w1 N1) = a x^2 + b x + c.
  const Long a = 1 / (2 * v1) - 1 / (2 * v0);
  const Long b = m0 / v0 - m1 / v1;
  const Long c = std::log(static_cast<Long>(p.weights[0]) / p.weights[1]) -
                 std::log(static_cast<Long>(p.sigmas[0]) / p.sigmas[1]) -
                 m0 * m0 / (2 * v0) + m1 * m1 / (2 * v1);
  if (a == 0) return b == 0 ? std::vector<Long>{} : std::vector<Long>{-c / b};
  const Long disc = b * b - 4 * a * c;
  if (disc < 0) return {};
  return {(-b + std::sqrt(disc)) / (2 * a), (-b - std::sqrt(disc)) / (2 * a)};
}

Long referenceKl(const Mixture& p, double mu, double sigma, Direction d) {
  Long lo = mu - 20.0L * sigma, hi = mu + 20.0L * sigma;
  if (d == Direction::kForward) {
    lo = kInf;
    hi = -kInf;
    for (int i = 0; i < 2; ++i) {
      if (!(p.weights[i] > 0)) continue;
      lo = std::min(lo, p.means[i] - 20.0L * p.sigmas[i]);
      hi = std::max(hi, p.means[i] + 20.0L * p.sigmas[i]);
    }
  }
  auto f = [&](Long x) -> Long {
    const Long log_q = logNormal(x, mu, sigma), log_p = logMixture(p, x);
    return d == Direction::kReverse ? std::exp(log_q) * (log_q - log_p)
                                    : std::exp(log_p) * (log_p - log_q);
  };
  return integrate(f, lo, hi, crossings(p));
}

// E_P[x^k], the same way.
Long referenceMoment(const Mixture& p, int k, Long center) {
  Long lo = kInf, hi = -kInf;
  for (int i = 0; i < 2; ++i) {
    lo = std::min(lo, p.means[i] - 20.0L * p.sigmas[i]);
    hi = std::max(hi, p.means[i] + 20.0L * p.sigmas[i]);
  }
  auto f = [&](Long x) {
    return std::pow(x - center, k) * std::exp(logMixture(p, x));
  };
  return integrate(f, lo, hi, crossings(p));
}

// For RecordProperty: std::to_string prints 1e-15 as 0.000000.
std::string scientific(double x) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.3e", x);
  return buffer;
}

double relativeError(double got, Long want) {
  return static_cast<double>(std::fabs((got - want) / want));
}

Mixture randomPageMixture(std::mt19937_64& rng) {
  std::uniform_real_distribution<double> u(0, 1);
  const double w = 0.05 + 0.9 * u(rng);
  return {{w, 1 - w},
          {-5 + 10 * u(rng), -5 + 10 * u(rng)},
          {0.2 * std::pow(12.5, u(rng)), 0.2 * std::pow(12.5, u(rng))}};
}

// --- Validation and the mixture itself ---------------------------------------

TEST(MixtureCheck, NamesTheFieldAndIndex) {
  EXPECT_FALSE(checkMixture(kUnequal));
  EXPECT_FALSE(checkMixture({{0.5, 0.5 + 5e-10}, {0, 0}, {1, 1}}));
  EXPECT_FALSE(checkMixture({{0.0, 1.0}, {0, 0}, {1, 1}}));
  EXPECT_EQ(checkMixture({{0.5, -0.2}, {0, 1}, {1, 1}})->message,
            "weights[1] = -0.2 is negative; a probability must be in [0, 1]");
  EXPECT_EQ(checkMixture({{1.5, 0.5}, {0, 1}, {1, 1}})->message,
            "weights[0] = 1.5 is greater than 1; a probability must be in "
            "[0, 1]");
  EXPECT_EQ(checkMixture({{0.5, 0.4}, {0, 1}, {1, 1}})->message,
            "weights sum to 0.9, not 1 (allowed error 1e-09); they are not "
            "renormalised for you");
  EXPECT_EQ(checkMixture({{kNaN, 0.5}, {0, 1}, {1, 1}})->message,
            "weights[0] is NaN, not a number");
  EXPECT_EQ(checkMixture({{0.5, 0.5}, {0, kNaN}, {1, 1}})->message,
            "means[1] is NaN, not a number");
  EXPECT_EQ(checkMixture({{0.5, 0.5}, {-kInf, 0}, {1, 1}})->message,
            "means[0] is -Infinity; it must be finite");
  EXPECT_EQ(checkMixture({{0.5, 0.5}, {0, 1}, {0, 1}})->message,
            "sigmas[0] = 0 must be positive");
  EXPECT_EQ(checkMixture({{0.5, 0.5}, {0, 1}, {1, kInf}})->message,
            "sigmas[1] is Infinity; it must be finite");
}

TEST(Mixture, LogDensityIsTheLogOfTheSumAndStaysFiniteFarOut) {
  for (double x : {-7.0, -3.0, -0.4, 0.0, 1.3, 2.0, 6.5}) {
    const Long want = logMixture(kUnequal, x);
    EXPECT_LE(std::fabs(mixtureLogDensity(kUnequal, x) - want),
              2e-16L * (1 + std::fabs(want)))
        << x;
  }
  // Where both densities underflow a double, log-sum-exp does not.
  const double far = 1e3;
  EXPECT_EQ(std::exp(mixtureLogDensity(kUnequal, far)), 0.0);
  const Long want = logMixture(kUnequal, far);
  EXPECT_LE(std::fabs(mixtureLogDensity(kUnequal, far) - want),
            1e-15L * std::fabs(want));
  // A component of weight 0 is absent, not a NaN.
  const Mixture single = {{1.0, 0.0}, {2.0, -1.0}, {0.5, 3.0}};
  EXPECT_DOUBLE_EQ(mixtureLogDensity(single, 2.5),
                   -0.5 - std::log(0.5) - std::log(2 * std::numbers::pi) / 2);
}

TEST(Mixture, MeanAndStdDevAreTheMomentsOfTheDensity) {
  for (const Mixture& p : {kSymmetric, kUnequal, kClose, kLopsided}) {
    const Long mean = referenceMoment(p, 1, 0);
    const Long variance = referenceMoment(p, 2, mean);
    EXPECT_NEAR(mixtureMean(p), static_cast<double>(mean), 1e-14);
    EXPECT_LE(relativeError(mixtureStdDev(p), std::sqrt(variance)), 1e-14);
  }
  // Far from the origin E[x^2] - E[x]^2 would cancel every digit; the law of
  // total variance about the mean gives s^2 + 1 exactly here.
  const Mixture offset = {{0.5, 0.5}, {1e8 - 1, 1e8 + 1}, {1e-3, 1e-3}};
  EXPECT_EQ(mixtureMean(offset), 1e8);
  EXPECT_NEAR(mixtureStdDev(offset), std::sqrt(1 + 1e-6), 1e-15);
}

TEST(Mixture, DensityCurveMatchesTheDensityAndIntegratesToOne) {
  const size_t n = 4001;
  std::vector<double> x(n), y(n);
  // 10 sigmas beyond either component: the tails hold under 1e-22.
  ASSERT_FALSE(mixtureDensityCurve(kUnequal, -9, 14, x, y));
  EXPECT_EQ(x.front(), -9.0);
  EXPECT_EQ(x.back(), 14.0);
  double area = 0.0;
  for (size_t i = 0; i < n; ++i) {
    EXPECT_EQ(y[i], std::exp(mixtureLogDensity(kUnequal, x[i])));
    if (i > 0) {
      EXPECT_GT(x[i], x[i - 1]);
      area += 0.5 * (y[i] + y[i - 1]) * (x[i] - x[i - 1]);
    }
  }
  EXPECT_NEAR(area, 1.0, 1e-12);
}

TEST(Mixture, DensityCurveRefusesBadArgumentsByName) {
  std::vector<double> x(8), y(8), three(3);
  EXPECT_EQ(
      mixtureDensityCurve({{0.5, 0.5}, {0, 1}, {1, -1}}, -1, 1, x, y)->message,
      "sigmas[1] = -1 must be positive");
  EXPECT_EQ(mixtureDensityCurve(kUnequal, 2, 2, x, y)->message,
            "lo = 2 must be below hi = 2");
  EXPECT_EQ(mixtureDensityCurve(kUnequal, kNaN, 2, x, y)->message,
            "lo is NaN, not a number");
  EXPECT_EQ(mixtureDensityCurve(kUnequal, -1, 1, three, three)->message,
            "n = 3 points is outside [4, 100000]");
}

// --- The divergences
// ----------------------------------------------------------

TEST(MixtureKl, MatchesAnIndependentIntegralOnThePagesMixtures) {
  // Weights 0.05..0.95, means in [-5, 5], sigmas 0.2..2.5 (the page's
  // sliders), and Q anywhere on the landscape: mu in [-6, 6], sigma 0.1..10.
  std::mt19937_64 rng(21);
  std::uniform_real_distribution<double> u(0, 1);
  double worst = 0.0;
  for (int trial = 0; trial < 60; ++trial) {
    const Mixture p = randomPageMixture(rng);
    const double mu = -6 + 12 * u(rng), sigma = 0.1 * std::pow(100, u(rng));
    for (Direction d : {Direction::kForward, Direction::kReverse}) {
      const double got = d == Direction::kForward ? forwardKlNats(p, mu, sigma)
                                                  : reverseKlNats(p, mu, sigma);
      const double error = relativeError(got, referenceKl(p, mu, sigma, d));
      EXPECT_LE(error, 1e-12) << "trial " << trial;
      worst = std::max(worst, error);
    }
  }
  RecordProperty("worst_relative_error", scientific(worst));
}

TEST(MixtureKl, MatchesAnIndependentIntegralForExtremeMixtures) {
  // Component sigmas up to a factor 100 apart, means up to 20 of the
  // smaller sigma apart, weights down to 1e-3, Q from a tenth of the
  // narrower sigma to 100 times it.
  std::mt19937_64 rng(22);
  std::uniform_real_distribution<double> u(0, 1);
  double worst = 0.0;
  for (int trial = 0; trial < 40; ++trial) {
    double w = std::pow(10, -3 * u(rng));
    if (u(rng) < 0.5) w = 1 - w;
    const double s1 = std::pow(10, -1 + 2 * u(rng));
    const double s2 = s1 * std::pow(10, -2 + 4 * u(rng));
    const double narrow = std::min(s1, s2);
    const double gap = (u(rng) < 0.5 ? -20 : 20) * narrow * u(rng);
    const Mixture p = {{w, 1 - w}, {0.0, gap}, {s1, s2}};
    const double mu = p.means[u(rng) < 0.5] + (u(rng) - 0.5) * 20 * s1;
    const double sigma = narrow * std::pow(10, -1 + 3 * u(rng));
    for (Direction d : {Direction::kForward, Direction::kReverse}) {
      const double got = d == Direction::kForward ? forwardKlNats(p, mu, sigma)
                                                  : reverseKlNats(p, mu, sigma);
      const double error = relativeError(got, referenceKl(p, mu, sigma, d));
      EXPECT_LE(error, 1e-12) << "trial " << trial;
      worst = std::max(worst, error);
    }
  }
  RecordProperty("worst_relative_error", scientific(worst));
}

TEST(MixtureKl, ResolvesTheCrossoverUnderAWideQ) {
  // The forward fit of well-separated modes is wide and centred between
  // them, where log p bends over a width sigma^2 / |m1 - m2| = 0.04: a
  // quadrature of log p on Q's own scale (Gauss-Hermite) misses that bend.
  const double mu = mixtureMean(kSeparated), sigma = mixtureStdDev(kSeparated);
  const Long want = referenceKl(kSeparated, mu, sigma, Direction::kReverse);
  EXPECT_LE(relativeError(reverseKlNats(kSeparated, mu, sigma), want), 1e-13);
  const Mixture far = {{0.5, 0.5}, {-5, 5}, {0.2, 0.2}};
  const Long far_want = referenceKl(far, 0.0, 10.0, Direction::kReverse);
  EXPECT_LE(relativeError(reverseKlNats(far, 0.0, 10.0), far_want), 1e-13);
}

TEST(MixtureKl, IsNeverNegativeAndZeroOnlyForTheMixtureItself) {
  std::mt19937_64 rng(23);
  std::uniform_real_distribution<double> u(0, 1);
  for (int trial = 0; trial < 300; ++trial) {
    const Mixture p = randomPageMixture(rng);
    const double mu = -6 + 12 * u(rng), sigma = 0.1 * std::pow(100, u(rng));
    EXPECT_GT(forwardKlNats(p, mu, sigma), 0.0);
    EXPECT_GT(reverseKlNats(p, mu, sigma), 0.0);
  }
  // Identical components, or one of weight 0: P is a single Gaussian.
  for (const Mixture& p : {Mixture{{0.3, 0.7}, {1.5, 1.5}, {0.7, 0.7}},
                           Mixture{{0.0, 1.0}, {-1.0, 1.5}, {0.5, 0.7}}}) {
    EXPECT_NEAR(forwardKlNats(p, 1.5, 0.7), 0.0, 1e-15);
    EXPECT_NEAR(reverseKlNats(p, 1.5, 0.7), 0.0, 1e-15);
    EXPECT_GE(forwardKlNats(p, 1.5, 0.7), 0.0);
    EXPECT_GE(reverseKlNats(p, 1.5, 0.7), 0.0);
    // Elsewhere it is the Gaussian KL.
    EXPECT_NEAR(reverseKlNats(p, 0.2, 2.0),
                gaussianKl(0.2, 2.0, 1.5, 0.7).value(), 1e-14);
    EXPECT_NEAR(forwardKlNats(p, 0.2, 2.0),
                gaussianKl(1.5, 0.7, 0.2, 2.0).value(), 1e-14);
  }
}

// --- The fits
// ------------------------------------------------------------------

// Nelder-Mead on f(mu, log sigma) (Lagarias et al. 1998 coefficients), for
// checking the fits with a method that shares nothing with the kernel's
// BFGS.
std::array<double, 2> nelderMead(const std::function<double(double, double)>& f,
                                 double mu, double log_sigma, double size) {
  std::array<std::array<double, 2>, 3> x = {
      {{mu, log_sigma}, {mu + size, log_sigma}, {mu, log_sigma + size}}};
  std::array<double, 3> v;
  for (int i = 0; i < 3; ++i) v[i] = f(x[i][0], x[i][1]);
  for (int iteration = 0; iteration < 2000; ++iteration) {
    std::array<int, 3> order = {0, 1, 2};
    std::sort(order.begin(), order.end(),
              [&](int a, int b) { return v[a] < v[b]; });
    const auto best = x[order[0]], good = x[order[1]], worst = x[order[2]];
    const double fb = v[order[0]], fg = v[order[1]], fw = v[order[2]];
    if (std::fabs(worst[0] - best[0]) + std::fabs(worst[1] - best[1]) < 1e-10) {
      return best;
    }
    const std::array<double, 2> c = {(best[0] + good[0]) / 2,
                                     (best[1] + good[1]) / 2};
    auto along = [&](double t) {
      return std::array<double, 2>{c[0] + t * (worst[0] - c[0]),
                                   c[1] + t * (worst[1] - c[1])};
    };
    const auto r = along(-1);
    const double fr = f(r[0], r[1]);
    std::array<double, 2> next;
    double fn;
    if (fr < fb) {
      const auto e = along(-2);
      const double fe = f(e[0], e[1]);
      next = fe < fr ? e : r;
      fn = std::min(fe, fr);
    } else if (fr < fg) {
      next = r;
      fn = fr;
    } else {
      const auto k = fr < fw ? along(-0.5) : along(0.5);
      const double fk = f(k[0], k[1]);
      if (fk < std::min(fr, fw)) {
        next = k;
        fn = fk;
      } else {  // shrink towards the best
        for (int i : {order[1], order[2]}) {
          x[i] = {(x[i][0] + best[0]) / 2, (x[i][1] + best[1]) / 2};
          v[i] = f(x[i][0], x[i][1]);
        }
        continue;
      }
    }
    x[order[2]] = next;
    v[order[2]] = fn;
  }
  return x[std::min_element(v.begin(), v.end()) - v.begin()];
}

TEST(MixtureFit, ForwardFitIsTheMixturesMeanAndStandardDeviation) {
  for (const Mixture& p :
       {kSymmetric, kUnequal, kClose, kSeparated, kLopsided}) {
    const GaussianFit fit = fitGaussian(p, Direction::kForward).value();
    // Against the moments integrated independently.
    const Long mean = referenceMoment(p, 1, 0);
    const Long sd = std::sqrt(referenceMoment(p, 2, mean));
    EXPECT_NEAR(fit.mu, static_cast<double>(mean), 1e-9);
    EXPECT_LE(relativeError(fit.sigma, sd), 1e-9);
    EXPECT_EQ(fit.kl, forwardKlNats(p, fit.mu, fit.sigma));
    EXPECT_FALSE(fit.tie);
    // A derivative-free search of D(P || Q) from elsewhere lands there too.
    auto objective = [&](double mu, double log_sigma) {
      return forwardKlNats(p, mu, std::exp(log_sigma));
    };
    for (const auto& start :
         {std::array<double, 2>{-4.0, -1.0}, std::array<double, 2>{4.0, 1.5}}) {
      const auto found = nelderMead(objective, start[0], start[1], 0.5);
      EXPECT_NEAR(found[0], fit.mu, 1e-6 * fit.sigma);
      EXPECT_NEAR(std::exp(found[1]), fit.sigma, 1e-6 * fit.sigma);
    }
  }
}

// The reverse divergence on an evenly spaced grid, and where it is least.
struct GridMinimum {
  double kl, mu, log_sigma, mu_step, log_sigma_step;
};
GridMinimum reverseGridSearch(const Mixture& p, double mu_lo, double mu_hi,
                              double ls_lo, double ls_hi, int n) {
  GridMinimum best = {kInf, 0, 0, (mu_hi - mu_lo) / (n - 1),
                      (ls_hi - ls_lo) / (n - 1)};
  for (int i = 0; i < n; ++i) {
    for (int j = 0; j < n; ++j) {
      const double mu = mu_lo + j * best.mu_step;
      const double ls = ls_lo + i * best.log_sigma_step;
      const double kl = reverseKlNats(p, mu, std::exp(ls));
      if (kl < best.kl) {
        best.kl = kl;
        best.mu = mu;
        best.log_sigma = ls;
      }
    }
  }
  return best;
}

TEST(MixtureFit, ReverseFitBeatsAFineGridSearch) {
  for (const Mixture& p : {kUnequal, kClose, kSeparated, kLopsided}) {
    const GaussianFit fit = fitGaussian(p, Direction::kReverse).value();
    // Coarse over the whole landscape, then fine around its minimum.
    const GridMinimum coarse =
        reverseGridSearch(p, -6, 6, std::log(0.1), std::log(10.0), 61);
    const GridMinimum fine = reverseGridSearch(
        p, coarse.mu - coarse.mu_step, coarse.mu + coarse.mu_step,
        coarse.log_sigma - coarse.log_sigma_step,
        coarse.log_sigma + coarse.log_sigma_step, 41);
    EXPECT_LE(fit.kl, fine.kl + 1e-12);
    EXPECT_LE(std::fabs(fit.mu - fine.mu), fine.mu_step);
    EXPECT_LE(std::fabs(std::log(fit.sigma) - fine.log_sigma),
              fine.log_sigma_step);
    EXPECT_EQ(fit.kl, reverseKlNats(p, fit.mu, fit.sigma));
    // And a derivative-free search from the fit's neighbourhood agrees.
    auto objective = [&](double mu, double log_sigma) {
      return reverseKlNats(p, mu, std::exp(log_sigma));
    };
    const auto found = nelderMead(objective, fit.mu + 0.3 * fit.sigma,
                                  std::log(fit.sigma) - 0.2, 0.1);
    EXPECT_NEAR(found[0], fit.mu, 1e-5 * fit.sigma);
    EXPECT_NEAR(std::exp(found[1]), fit.sigma, 1e-5 * fit.sigma);
  }
}

TEST(MixtureFit, ReverseSeeksAModeWhileForwardCoversBoth) {
  // Means -3 and 3, sigmas 0.5, weights 0.3 and 0.7: the modes are 12
  // sigmas apart, so the reverse fit is the heavier component itself, with
  // D(Q || P) just below -ln 0.7 (the lighter mode's tail still adds ~2e-9
  // to p under Q), while the forward fit spans both.
  const GaussianFit reverse =
      fitGaussian(kSeparated, Direction::kReverse).value();
  EXPECT_NEAR(reverse.mu, 3.0, 1e-6);
  EXPECT_NEAR(reverse.sigma, 0.5, 1e-6);
  EXPECT_LT(reverse.kl, -std::log(0.7));
  EXPECT_GT(reverse.kl, -std::log(0.7) - 1e-8);
  EXPECT_FALSE(reverse.tie);
  const GaussianFit forward =
      fitGaussian(kSeparated, Direction::kForward).value();
  EXPECT_NEAR(forward.mu, 1.2, 1e-12);
  EXPECT_NEAR(forward.sigma, std::sqrt(0.25 + 0.21 * 36), 1e-12);
  EXPECT_GT(forward.sigma, 2.5);
  // Each is the better fit in its own direction.
  EXPECT_GT(reverseKlNats(kSeparated, forward.mu, forward.sigma), reverse.kl);
  EXPECT_GT(forwardKlNats(kSeparated, reverse.mu, reverse.sigma), forward.kl);
}

TEST(MixtureFit, SeparatingTheModesTurnsTheReverseFitModeSeeking) {
  // Close modes: one valley, at the centre, wide. Far apart: on a mode.
  for (double half_gap : {0.5, 1.0, 2.0, 3.0, 4.0, 6.0}) {
    const Mixture p = {{0.4, 0.6}, {-half_gap, half_gap}, {1.0, 1.0}};
    const GaussianFit reverse = fitGaussian(p, Direction::kReverse).value();
    const GaussianFit forward = fitGaussian(p, Direction::kForward).value();
    EXPECT_NEAR(forward.sigma, std::sqrt(1 + 0.96 * half_gap * half_gap),
                1e-12);
    if (half_gap <= 1.0) {
      EXPECT_GT(reverse.sigma, 1.0) << half_gap;  // covers both
      EXPECT_LT(std::fabs(reverse.mu - forward.mu), 0.2) << half_gap;
    }
    if (half_gap >= 3.0) {
      EXPECT_NEAR(reverse.mu, half_gap, 0.15) << half_gap;  // the heavier mode
      EXPECT_NEAR(reverse.sigma, 1.0, 0.05) << half_gap;
      EXPECT_GT(forward.sigma, 2.5 * reverse.sigma) << half_gap;
    }
  }
}

TEST(MixtureFit, SymmetricMixtureReportsATieBetweenTheModes) {
  const GaussianFit fit = fitGaussian(kSymmetric, Direction::kReverse).value();
  ASSERT_TRUE(fit.tie);
  EXPECT_LT(fit.mu, 0.0);  // the lower mode first
  EXPECT_NEAR(fit.otherMu, -fit.mu, 1e-7);
  EXPECT_NEAR(fit.otherSigma, fit.sigma, 1e-7);
  EXPECT_NEAR(fit.mu, -3.0, 0.1);
  const double other_kl =
      reverseKlNats(kSymmetric, fit.otherMu, fit.otherSigma);
  EXPECT_NEAR(other_kl, fit.kl, 1e-9 * fit.kl);
  // Unequal weights break it: the heavier mode wins alone.
  const Mixture heavier_right = {{0.49, 0.51}, {-3, 3}, {0.7, 0.7}};
  const GaussianFit broken =
      fitGaussian(heavier_right, Direction::kReverse).value();
  EXPECT_FALSE(broken.tie);
  EXPECT_NEAR(broken.mu, 3.0, 0.1);
  // Close modes: a single valley in the middle, no tie.
  const GaussianFit single = fitGaussian(kClose, Direction::kReverse).value();
  EXPECT_FALSE(single.tie);
  EXPECT_NEAR(single.mu, 0.0, 1e-8);
}

TEST(MixtureFit, IdenticalComponentsGiveThatGaussianInBothDirections) {
  const Mixture p = {{0.3, 0.7}, {1.5, 1.5}, {0.7, 0.7}};
  for (Direction d : {Direction::kForward, Direction::kReverse}) {
    const GaussianFit fit = fitGaussian(p, d).value();
    EXPECT_NEAR(fit.mu, 1.5, 1e-9);
    EXPECT_NEAR(fit.sigma, 0.7, 1e-9);
    EXPECT_NEAR(fit.kl, 0.0, 1e-14);
    EXPECT_GE(fit.kl, 0.0);
    EXPECT_FALSE(fit.tie);
  }
}

TEST(MixtureFit, ReportsBitsAndRefusesBadMixtures) {
  for (Direction d : {Direction::kForward, Direction::kReverse}) {
    const double nats = fitGaussian(kUnequal, d).value().kl;
    const double bits = fitGaussian(kUnequal, d, Units::kBits).value().kl;
    EXPECT_DOUBLE_EQ(bits, nats / std::log(2.0));
  }
  EXPECT_EQ(
      fitGaussian({{0.5, 0.6}, {0, 1}, {1, 1}}, Direction::kForward).error(),
      "weights sum to 1.1, not 1 (allowed error 1e-09); they are not "
      "renormalised for you");
  EXPECT_EQ(
      fitGaussian({{0.5, 0.5}, {0, 1}, {1, 0}}, Direction::kReverse).error(),
      "sigmas[1] = 0 must be positive");
}

// --- The landscape
// ---------------------------------------------------------------

TEST(MixtureLandscape, MatchesThePointwiseDivergencesRowByLogSigma) {
  // The page's grid: mu in [-6, 6] by 61, sigma in [0.1, 10] by 41.
  const size_t n_mu = 61, n_ls = 41;
  const double ls_lo = -std::log(10.0), ls_hi = std::log(10.0);
  double worst = 0.0;
  for (const Mixture& p : {kSymmetric, kUnequal, kClose, kLopsided}) {
    std::vector<double> forward(n_mu * n_ls), reverse(n_mu * n_ls);
    ASSERT_FALSE(klLandscape(p, Direction::kForward, -6, 6, n_mu, ls_lo, ls_hi,
                             n_ls, Units::kNats, forward));
    ASSERT_FALSE(klLandscape(p, Direction::kReverse, -6, 6, n_mu, ls_lo, ls_hi,
                             n_ls, Units::kNats, reverse));
    for (size_t i = 0; i < n_ls; ++i) {
      const double sigma = std::exp(ls_lo + (ls_hi - ls_lo) * i / (n_ls - 1));
      for (size_t j = 0; j < n_mu; ++j) {
        const double mu = -6 + 12.0 * j / (n_mu - 1);
        const double f = forwardKlNats(p, mu, sigma);
        const double r = reverseKlNats(p, mu, sigma);
        EXPECT_NEAR(forward[i * n_mu + j], f, 1e-14 * f) << i << " " << j;
        EXPECT_NEAR(reverse[i * n_mu + j], r, 1e-9 * r) << i << " " << j;
        worst = std::max(worst, std::fabs(reverse[i * n_mu + j] - r) / r);
      }
    }
  }
  RecordProperty("worst_reverse_relative_error", scientific(worst));
}

TEST(MixtureLandscape, StaysAccurateFromVeryNarrowToVeryWideQ) {
  // sigma from 1e-3 (far below the column spacing: those rows go point by
  // point) to 1e3, and a mixture with a zero weight (a single Gaussian).
  const size_t n = 31;
  const double ls_lo = std::log(1e-3), ls_hi = std::log(1e3);
  for (const Mixture& p :
       {kSeparated, kLopsided, Mixture{{1.0, 0.0}, {0.5, -2.0}, {0.8, 1.0}}}) {
    std::vector<double> out(n * n);
    ASSERT_FALSE(klLandscape(p, Direction::kReverse, -8, 8, n, ls_lo, ls_hi, n,
                             Units::kNats, out));
    for (size_t i = 0; i < n; ++i) {
      const double sigma = std::exp(ls_lo + (ls_hi - ls_lo) * i / (n - 1));
      for (size_t j = 0; j < n; ++j) {
        const double mu = -8 + 16.0 * j / (n - 1);
        const double want = reverseKlNats(p, mu, sigma);
        EXPECT_NEAR(out[i * n + j], want, 1e-9 * want) << i << " " << j;
      }
    }
  }
}

TEST(MixtureLandscape, HasItsMinimumAtTheReverseFitAndConvertsToBits) {
  std::vector<double> nats(121 * 81), bits(121 * 81);
  const double ls_lo = -std::log(10.0), ls_hi = std::log(10.0);
  ASSERT_FALSE(klLandscape(kUnequal, Direction::kReverse, -6, 6, 121, ls_lo,
                           ls_hi, 81, Units::kNats, nats));
  ASSERT_FALSE(klLandscape(kUnequal, Direction::kReverse, -6, 6, 121, ls_lo,
                           ls_hi, 81, Units::kBits, bits));
  const size_t best = static_cast<size_t>(
      std::min_element(nats.begin(), nats.end()) - nats.begin());
  const GaussianFit fit = fitGaussian(kUnequal, Direction::kReverse).value();
  EXPECT_GE(nats[best], fit.kl);
  EXPECT_LE(std::fabs(-6 + 0.1 * static_cast<double>(best % 121) - fit.mu),
            0.1);
  const double step = (ls_hi - ls_lo) / 80;
  EXPECT_LE(std::fabs(ls_lo + step * static_cast<double>(best / 121) -
                      std::log(fit.sigma)),
            step);
  for (size_t k = 0; k < nats.size(); ++k) {
    EXPECT_DOUBLE_EQ(bits[k], nats[k] / std::log(2.0));
  }
}

TEST(MixtureLandscape, SixtyBySixtyTakesAFewMilliseconds) {
  std::vector<double> out(60 * 60);
  double best = kInf;
  for (int run = 0; run < 5; ++run) {
    const auto start = std::chrono::steady_clock::now();
    ASSERT_FALSE(klLandscape(kUnequal, Direction::kReverse, -6, 6, 60,
                             std::log(0.1), std::log(10.0), 60, Units::kNats,
                             out));
    const std::chrono::duration<double, std::milli> took =
        std::chrono::steady_clock::now() - start;
    best = std::min(best, took.count());
  }
  RecordProperty("milliseconds", scientific(best));
  // ~2 ms in an optimised build; the bound leaves room for a loaded machine
  // and catches only a lost order of magnitude.
  EXPECT_LT(best, 25.0);
}

TEST(MixtureLandscape, RefusesBadGridsByName) {
  std::vector<double> out(12);
  auto call = [&](double mu_lo, double mu_hi, size_t n_mu, double ls_lo,
                  double ls_hi, size_t n_ls) {
    const auto problem =
        klLandscape(kUnequal, Direction::kReverse, mu_lo, mu_hi, n_mu, ls_lo,
                    ls_hi, n_ls, Units::kNats, out);
    return problem ? problem->message : std::string("accepted");
  };
  EXPECT_EQ(call(-1, 1, 4, -1, 1, 3), "accepted");
  EXPECT_EQ(call(1, -1, 4, -1, 1, 3), "muLo = 1 must be below muHi = -1");
  EXPECT_EQ(call(-1, kNaN, 4, -1, 1, 3), "muHi is NaN, not a number");
  EXPECT_EQ(call(-1, 1, 4, 0, 0, 3),
            "logSigmaLo = 0 must be below logSigmaHi = 0");
  EXPECT_EQ(call(-1, 1, 4, -800, 1, 3),
            "logSigmaLo = -800 is below -700 (sigma would underflow to 0)");
  EXPECT_EQ(call(-1, 1, 1, -1, 1, 12), "nMu = 1 is outside [2, 400]");
  EXPECT_EQ(call(-1, 1, 3, -1, 1, 401), "nLogSigma = 401 is outside [2, 400]");
  EXPECT_EQ(call(-1, 1, 4, -1, 1, 4),
            "out has 12 entries, not nMu * nLogSigma = 16");
  EXPECT_EQ(klLandscape({{0.5, 0.5}, {0, kInf}, {1, 1}}, Direction::kForward,
                        -1, 1, 4, -1, 1, 3, Units::kNats, out)
                ->message,
            "means[1] is Infinity; it must be finite");
}

}  // namespace
}  // namespace infotheory

namespace infotheory {
namespace {

using Behaviour = GaussianFit::Behaviour;

TEST(MixtureFitBehaviour, ReverseFitOnSeparatedModesSitsOnTheHeavierOne) {
  const GaussianFit fit = fitGaussian(kSeparated, Direction::kReverse).value();
  EXPECT_EQ(fit.behaviour, Behaviour::kSitsOnComponent);
  EXPECT_EQ(fit.component, 1);  // weight 0.7 at +3
  EXPECT_STREQ(behaviourName(fit.behaviour), "sitsOnComponent");
}

TEST(MixtureFitBehaviour, OverlappingModesAreCoveredByBothFitsAlike) {
  // Two identical components: P is one normal, both fits are P.
  const Mixture same = {{0.5, 0.5}, {0.5, 0.5}, {1, 1}};
  const GaussianFit fit = fitGaussian(same, Direction::kReverse).value();
  EXPECT_EQ(fit.behaviour, Behaviour::kCoversBoth);
  EXPECT_EQ(fit.component, -1);
}

TEST(MixtureFitBehaviour, AWideReverseFitOnANarrowSpikeIsNeither) {
  // A narrow spike inside a wide component far from the mean: the reverse fit
  // is neither on one component nor close to the forward fit.
  const Mixture spike = {{0.5, 0.5}, {-2, 2}, {0.2, 2.5}};
  const GaussianFit reverse = fitGaussian(spike, Direction::kReverse).value();
  const GaussianFit forward = fitGaussian(spike, Direction::kForward).value();
  const double apart =
      gaussianKlNats(forward.mu, forward.sigma, reverse.mu, reverse.sigma);
  const double onWide = gaussianKlNats(reverse.mu, reverse.sigma, 2, 2.5);
  const double onSpike = gaussianKlNats(reverse.mu, reverse.sigma, -2, 0.2);
  const Behaviour expected = apart <= kNearKlNats ? Behaviour::kCoversBoth
                             : std::min(onWide, onSpike) <= kNearKlNats
                                 ? Behaviour::kSitsOnComponent
                                 : Behaviour::kNeither;
  EXPECT_EQ(reverse.behaviour, expected);
}

TEST(MixtureFitBehaviour, TheForwardFitSaysNone) {
  const GaussianFit fit = fitGaussian(kSeparated, Direction::kForward).value();
  EXPECT_EQ(fit.behaviour, Behaviour::kNone);
  EXPECT_EQ(fit.component, -1);
  EXPECT_STREQ(behaviourName(fit.behaviour), "none");
}

}  // namespace
}  // namespace infotheory
