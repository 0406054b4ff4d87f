#include "trust_region_states.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "trust_region.hpp"

namespace infotheory {
namespace {

// Textbook: pi_alpha = w exp(alpha A) / Z, D = sum w log(w / pi_alpha).
std::vector<double> updated(const std::vector<double>& w,
                            const std::vector<double>& a, double alpha) {
  std::vector<double> p(w.size());
  double z = 0;
  for (size_t i = 0; i < w.size(); ++i)
    z += p[i] = w[i] * std::exp(alpha * a[i]);
  for (double& x : p) x /= z;
  return p;
}
double klByHand(const std::vector<double>& w, const std::vector<double>& a,
                double alpha) {
  const auto p = updated(w, a, alpha);
  double d = 0;
  for (size_t i = 0; i < w.size(); ++i) {
    if (w[i] > 0) d += w[i] * std::log(w[i] / p[i]);
  }
  return d;
}

struct Batch {
  std::vector<std::vector<double>> w, a;
  std::vector<double> rho;
  std::vector<double> flatW() const {
    std::vector<double> out;
    for (const auto& x : w) out.insert(out.end(), x.begin(), x.end());
    return out;
  }
  std::vector<double> flatA() const {
    std::vector<double> out;
    for (const auto& x : a) out.insert(out.end(), x.begin(), x.end());
    return out;
  }
  std::vector<double> sizes() const {
    std::vector<double> out;
    for (const auto& x : w) out.push_back(static_cast<double>(x.size()));
    return out;
  }
  double expectedByHand(double alpha) const {
    double d = 0;
    for (size_t s = 0; s < w.size(); ++s)
      d += rho[s] * klByHand(w[s], a[s], alpha);
    return d;
  }
};

const Batch kBatch{{{0.4, 0.3, 0.2, 0.1}, {0.6, 0.4}, {0.2, 0.5, 0.3}},
                   {{-0.5, 1, 0.2, -1}, {0.8, -0.3}, {1.5, -0.2, 0.0}},
                   {0.5, 0.3, 0.2}};

TEST(TrustRegionStates, ExpectedKlIsTheWeightedSumOfEachStatesKl) {
  const std::vector<double> alphas{0, 0.1, 0.5, 1, 2.5};
  std::vector<double> out(alphas.size());
  ASSERT_FALSE(expectedKlAlongUpdate(kBatch.flatW(), kBatch.flatA(),
                                     kBatch.sizes(), kBatch.rho, alphas,
                                     Units::kNats, out));
  for (size_t i = 0; i < alphas.size(); ++i) {
    EXPECT_NEAR(out[i], kBatch.expectedByHand(alphas[i]), 1e-13);
  }
  EXPECT_EQ(out[0], 0.0);
  std::vector<double> per(6);
  ASSERT_FALSE(klPerState(kBatch.flatW(), kBatch.flatA(), kBatch.sizes(),
                          kBatch.rho, 0.5, Units::kBits, per));
  for (size_t s = 0; s < 3; ++s) {
    const double d = klByHand(kBatch.w[s], kBatch.a[s], 0.5) / std::log(2.0);
    EXPECT_NEAR(per[s], d, 1e-13);
    EXPECT_NEAR(per[3 + s], kBatch.rho[s] * d, 1e-13);
  }
}

TEST(TrustRegionStates, MaxStepMeetsTheBudgetExactly) {
  for (double delta : {0.001, 0.02, 0.3, 1.0}) {
    const auto r = maxStepWithinExpectedBudget(
        kBatch.flatW(), kBatch.flatA(), kBatch.sizes(), kBatch.rho, delta);
    ASSERT_TRUE(r.ok()) << r.error();
    const double alpha = r.value();
    EXPECT_LE(kBatch.expectedByHand(alpha), delta * (1 + 1e-12));
    EXPECT_GT(kBatch.expectedByHand(alpha * (1 + 1e-9)), delta);
  }
  // In bits the budget means the same information.
  const double nats =
      maxStepWithinExpectedBudget(kBatch.flatW(), kBatch.flatA(),
                                  kBatch.sizes(), kBatch.rho, 0.02)
          .value();
  const double bits = maxStepWithinExpectedBudget(
                          kBatch.flatW(), kBatch.flatA(), kBatch.sizes(),
                          kBatch.rho, 0.02 / std::log(2.0), Units::kBits)
                          .value();
  EXPECT_NEAR(nats, bits, 1e-11 * nats);
}

TEST(TrustRegionStates, OneStateIsTheSingleStateTrustRegion) {
  const std::vector<double> w{0.4, 0.3, 0.2, 0.1}, a{-0.5, 1, 0.2, -1};
  const std::vector<double> sizes{4}, rho{1};
  const double one = maxStepWithinBudget(w, a, 0.05).value();
  const double many =
      maxStepWithinExpectedBudget(w, a, sizes, rho, 0.05).value();
  EXPECT_NEAR(many, one, 1e-11 * one);
  // A state that is never visited does not constrain the step.
  const Batch two{{{0.4, 0.3, 0.2, 0.1}, {0.5, 0.5}},
                  {{-0.5, 1, 0.2, -1}, {5, -5}},
                  {1, 0}};
  EXPECT_NEAR(maxStepWithinExpectedBudget(two.flatW(), two.flatA(), two.sizes(),
                                          two.rho, 0.05)
                  .value(),
              one, 1e-11 * one);
  // Nothing can move: no budget is ever reached.
  const Batch still{{{0.5, 0.5}, {1.0}}, {{1, 1}, {3}}, {0.5, 0.5}};
  EXPECT_TRUE(
      std::isinf(maxStepWithinExpectedBudget(still.flatW(), still.flatA(),
                                             still.sizes(), still.rho, 0.05)
                     .value()));
}

TEST(TrustRegionStates, ImportanceWeightsByHand) {
  for (double alpha : {0.0, 0.3, 1.0, 3.0}) {
    double surrogate = 0, old = 0, second = 0, maxr = 0;
    for (size_t s = 0; s < 3; ++s) {
      const auto p = updated(kBatch.w[s], kBatch.a[s], alpha);
      for (size_t i = 0; i < p.size(); ++i) {
        const double r = p[i] / kBatch.w[s][i];
        surrogate += kBatch.rho[s] * kBatch.w[s][i] * r * kBatch.a[s][i];
        old += kBatch.rho[s] * kBatch.w[s][i] * kBatch.a[s][i];
        second += kBatch.rho[s] * kBatch.w[s][i] * r * r;
        maxr = std::max(maxr, r);
      }
    }
    const auto r = importanceWeightsAt(kBatch.flatW(), kBatch.flatA(),
                                       kBatch.sizes(), kBatch.rho, alpha);
    ASSERT_TRUE(r.ok()) << r.error();
    EXPECT_NEAR(r.value().surrogate, surrogate, 1e-13);
    EXPECT_NEAR(r.value().oldValue, old, 1e-14);
    EXPECT_NEAR(r.value().secondMoment, second, 1e-12 * second);
    EXPECT_NEAR(r.value().maxRatio, maxr, 1e-12 * maxr);
    EXPECT_NEAR(r.value().effectiveFraction, 1 / second, 1e-12);
    EXPECT_NEAR(r.value().expectedKl, kBatch.expectedByHand(alpha), 1e-13);
    if (alpha == 0.0) {
      EXPECT_EQ(r.value().secondMoment, 1.0);
      EXPECT_EQ(r.value().maxRatio, 1.0);
    }
  }
}

TEST(TrustRegionStates, RefusesBadInput) {
  const std::vector<double> w{0.5, 0.5, 1.0}, a{1, 0, 2};
  std::vector<double> out(1);
  const std::vector<double> alphas{0.5};
  EXPECT_NE(expectedKlAlongUpdate(w, a, std::vector<double>{2, 2},
                                  std::vector<double>{0.5, 0.5}, alphas,
                                  Units::kNats, out)
                ->message.find("sizes"),
            std::string::npos);
  EXPECT_NE(expectedKlAlongUpdate(w, a, std::vector<double>{2, 1},
                                  std::vector<double>{0.5, 0.6}, alphas,
                                  Units::kNats, out)
                ->message.find("weights"),
            std::string::npos);
  const std::vector<double> bad{0.5, 0.6, 1.0};
  EXPECT_NE(expectedKlAlongUpdate(bad, a, std::vector<double>{2, 1},
                                  std::vector<double>{0.5, 0.5}, alphas,
                                  Units::kNats, out)
                ->message.find("state 0"),
            std::string::npos);
  EXPECT_FALSE(maxStepWithinExpectedBudget(w, a, std::vector<double>{2, 1},
                                           std::vector<double>{0.5, 0.5}, 0)
                   .ok());
  EXPECT_FALSE(importanceWeightsAt(w, a, std::vector<double>{1.5, 1.5},
                                   std::vector<double>{0.5, 0.5}, 1)
                   .ok());
  EXPECT_FALSE(importanceWeightsAt(w, a, std::vector<double>{2, 1},
                                   std::vector<double>{0.5, 0.5}, -1)
                   .ok());
}

}  // namespace
}  // namespace infotheory
