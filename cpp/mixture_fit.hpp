// The single Gaussian Q that fits a two-component Gaussian mixture P best in
// each direction of KL: forward D(P || Q) (mass-covering: moment matching)
// and reverse D(Q || P) (mode-seeking: numerical optimisation).
#pragma once

#include "mixture.hpp"
#include "mixture_kl.hpp"
#include "result.hpp"
#include "units.hpp"

namespace infotheory {

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
  // What the fit did, as the page says it in words (reverse only; forward:
  // kNone). The reverse fit sits on component `component` when it is within
  // kNearKlNats of that component and farther than that from the forward
  // fit; it covers both modes, as the forward fit does, when the two fits are
  // within kNearKlNats of each other; otherwise neither.
  enum class Behaviour { kNone, kSitsOnComponent, kCoversBoth, kNeither };
  Behaviour behaviour = Behaviour::kNone;
  int component = -1;  // with kSitsOnComponent: 0 or 1
};

// Two normals this close in KL (nats) look alike on a chart of the densities.
inline constexpr double kNearKlNats = 0.1;

// "none", "sitsOnComponent", "coversBoth" or "neither", as the JS API says it.
const char* behaviourName(GaussianFit::Behaviour behaviour);

// Forward: mu and sigma are the mixture's mean and standard deviation
// (exactly the minimiser of D(P || Q)). Reverse: the best of several local
// minimisations of D(Q || P) over (mu, log sigma), started at each
// component, at the moment-matched fit and between the modes.
Result<GaussianFit> fitGaussian(const Mixture& p, Direction direction,
                                Units units = Units::kNats);

}  // namespace infotheory
