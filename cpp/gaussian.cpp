#include "gaussian.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "curves.hpp"
#include "gauss_kronrod.hpp"
#include "stable_log.hpp"
#include "validate.hpp"

namespace infotheory {

namespace {

// 1/2 log(2 pi e) and 1/sqrt(2 pi), correctly rounded (50-digit mpmath).
constexpr double kHalfLog2PiE = 1.4189385332046727417803297;
constexpr double kInvSqrt2Pi = 0.3989422804014326779399461;

std::optional<InputError> checkNormal(double mu, const char* mu_name,
                                      double sigma, const char* sigma_name) {
  if (auto problem = checkFinite(mu, mu_name)) return problem;
  return checkPositive(sigma, sigma_name);
}

}  // namespace

double gaussianKlNats(double mu1, double sigma1, double mu2, double sigma2) {
  const double t = logRatio(sigma1, sigma2);
  double offset = (mu1 - mu2) / sigma2;
  if (std::isinf(mu1 - mu2)) offset = mu1 / sigma2 - mu2 / sigma2;
  // Both terms are >= 0, so their sum has no cancellation. Each is halved
  // before it can overflow: e^2t or offset^2 may pass DBL_MAX where half of
  // it does not (for t > 354, 1 + 2t is far below an ulp of e^2t).
  const double spread = t > 354.0 ? (0.5 * std::exp(t)) * std::exp(t)
                                  : 0.5 * expm1MinusIdentity(2.0 * t);
  const double kl = spread + (0.5 * offset) * offset;
  return std::max(0.0, kl);
}

Result<double> gaussianKl(double mu1, double sigma1, double mu2, double sigma2,
                          Units units) {
  if (auto problem = checkNormal(mu1, "mu1", sigma1, "sigma1")) return *problem;
  if (auto problem = checkNormal(mu2, "mu2", sigma2, "sigma2")) return *problem;
  return inUnits(gaussianKlNats(mu1, sigma1, mu2, sigma2), units);
}

Result<VaeKlTerms> vaeKl(double mu, double sigma, Units units) {
  if (auto problem = checkNormal(mu, "mu", sigma, "sigma")) return *problem;
  // -log(sigma^2)/2 as -log(sigma): sigma^2 would underflow for sigma < 1e-162.
  return VaeKlTerms{inUnits(0.5 * mu * mu, units),
                    inUnits(0.5 * sigma * sigma, units),
                    inUnits(-std::log(sigma), units), inUnits(-0.5, units),
                    inUnits(gaussianKlNats(mu, sigma, 0.0, 1.0), units)};
}

Result<double> gaussianEntropy(double sigma, Units units) {
  if (auto problem = checkPositive(sigma, "sigma")) return *problem;
  return inUnits(kHalfLog2PiE + std::log(sigma), units);
}

Result<Quadrature> gaussianKlByQuadrature(double mu1, double sigma1, double mu2,
                                          double sigma2, Units units) {
  if (auto problem = checkNormal(mu1, "mu1", sigma1, "sigma1")) return *problem;
  if (auto problem = checkNormal(mu2, "mu2", sigma2, "sigma2")) return *problem;
  // Over t = (x - mu1) / sigma1, so that q(x) dx = phi(t) dt and the range
  // cannot overflow. log(q/p) is a difference of log-densities (the log 2 pi
  // terms cancelled by hand), never the log of a ratio of densities, which
  // under- or overflows in the tails where q is still resolvable.
  // With z2 = (x - mu2) / sigma2 = offset + scale t, the log ratio is
  // log(sigma2/sigma1) + (z2 - t)(z2 + t)/2, and z2 - t is formed as
  // offset + (scale - 1) t so that near-equal normals do not lose it to
  // cancellation.
  const double log_sigma_ratio = logRatio(sigma2, sigma1);
  double offset = (mu1 - mu2) / sigma2;
  if (std::isinf(mu1 - mu2)) offset = mu1 / sigma2 - mu2 / sigma2;
  const double scale_minus_1 = (sigma1 - sigma2) / sigma2;
  const double scale_plus_1 = sigma1 / sigma2 + 1.0;
  // The divergence is at least offset^2 / 2 and at least r^2 / 2 - log r -
  // 1/2 for r = sigma1 / sigma2: beyond the doubles if either is.
  if (std::isinf(offset) || std::isinf(scale_plus_1)) {
    return Quadrature{inUnits(std::numeric_limits<double>::infinity(), units),
                      0.0, 0};
  }
  // The integrand grows like (|offset| + 40 sigma1/sigma2)^2 / 2, which
  // overflows (and 0 * inf in the far tails is NaN) for normals ~1e150
  // widths apart, where the divergence itself may still be a double. Such
  // an integrand is integrated divided by 4^k, a power of 2 (exact), and
  // the result multiplied back; the others are not touched.
  const double size = std::max({std::fabs(offset), scale_plus_1, 1.0});
  const int k = size < 0x1p500 ? 0 : std::ilogb(size) + 6;
  const double shrink = std::ldexp(1.0, -k);
  const double shrunk_log_ratio = log_sigma_ratio * shrink * shrink;
  const double shrunk_offset = offset * shrink;
  const double shrunk_minus = scale_minus_1 * shrink;
  const double shrunk_plus = scale_plus_1 * shrink;
  auto integrand = [&](double t) {
    const double phi = kInvSqrt2Pi * std::exp(-0.5 * t * t);
    return phi * (shrunk_log_ratio + 0.5 * (shrunk_offset + shrunk_minus * t) *
                                         (shrunk_offset + shrunk_plus * t));
  };
  // Beyond |t| = 40, phi(t) < e^{-800}: below the smallest double.
  const auto integral = integrateAdaptive(
      integrand, -40.0, 40.0, 16, {1e-13, 1e-20 * shrink * shrink, 4000});
  return Quadrature{inUnits(std::ldexp(integral.value[0], 2 * k), units),
                    inUnits(std::ldexp(integral.error, 2 * k), units),
                    integral.evaluations};
}

std::optional<InputError> gaussianDensityCurve(double mu, double sigma,
                                               double lo, double hi,
                                               std::span<double> x,
                                               std::span<double> y) {
  if (auto problem = checkNormal(mu, "mu", sigma, "sigma")) return problem;
  if (auto problem = checkGridEnds(lo, "lo", hi, "hi")) return problem;
  if (auto problem = checkCurveSpans(x, y)) return problem;
  const size_t n = x.size();
  const double step = (hi - lo) / static_cast<double>(n - 1);
  // 1 / (sigma sqrt(2 pi)) overflows for subnormal sigma; the tails may not.
  const double peak = kInvSqrt2Pi / sigma;
  const double log_peak = std::log(sigma) - std::log(kInvSqrt2Pi);
  for (size_t i = 0; i < n; ++i) {
    // (A subnormal step may round up by half itself: never past hi.)
    x[i] = i + 1 == n ? hi : std::min(hi, lo + step * static_cast<double>(i));
    const double z = (x[i] - mu) / sigma;
    y[i] = std::isinf(peak) ? std::exp(-0.5 * z * z - log_peak)
                            : peak * std::exp(-0.5 * z * z);
  }
  return std::nullopt;
}

}  // namespace infotheory
