#include "kl_integrand.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "mixture_fit.hpp"
#include "mixture_kl.hpp"

namespace infotheory {
namespace {

struct Curve {
  std::vector<double> x, y;
};

Curve integrand(const Mixture& p, double mu, double sigma, Direction d,
                Units units = Units::kNats, size_t n = 4001) {
  Curve c{std::vector<double>(n), std::vector<double>(n)};
  EXPECT_FALSE(klIntegrandCurve(p, mu, sigma, d, units, -30, 30, c.x, c.y));
  return c;
}

// Simpson's rule over the curve's own points (n odd).
double simpson(const Curve& c) {
  const size_t n = c.x.size();
  const double h = (c.x.back() - c.x.front()) / static_cast<double>(n - 1);
  double s = c.y.front() + c.y.back();
  for (size_t i = 1; i + 1 < n; ++i) s += (i % 2 ? 4.0 : 2.0) * c.y[i];
  return s * h / 3.0;
}

const Mixture kApart{{0.5, 0.5}, {-3.0, 3.0}, {0.7, 0.7}};
const Mixture kUnequal{{0.3, 0.7}, {-3.0, 2.0}, {0.6, 1.2}};

TEST(KlIntegrand, IntegratesToTheDivergenceInBothDirections) {
  for (const Mixture& p : {kApart, kUnequal}) {
    for (double mu : {-2.0, 0.0, 2.5}) {
      for (double sigma : {0.5, 1.0, 3.0}) {
        EXPECT_NEAR(simpson(integrand(p, mu, sigma, Direction::kForward)),
                    forwardKlNats(p, mu, sigma), 1e-8);
        EXPECT_NEAR(simpson(integrand(p, mu, sigma, Direction::kReverse)),
                    reverseKlNats(p, mu, sigma), 1e-8);
      }
    }
  }
}

TEST(KlIntegrand, IsInBitsWhenAskedAndVanishesInTheFarTails) {
  const auto nats = integrand(kApart, 0.0, 1.0, Direction::kForward);
  const auto bits =
      integrand(kApart, 0.0, 1.0, Direction::kForward, Units::kBits);
  for (size_t i = 0; i < nats.y.size(); ++i) {
    EXPECT_NEAR(bits.y[i], nats.y[i] / std::log(2.0), 1e-15);
  }
  EXPECT_NEAR(nats.y.front(), 0.0, 1e-300);
  EXPECT_NEAR(nats.y.back(), 0.0, 1e-300);
}

TEST(KlIntegrand, CanBeNegativeWhereTheIntegralIsPositive) {
  // The reverse fit on one of two far modes: q log(q/p) is below 0 where
  // q < p, on the side towards the other mode.
  const auto fit = fitGaussian(kApart, Direction::kReverse, Units::kNats);
  ASSERT_TRUE(fit.ok());
  const auto c =
      integrand(kApart, fit.value().mu, fit.value().sigma, Direction::kReverse);
  const auto e = curveExtremes(c.x, c.y);
  ASSERT_TRUE(e.ok());
  EXPECT_LT(e.value().lowY, 0.0);
  EXPECT_GT(e.value().highY, 0.0);
  EXPECT_GT(simpson(c), 0.0);
  for (double y : c.y) {
    EXPECT_GE(y, e.value().lowY);
    EXPECT_LE(y, e.value().highY);
  }
}

TEST(KlIntegrand, ExtremesAreTheFirstOfTheSmallestAndOfTheLargest) {
  const std::vector<double> x{0, 1, 2, 3, 4}, y{1, -2, -2, 3, 3};
  const auto e = curveExtremes(x, y);
  ASSERT_TRUE(e.ok());
  EXPECT_EQ(e.value().lowX, 1.0);
  EXPECT_EQ(e.value().lowY, -2.0);
  EXPECT_EQ(e.value().highX, 3.0);
  EXPECT_EQ(e.value().highY, 3.0);
  EXPECT_FALSE(curveExtremes(x, std::vector<double>{1}).ok());
}

TEST(KlIntegrand, RefusesABadWidthOrGrid) {
  std::vector<double> x(10), y(10);
  EXPECT_TRUE(klIntegrandCurve(kApart, 0, 0, Direction::kForward, Units::kNats,
                               -1, 1, x, y));
  EXPECT_TRUE(klIntegrandCurve(kApart, 0, 1, Direction::kForward, Units::kNats,
                               1, -1, x, y));
}

}  // namespace
}  // namespace infotheory
