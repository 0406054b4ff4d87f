#include "gaussian.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <limits>
#include <numbers>
#include <random>
#include <string>
#include <vector>

namespace infotheory {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

struct KlCase {
  double mu1, sigma1, mu2, sigma2;
  double want;  // KL(N(mu1, sigma1^2) || N(mu2, sigma2^2)) in nats
};

// References: Python's decimal module at 50 digits, from the exact binary
// value of each double input (Decimal(x)), with
//   KL = ln(sigma2/sigma1) + (sigma1^2 + (mu1 - mu2)^2) / (2 sigma2^2) - 1/2.
// 50 digits leave over 30 after the cancellation in the nearly equal cases.
constexpr KlCase kKlCases[] = {
    {1.0, 1.0, 0.0, 1.0, 5.0000000000000000000000000e-1},
    {0.5, 0.8, -1.0, 1.5, 7.7083088164459632024521777e-1},
    {3.0, 0.01, -2.0, 50.0, 8.0221932114162374058380528e+0},
    {-2.0, 0.05, 1.0, 1.5, 4.9017529372177108755193201e+0},
    {0.0, 3.0, 0.5, 0.2, 1.1241694979889777715256142e+2},
    {0.0, 100.0, 0.0, 1.0, 4.9948948298140119086319640e+3},
    {0.0, 0.01, 0.0, 1.0, 4.1052201859880913472213829e+0},
    {2.0, 3.0, 0.0, 1.0, 4.9013877113318903086047548e+0},
};

// Nearly equal normals, same references: the textbook formula subtracts
// numbers near 1/2 to get ~1e-16 and keeps none of its digits.
constexpr KlCase kNearlyEqualCases[] = {
    {1e-9, 1.00000001, 0.0, 1.0, 1.0049999845117248481555451e-16},
    {0.0, 1.00000001, 0.0, 1.0, 9.9999998451172484753272917e-17},
    {1e-9, 1.0, 0.0, 1.0, 5.0000000000000006228159146e-19},
    {0.3, 2.0000000001, 0.3 + 1e-10, 2.0, 3.7500006205111414885538740e-21},
    {-4.0, 0.7, -4.0, 0.69999979, 9.0000044952855135226413185e-14},
};

double textbookKl(const KlCase& c) {
  const double d = c.mu1 - c.mu2;
  return std::log(c.sigma2 / c.sigma1) +
         (c.sigma1 * c.sigma1 + d * d) / (2 * c.sigma2 * c.sigma2) - 0.5;
}

// For RecordProperty: std::to_string prints 1e-15 as 0.000000.
std::string scientific(double x) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.3e", x);
  return buffer;
}

double relativeError(double got, double want) {
  return std::fabs(got - want) / std::fabs(want);
}

TEST(GaussianKl, MatchesFiftyDigitReferencesTo1e13) {
  for (const KlCase& c : kKlCases) {
    EXPECT_LE(relativeError(
                  gaussianKl(c.mu1, c.sigma1, c.mu2, c.sigma2).value(), c.want),
              1e-13)
        << c.mu1 << " " << c.sigma1 << " " << c.mu2 << " " << c.sigma2;
  }
}

TEST(GaussianKl, StaysAccurateForNearlyEqualNormalsWhereTheTextbookFormFails) {
  for (const KlCase& c : kNearlyEqualCases) {
    const double got = gaussianKl(c.mu1, c.sigma1, c.mu2, c.sigma2).value();
    EXPECT_LE(relativeError(got, c.want), 1e-13)
        << c.mu1 << " " << c.sigma1 << " " << c.mu2 << " " << c.sigma2;
    // The same test would fail the textbook formula: it is off by far more.
    EXPECT_GT(relativeError(textbookKl(c), c.want), 1e-5);
  }
}

TEST(GaussianKl, IsExactlyZeroForEqualNormals) {
  std::mt19937_64 rng(11);
  std::uniform_real_distribution<double> mean(-1e3, 1e3), log_sigma(-20, 20);
  for (int trial = 0; trial < 1000; ++trial) {
    const double mu = mean(rng), sigma = std::exp(log_sigma(rng));
    const double kl = gaussianKl(mu, sigma, mu, sigma).value();
    EXPECT_EQ(kl, 0.0);
    EXPECT_FALSE(std::signbit(kl));
  }
}

