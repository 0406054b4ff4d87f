// A two-component Gaussian mixture P: its checks, its density and moments.
// The divergences between P and one Gaussian are in mixture_kl.hpp, the
// Gaussian that fits P best in either direction in mixture_fit.hpp, and the
// divergences over a grid of Gaussians in kl_landscape.hpp.
#pragma once

#include <array>
#include <optional>
#include <span>

#include "result.hpp"

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

}  // namespace infotheory
