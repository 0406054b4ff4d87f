#include "kl_integrand.hpp"

#include <cmath>

#include "curves.hpp"
#include "mixture_log_ratio.hpp"
#include "validate.hpp"

namespace infotheory {

std::optional<InputError> klIntegrandCurve(const Mixture& p, double mu,
                                           double sigma, Direction direction,
                                           Units units, double lo, double hi,
                                           std::span<double> x,
                                           std::span<double> y) {
  if (auto problem = checkMixture(p)) return problem;
  if (auto problem = checkFinite(mu, "mu")) return problem;
  if (auto problem = checkPositive(sigma, "sigma")) return problem;
  if (auto problem = checkGridEnds(lo, "lo", hi, "hi")) return problem;
  if (auto problem = checkCurveSpans(x, y)) return problem;
  const double log_norm = std::log(sigma) - std::log(kInvSqrt2Pi);
  for (size_t i = 0; i < x.size(); ++i) {
    x[i] = gridPoint(lo, hi, i, x.size());
    const double z = (x[i] - mu) / sigma;
    const double log_q = -0.5 * z * z - log_norm;
    const double log_p = mixtureLogDensity(p, x[i]);
    // weight * log(weight / other), the weight exp(its log): 0 where it
    // underflows, whatever the (finite) log ratio.
    const double log_w = direction == Direction::kForward ? log_p : log_q;
    const double log_o = direction == Direction::kForward ? log_q : log_p;
    const double w = std::exp(log_w);
    y[i] = w == 0.0 ? 0.0 : inUnits(w * (log_w - log_o), units);
  }
  return std::nullopt;
}

Result<CurveExtremes> curveExtremes(std::span<const double> x,
                                    std::span<const double> y) {
  if (x.empty() || x.size() != y.size()) {
    return InputError{"x and y must have the same, non-zero length"};
  }
  CurveExtremes e{x[0], y[0], x[0], y[0]};
  for (size_t i = 1; i < x.size(); ++i) {
    if (y[i] < e.lowY) e.lowX = x[i], e.lowY = y[i];
    if (y[i] > e.highY) e.highX = x[i], e.highY = y[i];
  }
  return e;
}

}  // namespace infotheory