TEST(GaussianKl, IsPositiveForAnyTwoDifferentNormals) {
  std::mt19937_64 rng(12);
  std::uniform_real_distribution<double> mean(-10, 10), log_sigma(-5, 5);
  std::uniform_real_distribution<double> tiny(-1e-6, 1e-6);
  for (int trial = 0; trial < 5000; ++trial) {
    const double mu1 = mean(rng), s1 = std::exp(log_sigma(rng));
    // Every third pair nearly equal, where rounding could turn the sign.
    const bool close = trial % 3 == 0;
    const double mu2 = close ? mu1 + tiny(rng) : mean(rng);
    const double s2 = close ? s1 * (1 + tiny(rng)) : std::exp(log_sigma(rng));
    const double kl = gaussianKl(mu1, s1, mu2, s2).value();
    EXPECT_GE(kl, 0.0) << mu1 << " " << s1 << " " << mu2 << " " << s2;
    if (mu1 != mu2 || s1 != s2) EXPECT_GT(kl, 0.0);
  }
}

TEST(GaussianKl, IsAsymmetric) {
  // KL(N(0, 1) || N(0, 4)) = ln 2 + 1/8 - 1/2; KL(N(0, 4) || N(0, 1)) =
  // -ln 2 + 2 - 1/2.
  const double narrow_to_wide = gaussianKl(0, 1, 0, 2).value();
  const double wide_to_narrow = gaussianKl(0, 2, 0, 1).value();
  EXPECT_NEAR(narrow_to_wide, std::log(2.0) - 0.375, 1e-16);
  EXPECT_NEAR(wide_to_narrow, 1.5 - std::log(2.0), 1e-15);
  EXPECT_GT(wide_to_narrow - narrow_to_wide, 0.4);
}

TEST(GaussianKl, BitsAreNatsOverLn2) {
  for (const KlCase& c : kKlCases) {
    const double nats = gaussianKl(c.mu1, c.sigma1, c.mu2, c.sigma2).value();
    const double bits =
        gaussianKl(c.mu1, c.sigma1, c.mu2, c.sigma2, Units::kBits).value();
    EXPECT_NEAR(bits, nats / std::log(2.0), 4e-16 * bits);
  }
}

TEST(GaussianKl, RefusesBadArgumentsByName) {
  EXPECT_EQ(gaussianKl(0, 1, 0, 0).error(), "sigma2 = 0 must be positive");
  EXPECT_EQ(gaussianKl(0, -0.5, 0, 1).error(),
            "sigma1 = -0.5 must be positive");
  EXPECT_EQ(gaussianKl(kNaN, 1, 0, 1).error(), "mu1 is NaN, not a number");
  EXPECT_EQ(gaussianKl(0, 1, -kInf, 1).error(),
            "mu2 is -Infinity; it must be finite");
  EXPECT_EQ(gaussianKl(0, kInf, 0, 1).error(),
            "sigma1 is Infinity; it must be finite");
  EXPECT_EQ(gaussianKl(0, 1, 0, kNaN).error(), "sigma2 is NaN, not a number");
}

TEST(GaussianVaeKl, TermsSumToTheStableTotal) {
  std::mt19937_64 rng(13);
  std::uniform_real_distribution<double> mean(-3, 3), log_sigma(-3, 3);
  for (int trial = 0; trial < 1000; ++trial) {
    const double mu = mean(rng), sigma = std::exp(log_sigma(rng));
    const VaeKlTerms t = vaeKl(mu, sigma).value();
    EXPECT_EQ(t.mean, mu * mu / 2);
    EXPECT_EQ(t.variance, sigma * sigma / 2);
    EXPECT_NEAR(t.logVariance, -std::log(sigma * sigma) / 2, 1e-15);
    EXPECT_EQ(t.constant, -0.5);
    const double sum = t.mean + t.variance + t.logVariance + t.constant;
    // The terms cancel down to the total: rounding of the largest remains.
    const double scale = t.mean + t.variance + std::fabs(t.logVariance) + 0.5;
    EXPECT_NEAR(t.total, sum, 1e-15 * scale);
    EXPECT_EQ(t.total, gaussianKl(mu, sigma, 0, 1).value());
  }
}

