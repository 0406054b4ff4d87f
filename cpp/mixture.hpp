// A two-component Gaussian mixture P, and the single Gaussian Q that fits it
// best in each direction of KL: forward D(P || Q) (mass-covering: moment
// matching) and reverse D(Q || P) (mode-seeking: numerical optimisation).
#pragma once

#include <array>
#include <optional>
#include <span>

#include "result.hpp"
#include "units.hpp"

namespace infotheory {

struct Mixture {
  std::array<double, 2> weights;  // in [0, 1], summing to 1 within 1e-9
  std::array<double, 2> means;    // finite
  std::array<double, 2> sigmas;   // finite, > 0
};

// Messages name the field and index: "weights[1] = -0.2 is negative...",
// "weights sum to 0.9, not 1 ...", "sigmas[0] = 0 must be positive".
std::optional<InputError> checkMixture(const Mixture& p);

// log p(x), by log-sum-exp (finite far into the tails).
double mixtureLogDensity(const Mixture& p, double x);

// The mixture's mean and standard deviation.
double mixtureMean(const Mixture& p);
double mixtureStdDev(const Mixture& p);

// p(x) at x.size() points evenly spaced on [lo, hi] (both ends included).
std::optional<InputError> mixtureDensityCurve(const Mixture& p, double lo,
                                              double hi, std::span<double> x,
                                              std::span<double> y);

// D(P || N(mu, sigma^2)) and D(N(mu, sigma^2) || P) in nats, for a valid
// mixture and sigma > 0. log p is split as log(w_a N_a) + softplus(delta),
// delta the log-ratio of the weighted components: everything but the
// bounded remainder log1p(exp(-|delta|)) near the crossover has a closed
// form, and that remainder is integrated by adaptive Gauss-Kronrod.
// Accurate to about 1e-14 relative, also where log p bends sharply (wide Q
// between separated modes), which Gauss-Hermite quadrature cannot resolve.
double forwardKlNats(const Mixture& p, double mu, double sigma);
double reverseKlNats(const Mixture& p, double mu, double sigma);

enum class Direction { kForward, kReverse };

struct GaussianFit {
  double mu;
  double sigma;
  double kl;  // the minimised divergence, in the requested units
  // Reverse only: two distinct local minima (one per mode) whose KL agree
  // within 1e-9 relative; then (mu, sigma) is the one with the smaller mean
  // and (otherMu, otherSigma) the other. Without a tie they repeat mu, sigma.
  bool tie;
  double otherMu;
  double otherSigma;
};

// Forward: mu and sigma are the mixture's mean and standard deviation
// (exactly the minimiser of D(P || Q)). Reverse: the best of several local
// minimisations of D(Q || P) over (mu, log sigma), started at each
// component, at the moment-matched fit and between the modes.
Result<GaussianFit> fitGaussian(const Mixture& p, Direction direction,
                                Units units = Units::kNats);

// The KL of `direction` on a grid: row i is log sigma = logSigmaLo + i * step,
// column j is mu = muLo + j * step (each axis evenly spaced, ends included).
// out.size() must equal nMu * nLogSigma. Checked: valid mixture, finite
// bounds with lo < hi and |log sigma| <= 700, 2 <= nMu, nLogSigma <= 400.
// Matches reverseKlNats / forwardKlNats to about 1e-11 relative.
std::optional<InputError> klLandscape(const Mixture& p, Direction direction,
                                      double muLo, double muHi, size_t nMu,
                                      double logSigmaLo, double logSigmaHi,
                                      size_t nLogSigma, Units units,
                                      std::span<double> out);

}  // namespace infotheory
