#include "vae_elbo.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>
#include <random>
#include <vector>

namespace infotheory {
namespace {

constexpr double kPi = std::numbers::pi;

double logNormal(double x, double mean, double var) {
  return -0.5 * std::log(2 * kPi * var) - (x - mean) * (x - mean) / (2 * var);
}

// Textbook KL(N(m1, v1) || N(m2, v2)) with variances.
double klNormal(double m1, double v1, double m2, double v2) {
  return 0.5 * (std::log(v2 / v1) + (v1 + (m1 - m2) * (m1 - m2)) / v2 - 1.0);
}

struct Case {
  std::vector<double> x, mu, sigma;
  double s;
};

const Case kCases[] = {
    {{1.5, -0.5}, {1.0, 0.0}, {0.5, 1.0}, 0.7},
    {{0.0}, {0.0}, {1.0}, 1.0},
    {{2.0, -1.0, 0.3}, {-1.0, 0.5, 0.3}, {0.1, 2.0, 0.6}, 0.4},
    {{-3.0, 3.0, 0.0, 1.0}, {2.0, -2.0, 0.0, 1.0}, {0.05, 3.0, 1.0, 0.2}, 2.5},
};

TEST(VaeElbo, MatchesTheTermsWrittenOut) {
  for (const auto& c : kCases) {
    const auto r = vaeElbo(c.x, c.mu, c.sigma, c.s);
    ASSERT_TRUE(r.ok()) << r.error();
    double rec = 0, kl = 0, ev = 0, gap = 0;
    const double s2 = c.s * c.s;
    for (size_t j = 0; j < c.x.size(); ++j) {
      const double v = c.sigma[j] * c.sigma[j];
      rec += -0.5 * std::log(2 * kPi * s2) -
             ((c.x[j] - c.mu[j]) * (c.x[j] - c.mu[j]) + v) / (2 * s2);
      kl += klNormal(c.mu[j], v, 0, 1);
      ev += logNormal(c.x[j], 0, 1 + s2);
      gap += klNormal(c.mu[j], v, c.x[j] / (1 + s2), s2 / (1 + s2));
    }
    const auto& e = r.value();
    EXPECT_NEAR(e.reconstruction, rec, 1e-12 * (1 + std::abs(rec)));
    EXPECT_NEAR(e.kl, kl, 1e-12 * (1 + kl));
    EXPECT_NEAR(e.elbo, rec - kl, 1e-12 * (1 + std::abs(rec - kl)));
    EXPECT_NEAR(e.logEvidence, ev, 1e-12 * (1 + std::abs(ev)));
    EXPECT_NEAR(e.gap, gap, 1e-11 * (1 + gap));
    // The identity the panel teaches: log p(x) = ELBO + KL(q || posterior).
    EXPECT_NEAR(e.logEvidence, e.elbo + e.gap, 1e-11 * (1 + std::abs(ev)));
    EXPECT_LE(e.elbo, e.logEvidence + 1e-12);
  }
}

TEST(VaeElbo, GapClosesAtTheTruePosterior) {
  const std::vector<double> x{1.5, -0.5, 2.0};
  const double s = 0.7;
  std::vector<double> mu, sigma;
  for (double xj : x) {
    const auto p = vaePosterior(xj, s);
    ASSERT_TRUE(p.ok());
    EXPECT_NEAR(p.value().mean, xj / (1 + s * s), 1e-15);
    EXPECT_NEAR(p.value().sd, std::sqrt(s * s / (1 + s * s)), 1e-15);
    mu.push_back(p.value().mean);
    sigma.push_back(p.value().sd);
  }
  const auto r = vaeElbo(x, mu, sigma, s);
  ASSERT_TRUE(r.ok());
  EXPECT_LT(r.value().gap, 1e-15);
  EXPECT_NEAR(r.value().elbo, r.value().logEvidence, 1e-12);
}

// Monte Carlo: the reconstruction term is an expectation over z ~ q; the
// evidence is E_{z ~ p(z)}[p(x | z)].
TEST(VaeElbo, AgreesWithMonteCarlo) {
  const Case& c = kCases[2];
  const auto r = vaeElbo(c.x, c.mu, c.sigma, c.s);
  ASSERT_TRUE(r.ok());
  std::mt19937_64 rng(12345);
  std::normal_distribution<double> n01(0.0, 1.0);
  constexpr int kDraws = 400000;
  const double s2 = c.s * c.s;
  double rec = 0, rec2 = 0;
  for (int i = 0; i < kDraws; ++i) {
    double sum = 0;
    for (size_t j = 0; j < c.x.size(); ++j) {
      const double z = c.mu[j] + c.sigma[j] * n01(rng);
      sum += logNormal(c.x[j], z, s2);
    }
    rec += sum;
    rec2 += sum * sum;
  }
  const double mean = rec / kDraws;
  const double se = std::sqrt((rec2 / kDraws - mean * mean) / kDraws);
  EXPECT_NEAR(r.value().reconstruction, mean, 5 * se);
  // Evidence of the first dimension: mean of p(x | z) over the prior.
  double ev = 0;
  for (int i = 0; i < kDraws; ++i) {
    ev += std::exp(logNormal(c.x[0], n01(rng), s2));
  }
  const auto one =
      vaeElbo(std::vector<double>{c.x[0]}, std::vector<double>{0.0},
              std::vector<double>{1.0}, c.s);
  ASSERT_TRUE(one.ok());
  EXPECT_NEAR(std::log(ev / kDraws), one.value().logEvidence, 0.01);
}

TEST(VaeElbo, BitsAreNatsOverLn2) {
  const Case& c = kCases[0];
  const auto nats = vaeElbo(c.x, c.mu, c.sigma, c.s).value();
  const auto bits = vaeElbo(c.x, c.mu, c.sigma, c.s, Units::kBits).value();
  EXPECT_NEAR(bits.elbo, nats.elbo / std::log(2.0), 1e-12);
  EXPECT_NEAR(bits.kl, nats.kl / std::log(2.0), 1e-12);
}

TEST(VaeElbo, RefusesBadInput) {
  const std::vector<double> one{1.0}, two{1.0, 2.0}, none{};
  EXPECT_FALSE(vaeElbo(none, none, none, 1.0).ok());
  EXPECT_NE(vaeElbo(one, two, one, 1.0).error().find("mu"), std::string::npos);
  EXPECT_NE(vaeElbo(one, one, two, 1.0).error().find("sigma"),
            std::string::npos);
  EXPECT_NE(vaeElbo(one, one, one, 0.0).error().find("s"), std::string::npos);
  const std::vector<double> bad{-1.0};
  EXPECT_NE(vaeElbo(one, one, bad, 1.0).error().find("sigma"),
            std::string::npos);
  const std::vector<double> nan{std::nan("")};
  EXPECT_NE(vaeElbo(nan, one, one, 1.0).error().find("x"), std::string::npos);
  EXPECT_FALSE(vaePosterior(1.0, -1.0).ok());
}

}  // namespace
}  // namespace infotheory