TEST(GaussianVaeKl, MatchesTheReferencesAndConvertsEveryTermToBits) {
  // 50-digit decimal references as above, against N(0, 1).
  EXPECT_LE(relativeError(vaeKl(2.0, 3.0).value().total,
                          4.9013877113318903086047548e+0),
            1e-13);
  EXPECT_LE(relativeError(vaeKl(0.0, 1.00000001).value().total,
                          9.9999998451172484753272917e-17),
            1e-13);
  EXPECT_EQ(vaeKl(0.0, 1.0).value().total, 0.0);
  const VaeKlTerms nats = vaeKl(1.5, 0.25).value();
  const VaeKlTerms bits = vaeKl(1.5, 0.25, Units::kBits).value();
  const double ln2 = std::log(2.0);
  EXPECT_DOUBLE_EQ(bits.mean, nats.mean / ln2);
  EXPECT_DOUBLE_EQ(bits.variance, nats.variance / ln2);
  EXPECT_DOUBLE_EQ(bits.logVariance, nats.logVariance / ln2);
  EXPECT_DOUBLE_EQ(bits.constant, -0.5 / ln2);
  EXPECT_DOUBLE_EQ(bits.total, nats.total / ln2);
}

TEST(GaussianVaeKl, RefusesBadArgumentsByName) {
  EXPECT_EQ(vaeKl(0, 0).error(), "sigma = 0 must be positive");
  EXPECT_EQ(vaeKl(kNaN, 1).error(), "mu is NaN, not a number");
}

TEST(GaussianEntropy, MatchesFiftyDigitReferences) {
  // 1/2 ln(2 pi e sigma^2), Python decimal at 50 digits (pi to 50 digits).
  const struct {
    double sigma, nats, bits;
  } cases[] = {
      {1.0, 1.4189385332046727417803297e+0, 2.0470955851806411027016020e+0},
      {0.1, -8.8364655978937288672651049e-1, -1.2748325097067211650830548e+0},
      {10.0, 3.7215236261987184257983212e+0, 5.3690236800680034505719214e+0},
      {0.2, -1.9049937922942757730927837e-1, -2.7483250970672116508305485e-1},
      {0.3, 2.1496572887873671215014936e-1, 3.1012999101443488289457977e-1},
      {1e-300, -6.8935658936500903243855801e+2,
       -9.9453133288102806322224160e+2},
      {1e300, 6.9219446643141837799968253e+2, 9.9862552405138934553954579e+2},
  };
  for (const auto& c : cases) {
    EXPECT_LE(relativeError(gaussianEntropy(c.sigma).value(), c.nats), 1e-13)
        << c.sigma;
    EXPECT_LE(
        relativeError(gaussianEntropy(c.sigma, Units::kBits).value(), c.bits),
        1e-13)
        << c.sigma;
  }
}

TEST(GaussianEntropy, ChangesSignAtOneOverSqrtTwoPiE) {
  const double crossing = 2.4197072451914334979783019e-1;  // decimal, 50 digits
  EXPECT_LT(gaussianEntropy(crossing * (1 - 1e-12)).value(), 0.0);
  EXPECT_GT(gaussianEntropy(crossing * (1 + 1e-12)).value(), 0.0);
  EXPECT_NEAR(gaussianEntropy(crossing).value(), 0.0, 1e-15);
  for (double sigma = 0.01; sigma < 100; sigma *= 1.7) {
    EXPECT_EQ(gaussianEntropy(sigma).value() < 0, sigma < crossing) << sigma;
  }
}

TEST(GaussianEntropy, RefusesBadWidthsByName) {
  EXPECT_EQ(gaussianEntropy(0).error(), "sigma = 0 must be positive");
  EXPECT_EQ(gaussianEntropy(-kInf).error(),
            "sigma is -Infinity; it must be finite");
}

TEST(GaussianKlByQuadrature, AgreesWithTheClosedFormAcrossWidthsAndOffsets) {
  // Width ratios 1e-2..1e2, offsets up to 20 of the larger sigma, on three
  // scales; 1e-9 relative is asked, 1e-14 is what the rule delivers.
  double worst = 0.0;
  int checked = 0;
  for (int k = -4; k <= 4; ++k) {
    const double ratio = std::pow(10.0, 0.5 * k);
    for (double offset : {0.0, 1e-6, 1e-3, 0.5, 1.0, 3.0, 10.0, 20.0}) {
      for (double sigma2 : {1.0, 0.037, 250.0}) {
        const double sigma1 = ratio * sigma2;
        const double mu2 = -0.3 * sigma2;
        const double mu1 = mu2 + offset * std::max(sigma1, sigma2);
        const double closed = gaussianKl(mu1, sigma1, mu2, sigma2).value();
        const Quadrature q =
            gaussianKlByQuadrature(mu1, sigma1, mu2, sigma2).value();
        const double error = std::fabs(q.value - closed);
        if (closed > 1e-3) {
          EXPECT_LE(error, 1e-9 * closed) << ratio << " " << offset;
          worst = std::max(worst, error / closed);
        } else {
          EXPECT_LE(error, 1e-12) << ratio << " " << offset;
        }
        // The estimate is honest: it bounds the actual error (plus the
        // closed form's own rounding).
        EXPECT_LE(error, q.errorEstimate + 4e-16 * closed)
            << ratio << " " << offset;
        EXPECT_GT(q.evaluations, 0);
        EXPECT_EQ(q.evaluations % 15, 0);  // whole 15-point panels
        ++checked;
      }
    }
  }
  EXPECT_EQ(checked, 9 * 8 * 3);
  RecordProperty("worst_relative_error", scientific(worst));
}

