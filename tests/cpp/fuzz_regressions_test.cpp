// Inputs the libFuzzer harnesses (tests/fuzz) found to break a kernel's
// contract, kept as tests after the fix. Each is named after what went
// wrong; the numbers are the fuzzer's, bit for bit.
#include <gtest/gtest.h>

#include <cfloat>
#include <cmath>
#include <vector>

#include "infotheory.hpp"

namespace infotheory {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

double klAt(const std::vector<double>& w, const std::vector<double>& a,
            double alpha) {
  double out[1];
  const double alphas[1] = {alpha};
  EXPECT_FALSE(klAlongUpdate(w, a, alphas, Units::kNats, out));
  return out[0];
}

// p1 p2 underflowed to 0: the joint surprise was +inf, the sum 746.4.
TEST(FuzzRegression, JointSurpriseOfUnderflowingProductIsTheSum) {
  const double p1 = 0x1.1ff11ff11ff12p-3, p2 = DBL_TRUE_MIN;
  const JointSurprise j = jointSurprise(p1, p2).value();
  EXPECT_EQ(j.probability, 0.0);
  EXPECT_TRUE(std::isfinite(j.joint));
  EXPECT_NEAR(j.joint, j.sum, 4e-16 * j.sum);
  // A product in the normal range still goes through -log(p1 p2).
  EXPECT_EQ(jointSurprise(0.5, 0.25).value().joint, -std::log(0.125));
}

// sigma2 = DBL_MIN: offset^2 overflowed and 0 * inf in the far tails made
// the quadrature NaN.
TEST(FuzzRegression, QuadratureOfNormalsBeyondTheDoublesIsInfiniteNotNaN) {
  const double mu1 = 0.0, sigma1 = 0x1.1418ebedf50ffp-10;
  const double mu2 = 0x1.fffffffffffffp-1, sigma2 = DBL_MIN;
  const Quadrature q = gaussianKlByQuadrature(mu1, sigma1, mu2, sigma2).value();
  EXPECT_EQ(q.value, kInf);
  EXPECT_FALSE(std::isnan(q.errorEstimate));
  EXPECT_EQ(gaussianKl(mu1, sigma1, mu2, sigma2).value(), kInf);
}

// offset^2 = 2.25e308 overflowed although the divergence, half of it, is a
// double: the closed form said +inf, the quadrature's integrand overflowed.
TEST(FuzzRegression, GaussianKlOfFarApartMeansIsFiniteBelowDblMax) {
  const double kl = gaussianKl(0.0, 1.0, 1.5e154, 1.0).value();
  EXPECT_DOUBLE_EQ(kl, 1.125e308);
  const Quadrature q = gaussianKlByQuadrature(0.0, 1.0, 1.5e154, 1.0).value();
  EXPECT_NEAR(q.value, kl, 1e-12 * kl);
  // Far-apart widths: e^2t overflowed where e^2t / 2 does not.
  const double sigma = std::sqrt(1.5) * 0x1p511;  // sigma^2 / 2 = 0.75 * 2^1022
  EXPECT_TRUE(std::isfinite(gaussianKl(0.0, sigma, 0.0, 1.0).value()));
}

// lo and hi 32 subnormal steps apart over 36 points: the step, 32/35 of the
// smallest subnormal, rounded up to 1, and x[33] landed past hi.
TEST(FuzzRegression, GaussianDensityCurveOverSubnormalRangeStaysInside) {
  const double lo = 0x0.00000001c4c2p-1022, hi = 0x0.00000001c4c4p-1022;
  std::vector<double> x(36), y(36);
  ASSERT_FALSE(gaussianDensityCurve(-0x1.4c4c4c4c4c4c4p+77,
                                    0x0.00000001c4c4p-1022, lo, hi, x, y));
  for (size_t i = 0; i < x.size(); ++i) {
    EXPECT_TRUE(x[i] >= lo && x[i] <= hi) << i;
    if (i > 0) EXPECT_GE(x[i], x[i - 1]) << i;
  }
}

// Counts whose total overflows: every entry was divided by +inf, and the
// "distribution" returned was all zeros.
TEST(FuzzRegression, EmpiricalDistributionOfCountsNearDblMax) {
  const std::vector<double> counts = {0x1.62e42fefa39efp+9,
                                      0x1.203c3c3c3c3c4p+9,
                                      0x1.b155555555556p+9,
                                      DBL_MAX,
                                      DBL_MAX,
                                      DBL_MAX,
                                      DBL_MAX};
  std::vector<double> out(counts.size());
  ASSERT_FALSE(empiricalDistribution(counts, out));
  EXPECT_FALSE(checkDistribution(out, "out"));
  EXPECT_DOUBLE_EQ(out[3], 0.25);
}

// alpha B and kappa both overflowed: k1 and k3 were NaN (inf - inf).
TEST(FuzzRegression, KlEstimatorsWithOverflowingStepAreNotNaN) {
  const std::vector<double> w = {0x1p-2, 0x1.8000000000001p-1};
  const std::vector<double> a = {-0x1.0ee70ee70ee8p+1,
                                 -0x1.84a302dffffc7p+1022};
  const KlEstimates e =
      klEstimators(w, a, 0x1.2bfa3bf5ff7b9p+2, 32511, 0).value();
  EXPECT_EQ(e.exact, kInf);
  for (double x : {e.k1Mean, e.k1StdError, e.k3Mean, e.k3StdError}) {
    EXPECT_FALSE(std::isnan(x));
  }
}

// Advantages near 1e6 and 1e-4 apart at alpha 1.5e11: B = A - mean carried
// the mean's rounding (ulp(1e6)) times alpha, and D was off by 4e-6
// relative (and not monotone in alpha). Reference: 50-digit mpmath.
TEST(FuzzRegression, KlAlongUpdateOfLargeCloseAdvantagesIsAccurate) {
  const std::vector<double> w = {0x1.12e0be826d695p-30, 0x1.fffffff768fap-1};
  const std::vector<double> a = {0x1.e847fff831275p+19, 0x1.e847fff9e5c4ap+19};
  const double d = klAt(w, a, 0x1.10fb9eaade77ap+37);
  EXPECT_NEAR(d, 0.030512200851368167, 1e-14 * d);
}

// A divergence of 1e-66 carried by tiny weights: centring at the best
// action's advantage rounded the heavy action's B to 1e-16, and D was off
// by 2e-4 relative. Reference: 400-digit mpmath.
TEST(FuzzRegression, KlAlongUpdateOfTinyDivergenceIsAccurate) {
  const std::vector<double> w = {0x1.120b470c67c0ep-140, 1.0,
                                 0x1.0d8875494dd0ap-695,
                                 0x1.22f5d9a80905ap-446};
  const std::vector<double> a = {0x1.4fd8p-585, 0x1.19799812dea11p-40,
                                 -DBL_TRUE_MIN, 0x1.000000044b83p+0};
  const double d = klAt(w, a, 0x1.8ae3a2cdf0adcp+0);
  EXPECT_NEAR(d, 9.1373785177057209e-67, 1e-13 * d);
}

// D overflowed to +inf: beta D was 0 * inf = NaN at beta = 0, and
// inf - inf = NaN where the clipped sum rounded up to +inf (found with
// advantages at DBL_MAX and alpha = DBL_MAX).
TEST(FuzzRegression, PpoPenaltyOfInfiniteDivergenceIsNotNaN) {
  const std::vector<double> w = {0.5, 0.5}, a = {0.0, -1e308};
  const double alphas[1] = {1e10};
  double unclipped[1], clipped[1], penalized[1];
  ASSERT_EQ(klAt(w, a, alphas[0]), kInf);
  ASSERT_FALSE(
      ppoSurrogate(w, a, 0.2, 0.0, alphas, unclipped, clipped, penalized));
  EXPECT_EQ(penalized[0], clipped[0]);
  ASSERT_FALSE(
      ppoSurrogate(w, a, 0.2, 1.0, alphas, unclipped, clipped, penalized));
  EXPECT_EQ(penalized[0], -kInf);
}

// Advantages at DBL_MAX on subnormal weights, alpha = DBL_MAX: the
// unclipped sum and the clipped-off part both rounded up to +inf, and the
// clipped surrogate (their difference) was NaN.
TEST(FuzzRegression, PpoClippedSurrogateOfHugeAdvantagesIsNotNaN) {
  const double s = 0x0.0000000e974bap-1022;
  const std::vector<double> w = {s,
                                 1.0,
                                 0x1p-175,
                                 0x1p-175,
                                 0x0.0000001p-1022,
                                 s,
                                 0x1.d2e974ba5d2e9p-96,
                                 0x0.0000001p-1022,
                                 s,
                                 0x0.0000000fafd7fp-1022,
                                 s,
                                 s,
                                 0x1.d2e974ba5d2e9p-236,
                                 s,
                                 s,
                                 s,
                                 s,
                                 s,
                                 0x1.178bc5e2f178cp-1021};
  const std::vector<double> a = {-0x1.f314731473148p+3,
                                 -0x1.f3f573f573f58p+3,
                                 -0x1.f3f573f573f58p+3,
                                 0x1.8563p-398,
                                 -0x1.0022p-832,
                                 0x1.2b3fp-700,
                                 -0x1.016cp-577,
                                 0.0,
                                 -0x1.8eae7eae7eae8p+6,
                                 DBL_TRUE_MIN,
                                 0x1.6c85p-665,
                                 -100.0,
                                 0x1.b1b2400ff0403p-590,
                                 DBL_MAX,
                                 DBL_MAX,
                                 DBL_MAX,
                                 DBL_MAX,
                                 DBL_MAX,
                                 DBL_MAX};
  const double alphas[1] = {DBL_MAX};
  double unclipped[1], clipped[1], penalized[1];
  ASSERT_FALSE(ppoSurrogate(w, a, 0x1.de8ca11bfd44fp-2, 0x1.2aaaaaaaaaaabp+3,
                            alphas, unclipped, clipped, penalized));
  EXPECT_FALSE(std::isnan(unclipped[0]));
  EXPECT_FALSE(std::isnan(clipped[0]));
  EXPECT_FALSE(std::isnan(penalized[0]));
  EXPECT_LE(clipped[0], unclipped[0]);
}

// maxStepWithinBudget must bracket the budget: D(alpha* (1 -+ 1e-11)).
void expectRoot(const std::vector<double>& w, const std::vector<double>& a,
                double delta) {
  const double alpha = maxStepWithinBudget(w, a, delta).value();
  ASSERT_TRUE(alpha > 0.0 && std::isfinite(alpha)) << alpha;
  EXPECT_LE(klAt(w, a, alpha * (1 - 1e-11)), delta);
  EXPECT_GE(klAt(w, a, alpha * (1 + 1e-11)), delta);
}

// Budget 7e-198: the Newton slope (alpha Var = 1e-98) was lost in the
// rounding of sum w B, the step came out tiny, and the search stopped at
// 3/4 of the root.
TEST(FuzzRegression, MaxStepWithinBudgetOfTinyBudgetIsTheRoot) {
  expectRoot({0.5, 0.5}, {0x1.3dbe7dbe7dbe8p+3, -0x1.3e407e407e408p+3},
             0x1.048ff000002ffp-655);
}

// The root is at ~1.4e307: doubling the bracket passed DBL_MAX and the
// search answered +infinity.
TEST(FuzzRegression, MaxStepWithinBudgetFindsRootsNearDblMax) {
  expectRoot({0x1.31edp-1020, 0x1.fffffffffffffp-1},
             {0x1.e847fff7d8e57p+19, 0x1.e8480001db2cep+19},
             0x1.d63b87d26fcd7p-7);
}

// The best action has w = 1e-323: sum w e^(alpha (A - max A)) was a
// subnormal with a few digits, and the root was off by 4e-4.
TEST(FuzzRegression, MaxStepWithinBudgetWithSubnormalWeightOnTheBest) {
  expectRoot({0x0.0000000000002p-1022, 1.0}, {0.0, -0x1.29f8d9f8d9f8ep+6},
             0x1.57b7d74510363p-27);
}

}  // namespace
}  // namespace infotheory
