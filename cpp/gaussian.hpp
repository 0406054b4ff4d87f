// Gaussians: the closed-form KL divergence between two normals, its VAE
// special case against N(0, 1), differential entropy, and a quadrature check.
#pragma once

#include <optional>
#include <span>

#include "result.hpp"
#include "units.hpp"

namespace infotheory {

// KL(N(mu1, sigma1^2) || N(mu2, sigma2^2)) in nats for finite mu and
// sigma > 0, in the stable form
//   1/2 [ (expm1(2t) - 2t) + ((mu1 - mu2) / sigma2)^2 ],  t =
//   log(sigma1/sigma2),
// with expm1(u) - u summed as a series for small |u|, so the result keeps
// full relative accuracy as the two normals approach each other (exactly 0
// when they are equal).
double gaussianKlNats(double mu1, double sigma1, double mu2, double sigma2);

// Checked: mu1, mu2 finite; sigma1, sigma2 finite and > 0. Messages name the
// argument ("sigma2 = 0 must be positive").
Result<double> gaussianKl(double mu1, double sigma1, double mu2, double sigma2,
                          Units units = Units::kNats);

// The VAE regulariser KL(N(mu, sigma^2) || N(0, 1)) =
// 1/2 (mu^2 + sigma^2 - log sigma^2 - 1), term by term.
struct VaeKlTerms {
  double mean;         //  mu^2 / 2
  double variance;     //  sigma^2 / 2
  double logVariance;  // -log(sigma^2) / 2
  double constant;     // -1/2
  double total;        // the KL, computed stably (gaussianKlNats), >= 0
};
Result<VaeKlTerms> vaeKl(double mu, double sigma, Units units = Units::kNats);

// Differential entropy of N(mu, sigma^2): 1/2 log(2 pi e sigma^2). Negative
// for sigma < 1/sqrt(2 pi e) ~ 0.242. Checked: sigma finite and > 0.
Result<double> gaussianEntropy(double sigma, Units units = Units::kNats);

// The same KL as gaussianKl, by numerical integration of q log(q/p) over x
// (adaptive Gauss-Kronrod on the real line), independent of the closed form.
struct Quadrature {
  double value;          // the integral
  double errorEstimate;  // the quadrature's own estimate of |error|
  int evaluations;       // integrand evaluations used
};
Result<Quadrature> gaussianKlByQuadrature(double mu1, double sigma1, double mu2,
                                          double sigma2,
                                          Units units = Units::kNats);

// Density of N(mu, sigma^2) at x.size() points evenly spaced on [lo, hi]
// (both ends included). Checked: finite arguments, sigma > 0, lo < hi,
// kMinCurvePoints..kMaxCurvePoints points (curves.hpp).
std::optional<InputError> gaussianDensityCurve(double mu, double sigma,
                                               double lo, double hi,
                                               std::span<double> x,
                                               std::span<double> y);

}  // namespace infotheory