TEST(GaussianKlByQuadrature, ResolvesNearlyEqualNormalsAndConvertsUnits) {
  for (const KlCase& c : kNearlyEqualCases) {
    const Quadrature q =
        gaussianKlByQuadrature(c.mu1, c.sigma1, c.mu2, c.sigma2).value();
    EXPECT_NEAR(q.value, c.want, 1e-12);
    EXPECT_LE(q.errorEstimate, 1e-12);
  }
  const Quadrature equal = gaussianKlByQuadrature(2, 3, 2, 3).value();
  EXPECT_EQ(equal.value, 0.0);
  const Quadrature nats = gaussianKlByQuadrature(0.5, 0.8, -1, 1.5).value();
  const Quadrature bits =
      gaussianKlByQuadrature(0.5, 0.8, -1, 1.5, Units::kBits).value();
  EXPECT_DOUBLE_EQ(bits.value, nats.value / std::log(2.0));
  EXPECT_DOUBLE_EQ(bits.errorEstimate, nats.errorEstimate / std::log(2.0));
  EXPECT_EQ(bits.evaluations, nats.evaluations);
}

TEST(GaussianKlByQuadrature, RefusesBadArgumentsByName) {
  EXPECT_EQ(gaussianKlByQuadrature(0, 1, 0, -1).error(),
            "sigma2 = -1 must be positive");
  EXPECT_EQ(gaussianKlByQuadrature(0, 1, kNaN, 1).error(),
            "mu2 is NaN, not a number");
}

TEST(GaussianDensityCurve, HitsBothEndsAndIntegratesToOne) {
  const size_t n = 2001;
  std::vector<double> x(n), y(n);
  ASSERT_FALSE(gaussianDensityCurve(1.0, 0.5, -4.0, 6.0, x, y));
  EXPECT_EQ(x.front(), -4.0);
  EXPECT_EQ(x.back(), 6.0);
  EXPECT_DOUBLE_EQ(x[200], -3.0);
  double area = 0.0;
  for (size_t i = 0; i < n; ++i) {
    const double z = (x[i] - 1.0) / 0.5;
    EXPECT_NEAR(y[i],
                std::exp(-z * z / 2) / (0.5 * std::sqrt(2 * std::numbers::pi)),
                1e-15 * (1 + y[i]));
    if (i > 0) area += 0.5 * (y[i] + y[i - 1]) * (x[i] - x[i - 1]);
  }
  EXPECT_NEAR(area, 1.0, 1e-12);  // the trapezoid rule is spectrally exact here
  // The peak sits on the grid point at the mean: 1 / (sigma sqrt(2 pi)).
  EXPECT_DOUBLE_EQ(y[1000], 1 / (0.5 * std::sqrt(2 * std::numbers::pi)));
}

TEST(GaussianDensityCurve, RefusesBadArgumentsByName) {
  std::vector<double> x(10), y(10), short_y(9), three(3);
  EXPECT_EQ(gaussianDensityCurve(0, 0, -1, 1, x, y)->message,
            "sigma = 0 must be positive");
  EXPECT_EQ(gaussianDensityCurve(kNaN, 1, -1, 1, x, y)->message,
            "mu is NaN, not a number");
  EXPECT_EQ(gaussianDensityCurve(0, 1, 1, -1, x, y)->message,
            "lo = 1 must be below hi = -1");
  EXPECT_EQ(gaussianDensityCurve(0, 1, -1, kInf, x, y)->message,
            "hi is Infinity; it must be finite");
  EXPECT_EQ(gaussianDensityCurve(0, 1, -1, 1, x, short_y)->message,
            "x and y have different lengths");
  EXPECT_EQ(gaussianDensityCurve(0, 1, -1, 1, three, three)->message,
            "n = 3 points is outside [4, 100000]");
}

}  // namespace
}  // namespace infotheory
