// surpriseTerms, runningSurprise and drawOutcomes against formulas written
// out here: -log p, -p log p, p log(p/q) in long double, running means by
// direct summation, and the draws' counts against sampleCounts.
#include "area.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <vector>

#include "sampling.hpp"

namespace infotheory {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kLog2e = 1.4426950408889634;

std::vector<double> terms(const std::vector<double>& p,
                          const std::vector<double>& q,
                          Units units = Units::kNats) {
  std::vector<double> out(kSurpriseColumns * p.size());
  EXPECT_FALSE(surpriseTerms(p, q, units, out));
  return out;
}

double at(const std::vector<double>& out, size_t k, SurpriseColumn c,
          size_t i) {
  return out[static_cast<size_t>(c) * k + i];
}

TEST(SurpriseTerms, MatchTheFormulasAndAddUpToTheTotals) {
  const std::vector<double> p{0.5, 0.25, 0.125, 0.125};
  const std::vector<double> q{0.1, 0.2, 0.3, 0.4};
  const auto out = terms(p, q);
  long double h = 0, cross = 0, kl = 0, left = 0;
  for (size_t i = 0; i < p.size(); ++i) {
    const long double pi = p[i], qi = q[i];
    EXPECT_NEAR(at(out, 4, kTermLeft, i), static_cast<double>(left), 1e-15);
    EXPECT_EQ(at(out, 4, kTermP, i), p[i]);
    EXPECT_NEAR(at(out, 4, kTermSurpriseP, i), -std::log(pi), 1e-15);
    EXPECT_NEAR(at(out, 4, kTermEntropy, i), -pi * std::log(pi), 1e-15);
    EXPECT_NEAR(at(out, 4, kTermSurpriseQ, i), -std::log(qi), 1e-15);
    EXPECT_NEAR(at(out, 4, kTermCross, i), -pi * std::log(qi), 1e-15);
    EXPECT_NEAR(at(out, 4, kTermKl, i), pi * std::log(pi / qi), 1e-15);
    left += pi;
    h += -pi * std::log(pi);
    cross += -pi * std::log(qi);
    kl += pi * std::log(pi / qi);
  }
  // The per-outcome KL terms can be negative (here where q > p), their sum not.
  EXPECT_LT(at(out, 4, kTermKl, 3), 0.0);
  EXPECT_GT(kl, 0.0L);
  EXPECT_NEAR(static_cast<double>(h), 1.75 * std::log(2.0), 1e-15);
  EXPECT_NEAR(static_cast<double>(cross - h), static_cast<double>(kl), 1e-15);
}

TEST(SurpriseTerms, WithoutQTheModelIsP) {
  const std::vector<double> p{0.9, 0.1};
  const auto out = terms(p, {});
  for (size_t i = 0; i < 2; ++i) {
    EXPECT_EQ(at(out, 2, kTermSurpriseQ, i), at(out, 2, kTermSurpriseP, i));
    EXPECT_EQ(at(out, 2, kTermCross, i), at(out, 2, kTermEntropy, i));
    EXPECT_EQ(at(out, 2, kTermKl, i), 0.0);
  }
  // The reading's worked sum: -(0.9 log 0.9 + 0.1 log 0.1) = 0.325 nats.
  EXPECT_NEAR(at(out, 2, kTermEntropy, 0) + at(out, 2, kTermEntropy, 1),
              -(0.9 * std::log(0.9) + 0.1 * std::log(0.1)), 1e-15);
}

TEST(SurpriseTerms, BitsAreNatsTimesLog2e) {
  const std::vector<double> p{0.9, 0.1}, q{0.5, 0.5};
  const auto nats = terms(p, q), bits = terms(p, q, Units::kBits);
  for (size_t c = kTermSurpriseP; c < kSurpriseColumns; ++c) {
    for (size_t i = 0; i < 2; ++i) {
      EXPECT_NEAR(bits[c * 2 + i], nats[c * 2 + i] * kLog2e, 1e-15);
    }
  }
  EXPECT_EQ(bits[kTermP * 2], 0.9);  // widths are probabilities, not units
  EXPECT_NEAR(bits[kTermEntropy * 2] + bits[kTermEntropy * 2 + 1],
              -(0.9 * std::log2(0.9) + 0.1 * std::log2(0.1)), 1e-15);
}

TEST(SurpriseTerms, ZerosFollowTheConventions) {
  // p = 0: width 0, height +infinity, area 0 (0 log 0 = 0), also where q = 0.
  // q = 0 < p: infinite height and infinite terms, never NaN.
  const std::vector<double> p{0.0, 0.5, 0.5, 0.0};
  const std::vector<double> q{0.5, 0.5, 0.0, 0.0};
  const auto out = terms(p, q);
  EXPECT_EQ(at(out, 4, kTermSurpriseP, 0), kInf);
  EXPECT_EQ(at(out, 4, kTermEntropy, 0), 0.0);
  EXPECT_EQ(at(out, 4, kTermCross, 0), 0.0);
  EXPECT_EQ(at(out, 4, kTermKl, 0), 0.0);
  EXPECT_EQ(at(out, 4, kTermSurpriseQ, 2), kInf);
  EXPECT_EQ(at(out, 4, kTermCross, 2), kInf);
  EXPECT_EQ(at(out, 4, kTermKl, 2), kInf);
  EXPECT_EQ(at(out, 4, kTermCross, 3), 0.0);
  EXPECT_EQ(at(out, 4, kTermKl, 3), 0.0);
  for (double v : out) EXPECT_FALSE(std::isnan(v));
  EXPECT_EQ(at(out, 4, kTermLeft, 3), 1.0);
}

TEST(SurpriseTerms, RefusesBadInput) {
  std::vector<double> out(kSurpriseColumns * 2);
  const std::vector<double> bad{0.5, 0.4}, good{0.5, 0.5}, three{0.2, 0.3, 0.5};
  ASSERT_TRUE(surpriseTerms(bad, {}, Units::kNats, out));
  EXPECT_NE(surpriseTerms(bad, {}, Units::kNats, out)->message.find("P sums"),
            std::string::npos);
  EXPECT_TRUE(surpriseTerms(good, three, Units::kNats, out));
  std::vector<double> small(3);
  EXPECT_TRUE(surpriseTerms(good, good, Units::kNats, small));
}

std::vector<double> running(const std::vector<double>& p,
                            const std::vector<double>& q,
                            const std::vector<double>& x,
                            Units units = Units::kNats) {
  std::vector<double> out(kRunningColumns * x.size());
  EXPECT_FALSE(runningSurprise(p, q, x, units, out));
  return out;
}

TEST(RunningSurprise, EachDrawAndTheRunningMeans) {
  const std::vector<double> p{0.7, 0.2, 0.1}, q{0.2, 0.3, 0.5};
  const std::vector<double> x{0, 0, 2, 1, 0, 2};
  const size_t n = x.size();
  const auto out = running(p, q, x);
  long double sp = 0, sq = 0;
  for (size_t t = 0; t < n; ++t) {
    const auto i = static_cast<size_t>(x[t]);
    sp += -std::log(static_cast<long double>(p[i]));
    sq += -std::log(static_cast<long double>(q[i]));
    EXPECT_NEAR(out[kRunSurpriseP * n + t], -std::log(p[i]), 1e-15);
    EXPECT_NEAR(out[kRunSurpriseQ * n + t], -std::log(q[i]), 1e-15);
    EXPECT_NEAR(out[kRunAverageP * n + t], static_cast<double>(sp / (t + 1)),
                1e-15);
    EXPECT_NEAR(out[kRunAverageQ * n + t], static_cast<double>(sq / (t + 1)),
                1e-15);
    EXPECT_NEAR(out[kRunAverageGap * n + t],
                static_cast<double>((sq - sp) / (t + 1)), 1e-15);
  }
  const auto bits = running(p, q, x, Units::kBits);
  for (size_t j = 0; j < out.size(); ++j) {
    EXPECT_NEAR(bits[j], out[j] * kLog2e, 1e-14);
  }
}

TEST(RunningSurprise, ConvergesToTheEntropyAndTheCrossEntropy) {
  const std::vector<double> p{0.6, 0.3, 0.1}, q{0.3, 0.3, 0.4};
  const size_t n = 200000;
  std::vector<double> x(n);
  ASSERT_FALSE(drawOutcomes(p, 11, x));
  const auto out = running(p, q, x);
  const double h =
      -(0.6 * std::log(0.6) + 0.3 * std::log(0.3) + 0.1 * std::log(0.1));
  const double cross =
      -(0.6 * std::log(0.3) + 0.3 * std::log(0.3) + 0.1 * std::log(0.4));
  // Standard errors are about 0.0015 here; 5 of them.
  EXPECT_NEAR(out[kRunAverageP * n + n - 1], h, 0.008);
  EXPECT_NEAR(out[kRunAverageQ * n + n - 1], cross, 0.008);
  EXPECT_NEAR(out[kRunAverageGap * n + n - 1], cross - h, 0.008);
}

TEST(RunningSurprise, QZeroMakesTheAverageInfiniteFromThereOn) {
  const std::vector<double> p{0.5, 0.5}, q{1.0, 0.0};
  const auto out = running(p, q, {0, 1, 0});
  EXPECT_EQ(out[kRunAverageQ * 3 + 0], 0.0);
  EXPECT_EQ(out[kRunSurpriseQ * 3 + 1], kInf);
  EXPECT_EQ(out[kRunAverageQ * 3 + 1], kInf);
  EXPECT_EQ(out[kRunAverageQ * 3 + 2], kInf);
  EXPECT_EQ(out[kRunAverageGap * 3 + 2], kInf);
  EXPECT_NEAR(out[kRunAverageP * 3 + 2], std::log(2.0), 1e-15);
}

TEST(RunningSurprise, RefusesOutcomesThatAreNotDrawsFromP) {
  const std::vector<double> p{1.0, 0.0}, q{0.5, 0.5};
  std::vector<double> out(kRunningColumns);
  EXPECT_TRUE(runningSurprise(p, q, std::vector<double>{2}, Units::kNats, out));
  EXPECT_TRUE(
      runningSurprise(p, q, std::vector<double>{0.5}, Units::kNats, out));
  const auto problem =
      runningSurprise(p, q, std::vector<double>{1}, Units::kNats, out);
  ASSERT_TRUE(problem);
  EXPECT_NE(problem->message.find("P is 0"), std::string::npos);
  EXPECT_FALSE(runningSurprise(p, q, {}, Units::kNats, {}));
}

TEST(DrawOutcomes, AreTheDrawsSampleCountsCounts) {
  const std::vector<double> p{0.1, 0.0, 0.6, 0.3};
  const uint64_t n = 5000, seed = 42;
  std::vector<double> x(n), counts(p.size());
  ASSERT_FALSE(drawOutcomes(p, seed, x));
  ASSERT_FALSE(sampleCounts(p, n, seed, counts));
  std::vector<double> tally(p.size());
  for (double v : x) tally[static_cast<size_t>(v)] += 1;
  EXPECT_EQ(tally, counts);
  EXPECT_EQ(tally[1], 0.0);
  // A prefix of a longer run is the shorter run.
  std::vector<double> shorter(10);
  ASSERT_FALSE(drawOutcomes(p, seed, shorter));
  for (size_t t = 0; t < 10; ++t) EXPECT_EQ(shorter[t], x[t]);
}

}  // namespace
}  // namespace infotheory
