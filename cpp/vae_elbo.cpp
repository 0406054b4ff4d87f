#include "vae_elbo.hpp"

#include <cmath>
#include <string>

#include "gaussian.hpp"
#include "validate.hpp"

namespace infotheory {

namespace {

// 1/2 log(2 pi), correctly rounded.
constexpr double kHalfLog2Pi = 0.91893853320467274178032973640562;

std::optional<InputError> checkAt(std::optional<InputError> problem,
                                  size_t index) {
  if (problem) {
    problem->message += " (at dimension " + std::to_string(index) + ")";
  }
  return problem;
}

}  // namespace

Result<PosteriorNormal> vaePosterior(double x, double s) {
  if (auto problem = checkFinite(x, "x")) return *problem;
  if (auto problem = checkPositive(s, "s")) return *problem;
  const double s2 = s * s;
  // s^2 / (1 + s^2) as 1 / (1 + 1/s^2): no overflow for large s.
  return PosteriorNormal{x / (1.0 + s2), s / std::sqrt(1.0 + s2)};
}

Result<ElboTerms> vaeElbo(std::span<const double> x, std::span<const double> mu,
                          std::span<const double> sigma, double s,
                          Units units) {
  if (x.empty()) return InputError{"x is empty: give at least one dimension"};
  if (x.size() > kMaxLatentDimensions) {
    return InputError{"x has " + std::to_string(x.size()) +
                      " dimensions, more than " +
                      std::to_string(kMaxLatentDimensions)};
  }
  if (mu.size() != x.size()) {
    return InputError{"mu has " + std::to_string(mu.size()) +
                      " entries but x has " + std::to_string(x.size())};
  }
  if (sigma.size() != x.size()) {
    return InputError{"sigma has " + std::to_string(sigma.size()) +
                      " entries but x has " + std::to_string(x.size())};
  }
  if (auto problem = checkPositive(s, "s")) return *problem;
  for (size_t j = 0; j < x.size(); ++j) {
    if (auto p = checkAt(checkFinite(x[j], "x"), j)) return *p;
    if (auto p = checkAt(checkFinite(mu[j], "mu"), j)) return *p;
    if (auto p = checkAt(checkPositive(sigma[j], "sigma"), j)) return *p;
  }
  const double s2 = s * s;
  const double log_s = std::log(s);
  double reconstruction = 0.0, kl = 0.0, evidence = 0.0, gap = 0.0;
  for (size_t j = 0; j < x.size(); ++j) {
    const double d = x[j] - mu[j];
    // -1/2 log(2 pi s^2) - ((x - mu)^2 + sigma^2) / (2 s^2)
    reconstruction +=
        -kHalfLog2Pi - log_s -
        (0.5 * (d / s) * (d / s) + 0.5 * (sigma[j] / s) * (sigma[j] / s));
    kl += gaussianKlNats(mu[j], sigma[j], 0.0, 1.0);
    // log N(x; 0, 1 + s^2) = -1/2 log(2 pi (1 + s^2)) - x^2 / (2 (1 + s^2))
    const double v = 1.0 + s2;
    evidence += -kHalfLog2Pi - 0.5 * std::log1p(s2) - 0.5 * x[j] * x[j] / v;
    const PosteriorNormal post{x[j] / v, s / std::sqrt(v)};
    gap += gaussianKlNats(mu[j], sigma[j], post.mean, post.sd);
  }
  return ElboTerms{inUnits(reconstruction, units), inUnits(kl, units),
                   inUnits(reconstruction - kl, units),
                   inUnits(evidence, units), inUnits(gap, units)};
}

}  // namespace infotheory
